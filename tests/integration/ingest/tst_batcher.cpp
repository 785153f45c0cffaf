#include "ingest/batcher.h"
#include "ingest/issuecodec.h"
#include "ingest/spool.h"
#include "issuefactory.h"
#include "store/issuestore.h"
#include "testcluster.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pegboard;

namespace {
QByteArray record(int n, int severity)
{
    Issue issue = test::articleIssue(n);
    issue.severityLevel = severity;
    issue.source = QStringLiteral("test");
    issue.externalId = QStringLiteral("b-%1").arg(n);
    return IssueCodec::encode(issue);
}
} // namespace

class TestBatcher : public QObject
{
    Q_OBJECT
    test::TestCluster m_pg;

    qint64 count(const QString &url)
    {
        auto store = IssueStore::open(url);
        if (!store)
            return -1;
        auto n = (*store)->count();
        return n ? *n : -1;
    }

private slots:
    void initTestCase() { QVERIFY2(m_pg.start(), qPrintable(m_pg.error())); }

    void severeReportsAtOnceOthersInBatches()
    {
        const QString url = m_pg.freshDatabase();
        QTemporaryDir dir;
        auto spool = Spool::open(dir.path());
        QVERIFY(spool);
        Batcher batcher(url, **spool, {5, 60000, 2000, 5000});
        // Three low-severity reports: below the batch size, the interval is a minute away.
        QVERIFY((*spool)->append({record(1, 2), record(2, 1), record(3, 3)}));
        batcher.notifyAppended();
        QTest::qWait(300); // a negative check: nothing may arrive in this time
        QCOMPARE(count(url), 0);
        // A severity-5 report goes at once, taking the waiting ones with it.
        QVERIFY((*spool)->append({record(4, 5)}));
        batcher.notifyAppended();
        QTRY_COMPARE(count(url), 4);
        QTRY_COMPARE((*spool)->pendingRecords(), 0);
        QVERIFY(batcher.lastFlush().isValid());
        // Reaching the batch size flushes too.
        QList<QByteArray> five;
        for (int i = 10; i < 15; ++i)
            five.append(record(i, 1));
        QVERIFY((*spool)->append(five));
        batcher.notifyAppended();
        QTRY_COMPARE(count(url), 9);
    }

    void intervalFlushesAndReplayedSpoolDoesNotDuplicate()
    {
        const QString url = m_pg.freshDatabase();
        QTemporaryDir dir;
        {
            auto spool = Spool::open(dir.path());
            Batcher batcher(url, **spool, {50, 200, 2000, 5000});
            QVERIFY((*spool)->append({record(1, 1), record(2, 1)}));
            batcher.notifyAppended();
            QTRY_COMPARE(count(url), 2);
        }
        // The checkpoint is lost (as after a crash right after the insert): the spool drains again.
        QFile checkpoint(dir.path() + QStringLiteral("/checkpoint"));
        QVERIFY(checkpoint.open(QIODevice::WriteOnly | QIODevice::Truncate));
        checkpoint.close();
        auto spool = Spool::open(dir.path());
        QCOMPARE((*spool)->pendingRecords(), 2);
        Batcher batcher(url, **spool, {50, 200, 2000, 5000});
        QTRY_COMPARE((*spool)->pendingRecords(), 0);
        QCOMPARE(count(url), 2);
    }

    void storeDownReportsWaitInSpoolAndDrainInOrder()
    {
        const QString url = m_pg.freshDatabase();
        QTemporaryDir dir;
        auto spool = Spool::open(dir.path());
        Batcher batcher(url, **spool, {1, 100, 2000, 300});
        QVERIFY((*spool)->append({record(1, 5)}));
        batcher.notifyAppended();
        QTRY_COMPARE(count(url), 1);
        QVERIFY(batcher.storeReachable());
        QVERIFY(m_pg.cluster().kill());
        QVERIFY((*spool)->append({record(2, 5), record(3, 4)}));
        batcher.notifyAppended();
        QTRY_VERIFY(!batcher.storeReachable());
        QCOMPARE((*spool)->pendingRecords(), 2);
        QVERIFY(m_pg.cluster().start());
        QTRY_COMPARE_WITH_TIMEOUT((*spool)->pendingRecords(), 0, 20000);
        QCOMPARE(count(url), 3);
        QVERIFY(batcher.storeReachable());
    }

    void poisonRecordsAreBisectedOutAndTheRestStored()
    {
        // Records written to the spool directly, past the door's checks (as an older collector
        // or a bug might have): each one fails a whole batch in the store with a data error.
        const QString url = m_pg.freshDatabase();
        QTemporaryDir dir;
        auto spool = Spool::open(dir.path());
        QVERIFY(spool);
        QList<QByteArray> records;
        QList<int> poisoned;
        const auto poison = [&](int n, const std::function<void(Issue &)> &spoil) {
            Issue issue = test::articleIssue(n);
            issue.severityLevel = 1;
            issue.source = QStringLiteral("test");
            issue.externalId = QStringLiteral("b-%1").arg(n);
            spoil(issue);
            records.append(IssueCodec::encode(issue));
            poisoned.append(n);
        };
        for (int n = 0; n < 60; ++n) {
            switch (n) {
            case 3:
                poison(n, [](Issue &i) { i.title = QStringLiteral("a") + QChar(0) + QStringLiteral("b"); });
                break;
            case 11:
                poison(n, [](Issue &i) { i.estimatedLossUsd = 1e20; });
                break;
            case 12:
                poison(n, [](Issue &i) { i.reporterAddress = QString(60, QLatin1Char('r')); });
                break;
            case 29:
                poison(n, [](Issue &i) { i.issueType = QString(60, QLatin1Char('t')); });
                break;
            case 30:
                poison(n, [](Issue &i) {
                    i.context.priceContext.insert(QStringLiteral("note"), QStringLiteral("x") + QChar(0));
                });
                break;
            case 47:
                poison(n, [](Issue &i) { i.reportedAt = QDateTime(QDate(-5, 1, 1), QTime(0, 0), Qt::UTC); });
                break;
            case 48:
                records.append("not a spool record at all");
                break;
            default:
                records.append(record(n, 1));
            }
        }
        QVERIFY((*spool)->append(records));
        Batcher batcher(url, **spool, {100, 100, 2000, 5000});
        QTRY_COMPARE_WITH_TIMEOUT((*spool)->pendingRecords(), 0, 20000);
        QCOMPARE(count(url), 60 - poisoned.size() - 1);
        QCOMPARE(batcher.rejected(), poisoned.size() + 1);
        QCOMPARE(batcher.storeState(), Batcher::StoreState::Up);
        QFile log(dir.path() + QStringLiteral("/rejected.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = log.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), poisoned.size() + 1);
        QStringList ids;
        for (const QByteArray &line : lines) {
            const QJsonObject entry = QJsonDocument::fromJson(line).object();
            QVERIFY2(!entry.value(QStringLiteral("reason")).toString().isEmpty(), line.constData());
            QVERIFY(!entry.value(QStringLiteral("record")).toString().isEmpty());
            if (entry.contains(QStringLiteral("external_id")))
                ids << entry.value(QStringLiteral("external_id")).toString();
        }
        for (int n : poisoned)
            QVERIFY2(ids.contains(QStringLiteral("b-%1").arg(n)), qPrintable(ids.join(u',')));
        // And the queue goes on.
        QVERIFY((*spool)->append({record(100, 2)}));
        batcher.notifyAppended();
        QTRY_COMPARE_WITH_TIMEOUT(count(url), 60 - poisoned.size(), 5000);
    }
};

QTEST_GUILESS_MAIN(TestBatcher)
#include "tst_batcher.moc"
