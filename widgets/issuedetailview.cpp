#include "issuedetailview.h"

#include "domain/issuetype.h"
#include "domain/numberformat.h"
#include "domain/sourcelink.h"
#include "itemmodels/contextfieldsmodel.h"
#include "itemmodels/issuetablemodel.h"
#include "resolvedialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pegboard {

IssueDetailView::IssueDetailView(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_body(new QTextBrowser(this))
    , m_contextView(new QTableView(this))
    , m_context(new ContextFieldsModel(this))
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
    m_body->setOpenLinks(false);
    m_contextView->setObjectName(QStringLiteral("contextView"));
    m_contextView->setModel(m_context);
    m_contextView->setAlternatingRowColors(true);
    m_contextView->verticalHeader()->hide();
    m_contextView->horizontalHeader()->hide();
    m_contextView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contextView->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Values are never cut: the label column fits its words, the value takes the rest and wraps.
    m_contextView->setWordWrap(true);
    m_contextView->horizontalHeader()->setSectionResizeMode(ContextFieldsModel::Field,
                                                            QHeaderView::ResizeToContents);
    m_contextView->horizontalHeader()->setSectionResizeMode(ContextFieldsModel::Value, QHeaderView::Stretch);
    m_contextView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // A long label wraps rather than squeezing the value out of a narrow panel.
    m_contextView->horizontalHeader()->setMaximumSectionSize(fontMetrics().averageCharWidth() * 18);
    connect(m_context, &QAbstractItemModel::modelReset, this, [this] {
        for (int row = 0; row < m_context->rowCount(); ++row)
            m_contextView->setSpan(
                row, 0, 1, m_context->index(row, 0).data(ContextFieldsModel::GroupRole).toBool() ? 2 : 1);
    });
    m_header->setOpenExternalLinks(true);
    m_header->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_referencesView->setModel(m_references);
    m_referencesView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_referencesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setModel(m_history);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setWordWrap(true);
    m_prevention->setCheckable(true);
    m_referencesView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_referencesView->setObjectName(QStringLiteral("referencesView"));
    // Double-click or Enter opens a hash or contract in the block explorer.
    connect(m_referencesView, &QListView::activated, this, [this](const QModelIndex &index) {
        const QUrl url = explorerUrl(index.data().toString());
        if (url.isValid())
            QDesktopServices::openUrl(url);
    });

    auto *copy = new QAction(tr("&Copy"), m_referencesView);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_referencesView->addAction(copy);
    m_referencesView->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(copy, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(copyableReferences()); });

    // Two rows of two: the buttons keep their words at 200 % and in German without widening the panel.
    auto *actions = new QGridLayout;
    actions->addWidget(m_acknowledge, 0, 0);
    actions->addWidget(m_annotate, 0, 1);
    actions->addWidget(m_resolve, 1, 0);
    actions->addWidget(m_prevention, 1, 1);
    actions->setColumnStretch(2, 1);

    // Context, references, history and related reports as tabs: each gets the panel's full width.
    auto *lower = new QTabWidget(this);
    auto *contextBox = new QWidget(lower);
    (new QVBoxLayout(contextBox))->addWidget(m_contextView);
    auto *refsBox = new QWidget(lower);
    (new QVBoxLayout(refsBox))->addWidget(m_referencesView);
    auto *historyBox = new QWidget(lower);
    (new QVBoxLayout(historyBox))->addWidget(m_historyView);
    m_relatedView->setModel(m_related);
    m_relatedView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_relatedView->setObjectName(QStringLiteral("relatedView"));
    auto *relatedBox = new QWidget(lower);
    (new QVBoxLayout(relatedBox))->addWidget(m_relatedView);
    lower->addTab(contextBox, tr("Context at receipt"));
    lower->addTab(refsBox, tr("Transactions and contracts"));
    lower->addTab(historyBox, tr("History"));
    lower->addTab(relatedBox, tr("Related reports (same type and protocol, ±6 h)"));
    lower->setUsesScrollButtons(true);

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
    m_context->setContext({});
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
    const auto money = [&locale](const std::optional<double> &usd) {
        return usd ? NumberFormat::money(*usd, locale) : tr("not known");
    };
    QStringList facts;
    facts << tr("Source: %1").arg(issue.source.toHtmlEscaped());
    if (!issue.reporterAddress.isEmpty())
        facts << tr("Reporter: %1").arg(issue.reporterAddress.toHtmlEscaped());
    if (!issue.symbol.isEmpty())
        facts << tr("Coin: %1").arg(issue.symbol.toHtmlEscaped());
    if (!issue.protocol.isEmpty())
        facts << tr("Protocol: %1").arg(issue.protocol.toHtmlEscaped());
    // The original (GitHub issue, Slack message, …): linked only when it is an http(s) link, whoever
    // wrote the row; the href is QUrl's encoding, so no quote or angle bracket reaches the markup.
    if (const QUrl original = sourceLink(); !original.isEmpty())
        facts << QStringLiteral("<a href=\"%1\">%2</a>")
                     .arg(original.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                          tr("Open the original on %1").arg(original.host().toHtmlEscaped()));
    QString header =
        QStringLiteral("<b>%1</b><br>%2 · %3 · %4 · %5<br>%6<br>%7")
            .arg(issue.title.toHtmlEscaped(), Severity::displayName(issue.severityLevel),
                 IssueType::displayName(issue.issueType),
                 locale.toString(issue.reportedAt.toLocalTime(), QLocale::LongFormat),
                 IssueTableModel::statusText(issue).toHtmlEscaped(), facts.join(QStringLiteral(" · ")),
                 tr("Estimated loss: %1 · Actual loss: %2")
                     .arg(money(issue.estimatedLossUsd), money(issue.actualLossUsd)));
    if (issue.isResolved() && !issue.resolutionCategory.isEmpty())
        header +=
            QStringLiteral("<br>") +
            tr("Resolved: %1").arg(ResolveDialog::displayName(issue.resolutionCategory).toHtmlEscaped());
    m_header->setText(header);
    m_body->setPlainText(issue.body);
    m_context->setContext(issue.context, issue.reportedAt);
    m_references->setStringList(issue.relatedTxHashes + issue.affectedContracts);
    m_referencesView->setToolTip(m_explorer.isValid()
                                     ? tr("Double-click or Enter opens it in %1.").arg(m_explorer.host())
                                     : QString());
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

QUrl IssueDetailView::sourceLink() const
{
    return SourceLink::validated(m_issue.sourceUrl).value_or(QUrl());
}

QString IssueDetailView::headerText() const
{
    return m_header->text();
}

QUrl IssueDetailView::explorerUrl(const QString &reference) const
{
    static const QRegularExpression tx(QStringLiteral("^0x[0-9a-fA-F]{64}$"));
    static const QRegularExpression address(QStringLiteral("^0x[0-9a-fA-F]{40}$"));
    if (!m_explorer.isValid() || m_explorer.isEmpty())
        return {};
    const QString kind = tx.match(reference).hasMatch()        ? QStringLiteral("tx")
                         : address.match(reference).hasMatch() ? QStringLiteral("address")
                                                               : QString();
    if (kind.isEmpty())
        return {};
    QUrl url = m_explorer;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + kind + QLatin1Char('/') + reference);
    return url;
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
    ResolveDialog dialog(m_prevention->isChecked(), this);
    if (m_issue.actualLossUsd)
        dialog.setActualLoss(*m_issue.actualLossUsd);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit resolveRequested(m_issue.id, dialog.category(), dialog.preventionImplemented(), dialog.note(),
                          dialog.actualLossUsd());
}

} // namespace pegboard
