#include "operationsperspective.h"

#include "alertspanel.h"
#include "dockpanel.h"
#include "exporter.h"
#include "issuedetailview.h"
#include "itemmodels/issuetablemodel.h"
#include "maintenancecalendar.h"
#include "noticebar.h"
#include "opencriticalpanel.h"
#include "resolutiontrendview.h"
#include "riskpanel.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace pegboard {

OperationsPerspective::OperationsPerspective(QWidget *parent)
    : QMainWindow(parent)
    , m_centre(new QWidget(this))
    , m_notice(new NoticeBar(this))
    , m_detail(new IssueDetailView(this))
    , m_criticalPanel(new OpenCriticalPanel(this))
    , m_critical(m_criticalPanel->table())
    , m_trend(new ResolutionTrendView(this))
    , m_alerts(new AlertsPanel(this))
{
    setObjectName(QStringLiteral("OperationsPerspective"));
    setWindowFlags(Qt::Widget);
    setDockNestingEnabled(true);
    auto *placeholder = new QLabel(tr("The live peg chart appears here when a feed is connected."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    auto *centre = new QVBoxLayout(m_centre);
    centre->setContentsMargins(0, 0, 0, 0);
    centre->addWidget(m_notice);
    setCentralWidget(m_centre);
    setLiveChart(placeholder);
    connect(m_notice, &NoticeBar::openRequested, this, &OperationsPerspective::issueActivated);

    connect(m_criticalPanel, &OpenCriticalPanel::issueActivated, this,
            &OperationsPerspective::issueActivated);
    connect(m_criticalPanel, &OpenCriticalPanel::issueSelected, this, &OperationsPerspective::issueSelected);
    m_trend->setProperty("exportName", QStringLiteral("resolution-times"));
    Exporter::installImageExport(m_trend);
    m_criticalDock = addPanel(tr("Open critical reports"), QStringLiteral("openCriticalDock"),
                              m_criticalPanel, Qt::BottomDockWidgetArea);
    m_resolutionDock = addPanel(tr("Resolution time trends"), QStringLiteral("resolutionDock"), m_trend,
                                Qt::BottomDockWidgetArea);
    m_reportDock = addPanel(tr("Report"), QStringLiteral("operationsReportDock"),
                            DockPanel::scrollable(m_detail), Qt::BottomDockWidgetArea);
    splitDockWidget(m_criticalDock, m_reportDock, Qt::Horizontal);
    m_alertsDock = addPanel(tr("Alerts"), QStringLiteral("alertsDock"), DockPanel::scrollable(m_alerts),
                            Qt::RightDockWidgetArea);
}

void OperationsPerspective::notifyCritical(const QString &text, const QUuid &issueId)
{
    m_notice->showNotice(text, issueId);
}

void OperationsPerspective::showReport()
{
    m_reportDock->show();
    m_reportDock->raise();
}

QDockWidget *OperationsPerspective::addPanel(const QString &title, const QString &objectName, QWidget *widget,
                                             Qt::DockWidgetArea area, QDockWidget *tabWith)
{
    QDockWidget *dock = DockPanel::add(this, title, objectName, widget, area);
    if (tabWith)
        tabifyDockWidget(tabWith, dock);
    m_panels.append(dock);
    return dock;
}

void OperationsPerspective::setOpenCriticalModel(QAbstractItemModel *model)
{
    m_criticalPanel->setModel(model);
}

void OperationsPerspective::setSummary(const ImpactSummary &summary)
{
    m_trend->setSummary(summary);
}

void OperationsPerspective::setLiveChart(QWidget *chart)
{
    if (m_chart)
        m_chart->deleteLater();
    m_chart = chart;
    m_chart->setParent(m_centre);
    static_cast<QVBoxLayout *>(m_centre->layout())->addWidget(m_chart, 1);
}

void OperationsPerspective::setFeedStatusModel(QAbstractItemModel *model)
{
    if (!m_feedTable) {
        m_feedTable = new QTableView(this);
        m_feedTable->setObjectName(QStringLiteral("feedStatusTable"));
        m_feedTable->verticalHeader()->hide();
        m_feedTable->horizontalHeader()->setStretchLastSection(true);
        m_feedDock = addPanel(tr("Feeds"), QStringLiteral("feedStatusDock"), m_feedTable,
                              Qt::BottomDockWidgetArea, m_resolutionDock);
    }
    m_feedTable->setModel(model);
}

void OperationsPerspective::setRiskPanel(RiskPanel *panel)
{
    m_riskPanel = panel;
    if (m_riskDock) {
        m_riskDock->setWidget(DockPanel::scrollable(panel));
        return;
    }
    // Risk and Alerts share the right-hand column as tabs (side by side they would make the window
    // wider than a laptop screen); the risk is in front.
    m_riskDock = addPanel(tr("Risk and recommended actions"), QStringLiteral("riskDock"),
                          DockPanel::scrollable(panel), Qt::RightDockWidgetArea, m_alertsDock);
    m_riskDock->raise();
}

void OperationsPerspective::setMaintenanceCalendar(MaintenanceCalendar *calendar)
{
    m_calendar = calendar;
    if (m_calendarDock) {
        m_calendarDock->setWidget(DockPanel::scrollable(calendar));
        return;
    }
    m_calendarDock = addPanel(tr("Maintenance windows"), QStringLiteral("calendarDock"),
                              DockPanel::scrollable(calendar), Qt::BottomDockWidgetArea, m_resolutionDock);
}

} // namespace pegboard
