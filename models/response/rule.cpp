#include "rule.h"

#include "metricsampler.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace pegboard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pegboard::Rule", text);
}

Unexpected<Error> bad(const QString &where, const QString &field, const QString &why)
{
    return Error::make(Error::Code::InvalidInput, QStringLiteral("%1.%2: %3").arg(where, field, why));
}
} // namespace

Result<Rule> Rule::fromJson(const QJsonObject &json, const QString &where)
{
    static const QStringList known{
        QStringLiteral("name"),        QStringLiteral("metric"),      QStringLiteral("symbol"),
        QStringLiteral("above"),       QStringLiteral("below"),       QStringLiteral("for_s"),
        QStringLiteral("clear_above"), QStringLiteral("clear_below"), QStringLiteral("clear_for_s"),
        QStringLiteral("severity"),    QStringLiteral("summary"),     QStringLiteral("actions")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            return bad(where, it.key(), tr("unknown field"));
    }
    Rule r;
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"));
    r.name = json.value(QStringLiteral("name")).toString();
    if (!namePattern.match(r.name).hasMatch())
        return bad(where, QStringLiteral("name"),
                   tr("required: 1–64 letters, digits, '_', '.' or '-', starting with a letter or digit"));
    r.metric = json.value(QStringLiteral("metric")).toString();
    if (!MetricSampler::isMetric(r.metric))
        return bad(where, QStringLiteral("metric"),
                   tr("must be one of %1").arg(MetricSampler::metricNames().join(QStringLiteral(", "))));
    const QJsonValue symbol = json.value(QStringLiteral("symbol"));
    if (!symbol.isUndefined() && !symbol.isString())
        return bad(where, QStringLiteral("symbol"), tr("must be a string"));
    r.symbol = symbol.toString();

    auto number = [&](const QString &key) -> Result<std::optional<double>> {
        const QJsonValue v = json.value(key);
        if (v.isUndefined() || v.isNull())
            return std::optional<double>();
        if (!v.isDouble())
            return bad(where, key, tr("must be a number"));
        return std::optional<double>(v.toDouble());
    };
    auto above = number(QStringLiteral("above"));
    auto below = number(QStringLiteral("below"));
    auto forS = number(QStringLiteral("for_s"));
    auto clearAbove = number(QStringLiteral("clear_above"));
    auto clearBelow = number(QStringLiteral("clear_below"));
    auto clearForS = number(QStringLiteral("clear_for_s"));
    for (const auto *n : {&above, &below, &forS, &clearAbove, &clearBelow, &clearForS}) {
        if (!*n)
            return Unexpected<Error>(n->error());
    }
    r.above = *above;
    r.below = *below;
    if (r.above.has_value() == r.below.has_value())
        return bad(where, QStringLiteral("above"), tr("give exactly one of 'above' and 'below'"));
    r.forS = forS->value_or(0);
    r.clearForS = clearForS->value_or(r.forS);
    if (r.forS < 0 || r.clearForS < 0)
        return bad(where, r.forS < 0 ? QStringLiteral("for_s") : QStringLiteral("clear_for_s"),
                   tr("must not be negative"));
    if (r.above) {
        if (*clearAbove)
            return bad(where, QStringLiteral("clear_above"),
                       tr("an 'above' rule clears below: use 'clear_below'"));
        r.clear = clearBelow->value_or(*r.above);
        if (r.clear > *r.above)
            return bad(where, QStringLiteral("clear_below"), tr("must not be above 'above'"));
    } else {
        if (*clearBelow)
            return bad(where, QStringLiteral("clear_below"),
                       tr("a 'below' rule clears above: use 'clear_above'"));
        r.clear = clearAbove->value_or(*r.below);
        if (r.clear < *r.below)
            return bad(where, QStringLiteral("clear_above"), tr("must not be below 'below'"));
    }
    static const QStringList severities{QStringLiteral("critical"), QStringLiteral("error"),
                                        QStringLiteral("warning"), QStringLiteral("info")};
    r.severity = json.value(QStringLiteral("severity")).toString(QStringLiteral("critical"));
    if (!severities.contains(r.severity))
        return bad(where, QStringLiteral("severity"), tr("must be critical, error, warning or info"));
    r.summary = json.value(QStringLiteral("summary")).toString();
    const QJsonValue actions = json.value(QStringLiteral("actions"));
    if (!actions.isUndefined() && !actions.isArray())
        return bad(where, QStringLiteral("actions"), tr("must be a list of action names"));
    for (const QJsonValue &a : actions.toArray()) {
        if (!a.isString() || a.toString().isEmpty())
            return bad(where, QStringLiteral("actions"), tr("must be a list of action names"));
        r.actions << a.toString();
    }
    return r;
}

QJsonObject Rule::toJson() const
{
    QJsonObject json{{QStringLiteral("name"), name},
                     {QStringLiteral("metric"), metric},
                     {QStringLiteral("for_s"), forS},
                     {QStringLiteral("clear_for_s"), clearForS},
                     {QStringLiteral("severity"), severity},
                     {QStringLiteral("actions"), QJsonArray::fromStringList(actions)}};
    if (!symbol.isEmpty())
        json[QStringLiteral("symbol")] = symbol;
    if (above) {
        json[QStringLiteral("above")] = *above;
        json[QStringLiteral("clear_below")] = clear;
    } else {
        json[QStringLiteral("below")] = *below;
        json[QStringLiteral("clear_above")] = clear;
    }
    if (!summary.isEmpty())
        json[QStringLiteral("summary")] = summary;
    return json;
}

} // namespace pegboard
