#pragma once

#include "dataset/dataset.h"
#include "store/issuequery.h"

#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUuid>

namespace pegboard {

class ChangeListener;
class IssueTableModel;
class StoreClient;
struct ImpactSummary;
struct Issue;

// The console's data flow: the filter's query goes to the store worker, answers fill the item
// models, and the store's notifications (a report inserted by another process, an acknowledge
// in another console) refresh them without the user asking. Owns no widgets.
class ConsoleController : public QObject
{
    Q_OBJECT
public:
    // While replaying: the most reports a list shows (the newest known at T).
    static constexpr int ReplayListLimit = 1000;
    // The report list shows this many of the newest at first, and loads this many more at a time.
    static constexpr int PageSize = 10000;
    // "Show all" loads the rest in batches of this many (each appended in slices by the model).
    static constexpr int ShowAllBatch = 50000;

    explicit ConsoleController(QObject *parent = nullptr);
    ~ConsoleController() override;

    IssueTableModel *issues() const { return m_issues; }
    // Store answers still on their way (lists, summary).
    bool isBusy() const { return m_pending > 0; }
    // Unresolved reports of severity 4–5 within the filter, for the Operations perspective.
    IssueTableModel *openCritical() const { return m_openCritical; }
    StoreClient *store() const { return m_store; }
    bool isConnected() const { return m_connected; }
    // The status-bar sentence for a refused audited action ("acknowledge", "annotate", …).
    static QString actionFailedText(const QString &action, const QString &reason);

public slots:
    void connectTo(const QString &url);
    // Where changes go when the store read is a read-only standby (empty: the store read).
    void setWriteUrl(const QString &url);
    // Reads from a dataset with no store behind it (a review bundle): no notifications, no changes.
    void openDataset(const pegboard::DatasetOpener &opener);
    // Replay: only reports received (or, with byEventTime, reported) before `at`; invalid = all.
    void setKnownAt(const QDateTime &at, bool byEventTime);
    void setQuery(const pegboard::IssueQuery &query);
    void refresh();
    void select(const QUuid &id);
    // Stops the store query in flight (the filter's answer, the summary); views keep what they had.
    void cancel();
    // The report list shows exactly these reports (a heatmap cell, a cluster) until showAll();
    // total is how many the selection holds when ids are only its newest (-1: all of them).
    void showIssues(const QList<QUuid> &ids, qint64 total = -1);
    void showAll();
    // The next PageSize older reports of the filter, or all the rest (batch by batch).
    void loadMore();
    void loadAll();
    // The open critical list is capped like the report list: PageSize more, or all of them.
    void loadMoreCritical();
    void loadAllCritical();

public:
    // The reports the list stands for, uncapped: what "Export all to CSV" writes.
    IssueQuery listQuery() const;
    // Where the list reads from, for work on its own thread (an export).
    DatasetOpener opener() const { return m_opener; }
    // Reports in the list's answer (loaded, some perhaps still being appended) and in the filter
    // (-1 until counted).
    qint64 listedCount() const;
    qint64 totalCount() const { return m_total; }
    bool isDrillDown() const { return !m_drillIds.isEmpty(); }
    // Only the filter's own list grows batch by batch (not a drill-down, not while replaying).
    bool canLoadMore() const { return m_drillIds.isEmpty() && !m_knownAt.isValid(); }
    // The open critical reports the Operations list stands for, uncapped (its CSV export), and
    // how many there are (-1 until counted).
    IssueQuery criticalQuery() const;
    qint64 criticalTotalCount() const { return m_criticalTotal; }

signals:
    void issuesLoaded(int count);
    void summaryChanged(const pegboard::ImpactSummary &summary);
    void selectedIssueChanged(const pegboard::Issue &issue);
    // Reports of the selected one's type and protocol within six hours of it, oldest first.
    void relatedIssuesChanged(const QList<pegboard::Issue> &issues);
    void statusMessage(const QString &message);
    void connectionChanged(bool connected);
    void busyChanged(bool busy);
    // Another process inserted reports (after coalescing): analyses can append them.
    void issuesInserted();
    // Open critical reports that appeared since the last answer to the same filter, newest first.
    void newCriticalIssues(const QList<pegboard::Issue> &issues);
    // The list's listedCount() or totalCount() changed: a capped list says so.
    void listCountsChanged(qint64 listed, qint64 total);
    // The same for the open critical list.
    void criticalCountsChanged(qint64 listed, qint64 total);

private:
    void onIssueFetched(const Issue &issue);

    StoreClient *m_store;
    StoreClient *m_summaryStore;
    ChangeListener *m_listener = nullptr;
    IssueTableModel *m_issues;
    IssueTableModel *m_openCritical;
    IssueQuery m_query;
    QDateTime m_knownAt;
    bool m_knownByEventTime = false;
    bool m_listsInFlight = false;
    bool m_knownAtChanged = false;
    void refreshLists();
    // The open critical list's rows (the newest m_criticalLimit) and its count.
    void requestCritical();
    QList<QUuid> m_drillIds;
    qint64 m_drillTotal = -1;
    DatasetOpener m_opener;
    int m_listLimit = PageSize;
    qint64 m_total = -1;
    quint64 m_latestCountRequest = 0;
    quint64 m_latestMoreRequest = 0;
    quint64 m_moreAfter = 0; // the list answer a batch continues
    bool m_loadingAll = false;
    bool m_listAnswered = false;
    void requestMore(int n);
    // The filter's window as known at T (replay) or now.
    IssueQuery windowQuery() const;
    void onMore(const QList<Issue> &issues);
    quint64 m_latestRequest = 0;
    quint64 m_latestCriticalRequest = 0;
    quint64 m_latestCriticalCountRequest = 0;
    int m_criticalLimit = PageSize;
    qint64 m_criticalTotal = -1;
    bool m_criticalAnswered = false;
    quint64 m_latestRelatedRequest = 0;
    QUuid m_selected;
    QTimer m_coalesce;
    bool m_connected = false;
    bool m_queried = false;
    QSet<QUuid> m_knownCritical;
    bool m_criticalKnown = false;
    int m_pending = 0;
    void setPending(int delta);
};

} // namespace pegboard
