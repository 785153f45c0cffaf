#pragma once

#include "sourcenormalizer.h"

namespace pegboard {

// Datadog monitor webhooks (the standard template variables: $ALERT_ID, $ALERT_TRANSITION,
// $ALERT_PRIORITY, $EVENT_TITLE, $EVENT_MSG, $DATE, $TAGS). One report per alert transition:
// the external id is alert id + transition + date. Recoveries are ignored, not reports.
class DatadogNormalizer : public SourceNormalizer
{
public:
    using SourceNormalizer::SourceNormalizer;
    QString source() const override { return QStringLiteral("datadog"); }
    std::optional<NormalizeOutcome> authenticate(const WebhookRequest &request) const override;
    NormalizeOutcome normalize(const WebhookRequest &request) const override;
};

} // namespace pegboard
