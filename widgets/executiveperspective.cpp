#include "executiveperspective.h"

#include "dockpanel.h"
#include "domain/numberformat.h"
#include "exporter.h"
#include "headlinefigures.h"
#include "impactchartview.h"

#include <QDockWidget>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace pegboard {

ExecutivePerspective::ExecutivePerspective(QWidget *parent)
    : QMainWindow(parent)
    , m_weekly(new ImpactChartView(ImpactChartView::Granularity::Week, this))
    , m_monthly(new ImpactChartView(ImpactChartView::Granularity::Month, this))
    , m_effectiveness(new QLabel(this))
    , m_headline(new HeadlineFigures(this))
{
    setObjectName(QStringLiteral("ExecutivePerspective"));
    setWindowFlags(Qt::Widget);
    setDockNestingEnabled(true);
    // The headline figures first, the weekly chart under them.
    auto *centre = new QWidget(this);
    auto *layout = new QVBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addWidget(m_weekly, 1);
    setCentralWidget(centre);
    m_effectiveness->setWordWrap(true);
    m_effectiveness->setTextFormat(Qt::RichText);
    m_effectiveness->setMargin(8);
    m_effectiveness->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    for (auto [title, name, widget, area] :
         {std::tuple{tr("Monthly impact"), QStringLiteral("monthlyDock"), static_cast<QWidget *>(m_monthly),
                     Qt::BottomDockWidgetArea},
          std::tuple{tr("Resolution effectiveness"), QStringLiteral("effectivenessDock"),
                     static_cast<QWidget *>(m_effectiveness), Qt::RightDockWidgetArea}}) {
        addPanel(title, name, widget, area);
    }
    m_weekly->setProperty("exportName", QStringLiteral("losses-weekly"));
    m_monthly->setProperty("exportName", QStringLiteral("losses-monthly"));
    Exporter::installImageExport(m_weekly);
    Exporter::installImageExport(m_monthly);
    m_effectiveness->setText(tr("<i>Waiting for the store…</i>"));
}

QDockWidget *ExecutivePerspective::addPanel(const QString &title, const QString &name, QWidget *widget,
                                            Qt::DockWidgetArea area)
{
    QDockWidget *dock = DockPanel::add(this, title, name, widget, area);
    m_panels.append(dock);
    return dock;
}

void ExecutivePerspective::setSummary(const ImpactSummary &summary)
{
    m_weekly->setSummary(summary);
    m_monthly->setSummary(summary);
    const QLocale locale;
    m_headline->setSummary(summary);
    // The 30-day recurrence figure is gone: nearly every report type recurs within a month, with
    // prevention or without, so it could not tell prevention apart.
    m_effectiveness->setText(tr("<h3>Resolution effectiveness</h3>"
                                "<p><b>%1</b> reports resolved in view.</p>"
                                "<p><b>%2</b> of resolutions came with a preventive measure.</p>")
                                 .arg(locale.toString(summary.resolvedCount),
                                      NumberFormat::percent(summary.preventionRate, 0, locale)));
}

QString ExecutivePerspective::effectivenessText() const
{
    return m_effectiveness->text();
}

} // namespace pegboard
