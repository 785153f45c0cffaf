#include "domain/feedseries.h"
#include "feeds/feedhub.h"
#include "feeds/feedrecorder.h"
#include "store/feedsamplestore.h"
#include "testcluster.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace pegboard;

class TestFeedRecorder : public QObject
{
    Q_OBJECT
    test::TestCluster m_pg;

private slots:
    void initTestCase() { QVERIFY2(m_pg.start(), qPrintable(m_pg.error())); }

    void hubRecordsInBatchesOffTheCallingThread()
    {
        const QString url = m_pg.freshDatabase();
        FeedHub hub;
        FeedRecorder recorder(url);
        recorder.setBatch(250, 50);
        hub.setRecorder(&recorder);
        const qint64 t0 = 1753951522000;
        for (int chunk = 0; chunk < 12; ++chunk) {
            std::vector<FeedSample> batch;
            for (int i = 0; i < 100; ++i) {
                const qint64 ts = t0 + (chunk * 100 + i) * 1000;
                batch.push_back({FeedSeries::price(QStringLiteral("USDC")), ts, 0.999, false});
            }
            hub.ingest(batch);
        }
        QTRY_COMPARE(recorder.recorded(), 1200);
        QVERIFY(recorder.lastWriterThread() != nullptr);
        QVERIFY(recorder.lastWriterThread() != QThread::currentThreadId());

        auto store = FeedSampleStore::open(url);
        QVERIFY(store);
        auto rows = (*store)->range({FeedSeries::price(QStringLiteral("USDC"))}, t0, t0 + 1200 * 1000);
        QVERIFY2(rows, qPrintable(rows.error().message));
        QCOMPARE(rows->size(), 1200u);
        QCOMPARE(rows->back().timestampMs, t0 + 1199 * 1000);
        QCOMPARE(recorder.dropped(), 0);
    }

    void unreachableStoreKeepsBoundedQueueAndReportsError()
    {
        FeedRecorder recorder(QStringLiteral("postgresql:///x?host=/nonexistent-pegboard"));
        recorder.setBatch(10, 20);
        recorder.setMaxPending(50);
        QSignalSpy failed(&recorder, &FeedRecorder::failed);
        std::vector<FeedSample> batch;
        for (int i = 0; i < 80; ++i)
            batch.push_back({FeedSeries::GasGwei, 1753951522000 + i, 20.0, false});
        recorder.enqueue(batch);
        QTRY_VERIFY(failed.count() > 0);
        QVERIFY(!recorder.lastError().isEmpty());
        QCOMPARE(recorder.recorded(), 0);
        QCOMPARE(recorder.dropped(), 30);
    }
};

QTEST_GUILESS_MAIN(TestFeedRecorder)
#include "tst_feedrecorder.moc"
