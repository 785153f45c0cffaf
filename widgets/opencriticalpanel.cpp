#include "opencriticalpanel.h"

#include "itemmodels/issuetablemodel.h"
#include "itemmodels/repeatgroupmodel.h"
#include "listcapbanner.h"

#include <QAction>
#include <QCheckBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pegboard {

OpenCriticalPanel::OpenCriticalPanel(QWidget *parent)
    : QWidget(parent)
    , m_cap(new ListCapBanner(this))
    , m_groupToggle(new QCheckBox(tr("Group repeats"), this))
    , m_table(new QTableView(this))
    , m_groups(new RepeatGroupModel(this))
    , m_expand(new QAction(tr("Show every report of this group"), this))
    , m_export(new QAction(tr("Export as CSV…"), this))
{
    m_cap->setObjectName(QStringLiteral("criticalCapBanner"));
    m_cap->exportButton()->setToolTip(
        tr("Writes every open critical report in the filter, not only the listed ones"));
    m_groupToggle->setChecked(true);
    m_groupToggle->setToolTip(tr("Reports of one type and coin with the same title within an hour of each "
                                 "other show as one row, “×12”, with the newest report"));
    m_table->setObjectName(QStringLiteral("openCriticalTable"));
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The rows on screen are folded and perhaps capped: the CSV comes from the store instead.
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_export);
    connect(m_export, &QAction::triggered, this, &OpenCriticalPanel::exportAllRequested);
    connect(m_cap, &ListCapBanner::exportAllRequested, this, &OpenCriticalPanel::exportAllRequested);
    m_expand->setCheckable(true);
    m_table->addAction(m_expand);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_cap);
    layout->addWidget(m_groupToggle);
    layout->addWidget(m_table, 1);

    connect(m_groupToggle, &QCheckBox::toggled, m_groups, &RepeatGroupModel::setGrouping);
    connect(m_expand, &QAction::triggered, this, [this](bool on) {
        m_groups->setExpanded(m_table->currentIndex(), on);
        keepSelection();
    });
    // activated: double-click or Enter, as the platform has it.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit issueActivated(index.data(IssueTableModel::IssueIdRole).toUuid());
    });
    // A newer repeat can fold the selected row away: its group's row takes the selection.
    // The view moves the current row to a neighbour when it is removed: that is not the user's
    // choice, so it is not taken as a selection; keepSelection puts it back on the group.
    connect(m_groups, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                const int current = m_table->currentIndex().row();
                m_refolding = m_refolding || (current >= first && current <= last);
            });
    connect(m_groups, &QAbstractItemModel::rowsRemoved, this, &OpenCriticalPanel::keepSelection,
            Qt::QueuedConnection);
    connect(m_groups, &QAbstractItemModel::layoutChanged, this, &OpenCriticalPanel::keepSelection,
            Qt::QueuedConnection);
    connect(m_groups, &QAbstractItemModel::modelReset, this, &OpenCriticalPanel::keepSelection,
            Qt::QueuedConnection);
}

void OpenCriticalPanel::setModel(QAbstractItemModel *issues)
{
    m_groups->setSourceModel(issues);
    m_table->setModel(m_groups);
    // Newest first: live reports have no loss estimate yet and would sink under old ones by loss.
    m_table->sortByColumn(IssueTableModel::Reported, Qt::DescendingOrder);
    for (int column :
         {int(IssueTableModel::Type), int(IssueTableModel::Source), int(IssueTableModel::Symbol)})
        m_table->hideColumn(column);
    QHeaderView *header = m_table->horizontalHeader();
    header->setResizeContentsPrecision(100); // the first rows tell the widths; all would cost
    header->setSectionResizeMode(IssueTableModel::Title, QHeaderView::Stretch);
    if (auto *model = qobject_cast<IssueTableModel *>(issues))
        connect(model, &IssueTableModel::filled, m_table, &QTableView::resizeColumnsToContents);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid() || m_refolding)
                    return;
                m_expand->setChecked(m_groups->isExpanded(current));
                m_expand->setEnabled(current.data(RepeatGroupModel::RepeatCountRole).toInt() > 1 ||
                                     m_groups->isExpanded(current));
                const QUuid id = current.data(IssueTableModel::IssueIdRole).toUuid();
                if (id == m_selected)
                    return;
                m_selected = id;
                emit issueSelected(id);
            });
}

void OpenCriticalPanel::keepSelection()
{
    m_refolding = false;
    if (m_selected.isNull() || !m_table->selectionModel())
        return;
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid() && current.data(IssueTableModel::IssueIdRole).toUuid() == m_selected)
        return;
    const QModelIndex row = m_groups->indexOfIssue(m_selected);
    if (!row.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
}

} // namespace pegboard
