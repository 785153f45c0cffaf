#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace pegboard {

// `pegboard feed-sim --listen HOST:PORT [--scenario calm|depeg] [--speed X] [--format pegboard|jsonrpc]`
class FeedSimCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(FeedSimCommand)

public:
    QString name() const override { return QStringLiteral("feed-sim"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace pegboard
