#include "console/consolecontroller.h"

#include "dataset/livedataset.h"
#include "domain/threadpriority.h"
#include "itemmodels/issuetablemodel.h"
#include "itemmodels/poolrelease.h"
#include "store/changelistener.h"
#include "store/impactsummary.h"
#include "store/storeworker.h"

#include <QSet>
#include <limits>

namespace pegboard {

// Whole sentences per action, so each language can word them its own way.
QString ConsoleController::actionFailedText(const QString &action, const QString &reason)
{
    if (action == QLatin1String("acknowledge"))
        return tr("Could not acknowledge the report: %1").arg(reason);
    if (action == QLatin1String("annotate"))
        return tr("Could not save the note: %1").arg(reason);
    if (action == QLatin1String("resolve"))
        return tr("Could not resolve the report: %1").arg(reason);
    return tr("Could not record the prevention status: %1").arg(reason);
}

ConsoleController::ConsoleController(QObject *parent)
    : QObject(parent)
    , m_store(new StoreClient(this))
    , m_summaryStore(new StoreClient(this))
    , m_issues(new IssueTableModel(this))
    , m_openCritical(new IssueTableModel(this))
{
    // A burst of inserts (an incident) becomes one refresh, not one per batch.
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(150);
    connect(&m_coalesce, &QTimer::timeout, this, &ConsoleController::refresh);

    StoreWorker *worker = m_store->worker();
    connect(worker, &StoreWorker::queryFinished, this, [this](quint64 id, const QList<Issue> &issues) {
        // Whoever keeps the rows shares them; a stale answer is freed by the pool, not here.
        releaseAfterThisTurn(this, issues);
        if (id == m_latestRelatedRequest) {
            QList<Issue> related;
            for (const Issue &i : issues)
                if (i.id != m_selected)
                    related.append(i);
            std::sort(related.begin(), related.end(),
                      [](const Issue &a, const Issue &b) { return a.reportedAt < b.reportedAt; });
            emit relatedIssuesChanged(related);
            return;
        }
        setPending(-1);
        if (id == m_latestCriticalRequest) {
            // Critical reports that were not there at the last answer to the same question are
            // news (the first answer after a filter change is not).
            QSet<QUuid> ids;
            QList<Issue> arrived;
            for (const Issue &issue : issues) {
                ids.insert(issue.id);
                // Only what is happening now is news: an import of last year's history is not.
                if (m_criticalKnown && !m_knownCritical.contains(issue.id) &&
                    issue.reportedAt >= QDateTime::currentDateTimeUtc().addSecs(-3600))
                    arrived.append(issue);
            }
            m_knownCritical = std::move(ids);
            m_criticalKnown = true;
            m_openCritical->setIssues(issues);
            m_criticalAnswered = true;
            emit criticalCountsChanged(m_openCritical->issues().size(), m_criticalTotal);
            if (!arrived.isEmpty())
                emit newCriticalIssues(arrived);
            m_listsInFlight = false;
            if (m_knownAtChanged)
                refreshLists();
            return;
        }
        if (id == m_latestMoreRequest) {
            onMore(issues);
            return;
        }
        if (id != m_latestRequest)
            return; // a newer query is on its way; this answer is stale
        m_issues->setIssues(issues);
        m_listAnswered = true;
        emit issuesLoaded(int(issues.size()));
        emit listCountsChanged(listedCount(), m_total);
        if (m_loadingAll && (m_total < 0 || listedCount() < m_total))
            requestMore(ShowAllBatch);
    });
    StoreWorker *summaries = m_summaryStore->worker();
    // The whole window's summary and count (Executive, the list's "of N") yield to the list itself.
    QMetaObject::invokeMethod(
        summaries, [] { lowerThisThreadPriority(); }, Qt::QueuedConnection);
    // The count runs beside the summary, on its own connection: the list never waits for it.
    connect(summaries, &StoreWorker::countFinished, this, [this](quint64 id, qint64 count) {
        if (id == m_latestCriticalCountRequest) {
            m_criticalTotal = count;
            if (m_criticalAnswered)
                emit criticalCountsChanged(m_openCritical->issues().size(), m_criticalTotal);
            return;
        }
        if (id != m_latestCountRequest)
            return;
        m_total = count;
        // Before the list's own answer the rows are the previous question's: it says it then.
        if (m_listAnswered)
            emit listCountsChanged(listedCount(), m_total);
    });
    connect(summaries, &StoreWorker::summaryReady, this, &ConsoleController::summaryChanged);
    connect(summaries, &StoreWorker::summaryReady, this, [this] { setPending(-1); });
    connect(summaries, &StoreWorker::storeError, this, [this] { setPending(-1); });
    connect(summaries, &StoreWorker::storeError, this, &ConsoleController::statusMessage);
    connect(worker, &StoreWorker::storeError, this, [this] {
        setPending(-1);
        m_listsInFlight = false;
    });
    connect(worker, &StoreWorker::issueFetched, this, &ConsoleController::onIssueFetched);
    connect(worker, &StoreWorker::storeError, this, &ConsoleController::statusMessage);
    connect(worker, &StoreWorker::opened, this, [this](bool ok, const QString &message) {
        if (!ok)
            emit statusMessage(message);
    });
    connect(worker, &StoreWorker::actionFinished, this,
            [this](const QString &action, const QUuid &, bool ok, const QString &message) {
                if (!ok)
                    emit statusMessage(actionFailedText(action, message));
            });
}

ConsoleController::~ConsoleController() = default;

void ConsoleController::connectTo(const QString &url)
{
    QMetaObject::invokeMethod(m_store->worker(), "open", Qt::QueuedConnection, Q_ARG(QString, url));
    QMetaObject::invokeMethod(m_summaryStore->worker(), "open", Qt::QueuedConnection, Q_ARG(QString, url));
    m_opener = LiveDataset::opener(url);
    delete m_listener;
    m_listener = new ChangeListener(url, this);
    connect(m_listener, &ChangeListener::issuesInserted, this, [this] { m_coalesce.start(); });
    connect(&m_coalesce, &QTimer::timeout, this, &ConsoleController::issuesInserted, Qt::UniqueConnection);
    connect(m_listener, &ChangeListener::issueChanged, this, [this](const QUuid &id) {
        QMetaObject::invokeMethod(m_store->worker(), "fetch", Qt::QueuedConnection, Q_ARG(QUuid, id));
    });
    connect(m_listener, &ChangeListener::connectionLost, this, [this](const QString &reason) {
        m_connected = false;
        emit connectionChanged(false);
        emit statusMessage(tr("Lost the connection to the store (%1); reconnecting…").arg(reason));
    });
    connect(m_listener, &ChangeListener::connectionRestored, this, [this] {
        m_connected = true;
        emit connectionChanged(true);
        emit statusMessage(tr("Reconnected to the store."));
        refresh(); // catch up on whatever arrived while we were away
    });
    connect(m_listener, &ChangeListener::connectedChanged, this, [this](bool connected) {
        m_connected = connected;
        emit connectionChanged(connected);
    });
    connect(m_listener, &ChangeListener::pollingInstead, this, [this] {
        emit statusMessage(tr("This store is a read-only standby, which sends no live notifications; "
                              "checking it for new reports every second instead."));
    });
    m_listener->start(); // connects off the GUI thread; connectedChanged follows
    refresh();
}

void ConsoleController::setWriteUrl(const QString &url)
{
    QMetaObject::invokeMethod(m_store->worker(), "setWriteUrl", Qt::QueuedConnection, Q_ARG(QString, url));
}

void ConsoleController::openDataset(const DatasetOpener &opener)
{
    delete m_listener;
    m_listener = nullptr;
    m_opener = opener;
    StoreWorker *worker = m_store->worker();
    QMetaObject::invokeMethod(
        worker, [worker, opener] { worker->openDataset(opener); }, Qt::QueuedConnection);
    StoreWorker *summaries = m_summaryStore->worker();
    QMetaObject::invokeMethod(
        summaries, [summaries, opener] { summaries->openDataset(opener); }, Qt::QueuedConnection);
    m_connected = true;
    emit connectionChanged(true);
    refresh();
}

void ConsoleController::setKnownAt(const QDateTime &at, bool byEventTime)
{
    if (at == m_knownAt && byEventTime == m_knownByEventTime)
        return;
    m_knownAt = at;
    m_knownByEventTime = byEventTime;
    // A replay at 1000× moves T twenty times a second: one list query in flight at a time, the
    // newest T asked for when it is answered (the summary is of the whole window and stays).
    if (m_listsInFlight)
        m_knownAtChanged = true;
    else
        refreshLists();
}

void ConsoleController::showIssues(const QList<QUuid> &ids, qint64 total)
{
    // An empty drill-down still means "these reports": none, not all.
    m_drillIds = ids.isEmpty() ? QList<QUuid>{QUuid()} : ids;
    m_drillTotal = total;
    m_loadingAll = false;
    refresh();
}

void ConsoleController::showAll()
{
    m_drillIds.clear();
    m_drillTotal = -1;
    m_listLimit = m_query.limit;
    m_loadingAll = false;
    refresh();
}

void ConsoleController::setQuery(const IssueQuery &query)
{
    // The same question again (the filter re-emitting an unchanged state) is not asked twice: a
    // second query would queue behind the first and make a million-report table wait twice.
    if (query == m_query && m_drillIds.isEmpty() && m_queried)
        return;
    m_drillIds.clear();
    m_drillTotal = -1;
    m_query = query;
    m_listLimit = query.limit;
    m_criticalLimit = query.limit;
    m_total = -1;
    m_criticalTotal = -1;
    m_loadingAll = false;
    m_criticalKnown = false;
    refresh();
}

void ConsoleController::refresh()
{
    m_queried = true;
    refreshLists();
    setPending(+1); // the summary
    // The summary aggregates the whole window: on its own connection, so the tables never wait for it.
    QMetaObject::invokeMethod(m_summaryStore->worker(), "summarise", Qt::QueuedConnection,
                              Q_ARG(QDateTime, m_query.from), Q_ARG(QDateTime, m_query.to));
}

void ConsoleController::refreshLists()
{
    setPending(+1); // the filter's rows (requestCritical() counts its own)
    m_listsInFlight = true;
    m_knownAtChanged = false;
    m_latestRequest = m_store->nextRequestId();
    m_listAnswered = false;
    const IssueQuery window = windowQuery();
    IssueQuery shown = window;
    shown.limit = std::max(shown.limit, m_listLimit);
    // Replaying, the list is re-sorted on the GUI thread at every step: the newest ReplayListLimit
    // reports known at T keep a step well under the 100 ms a frame may take.
    if (m_knownAt.isValid())
        shown.limit = std::min(shown.limit, ReplayListLimit);
    if (!m_drillIds.isEmpty()) {
        shown.ids = m_drillIds;
        shown.limit = int(m_drillIds.size());
    }
    QMetaObject::invokeMethod(m_store->worker(), "query", Qt::QueuedConnection,
                              Q_ARG(quint64, m_latestRequest), Q_ARG(pegboard::IssueQuery, shown));
    m_latestCountRequest = m_summaryStore->nextRequestId();
    if (m_drillIds.isEmpty()) {
        QMetaObject::invokeMethod(m_summaryStore->worker(), "count", Qt::QueuedConnection,
                                  Q_ARG(quint64, m_latestCountRequest), Q_ARG(pegboard::IssueQuery, window));
    } else {
        m_total = m_drillTotal >= 0 ? m_drillTotal : qint64(m_drillIds.size());
    }
    requestCritical();
}

void ConsoleController::requestCritical()
{
    setPending(+1);
    IssueQuery critical = criticalQuery();
    critical.limit = m_criticalLimit;
    m_criticalAnswered = false;
    m_latestCriticalRequest = m_store->nextRequestId();
    QMetaObject::invokeMethod(m_store->worker(), "query", Qt::QueuedConnection,
                              Q_ARG(quint64, m_latestCriticalRequest), Q_ARG(pegboard::IssueQuery, critical));
    m_latestCriticalCountRequest = m_summaryStore->nextRequestId();
    QMetaObject::invokeMethod(m_summaryStore->worker(), "count", Qt::QueuedConnection,
                              Q_ARG(quint64, m_latestCriticalCountRequest),
                              Q_ARG(pegboard::IssueQuery, critical));
}

IssueQuery ConsoleController::criticalQuery() const
{
    IssueQuery critical = windowQuery();
    critical.openOnly = true;
    critical.minSeverity = std::max(critical.minSeverity, 4);
    critical.limit = 0;
    return critical;
}

void ConsoleController::loadMoreCritical()
{
    m_criticalLimit =
        int(std::min<qint64>(std::numeric_limits<int>::max(), qint64(m_criticalLimit) + PageSize));
    requestCritical();
}

void ConsoleController::loadAllCritical()
{
    // Open critical reports are few beside the whole filter's: the rest come in one answer, and
    // stay in the list across live refreshes until the filter changes.
    m_criticalLimit = std::numeric_limits<int>::max();
    requestCritical();
}

IssueQuery ConsoleController::windowQuery() const
{
    IssueQuery window = m_query;
    if (m_knownAt.isValid()) {
        if (m_knownByEventTime)
            window.to = window.to.isValid() ? std::min(window.to, m_knownAt) : m_knownAt;
        else
            window.receivedBefore = m_knownAt;
    }
    return window;
}

IssueQuery ConsoleController::listQuery() const
{
    IssueQuery q = windowQuery();
    q.ids = m_drillIds;
    q.limit = 0;
    return q;
}

qint64 ConsoleController::listedCount() const
{
    return m_issues->issues().size();
}

void ConsoleController::loadMore()
{
    if (canLoadMore())
        requestMore(PageSize);
}

void ConsoleController::loadAll()
{
    if (!canLoadMore())
        return;
    m_loadingAll = true;
    requestMore(ShowAllBatch);
}

void ConsoleController::requestMore(int n)
{
    IssueQuery q = windowQuery();
    q.offset = int(listedCount());
    q.limit = n;
    m_moreAfter = m_latestRequest;
    m_latestMoreRequest = m_store->nextRequestId();
    setPending(+1);
    QMetaObject::invokeMethod(m_store->worker(), "query", Qt::QueuedConnection,
                              Q_ARG(quint64, m_latestMoreRequest), Q_ARG(pegboard::IssueQuery, q));
}

void ConsoleController::onMore(const QList<Issue> &issues)
{
    m_latestMoreRequest = 0;
    // A newer answer replaced the list meanwhile: its offset no longer fits (that answer asks again).
    if (m_moreAfter != m_latestRequest)
        return;
    m_issues->appendIssues(issues);
    m_listLimit = int(std::max<qint64>(m_listLimit, listedCount()));
    emit listCountsChanged(listedCount(), m_total);
    if (m_loadingAll && !issues.isEmpty() && (m_total < 0 || listedCount() < m_total))
        requestMore(ShowAllBatch);
    else
        m_loadingAll = false;
}

void ConsoleController::setPending(int delta)
{
    const bool wasBusy = m_pending > 0;
    m_pending = std::max(0, m_pending + delta);
    if (wasBusy != (m_pending > 0))
        emit busyChanged(m_pending > 0);
}

void ConsoleController::cancel()
{
    m_loadingAll = false;
    m_store->worker()->cancelCurrent();
    m_summaryStore->worker()->cancelCurrent();
}

void ConsoleController::select(const QUuid &id)
{
    m_selected = id;
    QMetaObject::invokeMethod(m_store->worker(), "fetch", Qt::QueuedConnection, Q_ARG(QUuid, id));
    QMetaObject::invokeMethod(m_store->worker(), "loadHistory", Qt::QueuedConnection, Q_ARG(QUuid, id));
}

void ConsoleController::onIssueFetched(const Issue &issue)
{
    m_issues->update(issue);
    m_openCritical->update(issue);
    if (issue.id != m_selected)
        return;
    emit selectedIssueChanged(issue);
    // The timeline around it: what else of this kind was reported while it happened.
    IssueQuery related;
    related.from = issue.reportedAt.addSecs(-6 * 3600);
    related.to = issue.reportedAt.addSecs(6 * 3600);
    related.types = {issue.issueType};
    if (!issue.protocol.isEmpty())
        related.protocols = {issue.protocol};
    related.limit = 200;
    m_latestRelatedRequest = m_store->nextRequestId();
    QMetaObject::invokeMethod(m_store->worker(), "query", Qt::QueuedConnection,
                              Q_ARG(quint64, m_latestRelatedRequest), Q_ARG(pegboard::IssueQuery, related));
}

} // namespace pegboard
