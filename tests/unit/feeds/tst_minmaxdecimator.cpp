#include "feeds/minmaxdecimator.h"

#include <QTest>
#include <cmath>

using namespace pegboard;

class TestMinMaxDecimator : public QObject
{
    Q_OBJECT

private slots:
    void millionPointsBoundedAndExtremesKept()
    {
        std::vector<SeriesPoint> points(1000000);
        for (int i = 0; i < int(points.size()); ++i)
            points[size_t(i)] = {qint64(i), 1.0 + 0.001 * std::sin(i / 5000.0)};
        points[123456].value = 0.95; // a one-sample spike must survive decimation
        points[654321].value = 1.05;
        const auto segments = MinMaxDecimator::decimate(points, 0, 1000000, 800);
        QCOMPARE(segments.size(), 1u);
        QVERIFY2(segments[0].size() <= 4 * 800 + 2, qPrintable(QString::number(segments[0].size())));
        QVERIFY(segments[0].size() >= 800);
        double lo = 2, hi = 0;
        for (const QPointF &p : segments[0]) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
        QCOMPARE(lo, 0.95);
        QCOMPARE(hi, 1.05);
        for (size_t i = 1; i < segments[0].size(); ++i)
            QVERIFY(segments[0][i].x() >= segments[0][i - 1].x());
    }

    void gapsSplitSegments()
    {
        std::vector<SeriesPoint> points;
        for (int i = 0; i < 100; ++i)
            points.push_back({i * 1000, 1.0});
        for (int i = 200; i < 300; ++i)
            points.push_back({i * 1000, 0.99, std::nan(""), i == 200});
        const auto segments = MinMaxDecimator::decimate(points, 0, 300000, 50);
        QCOMPARE(segments.size(), 2u);
        QVERIFY(segments[0].back().x() < 100000);
        QCOMPARE(segments[1].front().x(), 200000.0);
    }

    void visibleWindowOnlyAndNanSkipped()
    {
        std::vector<SeriesPoint> points;
        for (int i = 0; i < 1000; ++i)
            points.push_back({i * 10, 1.0, i < 500 ? std::nan("") : -5.0});
        const auto zoomed =
            MinMaxDecimator::decimate(points, 5000, 6000, 10, MinMaxDecimator::Value::RollingBps);
        QCOMPARE(zoomed.size(), 1u);
        QVERIFY(zoomed[0].front().x() >= 4990);
        QVERIFY(zoomed[0].back().x() <= 6010);
        QCOMPARE(zoomed[0].front().y(), -5.0);
        const auto early = MinMaxDecimator::decimate(points, 0, 4000, 10, MinMaxDecimator::Value::RollingBps);
        QVERIFY(early.empty());
        QVERIFY(MinMaxDecimator::decimate({}, 0, 10, 10).empty());
        QVERIFY(MinMaxDecimator::decimate(points, 10, 10, 10).empty());
    }
};

QTEST_GUILESS_MAIN(TestMinMaxDecimator)
#include "tst_minmaxdecimator.moc"
