#pragma once

#include "analysis/riskscore.h"
#include "rule.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

namespace pegboard {

// A watch rules file: {"risk": {…RiskScore::Config…}, "rules": […], "actions": {"name": {"kind": …}}}.
// Everything is checked before anything runs; an error names the field ("rules[1].below: …").
struct RuleSet
{
    RiskScore::Config risk;
    QList<Rule> rules;
    QHash<QString, QJsonObject> actions; // by name; each has at least "kind"

    static Result<RuleSet> fromJson(const QJsonObject &json);
    static Result<RuleSet> load(const QString &path);
    // Risk settings alone: a JSON object of them, or a rules file's "risk" (analyze --risk).
    static Result<RiskScore::Config> loadRisk(const QString &path);
    const Rule *find(const QString &name) const;
};

} // namespace pegboard
