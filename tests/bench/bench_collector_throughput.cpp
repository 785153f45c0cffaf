// N concurrent loopback clients post signed GitHub `issues` payloads (the real octokit example,
// each with its own delivery id) to an in-process collector over keep-alive HTTP/1.1; a report
// counts when it is answered 2xx, i.e. fsynced to the spool. Baseline, same run, same cluster:
// the same reports written with IssueStore::insert one by one (one transaction each), which is
// what "durable before answering" costs without the spool's group commit. Also reported: how
// long the store took to hold every report (drain). Last line:
// {"bench":"collector_throughput","answer_per_s":…,"p99_ms":…,"drain_per_s":…,"drain_ratio":…,
//  "spool_depth_end":…,"spool_depth_max":…,"all_stored_s":…,"baseline_per_s":…,"ratio":…}
// answer_per_s: reports answered 2xx (durable) per second of the flood; drain_per_s: rows the
// store took in the same time; spool_depth_end: reports not yet in the store when the last answer
// went out.
// Usage: bench_collector_throughput [reports=20000] [clients=64] [baseline_reports=2000]
#include "ingest/githubnormalizer.h"
#include "ingest/staticcontextsource.h"
#include "ingest/webhookserver.h"
#include "store/issuestore.h"
#include "testcluster.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <vector>

using namespace pegboard;

namespace {
const QByteArray Secret = "bench-secret";

QByteArray loadFixture()
{
    QString data = qEnvironmentVariable("PEGBOARD_TEST_DATA");
    if (data.isEmpty())
        data = QCoreApplication::applicationDirPath() + QStringLiteral("/../../../../tests/data");
    QFile f(data + QStringLiteral("/ingest/issues.opened.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s (set PEGBOARD_TEST_DATA)", qPrintable(f.fileName()));
    return f.readAll();
}

// One keep-alive connection sending requests back to back, on the clients' thread.
class Client : public QObject
{
public:
    Client(quint16 port, const QByteArray &body, std::atomic<int> &next, int total,
           std::vector<double> &latencies, std::atomic<int> &failures, std::function<void()> done)
        : m_body(body)
        , m_next(next)
        , m_total(total)
        , m_latencies(latencies)
        , m_failures(failures)
        , m_done(std::move(done))
    {
        m_signature =
            "sha256=" + QMessageAuthenticationCode::hash(body, Secret, QCryptographicHash::Sha256).toHex();
        connect(&m_socket, &QTcpSocket::connected, this, [this] { sendNext(); });
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] { readReply(); });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }

private:
    void sendNext()
    {
        m_current = m_next.fetch_add(1);
        if (m_current >= m_total) {
            m_socket.disconnectFromHost();
            m_done();
            return;
        }
        QByteArray request =
            "POST /webhooks/github HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            "X-GitHub-Event: issues\r\nX-GitHub-Delivery: bench-" +
            QByteArray::number(m_current) + "\r\nX-Hub-Signature-256: " + m_signature +
            "\r\nContent-Length: " + QByteArray::number(m_body.size()) + "\r\n\r\n";
        m_clock.start();
        m_socket.write(request + m_body);
    }

    void readReply()
    {
        m_buffer += m_socket.readAll();
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const qsizetype lengthAt = m_buffer.indexOf("Content-Length: ");
        const qsizetype length =
            m_buffer.mid(lengthAt + 16, m_buffer.indexOf("\r\n", lengthAt) - lengthAt - 16).toLongLong();
        if (m_buffer.size() < headEnd + 4 + length)
            return;
        const bool ok = m_buffer.startsWith("HTTP/1.1 2");
        m_buffer.remove(0, headEnd + 4 + length);
        if (ok)
            m_latencies[size_t(m_current)] = m_clock.nsecsElapsed() / 1e6;
        else
            ++m_failures;
        sendNext();
    }

    QTcpSocket m_socket;
    QByteArray m_body;
    QByteArray m_signature;
    QByteArray m_buffer;
    std::atomic<int> &m_next;
    int m_total;
    std::vector<double> &m_latencies;
    std::atomic<int> &m_failures;
    std::function<void()> m_done;
    QElapsedTimer m_clock;
    int m_current = 0;
};

qint64 storeCount(const QString &url)
{
    auto store = IssueStore::open(url);
    return store ? (*store)->count().value() : -1;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? std::atoi(argv[1]) : 20000;
    const int clients = argc > 2 ? std::atoi(argv[2]) : 64;
    const int baselineTotal = argc > 3 ? std::atoi(argv[3]) : 2000;
    const QByteArray body = loadFixture();

    test::TestCluster pg;
    if (!pg.start()) {
        std::fprintf(stderr, "cannot start PostgreSQL: %s\n", qPrintable(pg.error()));
        return 1;
    }

    {
        // Cost of the CPU side alone, to tell CPU limits from fsync limits when reading results.
        const GitHubNormalizer normalizer({}, Secret);
        WebhookRequest request;
        request.body = body;
        request.receivedAt = QDateTime::currentDateTimeUtc();
        request.headers.insert("x-github-event", "issues");
        request.headers.insert("x-github-delivery", "cpu");
        request.headers.insert(
            "x-hub-signature-256",
            "sha256=" + QMessageAuthenticationCode::hash(body, Secret, QCryptographicHash::Sha256).toHex());
        QElapsedTimer clock;
        clock.start();
        int accepted = 0;
        for (int i = 0; i < 2000; ++i)
            accepted += !normalizer.authenticate(request) && normalizer.normalize(request).isAccepted();
        std::fprintf(stderr, "authenticate + normalize alone: %.1f us/report (%d accepted)\n",
                     clock.nsecsElapsed() / 1e3 / 2000, accepted);
    }

    // Baseline: normalize + insert one report per transaction, as a naive durable collector would.
    double baselinePerSecond = 0;
    {
        const QString url = pg.freshDatabase();
        auto store = IssueStore::open(url);
        if (!store)
            return 1;
        const GitHubNormalizer normalizer({}, Secret);
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < baselineTotal; ++i) {
            WebhookRequest request;
            request.body = body;
            request.receivedAt = QDateTime::currentDateTimeUtc();
            request.headers.insert("x-github-event", "issues");
            request.headers.insert("x-github-delivery", "base-" + QByteArray::number(i));
            NormalizeOutcome outcome = normalizer.normalize(request);
            if (!outcome.isAccepted() || !(*store)->insert(std::span<const Issue>(&outcome.issue, 1)))
                return 1;
        }
        baselinePerSecond = baselineTotal / (clock.nsecsElapsed() / 1e9);
        std::fprintf(stderr, "baseline: %d one-by-one inserts, %.0f reports/s\n", baselineTotal,
                     baselinePerSecond);
    }

    const QString url = pg.freshDatabase();
    QTemporaryDir spoolDir(QStringLiteral("/tmp/pgb-spool-XXXXXX"));
    CollectorConfig config;
    config.storeUrl = url;
    config.spoolDir = spoolDir.path();
    config.listenPort = 0;
    config.secrets.insert(QStringLiteral("github"), Secret);
    WebhookServer server(config, std::make_shared<StaticContextSource>());
    if (auto started = server.start(); !started) {
        std::fprintf(stderr, "%s\n", qPrintable(started.error().message));
        return 1;
    }

    std::vector<double> latencies(size_t(total), -1);
    std::atomic<int> next{0};
    std::atomic<int> failures{0};
    std::atomic<int> finished{0};
    QThread clientThread;
    clientThread.start();
    QElapsedTimer clock;
    clock.start();
    std::vector<std::unique_ptr<Client>> pool;
    // Clients live on their own thread so the server's event loop is the collector's alone.
    QObject anchor;
    anchor.moveToThread(&clientThread);
    QMetaObject::invokeMethod(&anchor, [&] {
        for (int c = 0; c < clients; ++c)
            pool.push_back(
                std::make_unique<Client>(server.port(), body, next, total, latencies, failures, [&] {
                    if (++finished == clients)
                        QMetaObject::invokeMethod(&app, &QCoreApplication::quit, Qt::QueuedConnection);
                }));
    });
    // Spool depth and the store's progress every 100 ms during the flood, read like /healthz does.
    qint64 maxDepth = 0;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] {
        const QJsonObject h = QJsonDocument::fromJson(server.health()).object();
        maxDepth = std::max(maxDepth, h.value(QStringLiteral("spool_depth")).toInteger());
    });
    sampler.start(100);
    app.exec();
    sampler.stop();
    const double answerSeconds = clock.nsecsElapsed() / 1e9;
    const QJsonObject atEnd = QJsonDocument::fromJson(server.health()).object();
    const qint64 depthAtEnd = atEnd.value(QStringLiteral("spool_depth")).toInteger();
    const qint64 insertedAtEnd = atEnd.value(QStringLiteral("inserted")).toInteger();
    QMetaObject::invokeMethod(
        &anchor, [&] { pool.clear(); }, Qt::BlockingQueuedConnection);
    clientThread.quit();
    clientThread.wait();

    // Until the store holds every answered report.
    while (storeCount(url) < total - failures)
        QThread::msleep(250); // each poll is a new connection and a count: keep it rare
    const double drainSeconds = clock.nsecsElapsed() / 1e9;

    std::vector<double> answered;
    for (double l : latencies) {
        if (l >= 0)
            answered.push_back(l);
    }
    std::sort(answered.begin(), answered.end());
    const double p99 =
        answered.empty() ? 0 : answered[std::min(answered.size() - 1, size_t(answered.size() * 0.99))];
    const double perSecond = double(answered.size()) / answerSeconds;
    std::fprintf(stderr, "collector: %zu answered 2xx (%d failed) in %.2f s, all in the store after %.2f s\n",
                 answered.size(), failures.load(), answerSeconds, drainSeconds);
    // Drain rate: rows the store took while the flood lasted, over the flood's duration. With the
    // spool nearly empty at the end (one batch in flight), the store kept up with the door.
    const double drainPerSecond = double(insertedAtEnd) / answerSeconds;
    std::printf(
        "{\"bench\":\"collector_throughput\",\"reports\":%d,\"clients\":%d,\"answer_per_s\":%.0f,"
        "\"p99_ms\":%.1f,\"drain_per_s\":%.0f,\"drain_ratio\":%.2f,\"spool_depth_end\":%lld,"
        "\"spool_depth_max\":%lld,\"all_stored_s\":%.2f,\"baseline\":\"IssueStore::insert one by one\","
        "\"baseline_per_s\":%.0f,\"ratio\":%.2f}\n",
        total, clients, perSecond, p99, drainPerSecond, drainPerSecond / perSecond, (long long)depthAtEnd,
        (long long)maxDepth, drainSeconds, baselinePerSecond, perSecond / baselinePerSecond);
    return failures == 0 ? 0 : 1;
}
