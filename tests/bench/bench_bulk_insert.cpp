// Inserting article-shaped rows through IssueStore against `psql \copy` of the same rows into the
// same schema, on the same private cluster. Prints {"bench":"bulk_insert",…} as its last line.
#include "issuefactory.h"
#include "store/bulkloader.h"
#include "store/issuerow.h"
#include "store/issuestore.h"
#include "testcluster.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>

using namespace pegboard;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? std::atoi(argv[1]) : 1000000;
    const int batch = argc > 2 ? std::atoi(argv[2]) : 20000;

    test::TestCluster pg;
    if (!pg.start()) {
        std::fprintf(stderr, "cannot start PostgreSQL: %s\n", qPrintable(pg.error()));
        return 1;
    }
    std::fprintf(stderr, "generating %d rows…\n", rows);
    const QList<Issue> issues = test::articleIssues(rows);

    // Baseline input: the same rows as COPY text, written before the clock starts.
    QTemporaryDir dir(QStringLiteral("/tmp/pgb-bench-XXXXXX"));
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                          QFile::ExeOther | QFile::ReadOther);
    const QString copyFile = dir.path() + QStringLiteral("/rows.copy");
    QElapsedTimer encodeClock;
    encodeClock.start();
    {
        QFile f(copyFile);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        std::string chunk;
        for (const Issue &i : issues) {
            IssueRow::appendCopyLine(chunk, i);
            if (chunk.size() > (1 << 22)) {
                f.write(chunk.data(), qint64(chunk.size()));
                chunk.clear();
            }
        }
        f.write(chunk.data(), qint64(chunk.size()));
    }
    std::fprintf(stderr, "encoding to COPY text alone: %.3f s\n", encodeClock.nsecsElapsed() / 1e9);

    // Rounds alternate baseline and ours, each into a fresh database after a CHECKPOINT, and the
    // best of each side is compared: the machine is shared, and the minimum is the least noisy.
    const int rounds = argc > 3 ? std::atoi(argv[3]) : 2;
    double baseline = 1e300;
    double ours = 1e300;
    QElapsedTimer clock;
    for (int round = 0; round < rounds; ++round) {
        const QString baselineUrl = pg.freshDatabase();
        pg.exec(baselineUrl, QStringLiteral("CHECKPOINT"));
        clock.start();
        QProcess psql;
        psql.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        psql.start(QStringLiteral("psql"),
                   {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                    QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), baselineUrl,
                    QStringLiteral("-c"),
                    QStringLiteral("\\copy stablecoin_issues (%1) from '%2'")
                        .arg(QString::fromStdString(IssueRow::insertColumns()), copyFile)});
        if (!psql.waitForFinished(-1) || psql.exitCode() != 0) {
            std::fprintf(stderr, "psql \\copy failed\n");
            return 1;
        }
        const double b = clock.nsecsElapsed() / 1e9;

        const QString oursUrl = pg.freshDatabase();
        pg.exec(oursUrl, QStringLiteral("CHECKPOINT"));
        BulkLoader loader(oursUrl, {2, batch});
        clock.restart();
        auto result = loader.load(issues);
        const double o = clock.nsecsElapsed() / 1e9;
        if (!result) {
            std::fprintf(stderr, "load failed: %s\n", qPrintable(result.error().message));
            return 1;
        }
        auto store = IssueStore::open(oursUrl);
        if (result->inserted != rows || *(*store)->count() != rows) {
            std::fprintf(stderr, "inserted %d of %d rows\n", result->inserted, rows);
            return 1;
        }
        std::fprintf(stderr, "round %d: psql \\copy %.3f s, ours %.3f s\n", round + 1, b, o);
        baseline = std::min(baseline, b);
        ours = std::min(ours, o);
    }
    std::printf("{\"bench\":\"bulk_insert\",\"rows\":%d,\"chunk\":%d,\"connections\":2,\"ours_s\":%.3f,"
                "\"baseline_s\":%.3f,"
                "\"ratio\":%.3f}\n",
                rows, batch, ours, baseline, baseline / ours);
    return 0;
}
