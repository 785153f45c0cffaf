// The correlation heatmap on a loaded Snapshot against PostgreSQL computing the same counts with
// one GROUP BY GROUPING SETS over the same bucket expressions. Counts are cross-checked.
// Prints {"bench":"heatmap",…} last; ratio = baseline / ours (target ≥ 20).
#include "analysis/correlationheatmap.h"
#include "analysis/snapshotloader.h"
#include "benchstore.h"
#include "testcluster.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>
#include <map>
#include <pqxx/pqxx>

using namespace pegboard;

namespace {
const char *groupBySql = R"(
WITH raw AS (
  SELECT issue_type,
    (network_conditions->>'gas_price_gwei')::float8 AS gas,
    network_conditions->>'network_congestion_level' AS congestion,
    abs((price_context->>'peg_deviation_bps')::float8) AS peg,
    (price_context->>'volatility_index')::float8 AS vol,
    extract(hour FROM reported_timestamp AT TIME ZONE 'UTC')::int AS hour,
    (extract(isodow FROM reported_timestamp AT TIME ZONE 'UTC')::int - 1) AS weekday,
    network_conditions->>'mev_bot_activity' AS mev,
    extract(epoch FROM reported_timestamp - (protocol_state->>'oracle_last_update')::timestamptz) AS staleness
  FROM stablecoin_issues),
t AS (
  SELECT issue_type,
    CASE WHEN gas < 30 THEN 0 WHEN gas < 80 THEN 1 WHEN gas < 150 THEN 2 WHEN gas < 250 THEN 3 WHEN gas >= 250 THEN 4 END AS gas_b,
    congestion,
    CASE WHEN peg < 5 THEN 0 WHEN peg < 20 THEN 1 WHEN peg < 50 THEN 2 WHEN peg < 100 THEN 3 WHEN peg >= 100 THEN 4 END AS peg_b,
    CASE WHEN vol < 0.05 THEN 0 WHEN vol < 0.1 THEN 1 WHEN vol < 0.2 THEN 2 WHEN vol >= 0.2 THEN 3 END AS vol_b,
    hour, weekday, mev,
    CASE WHEN staleness < 60 THEN 0 WHEN staleness < 300 THEN 1 WHEN staleness < 900 THEN 2 WHEN staleness < 3600 THEN 3 WHEN staleness >= 3600 THEN 4 END AS stale_b
  FROM raw)
SELECT issue_type, gas_b, congestion, peg_b, vol_b, hour, weekday, mev, stale_b,
  GROUPING(gas_b, congestion, peg_b, vol_b, hour, weekday, mev, stale_b) AS g, count(*)
FROM t
GROUP BY GROUPING SETS ((issue_type, gas_b), (issue_type, congestion), (issue_type, peg_b), (issue_type, vol_b),
                        (issue_type, hour), (issue_type, weekday), (issue_type, mev), (issue_type, stale_b))
)";
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? std::atoi(argv[1]) : 1000000;
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 3;
    test::TestCluster pg;
    const QString url = bench::filledStore(pg, rows);
    if (url.isEmpty())
        return 1;
    auto snapshot = SnapshotLoader(url).load({});
    if (!snapshot)
        return 1;
    pqxx::connection connection(url.toStdString());

    double ours = 1e300, baseline = 1e300;
    HeatmapResult heatmap;
    pqxx::result grouped;
    QElapsedTimer clock;
    for (int round = 0; round < rounds; ++round) {
        clock.start();
        {
            pqxx::nontransaction tx(connection);
            grouped = tx.exec(groupBySql);
        }
        const double b = clock.nsecsElapsed() / 1e9;
        clock.restart();
        heatmap = CorrelationHeatmap::compute(*snapshot);
        const double o = clock.nsecsElapsed() / 1e9;
        std::fprintf(stderr, "round %d: PostgreSQL GROUP BY %.3f s, ours %.4f s\n", round + 1, b, o);
        baseline = std::min(baseline, b);
        ours = std::min(ours, o);
    }
    // Cross-check the integer-bucketed conditions (gas, hour, weekday) cell by cell.
    long long checked = 0, mismatched = 0;
    const std::map<int, std::pair<int, Condition::Kind>> columns = {{1, {0, Condition::Kind::GasPrice}},
                                                                    {5, {4, Condition::Kind::HourOfDay}},
                                                                    {6, {5, Condition::Kind::Weekday}}};
    for (const auto &row : grouped) {
        const int grouping = row[9].as<int>();
        for (const auto &[column, where] : columns) {
            // GROUPING() has a 0 bit for the one grouped column of this set (8 columns, MSB first).
            if (grouping != (0xFF & ~(1 << (7 - (column - 1)))) || row[column].is_null())
                continue;
            const int type = snapshot->types.find(row[0].as<std::string>());
            const HeatmapCell *cell = heatmap.cell(where.first, row[column].as<int>(), type);
            ++checked;
            mismatched += !cell || cell->count != row[10].as<long long>();
        }
    }
    std::fprintf(stderr, "cross-checked %lld cells, %lld mismatched\n", checked, mismatched);
    std::printf("{\"bench\":\"heatmap\",\"rows\":%d,\"cells\":%zu,\"ours_s\":%.4f,\"baseline_s\":%.3f,"
                "\"ratio\":%.1f,\"checked_cells\":%lld,\"mismatched_cells\":%lld,\"target_ratio_min\":20}\n",
                rows, heatmap.cells.size(), ours, baseline, baseline / ours, checked, mismatched);
    return mismatched == 0 && checked > 0 ? 0 : 1;
}
