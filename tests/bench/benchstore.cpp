#include "benchstore.h"

#include "issuefactory.h"
#include "store/bulkloader.h"
#include "testcluster.h"

#include <QProcess>
#include <cstdio>

namespace pegboard::bench {

bool fillIssues(const QString &url, int count)
{
    constexpr int Slice = 100000;
    BulkLoader loader(url, {2, 20000});
    for (int start = 0; start < count; start += Slice) {
        QList<Issue> slice;
        const int end = std::min(count, start + Slice);
        slice.reserve(end - start);
        for (int n = start; n < end; ++n)
            slice.append(test::articleIssue(n));
        auto loaded = loader.load(slice);
        if (!loaded) {
            std::fprintf(stderr, "fill failed: %s\n", qPrintable(loaded.error().message));
            return false;
        }
        std::fprintf(stderr, "filled %d / %d\n", end, count);
    }
    return psql(url, QStringLiteral("VACUUM ANALYZE stablecoin_issues"));
}

QString filledStore(test::TestCluster &pg, int count)
{
    if (!pg.start()) {
        std::fprintf(stderr, "cannot start PostgreSQL: %s\n", qPrintable(pg.error()));
        return {};
    }
    const QString url = pg.freshDatabase();
    return fillIssues(url, count) ? url : QString();
}

bool psql(const QString &url, const QString &command)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral("psql"),
            {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
             QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), url, QStringLiteral("-c"), command});
    return p.waitForFinished(-1) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace pegboard::bench
