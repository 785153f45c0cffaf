#include "enricher.h"

namespace pegboard {

Enricher::Enricher(std::shared_ptr<const ContextSource> source)
    : m_source(std::move(source))
{}

void Enricher::enrich(Issue &issue) const
{
    if (!m_source)
        return;
    issue.context = m_source->snapshot(issue.symbol, issue.protocol);
    // Receipt time doubles as the snapshot time: the context describes this instant, not the
    // (possibly much earlier) time the reporter says the problem started.
    if (!issue.receivedAt.isValid())
        issue.receivedAt = QDateTime::currentDateTimeUtc();
}

} // namespace pegboard
