#pragma once

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QUuid>
#include <vector>

namespace pegboard {

class IssueTableModel;
struct Issue;

// Repeated reports as one row with a count: over an IssueTableModel, reports of the same type, the
// same coin (or protocol, when no coin) and the same normalised title (case, digits, amounts and
// hex addresses ignored) that follow each other within RepeatWindowSecs form a group; the group
// shows as its newest report, its title prefixed "×12". A group can be expanded to show every
// report. Sorting is by IssueTableModel::SortRole, as for the plain table.
class RepeatGroupModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum Role
    {
        RepeatCountRole = Qt::UserRole + 50, // reports in this row's group
        GroupKeyRole,
    };
    // A report more than this after the previous one of its kind starts a new group.
    static constexpr qint64 RepeatWindowSecs = 3600;

    explicit RepeatGroupModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The grouping key (without the time window): "type|coin-or-protocol|normalised title".
    static QString groupKey(const Issue &issue);
    static QString normalisedTitle(const QString &title);

    void setGrouping(bool on);
    bool isGrouping() const { return m_grouping; }
    // Shows or hides the rest of this row's group.
    void setExpanded(const QModelIndex &index, bool expanded);
    bool isExpanded(const QModelIndex &index) const;
    // The row showing this report, or the row of its group's newest when it is folded away.
    QModelIndex indexOfIssue(const QUuid &id) const;
    int groupCount() const { return int(m_groups.size()); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    struct Group
    {
        int key = 0; // in m_keys
        int newestRow = -1;
        int count = 0;
        QDateTime first, last;
    };
    // Regroups every row from the cached keys, and notes which rows are shown.
    void rebuild();
    static QString groupKey(const Issue &issue, const QString &normalisedTitle);
    bool accepts(int sourceRow) const;
    void rekey(int first, int last);
    int keyId(const Issue &issue);
    // The key and the first report's time: stable while the group grows (what Expand remembers).
    QString groupId(const Group &group) const;
    void scheduleRefilter();

    IssueTableModel *m_issues = nullptr;
    QList<int> m_keyOf;               // per source row: its groupKey() in m_keys
    QHash<QString, QString> m_titles; // title → normalisedTitle(), for this answer's titles
    QHash<QString, int> m_keyIds;     // groupKey() → index in m_keys
    QList<QString> m_keys;
    QList<int> m_groupOf;         // per source row
    std::vector<bool> m_accepted; // per source row: accepts() at the last rebuild()
    QList<Group> m_groups;
    QSet<QString> m_expanded;
    bool m_grouping = true;
    bool m_refilterQueued = false;
};

} // namespace pegboard
