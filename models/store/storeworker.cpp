#include "storeworker.h"

#include <cmath>

#include "issuestore.h"

namespace pegboard {

StoreWorker::StoreWorker(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<pegboard::IssueQuery>();
    qRegisterMetaType<pegboard::Issue>();
    qRegisterMetaType<pegboard::ImpactSummary>();
    qRegisterMetaType<QList<pegboard::Issue>>();
    qRegisterMetaType<QList<pegboard::Annotation>>();
    qRegisterMetaType<QList<pegboard::AuditEntry>>();
}

StoreWorker::~StoreWorker() = default;

void StoreWorker::open(const QString &url)
{
    m_url = url;
    m_active = nullptr;
    m_store.reset();
    auto store = IssueStore::open(url);
    if (!store) {
        emit opened(false, store.error().message);
        return;
    }
    m_store = std::move(store).value();
    emit opened(true, {});
}

bool StoreWorker::ready()
{
    if (m_store)
        return true;
    if (m_url.isEmpty()) {
        emit storeError(tr("No store is open yet."));
        return false;
    }
    open(m_url);
    return m_store != nullptr;
}

void StoreWorker::cancelCurrent()
{
    if (IssueStore *store = m_active.load())
        store->cancelRunningQuery();
}

void StoreWorker::query(quint64 requestId, const IssueQuery &query)
{
    if (!ready())
        return;
    m_active = m_store.get();
    auto result = m_store->query(query);
    m_active = nullptr;
    if (!result) {
        emit storeError(result.error().message);
        return;
    }
    emit queryFinished(requestId, *result);
}

void StoreWorker::fetch(const QUuid &id)
{
    if (!ready())
        return;
    auto result = m_store->fetch(id);
    if (!result) {
        emit storeError(result.error().message);
        return;
    }
    if (result->has_value())
        emit issueFetched(**result);
}

void StoreWorker::afterChange(const QString &action, const QUuid &id, bool ok, const QString &message)
{
    emit actionFinished(action, id, ok, message);
    if (ok) {
        fetch(id);
        loadHistory(id);
    }
}

void StoreWorker::acknowledge(const QUuid &id, const QString &note)
{
    if (!ready())
        return;
    auto result = m_store->acknowledge(id, note);
    afterChange(QStringLiteral("acknowledge"), id, result.hasValue(), result.error().message);
}

void StoreWorker::annotate(const QUuid &id, const QString &body)
{
    if (!ready())
        return;
    auto result = m_store->annotate(id, body);
    afterChange(QStringLiteral("annotate"), id, result.hasValue(), result.error().message);
}

void StoreWorker::resolve(const QUuid &id, const QString &category, bool preventionImplemented,
                          const QString &note, double actualLossUsd)
{
    if (!ready())
        return;
    const std::optional<double> loss =
        std::isnan(actualLossUsd) ? std::nullopt : std::optional<double>(actualLossUsd);
    auto result = m_store->resolve(id, category, preventionImplemented, loss, note);
    afterChange(QStringLiteral("resolve"), id, result.hasValue(), result.error().message);
}

void StoreWorker::setPreventionImplemented(const QUuid &id, bool implemented)
{
    if (!ready())
        return;
    auto result = m_store->setPreventionImplemented(id, implemented);
    afterChange(QStringLiteral("prevention"), id, result.hasValue(), result.error().message);
}

void StoreWorker::loadHistory(const QUuid &id)
{
    if (!ready())
        return;
    auto annotations = m_store->annotations(id);
    auto audit = m_store->auditTrail(id);
    if (!annotations || !audit) {
        emit storeError(!annotations ? annotations.error().message : audit.error().message);
        return;
    }
    emit historyLoaded(id, *annotations, *audit);
}

void StoreWorker::summarise(const QDateTime &from, const QDateTime &to)
{
    if (!ready())
        return;
    m_active = m_store.get();
    auto summary = m_store->impactSummary(from, to);
    m_active = nullptr;
    if (!summary) {
        emit storeError(summary.error().message);
        return;
    }
    emit summaryReady(*summary);
}

StoreClient::StoreClient(QObject *parent)
    : QObject(parent)
    , m_worker(new StoreWorker)
{
    m_thread.setObjectName(QStringLiteral("pegboard-store"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

StoreClient::~StoreClient()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace pegboard
