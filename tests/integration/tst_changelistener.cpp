#include "issuefactory.h"
#include "store/changelistener.h"
#include "store/issuestore.h"
#include "testcluster.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace pegboard;

class TestChangeListener : public QObject
{
    Q_OBJECT
    test::TestCluster m_pg;

private slots:
    void initTestCase() { QVERIFY2(m_pg.start(), qPrintable(m_pg.error())); }

    void oneNotificationPerInsertBatch()
    {
        const QString url = m_pg.freshDatabase();
        ChangeListener listener(url);
        QSignalSpy inserted(&listener, &ChangeListener::issuesInserted);
        listener.start();
        QTRY_VERIFY(listener.isConnected());

        auto store = IssueStore::open(url);
        const QList<Issue> issues = test::articleIssues(1000);
        QElapsedTimer latency;
        latency.start();
        QVERIFY((*store)->insert(issues));
        QVERIFY(inserted.wait(5000));
        qInfo("notification latency: %lld ms", latency.elapsed());
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(0).toLongLong(), 1000);
        QCOMPARE(inserted.first().at(1).toDateTime(), issues.first().reportedAt);
        QCOMPARE(inserted.first().at(2).toDateTime(), issues.last().reportedAt);

        // A replay inserts nothing and so notifies nothing; a later real insert does.
        QVERIFY((*store)->insert(issues));
        QVERIFY((*store)->insert(test::articleIssues(1, 5)));
        QVERIFY(inserted.wait(5000));
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.last().at(0).toLongLong(), 1);
    }

    void auditedChangesNotify()
    {
        const QString url = m_pg.freshDatabase();
        auto store = IssueStore::open(url);
        QVERIFY((*store)->insert(test::articleIssues(2)));
        const QUuid id = (*store)->query({})->first().id;
        ChangeListener listener(url);
        QSignalSpy changed(&listener, &ChangeListener::issueChanged);
        listener.start();
        QTRY_VERIFY(listener.isConnected());
        QVERIFY((*store)->acknowledge(id));
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.first().at(0).toUuid(), id);
    }

    void reportsALostConnectionAndRecovers()
    {
        const QString url = m_pg.freshDatabase();
        ChangeListener listener(url);
        QSignalSpy lost(&listener, &ChangeListener::connectionLost);
        QSignalSpy restored(&listener, &ChangeListener::connectionRestored);
        QSignalSpy inserted(&listener, &ChangeListener::issuesInserted);
        listener.start();
        QTRY_VERIFY(listener.isConnected());
        QVERIFY(m_pg.cluster().kill());
        QVERIFY(lost.wait(5000));
        QVERIFY(m_pg.cluster().start());
        QVERIFY(restored.wait(15000));
        auto store = IssueStore::open(url);
        QVERIFY((*store)->insert(test::articleIssues(3)));
        QVERIFY(inserted.wait(5000));
    }

    void aStoreDownAtStartIsReportedOnceThenRestored()
    {
        const QString url = m_pg.freshDatabase();
        QVERIFY(m_pg.cluster().kill());
        ChangeListener listener(url);
        QSignalSpy lost(&listener, &ChangeListener::connectionLost);
        QSignalSpy restored(&listener, &ChangeListener::connectionRestored);
        QSignalSpy connected(&listener, &ChangeListener::connectedChanged);
        QElapsedTimer down;
        down.start();
        listener.start();
        // Retried with backoff (250 ms, 500 ms, 1 s…) while it stays down: one notice, not one per try.
        QTRY_VERIFY_WITH_TIMEOUT(down.elapsed() >= 2500, 5000);
        QCOMPARE(lost.count(), 1);
        QVERIFY(!listener.isConnected());
        QVERIFY(m_pg.cluster().start());
        QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 15000);
        QVERIFY(listener.isConnected());
        QVERIFY(!listener.isPolling()); // a primary: LISTEN
        QCOMPARE(connected.count(), 1);
        QCOMPARE(lost.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestChangeListener)
#include "tst_changelistener.moc"
