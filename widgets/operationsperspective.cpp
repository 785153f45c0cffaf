#include "operationsperspective.h"

#include "exporter.h"
#include "itemmodels/issuetablemodel.h"
#include "resolutiontrendview.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace pegboard {

OperationsPerspective::OperationsPerspective(QWidget *parent)
    : QMainWindow(parent)
    , m_critical(new QTableView(this))
    , m_trend(new ResolutionTrendView(this))
{
    setObjectName(QStringLiteral("OperationsPerspective"));
    setWindowFlags(Qt::Widget);
    setDockNestingEnabled(true);
    auto *placeholder = new QLabel(tr("The live peg chart appears here when a feed is connected."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    setCentralWidget(placeholder);

    m_critical->setObjectName(QStringLiteral("openCriticalTable"));
    m_critical->setSortingEnabled(true);
    m_critical->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_critical->setWordWrap(false);
    m_critical->verticalHeader()->hide();
    Exporter::installTableExport(m_critical);
    Exporter::installImageExport(m_trend);
    m_criticalDock = addPanel(tr("Open critical reports"), QStringLiteral("openCriticalDock"), m_critical,
                              Qt::BottomDockWidgetArea);
    m_resolutionDock = addPanel(tr("Resolution time trends"), QStringLiteral("resolutionDock"), m_trend,
                                Qt::BottomDockWidgetArea);
}

QDockWidget *OperationsPerspective::addPanel(const QString &title, const QString &objectName, QWidget *widget,
                                             Qt::DockWidgetArea area, QDockWidget *tabWith)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(widget);
    addDockWidget(area, dock);
    if (tabWith)
        tabifyDockWidget(tabWith, dock);
    m_panels.append(dock);
    return dock;
}

void OperationsPerspective::setOpenCriticalModel(QAbstractItemModel *model)
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSortRole(IssueTableModel::SortRole);
    proxy->setSourceModel(model);
    m_critical->setModel(proxy);
    // Who is losing the most money first.
    m_critical->sortByColumn(IssueTableModel::EstimatedLoss, Qt::DescendingOrder);
    for (int column :
         {int(IssueTableModel::Type), int(IssueTableModel::Source), int(IssueTableModel::Symbol)})
        m_critical->hideColumn(column);
    m_critical->horizontalHeader()->setSectionResizeMode(IssueTableModel::Title, QHeaderView::Stretch);
}

void OperationsPerspective::setSummary(const ImpactSummary &summary)
{
    m_trend->setSummary(summary);
}

void OperationsPerspective::setLiveChart(QWidget *chart)
{
    setCentralWidget(chart);
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

void OperationsPerspective::setRiskPanel(QWidget *panel)
{
    if (m_riskDock) {
        m_riskDock->setWidget(panel);
        return;
    }
    m_riskDock = addPanel(tr("Risk and recommended actions"), QStringLiteral("riskDock"), panel,
                          Qt::RightDockWidgetArea);
}

void OperationsPerspective::setMaintenanceCalendar(QWidget *calendar)
{
    if (m_calendarDock) {
        m_calendarDock->setWidget(calendar);
        return;
    }
    m_calendarDock = addPanel(tr("Maintenance windows"), QStringLiteral("calendarDock"), calendar,
                              Qt::BottomDockWidgetArea, m_resolutionDock);
}

} // namespace pegboard
