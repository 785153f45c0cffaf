#pragma once

#include "domain/error.h"
#include "domain/issue.h"
#include "impactsummary.h"
#include "issuequery.h"

#include <QList>
#include <QObject>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>

namespace pegboard {

class Dataset;
class IssueStore;

// The console's database access. Lives on a thread of its own (see StoreClient); every slot is a
// request and every answer a signal, so the GUI thread never waits on PostgreSQL. Requests carry
// an id so a view can drop answers that a newer request has made obsolete.
class StoreWorker : public QObject
{
    Q_OBJECT
public:
    explicit StoreWorker(QObject *parent = nullptr);
    ~StoreWorker() override;

    // Thread-safe: call directly from the GUI thread to stop the query the worker is running.
    void cancelCurrent();
    // Reads go to this dataset (a review bundle) instead of a store; changes are refused with the
    // dataset's reason. Call on the worker's thread (queued).
    void openDataset(const std::function<Result<std::unique_ptr<Dataset>>()> &opener);

public slots:
    void open(const QString &url);
    // Where changes (acknowledge, annotate, resolve, prevention) go when the store read is a
    // read-only standby: the primary, or a multi-host URL with target_session_attrs=read-write.
    // Empty: changes go to the store read.
    void setWriteUrl(const QString &url);
    void query(quint64 requestId, const pegboard::IssueQuery &query);
    // How many reports the filter holds (answered by countFinished).
    void count(quint64 requestId, const pegboard::IssueQuery &query);
    void fetch(const QUuid &id);
    void acknowledge(const QUuid &id, const QString &note);
    void annotate(const QUuid &id, const QString &body);
    // actualLossUsd: NaN when the loss is not known (yet).
    void resolve(const QUuid &id, const QString &category, bool preventionImplemented, const QString &note,
                 double actualLossUsd);
    void setPreventionImplemented(const QUuid &id, bool implemented);
    void loadHistory(const QUuid &id);
    void summarise(const QDateTime &from, const QDateTime &to);

signals:
    void opened(bool ok, const QString &message);
    void queryFinished(quint64 requestId, const QList<pegboard::Issue> &issues);
    void countFinished(quint64 requestId, qint64 count);
    void issueFetched(const pegboard::Issue &issue);
    void historyLoaded(const QUuid &id, const QList<pegboard::Annotation> &annotations,
                       const QList<pegboard::AuditEntry> &audit);
    // action: "acknowledge", "annotate", "resolve", "prevention"; message is empty on success.
    void actionFinished(const QString &action, const QUuid &id, bool ok, const QString &message);
    void summaryReady(const pegboard::ImpactSummary &summary);
    void storeError(const QString &message);

private:
    bool ready();
    // The store changes go to, or nullptr after reporting why there is none.
    IssueStore *writer(const QString &action, const QUuid &id);
    void afterChange(const QString &action, const QUuid &id, const Result<void> &result);

    QString m_url;
    QString m_writeUrl;
    std::unique_ptr<IssueStore> m_store;
    std::unique_ptr<IssueStore> m_writeStore;
    std::unique_ptr<Dataset> m_dataset;
    bool refuseChange(const QString &action, const QUuid &id);
    std::atomic<IssueStore *> m_active{nullptr};
};

// Owns the worker thread: construct on the GUI thread, talk to worker() with queued connections.
class StoreClient : public QObject
{
    Q_OBJECT
public:
    explicit StoreClient(QObject *parent = nullptr);
    ~StoreClient() override;
    StoreWorker *worker() const { return m_worker; }
    quint64 nextRequestId() { return ++m_lastRequest; }

private:
    QThread m_thread;
    StoreWorker *m_worker;
    quint64 m_lastRequest = 0;
};

} // namespace pegboard

Q_DECLARE_METATYPE(pegboard::IssueQuery)
Q_DECLARE_METATYPE(pegboard::Issue)
Q_DECLARE_METATYPE(pegboard::ImpactSummary)
