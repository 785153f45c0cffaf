// N concurrent loopback clients post signed GitHub `issues` payloads (the real octokit example,
// each with its own delivery id) to an in-process collector over keep-alive HTTP/1.1; a report
// counts when it is answered 2xx, i.e. fsynced to the spool. Baseline, same run, same cluster:
// the same reports written with IssueStore::insert one by one (one transaction each), which is
// what "durable before answering" costs without the spool's group commit. Also reported: how
// long the store took to hold every report (drain). Last line:
// {"bench":"collector_throughput","load_avg":…,"answer_per_s":…,"p50_ms":…,"p99_ms":…,
//  "drain_per_s":…,"drain_ratio":…,"drain_capacity_per_s":…,"capacity_ratio":…,"spool_depth_end":…,"spool_depth_max":…,"all_stored_s":…,
//  "cpu_us_per_report":{"collector":…,"clients":…,"postgres":…,"total":…},"stages_us":{…},
//  "baseline_per_s":…,"ratio":…}
// answer_per_s: reports answered 2xx (durable) per second of the flood; drain_per_s: rows the
// store took in the same time; spool_depth_end: reports not yet in the store when the last answer
// went out; drain_capacity_per_s: rows over the time the batcher spent in store writes (COPY,
// indexes, the evidence log's trigger), i.e. how fast the store could drain. cpu_us_per_report: CPU time
// (user + system) spent during the flood per answered report by the collector's threads, by the load
// generator's thread and by every PostgreSQL process — far less noisy than rates on a shared machine, and it
// says what bounds the rate: at 100 % of both cores, answer_per_s cannot exceed 2e6 / total. stages_us: the
// collector's stages timed alone on one thread (HTTP parse, HMAC, normalize and its JSON parse, spool
// encode). Usage: bench_collector_throughput [reports=20000] [clients=64] [baseline_reports=2000]
#include "cpuaccount.h"
#include "ingest/enricher.h"
#include "ingest/githubnormalizer.h"
#include "ingest/httprequestreader.h"
#include "ingest/issuecodec.h"
#include "ingest/jsonreader.h"
#include "ingest/staticcontextsource.h"
#include "ingest/storelimits.h"
#include "ingest/webhookserver.h"
#include "store/issuerow.h"
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
using pegboard::bench::CpuAccount;

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

const QByteArray ClientThreadName = "bench-clients";

// The collector's work per report, stage by stage, on one thread: where the CPU goes.
struct Stages
{
    double http = 0, auth = 0, normalize = 0, json = 0, limits = 0, encode = 0, decode = 0, copyLine = 0;
};

Stages measureStages(const QByteArray &body)
{
    constexpr int N = 2000;
    const auto perCall = [](auto &&work) {
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < N; ++i)
            work();
        return clock.nsecsElapsed() / 1e3 / N;
    };
    const GitHubNormalizer normalizer({}, Secret);
    const QByteArray raw =
        "POST /webhooks/github HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
        "application/json\r\nX-GitHub-Event: issues\r\nX-GitHub-Delivery: bench-1\r\n"
        "X-Hub-Signature-256: sha256=" +
        QMessageAuthenticationCode::hash(body, Secret, QCryptographicHash::Sha256).toHex() +
        "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    Stages s;
    HttpRequestReader reader(HttpRequestReader::Limits{});
    WebhookRequest request;
    s.http = perCall([&] {
        reader.feed(raw.constData(), std::size_t(raw.size()));
        request = reader.take();
    });
    s.auth = perCall([&] { (void)normalizer.authenticate(request); });
    NormalizeOutcome outcome;
    s.normalize = perCall([&] { outcome = normalizer.normalize(request); });
    s.json = perCall([&] { (void)JsonReader::parseObject(request.body); });
    s.limits = perCall([&] {
        Issue copy = outcome.issue;
        QStringList notes;
        (void)StoreLimits::apply(copy, &notes);
    });
    QByteArray record;
    s.encode = perCall([&] { record = IssueCodec::encode(outcome.issue); });
    s.decode = perCall([&] { (void)IssueCodec::decode(record); });
    std::string line;
    s.copyLine = perCall([&] {
        line.clear();
        IssueRow::appendCopyLine(line, outcome.issue);
    });
    return s;
}

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

    const Stages stages = measureStages(body);
    std::fprintf(stderr,
                 "one thread, us per report: http parse %.1f, HMAC %.1f, normalize %.1f (of it JSON parse "
                 "%.1f), store limits %.1f, spool encode %.1f, decode %.1f, COPY line %.1f\n",
                 stages.http, stages.auth, stages.normalize, stages.json, stages.limits, stages.encode,
                 stages.decode, stages.copyLine);

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
        baselinePerSecond = baselineTotal / std::max(1e-9, clock.nsecsElapsed() / 1e9);
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
    clientThread.setObjectName(QString::fromLatin1(ClientThreadName));
    clientThread.start();
    const double load = CpuAccount::loadAverage();
    CpuAccount cpu(pg.cluster().dataDir(), ClientThreadName);
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
    const CpuAccount::Sample used = cpu.sinceStart();
    const QJsonObject atEnd = QJsonDocument::fromJson(server.health()).object();
    const qint64 depthAtEnd = atEnd.value(QStringLiteral("spool_depth")).toInteger();
    maxDepth = std::max(maxDepth, depthAtEnd); // the sampler may have missed the last 100 ms
    const qint64 insertedAtEnd = atEnd.value(QStringLiteral("inserted")).toInteger();
    const double writeSecondsAtEnd = atEnd.value(QStringLiteral("store_write_s")).toDouble();
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
    const auto percentile = [&](double q) {
        return answered.empty() ? 0 : answered[std::min(answered.size() - 1, size_t(answered.size() * q))];
    };
    const double p50 = percentile(0.50);
    const double p99 = percentile(0.99);
    const double n = std::max<double>(1, double(answered.size()));
    const double cpuCollector = used.process * 1e6 / n;
    const double cpuClients = used.thread * 1e6 / n;
    const double cpuPostgres = used.postgres * 1e6 / n;
    for (const auto &[name, seconds] : used.threads)
        std::fprintf(stderr, "cpu us/report in thread %s: %.0f\n", name.constData(), seconds * 1e6 / n);
    const double perSecond = double(answered.size()) / answerSeconds;
    std::fprintf(stderr, "collector: %zu answered 2xx (%d failed) in %.2f s, all in the store after %.2f s\n",
                 answered.size(), failures.load(), answerSeconds, drainSeconds);
    // Drain rate: rows the store took while the flood lasted, over the flood's duration. With the
    // spool nearly empty at the end (one batch in flight), the store kept up with the door.
    const double drainPerSecond = double(insertedAtEnd) / answerSeconds;
    // What the store could take: rows over the time the batcher spent writing them. At or above
    // the answer rate, the drain keeps up however long the flood lasts.
    const double capacityPerSecond = double(insertedAtEnd) / std::max(1e-9, writeSecondsAtEnd);
    std::printf(
        "{\"bench\":\"collector_throughput\",\"reports\":%d,\"clients\":%d,\"load_avg\":%.2f,"
        "\"answer_per_s\":%.0f,\"p50_ms\":%.1f,\"p99_ms\":%.1f,\"drain_per_s\":%.0f,\"drain_ratio\":%.2f,"
        "\"drain_capacity_per_s\":%.0f,\"capacity_ratio\":%.2f,"
        "\"spool_depth_end\":%lld,\"spool_depth_max\":%lld,\"all_stored_s\":%.2f,"
        "\"cpu_us_per_report\":{\"collector\":%.0f,\"clients\":%.0f,\"postgres\":%.0f,\"total\":%.0f},"
        "\"stages_us\":{\"http\":%.1f,\"hmac\":%.1f,\"normalize\":%.1f,\"json_parse\":%.1f,"
        "\"encode\":%.1f},\"baseline\":\"IssueStore::insert one by one\",\"baseline_per_s\":%.0f,"
        "\"ratio\":%.2f}\n",
        total, clients, load, perSecond, p50, p99, drainPerSecond, drainPerSecond / perSecond,
        capacityPerSecond, capacityPerSecond / perSecond, (long long)depthAtEnd, (long long)maxDepth,
        drainSeconds, cpuCollector, cpuClients, cpuPostgres, cpuCollector + cpuClients + cpuPostgres,
        stages.http, stages.auth, stages.normalize, stages.json, stages.encode, baselinePerSecond,
        perSecond / std::max(1e-9, baselinePerSecond));
    return failures == 0 ? 0 : 1;
}
