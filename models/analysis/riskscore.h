#pragma once

#include "domain/contextsnapshot.h"
#include "domain/error.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <array>

namespace pegboard {

// The customer's 0–10 risk score: five factors, each scored 0–10 from the live context and
// weighted (peg stability 0.35, oracle health 0.25, network stress 0.20, market volatility 0.15,
// protocol health 0.05), mapped to recommended actions at 7.5 / 8.5 / 9.0.
class RiskScore
{
public:
    enum Factor
    {
        PegStability,
        OracleHealth,
        NetworkStress,
        MarketVolatility,
        ProtocolHealth,
        FactorCount
    };

    struct Config
    {
        std::array<double, FactorCount> weights{0.35, 0.25, 0.20, 0.15, 0.05};
        double raiseOracleFrequency = 7.5;
        double alertOperations = 8.5;
        double emergencyProtocol = 9.0;

        // Weights non-negative and summing to 1; thresholds within 0–10 and ascending.
        Result<void> validate() const;
    };

    struct FactorScore
    {
        Factor factor = PegStability;
        double score = 0; // 0–10
        double weight = 0;
        double contribution = 0; // weight × score
        bool known = false;      // false: the context lacked the inputs; scored as moderate (5)
        QString reason;
    };

    struct Assessment
    {
        double score = 0; // 0–10
        std::array<FactorScore, FactorCount> factors;
        QStringList actions; // recommended, most urgent last
    };

    RiskScore() = default;
    // A config that does not validate is refused; the score keeps its previous config.
    Result<void> setConfig(const Config &config);
    const Config &config() const { return m_config; }

    // `at` is the moment the context describes (oracle staleness is measured to it).
    Assessment assess(const ContextSnapshot &context, const QDateTime &at) const;

    static QString factorKey(Factor factor);
    static QString factorName(Factor factor);

private:
    Config m_config;
};

} // namespace pegboard
