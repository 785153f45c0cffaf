#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace pegboard {

// `pegboard feeds probe URL --adapter NAME [--count N] [--fallback URL…]`: connects like the console
// does and prints each normalised sample as a JSON line, then a summary line, for scripts and checks.
class FeedsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(FeedsCommand)

public:
    QString name() const override { return QStringLiteral("feeds"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace pegboard
