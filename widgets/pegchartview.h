#pragma once

#include "feeds/seriespoint.h"

#include <QChartView>
#include <memory>
#include <optional>
#include <vector>

class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QTimer;
class QValueAxis;

namespace pegboard {

class PegChartReadout;

// The live peg chart: price (left axis) and its deviation in bps (right axis, the same line read on
// a second scale), the 5-minute rolling average, warning and critical bands, gaps drawn as gaps.
// It only presents points handed to it; decimation to min/max per pixel column keeps a million
// points cheap to redraw. Wheel/drag or +/−/arrows zoom and pan, Space pauses, End follows live,
// Home shows everything; hovering reads out the nearest point.
class PegChartView : public QChartView
{
    Q_OBJECT
public:
    explicit PegChartView(QWidget *parent = nullptr);
    ~PegChartView() override;

    void setSymbol(const QString &symbol);
    void setThresholds(double warnBps, double criticalBps);
    // Width of the time window while following live (default 10 minutes).
    void setLiveWindow(qint64 ms);
    // Points kept (default 2,000,000); the oldest fall out.
    void setCapacity(size_t points) { m_capacity = points; }

    void appendPoints(const std::vector<SeriesPoint> &points);
    void clear();

    bool isPaused() const { return m_paused; }
    bool isFollowing() const { return m_following; }
    void setPaused(bool paused);
    void followLive();
    void showAll();
    void zoom(double factor, double anchorFraction = 0.5);
    void pan(double fraction);
    qint64 viewFromMs() const { return m_fromMs; }
    qint64 viewToMs() const { return m_toMs; }

    // Rebuilds the drawn series now (the view otherwise redraws at most 20 times a second).
    void redrawNow();
    // Points currently handed to Qt Charts across all line segments (decimation keeps this small).
    qsizetype drawnPointCount() const;
    int drawnSegmentCount() const { return m_segmentsInUse; }
    QString readout() const;
    // The price at a moment: the last point at or before it, if the chart holds one within maxGapMs.
    std::optional<double> valueAt(qint64 ms, qint64 maxGapMs = 10 * 60 * 1000) const;

signals:
    void pausedChanged(bool paused);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QLineSeries *segmentSeries(std::vector<QLineSeries *> &pool, size_t index, const QColor &color,
                               Qt::PenStyle style, const QString &name);
    void updateBands(double yMin, double yMax);
    void updateTitle();
    void showReadout(const QPointF &scenePos);

    std::vector<SeriesPoint> m_points;
    size_t m_capacity = 2000000;
    QString m_symbol = QStringLiteral("USDC");
    double m_warnBps = 50;
    double m_criticalBps = 100;
    qint64 m_liveWindowMs = 10 * 60 * 1000;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    bool m_paused = false;
    bool m_following = true;
    bool m_dirty = false;
    int m_segmentsInUse = 0;
    QPoint m_dragStart;
    qint64 m_dragFromMs = -1;

    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_priceAxis = nullptr;
    QValueAxis *m_bpsAxis = nullptr;
    std::vector<QLineSeries *> m_priceSeries;
    std::vector<QLineSeries *> m_averageSeries;
    QAreaSeries *m_warnBand = nullptr;
    QLineSeries *m_warnUpper = nullptr;
    QLineSeries *m_warnLower = nullptr;
    QLineSeries *m_criticalUpper = nullptr;
    QLineSeries *m_criticalLower = nullptr;
    std::unique_ptr<PegChartReadout> m_readout;
    QTimer *m_redrawTimer = nullptr;
};

} // namespace pegboard
