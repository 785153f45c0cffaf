#include "issueclassifier.h"

#include "domain/issuetype.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace pegboard {

namespace {
QList<IssueClassifier::Rule> defaultRules()
{
    using namespace IssueType;
    // Most specific first: "oracle" reports often also mention the peg they broke.
    return {{QStringLiteral("oracle"), OracleFailure},
            {QStringLiteral("heartbeat"), OracleFailure},
            {QStringLiteral("chainlink"), OracleFailure},
            {QStringLiteral("stale price"), OracleFailure},
            {QStringLiteral("arbitrage"), ArbitrageFailure},
            {QStringLiteral("arb bot"), ArbitrageFailure},
            {QStringLiteral("rebalanc"), RebalanceError},
            {QStringLiteral("bridge"), BridgeDelay},
            {QStringLiteral("liquidity"), LiquidityShortfall},
            {QStringLiteral("reserve"), LiquidityShortfall},
            {QStringLiteral("depeg"), PegDeviation},
            {QStringLiteral("de-peg"), PegDeviation},
            {QStringLiteral("peg"), PegDeviation},
            {QStringLiteral("exploit"), SmartContractBug},
            {QStringLiteral("reentrancy"), SmartContractBug},
            {QStringLiteral("revert"), SmartContractBug}};
}

bool textMatches(const QString &lowerText, const QString &match)
{
    // Only at the start of a word, so "rebalanc" finds "rebalancer" but "arb" does not fire inside
    // "carbon"; a prefix rule catches the inflections reporters actually type.
    qsizetype from = 0;
    while ((from = lowerText.indexOf(match, from)) >= 0) {
        if (from == 0 || !lowerText.at(from - 1).isLetterOrNumber())
            return true;
        ++from;
    }
    return false;
}
} // namespace

IssueClassifier::IssueClassifier()
    : m_rules(defaultRules())
{}

Result<IssueClassifier> IssueClassifier::fromJson(const QJsonObject &config)
{
    IssueClassifier classifier;
    if (config.contains(QStringLiteral("type_rules"))) {
        const QJsonValue rules = config.value(QStringLiteral("type_rules"));
        if (!rules.isArray())
            return Error::make(Error::Code::InvalidInput,
                               QCoreApplication::translate("IssueClassifier", "type_rules must be an array"));
        classifier.m_rules.clear();
        for (const QJsonValue &v : rules.toArray()) {
            const QJsonObject rule = v.toObject();
            const QString match = rule.value(QStringLiteral("match")).toString().toLower();
            const QString type = rule.value(QStringLiteral("type")).toString();
            if (match.isEmpty() || type.isEmpty() || type.size() > 50)
                return Error::make(Error::Code::InvalidInput,
                                   QCoreApplication::translate(
                                       "IssueClassifier", "each type rule needs a non-empty match and type"));
            classifier.m_rules.append({match, type});
        }
    }
    if (config.contains(QStringLiteral("default_severity"))) {
        const int severity = config.value(QStringLiteral("default_severity")).toInt(-1);
        if (!Severity::isValid(severity))
            return Error::make(
                Error::Code::InvalidInput,
                QCoreApplication::translate("IssueClassifier", "default_severity must be 1–5"));
        classifier.m_defaultSeverity = severity;
    }
    return classifier;
}

QString IssueClassifier::classify(const QStringList &labels, const QString &text) const
{
    for (const QString &raw : labels) {
        QString label = raw.toLower().trimmed();
        if (label.startsWith(QLatin1String("type:")))
            label = label.mid(5);
        if (IssueType::isKnown(label))
            return label;
    }
    for (const Rule &rule : m_rules) {
        for (const QString &label : labels) {
            if (label.toLower().contains(rule.match))
                return rule.type;
        }
    }
    const QString lower = text.toLower();
    for (const Rule &rule : m_rules) {
        if (textMatches(lower, rule.match))
            return rule.type;
    }
    return IssueType::Other;
}

std::optional<int> IssueClassifier::severityFromLabel(const QString &raw)
{
    const QString label = raw.toLower().trimmed();
    static const QRegularExpression explicitLevel(QStringLiteral("^severity[:=_ -]?([1-5])$"));
    // Incident convention: SEV1 / P1 is the worst, which is Pegboard's 5.
    static const QRegularExpression incidentLevel(QStringLiteral("^(?:sev|p)[:_ -]?([1-5])$"));
    if (const auto m = explicitLevel.match(label); m.hasMatch())
        return m.captured(1).toInt();
    if (const auto m = incidentLevel.match(label); m.hasMatch())
        return 6 - m.captured(1).toInt();
    if (label == QLatin1String("critical"))
        return 5;
    if (label == QLatin1String("high"))
        return 4;
    if (label == QLatin1String("medium"))
        return 3;
    if (label == QLatin1String("low"))
        return 2;
    if (label == QLatin1String("info"))
        return 1;
    return std::nullopt;
}

void IssueClassifier::apply(Issue &issue, const QStringList &labels,
                            std::optional<int> explicitSeverity) const
{
    const QString text = issue.title + QLatin1Char('\n') + issue.body;
    issue.issueType = classify(labels, text);
    std::optional<int> severity = explicitSeverity;
    for (const QString &label : labels) {
        if (severity)
            break;
        severity = severityFromLabel(label);
    }
    issue.severityLevel = severity && Severity::isValid(*severity) ? *severity : m_defaultSeverity;
    issue.relatedTxHashes = txHashes(text);
    issue.affectedContracts = contractAddresses(text);
    if (issue.symbol.isEmpty())
        issue.symbol = symbol(text);
    if (issue.protocol.isEmpty())
        issue.protocol = protocol(text);
}

QStringList IssueClassifier::txHashes(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(?<![0-9a-zA-Z])0x[0-9a-fA-F]{64}(?![0-9a-zA-Z])"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString hash = it.next().captured(0).toLower();
        if (!out.contains(hash))
            out.append(hash);
    }
    return out;
}

QStringList IssueClassifier::contractAddresses(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(?<![0-9a-zA-Z])0x[0-9a-fA-F]{40}(?![0-9a-zA-Z])"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString address = it.next().captured(0).toLower();
        if (!out.contains(address))
            out.append(address);
    }
    return out;
}

QString IssueClassifier::symbol(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("\\b(USDC|USDT|DAI|FRAX|LUSD|TUSD|USDP|BUSD|PYUSD|GHO|USDe|crvUSD)\\b"));
    return re.match(text).captured(1);
}

QString IssueClassifier::protocol(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("\\b(curve|aave|compound|maker|uniswap|frax|liquity|chainlink)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(text).captured(1).toLower();
}

} // namespace pegboard
