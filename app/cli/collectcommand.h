#pragma once

#include "cli/command.h"

namespace pegboard {

// `pegboard collect --db URL --listen HOST:PORT --spool DIR [--config FILE]`: the headless
// collector. Runs until SIGINT/SIGTERM; a SIGKILL loses nothing answered (the spool is replayed).
class CollectCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("collect"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace pegboard
