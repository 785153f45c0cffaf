#pragma once

#include "cli/command.h"

namespace pegboard {
struct AnalysisReport;
}

namespace pegboard {

// `pegboard analyze --db URL [--from T] [--to T] [--model FILE [--retrain]] [--json]`: the local
// analysis of a window — heatmap, findings, root-cause clusters, predictor metrics, current risk,
// maintenance windows. With --model the predictor is kept in FILE and reused on later windows.
class AnalyzeCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("analyze"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;

private:
    // A member, so lupdate files its strings under this class like the rest of the command's.
    static void printSummary(const AnalysisReport &report);
};

} // namespace pegboard
