#include "livepegpanel.h"

#include "domain/feedseries.h"
#include "exporter.h"
#include "feeds/feedhub.h"
#include "pegchartview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

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
    m_chart->appendPoints(m_hub->points(FeedSeries::price(m_symbol), m_sequence, &m_sequence));
    const QString text = deviationText();
    const int split = text.indexOf(QLatin1Char('\n'));
    m_current->setText(text.left(split));
    m_average->setText(text.mid(split + 1));
    m_live->setVisible(!m_chart->isFollowing());
}

QString LivePegPanel::deviationText() const
{
    const QLocale locale;
    const auto latest = m_hub->latest(FeedSeries::price(m_symbol));
    const auto average = m_hub->rollingDeviationBps(m_symbol);
    const QString now = latest ? tr("%1 %2 (%3 bps)")
                                     .arg(m_symbol, locale.toString(latest->value, 'f', 4),
                                          locale.toString((latest->value - 1.0) * 10000.0, 'f', 1))
                               : tr("%1: no price yet").arg(m_symbol);
    const QString avg =
        average ? tr("5-min average %1 bps").arg(locale.toString(*average, 'f', 1)) : tr("5-min average —");
    return now + QLatin1Char('\n') + avg;
}

} // namespace pegboard
