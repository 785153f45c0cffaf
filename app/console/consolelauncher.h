#pragma once

#include <QStringList>

namespace pegboard {

// Runs the console role in the QApplication main() created: parses the console's options (--db,
// --data-dir, --feed), quits through the event loop on SIGINT/SIGTERM and runs until the window
// closes. `pegboard` with no command and `pegboard demo` both come here; they differ in `demo`.
class ConsoleLauncher
{
public:
    // arguments[0] is the program name, as QCommandLineParser expects.
    static int run(const QStringList &arguments, bool demo);
};

} // namespace pegboard
