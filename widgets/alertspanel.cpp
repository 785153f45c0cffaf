#include "alertspanel.h"

#include "response/ruleset.h"

#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <numeric>

namespace pegboard {

namespace {
QString when(qint64 ms)
{
    return ms ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC), QLocale::ShortFormat)
              : QString();
}

QTableWidget *table(QWidget *parent, const QStringList &headers, const QString &name)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}
} // namespace

AlertsPanel::AlertsPanel(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("AlertsPanel"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(firingsPage(), tr("Firings"));
    tabs->addTab(silencesPage(), tr("Silences"));
    tabs->addTab(rulesPage(), tr("Rules and backtest"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_status);
}

QWidget *AlertsPanel::firingsPage()
{
    auto *page = new QWidget(this);
    m_firings = table(page,
                      {tr("State"), tr("Rule"), tr("Coin"), tr("Fired (UTC)"), tr("Value"),
                       tr("Resolved (UTC)"), tr("Acknowledged"), tr("Summary")},
                      QStringLiteral("firingsTable"));
    auto *acknowledge = new QPushButton(tr("Acknowledge"), page);
    acknowledge->setObjectName(QStringLiteral("acknowledgeFiring"));
    auto *refresh = new QPushButton(tr("Refresh"), page);
    connect(acknowledge, &QPushButton::clicked, this, [this] {
        const int row = m_firings->currentRow();
        if (row >= 0 && row < m_firingIds.size())
            for (qint64 id : m_firingIds[row]) // a row of repeats acknowledges each of them
                emit acknowledgeRequested(id);
    });
    connect(refresh, &QPushButton::clicked, this, &AlertsPanel::refreshRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(acknowledge);
    buttons->addStretch();
    buttons->addWidget(refresh);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_firings);
    layout->addLayout(buttons);
    return page;
}

QWidget *AlertsPanel::silencesPage()
{
    auto *page = new QWidget(this);
    m_silences =
        table(page, {tr("Rule"), tr("Coin"), tr("From (UTC)"), tr("Until (UTC)"), tr("By"), tr("Reason")},
              QStringLiteral("silencesTable"));
    auto *add = new QPushButton(tr("New silence…"), page);
    auto *end = new QPushButton(tr("End silence"), page);
    connect(add, &QPushButton::clicked, this, &AlertsPanel::newSilence);
    connect(end, &QPushButton::clicked, this, [this] {
        const int row = m_silences->currentRow();
        if (row >= 0 && row < m_silenceIds.size())
            emit expireSilenceRequested(m_silenceIds[row]);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(end);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_silences);
    layout->addLayout(buttons);
    return page;
}

QWidget *AlertsPanel::rulesPage()
{
    auto *page = new QWidget(this);
    m_rules = new QPlainTextEdit(page);
    m_rules->setObjectName(QStringLiteral("rulesEditor"));
    m_rules->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *days = new QSpinBox(page);
    days->setRange(1, 365);
    days->setValue(90);
    days->setSuffix(tr(" days"));
    days->setObjectName(QStringLiteral("backtestDays"));
    m_backtest = new QPushButton(tr("Backtest"), page);
    m_backtest->setObjectName(QStringLiteral("backtestButton"));
    m_cancel = new QPushButton(tr("Cancel"), page);
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(page);
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_backtestSummary = new QLabel(page);
    m_backtestSummary->setObjectName(QStringLiteral("backtestSummary"));
    m_backtestSummary->setWordWrap(true);
    m_timeline = new QListWidget(page);
    m_timeline->setObjectName(QStringLiteral("backtestTimeline"));
    connect(m_backtest, &QPushButton::clicked, this, [this, days] {
        const QJsonDocument doc = QJsonDocument::fromJson(m_rules->toPlainText().toUtf8());
        auto parsed = RuleSet::fromJson(doc.object());
        if (!doc.isObject() || !parsed) {
            setBacktestError(doc.isObject() ? parsed.error().message
                                            : tr("The rules are not a JSON object."));
            return;
        }
        m_backtest->setEnabled(false);
        m_cancel->setEnabled(true);
        m_progress->setValue(0);
        m_progress->setVisible(true);
        m_backtestSummary->setText(tr("Replaying the recorded feeds…"));
        m_timeline->clear();
        emit backtestRequested(m_rules->toPlainText(), days->value());
    });
    connect(m_cancel, &QPushButton::clicked, this, &AlertsPanel::backtestCancelRequested);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("What would these rules have fired over the last"), page));
    row->addWidget(days);
    row->addWidget(m_backtest);
    row->addWidget(m_cancel);
    row->addWidget(m_progress, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_rules, 2);
    layout->addLayout(row);
    layout->addWidget(m_backtestSummary);
    layout->addWidget(m_timeline, 1);
    return page;
}

void AlertsPanel::setRulesText(const QString &json)
{
    m_rules->setPlainText(json);
}

QString AlertsPanel::rulesText() const
{
    return m_rules->toPlainText();
}

QList<QList<int>> AlertsPanel::repeatGroups(const QList<AlertStore::Firing> &firings)
{
    // One group: the same rule on the same coin, still open or already resolved alike, each firing
    // within RepeatWindowMs of the previous one of the group. Groups keep the list's order (by
    // their first member); members are newest first.
    QList<QList<int>> groups;
    QHash<QString, int> open; // key → its current group
    QList<int> order(firings.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return firings[a].firedAtMs > firings[b].firedAtMs; });
    QList<int> groupOf(firings.size(), -1);
    for (int i : order) {
        const auto &f = firings[i];
        const QString key = f.rule + QLatin1Char('|') + f.symbol + QLatin1Char('|') +
                            (f.resolvedAtMs ? QLatin1Char('r') : QLatin1Char('o'));
        const auto it = open.constFind(key);
        if (it != open.constEnd() && firings[groups[*it].back()].firedAtMs - f.firedAtMs <= RepeatWindowMs) {
            groups[*it].append(i);
            groupOf[i] = *it;
            continue;
        }
        open.insert(key, int(groups.size()));
        groupOf[i] = int(groups.size());
        groups.append(QList<int>{i});
    }
    // In the order the store listed them (open ones first), by each group's first appearance.
    QList<QList<int>> ordered;
    QSet<int> placed;
    for (int i = 0; i < firings.size(); ++i)
        if (!placed.contains(groupOf[i])) {
            placed.insert(groupOf[i]);
            ordered.append(groups[groupOf[i]]);
        }
    return ordered;
}

void AlertsPanel::setFirings(const QList<AlertStore::Firing> &firings)
{
    const QLocale locale;
    const QList<QList<int>> groups = repeatGroups(firings);
    m_firings->setRowCount(int(groups.size()));
    m_firingIds.clear();
    for (int r = 0; r < groups.size(); ++r) {
        const auto &f = firings[groups[r].front()]; // the newest of its group
        QList<qint64> ids;
        for (int i : groups[r])
            if (firings[i].acknowledgedBy.isEmpty())
                ids << firings[i].id;
        m_firingIds << (ids.isEmpty() ? QList<qint64>{f.id} : ids);
        QString state = f.resolvedAtMs ? tr("resolved") : f.silenced ? tr("firing (silenced)") : tr("firing");
        if (groups[r].size() > 1)
            state += QStringLiteral("  ×") + locale.toString(groups[r].size());
        const QStringList cells{state,
                                f.rule,
                                f.symbol,
                                when(f.firedAtMs),
                                locale.toString(f.firedValue, 'g', 6),
                                when(f.resolvedAtMs),
                                f.acknowledgedBy.isEmpty()
                                    ? QString()
                                    : tr("%1, %2").arg(f.acknowledgedBy, when(f.acknowledgedAtMs)),
                                f.summary};
        for (int c = 0; c < cells.size(); ++c)
            m_firings->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_firings->resizeColumnsToContents();
    showStatus(firings.size() >= RecentLimit
                   ? tr("Showing the latest %1 firings (open ones first).").arg(RecentLimit)
                   : tr("%n firing(s).", nullptr, int(firings.size())));
}

void AlertsPanel::setSilences(const QList<Silence> &silences)
{
    m_silences->setRowCount(int(silences.size()));
    m_silenceIds.clear();
    for (int r = 0; r < silences.size(); ++r) {
        const auto &s = silences[r];
        m_silenceIds << s.id;
        const QStringList cells{s.rulePattern == QLatin1String("*") ? tr("all rules") : s.rulePattern,
                                s.symbol.isEmpty() ? tr("all") : s.symbol,
                                when(s.startsMs),
                                when(s.endsMs),
                                s.createdBy,
                                s.reason};
        for (int c = 0; c < cells.size(); ++c)
            m_silences->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_silences->resizeColumnsToContents();
}

void AlertsPanel::newSilence()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New silence"));
    auto *rule = new QLineEdit(QStringLiteral("*"), &dialog);
    auto *symbol = new QLineEdit(&dialog);
    symbol->setPlaceholderText(tr("all coins"));
    auto *until = new QDateTimeEdit(QDateTime::currentDateTimeUtc().addSecs(3600), &dialog);
    until->setTimeSpec(Qt::UTC);
    until->setCalendarPopup(true);
    auto *reason = new QLineEdit(&dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(reason, &QLineEdit::textChanged, &dialog, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Rule (name or *):"), rule);
    form->addRow(tr("Coin:"), symbol);
    form->addRow(tr("Until (UTC):"), until);
    form->addRow(tr("Reason (required):"), reason);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Silence s;
    s.rulePattern = rule->text().trimmed().isEmpty() ? QStringLiteral("*") : rule->text().trimmed();
    s.symbol = symbol->text().trimmed();
    s.startsMs = QDateTime::currentMSecsSinceEpoch();
    s.endsMs = until->dateTime().toMSecsSinceEpoch();
    s.reason = reason->text().trimmed();
    if (s.endsMs <= s.startsMs) {
        showStatus(tr("A silence must end in the future."));
        return;
    }
    emit silenceRequested(s);
}

void AlertsPanel::requestSilence(qint64 fromMs, qint64 toMs, const QString &reason)
{
    Silence s;
    s.startsMs = fromMs;
    s.endsMs = toMs;
    s.reason = reason;
    emit silenceRequested(s);
    showStatus(tr("Silencing every rule from %1 to %2 UTC…").arg(when(fromMs), when(toMs)));
}

void AlertsPanel::setBacktestProgress(int percent)
{
    m_progress->setValue(percent);
}

void AlertsPanel::setBacktestResults(const QList<Backtest::Result> &results)
{
    m_backtest->setEnabled(true);
    m_cancel->setEnabled(false);
    m_progress->setVisible(false);
    QStringList lines;
    m_timeline->clear();
    for (const Backtest::Result &r : results) {
        if (r.incidents.isEmpty()) {
            lines << tr("%1: would not have fired.").arg(r.rule);
            continue;
        }
        lines << tr("%1: would have fired %n time(s); first %2, last %3 (UTC).", nullptr,
                    int(r.incidents.size()))
                     .arg(r.rule, when(r.incidents.first().firedAtMs), when(r.incidents.last().firedAtMs));
        for (const auto &i : r.incidents)
            m_timeline->addItem(tr("%1  %2 → %3  (value %4, peak %5)")
                                    .arg(r.rule, when(i.firedAtMs),
                                         i.resolvedAtMs ? when(i.resolvedAtMs) : tr("still firing"),
                                         QLocale().toString(i.firedValue, 'g', 6),
                                         QLocale().toString(i.peak, 'g', 6)));
    }
    m_backtestSummary->setText(lines.join(QLatin1Char('\n')));
}

void AlertsPanel::setBacktestError(const QString &message)
{
    m_backtest->setEnabled(true);
    m_cancel->setEnabled(false);
    m_progress->setVisible(false);
    m_backtestSummary->setText(tr("Backtest not run: %1").arg(message));
}

void AlertsPanel::showStatus(const QString &message)
{
    m_status->setText(message);
}

QString AlertsPanel::backtestText() const
{
    return m_backtestSummary->text();
}

QString AlertsPanel::statusText() const
{
    return m_status->text();
}

} // namespace pegboard
