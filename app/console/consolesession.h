#pragma once

#include "store/embeddedstore.h"

#include <QFutureWatcher>
#include <QObject>

namespace pegboard {

// Brings up the console's store off the GUI thread (initdb, server start and migrations take
// seconds) and tears the embedded cluster down when the console exits.
class ConsoleSession : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleSession(QObject *parent = nullptr);
    ~ConsoleSession() override;

    void start(const QString &configuredUrl, const QString &dataDir = {});
    QString url() const { return m_store.url(); }
    bool isEmbedded() const { return m_store.isEmbedded(); }
    bool isReady() const { return m_ready; }

signals:
    void ready(const QString &url, bool embedded);
    void failed(const QString &message);

private:
    EmbeddedStore m_store;
    QFutureWatcher<Result<MigrationReport>> m_watcher;
    bool m_ready = false;
};

} // namespace pegboard
