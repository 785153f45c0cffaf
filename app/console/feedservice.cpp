#include "console/feedservice.h"

#include "feeds/feedadapterfactory.h"
#include "feeds/feedclient.h"
#include "feeds/feedhub.h"
#include "feeds/feedrecorder.h"
#include "itemmodels/feedstatusmodel.h"

#include <QUrl>

namespace pegboard {

FeedService::FeedService(QObject *parent)
    : QObject(parent)
    , m_context(new QObject)
    , m_hub(std::make_unique<FeedHub>())
    , m_status(new FeedStatusModel(this))
{
    m_thread.setObjectName(QStringLiteral("pegboard-feeds"));
    m_context->moveToThread(&m_thread);
    // Chain feeds tick per block (12 s); a pause of three of those is a gap worth showing.
    m_hub->setExpectedInterval(15000);
    m_thread.start();
}

FeedService::~FeedService()
{
    // The status model reads the clients: it goes first. Sockets die on the thread they live on.
    delete m_status;
    m_status = nullptr;
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            for (FeedClient *client : m_clients) {
                client->stop();
                delete client;
            }
            m_clients.clear();
            delete m_context;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_hub->setRecorder(nullptr);
    if (m_recorder)
        m_recorder->flushAndWait();
}

void FeedService::recordTo(const QString &databaseUrl)
{
    m_recorder = std::make_unique<FeedRecorder>(databaseUrl);
    m_hub->setRecorder(m_recorder.get());
}

void FeedService::start(const QList<FeedConfig> &feeds)
{
    m_inUse = feeds;
    for (const FeedConfig &feed : feeds) {
        auto adapter =
            FeedAdapterFactory::create(feed.adapter.isEmpty() ? QStringLiteral("pegboard") : feed.adapter);
        if (!adapter)
            continue;
        QList<QUrl> urls{QUrl(feed.url)};
        for (const QString &fallback : feed.fallbacks)
            urls << QUrl(fallback);
        auto *client = new FeedClient(feed.name, std::move(adapter), urls);
        client->moveToThread(&m_thread);
        // The hub is thread-safe: samples go straight in on the feeds' thread.
        connect(client, &FeedClient::samplesReceived, m_hub.get(), &FeedHub::ingest, Qt::DirectConnection);
        m_status->addClient(client);
        m_clients.push_back(client);
        QMetaObject::invokeMethod(client, &FeedClient::start, Qt::QueuedConnection);
    }
}

std::optional<FeedConfig> FeedService::parse(const QString &spec)
{
    FeedConfig config;
    QString rest = spec;
    const int eq = rest.indexOf(QLatin1Char('='));
    if (eq > 0 && !rest.left(eq).contains(QLatin1Char(':'))) {
        config.name = rest.left(eq);
        rest = rest.mid(eq + 1);
    }
    const int colon = rest.indexOf(QLatin1Char(':'));
    if (colon > 0 && !rest.left(colon).startsWith(QLatin1String("ws"))) {
        config.adapter = rest.left(colon);
        rest = rest.mid(colon + 1);
    } else {
        config.adapter = QStringLiteral("pegboard");
    }
    const QStringList urls = rest.split(QLatin1Char('|'), Qt::SkipEmptyParts);
    if (urls.isEmpty() || !FeedAdapterFactory::create(config.adapter))
        return std::nullopt;
    for (const QString &u : urls) {
        const QUrl url(u);
        if (!url.isValid() || (url.scheme() != QLatin1String("ws") && url.scheme() != QLatin1String("wss")))
            return std::nullopt;
    }
    config.url = urls.first();
    config.fallbacks = urls.mid(1);
    if (config.name.isEmpty())
        config.name = QUrl(config.url).host();
    return config;
}

} // namespace pegboard
