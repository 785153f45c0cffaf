#pragma once

#include "cli/command.h"

namespace pegboard {

// `pegboard demo`: the console on a private store with a generated history, a live depeg from the
// feed simulator and a collector child receiving that depeg's reports (see DemoRunner).
class DemoCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;
    bool needsGui() const override { return true; }
    int run(const QStringList &arguments) override;
};

} // namespace pegboard
