#pragma once

#include "store/consolesettings.h"

#include <QObject>
#include <QThread>
#include <memory>

namespace pegboard {

class FeedClient;
class FeedHub;
class FeedRecorder;
class FeedStatusModel;

// The console's live feeds: one FeedClient per configured feed, all on a worker thread so a slow
// or flooding socket never touches the GUI; the thread-safe FeedHub collects their samples for the
// peg chart, the risk score and the enricher, and optionally records them to the store.
class FeedService : public QObject
{
    Q_OBJECT
public:
    explicit FeedService(QObject *parent = nullptr);
    ~FeedService() override;

    void start(const QList<FeedConfig> &feeds);
    // Record samples into feed_samples of this store (for charts, replay and training).
    void recordTo(const QString &databaseUrl);
    FeedHub *hub() const { return m_hub.get(); }
    FeedStatusModel *statusModel() const { return m_status; }
    int feedCount() const { return int(m_clients.size()); }
    // The feeds started (command line, demo, settings), as Settings lists them.
    const QList<FeedConfig> &feedsInUse() const { return m_inUse; }

    // "name=adapter:url|fallback|…" (adapter defaults to pegboard), as given on the command line.
    static std::optional<FeedConfig> parse(const QString &spec);

private:
    QList<FeedConfig> m_inUse;
    QThread m_thread;
    // Lives on m_thread: the context for running code there (starting and tearing down clients).
    QObject *m_context;
    std::unique_ptr<FeedHub> m_hub;
    std::unique_ptr<FeedRecorder> m_recorder;
    FeedStatusModel *m_status;
    std::vector<FeedClient *> m_clients;
};

} // namespace pegboard
