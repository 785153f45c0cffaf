#pragma once

#include "issueclassifier.h"
#include "normalizeoutcome.h"
#include "webhookrequest.h"

#include <optional>

namespace pegboard {

// One source of reports (GitHub, Datadog, Slack, Discord, Pegboard's own JSON): a received request
// in, an Issue or a typed refusal out. Adding a source adds one subclass and one registration line.
// Implementations are const and reentrant, so the server may call them from any thread.
class SourceNormalizer
{
public:
    SourceNormalizer(IssueClassifier classifier, QByteArray secret)
        : m_classifier(std::move(classifier))
        , m_secret(std::move(secret))
    {}
    virtual ~SourceNormalizer() = default;

    // The value stored in issue.source, and the endpoint's name (/webhooks/<source>).
    virtual QString source() const = 0;
    // nullopt when the request's signature or token is valid for the configured secret; an
    // Unauthorized outcome otherwise (also when no secret is configured: nothing is collected
    // unauthenticated).
    virtual std::optional<NormalizeOutcome> authenticate(const WebhookRequest &request) const = 0;
    // Parses an authenticated request. Never throws; bad input is a BadRequest with the reason.
    virtual NormalizeOutcome normalize(const WebhookRequest &request) const = 0;

protected:
    // The fields every source sets the same way.
    Issue newIssue(const WebhookRequest &request, const QString &externalId) const
    {
        Issue issue;
        issue.id = QUuid::createUuid();
        issue.source = source();
        issue.externalId = externalId;
        issue.receivedAt = request.receivedAt;
        issue.reportedAt = request.receivedAt;
        return issue;
    }

    IssueClassifier m_classifier;
    QByteArray m_secret;
};

} // namespace pegboard
