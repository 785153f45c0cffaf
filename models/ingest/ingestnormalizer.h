#pragma once

#include "sourcenormalizer.h"

namespace pegboard {

// Pegboard's own JSON report for POST /ingest (format in the README, section Collector): scripts,
// bots and other monitors report here. Without an external_id the SHA-256 of the body is used, so
// a retried identical report is still recognised.
class IngestNormalizer : public SourceNormalizer
{
public:
    using SourceNormalizer::SourceNormalizer;
    QString source() const override { return QStringLiteral("ingest"); }
    std::optional<NormalizeOutcome> authenticate(const WebhookRequest &request) const override;
    NormalizeOutcome normalize(const WebhookRequest &request) const override;
};

} // namespace pegboard
