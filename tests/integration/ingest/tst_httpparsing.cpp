// The collector's HTTP over real sockets, byte by byte as clients (and attackers) send it: limits,
// smuggling-shaped lengths, chunked bodies, slow clients, the connection cap, keep-alive and
// pipelining, 100-continue, and GET /metrics in Prometheus text format.
#include "ingest/staticcontextsource.h"
#include "ingest/webhookserver.h"
#include "testcluster.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <pqxx/pqxx>

using namespace pegboard;

namespace {
const QByteArray Secret = "http-secret";

struct Response
{
    int status = 0; // 0: none before the connection closed or the wait ended
    QByteArray head;
    QByteArray body;
};

// Waits (running the event loop, which the collector shares) until one whole response is in.
Response readResponse(QTcpSocket &socket, QByteArray &buffer, int timeoutMs = 5000)
{
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        buffer += socket.readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end >= 0) {
            Response r;
            r.head = buffer.left(end);
            r.status = r.head.mid(9, 3).toInt();
            qsizetype length = 0;
            for (const QByteArray &line : r.head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() >= end + 4 + length) {
                r.body = buffer.mid(end + 4, length);
                buffer.remove(0, end + 4 + length);
                return r;
            }
        }
        if (clock.elapsed() > timeoutMs ||
            (socket.state() != QAbstractSocket::ConnectedState && !socket.bytesAvailable()))
            return {};
        QTest::qWait(5);
    }
}

QByteArray ingestRequest(const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "POST /ingest HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Pegboard-Token: " + Secret +
           "\r\nContent-Type: application/json\r\n" + extraHeaders +
           "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

bool waitClosed(QTcpSocket &socket, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        if (socket.state() == QAbstractSocket::UnconnectedState)
            return true;
        QTest::qWait(10);
    }
    return false;
}
} // namespace

class TestHttpParsing : public QObject
{
    Q_OBJECT
    test::TestCluster m_pg;
    QString m_url;
    QTemporaryDir m_spoolDir;
    std::unique_ptr<WebhookServer> m_server;
    static constexpr int MaxConnections = 8;

    std::unique_ptr<QTcpSocket> connectClient()
    {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, m_server->port());
        return socket->waitForConnected(5000) ? std::move(socket) : nullptr;
    }

    // One request on a fresh connection; the first response.
    Response exchange(const QByteArray &bytes)
    {
        auto socket = connectClient();
        if (!socket)
            return {};
        socket->write(bytes);
        QByteArray buffer;
        return readResponse(*socket, buffer);
    }

    qint64 rowsWithId(const QString &externalId)
    {
        pqxx::connection c(m_url.toStdString());
        pqxx::work tx(c);
        return tx
            .exec_params1("SELECT count(*) FROM stablecoin_issues WHERE external_id = $1",
                          externalId.toStdString())[0]
            .as<qint64>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
        m_url = m_pg.freshDatabase();
        CollectorConfig config;
        config.storeUrl = m_url;
        config.spoolDir = m_spoolDir.path();
        config.listenPort = 0;
        config.secrets.insert(QStringLiteral("ingest"), Secret);
        config.batching.intervalMs = 100;
        config.maxBodyBytes = 64 * 1024;
        config.maxHeaderBytes = 4096;
        config.headerTimeoutMs = 500;
        config.requestTimeoutMs = 1500;
        config.maxConnections = MaxConnections;
        m_server = std::make_unique<WebhookServer>(config, std::make_shared<StaticContextSource>());
        auto started = m_server->start();
        QVERIFY2(started, qPrintable(started.error().message));
    }

    void cleanupTestCase() { m_server.reset(); }

    void keepAliveAndPipelining()
    {
        auto socket = connectClient();
        QVERIFY(socket);
        // Two requests in one write: answered in order, on the same connection.
        socket->write(ingestRequest(R"({"external_id":"ka-1","title":"one"})") +
                      ingestRequest(R"({"external_id":"ka-2","title":"two"})"));
        QByteArray buffer;
        const Response first = readResponse(*socket, buffer);
        const Response second = readResponse(*socket, buffer);
        QCOMPARE(first.status, 202);
        QVERIFY(first.body.contains("ka-1"));
        QCOMPARE(second.status, 202);
        QVERIFY(second.body.contains("ka-2"));
        QVERIFY(first.head.contains("Connection: keep-alive"));
        socket->write(ingestRequest(R"({"external_id":"ka-3","title":"three"})"));
        QCOMPARE(readResponse(*socket, buffer).status, 202);
        QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
        QTRY_COMPARE_WITH_TIMEOUT(rowsWithId(QStringLiteral("ka-3")), 1, 5000);
        // HTTP/1.0 without keep-alive: answered, then closed.
        const QByteArray body = R"({"external_id":"ka-10","title":"ten"})";
        socket->write("POST /ingest HTTP/1.0\r\nX-Pegboard-Token: " + Secret +
                      "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        const Response old = readResponse(*socket, buffer);
        QCOMPARE(old.status, 202);
        QVERIFY(old.head.contains("Connection: close"));
        QVERIFY(waitClosed(*socket, 3000));
    }

    void smugglingShapedLengthsRefused_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        const QByteArray head = "POST /ingest HTTP/1.1\r\nHost: x\r\nX-Pegboard-Token: " + Secret + "\r\n";
        const QByteArray body = R"({"title":"x"})"; // 13 bytes
        QTest::newRow("same Content-Length twice")
            << head + "Content-Length: 13\r\nContent-Length: 13\r\n\r\n" + body << 400;
        QTest::newRow("conflicting Content-Length")
            << head + "Content-Length: 13\r\nContent-Length: 12\r\n\r\n" + body << 400;
        QTest::newRow("Content-Length list") << head + "Content-Length: 13, 13\r\n\r\n" + body << 400;
        QTest::newRow("negative Content-Length") << head + "Content-Length: -1\r\n\r\n" + body << 400;
        QTest::newRow("Content-Length and chunked")
            << head + "Content-Length: 13\r\nTransfer-Encoding: chunked\r\n\r\nd\r\n" + body + "\r\n0\r\n\r\n"
            << 400;
        QTest::newRow("chunked and Content-Length")
            << head + "Transfer-Encoding: chunked\r\nContent-Length: 13\r\n\r\nd\r\n" + body + "\r\n0\r\n\r\n"
            << 400;
        QTest::newRow("gzip transfer coding") << head + "Transfer-Encoding: gzip\r\n\r\n" + body << 400;
        QTest::newRow("chunked twice")
            << head + "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
            << 400;
        QTest::newRow("bad chunk size") << head + "Transfer-Encoding: chunked\r\n\r\nzz\r\n" << 400;
        QTest::newRow("malformed request line") << QByteArray("GARBAGE\r\n\r\n") << 400;
        QTest::newRow("header without colon") << head + "NoColonHere\r\n\r\n" << 400;
        QTest::newRow("NUL in a header") << head + QByteArray("X-A: a\0b\r\n\r\n", 13) << 400;
        QTest::newRow("HTTP/2.0") << QByteArray("GET /healthz HTTP/2.0\r\n\r\n") << 505;
        QTest::newRow("head too large") << head + "X-Big: " + QByteArray(5000, 'a') + "\r\n\r\n" << 431;
        QTest::newRow("announced body too large") << head + "Content-Length: 10000000\r\n\r\n" << 413;
    }

    void smugglingShapedLengthsRefused()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        auto socket = connectClient();
        QVERIFY(socket);
        socket->write(request);
        QByteArray buffer;
        const Response r = readResponse(*socket, buffer);
        QCOMPARE(r.status, status);
        QVERIFY(r.head.contains("Connection: close"));
        // After a refused head the stream position is unknown: nothing more is parsed from it. (An
        // announced body is read and dropped first, so the client sees the 413 before the close.)
        if (status != 413)
            QVERIFY(waitClosed(*socket, 3000));
    }

    void chunkedBodyAcceptedWithinTheLimit()
    {
        auto socket = connectClient();
        QVERIFY(socket);
        socket->write("POST /ingest HTTP/1.1\r\nHost: x\r\nX-Pegboard-Token: " + Secret +
                      "\r\nTransfer-Encoding: chunked\r\n\r\n");
        const QByteArray body = R"({"external_id":"chunked-1","title":"sent in chunks"})";
        // Three chunks in three writes, the event loop running between them.
        for (const QByteArray &part : {body.left(10), body.mid(10, 20), body.mid(30)}) {
            socket->write(QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n");
            QTest::qWait(20);
        }
        socket->write("0\r\n\r\n");
        QByteArray buffer;
        QCOMPARE(readResponse(*socket, buffer).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(rowsWithId(QStringLiteral("chunked-1")), 1, 5000);
        // Chunks adding up past the body limit.
        socket->write("POST /ingest HTTP/1.1\r\nHost: x\r\nX-Pegboard-Token: " + Secret +
                      "\r\nTransfer-Encoding: chunked\r\n\r\n");
        const QByteArray chunk(16 * 1024, 'a');
        for (int i = 0; i < 5; ++i)
            socket->write("4000\r\n" + chunk + "\r\n");
        QCOMPARE(readResponse(*socket, buffer).status, 413);
    }

    void expectContinue()
    {
        auto socket = connectClient();
        QVERIFY(socket);
        const QByteArray body = R"({"external_id":"continue-1","title":"after 100"})";
        socket->write("POST /ingest HTTP/1.1\r\nHost: x\r\nX-Pegboard-Token: " + Secret +
                      "\r\nExpect: 100-continue\r\nContent-Length: " + QByteArray::number(body.size()) +
                      "\r\n\r\n");
        QByteArray buffer;
        QTRY_VERIFY((buffer += socket->readAll()).startsWith("HTTP/1.1 100 Continue\r\n\r\n"));
        buffer.remove(0, 25);
        socket->write(body);
        QCOMPARE(readResponse(*socket, buffer).status, 202);
    }

    void slowHeadIsCut()
    {
        auto socket = connectClient();
        QVERIFY(socket);
        QElapsedTimer clock;
        clock.start();
        socket->write("POST /ingest HTTP/1.1\r\nHost: x\r\n");
        // One header byte every 50 ms: never idle, never complete.
        QTimer drip;
        connect(&drip, &QTimer::timeout, socket.get(), [&] { socket->write("X"); });
        drip.start(50);
        QByteArray buffer;
        const Response r = readResponse(*socket, buffer, 5000);
        drip.stop();
        QCOMPARE(r.status, 408);
        QVERIFY2(clock.elapsed() >= 450, QByteArray::number(clock.elapsed()).constData());
        QVERIFY(waitClosed(*socket, 3000));
    }

    // The timers are re-armed lazily: on a keep-alive connection the second request's head gets
    // its own full allowance, counted from its first byte, not from the first request's.
    void headTimeoutCountsFromEachHead()
    {
        auto socket = connectClient();
        QVERIFY(socket);
        socket->write(ingestRequest(R"({"external_id":"lazy-1","title":"first"})"));
        QByteArray buffer;
        QCOMPARE(readResponse(*socket, buffer).status, 202);
        QTest::qWait(300); // within the first head's 500 ms, had its timer been left to run
        QElapsedTimer clock;
        clock.start();
        socket->write("POST /ingest HTTP/1.1\r\nHost: x\r\n");
        QTimer drip;
        connect(&drip, &QTimer::timeout, socket.get(), [&] { socket->write("X"); });
        drip.start(50);
        const Response r = readResponse(*socket, buffer, 5000);
        drip.stop();
        QCOMPARE(r.status, 408);
        QVERIFY2(clock.elapsed() >= 450, QByteArray::number(clock.elapsed()).constData());
        QVERIFY(waitClosed(*socket, 3000));
    }

    void slowBodyIsCut()
    {
        auto socket = connectClient();
        QVERIFY(socket);
        QElapsedTimer clock;
        clock.start();
        // The head is complete at once; 10 of the 100 announced body bytes ever arrive.
        socket->write("POST /ingest HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"title\":");
        QByteArray buffer;
        const Response r = readResponse(*socket, buffer, 5000);
        QCOMPARE(r.status, 408);
        QVERIFY2(clock.elapsed() >= 1400, QByteArray::number(clock.elapsed()).constData());
        QVERIFY(r.body.contains("body"));
    }

    void connectionCap()
    {
        // Earlier tests' connections are gone once the server has seen them close.
        QTest::qWait(200);
        std::vector<std::unique_ptr<QTcpSocket>> open;
        for (int i = 0; i < MaxConnections; ++i) {
            open.push_back(connectClient());
            QVERIFY(open.back());
        }
        QTest::qWait(100); // the server accepts them (the event loop runs here)
        auto extra = connectClient();
        QVERIFY(extra);
        QByteArray buffer;
        const Response refused = readResponse(*extra, buffer);
        QCOMPARE(refused.status, 503);
        QVERIFY(refused.head.contains("Retry-After: 1"));
        QVERIFY(waitClosed(*extra, 3000));
        // The ones inside the cap still work; closing one makes room.
        open[0]->write(ingestRequest(R"({"external_id":"cap-1","title":"inside the cap"})"));
        QCOMPARE(readResponse(*open[0], buffer).status, 202);
        open.pop_back();
        QTest::qWait(100);
        QCOMPARE(exchange("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n").status, 200);
    }

    void metricsInPrometheusFormat()
    {
        // The previous test's connections close as the server notices.
        Response r;
        QTRY_COMPARE((r = exchange("GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n")).status, 200);
        QVERIFY(r.head.contains("Content-Type: text/plain; version=0.0.4"));
        const QByteArray text = r.body;
        const auto value = [&text](const QByteArray &series) {
            for (const QByteArray &line : text.split('\n')) {
                if (line.startsWith(series + ' '))
                    return line.mid(series.size() + 1).toDouble();
            }
            return -1.0;
        };
        QVERIFY(value("pegboard_collector_reports_accepted_total") >= 7);
        QVERIFY(value("pegboard_collector_requests_refused_total{reason=\"malformed_http\"}") >= 10);
        QVERIFY(value("pegboard_collector_requests_refused_total{reason=\"too_large\"}") >= 2);
        QVERIFY(value("pegboard_collector_requests_refused_total{reason=\"timeout\"}") >= 1);
        QVERIFY(value("pegboard_collector_requests_refused_total{reason=\"connection_cap\"}") >= 1);
        QCOMPARE(value("pegboard_collector_requests_refused_total{reason=\"spool_full\"}"), 0.0);
        QVERIFY(value("pegboard_collector_reports_inserted_total") >= 7);
        QCOMPARE(value("pegboard_collector_reports_rejected_total"), 0.0);
        QVERIFY(value("pegboard_collector_start_time_seconds") > 1.7e9);
        QCOMPARE(value("pegboard_collector_store_state{state=\"up\"}"), 1.0);
        QVERIFY(value("pegboard_collector_spool_depth") >= 0);
        QVERIFY(value("pegboard_collector_spool_oldest_unflushed_age_seconds") >= 0);
        // Histograms: cumulative buckets ending in +Inf == _count.
        const double answered = value("pegboard_collector_answer_latency_seconds_count");
        QVERIFY(answered >= 7);
        QCOMPARE(value("pegboard_collector_answer_latency_seconds_bucket{le=\"+Inf\"}"), answered);
        QVERIFY(value("pegboard_collector_answer_latency_seconds_bucket{le=\"0.001\"}") <=
                value("pegboard_collector_answer_latency_seconds_bucket{le=\"0.01\"}"));
        QVERIFY(value("pegboard_collector_batch_rows_count") >= 1);
        QVERIFY(text.contains("# TYPE pegboard_collector_batch_rows histogram"));
        QVERIFY(text.contains("# TYPE pegboard_collector_reports_accepted_total counter"));
    }
};

QTEST_GUILESS_MAIN(TestHttpParsing)
#include "tst_httpparsing.moc"
