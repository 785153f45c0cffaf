#pragma once

#include <QString>
#include <QStringList>

namespace pegboard::test {

// The built `pegboard` binary (PEGBOARD_BIN), run to completion: what a script would see.
struct PegboardRun
{
    int exitCode = -1; // -1 when it crashed or did not finish
    QString out;
    QString err;
};

PegboardRun runPegboard(const QStringList &arguments, int timeoutMs = 300000);

} // namespace pegboard::test
