#pragma once

#include "cli/command.h"

namespace pegboard {

// `pegboard report --db URL|--bundle FILE (--incident ID | --from T --to T) [--profile FILE]
//                  [--redact PROFILE] [--generated-at T] [--lang de] [--key FILE] [--record] -o FILE.pdf`
class ReportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    // Laying out text needs the font database, which only a QGuiApplication has (offscreen without a
    // display).
    bool needsFonts() const override { return true; }
    int run(const QStringList &arguments) override;
};

} // namespace pegboard
