#pragma once

#include "alertstore.h"

#include <QObject>
#include <QThread>
#include <deque>
#include <memory>

class QTimer;

namespace pegboard {

// AlertStore on its own thread, for the watcher and the console: every firing and resolve is
// recorded (and so audited) in order, and kept and retried with backoff while the store is away —
// never dropped, never blocking evaluation or the GUI. Reads and console changes (acknowledge,
// silence) go through the same thread and answer with signals.
class AlertRecorder : public QObject
{
    Q_OBJECT
public:
    explicit AlertRecorder(const QString &url, QObject *parent = nullptr);
    ~AlertRecorder() override;

    void record(const pegboard::AlertEvent &event);
    // Loads open and recent firings and current silences (firingsLoaded, silencesLoaded).
    void refresh(int recentLimit = 200);
    void acknowledge(qint64 firingId, const QString &note = {});
    void createSilence(const pegboard::Silence &silence);
    void expireSilence(qint64 silenceId);
    // Events waiting to be recorded.
    int backlog() const;

signals:
    void recorded(const pegboard::AlertEvent &event, qint64 firingId);
    void recordDelayed(const pegboard::AlertEvent &event, const QString &message);
    void firingsLoaded(const QList<pegboard::AlertStore::Firing> &firings);
    void silencesLoaded(const QList<pegboard::Silence> &silences);
    void changed();
    void failed(const QString &message);

private:
    void drain(); // on the worker thread
    Result<AlertStore *> store();

    QString m_url;
    QThread m_thread;
    QObject *m_context;
    QTimer *m_retry = nullptr;
    std::unique_ptr<AlertStore> m_store; // used on m_thread only
    std::deque<AlertEvent> m_pending;    // m_thread only
    int m_retryMs = 1000;
    std::atomic<int> m_backlog{0};
};

} // namespace pegboard
