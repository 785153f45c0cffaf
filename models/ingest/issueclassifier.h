#pragma once

#include "domain/error.h"
#include "domain/issue.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

namespace pegboard {

// The configurable part of normalizing: which labels, alert tags and keywords mean which issue type,
// which labels mean which severity, and what is extracted from free text (tx hashes, contract
// addresses, the coin and protocol named). Shared by every normalizer so all sources agree.
class IssueClassifier
{
public:
    struct Rule
    {
        QString match; // lower case; a label/tag containing it, or a word in the text starting with it
        QString type;
    };

    IssueClassifier(); // the default rules
    // {"type_rules": [{"match": "depeg", "type": "peg_deviation"}, …], "default_severity": 2}
    // Rules given replace the defaults; the order is the priority.
    static Result<IssueClassifier> fromJson(const QJsonObject &config);

    QString classify(const QStringList &labels, const QString &text) const;
    // Severity named by a label ("sev1", "P2", "severity:4", "critical"), or nullopt.
    static std::optional<int> severityFromLabel(const QString &label);
    int defaultSeverity() const { return m_defaultSeverity; }

    // Fills type, severity (explicit, else from labels, else the default), tx hashes, contract
    // addresses, symbol and protocol from the labels and the issue's title and body.
    void apply(Issue &issue, const QStringList &labels, std::optional<int> explicitSeverity = {}) const;

    static QStringList txHashes(const QString &text);
    static QStringList contractAddresses(const QString &text);
    static QString symbol(const QString &text);
    static QString protocol(const QString &text);

private:
    QList<Rule> m_rules;
    int m_defaultSeverity = 2;
};

} // namespace pegboard
