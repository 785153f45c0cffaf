#include "domain/feedseries.h"
#include "domain/numberformat.h"
#include "feeds/feedclient.h"
#include "feeds/feedhub.h"
#include "feeds/feedscenario.h"
#include "feeds/feedsimserver.h"
#include "feeds/pegboardjsonadapter.h"
#include "pegchartview.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

using namespace pegboard;

namespace {
const qint64 T0 = 1753951522000;

// A depeg from the scenario model at 1,000,000 points through FeedHub (which computes the rolling
// average and marks gaps), with the feed silent for two minutes in the middle of the slide.
std::vector<SeriesPoint> depegPoints(int count, qint64 *gapFromMs)
{
    const auto depeg = *FeedScenario::named(QStringLiteral("depeg"));
    FeedHub hub;
    hub.setCapacity(count);
    hub.setExpectedInterval(10);
    const double stepS = 1000.0 / count; // 1000 scenario seconds
    *gapFromMs = T0 + 300 * 1000;
    std::vector<FeedSample> samples;
    samples.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        const double t = i * stepS;
        const qint64 ts = T0 + qint64(t * 1000);
        if (ts >= *gapFromMs && ts < *gapFromMs + 120 * 1000)
            continue;
        samples.push_back({FeedSeries::price(QStringLiteral("USDC")), ts, depeg.at(t).price, false});
    }
    hub.ingest(samples);
    return hub.points(FeedSeries::price(QStringLiteral("USDC")), 0, nullptr);
}
} // namespace

class TestPegChartView : public QObject
{
    Q_OBJECT

private slots:
    void millionPointsDecimatedWithGapAndReadout()
    {
        qint64 gapFrom = 0;
        const auto points = depegPoints(1000000, &gapFrom);
        QVERIFY(points.size() > 800000);

        PegChartView view;
        view.resize(1200, 560);
        view.setSymbol(QStringLiteral("USDC"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.appendPoints(points);
        view.showAll();

        QElapsedTimer timer;
        timer.start();
        view.redrawNow();
        const qint64 redrawMs = timer.elapsed();
        qInfo("redraw of %zu points: %lld ms, %lld drawn", points.size(), redrawMs,
              qint64(view.drawnPointCount()));
        // Min/max per pixel column: two lines, at most ~4 points per column each, plus segment ends.
        QVERIFY2(view.drawnPointCount() <= 2 * (4 * 1200 + 8),
                 qPrintable(QString::number(view.drawnPointCount())));
        QVERIFY(view.drawnPointCount() > 1000);
        QCOMPARE(view.drawnSegmentCount(), 2); // the silence is a gap, not a line across it
        QVERIFY(!view.isFollowing());

        // Hover in the middle of the plot reads out the nearest real point.
        QTest::mouseMove(view.viewport(), QPoint(600, 250));
        QTRY_VERIFY(!view.readout().isEmpty());
        QVERIFY(view.readout().contains(QLatin1String("USD")));
        QVERIFY(view.readout().contains(QLatin1String("bps")));

        const QString dir = qEnvironmentVariable("PEGBOARD_TEST_ARTIFACTS", QDir::tempPath());
        QDir().mkpath(dir);
        QVERIFY(view.grab().save(dir + QStringLiteral("/pegchartview.png")));
    }

    void keyboardZoomPanPauseFollow()
    {
        PegChartView view;
        view.resize(800, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        std::vector<SeriesPoint> points;
        for (int i = 0; i < 3600; ++i)
            points.push_back({T0 + i * 1000, 1.0 - i * 1e-6});
        view.appendPoints(points);
        view.redrawNow();
        QVERIFY(view.isFollowing());
        QCOMPARE(view.viewToMs(), T0 + 3599 * 1000);
        QCOMPARE(view.viewToMs() - view.viewFromMs(), 10 * 60 * 1000); // default live window

        const qint64 span = view.viewToMs() - view.viewFromMs();
        QTest::keyClick(&view, Qt::Key_Plus);
        QVERIFY(view.viewToMs() - view.viewFromMs() < span);
        QVERIFY(!view.isFollowing());
        const qint64 from = view.viewFromMs();
        QTest::keyClick(&view, Qt::Key_Left);
        QVERIFY(view.viewFromMs() < from);

        QTest::keyClick(&view, Qt::Key_Space);
        QVERIFY(view.isPaused());
        const qint64 pausedTo = view.viewToMs();
        view.appendPoints({{T0 + 4000 * 1000, 0.99}});
        QTest::qWait(120); // two redraw periods: a paused view must not move
        QCOMPARE(view.viewToMs(), pausedTo);

        QTest::keyClick(&view, Qt::Key_End);
        QVERIFY(!view.isPaused());
        QVERIFY(view.isFollowing());
        QCOMPARE(view.viewToMs(), T0 + 4000 * 1000);

        QTest::keyClick(&view, Qt::Key_Home);
        QCOMPARE(view.viewFromMs(), T0);
        // Out-of-order points are not drawn as real.
        view.appendPoints({{T0 + 10, 5.0}});
        view.redrawNow();
        QVERIFY(view.readout().isEmpty() || !view.readout().contains(NumberFormat::price(5.0)));
    }

    void liveDepegFromSimulatorWithGap()
    {
        // The whole live path in one process: feed-sim's server → FeedClient → FeedHub → chart.
        FeedSimServer sim(*FeedScenario::named(QStringLiteral("depeg")), FeedSimServer::Format::Pegboard,
                          150);
        sim.setTickInterval(10);
        auto port = sim.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        const QUrl url(QStringLiteral("ws://127.0.0.1:%1").arg(*port));
        FeedHub hub;
        // Samples are stamped with the wall clock (speed changes what happens, not when): one
        // arrives every tick, so a pause of a few ticks is a gap.
        hub.setExpectedInterval(50);
        FeedClient client(QStringLiteral("usdc"), std::make_unique<PegboardJsonAdapter>(), {url});
        client.setBackoff(10, 50);
        connect(&client, &FeedClient::samplesReceived, &hub, &FeedHub::ingest);
        PegChartView view;
        view.resize(1200, 560);
        view.setLiveWindow(15 * 60 * 1000);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        qint64 sequence = 0;
        const QString series = FeedSeries::price(QStringLiteral("USDC"));
        QTimer poll;
        connect(&poll, &QTimer::timeout, &view,
                [&] { view.appendPoints(hub.points(series, sequence, &sequence)); });
        poll.start(20);
        client.start();

        auto price = [&] { return hub.latest(series) ? hub.latest(series)->value : 1.0; };
        QTRY_VERIFY_WITH_TIMEOUT(price() < 0.985, 20000);
        // The feed goes quiet for a while (client down): the chart must show a gap, not a line.
        client.stop();
        QTest::qWait(800); // 800 ms of silence: 16 expected intervals
        client.start();
        QTRY_VERIFY_WITH_TIMEOUT(price() > 0.99 && hub.latest(series)->timestampMs > 0, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(view.drawnSegmentCount() >= 2, 5000);
        const auto rolling = hub.rollingDeviationBps(QStringLiteral("USDC"));
        QVERIFY(rolling && *rolling < -20); // the average still remembers the depeg

        const QString dir = qEnvironmentVariable("PEGBOARD_TEST_ARTIFACTS", QDir::tempPath());
        QDir().mkpath(dir);
        QVERIFY(view.grab().save(dir + QStringLiteral("/pegchartview_live_depeg.png")));
        client.stop();
    }
};

QTEST_MAIN(TestPegChartView)
#include "tst_pegchartview.moc"
