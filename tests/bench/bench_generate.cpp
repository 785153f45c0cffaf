// `pegboard generate`'s HistoryWriter (market, planned reports with text and context, feed samples,
// truth) against a plain baseline of the same volume: the foundation's article-shaped rows through
// the same BulkLoader plus the same feed samples. Also times the client-side stages alone.
// Usage: bench_generate [issues=1000000] [days=90] [client]. Prints {"bench":"generate",…} last.
#include "issuefactory.h"
#include "simulation/groundtruth.h"
#include "simulation/historywriter.h"
#include "simulation/issuegenerator.h"
#include "simulation/marketmodel.h"
#include "store/bulkloader.h"
#include "store/feedsamplestore.h"
#include "testcluster.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>

using namespace pegboard;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 issues = argc > 1 ? std::atoll(argv[1]) : 1000000;
    const int days = argc > 2 ? std::atoi(argv[2]) : 90;
    const qint64 end = QDateTime::currentMSecsSinceEpoch();

    // Client-side stages, no database.
    QElapsedTimer clock;
    clock.start();
    const MarketModel model({end - qint64(days) * 86400000, days * 1440, 1});
    const double marketS = clock.nsecsElapsed() / 1e9;
    clock.restart();
    IssueGenerator generator(model, {issues, 1});
    generator.plan();
    const double planS = clock.nsecsElapsed() / 1e9;
    clock.restart();
    {
        std::vector<Issue> batch(size_t(std::min<qint64>(issues, 50000)));
        for (qint64 from = 0; from < issues; from += qint64(batch.size())) {
            batch.resize(size_t(std::min<qint64>(qint64(batch.size()), issues - from)));
            generator.render(from, batch, 2);
        }
    }
    const double renderS = clock.nsecsElapsed() / 1e9;
    clock.restart();
    const qint64 truthBytes = GroundTruth(model, generator, 1).toJson().size();
    const double truthS = clock.nsecsElapsed() / 1e9;
    std::fprintf(
        stderr,
        "client only: market %.2f s, plan %.2f s, render %.2f s (2 threads), truth %.2f s (%lld bytes)\n",
        marketS, planS, renderS, truthS, truthBytes);
    if (argc > 3 && QByteArray(argv[3]) == "client")
        return 0; // profiling the client side alone

    test::TestCluster pg;
    if (!pg.start()) {
        std::fprintf(stderr, "cannot start PostgreSQL: %s\n", qPrintable(pg.error()));
        return 1;
    }
    QTemporaryDir dir;
    const QString oursUrl = pg.freshDatabase();
    pg.exec(oursUrl, QStringLiteral("CHECKPOINT"));
    HistoryWriter::Options options;
    options.url = oursUrl;
    options.issues = issues;
    options.days = days;
    options.endMs = end;
    options.truthPath = dir.filePath(QStringLiteral("truth.json"));
    clock.restart();
    auto summary = HistoryWriter(options).run();
    const double ours = clock.nsecsElapsed() / 1e9;
    if (!summary || summary->issuesInserted != issues) {
        std::fprintf(stderr, "generate failed: %s\n", qPrintable(summary.error().message));
        return 1;
    }
    std::fprintf(stderr, "ours: %.2f s for %lld reports and %lld samples\n", ours, issues, summary->samples);

    // Baseline: the same volume with the simplest rows, loaded the same way, timed end to end.
    const QString baseUrl = pg.freshDatabase();
    pg.exec(baseUrl, QStringLiteral("CHECKPOINT"));
    clock.restart();
    std::vector<FeedSample> samples;
    model.appendSamples(0, model.minutes(), samples);
    auto feedStore = FeedSampleStore::open(baseUrl);
    if (!feedStore || !(*feedStore)->insert(samples)) {
        std::fprintf(stderr, "baseline feed insert failed\n");
        return 1;
    }
    const QList<Issue> plain = test::articleIssues(int(issues));
    auto loaded =
        BulkLoader(baseUrl, {2, 25000}).load(std::span<const Issue>(plain.data(), size_t(plain.size())));
    const double baseline = clock.nsecsElapsed() / 1e9;
    if (!loaded) {
        std::fprintf(stderr, "baseline load failed: %s\n", qPrintable(loaded.error().message));
        return 1;
    }
    std::fprintf(stderr, "baseline: %.2f s\n", baseline);
    std::printf(
        "{\"bench\":\"generate\",\"issues\":%lld,\"days\":%d,\"samples\":%lld,\"client_render_s\":%.3f,"
        "\"ours_s\":%.3f,\"baseline_s\":%.3f,\"ratio\":%.3f}\n",
        issues, days, summary->samples, renderS, ours, baseline, baseline / ours);
    return 0;
}
