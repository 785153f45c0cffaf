#include "issuedetailview.h"

#include "domain/issuetype.h"
#include "itemmodels/issuetablemodel.h"
#include "itemmodels/jsontreemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStringListModel>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace pegboard {

IssueDetailView::IssueDetailView(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_body(new QTextBrowser(this))
    , m_contextView(new QTreeView(this))
    , m_context(new JsonTreeModel(this))
    , m_referencesView(new QListView(this))
    , m_references(new QStringListModel(this))
    , m_historyView(new QListView(this))
    , m_history(new QStringListModel(this))
    , m_relatedView(new QListView(this))
    , m_related(new QStringListModel(this))
    , m_acknowledge(new QPushButton(tr("&Acknowledge"), this))
    , m_annotate(new QPushButton(tr("A&nnotate…"), this))
    , m_resolve(new QPushButton(tr("&Resolve…"), this))
    , m_prevention(new QPushButton(tr("&Prevention implemented"), this))
{
    setObjectName(QStringLiteral("IssueDetailView"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->setOpenLinks(false);
    m_contextView->setModel(m_context);
    m_contextView->setAlternatingRowColors(true);
    m_contextView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_referencesView->setModel(m_references);
    m_referencesView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_referencesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setModel(m_history);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setWordWrap(true);
    m_prevention->setCheckable(true);
    m_referencesView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *copy = new QAction(tr("&Copy"), m_referencesView);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_referencesView->addAction(copy);
    m_referencesView->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(copy, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(copyableReferences()); });

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_acknowledge);
    actions->addWidget(m_annotate);
    actions->addWidget(m_resolve);
    actions->addWidget(m_prevention);
    actions->addStretch();

    auto *lower = new QSplitter(Qt::Horizontal, this);
    auto *contextBox = new QGroupBox(tr("Context at receipt"), lower);
    (new QVBoxLayout(contextBox))->addWidget(m_contextView);
    auto *refsBox = new QGroupBox(tr("Transactions and contracts"), lower);
    (new QVBoxLayout(refsBox))->addWidget(m_referencesView);
    auto *historyBox = new QGroupBox(tr("History"), lower);
    (new QVBoxLayout(historyBox))->addWidget(m_historyView);
    m_relatedView->setModel(m_related);
    m_relatedView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_relatedView->setObjectName(QStringLiteral("relatedView"));
    auto *relatedBox = new QGroupBox(tr("Related reports (same type and protocol, ±6 h)"), lower);
    (new QVBoxLayout(relatedBox))->addWidget(m_relatedView);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(actions);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_body);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    connect(m_acknowledge, &QPushButton::clicked, this,
            [this] { emit acknowledgeRequested(m_issue.id, {}); });
    connect(m_annotate, &QPushButton::clicked, this, &IssueDetailView::askAnnotation);
    connect(m_resolve, &QPushButton::clicked, this, &IssueDetailView::askResolution);
    connect(m_prevention, &QPushButton::clicked, this,
            [this](bool checked) { emit preventionRequested(m_issue.id, checked); });
    clear();
}

void IssueDetailView::clear()
{
    m_issue = Issue();
    m_header->setText(tr("<i>Select a report to see its details.</i>"));
    m_body->clear();
    m_context->setGroups({});
    m_references->setStringList({});
    m_history->setStringList({});
    m_related->setStringList({});
    for (QPushButton *b : {m_acknowledge, m_annotate, m_resolve, m_prevention})
        b->setEnabled(false);
}

void IssueDetailView::setIssue(const Issue &issue)
{
    m_issue = issue;
    const QLocale locale;
    m_header->setText(QStringLiteral("<b>%1</b><br>%2 · %3 · %4 · %5")
                          .arg(issue.title.toHtmlEscaped(), Severity::displayName(issue.severityLevel),
                               IssueType::displayName(issue.issueType),
                               locale.toString(issue.reportedAt.toLocalTime(), QLocale::LongFormat),
                               IssueTableModel::statusText(issue).toHtmlEscaped()));
    m_body->setPlainText(issue.body);
    m_context->setGroups({{QStringLiteral("network_conditions"), issue.context.networkConditions},
                          {QStringLiteral("price_context"), issue.context.priceContext},
                          {QStringLiteral("protocol_state"), issue.context.protocolState}});
    m_contextView->expandAll();
    m_references->setStringList(issue.relatedTxHashes + issue.affectedContracts);
    m_prevention->setChecked(issue.preventionImplemented);
    enableActions();
}

void IssueDetailView::enableActions()
{
    const bool writable = m_readOnlyReason.isEmpty() && !m_issue.id.isNull();
    for (QPushButton *b : {m_annotate, m_prevention})
        b->setEnabled(writable);
    m_acknowledge->setEnabled(writable && m_issue.acknowledgedBy.isEmpty() && !m_issue.isResolved());
    m_resolve->setEnabled(writable && !m_issue.isResolved());
    for (QPushButton *b : {m_acknowledge, m_annotate, m_resolve, m_prevention})
        b->setToolTip(m_readOnlyReason);
}

void IssueDetailView::setChangesDisabled(const QString &reason)
{
    m_readOnlyReason = reason;
    enableActions();
}

void IssueDetailView::setHistory(const QList<Annotation> &annotations, const QList<AuditEntry> &audit)
{
    const QLocale locale;
    QList<QPair<QDateTime, QString>> lines;
    for (const Annotation &a : annotations)
        lines.append({a.createdAt, tr("%1 — %2 noted: %3")
                                       .arg(locale.toString(a.createdAt.toLocalTime(), QLocale::ShortFormat),
                                            a.author, a.body)});
    for (const AuditEntry &e : audit) {
        if (e.action != QLatin1String("annotate"))
            lines.append({e.at, tr("%1 — %2: %3")
                                    .arg(locale.toString(e.at.toLocalTime(), QLocale::ShortFormat), e.actor,
                                         e.action)});
    }
    std::sort(lines.begin(), lines.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList text;
    for (const auto &line : lines)
        text << line.second;
    m_history->setStringList(text);
}

void IssueDetailView::setRelated(const QList<Issue> &related)
{
    const QLocale locale;
    QStringList lines;
    for (const Issue &i : related)
        lines << QStringLiteral("%1 · %2 · %3")
                     .arg(locale.toString(i.reportedAt.toLocalTime(), QLocale::ShortFormat),
                          Severity::displayName(i.severityLevel), i.title);
    m_related->setStringList(lines);
}

int IssueDetailView::relatedCount() const
{
    return m_related->rowCount();
}

QString IssueDetailView::copyableReferences() const
{
    QStringList out;
    const auto selected = m_referencesView->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return m_references->stringList().join(QLatin1Char('\n'));
    for (const QModelIndex &index : selected)
        out << index.data().toString();
    return out.join(QLatin1Char('\n'));
}

void IssueDetailView::askAnnotation()
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Annotate report"), tr("Note:"), {}, &ok);
    if (ok && !text.trimmed().isEmpty())
        emit annotateRequested(m_issue.id, text.trimmed());
}

void IssueDetailView::askResolution()
{
    bool ok = false;
    const QStringList categories{QStringLiteral("oracle_config"),  QStringLiteral("gas_strategy"),
                                 QStringLiteral("contract_fix"),   QStringLiteral("liquidity"),
                                 QStringLiteral("infrastructure"), QStringLiteral("false_alarm")};
    const QString category = QInputDialog::getItem(this, tr("Resolve report"), tr("Resolution category:"),
                                                   categories, 0, true, &ok);
    if (ok && !category.trimmed().isEmpty())
        emit resolveRequested(m_issue.id, category.trimmed(), m_prevention->isChecked(), {});
}

} // namespace pegboard
