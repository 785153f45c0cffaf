#include "cli/democommand.h"

#include "console/consolelauncher.h"

#include <QCoreApplication>

namespace pegboard {

QString DemoCommand::summary() const
{
    return QCoreApplication::translate("main",
                                       "The console with a generated history, a live depeg and a collector");
}

int DemoCommand::run(const QStringList &arguments)
{
    return ConsoleLauncher::run(arguments, true);
}

} // namespace pegboard
