#pragma once

#include "feedadapter.h"

#include <QStringList>

namespace pegboard {

// The one place that knows every adapter by name (`--adapter NAME`, feed settings): adding a
// wire format adds its file pair and one line here.
class FeedAdapterFactory
{
public:
    static QStringList names();
    static std::unique_ptr<FeedAdapter> create(const QString &name);
};

} // namespace pegboard
