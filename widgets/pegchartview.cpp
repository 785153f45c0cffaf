#include "pegchartview.h"

#include "domain/numberformat.h"
#include "feeds/minmaxdecimator.h"
#include "pegchartreadout.h"

#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QKeyEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QTimer>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace pegboard {

namespace {
// Many tiny gaps must not create thousands of series; past this, the rest share the last one.
constexpr size_t MaxSegments = 256;
const QColor PriceColor(0x1f, 0x4e, 0x79);
const QColor AverageColor(0xe8, 0x71, 0x0a);
const QColor CriticalColor(0xc6, 0x28, 0x28);

double toPrice(double bps)
{
    return 1.0 + bps / 10000.0;
}
} // namespace

PegChartView::PegChartView(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_timeAxis(new QDateTimeAxis)
    , m_priceAxis(new QValueAxis)
    , m_bpsAxis(new QValueAxis)
    , m_redrawTimer(new QTimer(this))
{
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    QChart *c = chart();
    c->setMargins(QMargins(6, 6, 6, 6));
    c->legend()->setAlignment(Qt::AlignBottom);
    QFont titleFont = c->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    c->setTitleFont(titleFont);
    m_timeAxis->setFormat(QStringLiteral("HH:mm:ss"));
    m_timeAxis->setTitleText(tr("Time"));
    m_timeAxis->setTickCount(7);
    m_priceAxis->setTitleText(tr("Price (USD)"));
    m_priceAxis->setLabelFormat(QStringLiteral("%.4f"));
    m_bpsAxis->setTitleText(tr("Deviation (bps)"));
    m_bpsAxis->setLabelFormat(QStringLiteral("%.0f bps"));
    c->setLocalizeNumbers(true); // axis labels in the locale's digits
    c->addAxis(m_timeAxis, Qt::AlignBottom);
    c->addAxis(m_priceAxis, Qt::AlignLeft);
    c->addAxis(m_bpsAxis, Qt::AlignRight);

    m_warnUpper = new QLineSeries(this);
    m_warnLower = new QLineSeries(this);
    m_warnBand = new QAreaSeries(m_warnUpper, m_warnLower);
    m_warnBand->setColor(QColor(46, 160, 67, 30));
    m_warnBand->setBorderColor(QColor(46, 160, 67, 90));
    m_criticalUpper = new QLineSeries;
    m_criticalLower = new QLineSeries;
    for (QAbstractSeries *s :
         std::initializer_list<QAbstractSeries *>{m_warnBand, m_criticalUpper, m_criticalLower}) {
        c->addSeries(s);
        s->attachAxis(m_timeAxis);
        s->attachAxis(m_priceAxis);
    }
    for (QLineSeries *s : {m_criticalUpper, m_criticalLower})
        s->setPen(QPen(CriticalColor, 1.2, Qt::DashLine));
    c->legend()->markers(m_criticalLower).first()->setVisible(false);
    segmentSeries(m_priceSeries, 0, PriceColor, Qt::SolidLine, tr("Price"));
    segmentSeries(m_averageSeries, 0, AverageColor, Qt::DashLine, tr("5-min average"));
    setThresholds(m_warnBps, m_criticalBps);

    m_readout = std::make_unique<PegChartReadout>(c);

    connect(m_redrawTimer, &QTimer::timeout, this, [this] {
        if (m_dirty && !m_paused)
            redrawNow();
    });
    m_redrawTimer->start(50);
    updateTitle();
}

PegChartView::~PegChartView() = default;

QLineSeries *PegChartView::segmentSeries(std::vector<QLineSeries *> &pool, size_t index, const QColor &color,
                                         Qt::PenStyle style, const QString &name)
{
    while (pool.size() <= index) {
        auto *s = new QLineSeries;
        s->setPen(QPen(color, style == Qt::SolidLine ? 1.6 : 2.0, style));
        s->setName(name);
        chart()->addSeries(s);
        s->attachAxis(m_timeAxis);
        s->attachAxis(m_priceAxis);
        // One legend entry per line, however many gap-separated segments it has.
        if (!pool.empty())
            chart()->legend()->markers(s).first()->setVisible(false);
        pool.push_back(s);
    }
    return pool[index];
}

void PegChartView::setSymbol(const QString &symbol)
{
    m_symbol = symbol;
    updateTitle();
}

void PegChartView::setThresholds(double warnBps, double criticalBps)
{
    m_warnBps = std::abs(warnBps);
    m_criticalBps = std::abs(criticalBps);
    m_warnBand->setName(tr("±%1 bps").arg(m_warnBps));
    m_criticalUpper->setName(tr("±%1 bps").arg(m_criticalBps));
    m_dirty = true;
}

void PegChartView::setLiveWindow(qint64 ms)
{
    m_liveWindowMs = std::max<qint64>(1000, ms);
    m_dirty = true;
}

void PegChartView::appendPoints(const std::vector<SeriesPoint> &points)
{
    // Panels poll several times a second: nothing new is no reason to lay the axes out again.
    if (points.empty())
        return;
    // Points arrive in order per series; anything older than what we hold would break the
    // binary searches, so it is dropped here as the adapters already do upstream.
    for (const SeriesPoint &p : points) {
        if (m_points.empty() || p.timestampMs >= m_points.back().timestampMs)
            m_points.push_back(p);
    }
    if (m_points.size() > m_capacity + m_capacity / 8)
        m_points.erase(m_points.begin(), m_points.end() - qsizetype(m_capacity));
    m_dirty = true;
}

void PegChartView::clear()
{
    m_points.clear();
    m_dirty = true;
    redrawNow();
}

void PegChartView::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    updateTitle();
    emit pausedChanged(paused);
}

void PegChartView::followLive()
{
    m_following = true;
    setPaused(false);
    redrawNow();
}

void PegChartView::showAll()
{
    if (m_points.empty())
        return;
    m_following = false;
    m_fromMs = m_points.front().timestampMs;
    m_toMs = std::max(m_points.back().timestampMs, m_fromMs + 1000);
    redrawNow();
}

void PegChartView::zoom(double factor, double anchorFraction)
{
    const double span = std::max(1000.0, double(m_toMs - m_fromMs) * factor);
    const double anchor = double(m_fromMs) + anchorFraction * double(m_toMs - m_fromMs);
    m_following = false;
    m_fromMs = qint64(anchor - anchorFraction * span);
    m_toMs = m_fromMs + qint64(span);
    redrawNow();
}

void PegChartView::pan(double fraction)
{
    const auto shift = qint64(double(m_toMs - m_fromMs) * fraction);
    m_following = false;
    m_fromMs += shift;
    m_toMs += shift;
    redrawNow();
}

void PegChartView::redrawNow()
{
    m_dirty = false;
    if (m_following && !m_points.empty()) {
        m_toMs = m_points.back().timestampMs;
        m_fromMs = m_toMs - m_liveWindowMs;
    }
    if (m_toMs <= m_fromMs)
        m_toMs = m_fromMs + 1000;
    const int columns = std::max(100, int(chart()->plotArea().width()));
    const std::span<const SeriesPoint> all(m_points);
    auto price = MinMaxDecimator::decimate(all, m_fromMs, m_toMs, columns);
    auto average =
        MinMaxDecimator::decimate(all, m_fromMs, m_toMs, columns, MinMaxDecimator::Value::RollingBps);
    double yMin = toPrice(-10), yMax = toPrice(10);
    auto assign = [&](std::vector<MinMaxDecimator::Segment> &segments, std::vector<QLineSeries *> &pool,
                      bool bps) {
        if (segments.size() > MaxSegments) {
            for (size_t i = MaxSegments; i < segments.size(); ++i)
                segments[MaxSegments - 1].insert(segments[MaxSegments - 1].end(), segments[i].begin(),
                                                 segments[i].end());
            segments.resize(MaxSegments);
        }
        for (size_t i = 0; i < segments.size(); ++i) {
            QList<QPointF> list(segments[i].begin(), segments[i].end());
            for (QPointF &p : list) {
                if (bps)
                    p.setY(toPrice(p.y()));
                yMin = std::min(yMin, p.y());
                yMax = std::max(yMax, p.y());
            }
            segmentSeries(pool, i, pool.front()->pen().color(), pool.front()->pen().style(),
                          pool.front()->name())
                ->replace(list);
        }
        for (size_t i = segments.size(); i < pool.size(); ++i)
            pool[i]->clear();
        return int(segments.size());
    };
    m_segmentsInUse = assign(price, m_priceSeries, false);
    assign(average, m_averageSeries, true);

    const double pad = (yMax - yMin) * 0.08;
    yMin -= pad;
    yMax += pad;
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(m_fromMs, Qt::UTC),
                         QDateTime::fromMSecsSinceEpoch(m_toMs, Qt::UTC));
    // Round ticks in bps ("−50 bps", "−25 bps", "0 bps"); the price axis spans exactly the same
    // prices, so its ticks are round too (1 bps = 0.0001 USD).
    const NumberFormat::Ticks ticks =
        NumberFormat::niceTicks((yMin - 1.0) * 10000.0, (yMax - 1.0) * 10000.0, 7);
    yMin = toPrice(ticks.min);
    yMax = toPrice(ticks.max);
    m_bpsAxis->setTickCount(ticks.count);
    m_bpsAxis->setRange(ticks.min, ticks.max);
    m_bpsAxis->setLabelFormat(QStringLiteral("%.") + QString::number(ticks.decimals) +
                              QStringLiteral("f bps"));
    m_priceAxis->setTickCount(ticks.count);
    m_priceAxis->setRange(yMin, yMax);
    m_priceAxis->setLabelFormat(QStringLiteral("%.") + QString::number(std::max(2, ticks.decimals + 4)) +
                                QLatin1Char('f'));
    updateBands(yMin, yMax);
    updateTitle();
}

void PegChartView::updateBands(double yMin, double yMax)
{
    const double from = double(m_fromMs), to = double(m_toMs);
    // Clamped to the visible range so a band never stretches the axes.
    auto clampY = [&](double y) { return std::clamp(y, yMin, yMax); };
    m_warnUpper->replace({{from, clampY(toPrice(m_warnBps))}, {to, clampY(toPrice(m_warnBps))}});
    m_warnLower->replace({{from, clampY(toPrice(-m_warnBps))}, {to, clampY(toPrice(-m_warnBps))}});
    const bool upperVisible = toPrice(m_criticalBps)<yMax, lowerVisible = toPrice(-m_criticalBps)> yMin;
    m_criticalUpper->replace(
        upperVisible ? QList<QPointF>{{from, toPrice(m_criticalBps)}, {to, toPrice(m_criticalBps)}}
                     : QList<QPointF>{});
    m_criticalLower->replace(
        lowerVisible ? QList<QPointF>{{from, toPrice(-m_criticalBps)}, {to, toPrice(-m_criticalBps)}}
                     : QList<QPointF>{});
}

void PegChartView::updateTitle()
{
    QString title = tr("%1 peg").arg(m_symbol);
    if (!m_points.empty()) {
        const SeriesPoint &p = m_points.back();
        title += tr("  ·  %1 USD (%2 bps)")
                     .arg(NumberFormat::price(p.value), NumberFormat::decimal((p.value - 1.0) * 10000.0, 1));
        if (std::isfinite(p.rollingBps))
            title += tr("  ·  5-min avg %1 bps").arg(NumberFormat::decimal(p.rollingBps, 1));
    }
    title += m_paused ? tr("  ·  paused") : (m_following ? tr("  ·  live") : tr("  ·  history"));
    chart()->setTitle(title);
}

qsizetype PegChartView::drawnPointCount() const
{
    qsizetype n = 0;
    for (const auto *pool : {&m_priceSeries, &m_averageSeries}) {
        for (const QLineSeries *s : *pool)
            n += s->count();
    }
    return n;
}

QString PegChartView::readout() const
{
    return m_readout->isVisible() ? m_readout->text() : QString();
}

void PegChartView::showReadout(const QPointF &scenePos)
{
    const QPointF inChart = chart()->mapFromScene(scenePos);
    const QRectF plot = chart()->plotArea();
    if (m_points.empty() || !plot.contains(inChart)) {
        m_readout->hide();
        return;
    }
    const double ms = chart()->mapToValue(inChart, m_priceSeries.front()).x();
    const std::span<const SeriesPoint> all(m_points);
    size_t i = MinMaxDecimator::lowerBound(all, qint64(ms));
    if (i == m_points.size() ||
        (i > 0 && ms - double(m_points[i - 1].timestampMs) < double(m_points[i].timestampMs) - ms))
        i = i == 0 ? 0 : i - 1;
    const SeriesPoint &p = m_points[i];
    QString text =
        tr("%1 UTC\nprice %2 USD  (%3 bps)")
            .arg(QDateTime::fromMSecsSinceEpoch(p.timestampMs, Qt::UTC)
                     .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
            .arg(NumberFormat::price(p.value), NumberFormat::decimal((p.value - 1.0) * 10000.0, 1));
    if (std::isfinite(p.rollingBps))
        text += tr("\n5-min avg %1 bps").arg(NumberFormat::decimal(p.rollingBps, 1));
    const double x =
        chart()->mapToPosition(QPointF(double(p.timestampMs), p.value), m_priceSeries.front()).x();
    m_readout->show(plot, x, text);
}

void PegChartView::wheelEvent(QWheelEvent *event)
{
    const QRectF plot = chart()->plotArea();
    const double fraction = std::clamp((event->position().x() - plot.left()) / plot.width(), 0.0, 1.0);
    zoom(event->angleDelta().y() > 0 ? 0.8 : 1.25, fraction);
    event->accept();
}

void PegChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragStart = event->pos();
        m_dragFromMs = m_fromMs;
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void PegChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragFromMs >= 0 && (event->buttons() & Qt::LeftButton)) {
        const double msPerPixel = double(m_toMs - m_fromMs) / std::max(1.0, chart()->plotArea().width());
        const qint64 span = m_toMs - m_fromMs;
        m_following = false;
        m_fromMs = m_dragFromMs - qint64(double(event->pos().x() - m_dragStart.x()) * msPerPixel);
        m_toMs = m_fromMs + span;
        redrawNow();
    }
    showReadout(mapToScene(event->pos()));
    QChartView::mouseMoveEvent(event);
}

void PegChartView::mouseReleaseEvent(QMouseEvent *event)
{
    m_dragFromMs = -1;
    QChartView::mouseReleaseEvent(event);
}

void PegChartView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoom(0.8);
        break;
    case Qt::Key_Minus:
        zoom(1.25);
        break;
    case Qt::Key_Left:
        pan(-0.1);
        break;
    case Qt::Key_Right:
        pan(0.1);
        break;
    case Qt::Key_Space:
        setPaused(!m_paused);
        break;
    case Qt::Key_End:
        followLive();
        break;
    case Qt::Key_Home:
        showAll();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void PegChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    m_dirty = true;
}

} // namespace pegboard

namespace pegboard {

std::optional<double> PegChartView::valueAt(qint64 ms, qint64 maxGapMs) const
{
    const auto after = std::upper_bound(m_points.begin(), m_points.end(), ms,
                                        [](qint64 t, const SeriesPoint &p) { return t < p.timestampMs; });
    if (after == m_points.begin())
        return std::nullopt;
    const SeriesPoint &p = *std::prev(after);
    if (ms - p.timestampMs > maxGapMs)
        return std::nullopt;
    return p.value;
}

} // namespace pegboard
