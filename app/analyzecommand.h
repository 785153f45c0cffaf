#pragma once

#include "command.h"

namespace pegboard {

// `pegboard analyze --db URL [--from T] [--to T] [--json]`: the local analysis of a window —
// heatmap, findings, root-cause clusters, predictor metrics, current risk, maintenance windows.
class AnalyzeCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("analyze"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace pegboard
