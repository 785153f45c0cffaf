#include "auditview.h"

#include "exporter.h"
#include "itemmodels/audittablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace pegboard {

AuditView::AuditView(AuditTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_verify(new QPushButton(tr("&Verify"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("auditView"));
    m_proxy->setSourceModel(model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    Exporter::installTableExport(m_table);
    m_filter->setPlaceholderText(tr("Filter: person, action, report, value…"));
    m_filter->setClearButtonEnabled(true);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setToolTip(
        tr("Recompute every leaf of the evidence log and compare it with the last checkpoint"));
    auto *checkpoint = new QPushButton(tr("&Checkpoint"), this);
    checkpoint->setToolTip(
        tr("Sign the evidence log as it is now and keep the checkpoint outside the database"));
    auto *refresh = new QPushButton(tr("&Reload"), this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setText(tr("Not verified yet."));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(refresh);
    bar->addWidget(checkpoint);
    bar->addWidget(m_verify);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_verify, &QPushButton::clicked, this, &AuditView::verifyRequested);
    connect(checkpoint, &QPushButton::clicked, this, &AuditView::checkpointRequested);
    connect(refresh, &QPushButton::clicked, this, &AuditView::refreshRequested);
}

void AuditView::setVerification(bool ok, const QString &summary)
{
    m_status->setText(summary);
    m_status->setStyleSheet(ok ? QString() : QStringLiteral("color: #c0392b; font-weight: bold;"));
    setBusy(false);
}

void AuditView::setBusy(bool busy)
{
    m_verify->setEnabled(!busy);
    if (busy)
        m_status->setText(tr("Recomputing the evidence log…"));
}

} // namespace pegboard
