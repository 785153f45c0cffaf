#include "storeworker.h"

#include "dataset/dataset.h"
#include "issuestore.h"

#include <cmath>

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

void StoreWorker::openDataset(const std::function<Result<std::unique_ptr<Dataset>>()> &opener)
{
    m_active = nullptr;
    m_store.reset();
    m_url.clear();
    auto dataset = opener();
    if (!dataset) {
        m_dataset.reset();
        emit opened(false, dataset.error().message);
        return;
    }
    m_dataset = std::move(dataset).value();
    emit opened(true, {});
}

bool StoreWorker::refuseChange(const QString &action, const QUuid &id)
{
    if (!m_dataset)
        return false;
    emit actionFinished(action, id, false, m_dataset->readOnlyReason());
    return true;
}

void StoreWorker::open(const QString &url)
{
    m_dataset.reset();
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
    if (m_store || m_dataset)
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
    auto result = m_dataset ? m_dataset->query(query) : m_store->query(query);
    m_active = nullptr;
    if (!result) {
        emit storeError(result.error().message);
        return;
    }
    emit queryFinished(requestId, *result);
}

void StoreWorker::count(quint64 requestId, const IssueQuery &query)
{
    if (!ready())
        return;
    m_active = m_store.get();
    auto result = m_dataset ? m_dataset->count(query) : m_store->count(query);
    m_active = nullptr;
    if (!result) {
        emit storeError(result.error().message);
        return;
    }
    emit countFinished(requestId, *result);
}

void StoreWorker::fetch(const QUuid &id)
{
    if (!ready())
        return;
    auto result = m_dataset ? m_dataset->fetch(id) : m_store->fetch(id);
    if (!result) {
        emit storeError(result.error().message);
        return;
    }
    if (result->has_value())
        emit issueFetched(**result);
}

void StoreWorker::setWriteUrl(const QString &url)
{
    m_writeUrl = url;
    m_writeStore.reset();
}

IssueStore *StoreWorker::writer(const QString &action, const QUuid &id)
{
    // A dataset such as a review bundle is read-only: say why instead of writing.
    if (refuseChange(action, id))
        return nullptr;
    if (m_writeUrl.isEmpty())
        return ready() ? m_store.get() : nullptr;
    if (!m_writeStore) {
        auto store = IssueStore::open(m_writeUrl);
        if (!store) {
            emit actionFinished(
                action, id, false,
                tr("the primary (write URL) cannot be reached: %1").arg(store.error().message));
            return nullptr;
        }
        m_writeStore = std::move(store).value();
    }
    return m_writeStore.get();
}

void StoreWorker::afterChange(const QString &action, const QUuid &id, const Result<void> &result)
{
    if (result) {
        emit actionFinished(action, id, true, {});
        // From the store read: on a standby the change shows once replayed, and the change
        // listener's next poll fetches it again.
        fetch(id);
        loadHistory(id);
        return;
    }
    QString message = result.error().message;
    if (result.error().code == Error::Code::ReadOnly)
        message = m_writeUrl.isEmpty()
                      ? tr("this console reads a read-only standby, and changes can only be made on the "
                           "primary. Set the primary's URL as the write URL in Settings (or start with "
                           "--write-db URL).")
                      : tr("the write URL also leads to a read-only standby; it must reach the primary "
                           "(for several hosts, add target_session_attrs=read-write).");
    else if (result.error().code == Error::Code::Unreachable)
        m_writeStore.reset(); // reconnect (perhaps to a new primary) on the next change
    emit actionFinished(action, id, false, message);
}

void StoreWorker::acknowledge(const QUuid &id, const QString &note)
{
    if (IssueStore *store = writer(QStringLiteral("acknowledge"), id))
        afterChange(QStringLiteral("acknowledge"), id, store->acknowledge(id, note));
}

void StoreWorker::annotate(const QUuid &id, const QString &body)
{
    if (IssueStore *store = writer(QStringLiteral("annotate"), id)) {
        const auto result = store->annotate(id, body);
        afterChange(QStringLiteral("annotate"), id,
                    result ? Result<void>{} : Result<void>(Unexpected<Error>(result.error())));
    }
}

void StoreWorker::resolve(const QUuid &id, const QString &category, bool preventionImplemented,
                          const QString &note, double actualLossUsd)
{
    if (IssueStore *store = writer(QStringLiteral("resolve"), id)) {
        const std::optional<double> loss =
            std::isnan(actualLossUsd) ? std::nullopt : std::optional<double>(actualLossUsd);
        afterChange(QStringLiteral("resolve"), id,
                    store->resolve(id, category, preventionImplemented, loss, note));
    }
}

void StoreWorker::setPreventionImplemented(const QUuid &id, bool implemented)
{
    if (IssueStore *store = writer(QStringLiteral("prevention"), id))
        afterChange(QStringLiteral("prevention"), id, store->setPreventionImplemented(id, implemented));
}

void StoreWorker::loadHistory(const QUuid &id)
{
    if (!ready())
        return;
    auto annotations = m_dataset ? m_dataset->annotations(id) : m_store->annotations(id);
    auto audit = m_dataset ? m_dataset->auditTrail(id) : m_store->auditTrail(id);
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
    auto summary = m_dataset ? m_dataset->impactSummary(from, to) : m_store->impactSummary(from, to);
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
