#include "groundtruth.h"

#include "issuegenerator.h"
#include "marketmodel.h"
#include "reportplanner.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <algorithm>
#include <cmath>

namespace pegboard {

namespace {
constexpr qint64 MinuteMs = 60000;

bool inOracleWindow(const MarketModel &m, int minute)
{
    const int h = m.hourOfDay(minute);
    return m.isoWeekday(minute) == MarketModel::WednesdaySurgeDay &&
           h >= MarketModel::WednesdaySurgeFromHour && h < MarketModel::WednesdaySurgeToHour &&
           std::round(m.gasGwei(minute)) > ReportPlanner::OracleWindowGasGwei;
}

bool inRebalanceWindow(const MarketModel &m, int minute)
{
    const int h = m.hourOfDay(minute);
    return m.isoWeekday(minute) == MarketModel::RebalanceDay && h >= MarketModel::RebalanceFromHour &&
           h < MarketModel::RebalanceToHour;
}

bool inDepeg(const MarketModel &m, int minute)
{
    for (int c = 0; c < MarketModel::coins().size(); ++c) {
        if (m.plantedDeviation(c, minute) < -0.002)
            return true;
    }
    return false;
}

QByteArray num(double v)
{
    return QByteArray::number(v, 'g', 10);
}

QByteArray share(qint64 part, qint64 whole)
{
    return num(whole > 0 ? std::round(1e4 * double(part) / double(whole)) / 1e4 : 0);
}

QByteArray str(const QString &s)
{
    QByteArray out = "\"";
    for (const char c : s.toUtf8()) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

QByteArray iso(const MarketModel &m, int minute)
{
    return str(QDateTime::fromMSecsSinceEpoch(m.timeMs(minute), Qt::UTC).toString(Qt::ISODate));
}
} // namespace

GroundTruth::GroundTruth(const MarketModel &model, const IssueGenerator &generator, quint64 seed)
    : m_model(model)
    , m_generator(generator)
    , m_seed(seed)
{
    compute();
}

void GroundTruth::compute()
{
    Stats s;
    const auto &planned = m_generator.planned();
    qint64 windowMinutes = 0, depegMinutes = 0;
    for (int m = 0; m < m_model.minutes(); ++m) {
        windowMinutes += inOracleWindow(m_model, m) ? 1 : 0;
        depegMinutes += inDepeg(m_model, m) ? 1 : 0;
    }
    s.oracleWindowTimeShare = m_model.minutes() ? double(windowMinutes) / m_model.minutes() : 0;
    s.depegTimeShare = m_model.minutes() ? double(depegMinutes) / m_model.minutes() : 0;

    std::vector<qint64> lastMinorOracle(size_t(MarketModel::coins().size()),
                                        std::numeric_limits<qint64>::min() / 2);
    double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
    for (size_t i = 0; i < planned.size(); ++i) {
        const PlannedReport &p = planned[i];
        const int severity = m_generator.severity(qint64(i));
        const double vol = std::round(m_model.volatility(p.coin, p.minute) * 1e4) / 1e4;
        sx += vol;
        sy += severity;
        sxx += vol * vol;
        syy += double(severity) * severity;
        sxy += vol * severity;
        switch (p.type) {
        case ReportPlanner::Oracle:
            ++s.oracleFailures;
            s.oracleInWindow += inOracleWindow(m_model, p.minute) ? 1 : 0;
            if (severity <= ReportPlanner::CascadeMaxPrecursorSeverity)
                lastMinorOracle[p.coin] = p.timestampMs;
            break;
        case ReportPlanner::Rebalance:
            ++s.rebalanceErrors;
            s.rebalanceInWindow += inRebalanceWindow(m_model, p.minute) ? 1 : 0;
            break;
        case ReportPlanner::Arbitrage:
            ++s.arbitrageFailures;
            s.arbitrageInDepeg += inDepeg(m_model, p.minute) ? 1 : 0;
            break;
        default:
            break;
        }
        const bool preceded =
            p.timestampMs - lastMinorOracle[p.coin] <= ReportPlanner::CascadeMaxLagMinutes * MinuteMs;
        if (severity >= ReportPlanner::CascadeMinMajorSeverity && p.type != ReportPlanner::Oracle) {
            ++s.majors;
            s.majorsPreceded += preceded ? 1 : 0;
        } else if (severity <= ReportPlanner::CascadeMaxPrecursorSeverity &&
                   p.type != ReportPlanner::Oracle) {
            ++s.minors;
            s.minorsPreceded += preceded ? 1 : 0;
        }
    }
    const double n = double(planned.size());
    const double cov = sxy / n - (sx / n) * (sy / n);
    const double vx = sxx / n - (sx / n) * (sx / n), vy = syy / n - (sy / n) * (sy / n);
    s.severityVolatilityR = n > 1 && vx > 0 && vy > 0 ? cov / std::sqrt(vx * vy) : 0;
    m_stats = s;
}

QByteArray GroundTruth::toJson() const
{
    const auto &planned = m_generator.planned();
    const auto &clusters = m_generator.clusters();
    const Stats &s = m_stats;
    QByteArray j;
    j.reserve(int(std::min<size_t>(planned.size() * 70 + 65536, 1u << 30)));
    j += "{\n\"format\": \"pegboard-truth/1\",\n";
    j += "\"seed\": " + QByteArray::number(m_seed) + ",\n";
    j += "\"issues\": " + QByteArray::number(qint64(planned.size())) + ",\n";
    j += "\"history\": {\"from\": " + iso(m_model, 0) + ", \"to\": " + iso(m_model, m_model.minutes()) +
         ", \"days\": " + num(m_model.minutes() / 1440.0) + "},\n";
    j += "\"patterns\": [\n";
    j += "  {\"id\": \"oracle_gas_window\", \"issue_type\": \"oracle_failure\", \"weekday\": \"Wednesday\", "
         "\"iso_weekday\": 3, \"pg_dow\": 3, \"hours_utc\": [14, 15], \"gas_above_gwei\": " +
         num(ReportPlanner::OracleWindowGasGwei) +
         ", \"planted_share\": 0.67, \"observed_share\": " + share(s.oracleInWindow, s.oracleFailures) +
         ", \"time_share\": " + num(std::round(s.oracleWindowTimeShare * 1e5) / 1e5) +
         ", \"count\": " + QByteArray::number(s.oracleInWindow) + "},\n";
    j += "  {\"id\": \"rebalance_tuesday\", \"issue_type\": \"rebalance_error\", \"weekday\": \"Tuesday\", "
         "\"iso_weekday\": 2, \"pg_dow\": 2, \"hours_utc\": [9, 10], \"planted_share\": 0.7, "
         "\"observed_share\": " +
         share(s.rebalanceInWindow, s.rebalanceErrors) + ", \"time_share\": " + num(2.0 / 168) +
         ", \"count\": " + QByteArray::number(s.rebalanceInWindow) + "},\n";
    j += "  {\"id\": \"arbitrage_in_depeg\", \"issue_type\": \"arbitrage_failure\", \"condition\": "
         "\"any coin more than 20 bps below peg\", \"observed_share\": " +
         share(s.arbitrageInDepeg, s.arbitrageFailures) +
         ", \"time_share\": " + num(std::round(s.depegTimeShare * 1e5) / 1e5) + "},\n";
    j += "  {\"id\": \"severity_volatility\", \"x\": \"price_context.volatility_index\", \"y\": "
         "\"severity_level\", "
         "\"direction\": \"increasing\", \"observed_pearson_r\": " +
         num(std::round(s.severityVolatilityR * 1e4) / 1e4) + "}\n],\n";
    j +=
        "\"cascade\": {\"precursor_type\": \"oracle_failure\", \"precursor_max_severity\": " +
        QByteArray::number(ReportPlanner::CascadeMaxPrecursorSeverity) +
        ", \"major_min_severity\": " + QByteArray::number(ReportPlanner::CascadeMinMajorSeverity) +
        ", \"same_symbol\": true, \"lag_minutes\": [" +
        QByteArray::number(ReportPlanner::CascadeMinLagMinutes) + ", " +
        QByteArray::number(ReportPlanner::CascadeMaxLagMinutes) + "], \"clusters\": " +
        QByteArray::number(qint64(std::count_if(
            clusters.begin(), clusters.end(), [](const PlantedCluster &c) { return c.kind == "cascade"; }))) +
        ", \"majors\": " + QByteArray::number(s.majors) +
        ", \"observed_share_of_majors_preceded\": " + share(s.majorsPreceded, s.majors) +
        ", \"baseline_share_of_minors_preceded\": " + share(s.minorsPreceded, s.minors) + "},\n";
    j += "\"cross_coin_lead\": {\"lead_minutes\": " + QByteArray::number(m_model.leadMinutes()) +
         ", \"episodes\": [";
    for (size_t e = 0; e < m_model.depegs().size(); ++e) {
        const DepegEpisode &d = m_model.depegs()[e];
        j += QByteArray(e ? ",\n  " : "\n  ") + "{\"leader\": " + str(MarketModel::coins()[d.leader]) +
             ", \"follower\": " + str(MarketModel::coins()[d.follower]) +
             ", \"leader_start\": " + iso(m_model, d.startOf(false)) +
             ", \"follower_start\": " + iso(m_model, d.startOf(true)) +
             ", \"leader_min_price\": " + num(std::round((1 - d.depth) * 1e4) / 1e4) +
             ", \"follower_min_price\": " + num(std::round((1 - d.followerDepth) * 1e4) / 1e4) + "}";
    }
    j += "]},\n\"clusters\": [";
    for (size_t c = 0; c < clusters.size(); ++c) {
        const PlantedCluster &k = clusters[c];
        j += QByteArray(c ? ",\n  " : "\n  ") + "{\"id\": " + QByteArray::number(k.id) +
             ", \"label\": " + str(k.label) + ", \"kind\": " + str(k.kind) +
             ", \"issue_type\": " + str(k.issueType) + ", \"symbol\": " + str(MarketModel::coins()[k.coin]) +
             ", \"from\": " + iso(m_model, k.fromMinute) + ", \"to\": " + iso(m_model, k.toMinute + 1) +
             ", \"size\": " + QByteArray::number(k.size) +
             (k.causedBy ? ", \"caused_by\": " + QByteArray::number(k.causedBy) : QByteArray()) + "}";
    }
    j += "],\n\"labels\": [";
    for (size_t i = 0; i < planned.size(); ++i) {
        j += i ? ",\n  [" : "\n  [";
        j += str(m_generator.source(qint64(i))) + ", " + str(m_generator.externalId(qint64(i))) + ", " +
             (planned[i].cluster ? QByteArray::number(planned[i].cluster) : QByteArray("null")) + "]";
    }
    j += "]\n}\n";
    return j;
}

Result<void> GroundTruth::write(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(
            Error::Code::Io,
            QCoreApplication::translate("GroundTruth", "Cannot write %1: %2").arg(path, file.errorString()));
    file.write(toJson());
    if (!file.commit())
        return Error::make(
            Error::Code::Io,
            QCoreApplication::translate("GroundTruth", "Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace pegboard
