#include "batcher.h"

#include "domain/issuetype.h"
#include "issuecodec.h"
#include "spool.h"
#include "store/issuestore.h"
#include "store/pgconnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <pqxx/pqxx>
#include <pthread.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcBatcher, "pegboard.batcher")

namespace pegboard {

namespace {} // namespace

Batcher::Batcher(QString storeUrl, Spool &spool, Options options, std::function<void(int)> onBatch)
    : m_storeUrl(std::move(storeUrl))
    , m_spool(spool)
    , m_options(options)
    , m_onBatch(std::move(onBatch))
    , m_thread([this] { run(); })
{}

Batcher::~Batcher()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void Batcher::notifyAppended()
{
    {
        std::lock_guard lock(m_mutex);
        m_appended = true;
    }
    m_wake.notify_one();
}

QString Batcher::storeError() const
{
    std::lock_guard lock(m_mutex);
    return m_storeError;
}

QDateTime Batcher::lastFlush() const
{
    const qint64 ms = m_lastFlushMs;
    return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

QDateTime Batcher::oldestUnflushed() const
{
    const qint64 ms = m_oldestPendingMs;
    return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

QString Batcher::stateName(StoreState state)
{
    switch (state) {
    case StoreState::Up:
        return QStringLiteral("up");
    case StoreState::Unreachable:
        return QStringLiteral("unreachable");
    case StoreState::Refusing:
        return QStringLiteral("refusing");
    default:
        return QStringLiteral("unknown");
    }
}

void Batcher::setState(StoreState state, const QString &error)
{
    const StoreState before = m_state.exchange(state);
    QString previousError;
    {
        std::lock_guard lock(m_mutex);
        previousError = m_storeError;
        m_storeError = error;
    }
    if (state == StoreState::Up) {
        if (before == StoreState::Unreachable || before == StoreState::Refusing)
            qCInfo(lcBatcher).noquote() << QCoreApplication::translate(
                "Batcher", "Store reachable again after %n failed attempt(s).", nullptr, m_failedAttempts);
        m_failedAttempts = 0;
        return;
    }
    ++m_failedAttempts;
    // One line per change, not one per retry: a store down for an hour must not flood the log.
    if (before == state && previousError == error)
        return;
    const QString text =
        state == StoreState::Unreachable
            ? QCoreApplication::translate("Batcher",
                                          "Store unreachable, reports wait in the spool and are retried: %1")
            : QCoreApplication::translate(
                  "Batcher", "Store refuses writes, reports wait in the spool and are retried: %1");
    qCWarning(lcBatcher).noquote() << text.arg(error);
}

bool Batcher::ensureStore(std::unique_ptr<IssueStore> &store)
{
    if (store)
        return true;
    auto opened = IssueStore::open(m_storeUrl);
    if (!opened) {
        setState(opened.error().code == Error::Code::Unreachable ? StoreState::Unreachable
                                                                 : StoreState::Refusing,
                 opened.error().message.simplified());
        return false;
    }
    store = std::move(opened).value();
    return true;
}

void Batcher::setAside(const QByteArray &payload, const Issue *issue, const QString &reason)
{
    ++m_rejected;
    if (issue)
        qCWarning(lcBatcher).noquote()
            << QCoreApplication::translate("Batcher",
                                           "Report %1/%2 set aside in rejected.log, the store refuses it: %3")
                   .arg(issue->source, issue->externalId, reason);
    else
        qCWarning(lcBatcher).noquote()
            << QCoreApplication::translate("Batcher", "Unreadable spool record set aside in rejected.log: %1")
                   .arg(reason);
    // One JSON line per report: the reason and the exact spool record (base64), so it can be
    // inspected, repaired and replayed; nothing leaves the spool without landing here or in the store.
    QJsonObject line{
        {QStringLiteral("rejected_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("record"), QString::fromLatin1(payload.toBase64())}};
    if (issue) {
        line.insert(QStringLiteral("source"), issue->source);
        line.insert(QStringLiteral("external_id"), issue->externalId);
    }
    QFile file(m_spool.directory() + QStringLiteral("/rejected.log"));
    if (!file.open(QIODevice::Append) ||
        file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n') < 0 || !file.flush())
        qCCritical(lcBatcher).noquote()
            << QCoreApplication::translate("Batcher", "Cannot write rejected.log: %1")
                   .arg(file.errorString());
    else
        ::fdatasync(file.handle());
}

Batcher::Outcome Batcher::write(std::unique_ptr<IssueStore> &store, std::span<const Issue> issues,
                                std::span<const QByteArray> payloads)
{
    if (issues.empty())
        return Outcome::Written;
    if (!ensureStore(store))
        return Outcome::Failed;
    // Reports reach the spool once, so a batch is new to the store unless a crash replays it:
    // straight COPY into the table, and only a batch that meets a stored row goes the slower
    // deduplicating way (IssueStore::insertNew falls back by itself).
    auto result = store->insertNew(issues);
    if (result) {
        m_inserted += result->inserted;
        return Outcome::Written;
    }
    const Error &error = result.error();
    if (error.code != Error::Code::InvalidInput) {
        setState(error.code == Error::Code::Unreachable ? StoreState::Unreachable : StoreState::Refusing,
                 error.message.simplified());
        store.reset(); // reconnect from scratch: the session may be half-broken
        return Outcome::Failed;
    }
    if (issues.size() == 1) {
        setAside(payloads[0], &issues[0], error.message.simplified());
        return Outcome::Written;
    }
    // The batch is atomic, so one bad row fails it all: halve until the bad rows stand alone. Rows
    // of a half already written are ignored as duplicates if the batch is retried after a failure.
    const size_t half = issues.size() / 2;
    if (write(store, issues.first(half), payloads.first(half)) == Outcome::Failed)
        return Outcome::Failed;
    return write(store, issues.subspan(half), payloads.subspan(half));
}

void Batcher::run()
{
    // Named so operators (top -H, perf) can tell the collector's threads apart.
    pthread_setname_np(pthread_self(), "pb-batcher");
    std::unique_ptr<IssueStore> store;
    std::vector<Issue> pending;
    std::vector<QByteArray> pendingPayloads;
    qint64 pendingEnd = m_spool.drainedOffset();
    int pendingRecords = 0;
    bool urgent = false;
    QElapsedTimer oldest;
    QElapsedTimer sinceFailure;
    QElapsedTimer sinceFlush;
    int retryMs = 0;

    // While idle, a cheap round trip every few seconds keeps /healthz true to the store's state
    // rather than to the last write.
    QElapsedTimer sinceProbe;
    const auto probe = [&] {
        sinceProbe.start();
        if (!ensureStore(store))
            return;
        try {
            pqxx::nontransaction tx(store->connection());
            tx.exec("SELECT 1");
            setState(StoreState::Up, {});
        } catch (const std::exception &e) {
            // Through the one classification of store errors: a session the kill left half-open
            // reads "Could not obtain client encoding" raw, which is no encoding problem.
            setState(StoreState::Unreachable, PgConnection::errorFrom(e).message);
            store.reset();
        }
    };
    probe();

    for (;;) {
        bool stopping = false;
        {
            std::lock_guard lock(m_mutex);
            stopping = m_stopping;
            m_appended = false;
        }
        const int room = m_options.maxChunk - pendingRecords;
        if (room > 0) {
            auto records = m_spool.read(pendingEnd, room);
            if (!records)
                qCCritical(lcBatcher).noquote() << records.error().message;
            for (const Spool::Record &record : records.hasValue() ? *records : QList<Spool::Record>()) {
                if (pendingRecords == 0)
                    oldest.start();
                auto issue = IssueCodec::decode(record.payload);
                if (issue) {
                    if (pending.empty())
                        m_oldestPendingMs = issue->receivedAt.isValid()
                                                ? issue->receivedAt.toMSecsSinceEpoch()
                                                : QDateTime::currentMSecsSinceEpoch();
                    urgent = urgent || issue->severityLevel >= Severity::Immediate;
                    pending.push_back(std::move(issue).value());
                    pendingPayloads.push_back(record.payload);
                } else {
                    setAside(record.payload, nullptr, issue.error().message);
                }
                pendingEnd = record.endOffset;
                ++pendingRecords;
            }
        }
        // A full batch waits at most coalesceMs after the previous write, so a flood is written in
        // fewer, larger transactions; urgent reports never wait.
        const bool fullBatch = int(pending.size()) >= m_options.batchSize &&
                               (!sinceFlush.isValid() || sinceFlush.elapsed() >= m_options.coalesceMs);
        const bool due = pendingRecords > 0 &&
                         (fullBatch || urgent || oldest.elapsed() >= m_options.intervalMs || stopping);
        const bool backedOff = retryMs == 0 || sinceFailure.elapsed() >= retryMs;
        if (due && backedOff) {
            QElapsedTimer writing;
            writing.start();
            if (write(store, pending, pendingPayloads) == Outcome::Written) {
                m_writeNanos += writing.nsecsElapsed();
                setState(StoreState::Up, {});
                if (!pending.empty()) {
                    ++m_batches;
                    if (m_onBatch)
                        m_onBatch(int(pending.size()));
                }
                auto next = m_spool.markDrained(pendingEnd, pendingRecords);
                if (!next)
                    qCCritical(lcBatcher).noquote() << next.error().message;
                else
                    pendingEnd = *next;
                pending.clear();
                pendingPayloads.clear();
                pendingRecords = 0;
                m_oldestPendingMs = 0;
                urgent = false;
                retryMs = 0;
                m_lastFlushMs = QDateTime::currentMSecsSinceEpoch();
                sinceFlush.start();
                if (!stopping)
                    continue; // more may be waiting in the spool
            } else {
                retryMs = retryMs ? std::min(retryMs * 2, m_options.maxRetryMs) : 200;
                sinceFailure.start();
            }
        }
        if (stopping)
            return; // whatever is left stays in the spool for the next start
        if (pendingRecords == 0 && sinceProbe.elapsed() >= 5000)
            probe();
        qint64 waitMs = 1000;
        if (pendingRecords > 0)
            waitMs = retryMs ? retryMs - sinceFailure.elapsed()
                     : int(pending.size()) >= m_options.batchSize
                         ? m_options.coalesceMs - sinceFlush.elapsed()
                         : m_options.intervalMs - oldest.elapsed();
        std::unique_lock lock(m_mutex);
        m_wake.wait_for(lock, std::chrono::milliseconds(std::max<qint64>(1, waitMs)),
                        [this] { return m_appended || m_stopping; });
    }
}

} // namespace pegboard
