#pragma once

#include "feedadapter.h"

#include <QCoreApplication>

class QJsonObject;

namespace pegboard {

// Pegboard's own JSON lines: {"feed":"price","symbol":"USDC","ts":"…","price":0.9987},
// {"feed":"network","ts":…,"gas_gwei":…,"pending_tx":…,"congestion":…,"mev_activity":…} and
// {"feed":"protocol","protocol":"aave","symbol":"USDC","ts":…,"collateral_ratio":…,
//  "reserve_usd":…,"oracle_updated_at":"…"}. A frame may hold several lines; all or none pass.
class PegboardJsonAdapter : public FeedAdapter
{
    Q_DECLARE_TR_FUNCTIONS(PegboardJsonAdapter)

public:
    static QString adapterName() { return QStringLiteral("pegboard"); }
    QString name() const override { return adapterName(); }

protected:
    FeedParse decode(const QByteArray &frame) override;

private:
    FeedParse decodeLine(const QJsonObject &line) const;
};

} // namespace pegboard
