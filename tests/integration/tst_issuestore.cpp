#include "issuefactory.h"
#include "store/bulkloader.h"
#include "store/issuestore.h"
#include "testcluster.h"

#include <QElapsedTimer>
#include <QTest>
#include <pqxx/pqxx>
#include <thread>

using namespace pegboard;

class TestIssueStore : public QObject
{
    Q_OBJECT
    test::TestCluster m_pg;

    std::unique_ptr<IssueStore> openStore(const QString &url)
    {
        auto store = IssueStore::open(url);
        if (!store)
            qFatal("%s", qPrintable(store.error().message));
        return std::move(store).value();
    }

private slots:
    void initTestCase() { QVERIFY2(m_pg.start(), qPrintable(m_pg.error())); }

    void insertIsIdempotentOnSourceAndExternalId()
    {
        auto store = openStore(m_pg.freshDatabase());
        const QList<Issue> issues = test::articleIssues(500);
        auto first = store->insert(issues);
        QVERIFY2(first, qPrintable(first.error().message));
        QCOMPARE(first->inserted, 500);
        // The same reports again (a webhook retry), with fresh ids: nothing new.
        QList<Issue> replay = issues;
        for (Issue &i : replay)
            i.id = QUuid::createUuid();
        auto second = store->insert(replay);
        QVERIFY(second);
        QCOMPARE(second->inserted, 0);
        QCOMPARE(second->duplicates(), 500);
        // Duplicates inside one batch, plus one new report.
        QList<Issue> mixed{issues[0], issues[0], test::articleIssue(9999)};
        auto third = store->insert(mixed);
        QVERIFY(third);
        QCOMPARE(third->inserted, 1);
        QCOMPARE(*store->count(), 501);
    }

    void serverFillsMissingIdsAndExternalIds()
    {
        auto store = openStore(m_pg.freshDatabase());
        Issue a = test::articleIssue(1);
        a.id = QUuid();
        a.externalId.clear();
        Issue b = a;
        QVERIFY(store->insert(QList<Issue>{a, b}));
        auto rows = store->query({});
        QVERIFY(rows);
        // Without an external id nothing can be recognised as a replay: both are kept, each unique.
        QCOMPARE(rows->size(), 2);
        QVERIFY(!(*rows)[0].id.isNull() && !(*rows)[1].id.isNull());
        QVERIFY((*rows)[0].externalId != (*rows)[1].externalId);
    }

    void bulkLoaderSpreadsChunksAndReRunsIdempotently()
    {
        const QString url = m_pg.freshDatabase();
        const QList<Issue> issues = test::articleIssues(5000, 3);
        BulkLoader loader(url, {2, 700});
        std::atomic<qint64> lastProgress{0};
        std::atomic_bool wrongTotal{false};
        // Called from the loader's threads: record, and assert on this thread afterwards.
        auto first = loader.load(issues, [&](qint64 done, qint64 total) {
            wrongTotal = wrongTotal || total != 5000;
            lastProgress = std::max<qint64>(lastProgress, done);
        });
        QVERIFY(!wrongTotal);
        QVERIFY2(first, qPrintable(first.error().message));
        QCOMPARE(first->inserted, 5000);
        QCOMPARE(lastProgress.load(), 5000);
        auto again = loader.load(issues);
        QVERIFY(again);
        QCOMPARE(again->inserted, 0);
        QCOMPARE(*openStore(url)->count(), 5000);

        std::atomic_bool cancel{true};
        auto cancelled = BulkLoader(m_pg.freshDatabase(), {2, 700}).load(issues, {}, &cancel);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, Error::Code::Cancelled);
    }

    void insertNewCopiesStraightAndFallsBackOnConflict()
    {
        auto store = openStore(m_pg.freshDatabase());
        const QList<Issue> issues = test::articleIssues(300, 5);
        auto first = store->insertNew(issues.mid(0, 200));
        QVERIFY2(first, qPrintable(first.error().message));
        QCOMPARE(first->inserted, 200);
        // Half already stored: the straight COPY fails as a whole, the deduplicating path keeps
        // the stored half and adds the rest.
        auto overlap = store->insertNew(issues.mid(100, 200));
        QVERIFY2(overlap, qPrintable(overlap.error().message));
        QCOMPARE(overlap->inserted, 100);
        QCOMPARE(*store->count(), 300);
        // The same reports under new ids are still recognised by (source, external_id).
        QList<Issue> renamed = issues.mid(0, 10);
        for (Issue &i : renamed)
            i.id = QUuid::createUuid();
        auto again = store->insertNew(renamed);
        QVERIFY(again);
        QCOMPARE(again->inserted, 0);
        // Without ids the server has to make them: insertNew takes the staging path.
        Issue anonymous = test::articleIssue(777, 9);
        anonymous.id = QUuid();
        auto filled = store->insertNew(std::span<const Issue>(&anonymous, 1));
        QVERIFY(filled);
        QCOMPARE(filled->inserted, 1);
        QCOMPARE(*store->count(), 301);
    }

    void everyFieldRoundTrips()
    {
        auto store = openStore(m_pg.freshDatabase());
        Issue issue = test::articleIssue(42);
        issue.id = QUuid::createUuid();
        issue.title = QStringLiteral("Tab\there, newline\nthere, backslash \\ and \"quotes\" — ünïcode");
        issue.relatedTxHashes = {QStringLiteral("0xabc"), QStringLiteral("with,comma"),
                                 QStringLiteral("q\"uote")};
        issue.clusterId = 17;
        issue.resolutionCategory = QStringLiteral("oracle_config");
        issue.actualLossUsd = 1234.5;
        issue.sourceUrl = QStringLiteral("https://github.com/org/repo/issues/42#issuecomment-7");
        QVERIFY(store->insert(std::span<const Issue>(&issue, 1)));
        auto fetched = store->fetch(issue.id);
        QVERIFY(fetched);
        QVERIFY(fetched->has_value());
        Issue back = **fetched;
        QVERIFY(back.receivedAt.isValid());
        back.receivedAt = issue.receivedAt;
        QCOMPARE(back.title, issue.title);
        QCOMPARE(back.relatedTxHashes, issue.relatedTxHashes);
        QCOMPARE(back.context, issue.context);
        QCOMPARE(back.reportedAt, issue.reportedAt);
        QCOMPARE(back.estimatedLossUsd, issue.estimatedLossUsd);
        QVERIFY(back == issue);

        auto missing = store->fetch(QUuid::createUuid());
        QVERIFY(missing);
        QVERIFY(!missing->has_value());
    }

    void onlyLinksAreStoredAsSourceUrls()
    {
        // Both COPY paths (staging and straight) store a link SourceLink accepts and NULL for the rest.
        auto store = openStore(m_pg.freshDatabase());
        const QStringList urls{QStringLiteral("https://app.datadoghq.com/event/event?id=1"),
                               QStringLiteral("javascript:alert(1)"), QStringLiteral("file:///etc/passwd"),
                               QString()};
        QList<Issue> issues;
        for (int n = 0; n < urls.size(); ++n) {
            Issue i = test::articleIssue(900 + n, 3);
            i.id = QUuid::createUuid();
            i.sourceUrl = urls[n];
            issues << i;
        }
        QVERIFY(store->insert(std::span<const Issue>(issues.constData(), 2)));
        QVERIFY(store->insertNew(std::span<const Issue>(issues.constData() + 2, 2)));
        for (int n = 0; n < urls.size(); ++n) {
            auto back = store->fetch(issues[n].id);
            QVERIFY(back && back->has_value());
            QCOMPARE((*back)->sourceUrl, n == 0 ? urls[0] : QString());
        }
    }

    void queriesFilterByWindowTypeSeverityProtocolAndText()
    {
        auto store = openStore(m_pg.freshDatabase());
        const QList<Issue> issues = test::articleIssues(2000);
        QVERIFY(store->insert(issues));

        IssueQuery q;
        q.from = issues[100].reportedAt;
        q.to = issues[600].reportedAt;
        q.types = {QStringLiteral("oracle_failure"), QStringLiteral("peg_deviation")};
        q.minSeverity = 3;
        q.protocols = {QStringLiteral("curve")};
        q.openOnly = true;
        auto rows = store->query(q);
        QVERIFY2(rows, qPrintable(rows.error().message));
        int expected = 0;
        for (int n = 100; n < 600; ++n) {
            const Issue &i = issues[n];
            expected += q.types.contains(i.issueType) && i.severityLevel >= 3 &&
                        i.protocol == QLatin1String("curve") && !i.resolvedAt.isValid();
        }
        QVERIFY(expected > 0);
        QCOMPARE(rows->size(), expected);
        for (const Issue &i : *rows) {
            QVERIFY(i.reportedAt >= q.from && i.reportedAt < q.to);
            QVERIFY(q.types.contains(i.issueType));
        }

        IssueQuery text;
        text.text = QStringLiteral("block 18000777");
        auto found = store->query(text);
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().externalId, issues[777].externalId);

        IssueQuery exact;
        exact.ids = {issues[5].id, issues[1500].id, QUuid::createUuid()};
        auto picked = store->query(exact);
        QVERIFY(picked);
        QCOMPARE(picked->size(), 2);
        QCOMPARE(picked->first().id, issues[1500].id); // newest first

        IssueQuery wildcard;
        wildcard.text = QStringLiteral("100%_");
        auto none = store->query(wildcard);
        QVERIFY(none);
        QCOMPARE(none->size(), 0);
    }

    void auditedChangesAppendAVerifiableChain()
    {
        auto store = openStore(m_pg.freshDatabase());
        const QList<Issue> issues = test::articleIssues(3);
        QVERIFY(store->insert(issues));
        const QUuid id = store->query({})->first().id;
        QVERIFY(store->acknowledge(id, QStringLiteral("on it")));
        QVERIFY(store->annotate(id, QStringLiteral("stale Chainlink round during gas spike")));
        QVERIFY(store->resolve(id, QStringLiteral("oracle_config"), true, 2500.0));

        const Issue after = **store->fetch(id);
        QCOMPARE(after.acknowledgedBy, QStringLiteral("pegboard"));
        QVERIFY(after.isResolved());
        QVERIFY(after.preventionImplemented);
        QCOMPARE(after.actualLossUsd, std::optional<double>(2500.0));
        QCOMPARE(after.resolutionCategory, QStringLiteral("oracle_config"));

        auto trail = store->auditTrail(id);
        QVERIFY(trail);
        QCOMPARE(trail->size(), 3);
        QCOMPARE((*trail)[0].action, QStringLiteral("acknowledge"));
        QCOMPARE((*trail)[2].action, QStringLiteral("resolve"));
        QCOMPARE(store->annotations(id)->size(), 1);
        QCOMPARE(*store->verifyAuditChain(), std::optional<qint64>());

        // Tampering behind the database's back (a superuser switching off the guard) is detected
        // at the row that was changed.
        m_pg.exec(store->url(), QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only; "
                                               "UPDATE audit_log SET actor = 'mallory' WHERE id = %1; "
                                               "ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;")
                                    .arg((*trail)[1].id));
        QCOMPARE(*store->verifyAuditChain(), std::optional<qint64>((*trail)[1].id));
    }

    void changesToMissingIssuesAreTypedErrors()
    {
        auto store = openStore(m_pg.freshDatabase());
        auto ack = store->acknowledge(QUuid::createUuid());
        QVERIFY(!ack);
        QCOMPARE(ack.error().code, Error::Code::NotFound);
        auto note = store->annotate(QUuid::createUuid(), QStringLiteral("   "));
        QVERIFY(!note);
        QCOMPARE(note.error().code, Error::Code::InvalidInput);
        // A failed statement must not poison the session for the next call.
        QVERIFY(store->count());
    }

    void aRunningQueryCanBeCancelledFromAnotherThread()
    {
        const QString url = m_pg.freshDatabase();
        auto store = openStore(url);
        std::atomic_bool cancelled{false};
        std::atomic_bool finished{false};
        std::thread worker([&] {
            try {
                pqxx::nontransaction tx(store->connection());
                tx.exec("SELECT pg_sleep(60)");
            } catch (const pqxx::sql_error &e) {
                cancelled = QString::fromUtf8(e.what()).contains(QLatin1String("cancel"));
            }
            finished = true;
        });
        // Wait until the server is actually running the statement, then cancel it from here.
        pqxx::connection observer(url.toStdString());
        QTRY_VERIFY_WITH_TIMEOUT(
            pqxx::nontransaction(observer)
                    .exec1("SELECT count(*) FROM pg_stat_activity WHERE query = 'SELECT pg_sleep(60)' "
                           "AND state = 'active'")[0]
                    .as<int>() == 1,
            10000);
        QElapsedTimer clock;
        clock.start();
        store->cancelRunningQuery();
        QTRY_VERIFY_WITH_TIMEOUT(finished.load(), 10000);
        worker.join();
        QVERIFY(cancelled);
        QVERIFY(clock.elapsed() < 10000);
        QVERIFY(store->count()); // the session is still usable
    }

    void reconnectsAfterTheServerRestarts()
    {
        auto store = openStore(m_pg.freshDatabase());
        QVERIFY(store->insert(test::articleIssues(10)));
        QVERIFY(m_pg.cluster().kill());
        auto during = store->count();
        QVERIFY(!during);
        QCOMPARE(during.error().code, Error::Code::Unreachable);
        QVERIFY(m_pg.cluster().start());
        auto after = store->count();
        QVERIFY2(after, qPrintable(after.error().message));
        QCOMPARE(*after, 10);
    }
};

QTEST_GUILESS_MAIN(TestIssueStore)
#include "tst_issuestore.moc"
