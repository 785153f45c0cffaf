#pragma once

#include "cli/command.h"

namespace pegboard {

// `pegboard db migrate|status --db URL`
class DbCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("db"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace pegboard
