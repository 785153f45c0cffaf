// bench_backtest [days=30] [rounds=3]: `Backtest::run` of five rules over `days` of generated
// feed_samples (read a day at a time, replayed through FeedHub + MetricSampler + RuleEvaluator)
// against the floor of reading the same samples in time order with psql \copy to /dev/null.
// Worst of the rounds for both; one JSON line last.
#include "benchstore.h"
#include "response/backtest.h"
#include "simulation/historywriter.h"
#include "store/feedsamplestore.h"
#include "testcluster.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <cstdio>

using namespace pegboard;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int days = argc > 1 ? std::max(1, atoi(argv[1])) : 30;
    const int rounds = argc > 2 ? std::max(1, atoi(argv[2])) : 3;
    test::TestCluster pg;
    if (!pg.start()) {
        std::fprintf(stderr, "cannot start PostgreSQL: %s\n", qPrintable(pg.error()));
        return 1;
    }
    const QString url = pg.freshDatabase();
    const qint64 end = QDateTime::currentMSecsSinceEpoch() / 60000 * 60000;
    HistoryWriter::Options options;
    options.url = url;
    options.days = days;
    options.issues = 100;
    options.endMs = end;
    auto written = HistoryWriter(options).run();
    if (!written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.error().message));
        return 1;
    }
    QList<Rule> rules;
    const char *specs[] = {
        R"({"name": "peg", "metric": "peg_deviation_bps", "symbol": "USDC", "below": -100, "for_s": 300})",
        R"({"name": "raise", "metric": "risk_score", "symbol": "USDC", "above": 7.5, "clear_below": 6})",
        R"({"name": "alert", "metric": "risk_score", "symbol": "USDT", "above": 8.5, "clear_below": 6})",
        R"({"name": "stale", "metric": "oracle_age_s", "symbol": "DAI", "above": 3960})",
        R"({"name": "gas", "metric": "gas_gwei", "above": 150, "for_s": 600})"};
    for (const char *spec : specs)
        rules << *Rule::fromJson(QJsonDocument::fromJson(spec).object(), QStringLiteral("bench"));

    double ours = 0, baseline = 0;
    qint64 evaluations = 0, firings = 0;
    for (int r = 0; r < rounds; ++r) {
        auto store = FeedSampleStore::open(url);
        QElapsedTimer t;
        t.start();
        Backtest::Options o;
        o.fromMs = end - qint64(days) * 86400000;
        o.toMs = end;
        auto results = Backtest::run(**store, rules, RiskScore::Config(), o);
        ours = std::max(ours, t.elapsed() / 1000.0);
        if (!results) {
            std::fprintf(stderr, "%s\n", qPrintable(results.error().message));
            return 1;
        }
        evaluations = 0;
        firings = 0;
        for (const auto &res : *results) {
            evaluations += res.evaluations;
            firings += res.incidents.size();
        }
        t.restart();
        if (!bench::psql(url,
                         QStringLiteral("\\copy (SELECT series, ts, value FROM feed_samples ORDER BY ts) "
                                        "to '/dev/null'")))
            return 1;
        baseline = std::max(baseline, t.elapsed() / 1000.0);
    }
    std::printf("{\"bench\":\"backtest\",\"days\":%d,\"samples\":%lld,\"rules\":%lld,\"evaluations\":%lld,"
                "\"firings\":%lld,\"ours_s\":%.2f,\"baseline_s\":%.2f,\"ratio\":%.2f,\"rounds\":%d}\n",
                days, (long long)written->samples, (long long)rules.size(), (long long)evaluations,
                (long long)firings, ours, baseline, ours / std::max(baseline, 1e-9), rounds);
    return 0;
}
