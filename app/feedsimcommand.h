#pragma once

#include "command.h"

namespace pegboard {

// `pegboard feed-sim --listen HOST:PORT [--scenario calm|depeg] [--speed X] [--format pegboard|jsonrpc]`
class FeedSimCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("feed-sim"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace pegboard
