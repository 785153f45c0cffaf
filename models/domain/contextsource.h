#pragma once

#include "contextsnapshot.h"

namespace pegboard {

// Where the Enricher gets "the context of this moment": implemented by FeedHub (live feeds) and by
// anything that can replay recorded history. Groups whose feed is stale come back marked stale
// with their age (ContextSnapshot::markStale), never as fresh.
class ContextSource
{
public:
    virtual ~ContextSource() = default;
    // symbol and protocol narrow price and protocol groups when the report names them; empty
    // means the source's default (primary coin / protocol). Must be safe to call from any thread.
    virtual ContextSnapshot snapshot(const QString &symbol = {}, const QString &protocol = {}) const = 0;
};

} // namespace pegboard
