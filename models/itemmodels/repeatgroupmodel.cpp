#include "repeatgroupmodel.h"

#include "issuetablemodel.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QTimer>
#include <algorithm>

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
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(m_issues, signal, this, [this] {
                rebuild();
                scheduleRefilter();
            });
        connect(m_issues, &QAbstractItemModel::modelReset, this, &RepeatGroupModel::rebuild);
        connect(m_issues, &QAbstractItemModel::dataChanged, this, [this] {
            rebuild();
            scheduleRefilter();
        });
    }
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
    const QString where = !issue.symbol.isEmpty() ? issue.symbol.toUpper() : issue.protocol.toLower();
    return issue.issueType + QLatin1Char('|') + where + QLatin1Char('|') + normalisedTitle(issue.title);
}

void RepeatGroupModel::rebuild()
{
    m_groupOf.clear();
    m_groups.clear();
    if (!m_issues)
        return;
    const int rows = m_issues->rowCount();
    m_groupOf.resize(rows);
    // Per key, the rows oldest first; a gap longer than the window starts a new group.
    QHash<QString, QList<int>> byKey;
    for (int row = 0; row < rows; ++row)
        byKey[groupKey(m_issues->issueAt(row))].append(row);
    for (auto it = byKey.begin(); it != byKey.end(); ++it) {
        QList<int> &members = it.value();
        std::sort(members.begin(), members.end(), [this](int a, int b) {
            return m_issues->issueAt(a).reportedAt < m_issues->issueAt(b).reportedAt;
        });
        int group = -1;
        for (int row : members) {
            const QDateTime at = m_issues->issueAt(row).reportedAt;
            if (group < 0 || !m_groups[group].last.isValid() || !at.isValid() ||
                m_groups[group].last.secsTo(at) > RepeatWindowSecs) {
                m_groups.append(
                    Group{it.key() + QLatin1Char('@') + at.toString(Qt::ISODateWithMs), -1, 0, at, at});
                group = int(m_groups.size()) - 1;
            }
            Group &g = m_groups[group];
            g.count += 1;
            g.last = at;
            g.newestRow = row; // oldest first: the last one seen is the newest
            m_groupOf[row] = group;
        }
    }
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
    if (!m_grouping || sourceRow >= m_groupOf.size())
        return true;
    const Group &g = m_groups[m_groupOf[sourceRow]];
    return g.newestRow == sourceRow || m_expanded.contains(g.id);
}

QVariant RepeatGroupModel::data(const QModelIndex &index, int role) const
{
    const int row = mapToSource(index).row();
    const bool grouped = m_grouping && row >= 0 && row < m_groupOf.size();
    const Group *g = grouped ? &m_groups[m_groupOf[row]] : nullptr;
    if (role == RepeatCountRole)
        return g ? g->count : 1;
    if (role == GroupKeyRole)
        return g ? g->id : QString();
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
