#include "engineeringperspective.h"

#include "exporter.h"
#include "issuedetailview.h"
#include "itemmodels/issuetablemodel.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace pegboard {

EngineeringPerspective::EngineeringPerspective(QWidget *parent)
    : QMainWindow(parent)
    , m_table(new QTableView(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_detail(new IssueDetailView(this))
{
    setObjectName(QStringLiteral("EngineeringPerspective"));
    setWindowFlags(Qt::Widget);
    setDockNestingEnabled(true);

    m_proxy->setSortRole(IssueTableModel::SortRole);
    m_table->setObjectName(QStringLiteral("issueTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(IssueTableModel::Reported, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    setCentralWidget(m_table);
    Exporter::installTableExport(m_table);

    auto *dock = new QDockWidget(tr("Report"), this);
    dock->setObjectName(QStringLiteral("reportDock"));
    dock->setWidget(m_detail);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    // The table needs the room at first; the user can drag the split and it is remembered.
    resizeDocks({dock}, {fontMetrics().averageCharWidth() * 70}, Qt::Horizontal);
}

void EngineeringPerspective::setIssueModel(QAbstractItemModel *model)
{
    m_proxy->setSourceModel(model);
    m_table->horizontalHeader()->setSectionResizeMode(IssueTableModel::Title, QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    emit issueSelected(current.data(IssueTableModel::IssueIdRole).toUuid());
            });
}

} // namespace pegboard
