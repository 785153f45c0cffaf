#pragma once

#include "domain/contextsource.h"
#include "domain/issue.h"

#include <memory>

namespace pegboard {

// Attaches the context of the moment of receipt to a report, from whatever ContextSource the
// collector runs with (live FeedHub, recorded history, or a static one). Stale groups are kept as
// the source marks them; the enricher never "freshens" them. Without a source, the context stays
// empty — absence is recorded honestly rather than invented.
class Enricher
{
public:
    explicit Enricher(std::shared_ptr<const ContextSource> source);
    void enrich(Issue &issue) const;

private:
    std::shared_ptr<const ContextSource> m_source;
};

} // namespace pegboard
