#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QDateTime>

namespace pegboard {

class IssueGenerator;
class MarketModel;

// What the generator planted, for checking that an analysis finds it: the patterns with their
// planted parameters and the shares actually present in this history, the cascade and cross-coin
// lead parameters, every cluster, and one label per report keyed by (source, external_id).
// Serialised deterministically: the same seed and inputs give byte-identical JSON.
// Format: see the README section "History generator".
class GroundTruth
{
public:
    struct Stats
    {
        qint64 oracleFailures = 0;
        qint64 oracleInWindow = 0;
        double oracleWindowTimeShare = 0; // share of minutes in the window with gas above threshold
        qint64 rebalanceErrors = 0;
        qint64 rebalanceInWindow = 0;
        double severityVolatilityR = 0;
        qint64 arbitrageFailures = 0;
        qint64 arbitrageInDepeg = 0;
        double depegTimeShare = 0;
        qint64 majors = 0;
        qint64 majorsPreceded = 0;
        qint64 minors = 0; // the same measure on minor reports: the share expected without cascades
        qint64 minorsPreceded = 0;
    };

    GroundTruth(const MarketModel &model, const IssueGenerator &generator, quint64 seed);

    const Stats &stats() const { return m_stats; }
    QByteArray toJson() const;
    Result<void> write(const QString &path) const;

private:
    void compute();

    const MarketModel &m_model;
    const IssueGenerator &m_generator;
    quint64 m_seed;
    Stats m_stats;
};

} // namespace pegboard
