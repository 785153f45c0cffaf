#include "issuefactory.h"
#include "store/changepoller.h"
#include "store/issuestore.h"
#include "testcluster.h"

#include <QTest>
#include <pqxx/pqxx>

using namespace pegboard;

// The watermark logic behind a standby console's live updates, on a real PostgreSQL: what counts
// as new, transactions that commit out of order, the anchor moving up, and audited changes.
class TestChangePoller : public QObject
{
    Q_OBJECT
    test::TestCluster m_pg;

    static void insertRow(pqxx::transaction_base &tx, const std::string &externalId,
                          const std::string &receivedAt = "now()")
    {
        tx.exec("INSERT INTO stablecoin_issues (issue_type, severity_level, reported_timestamp, source, "
                "external_id, received_at) VALUES ('peg_deviation', 3, now(), 'test', " +
                tx.quote(externalId) + ", " + receivedAt + ")");
    }

private slots:
    void initTestCase() { QVERIFY2(m_pg.start(), qPrintable(m_pg.error())); }

    void countsOnlyWhatArrivesAfterPriming()
    {
        const QString url = m_pg.freshDatabase();
        auto store = IssueStore::open(url);
        QVERIFY((*store)->insert(test::articleIssues(5, 1)));
        pqxx::connection c(url.toStdString());
        ChangePoller poller;
        QVERIFY(poller.prime(c));
        auto nothing = poller.poll(c);
        QVERIFY(nothing);
        QCOMPARE(nothing->inserted, 0);
        QVERIFY(!nothing->inRecovery); // a primary

        const QList<Issue> issues = test::articleIssues(3, 2);
        QVERIFY((*store)->insert(issues));
        auto three = poller.poll(c);
        QVERIFY(three);
        QCOMPARE(three->inserted, 3);
        QCOMPARE(three->from, issues.first().reportedAt);
        QCOMPARE(three->to, issues.last().reportedAt);
        // Counted once.
        QCOMPARE(poller.poll(c)->inserted, 0);
    }

    void aTransactionThatCommitsLateIsStillCounted()
    {
        const QString url = m_pg.freshDatabase();
        pqxx::connection c(url.toStdString());
        ChangePoller poller;
        QVERIFY(poller.prime(c));

        // Started first (its received_at, now(), is its start), committed last. Its row goes in only
        // after the other's commit: inserts take the evidence log's lock (migration 0004) until
        // they commit, so two open inserting transactions would wait on each other here.
        pqxx::connection slowConnection(url.toStdString());
        pqxx::work slow(slowConnection);
        slow.exec("SELECT now()");
        {
            pqxx::connection fastConnection(url.toStdString());
            pqxx::work fast(fastConnection);
            insertRow(fast, "fast");
            fast.commit();
        }
        auto first = poller.poll(c);
        QVERIFY(first);
        QCOMPARE(first->inserted, 1);
        insertRow(slow, "slow");
        slow.commit();
        auto second = poller.poll(c);
        QVERIFY(second);
        QCOMPARE(second->inserted, 1); // older than the newest row seen, and still announced
    }

    void theAnchorMovesUpAndKeepsCounting()
    {
        const QString url = m_pg.freshDatabase();
        pqxx::connection c(url.toStdString());
        ChangePoller poller;
        QVERIFY(poller.prime(c));
        const qint64 lookbackS = ChangePoller::LookbackMicros / 1'000'000;
        // Rows far apart in received_at, as hours of an incident would be.
        for (int i = 1; i <= 4; ++i) {
            pqxx::work tx(c);
            insertRow(tx, "later-" + std::to_string(i),
                      "now() + interval '" + std::to_string(i * 3 * lookbackS) + " seconds'");
            tx.commit();
            auto changes = poller.poll(c);
            QVERIFY2(changes, qPrintable(changes.error().message));
            QCOMPARE(changes->inserted, 1);
        }
        QCOMPARE(poller.poll(c)->inserted, 0);
        // A row within the lookback of the newest one is still counted.
        {
            pqxx::work tx(c);
            insertRow(tx, "recent", "now() + interval '" + std::to_string(12 * lookbackS - 2) + " seconds'");
            tx.commit();
        }
        QCOMPARE(poller.poll(c)->inserted, 1);
    }

    void auditedChangesNameTheirReports()
    {
        const QString url = m_pg.freshDatabase();
        auto store = IssueStore::open(url);
        const QList<Issue> issues = test::articleIssues(3, 3);
        QVERIFY((*store)->insert(issues));
        pqxx::connection c(url.toStdString());
        ChangePoller poller;
        QVERIFY(poller.prime(c));
        QVERIFY((*store)->acknowledge(issues[0].id));
        QVERIFY((*store)->annotate(issues[2].id, QStringLiteral("looked at it")));
        auto changes = poller.poll(c);
        QVERIFY(changes);
        QCOMPARE(changes->changed.size(), 2);
        QVERIFY(changes->changed.contains(issues[0].id));
        QVERIFY(changes->changed.contains(issues[2].id));
        QVERIFY(poller.poll(c)->changed.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChangePoller)
#include "tst_changepoller.moc"
