#pragma once

#include <QString>
#include <array>

namespace pegboard {

class SimRandom;

// Titles and bodies as people and tools actually write them: a GitHub issue with a context list, a
// Datadog monitor notification, a terse Slack line, a worried Discord message, an on-chain watcher's
// event summary, a row imported from a legacy tracker. Templates are filled from Fields.
class ReportText
{
public:
    enum Field
    {
        Coin,
        Protocol,
        Gas,
        DevBps,
        Price,
        AgeMin,
        AgeSec,
        Answer,
        Tx,
        Addr,
        Block,
        Loss,
        Pending,
        Vol,
        Severity,
        Row,
        FieldCount
    };
    using Fields = std::array<QString, FieldCount>;

    struct Text
    {
        QString title;
        QString body;
    };

    // type and source index ReportPlanner::types() and sources().
    static Text compose(int type, int source, const Fields &fields, SimRandom &rng);
    // Replaces {coin}, {gas}, … in a template.
    static QString fill(const char *templ, const Fields &fields);
};

} // namespace pegboard
