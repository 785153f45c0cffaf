#include "engineeringperspective.h"

#include "dockpanel.h"
#include "domain/numberformat.h"
#include "exporter.h"
#include "heatmapview.h"
#include "issuedetailview.h"
#include "itemmodels/clustermodel.h"
#include "itemmodels/issuetablemodel.h"
#include "listcapbanner.h"

#include <QAction>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace pegboard {

EngineeringPerspective::EngineeringPerspective(QWidget *parent)
    : QMainWindow(parent)
    , m_table(new QTableView(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_detail(new IssueDetailView(this))
    , m_heatmap(new HeatmapView(this))
    , m_clusterTable(new QTableView(this))
    , m_clusterProxy(new QSortFilterProxyModel(this))
    , m_findings(new QListView(this))
    , m_drillLabel(new QLabel(this))
    , m_showAll(new QPushButton(tr("Show all reports"), this))
    , m_cap(new ListCapBanner(this))
    , m_clusterCoverage(new QLabel(this))
    , m_mergeAction(new QAction(tr("Merge the two selected clusters…"), this))
    , m_splitAction(new QAction(tr("Split the selected reports off this cluster…"), this))
    , m_moveAction(new QAction(tr("Move the selected report to this cluster…"), this))
    , m_undoAction(new QAction(tr("Undo a correction…"), this))
{
    setObjectName(QStringLiteral("EngineeringPerspective"));
    setWindowFlags(Qt::Widget);
    setDockNestingEnabled(true);

    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addWidget(m_heatmap, 1);
    centreLayout->addWidget(m_legend = new HeatmapLegend(centre));
    setCentralWidget(centre);
    m_heatmap->setProperty("exportName", QStringLiteral("heatmap"));
    Exporter::installImageExport(m_heatmap);
    // A cell's reports are what the user asked to see: the list comes to the front (from behind
    // the clusters tab, or back from being closed). A cluster's click does not: its table stays.
    connect(m_heatmap, &HeatmapView::cellActivated, this, [this] {
        m_reportsDock->show();
        m_reportsDock->raise();
    });
    connect(m_heatmap, &HeatmapView::cellActivated, this, &EngineeringPerspective::heatmapCellActivated);

    m_proxy->setSortRole(IssueTableModel::SortRole);
    m_table->setObjectName(QStringLiteral("issueTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(IssueTableModel::Reported, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // The list may hold only the newest reports: its CSV is every report in the filter, from the store.
    auto *exportAll = new QAction(tr("Export as CSV…"), m_table);
    m_table->addAction(exportAll);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(exportAll, &QAction::triggered, this, &EngineeringPerspective::exportReportsRequested);
    connect(m_cap, &ListCapBanner::exportAllRequested, this, &EngineeringPerspective::exportReportsRequested);
    auto *reports = new QWidget(this);
    auto *banner = new QHBoxLayout;
    banner->addWidget(m_drillLabel, 1);
    banner->addWidget(m_showAll);
    auto *reportsLayout = new QVBoxLayout(reports);
    reportsLayout->setContentsMargins(2, 2, 2, 2);
    reportsLayout->addLayout(banner);
    reportsLayout->addWidget(m_cap);
    reportsLayout->addWidget(m_table, 1);
    m_drillLabel->setWordWrap(true);
    connect(m_showAll, &QPushButton::clicked, this, &EngineeringPerspective::showAllRequested);
    setDrillDown({});

    m_clusterProxy->setSortRole(ClusterModel::SortRole);
    m_clusterTable->setObjectName(QStringLiteral("clusterTable"));
    m_clusterTable->setModel(m_clusterProxy);
    // Sized by the first rows on every new analysis: the Why and Title texts are long, and
    // measuring a hundred rows of them stalled the GUI for tens of milliseconds.
    m_clusterTable->horizontalHeader()->setResizeContentsPrecision(30);
    connect(m_clusterProxy, &QAbstractItemModel::modelReset, m_clusterTable,
            &QTableView::resizeColumnsToContents);
    m_clusterTable->setSortingEnabled(true);
    m_clusterTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_clusterTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_clusterTable->setWordWrap(false);
    m_clusterTable->verticalHeader()->hide();
    Exporter::installTableExport(m_clusterTable);
    installCorrectionActions();
    connect(m_clusterTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit clusterActivated(m_clusterProxy->mapToSource(index).row());
    });
    connect(m_clusterTable, &QTableView::clicked, this, [this](const QModelIndex &index) {
        emit clusterActivated(m_clusterProxy->mapToSource(index).row());
    });

    m_findings->setObjectName(QStringLiteral("findingsView"));
    m_findings->setWordWrap(true);
    m_findings->setAlternatingRowColors(true);
    m_findings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_findings, &QListView::clicked, this,
            [this](const QModelIndex &i) { emit findingActivated(i.row()); });
    connect(m_findings, &QListView::activated, this,
            [this](const QModelIndex &i) { emit findingActivated(i.row()); });

    // The heatmap keeps the full width on top; lists and the report detail share the bottom.
    // (Split before tabifying: splitting a tabbed dock only adds another tab.)
    QDockWidget *reportsDock = m_reportsDock =
        dock(tr("Reports"), QStringLiteral("reportsDock"), reports, Qt::BottomDockWidgetArea);
    QDockWidget *detailDock = m_detailDock = dock(tr("Report"), QStringLiteral("reportDock"),
                                                  DockPanel::scrollable(m_detail), Qt::BottomDockWidgetArea);
    splitDockWidget(reportsDock, detailDock, Qt::Horizontal);
    auto *clusters = new QWidget(this);
    auto *clustersLayout = new QVBoxLayout(clusters);
    clustersLayout->setContentsMargins(2, 2, 2, 2);
    m_clusterCoverage->setWordWrap(true);
    m_clusterCoverage->hide();
    clustersLayout->addWidget(m_clusterCoverage);
    clustersLayout->addWidget(m_clusterTable, 1);
    QDockWidget *clustersDock =
        dock(tr("Root-cause clusters"), QStringLiteral("clustersDock"), clusters, Qt::BottomDockWidgetArea);
    tabifyDockWidget(reportsDock, clustersDock);
    QDockWidget *patternsDock = m_patternsDock =
        dock(tr("Patterns"), QStringLiteral("patternsDock"), m_findings, Qt::BottomDockWidgetArea);
    tabifyDockWidget(detailDock, patternsDock);
    reportsDock->raise();
    patternsDock->raise();
    resizeDocks({reportsDock}, {fontMetrics().height() * 16}, Qt::Vertical);
}

QDockWidget *EngineeringPerspective::dock(const QString &title, const QString &name, QWidget *widget,
                                          Qt::DockWidgetArea area)
{
    QDockWidget *d = DockPanel::add(this, title, name, widget, area);
    m_panels.append(d);
    return d;
}

QDockWidget *EngineeringPerspective::addPanel(const QString &title, const QString &name, QWidget *widget)
{
    QDockWidget *d = dock(title, name, widget, Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_detailDock, d);
    m_patternsDock->raise(); // the tab shown first stays the patterns
    return d;
}

void EngineeringPerspective::setIssueModel(QAbstractItemModel *model)
{
    m_proxy->setSourceModel(model);
    m_table->horizontalHeader()->setResizeContentsPrecision(100);
    m_table->horizontalHeader()->setSectionResizeMode(IssueTableModel::Title, QHeaderView::Stretch);
    if (auto *issues = qobject_cast<IssueTableModel *>(model))
        connect(issues, &IssueTableModel::filled, m_table, &QTableView::resizeColumnsToContents);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EngineeringPerspective::updateCorrectionActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    emit issueSelected(current.data(IssueTableModel::IssueIdRole).toUuid());
            });
}

void EngineeringPerspective::setHeatmapModel(QAbstractItemModel *model)
{
    m_heatmap->setModel(model);
}

void EngineeringPerspective::setClusterModel(QAbstractItemModel *model)
{
    m_clusterProxy->setSourceModel(model);
    m_clusterTable->horizontalHeader()->setSectionResizeMode(ClusterModel::Title, QHeaderView::Stretch);
    connect(m_clusterTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EngineeringPerspective::updateCorrectionActions);
}

void EngineeringPerspective::installCorrectionActions()
{
    for (QAction *action : {m_mergeAction, m_splitAction, m_moveAction, m_undoAction})
        m_clusterTable->addAction(action);
    connect(m_mergeAction, &QAction::triggered, this, [this] {
        const QList<int> rows = selectedClusterRows();
        if (rows.size() == 2)
            emit mergeClustersRequested(rows[0], rows[1]);
    });
    connect(m_splitAction, &QAction::triggered, this, [this] {
        const QList<int> rows = selectedClusterRows();
        if (rows.size() == 1 && !selectedIssueIds().isEmpty())
            emit splitClusterRequested(rows[0], selectedIssueIds());
    });
    connect(m_moveAction, &QAction::triggered, this, [this] {
        const QList<int> rows = selectedClusterRows();
        if (rows.size() == 1 && selectedIssueIds().size() == 1)
            emit moveReportRequested(selectedIssueIds().front(), rows[0]);
    });
    connect(m_undoAction, &QAction::triggered, this, &EngineeringPerspective::undoCorrectionRequested);
    updateCorrectionActions();
}

void EngineeringPerspective::updateCorrectionActions()
{
    const qsizetype clusters = selectedClusterRows().size(), reports = selectedIssueIds().size();
    m_mergeAction->setEnabled(clusters == 2);
    m_splitAction->setEnabled(clusters == 1 && reports > 0);
    m_moveAction->setEnabled(clusters == 1 && reports == 1);
}

QList<int> EngineeringPerspective::selectedClusterRows() const
{
    QList<int> rows;
    if (!m_clusterTable->selectionModel())
        return rows;
    for (const QModelIndex &index : m_clusterTable->selectionModel()->selectedRows())
        rows << m_clusterProxy->mapToSource(index).row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

QList<QUuid> EngineeringPerspective::selectedIssueIds() const
{
    QList<QUuid> ids;
    if (!m_table->selectionModel())
        return ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << index.data(IssueTableModel::IssueIdRole).toUuid();
    return ids;
}

void EngineeringPerspective::setFindingsModel(QAbstractItemModel *model)
{
    m_findings->setModel(model);
}

void EngineeringPerspective::setDrillDown(const QString &label)
{
    m_drillLabel->setText(label.isEmpty() ? tr("The reports in the filter's window.")
                                          : tr("Showing: %1").arg(label));
    m_showAll->setVisible(!label.isEmpty());
    giveReportsTheRoom(!label.isEmpty());
}

void EngineeringPerspective::giveReportsTheRoom(bool drilled)
{
    if (!m_reportsDock || drilled == !m_layoutBeforeDrill.isEmpty())
        return; // not built yet, or already so (a second drill-down keeps the first one's layout)
    if (!drilled) {
        // The layout from before, exactly: panels resized one by one do not give it back (a tab
        // group is sized with its tab bar, and neighbours share out any difference as they like).
        // The list stays in front: "Show all reports" is what the user asked to see.
        restoreState(m_layoutBeforeDrill);
        m_layoutBeforeDrill.clear();
        m_reportsDock->show();
        m_reportsDock->raise();
        return;
    }
    m_layoutBeforeDrill = saveState();
    // Docked below (or above) the heatmap the list grows in height, beside it in width ("across");
    // "along" it shares its row with the report and the patterns. A floating list has a window of
    // its own and takes nothing from the heatmap.
    const Qt::DockWidgetArea area = dockWidgetArea(m_reportsDock);
    if (m_reportsDock->isFloating() || area == Qt::NoDockWidgetArea)
        return;
    const bool sideways = area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea;
    const Qt::Orientation across = sideways ? Qt::Horizontal : Qt::Vertical;
    const Qt::Orientation along = sideways ? Qt::Vertical : Qt::Horizontal;
    const auto extent = [](const QSize &s, Qt::Orientation o) {
        return o == Qt::Vertical ? s.height() : s.width();
    };
    // A dock behind a tab is parked off screen: the panels on screen have their groups' sizes.
    const auto onScreen = [this](const QDockWidget *d) { return rect().contains(d->geometry()); };
    QDockWidget *front = m_reportsDock;
    for (QDockWidget *tab : tabifiedDockWidgets(m_reportsDock))
        if (!onScreen(front) && onScreen(tab))
            front = tab;
    const QSize before = front->size();
    const int room = extent(size(), across) - (sideways ? extent(size(), across) / 3 : heatmapHeight(3));
    resizeDocks({m_reportsDock}, {std::max(extent(before, across), room)}, across);
    resizeDocks({m_reportsDock}, {std::max(extent(before, along), extent(size(), along) / 2)}, along);
}

int EngineeringPerspective::heatmapHeight(int rows) const
{
    // Its header, `rows` rows and the legend. Three of them while drilled down: they say where the
    // drill-down came from and take the user to another cell with one click.
    const int legend = centralWidget()->height() - m_heatmap->height();
    return m_heatmap->horizontalHeader()->height() +
           rows * m_heatmap->verticalHeader()->defaultSectionSize() + 2 * m_heatmap->frameWidth() + legend;
}

void EngineeringPerspective::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_sizedOnFirstShow)
        return;
    m_sizedOnFirstShow = true;
    // Built before it had a size, the bottom row got what the heatmap left over: two rows of
    // reports in a 1280×800 window. Once laid out, a list of fewer than ten rows grows to ten, up
    // to half the height and as far as the heatmap keeps eight rows (at 200 % on a small screen it
    // stays as built; a saved layout with a longer list is kept as it is).
    QTimer::singleShot(0, this, [this] {
        const int row = m_table->verticalHeader()->defaultSectionSize();
        const int rows = m_table->viewport()->height() / std::max(1, row);
        if (!m_layoutBeforeDrill.isEmpty() || m_reportsDock->isFloating() ||
            dockWidgetArea(m_reportsDock) != Qt::BottomDockWidgetArea || rows >= 10)
            return;
        const int wanted =
            m_reportsDock->height() + (10 - rows) * row + m_table->horizontalHeader()->height();
        const int most = std::min(height() / 2, height() - heatmapHeight(8));
        if (wanted > m_reportsDock->height() && most > m_reportsDock->height())
            resizeDocks({m_reportsDock}, {std::min(wanted, most)}, Qt::Vertical);
    });
}

void EngineeringPerspective::setClusterCoverage(qint64 clustered, qint64 total)
{
    m_clusterCoverage->setVisible(clustered < total);
    m_clusterCoverage->setText(tr("Root causes among the newest %1 of %2 reports in the window.")
                                   .arg(NumberFormat::count(clustered), NumberFormat::count(total)));
}

QString EngineeringPerspective::clusterCoverage() const
{
    return m_clusterCoverage->isHidden() ? QString() : m_clusterCoverage->text();
}

QString EngineeringPerspective::drillDown() const
{
    return m_showAll->isHidden() ? QString() : m_drillLabel->text();
}

} // namespace pegboard
