#pragma once

#include "domain/contextsnapshot.h"
#include "domain/error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

class QSettings;

namespace pegboard {

// The customer's 0–10 risk score: five risks, each scored 0–10 from the live context and weighted
// (peg 0.35, oracle 0.25, network 0.20, volatility 0.15, protocol 0.05), mapped to recommended
// actions at 7.5 / 8.5 / 9.0. The weighted sum is the base; escalation rules then hold the score at
// or above a threshold while a single signal is critical, because a weighted average alone lets a
// total depeg (10 × 0.35) read as "no action needed".
class RiskScore
{
public:
    enum Factor
    {
        PegRisk,
        OracleRisk,
        NetworkRisk,
        VolatilityRisk,
        ProtocolRisk,
        FactorCount
    };

    enum class Level
    {
        Normal,
        Warning,  // holds the score at the first threshold (raise the oracle frequency)
        Critical, // holds it at the alert threshold
    };

    // Documented defaults; every number can be changed in the settings or a watch rules file.
    struct Escalation
    {
        bool enabled = true;
        double pegWarningBps = 50;      // |5-minute average deviation| at or past this: warning
        double pegCriticalBps = 100;    // |deviation| held at or past this …
        double pegCriticalForS = 300;   // … for this long: critical
        double oracleHeartbeatS = 3600; // the aggregator publishes at least this often
        // A round a minute or two late is routine (its transaction waits for a block); stale only
        // past heartbeat × (1 + this).
        double oracleGraceFraction = 0.1;
        double divergenceWarningBps = 50; // oracle answer vs market price
        double divergenceCriticalBps = 100;
        int emergencySignals =
            2; // this many critical signals at once hold the score at the emergency threshold
        friend bool operator==(const Escalation &, const Escalation &) = default;
    };

    struct Config
    {
        std::array<double, FactorCount> weights{0.35, 0.25, 0.20, 0.15, 0.05};
        double raiseOracleFrequency = 7.5;
        double alertOperations = 8.5;
        double emergencyProtocol = 9.0;
        Escalation escalation;

        // Weights within 0–1 summing to 1; thresholds within 0–10 and rising; escalation numbers positive.
        Result<void> validate() const;
        // The same settings as JSON (watch rules files, analyze) and in QSettings (the console).
        QJsonObject toJson() const;
        static Result<Config> fromJson(const QJsonObject &json);
        static Config load(QSettings &settings); // invalid or absent values: the defaults
        void save(QSettings &settings) const;
        friend bool operator==(const Config &, const Config &) = default;
    };

    struct FactorScore
    {
        Factor factor = PegRisk;
        double score = 0; // 0–10, higher is riskier
        double weight = 0;
        double contribution = 0; // weight × score
        bool known = false;      // false: the context lacked the inputs; scored as moderate (5)
        bool stale = false;      // the feed behind it stopped: last value kept, confidence lowered
        double staleForS = 0;
        Level level = Level::Normal;
        QString reason;
    };

    // The measured signals behind the peg and oracle risks (missing: not measurable now).
    struct Signals
    {
        std::optional<double> pegDeviationBps;
        std::optional<double> pegDeviation5mBps;
        double pegHeldS = 0; // how long |deviation| has stayed past the critical level
        std::optional<double> oracleAgeS;
        std::optional<double> oracleDivergenceBps;
        int missedRounds = 0;
    };

    struct Assessment
    {
        double score = 0;     // 0–10, after escalation
        double baseScore = 0; // the weighted sum alone
        std::array<FactorScore, FactorCount> factors;
        Signals measured;
        QStringList escalations; // why the score was held up, one sentence each
        int criticalSignals = 0;
        double confidence = 1; // share of the weight from known, fresh factors
        QStringList actions;   // recommended, most urgent last
        QDateTime at;
    };

    // How the oracle predictor's view compares with the oracle and peg risks.
    struct Agreement
    {
        enum class Kind
        {
            Unknown, // no prediction
            BothCalm,
            BothAlarmed,
            PredictorOnly, // the predictor expects a failure the factors do not show yet
            FactorsOnly,   // the factors are alarmed, the predictor is not
        };
        Kind kind = Kind::Unknown;
        QString text;
    };

    RiskScore() = default;
    // A config that does not validate is refused; the score keeps its previous config.
    Result<void> setConfig(const Config &config);
    const Config &config() const { return m_config; }

    // `at` is the moment the context describes (oracle age is measured to it); `pegHeldS` how long
    // the deviation has stayed past the critical level (the caller has the series).
    Assessment assess(const ContextSnapshot &context, const QDateTime &at, double pegHeldS = 0) const;

    static Agreement agreement(const Assessment &assessment, double probability, double threshold);
    static QString factorKey(Factor factor);
    static QString factorName(Factor factor);

private:
    void scorePeg(Assessment &a, const ContextSnapshot &c, double pegHeldS) const;
    void scoreOracle(Assessment &a, const ContextSnapshot &c, const QDateTime &at) const;
    void escalate(Assessment &a) const;

    Config m_config;
};

} // namespace pegboard
