#include "githubnormalizer.h"

#include "domain/sourcelink.h"
#include "jsonreader.h"
#include "signatureverifier.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace pegboard {

std::optional<NormalizeOutcome> GitHubNormalizer::authenticate(const WebhookRequest &request) const
{
    if (auto reason = SignatureVerifier::verifyGitHub(m_secret, request))
        return NormalizeOutcome::unauthorized(*reason);
    return std::nullopt;
}

NormalizeOutcome GitHubNormalizer::normalize(const WebhookRequest &request) const
{
    const QByteArray event = request.header("x-github-event");
    if (event.isEmpty())
        return NormalizeOutcome::badRequest(
            QCoreApplication::translate("GitHubNormalizer", "missing X-GitHub-Event header"));
    auto root = JsonReader::parseObject(request.body);
    if (!root)
        return NormalizeOutcome::badRequest(root.error().message);
    JsonReader json(*root);
    if (event == "ping") {
        const QJsonObject pong{{QStringLiteral("pong"), true},
                               {QStringLiteral("zen"), json.optionalString(QStringLiteral("zen"))}};
        return NormalizeOutcome::answered(QJsonDocument(pong).toJson(QJsonDocument::Compact),
                                          "application/json");
    }
    if (event != "issues" && event != "issue_comment")
        return NormalizeOutcome::ignored(
            QCoreApplication::translate("GitHubNormalizer", "GitHub event '%1' is not collected")
                .arg(QString::fromUtf8(event)));
    const QByteArray delivery = request.header("x-github-delivery");
    if (delivery.isEmpty())
        return NormalizeOutcome::badRequest(
            QCoreApplication::translate("GitHubNormalizer", "missing X-GitHub-Delivery header"));
    const bool comment = event == "issue_comment";
    const QString action = json.string(QStringLiteral("action"));
    Issue issue = newIssue(request, QString::fromUtf8(delivery));
    issue.title = json.string(QStringLiteral("issue.title"));
    const QJsonArray labelArray = json.optionalArray(QStringLiteral("issue.labels"));
    // The page a reader opens: the comment's own anchor for a comment, else the issue's.
    const QString issueUrl = json.stringIfPresent(QStringLiteral("issue.html_url"));
    if (comment) {
        issue.body = json.optionalString(QStringLiteral("comment.body"));
        issue.reporterAddress = json.string(QStringLiteral("comment.user.login"));
        issue.reportedAt = json.time(QStringLiteral("comment.created_at"), true);
        const QString commentUrl = json.stringIfPresent(QStringLiteral("comment.html_url"));
        issue.sourceUrl = SourceLink::stored(commentUrl.isEmpty() ? issueUrl : commentUrl);
    } else {
        issue.body = json.optionalString(QStringLiteral("issue.body"));
        issue.reporterAddress = json.string(QStringLiteral("issue.user.login"));
        issue.reportedAt = json.time(QStringLiteral("issue.created_at"), true);
        issue.sourceUrl = SourceLink::stored(issueUrl);
    }
    QStringList labels;
    for (const QJsonValue &label : labelArray) {
        if (!label.isObject() || !label.toObject().value(QStringLiteral("name")).isString()) {
            json.fail(QCoreApplication::translate("GitHubNormalizer",
                                                  "issue.labels must be objects with a string name"));
            break;
        }
        labels.append(label.toObject().value(QStringLiteral("name")).toString());
    }
    if (!json.ok())
        return NormalizeOutcome::badRequest(json.error());
    static const QStringList collectedActions{QStringLiteral("opened"), QStringLiteral("reopened"),
                                              QStringLiteral("edited"), QStringLiteral("labeled"),
                                              QStringLiteral("created")};
    if (!collectedActions.contains(action))
        return NormalizeOutcome::ignored(
            QCoreApplication::translate("GitHubNormalizer", "GitHub %1 action '%2' is not collected")
                .arg(QString::fromUtf8(event), action));
    m_classifier.apply(issue, labels);
    return NormalizeOutcome::accepted(std::move(issue));
}

} // namespace pegboard
