#pragma once

#include "cli/command.h"

namespace pegboard {

struct RuleSet;

// `pegboard watch --db URL --feed SPEC… --rules FILE`: the headless watcher. Evaluates the rules on
// the live metrics every second, fires their actions (PagerDuty, Slack, signed webhook, command)
// and records every firing and resolve as an audited change. `--backtest [--days N]` instead replays
// the recorded feeds and prints what each rule would have fired.
class WatchCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("watch"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;

private:
    // Members, so lupdate files their strings under this class.
    static int backtest(const QString &url, const RuleSet &rules, const QString &only, int days, int stepS);
    static int watch(const QString &url, const QStringList &feeds, const RuleSet &rules,
                     const QString &model);
};

} // namespace pegboard
