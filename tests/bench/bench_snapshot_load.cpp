// Loading a Snapshot (COPY of the flattened columns, parsed into arrays) against
// `psql -c "\copy (same SELECT) to /dev/null"`, which moves the same bytes and parses nothing.
// Prints {"bench":"snapshot_load",…} last; ratio = ours / baseline (target ≤ 1.5).
#include "analysis/snapshotloader.h"
#include "benchstore.h"
#include "testcluster.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

using namespace pegboard;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? std::atoi(argv[1]) : 1000000;
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 3;
    test::TestCluster pg;
    const QString url = bench::filledStore(pg, rows);
    if (url.isEmpty())
        return 1;
    const QString select = QString::fromStdString(SnapshotLoader::selectSql({}));

    double ours = 1e300, baseline = 1e300, bytesPerIssue = 0;
    QElapsedTimer clock;
    for (int round = 0; round < rounds; ++round) {
        clock.start();
        if (!bench::psql(url, QStringLiteral("\\copy (%1) to '/dev/null'").arg(select)))
            return 1;
        const double b = clock.nsecsElapsed() / 1e9;
        clock.restart();
        SnapshotLoader loader(url);
        auto snapshot = loader.load({});
        const double o = clock.nsecsElapsed() / 1e9;
        if (!snapshot || int(snapshot->size()) != rows) {
            std::fprintf(stderr, "snapshot load failed\n");
            return 1;
        }
        bytesPerIssue = double(snapshot->memoryBytes()) / double(snapshot->size());
        std::fprintf(stderr, "round %d: psql \\copy %.3f s, ours %.3f s\n", round + 1, b, o);
        baseline = std::min(baseline, b);
        ours = std::min(ours, o);
    }
    std::printf("{\"bench\":\"snapshot_load\",\"rows\":%d,\"ours_s\":%.3f,\"baseline_s\":%.3f,\"ratio\":%.3f,"
                "\"bytes_per_issue\":%.1f,\"target_ratio_max\":1.5}\n",
                rows, ours, baseline, ours / baseline, bytesPerIssue);
    return 0;
}
