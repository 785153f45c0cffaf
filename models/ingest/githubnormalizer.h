#pragma once

#include "sourcenormalizer.h"

namespace pegboard {

// GitHub repository webhooks: `issues` and `issue_comment` events, one report per delivery
// (X-GitHub-Delivery is the external id, so GitHub's redeliveries never duplicate); `ping` answered.
class GitHubNormalizer : public SourceNormalizer
{
public:
    using SourceNormalizer::SourceNormalizer;
    QString source() const override { return QStringLiteral("github"); }
    std::optional<NormalizeOutcome> authenticate(const WebhookRequest &request) const override;
    NormalizeOutcome normalize(const WebhookRequest &request) const override;
};

} // namespace pegboard
