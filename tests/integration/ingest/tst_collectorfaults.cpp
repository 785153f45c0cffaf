#include "domain/feedseries.h"
#include "store/feedsamplestore.h"
#include "testcluster.h"
#include "webhookclient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <pqxx/pqxx>

using namespace pegboard;

namespace {
const QByteArray Secret = "fault-run-secret";

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}
} // namespace

// The never-lose guarantee end to end: the real `pegboard collect` binary, real HTTP, a real
// PostgreSQL that is killed and restarted twice while the collector itself is SIGKILLed and
// restarted once. Senders retry until answered 2xx, as GitHub redelivers; afterwards every
// answered report is in the store exactly once. PEGBOARD_FAULT_REPORTS scales the run (20000 for
// the issue's full size).
class TestCollectorFaults : public QObject
{
    Q_OBJECT
    test::TestCluster m_pg;
    QTemporaryDir m_dir;
    QString m_url;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_collector;

    bool startCollector()
    {
        m_collector = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PEGBOARD_GITHUB_WEBHOOK_SECRET"), QString::fromUtf8(Secret));
        m_collector->setProcessEnvironment(env);
        m_collector->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_collector->start(qEnvironmentVariable("PEGBOARD_BIN"),
                           {QStringLiteral("collect"), QStringLiteral("--db"), m_url,
                            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                            QStringLiteral("--spool"), m_dir.path() + QStringLiteral("/spool"),
                            QStringLiteral("--config"), m_dir.path() + QStringLiteral("/collect.json")});
        if (!m_collector->waitForStarted(10000))
            return false;
        QByteArray output;
        while (!output.contains("Listening on") && m_collector->waitForReadyRead(20000))
            output += m_collector->readAllStandardOutput();
        return output.contains("Listening on");
    }

    qint64 scalar(const char *sql)
    {
        pqxx::connection c(m_url.toStdString());
        pqxx::work tx(c);
        return tx.exec1(sql)[0].as<qint64>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
        m_url = m_pg.freshDatabase();
        m_port = freePort();
        // A recorded gas price, so the stored reports show the context the binary attached.
        auto feeds = FeedSampleStore::open(m_url);
        QVERIFY(feeds);
        QVERIFY((*feeds)->insert(
            std::vector<FeedSample>{{FeedSeries::GasGwei, QDateTime::currentMSecsSinceEpoch(), 123, false}}));
        QFile config(m_dir.path() + QStringLiteral("/collect.json"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(R"({"batch_size": 50, "batch_interval_ms": 200})");
        config.close();
        QVERIFY(startCollector());
    }

    void cleanupTestCase()
    {
        if (m_collector) {
            m_collector->terminate();
            if (!m_collector->waitForFinished(20000))
                m_collector->kill();
        }
    }

    void everyAnsweredReportStoredExactlyOnce()
    {
        const int total = qEnvironmentVariableIntValue("PEGBOARD_FAULT_REPORTS") > 0
                              ? qEnvironmentVariableIntValue("PEGBOARD_FAULT_REPORTS")
                              : 2000;
        QFile fixture(qEnvironmentVariable("PEGBOARD_TEST_DATA") +
                      QStringLiteral("/ingest/issues.opened.json"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        const QByteArray body = fixture.readAll();
        test::WebhookClient client(m_port);

        QList<bool> answered(total, false);
        int answeredCount = 0;
        int next = 0;
        int inFlight = 0;
        int failures = 0;
        QList<int> retry;
        const int duplicates = std::max(10, total / 100);
        int redelivered = 0;
        QElapsedTimer clock;
        clock.start();
        QEventLoop loop;
        // Faults at fixed points of progress, so every run exercises each of them mid-stream.
        struct Fault
        {
            double at;
            std::function<bool()> act;
            const char *what;
        };
        QList<Fault> faults{
            {0.15, [&] { return m_pg.cluster().kill().hasValue(); }, "PostgreSQL killed"},
            {0.30, [&] { return m_pg.cluster().start().hasValue(); }, "PostgreSQL restarted"},
            {0.45,
             [&] {
                 m_collector->kill(); // SIGKILL: no shutdown code runs
                 m_collector->waitForFinished(10000);
                 return startCollector();
             },
             "collector SIGKILLed and restarted"},
            {0.50,
             [&] {
                 // Duplicate delivery: reports already answered are sent again, as a webhook
                 // source does when it missed the answer; they must not become second rows.
                 int queued = 0;
                 for (int i = 0; i < total && queued < duplicates; ++i) {
                     if (answered[i]) {
                         retry.append(i);
                         ++queued;
                     }
                 }
                 redelivered = queued;
                 return queued > 0;
             },
             "answered reports delivered again"},
            {0.60, [&] { return m_pg.cluster().kill().hasValue(); }, "PostgreSQL killed again"},
            {0.80, [&] { return m_pg.cluster().start().hasValue(); }, "PostgreSQL restarted again"}};
        bool faultFailed = false;

        std::function<void()> pump;
        const auto send = [&](int i) {
            ++inFlight;
            QNetworkReply *reply = client.postAsync(
                QStringLiteral("/webhooks/github"), body,
                {{"X-GitHub-Event", "issues"},
                 {"X-GitHub-Delivery", "fault-" + QByteArray::number(i)},
                 {"X-Hub-Signature-256", test::WebhookClient::githubSignature(Secret, body)}});
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, i] {
                --inFlight;
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                reply->deleteLater();
                if (status >= 200 && status < 300) {
                    if (!answered[i]) {
                        answered[i] = true;
                        ++answeredCount;
                    }
                } else {
                    ++failures;
                    retry.append(i); // not answered: the sender tries again, like a webhook redelivery
                }
                while (!faults.isEmpty() && answeredCount >= faults.first().at * total) {
                    const Fault fault = faults.takeFirst();
                    qInfo("%s after %d answers", fault.what, answeredCount);
                    faultFailed = faultFailed || !fault.act();
                }
                QTimer::singleShot(status ? 0 : 50, &loop, pump);
            });
        };
        pump = [&] {
            if (answeredCount == total || faultFailed) {
                loop.quit();
                return;
            }
            while (inFlight < 32 && (!retry.isEmpty() || next < total))
                send(!retry.isEmpty() ? retry.takeFirst() : next++);
        };
        QTimer::singleShot(0, &loop, pump);
        QTimer::singleShot(600000, &loop, &QEventLoop::quit);
        loop.exec();
        QVERIFY(!faultFailed);
        QCOMPARE(answeredCount, total);
        QVERIFY(faults.isEmpty());
        qInfo("%d requests were not answered and retried", failures);

        // Drained: the spool is empty and the store holds each answered report exactly once.
        QTRY_COMPARE_WITH_TIMEOUT(QJsonDocument::fromJson(client.get(QStringLiteral("/healthz")).body)
                                      .object()
                                      .value(QStringLiteral("spool_depth"))
                                      .toInteger(-1),
                                  0, 60000);
        QCOMPARE(scalar("SELECT count(*) FROM stablecoin_issues WHERE source = 'github'"),
                 qint64(answeredCount));
        QCOMPARE(scalar("SELECT count(DISTINCT external_id) FROM stablecoin_issues"), qint64(answeredCount));
        const QJsonObject health =
            QJsonDocument::fromJson(client.get(QStringLiteral("/healthz")).body).object();
        QCOMPARE(health.value(QStringLiteral("rejected")).toInteger(-1), 0);
        QVERIFY(redelivered > 0);
        qInfo("figures: acknowledged %d, stored %lld, duplicates %lld, redelivered %d, not answered and "
              "retried "
              "%d, %.1f s",
              answeredCount, scalar("SELECT count(*) FROM stablecoin_issues WHERE source = 'github'"),
              scalar("SELECT count(*) - count(DISTINCT external_id) FROM stablecoin_issues"), redelivered,
              failures, clock.elapsed() / 1000.0);
        // Enriched from feed_samples at receipt (a report racing the first refresh may have none).
        QVERIFY(scalar("SELECT count(*) FROM stablecoin_issues WHERE "
                       "(network_conditions->>'gas_price_gwei')::float8 = 123") > answeredCount / 2);
        QCOMPARE(scalar("SELECT count(*) FROM stablecoin_issues WHERE "
                        "(network_conditions->>'gas_price_gwei')::float8 <> 123"),
                 qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestCollectorFaults)
#include "tst_collectorfaults.moc"
