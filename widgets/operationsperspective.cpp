#include "operationsperspective.h"

#include "alertspanel.h"
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
    , m_alerts(new AlertsPanel(this))
{
    setObjectName(QStringLiteral("OperationsPerspective"));
    setWindowFlags(Qt::Widget);
    setDockNestingEnabled(true);
    auto *placeholder = new QLabel(tr("The live peg chart appears here when a feed is connected."), this);
    placeholder->setAlignment(Qt::AlignCenter);
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
    addPanel(tr("Resolution time trends"), QStringLiteral("resolutionDock"), m_trend,
             Qt::BottomDockWidgetArea);
    addPanel(tr("Alerts"), QStringLiteral("alertsDock"), m_alerts, Qt::RightDockWidgetArea);
}

QDockWidget *OperationsPerspective::addPanel(const QString &title, const QString &objectName, QWidget *widget,
                                             Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(widget);
    addDockWidget(area, dock);
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

} // namespace pegboard
