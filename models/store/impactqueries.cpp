#include "impactsummary.h"

#include <algorithm>
#include <pqxx/pqxx>

namespace pegboard {

namespace {
QDateTime epochMs(const pqxx::field &f)
{
    return QDateTime::fromMSecsSinceEpoch(f.as<long long>(), Qt::UTC);
}

std::string bound(const QDateTime &t, const char *fallback)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs).toStdString() : std::string(fallback);
}
} // namespace

Result<ImpactSummary> ImpactQueries::summarise(pqxx::connection &connection, const QDateTime &from,
                                               const QDateTime &to)
{
    try {
        ImpactSummary s;
        pqxx::read_transaction tx(connection);
        const std::string lo = bound(from, "-infinity");
        const std::string hi = bound(to, "infinity");
        for (const char *unit : {"week", "month"}) {
            const auto rows = tx.exec_params(
                std::string("SELECT floor(extract(epoch FROM date_trunc('") + unit +
                    "', reported_timestamp)) * 1000)::int8, coalesce(sum(estimated_loss_usd), 0)::float8, "
                    "coalesce(sum(actual_loss_usd), 0)::float8, count(*), count(*) FILTER (WHERE "
                    "severity_level >= 4) "
                    "FROM stablecoin_issues WHERE reported_timestamp >= $1::timestamptz AND "
                    "reported_timestamp < "
                    "$2::timestamptz GROUP BY 1 ORDER BY 1",
                lo, hi);
            QList<ImpactSummary::Period> &target = std::string_view(unit) == "week" ? s.weeks : s.months;
            for (const auto &r : rows)
                target.append(
                    {epochMs(r[0]), r[1].as<double>(), r[2].as<double>(), r[3].as<int>(), r[4].as<int>()});
        }
        for (const auto &r : tx.exec_params(
                 "SELECT floor(extract(epoch FROM date_trunc('week', resolved_timestamp)) * 1000)::int8, "
                 "issue_type, "
                 "avg(extract(epoch FROM resolved_timestamp - reported_timestamp) / 3600)::float8, count(*) "
                 "FROM stablecoin_issues WHERE resolved_timestamp IS NOT NULL AND reported_timestamp >= "
                 "$1::timestamptz AND reported_timestamp < $2::timestamptz GROUP BY 1, 2 ORDER BY 1, 2",
                 lo, hi))
            s.resolution.append(
                {epochMs(r[0]), QString::fromUtf8(r[1].c_str()), r[2].as<double>(), r[3].as<int>()});

        // Headline figures for the window and the period before it, of the same length.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime headTo = to.isValid() ? to.toUTC() : now;
        const QDateTime headFrom = from.isValid() ? from.toUTC() : headTo.addDays(-30);
        const qint64 spanMs = std::max<qint64>(1, headFrom.msecsTo(headTo));
        const auto headline = [&tx](const QDateTime &a, const QDateTime &b) {
            const auto r = tx.exec_params1(
                "SELECT coalesce(sum(coalesce(actual_loss_usd, estimated_loss_usd)), 0)::float8,"
                " count(*) FILTER (WHERE severity_level >= 4),"
                " coalesce(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM resolved_timestamp "
                "-"
                " reported_timestamp) / 3600) FILTER (WHERE resolved_timestamp IS NOT NULL), -1)::float8"
                " FROM stablecoin_issues WHERE reported_timestamp >= $1::timestamptz AND reported_timestamp "
                "< "
                "$2::timestamptz",
                bound(a, "-infinity"), bound(b, "infinity"));
            return ImpactSummary::Headline{a, b, r[0].as<double>(), r[1].as<int>(), r[2].as<double>()};
        };
        s.current = headline(headFrom, headTo);
        s.previous = headline(headFrom.addMSecs(-spanMs), headFrom);

        const auto rates = tx.exec_params1(
            "WITH resolved AS ("
            "  SELECT i.id, i.prevention_implemented AS prevented, EXISTS ("
            "    SELECT 1 FROM stablecoin_issues j WHERE j.issue_type = i.issue_type"
            "      AND j.protocol IS NOT DISTINCT FROM i.protocol AND j.reported_timestamp > "
            "i.resolved_timestamp"
            "      AND j.reported_timestamp <= i.resolved_timestamp + interval '30 days') AS recurred"
            "  FROM stablecoin_issues i WHERE i.resolved_timestamp IS NOT NULL"
            "    AND i.reported_timestamp >= $1::timestamptz AND i.reported_timestamp < $2::timestamptz)"
            "SELECT count(*), coalesce(avg(prevented::int), 0)::float8, coalesce(avg(recurred::int), "
            "0)::float8,"
            "  coalesce(avg(recurred::int) FILTER (WHERE prevented), 0)::float8,"
            "  coalesce(avg(recurred::int) FILTER (WHERE NOT prevented), 0)::float8 FROM resolved",
            lo, hi);
        s.resolvedCount = rates[0].as<int>();
        s.preventionRate = rates[1].as<double>();
        s.recurrenceRate = rates[2].as<double>();
        s.recurrenceRateWithPrevention = rates[3].as<double>();
        s.recurrenceRateWithoutPrevention = rates[4].as<double>();
        return s;
    } catch (const pqxx::broken_connection &) {
        throw; // IssueStore reconnects on the next call
    } catch (const std::exception &e) {
        return Error::make(Error::Code::Query, QString::fromUtf8(e.what()).trimmed());
    }
}

} // namespace pegboard
