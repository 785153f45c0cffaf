#pragma once

#include "sourcenormalizer.h"

namespace pegboard {

// Discord gateway MESSAGE_CREATE dispatches, relayed by a bot with the collector's token.
// The message id (d.id) is the external id.
class DiscordNormalizer : public SourceNormalizer
{
public:
    using SourceNormalizer::SourceNormalizer;
    QString source() const override { return QStringLiteral("discord"); }
    std::optional<NormalizeOutcome> authenticate(const WebhookRequest &request) const override;
    NormalizeOutcome normalize(const WebhookRequest &request) const override;
};

} // namespace pegboard
