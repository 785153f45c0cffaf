#pragma once

#include <QString>
#include <QStringList>

class QTextStream;

namespace pegboard {

// A headless role or tool: `pegboard <name> …`. Each lives in its own file pair and is listed once
// in commandregistry.cpp.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // A role that shows windows runs in a QApplication, every other in a QCoreApplication, so
    // headless roles never need a display.
    virtual bool needsGui() const { return false; }
    // A headless role that lays out text (PDF) runs in a QGuiApplication, offscreen without a display.
    virtual bool needsFonts() const { return false; }
    // arguments[0] is "pegboard <name>", as QCommandLineParser expects a program name first.
    virtual int run(const QStringList &arguments) = 0;
};

QTextStream &out();
QTextStream &err();

} // namespace pegboard
