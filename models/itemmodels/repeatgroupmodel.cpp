#include "repeatgroupmodel.h"

#include "issuetablemodel.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QTimer>
#include <algorithm>
#include <numeric>

namespace pegboard {

RepeatGroupModel::RepeatGroupModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(IssueTableModel::SortRole);
}

void RepeatGroupModel::setSourceModel(QAbstractItemModel *source)
{
    if (m_issues)
        disconnect(m_issues, nullptr, this, nullptr);
    m_issues = qobject_cast<IssueTableModel *>(source);
    // Connected before the proxy's own handlers: the groups are current when it filters new rows.
    if (m_issues) {
        // Keys are made once per row as rows arrive (a regex per title), not for every row at each
        // batch of a filling table: the table grows by AppendBatch rows a turn.
        connect(m_issues, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) {
                    QList<int> keys;
                    keys.reserve(last - first + 1);
                    for (int row = first; row <= last; ++row)
                        keys.append(keyId(m_issues->issueAt(row)));
                    m_keyOf.insert(first, keys.size(), 0);
                    std::move(keys.begin(), keys.end(), m_keyOf.begin() + first);
                    // Rows already there are filtered again only when one of them is shown or hidden now
                    // (a newer report joined its group); the new rows the proxy filters as they come.
                    const std::vector<bool> before = m_accepted;
                    rebuild();
                    const qsizetype added = last - first + 1;
                    for (qsizetype row = 0; row < qsizetype(before.size()); ++row)
                        if (before[size_t(row)] != m_accepted[size_t(row < first ? row : row + added)]) {
                            scheduleRefilter();
                            break;
                        }
                });
        connect(m_issues, &QAbstractItemModel::rowsRemoved, this,
                [this](const QModelIndex &, int first, int last) {
                    m_keyOf.remove(first, last - first + 1);
                    rebuild();
                    scheduleRefilter();
                });
        connect(m_issues, &QAbstractItemModel::modelReset, this, [this] {
            m_titles.clear();
            m_keyIds.clear();
            m_keys.clear();
            rekey(0, m_issues->rowCount() - 1);
            rebuild();
        });
        connect(m_issues, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    rekey(topLeft.row(), bottomRight.row());
                    rebuild();
                    scheduleRefilter();
                });
    }
    if (m_issues)
        rekey(0, m_issues->rowCount() - 1);
    else
        m_keyOf.clear();
    rebuild();
    QSortFilterProxyModel::setSourceModel(source);
}

QString RepeatGroupModel::normalisedTitle(const QString &title)
{
    static const QRegularExpression hex(QStringLiteral("0x[0-9a-f]+"));
    static const QRegularExpression number(QStringLiteral("[0-9]+([.,][0-9]+)*"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QString t = title.toLower();
    t.replace(hex, QStringLiteral("0x"));
    t.replace(number, QStringLiteral("#"));
    t.replace(space, QStringLiteral(" "));
    return t.trimmed();
}

QString RepeatGroupModel::groupKey(const Issue &issue)
{
    return groupKey(issue, normalisedTitle(issue.title));
}

QString RepeatGroupModel::groupKey(const Issue &issue, const QString &normalisedTitle)
{
    const QString where = !issue.symbol.isEmpty() ? issue.symbol.toUpper() : issue.protocol.toLower();
    return issue.issueType + QLatin1Char('|') + where + QLatin1Char('|') + normalisedTitle;
}

int RepeatGroupModel::keyId(const Issue &issue)
{
    // Titles repeat (that is what this model is for): each distinct one is normalised once, and
    // each key is a small number, so regrouping compares numbers, not strings.
    auto title = m_titles.constFind(issue.title);
    if (title == m_titles.cend())
        title = m_titles.insert(issue.title, normalisedTitle(issue.title));
    const QString key = groupKey(issue, *title);
    auto id = m_keyIds.constFind(key);
    if (id == m_keyIds.cend()) {
        id = m_keyIds.insert(key, int(m_keys.size()));
        m_keys.append(key);
    }
    return *id;
}

void RepeatGroupModel::rekey(int first, int last)
{
    if (!m_issues)
        return;
    m_keyOf.resize(m_issues->rowCount());
    for (int row = std::max(0, first); row <= last && row < m_keyOf.size(); ++row)
        m_keyOf[row] = keyId(m_issues->issueAt(row));
}

QString RepeatGroupModel::groupId(const Group &group) const
{
    return m_keys.at(group.key) + QLatin1Char('@') + group.first.toString(Qt::ISODateWithMs);
}

void RepeatGroupModel::rebuild()
{
    m_groupOf.clear();
    m_groups.clear();
    m_accepted.clear();
    if (!m_issues)
        return;
    const int rows = int(std::min<qsizetype>(m_issues->rowCount(), m_keyOf.size()));
    m_groupOf.resize(rows);
    std::vector<qint64> at(size_t(rows), 0);
    std::vector<bool> known(size_t(rows), false);
    for (int row = 0; row < rows; ++row) {
        const QDateTime &t = m_issues->issueAt(row).reportedAt;
        known[size_t(row)] = t.isValid();
        at[size_t(row)] = known[size_t(row)] ? t.toMSecsSinceEpoch() : 0;
    }
    // The rows by key, each key's oldest first (an unknown time first, as an invalid QDateTime
    // sorts); a gap longer than the window starts a new group.
    std::vector<int> order(static_cast<size_t>(rows));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (m_keyOf[a] != m_keyOf[b])
            return m_keyOf[a] < m_keyOf[b];
        return known[size_t(a)] != known[size_t(b)] ? !known[size_t(a)] : at[size_t(a)] < at[size_t(b)];
    });
    int group = -1;
    for (int row : order) {
        const bool valid = known[size_t(row)];
        if (group < 0 || m_groups[group].key != m_keyOf[row] || !m_groups[group].last.isValid() || !valid ||
            at[size_t(row)] - m_groups[group].last.toMSecsSinceEpoch() > RepeatWindowSecs * 1000) {
            const QDateTime &when = m_issues->issueAt(row).reportedAt;
            m_groups.append(Group{m_keyOf[row], -1, 0, when, when});
            group = int(m_groups.size()) - 1;
        }
        Group &g = m_groups[group];
        g.count += 1;
        g.last = m_issues->issueAt(row).reportedAt;
        g.newestRow = row; // oldest first: the last one seen is the newest
        m_groupOf[row] = group;
    }
    m_accepted.resize(size_t(rows));
    for (int row = 0; row < rows; ++row)
        m_accepted[size_t(row)] = accepts(row);
}

bool RepeatGroupModel::accepts(int sourceRow) const
{
    if (!m_grouping || sourceRow >= m_groupOf.size())
        return true;
    const Group &g = m_groups[m_groupOf[sourceRow]];
    return g.newestRow == sourceRow || (!m_expanded.isEmpty() && m_expanded.contains(groupId(g)));
}

void RepeatGroupModel::scheduleRefilter()
{
    // Rows already shown may have to fold under a newer one of their group: once per turn.
    if (m_refilterQueued)
        return;
    m_refilterQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_refilterQueued = false;
        invalidateFilter();
    });
}

bool RepeatGroupModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return accepts(sourceRow);
}

QVariant RepeatGroupModel::data(const QModelIndex &index, int role) const
{
    const int row = mapToSource(index).row();
    const bool grouped = m_grouping && row >= 0 && row < m_groupOf.size();
    const Group *g = grouped ? &m_groups[m_groupOf[row]] : nullptr;
    if (role == RepeatCountRole)
        return g ? g->count : 1;
    if (role == GroupKeyRole)
        return g ? groupId(*g) : QString();
    if (g && g->count > 1 && g->newestRow == row && index.column() == IssueTableModel::Title) {
        const QLocale locale;
        if (role == Qt::DisplayRole)
            return QStringLiteral("×%1  ").arg(locale.toString(g->count)) +
                   QSortFilterProxyModel::data(index, role).toString();
        if (role == Qt::ToolTipRole)
            return tr("%n report(s) like this from %1 to %2; the newest is shown (expand to see all).",
                      nullptr, g->count)
                .arg(locale.toString(g->first.toLocalTime(), QLocale::ShortFormat),
                     locale.toString(g->last.toLocalTime(), QLocale::ShortFormat));
    }
    return QSortFilterProxyModel::data(index, role);
}

void RepeatGroupModel::setGrouping(bool on)
{
    if (on == m_grouping)
        return;
    m_grouping = on;
    rebuild();
    invalidateFilter();
}

void RepeatGroupModel::setExpanded(const QModelIndex &index, bool expanded)
{
    const QString id = data(index, GroupKeyRole).toString();
    if (id.isEmpty())
        return;
    if (expanded)
        m_expanded.insert(id);
    else
        m_expanded.remove(id);
    rebuild();
    invalidateFilter();
}

bool RepeatGroupModel::isExpanded(const QModelIndex &index) const
{
    return m_expanded.contains(data(index, GroupKeyRole).toString());
}

QModelIndex RepeatGroupModel::indexOfIssue(const QUuid &id) const
{
    if (!m_issues)
        return {};
    const int row = m_issues->rowOf(id);
    if (row < 0 || row >= m_issues->rowCount())
        return {};
    QModelIndex shown = mapFromSource(m_issues->index(row, 0));
    if (!shown.isValid() && row < m_groupOf.size())
        shown = mapFromSource(m_issues->index(m_groups[m_groupOf[row]].newestRow, 0));
    return shown;
}

} // namespace pegboard
