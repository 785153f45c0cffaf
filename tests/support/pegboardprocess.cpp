#include "pegboardprocess.h"

#include <QProcess>

namespace pegboard::test {

PegboardRun runPegboard(const QStringList &arguments, int timeoutMs)
{
    QProcess p;
    p.start(qEnvironmentVariable("PEGBOARD_BIN"), arguments);
    const bool finished = p.waitForFinished(timeoutMs);
    if (!finished)
        p.kill();
    return {finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace pegboard::test
