#include "console/consolesession.h"

#include "domain/backgroundpool.h"

#include <QtConcurrent/QtConcurrentRun>

namespace pegboard {

ConsoleSession::ConsoleSession(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result<MigrationReport>>::finished, this, [this] {
        const Result<MigrationReport> result = m_watcher.result();
        if (!result) {
            emit failed(result.error().message);
            return;
        }
        m_ready = true;
        emit ready(m_store.url(), m_store.isEmbedded());
    });
}

ConsoleSession::~ConsoleSession()
{
    // The cluster must not be stopped while prepare() is still running on the pool.
    m_watcher.waitForFinished();
    m_store.shutdown();
}

void ConsoleSession::start(const QString &configuredUrl, const QString &dataDir)
{
    m_watcher.setFuture(
        runInBackground([this, configuredUrl, dataDir] { return m_store.prepare(configuredUrl, dataDir); }));
}

} // namespace pegboard
