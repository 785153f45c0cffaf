// Live feed ingest under load: a local QWebSocketServer pushes Pegboard price frames at a fixed
// rate into FeedClient (worker thread) → FeedHub → a live PegChartView on the GUI thread, while a
// watchdog timer measures how long the GUI thread is ever kept from running. Then both our path
// and a bare QWebSocket that only counts frames (the baseline) receive the same unthrottled burst,
// and the ratio of their rates is reported.
// Usage: bench_feed_ingest [seconds=30] [msgs_per_s=10000] [burst=200000]
#include "domain/feedseries.h"
#include "feeds/feedclient.h"
#include "feeds/feedhub.h"
#include "feeds/pegboardjsonadapter.h"
#include "pegchartview.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>
#include <atomic>
#include <cstdio>
#include <ctime>

using namespace pegboard;

namespace {
const qint64 T0 = 1753951522000;

// CPU time of the calling thread: tells our own blocking work apart from the OS preempting the GUI
// thread on a loaded machine, which the wall-clock watchdog cannot.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

double rssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

// Lives on its own thread; sends to every connected client.
class PushServer : public QObject
{
public:
    quint16 listen()
    {
        m_server = new QWebSocketServer(QStringLiteral("bench"), QWebSocketServer::NonSecureMode, this);
        m_server->listen(QHostAddress::LocalHost, 0);
        connect(m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *s = m_server->nextPendingConnection()) {
                m_clients.append(s);
                connect(s, &QWebSocket::disconnected, this, [this, s] {
                    m_clients.removeAll(s);
                    s->deleteLater();
                });
            }
        });
        return m_server->serverPort();
    }
    int clients() const { return int(m_clients.size()); }
    // Sends `total` frames at `perSecond` (0: as fast as the socket takes them).
    void push(qint64 total, double perSecond)
    {
        m_total = total;
        m_rate = perSecond;
        m_clock.start();
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, [this, timer] {
            const qint64 due = m_rate > 0
                                   ? std::min(m_total, qint64(double(m_clock.elapsed()) * m_rate / 1000.0))
                                   : std::min(m_total, sent + 2000);
            for (; sent < due; ++sent) {
                const QString frame =
                    QStringLiteral(R"({"feed":"price","symbol":"USDC","ts":"%1","price":%2})")
                        .arg(QDateTime::fromMSecsSinceEpoch(T0 + m_base + sent / 10, Qt::UTC)
                                 .toString(Qt::ISODateWithMs))
                        .arg(0.999 - 0.004 * std::sin(double(sent) / 20000.0), 0, 'f', 6);
                for (QWebSocket *s : std::as_const(m_clients))
                    s->sendTextMessage(frame);
            }
            if (sent >= m_total) {
                timer->deleteLater();
                m_base += m_total / 10 + 1000;
                sent = 0;
                done = true;
            }
        });
        done = false;
        timer->start(m_rate > 0 ? 5 : 0);
    }
    std::atomic<qint64> sent{0};
    std::atomic<bool> done{false};

private:
    QWebSocketServer *m_server = nullptr;
    QList<QWebSocket *> m_clients;
    QElapsedTimer m_clock;
    qint64 m_total = 0;
    qint64 m_base = 0;
    double m_rate = 0;
};

template<typename Pred> bool waitFor(Pred pred, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!pred()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::msleep(1);
    }
    return true;
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 30;
    const double rate = argc > 2 ? std::max(1.0, std::atof(argv[2])) : 10000.0;
    const qint64 burst = argc > 3 ? std::max(1000LL, std::atoll(argv[3])) : 200000;
    const qint64 total = qint64(rate * seconds);

    QThread serverThread;
    serverThread.start();
    PushServer server;
    server.moveToThread(&serverThread);
    quint16 port = 0;
    QMetaObject::invokeMethod(
        &server, [&] { port = server.listen(); }, Qt::BlockingQueuedConnection);
    const QUrl url(QStringLiteral("ws://127.0.0.1:%1").arg(port));

    // Ours: FeedClient on a worker thread feeding a thread-safe FeedHub, chart polling the hub.
    FeedHub hub;
    const int capacity = 50000; // 5 s at 10,000/s: memory must stop growing once rings are full
    hub.setCapacity(capacity);
    hub.setExpectedInterval(100);
    QThread clientThread;
    clientThread.start();
    auto *client = new FeedClient(QStringLiteral("bench"), std::make_unique<PegboardJsonAdapter>(), {url});
    client->moveToThread(&clientThread);
    QObject::connect(client, &FeedClient::samplesReceived, &hub, &FeedHub::ingest, Qt::DirectConnection);
    QMetaObject::invokeMethod(client, &FeedClient::start);

    PegChartView chart;
    chart.resize(1000, 500);
    chart.setCapacity(size_t(capacity));
    chart.setLiveWindow(60 * 1000);
    chart.show();
    qint64 sequence = 0;
    const QString series = FeedSeries::price(QStringLiteral("USDC"));
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &chart,
                     [&] { chart.appendPoints(hub.points(series, sequence, &sequence)); });
    poll.start(50);

    const int watchdogMs = 10;
    QElapsedTimer watch;
    qint64 lastTick = -1;
    qint64 maxGap = 0;
    double lastCpu = -1;
    double maxBusy = 0;
    QTimer watchdog;
    watchdog.setTimerType(Qt::PreciseTimer);
    QObject::connect(&watchdog, &QTimer::timeout, [&] {
        const qint64 now = watch.elapsed();
        const double cpu = threadCpuMs();
        if (lastCpu >= 0)
            maxBusy = std::max(maxBusy, cpu - lastCpu);
        lastCpu = cpu;
        if (lastTick >= 0 && now - lastTick > maxGap) {
            maxGap = now - lastTick;
            if (qEnvironmentVariableIsSet("BENCH_DEBUG"))
                std::fprintf(stderr, "gap %lld ms at %lld ms\n", maxGap, now);
        }
        lastTick = now;
    });

    if (!waitFor([&] { return server.clients() == 1; }, 10000)) {
        std::fprintf(stderr, "client did not connect\n");
        return 1;
    }
    std::fprintf(stderr, "pushing %lld messages at %.0f/s for %d s…\n", total, rate, seconds);
    const double rssStart = rssMb();
    double rssWarm = 0;
    watch.start();
    watchdog.start(watchdogMs);
    QElapsedTimer run;
    run.start();
    QMetaObject::invokeMethod(&server, [&] { server.push(total, rate); });
    const qint64 warmAtMs = std::max<qint64>(qint64(capacity / rate * 1000) + 500, seconds * 1000 / 3);
    const bool handled = waitFor(
        [&] {
            if (rssWarm == 0 && run.elapsed() >= warmAtMs)
                rssWarm = rssMb();
            return server.done && hub.samplesIngested() >= total;
        },
        (seconds + 30) * 1000);
    const double elapsedS = double(run.elapsed()) / 1000.0;
    watchdog.stop();
    const double rssEnd = rssMb();
    if (rssWarm == 0)
        rssWarm = rssStart;
    const FeedCounters c = client->counters();
    std::fprintf(stderr, "handled %lld/%lld (malformed %lld) in %.2f s; chart holds %lld drawn points\n",
                 hub.samplesIngested(), total, c.malformed, elapsedS, qint64(chart.drawnPointCount()));

    // Burst: the same frames, unthrottled, to ours and then to a bare counting QWebSocket.
    const qint64 before = hub.samplesIngested();
    QElapsedTimer burstClock;
    burstClock.start();
    QMetaObject::invokeMethod(&server, [&] { server.push(burst, 0); });
    waitFor([&] { return hub.samplesIngested() - before >= burst; }, 120000);
    const double oursRate =
        double(hub.samplesIngested() - before) / (double(burstClock.nsecsElapsed()) / 1e9);
    QMetaObject::invokeMethod(client, &FeedClient::stop, Qt::BlockingQueuedConnection);
    waitFor([&] { return server.clients() == 0; }, 5000);

    std::atomic<qint64> rawCount{0};
    QWebSocket *raw = nullptr;
    QObject rawContext; // runs the baseline socket on the same worker thread our client used
    rawContext.moveToThread(&clientThread);
    QMetaObject::invokeMethod(
        &rawContext,
        [&] {
            raw = new QWebSocket;
            QObject::connect(raw, &QWebSocket::textMessageReceived, raw,
                             [&](const QString &) { ++rawCount; });
            raw->open(url);
        },
        Qt::BlockingQueuedConnection);
    waitFor([&] { return server.clients() == 1; }, 10000);
    burstClock.restart();
    QMetaObject::invokeMethod(&server, [&] { server.push(burst, 0); });
    waitFor([&] { return rawCount.load() >= burst; }, 120000);
    const double rawRate = double(rawCount.load()) / (double(burstClock.nsecsElapsed()) / 1e9);
    QMetaObject::invokeMethod(
        &rawContext, [&] { delete raw; }, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(
        client, [client] { delete client; }, Qt::BlockingQueuedConnection);
    clientThread.quit();
    clientThread.wait();
    serverThread.quit();
    serverThread.wait();

    std::printf(
        "{\"bench\":\"feed_ingest\",\"msgs_per_s\":%.0f,\"handled\":%lld,\"sent\":%lld,\"all_handled\":%s,"
        "\"max_gui_stall_ms\":%lld,\"max_gui_busy_ms\":%.1f,\"watchdog_interval_ms\":%d,\"rss_growth_mb\":%."
        "1f,"
        "\"burst_ours_msgs_per_s\":%.0f,\"burst_baseline_msgs_per_s\":%.0f,\"ratio\":%.3f}\n",
        double(before) / elapsedS, before, total, handled && before == total ? "true" : "false",
        std::max<qint64>(0, maxGap - watchdogMs), maxBusy, watchdogMs, rssEnd - rssWarm, oursRate, rawRate,
        rawRate > 0 ? oursRate / rawRate : 0.0);
    return handled ? 0 : 1;
}
