#pragma once

#include "cli/command.h"

namespace pegboard {

// `pegboard generate --db URL [--issues N] [--days D] [--seed S] [--truth FILE] [--end T]`
class GenerateCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("generate"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace pegboard
