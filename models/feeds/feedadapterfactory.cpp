#include "feedadapterfactory.h"

#include "jsonrpcadapter.h"
#include "pegboardjsonadapter.h"
#include "tickeradapter.h"

namespace pegboard {

QStringList FeedAdapterFactory::names()
{
    return {PegboardJsonAdapter::adapterName(), JsonRpcAdapter::adapterName(), TickerAdapter::adapterName()};
}

std::unique_ptr<FeedAdapter> FeedAdapterFactory::create(const QString &name)
{
    if (name == PegboardJsonAdapter::adapterName())
        return std::make_unique<PegboardJsonAdapter>();
    if (name == JsonRpcAdapter::adapterName())
        return std::make_unique<JsonRpcAdapter>();
    if (name == TickerAdapter::adapterName())
        return std::make_unique<TickerAdapter>();
    return nullptr;
}

} // namespace pegboard
