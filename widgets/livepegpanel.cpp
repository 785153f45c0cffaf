#include "livepegpanel.h"

#include "domain/feedseries.h"
#include "domain/numberformat.h"
#include "exporter.h"
#include "feeds/feedhub.h"
#include "pegchartmarkers.h"
#include "pegchartview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace pegboard {

LivePegPanel::LivePegPanel(FeedHub *hub, QWidget *parent)
    : QWidget(parent)
    , m_hub(hub)
    , m_symbols(new QComboBox(this))
    , m_current(new QLabel(this))
    , m_average(new QLabel(this))
    , m_chart(new PegChartView(this))
    , m_live(new QPushButton(tr("Live ▸"), this))
    , m_timer(new QTimer(this))
    , m_markers(new PegChartMarkers(m_chart, tr("High and critical reports"), this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("LivePegPanel"));
    m_symbols->setToolTip(tr("Stablecoin"));
    QFont big = m_current->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_current->setFont(big);
    m_average->setFont(big);
    auto *header = new QHBoxLayout;
    header->addWidget(m_symbols);
    header->addSpacing(fontMetrics().averageCharWidth() * 2);
    header->addWidget(m_current);
    header->addSpacing(fontMetrics().averageCharWidth() * 4);
    header->addWidget(m_average);
    header->addStretch();
    // After a zoom or pan the way back is unmistakable: a bold, coloured button (and End).
    m_live->setObjectName(QStringLiteral("liveButton"));
    m_live->setToolTip(tr("Back to the live edge (End)"));
    QFont bold = m_live->font();
    bold.setBold(true);
    m_live->setFont(bold);
    m_live->setStyleSheet(
        QStringLiteral("QPushButton { background: #c62828; color: white; padding: 2px 10px; }"));
    m_live->setFocusPolicy(Qt::NoFocus);
    m_live->hide();
    connect(m_live, &QPushButton::clicked, this, [this] {
        m_chart->followLive();
        m_live->hide();
    });
    header->addWidget(m_live);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(header);
    layout->addWidget(m_chart, 1);
    m_note->setObjectName(QStringLiteral("liveMarkerNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    connect(m_markers, &PegChartMarkers::reportClicked, this, &LivePegPanel::reportClicked);
    connect(m_symbols, &QComboBox::textActivated, this, &LivePegPanel::setSymbol);
    connect(m_timer, &QTimer::timeout, this, &LivePegPanel::poll);
    m_timer->start(100);
    setSymbol(QStringLiteral("USDC"));
    Exporter::installImageExport(m_chart);
}

void LivePegPanel::setSymbol(const QString &symbol)
{
    if (symbol == m_symbol)
        return;
    m_symbol = symbol;
    m_sequence = 0;
    m_chart->clear();
    m_chart->setSymbol(symbol);
    m_chart->setProperty("exportName", QStringLiteral("peg-") + symbol);
    poll();
    updateMarkers();
}

void LivePegPanel::setReports(std::vector<Report> reports)
{
    m_reports = std::move(reports);
    updateMarkers();
}

void LivePegPanel::updateMarkers()
{
    std::vector<const Report *> mine;
    for (const Report &r : m_reports)
        if (r.symbol == m_symbol)
            mine.push_back(&r);
    const std::size_t total = mine.size();
    if (mine.size() > MaxMarkers) {
        std::nth_element(mine.begin(), mine.begin() + MaxMarkers, mine.end(),
                         [](const Report *a, const Report *b) { return a->reportedMs > b->reportedMs; });
        mine.resize(MaxMarkers);
    }
    std::vector<PegChartMarkers::Marker> markers;
    m_unpriced = 0;
    for (const Report *r : mine) {
        // On the line at the report's moment; a report the chart has no price for yet waits for it.
        if (const auto price = m_chart->valueAt(r->reportedMs))
            markers.push_back({r->reportedMs, *price, r->id});
        else
            ++m_unpriced;
    }
    m_markers->setMarkers(markers);
    QString text = PegChartMarkers::note(
        mine.size(), total,
        tr("%n high or critical %1 report(s) in the filter.", nullptr, int(total)).arg(m_symbol));
    if (m_unpriced > 0)
        text += QLatin1Char(' ') +
                tr("%n not on the chart: no price at their time yet.", nullptr, int(m_unpriced));
    m_note->setText(text);
}

QString LivePegPanel::markerNote() const
{
    return m_note->text();
}

void LivePegPanel::poll()
{
    // New coins appear in the picker as their feeds deliver them.
    for (const QString &series : m_hub->seriesNames()) {
        if (series.startsWith(QLatin1String("price:"))) {
            const QString coin = series.mid(6);
            if (m_symbols->findText(coin) < 0)
                m_symbols->addItem(coin);
        }
    }
    if (m_symbols->currentText() != m_symbol && m_symbols->findText(m_symbol) >= 0)
        m_symbols->setCurrentText(m_symbol);
    const auto points = m_hub->points(FeedSeries::price(m_symbol), m_sequence, &m_sequence);
    m_chart->appendPoints(points);
    if (m_unpriced > 0 && !points.empty())
        updateMarkers();
    const QString text = deviationText();
    const int split = text.indexOf(QLatin1Char('\n'));
    m_current->setText(text.left(split));
    m_average->setText(text.mid(split + 1));
    m_live->setVisible(!m_chart->isFollowing());
}

QString LivePegPanel::deviationText() const
{
    const auto latest = m_hub->latest(FeedSeries::price(m_symbol));
    const auto average = m_hub->rollingDeviationBps(m_symbol);
    // The same price to the same places as the chart's title beside it.
    const QString now = latest ? tr("%1 %2 (%3 bps)")
                                     .arg(m_symbol, NumberFormat::price(latest->value),
                                          NumberFormat::decimal((latest->value - 1.0) * 10000.0, 1))
                               : tr("%1: no price yet").arg(m_symbol);
    const QString avg =
        average ? tr("5-min average %1 bps").arg(NumberFormat::decimal(*average, 1)) : tr("5-min average —");
    return now + QLatin1Char('\n') + avg;
}

} // namespace pegboard
