#include "analysis/snapshotloader.h"
#include "issuefactory.h"
#include "store/changelistener.h"
#include "store/issuestore.h"
#include "testcluster.h"

#include <QSignalSpy>
#include <QTest>

using namespace pegboard;

class TestSnapshotLoader : public QObject
{
    Q_OBJECT
    test::TestCluster m_pg;

    static bool sameFloat(float a, float b)
    {
        return (std::isnan(a) && std::isnan(b)) || std::abs(a - b) <= 1e-3f * std::max(1.f, std::abs(a));
    }

private slots:
    void initTestCase() { QVERIFY2(m_pg.start(), qPrintable(m_pg.error())); }

    void loadFlattensContextLikeTheIssueValues()
    {
        const QString url = m_pg.freshDatabase();
        QList<Issue> issues = test::articleIssues(3000, 5);
        // Context written by other tools: numbers as strings, words where numbers belong, junk times.
        issues[10].context.networkConditions[ContextKey::GasPriceGwei] = QStringLiteral("180");
        issues[11].context.networkConditions[ContextKey::GasPriceGwei] = QStringLiteral("very high");
        issues[12].context.protocolState[ContextKey::OracleLastUpdate] = QStringLiteral("yesterday");
        issues[13].title = QStringLiteral("tab\there and\nnewline \\ backslash");
        issues[14].clusterId = 42;
        issues[15].context = {};
        auto store = IssueStore::open(url);
        QVERIFY(store);
        QVERIFY((*store)->insert(issues));

        SnapshotLoader loader(url);
        SnapshotLoader::Options options;
        options.withText = true;
        auto loaded = loader.load(options);
        QVERIFY2(loaded, qPrintable(loaded.error().message));
        const Snapshot expected = Snapshot::fromIssues(issues, true);
        const Snapshot &got = *loaded;
        QCOMPARE(got.size(), expected.size());
        for (std::size_t i = 0; i < got.size(); ++i) {
            QCOMPARE(got.ids[i], expected.ids[i]);
            QCOMPARE(got.reportedMs[i], expected.reportedMs[i]);
            QCOMPARE(got.resolvedMs[i], expected.resolvedMs[i]);
            QCOMPARE(got.types.utf8(got.type[i]), expected.types.utf8(expected.type[i]));
            QCOMPARE(got.congestionLevels.utf8(got.congestion[i]),
                     expected.congestionLevels.utf8(expected.congestion[i]));
            QCOMPARE(got.protocols.utf8(got.protocol[i]), expected.protocols.utf8(expected.protocol[i]));
            QCOMPARE(got.severity[i], expected.severity[i]);
            QVERIFY2(sameFloat(got.gasGwei[i], expected.gasGwei[i]), qPrintable(QString::number(i)));
            QVERIFY(sameFloat(got.pegDeviationBps[i], expected.pegDeviationBps[i]));
            QVERIFY(sameFloat(got.volatility[i], expected.volatility[i]));
            QVERIFY(sameFloat(got.oracleStalenessS[i], expected.oracleStalenessS[i]));
            QVERIFY(sameFloat(got.estimatedLossUsd[i], expected.estimatedLossUsd[i]));
            QCOMPARE(got.clusterId[i], expected.clusterId[i]);
            QCOMPARE(got.titles[i], expected.titles[i]);
        }
        QCOMPARE(got.gasGwei[10], 180.f);
        QVERIFY(std::isnan(got.gasGwei[11]));
        QVERIFY(std::isnan(got.oracleStalenessS[12]));
        QVERIFY(!std::isnan(got.oracleStalenessS[13]));
        QCOMPARE(got.titles[13], std::string("tab\there and\nnewline \\ backslash"));
        QCOMPARE(got.clusterId[14], qint64(42));
        QCOMPARE(got.congestion[15], StringDictionary::None);
    }

    void windowAndIncrementalAppend()
    {
        const QString url = m_pg.freshDatabase();
        const QList<Issue> issues = test::articleIssues(2000, 9);
        auto store = IssueStore::open(url);
        QVERIFY((*store)->insert(QList<Issue>(issues.begin(), issues.begin() + 1200)));

        SnapshotLoader loader(url);
        SnapshotLoader::Options window;
        window.from = issues[100].reportedAt;
        window.to = issues[1900].reportedAt;
        auto snapshot = loader.load(window);
        QVERIFY(snapshot);
        QCOMPARE(snapshot->size(), std::size_t(1100));
        QCOMPARE(snapshot->reportedMs.front(), issues[100].reportedAt.toMSecsSinceEpoch());

        // What a NOTIFY announces: a later batch. Only its rows inside the window are appended.
        QVERIFY((*store)->insert(QList<Issue>(issues.begin() + 1200, issues.end())));
        auto added = loader.appendNew(*snapshot, window);
        QVERIFY2(added, qPrintable(added.error().message));
        QCOMPARE(*added, qint64(700));
        QCOMPARE(snapshot->size(), std::size_t(1800));
        auto again = loader.appendNew(*snapshot, window);
        QVERIFY(again);
        QCOMPARE(*again, qint64(0));
    }

    void notificationDrivesTheIncrementalAppend()
    {
        const QString url = m_pg.freshDatabase();
        const QList<Issue> issues = test::articleIssues(900, 13);
        auto store = IssueStore::open(url);
        QVERIFY((*store)->insert(QList<Issue>(issues.begin(), issues.begin() + 500)));
        SnapshotLoader loader(url);
        auto snapshot = loader.load({});
        QVERIFY(snapshot);

        ChangeListener listener(url);
        QSignalSpy inserted(&listener, &ChangeListener::issuesInserted);
        listener.start();
        QTRY_VERIFY(listener.isConnected());
        QVERIFY((*store)->insert(QList<Issue>(issues.begin() + 500, issues.end())));
        QVERIFY(inserted.wait(10000));
        const qint64 announced = inserted.first().at(0).toLongLong();
        QCOMPARE(announced, qint64(400));
        auto added = loader.appendNew(*snapshot, {});
        QVERIFY(added);
        QCOMPARE(*added, announced);
        QCOMPARE(snapshot->size(), std::size_t(900));
        QCOMPARE(snapshot->ids.back(), issues.last().id);
    }

    void memoryStaysUnderTwoHundredBytesPerIssue()
    {
        const QString url = m_pg.freshDatabase();
        const QList<Issue> issues = test::articleIssues(20000, 2);
        QVERIFY((*IssueStore::open(url))->insert(issues));
        auto snapshot = SnapshotLoader(url).load({});
        QVERIFY(snapshot);
        QCOMPARE(snapshot->size(), std::size_t(20000));
        const double perIssue = double(snapshot->memoryBytes()) / double(snapshot->size());
        QVERIFY2(perIssue <= 200.0, qPrintable(QString::number(perIssue)));
    }

    void badUrlsAndMissingSchemaAreTypedErrors()
    {
        auto malformed = SnapshotLoader(QStringLiteral("postgres://[::1")).load({});
        QVERIFY(!malformed);
        QCOMPARE(malformed.error().code, Error::Code::MalformedUrl);
        auto unmigrated = SnapshotLoader(m_pg.freshDatabase(false)).load({});
        QVERIFY(!unmigrated);
        QCOMPARE(unmigrated.error().code, Error::Code::Query);
        QVERIFY(unmigrated.error().message.contains(QLatin1String("stablecoin_issues")));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotLoader)
#include "tst_snapshotloader.moc"
