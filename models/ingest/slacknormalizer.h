#pragma once

#include "sourcenormalizer.h"

namespace pegboard {

// Slack Events API: `message` events inside `event_callback` (event_id is the external id, so
// Slack's retries never duplicate), v0 signing secret with a five-minute replay window;
// `url_verification` answered with its challenge.
class SlackNormalizer : public SourceNormalizer
{
public:
    using SourceNormalizer::SourceNormalizer;
    QString source() const override { return QStringLiteral("slack"); }
    std::optional<NormalizeOutcome> authenticate(const WebhookRequest &request) const override;
    NormalizeOutcome normalize(const WebhookRequest &request) const override;
};

} // namespace pegboard
