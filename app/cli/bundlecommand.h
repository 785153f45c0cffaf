#pragma once

#include "cli/command.h"

namespace pegboard {

// `pegboard bundle export|verify`: review bundles for offline post-incident review (README,
// "Review bundles"). export writes a window of the store to one SQLite file, verify checks one.
class BundleCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("bundle"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;

private:
    static int exportBundle(const QStringList &arguments);
    static int verifyBundle(const QStringList &arguments);
};

} // namespace pegboard
