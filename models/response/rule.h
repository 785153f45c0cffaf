#pragma once

#include "domain/error.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace pegboard {

// One response rule: a metric (of a coin) past a threshold for a while fires; back past the clear
// threshold for a while resolves. The gap between the two thresholds and the two durations is the
// hysteresis that keeps a noisy series from flapping.
struct Rule
{
    QString name;
    QString metric;
    QString symbol; // empty: the feeds' default coin
    std::optional<double> above;
    std::optional<double> below;
    double forS = 0;
    // Cleared once the value is strictly past this (default: the firing threshold).
    double clear = 0;
    double clearForS = 0;
    QString severity = QStringLiteral("critical");
    QString summary; // optional; default names the rule, metric and value
    QStringList actions;

    double threshold() const { return above ? *above : below.value_or(0); }
    bool breaches(double value) const { return above ? value >= *above : value <= *below; }
    bool clears(double value) const { return above ? value < clear : value > clear; }
    // `where` prefixes every error ("rules[2]"), so a bad file names the exact field.
    static Result<Rule> fromJson(const QJsonObject &json, const QString &where);
    QJsonObject toJson() const;
};

} // namespace pegboard
