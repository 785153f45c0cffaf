// Every class of value the store cannot hold, sent through real HTTP to a collector on a real
// PostgreSQL: each is refused with 400 naming the field, or normalised and stored, and the report
// after it is in the store within seconds. A constraint added to the test database then makes the
// store refuse a row the door let in, so the batcher's bisection runs for real.
#include "ingest/staticcontextsource.h"
#include "ingest/webhookserver.h"
#include "store/issuestore.h"
#include "testcluster.h"
#include "webhookclient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <pqxx/pqxx>

using namespace pegboard;

namespace {
const QByteArray Secret = "poison-secret";

QByteArray fixture(const QString &name)
{
    QFile f(qEnvironmentVariable("PEGBOARD_TEST_DATA") + QStringLiteral("/ingest/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

QString repeated(const QString &unit, int n)
{
    QString out;
    for (int i = 0; i < n; ++i)
        out += unit;
    return out;
}
} // namespace

class TestPoisonReports : public QObject
{
    Q_OBJECT
    test::TestCluster m_pg;
    QString m_url;
    QTemporaryDir m_spoolDir;
    std::unique_ptr<WebhookServer> m_server;
    std::unique_ptr<test::WebhookClient> m_client;
    int m_next = 0;

    pqxx::result sql(const std::string &query)
    {
        pqxx::connection c(m_url.toStdString());
        pqxx::work tx(c);
        pqxx::result r = tx.exec(query);
        tx.commit();
        return r;
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

    QJsonObject health()
    {
        return QJsonDocument::fromJson(m_client->get(QStringLiteral("/healthz")).body).object();
    }

    test::WebhookClient::Reply postIngest(const QByteArray &body)
    {
        return m_client->post(QStringLiteral("/ingest"), body, {{"X-Pegboard-Token", Secret}});
    }

    // A plain report after the poison one: it must reach the store within seconds.
    bool nextReportStored()
    {
        const QString id = QStringLiteral("after-%1").arg(++m_next);
        const auto reply = postIngest(
            QStringLiteral(R"({"external_id":"%1","title":"USDC oracle stale"})").arg(id).toUtf8());
        if (reply.status != 202)
            return false;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 5000) {
            if (rowsWithId(id) == 1)
                return true;
            QTest::qWait(50);
        }
        return false;
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
        for (const char *source : {"github", "ingest", "datadog"})
            config.secrets.insert(QString::fromLatin1(source), Secret);
        config.batching.intervalMs = 100;
        m_server = std::make_unique<WebhookServer>(config, std::make_shared<StaticContextSource>());
        auto started = m_server->start();
        QVERIFY2(started, qPrintable(started.error().message));
        m_client = std::make_unique<test::WebhookClient>(m_server->port());
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_server.reset();
    }

    void refusedNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("field");
        const auto row = [](const char *name, const QString &body, const char *field) {
            QTest::newRow(name) << body.toUtf8() << QByteArray(field);
        };
        row("loss at DECIMAL(15,2)'s limit", R"({"title":"t","estimated_loss_usd":10000000000000})",
            "estimated_loss_usd");
        row("negative loss beyond it", R"({"title":"t","estimated_loss_usd":-1e15})", "estimated_loss_usd");
        row("loss of the largest double", R"({"title":"t","estimated_loss_usd":1.7976931348623157e308})",
            "estimated_loss_usd");
        row("number JSON cannot hold", R"({"title":"t","estimated_loss_usd":1e400})", "JSON");
        row("severity overflowing", R"({"title":"t","severity":1e400})", "JSON");
        row("severity fraction", R"({"title":"t","severity":2.5})", "severity");
        row("NUL in external_id", R"({"title":"t","external_id":"a\u0000b"})", "external_id");
        row("external_id beyond the index",
            QStringLiteral(R"({"title":"t","external_id":"%1"})").arg(repeated("x", 201)), "external_id");
        row("reporter beyond VARCHAR(42)",
            QStringLiteral(R"({"title":"t","reporter":"%1"})").arg(repeated("r", 43)), "reporter");
        row("type beyond VARCHAR(50)", QStringLiteral(R"({"title":"t","type":"%1"})").arg(repeated("t", 51)),
            "type");
        row("year 0", R"({"title":"t","reported_at":"0000-01-01T00:00:00Z"})", "reported_at");
        row("year 10000", R"({"title":"t","reported_at":"10000-01-01T00:00:00Z"})", "reported_at");
        row("timestamp with garbage", R"({"title":"t","reported_at":"infinity"})", "reported_at");
    }

    void refusedNamingTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, field);
        const auto reply = postIngest(body);
        QCOMPARE(reply.status, 400);
        QVERIFY2(reply.body.contains(field), reply.body.constData());
        QVERIFY(nextReportStored());
    }

    void storedAtTheLimits()
    {
        // The largest amount DECIMAL(15,2) holds, and VARCHARs full of characters outside the BMP
        // (VARCHAR counts characters, not UTF-16 units or bytes).
        const QString emoji = QStringLiteral("\U0001F4B8");
        const QByteArray body =
            QStringLiteral(R"({"external_id":"limits","title":"t","estimated_loss_usd":9999999999999.99,
            "reporter":"%1","type":"%2","reported_at":"9999-12-31T23:59:59Z"})")
                .arg(repeated(emoji, 42), repeated(emoji, 50))
                .toUtf8();
        const auto reply = postIngest(body);
        QCOMPARE(reply.status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(rowsWithId(QStringLiteral("limits")), 1, 5000);
        const auto row =
            sql("SELECT estimated_loss_usd::text, char_length(reporter_address), "
                "char_length(issue_type), extract(year FROM reported_timestamp AT TIME ZONE 'UTC') "
                "FROM stablecoin_issues WHERE external_id = 'limits'")[0];
        QCOMPARE(row[0].as<std::string>(), std::string("9999999999999.99"));
        QCOMPARE(row[1].as<int>(), 42);
        QCOMPARE(row[2].as<int>(), 50);
        QCOMPARE(row[3].as<int>(), 9999);
    }

    void nulCharactersStrippedWithANote()
    {
        const QByteArray body =
            R"({"external_id":"nul-everywhere","title":"DAI\u0000 depeg","body":"vault\u0000 paused",
                "symbol":"DA\u0000I","protocol":"mak\u0000er","reporter":"bot\u0000",
                "labels":["sev\u00002"],"tx_hashes":["0x\u0000ab"],"contracts":["\u0000"]})";
        const auto reply = postIngest(body);
        QCOMPARE(reply.status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(rowsWithId(QStringLiteral("nul-everywhere")), 1, 5000);
        const auto row = sql("SELECT title, body, symbol, protocol, reporter_address, "
                             "array_to_string(related_tx_hashes, ',') FROM stablecoin_issues "
                             "WHERE external_id = 'nul-everywhere'")[0];
        QCOMPARE(QString::fromStdString(row[0].as<std::string>()), QStringLiteral("DAI depeg"));
        const QString storedBody = QString::fromStdString(row[1].as<std::string>());
        QVERIFY2(storedBody.startsWith(QStringLiteral("vault paused")), qPrintable(storedBody));
        QVERIFY2(storedBody.contains(QStringLiteral("NUL")) && storedBody.contains(QStringLiteral("title")),
                 qPrintable(storedBody));
        QCOMPARE(QString::fromStdString(row[2].as<std::string>()), QStringLiteral("DAI"));
        QCOMPARE(QString::fromStdString(row[3].as<std::string>()), QStringLiteral("maker"));
        QCOMPARE(QString::fromStdString(row[4].as<std::string>()), QStringLiteral("bot"));
        QVERIFY(QString::fromStdString(row[5].as<std::string>()).contains(QStringLiteral("0xab")));
        QVERIFY(nextReportStored());
    }

    void githubTitleWithNulStored()
    {
        QJsonObject payload = QJsonDocument::fromJson(fixture(QStringLiteral("issues.opened.json"))).object();
        QJsonObject issue = payload.value(QStringLiteral("issue")).toObject();
        issue.insert(QStringLiteral("title"), QStringLiteral("Oracle") + QChar(0) + QStringLiteral(" stale"));
        payload.insert(QStringLiteral("issue"), issue);
        const QByteArray body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
        QVERIFY(body.contains("\\u0000"));
        QCOMPARE(m_client->postGitHub(Secret, "issues", "nul-delivery", body).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(rowsWithId(QStringLiteral("nul-delivery")), 1, 5000);
        QCOMPARE(sql("SELECT title FROM stablecoin_issues WHERE external_id = 'nul-delivery'")[0][0]
                     .as<std::string>(),
                 std::string("Oracle stale"));
        QVERIFY(nextReportStored());
    }

    void datadogValuesBeyondTheStore()
    {
        const QJsonObject alert =
            QJsonDocument::fromJson(fixture(QStringLiteral("monitor_alert.json"))).object();
        const auto post = [this](const QJsonObject &o) {
            return m_client->post(QStringLiteral("/webhooks/datadog"), QJsonDocument(o).toJson(),
                                  {{"X-Pegboard-Token", Secret}});
        };
        // An organisation name longer than reporter_address holds: cut, the full name in the body.
        QJsonObject longOrg = alert;
        longOrg.insert(QStringLiteral("org"),
                       QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                                   {QStringLiteral("name"),
                                    QStringLiteral("Stablecoin Operations Europe Frankfurt Desk")}});
        QCOMPARE(post(longOrg).status, 202);
        const QString id = QStringLiteral("148227305:Triggered:1763992980000");
        QTRY_COMPARE_WITH_TIMEOUT(rowsWithId(id), 1, 5000);
        const auto row = sql("SELECT reporter_address, body FROM stablecoin_issues WHERE external_id = '" +
                             id.toStdString() + "'")[0];
        QCOMPARE(QString::fromStdString(row[0].as<std::string>()).size(), 42);
        QVERIFY(QString::fromStdString(row[1].as<std::string>()).contains(QStringLiteral("Frankfurt Desk")));
        // A date past the year 9999.
        QJsonObject farFuture = alert;
        farFuture.insert(QStringLiteral("date"), QStringLiteral("9000000000000000000"));
        const auto future = post(farFuture);
        QCOMPARE(future.status, 400);
        QVERIFY2(future.body.contains("reported_at"), future.body.constData());
        // An alert id that would make the identifier too long for the unique index.
        QJsonObject longId = alert;
        longId.insert(QStringLiteral("alert_id"), repeated(QStringLiteral("9"), 3000));
        const auto tooLong = post(longId);
        QCOMPARE(tooLong.status, 400);
        QVERIFY2(tooLong.body.contains("external_id"), tooLong.body.constData());
        QVERIFY(nextReportStored());
    }

    void storeRefusingARowSetsItAsideAndTheRestGoesOn()
    {
        // The door cannot know this rule: only the store can refuse the row, inside a batch.
        sql("ALTER TABLE stablecoin_issues ADD CONSTRAINT test_no_poison CHECK (title NOT LIKE '%poison%')");
        const qint64 rejectedBefore = health().value(QStringLiteral("rejected")).toInteger();
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 40; ++i) {
            const QString title =
                i == 17 ? QStringLiteral("poison pill") : QStringLiteral("report %1").arg(i);
            replies << m_client->postAsync(
                QStringLiteral("/ingest"),
                QStringLiteral(R"({"external_id":"batch-%1","title":"%2"})").arg(i).arg(title).toUtf8(),
                {{"X-Pegboard-Token", Secret}});
        }
        for (QNetworkReply *reply : replies)
            QCOMPARE(test::WebhookClient::wait(reply).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(health().value(QStringLiteral("spool_depth")).toInteger(-1), 0, 10000);
        QCOMPARE(
            sql("SELECT count(*) FROM stablecoin_issues WHERE external_id LIKE 'batch-%'")[0][0].as<int>(),
            39);
        QCOMPARE(rowsWithId(QStringLiteral("batch-17")), 0);
        const QJsonObject h = health();
        QCOMPARE(h.value(QStringLiteral("rejected")).toInteger(), rejectedBefore + 1);
        QCOMPARE(h.value(QStringLiteral("store")).toString(), QStringLiteral("up"));
        QFile rejected(m_spoolDir.path() + QStringLiteral("/rejected.log"));
        QVERIFY(rejected.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = rejected.readAll().trimmed().split('\n');
        const QJsonObject last = QJsonDocument::fromJson(lines.last()).object();
        QCOMPARE(last.value(QStringLiteral("external_id")).toString(), QStringLiteral("batch-17"));
        QVERIFY2(last.value(QStringLiteral("reason")).toString().contains(QStringLiteral("test_no_poison")),
                 lines.last().constData());
        QVERIFY(!last.value(QStringLiteral("record")).toString().isEmpty());
        sql("ALTER TABLE stablecoin_issues DROP CONSTRAINT test_no_poison");
        QVERIFY(nextReportStored());
    }

    void storeRefusingEveryWriteIsNotUnreachable()
    {
        // A schema the collector cannot write to (here: the table gone) is "refusing", and the
        // reports wait in the spool until it is back; nothing is set aside for it.
        const qint64 rejectedBefore = health().value(QStringLiteral("rejected")).toInteger();
        sql("ALTER TABLE stablecoin_issues RENAME TO stablecoin_issues_away");
        QCOMPARE(postIngest(R"({"external_id":"while-refusing","title":"t"})").status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(health().value(QStringLiteral("store")).toString(),
                                  QStringLiteral("refusing"), 5000);
        QJsonObject h = health();
        QVERIFY(h.value(QStringLiteral("store_reachable")).toBool());
        QVERIFY(!h.value(QStringLiteral("store_error")).toString().isEmpty());
        QCOMPARE(h.value(QStringLiteral("spool_depth")).toInteger(), 1);
        QTRY_VERIFY(health().value(QStringLiteral("oldest_unflushed_age_s")).toDouble() > 0);
        sql("ALTER TABLE stablecoin_issues_away RENAME TO stablecoin_issues");
        QTRY_COMPARE_WITH_TIMEOUT(rowsWithId(QStringLiteral("while-refusing")), 1, 10000);
        QTRY_COMPARE(health().value(QStringLiteral("store")).toString(), QStringLiteral("up"));
        h = health();
        QCOMPARE(h.value(QStringLiteral("rejected")).toInteger(), rejectedBefore);
        QCOMPARE(h.value(QStringLiteral("oldest_unflushed_age_s")).toDouble(), 0.0);
        QVERIFY(h.value(QStringLiteral("store_error")).isNull());
    }

    void fullSpoolAnswers503WithRetryAfterAndLosesNothing()
    {
        QTemporaryDir spoolDir;
        CollectorConfig config;
        config.storeUrl = m_url;
        config.spoolDir = spoolDir.path();
        config.listenPort = 0;
        config.secrets.insert(QStringLiteral("ingest"), Secret);
        config.batching.intervalMs = 100;
        config.maxUnflushedBytes = 4000;
        WebhookServer server(config, std::make_shared<StaticContextSource>());
        QVERIFY(server.start());
        test::WebhookClient client(server.port());
        sql("ALTER TABLE stablecoin_issues RENAME TO stablecoin_issues_away");
        QStringList acknowledged;
        QByteArray retryAfter;
        for (int i = 0; i < 200 && retryAfter.isEmpty(); ++i) {
            const QString id = QStringLiteral("full-%1").arg(i);
            QNetworkReply *reply =
                client.postAsync(QStringLiteral("/ingest"),
                                 QStringLiteral(R"({"external_id":"%1","title":"backlog"})").arg(id).toUtf8(),
                                 {{"X-Pegboard-Token", Secret}});
            QTRY_VERIFY(reply->isFinished());
            const QByteArray header = reply->rawHeader("Retry-After");
            const auto answer = test::WebhookClient::wait(reply);
            if (answer.status == 202)
                acknowledged << id;
            else if (answer.status == 503)
                retryAfter = header;
            else
                QFAIL(answer.body.constData());
        }
        QCOMPARE(retryAfter, QByteArray("5"));
        QVERIFY(acknowledged.size() >= 5);
        const QByteArray metrics = client.get(QStringLiteral("/metrics")).body;
        QVERIFY(metrics.contains("pegboard_collector_requests_refused_total{reason=\"spool_full\"} 1"));
        sql("ALTER TABLE stablecoin_issues_away RENAME TO stablecoin_issues");
        // Every acknowledged report reaches the store, and the door opens again.
        QTRY_COMPARE_WITH_TIMEOUT(
            sql("SELECT count(*) FROM stablecoin_issues WHERE external_id LIKE 'full-%'")[0][0].as<int>(),
            int(acknowledged.size()), 15000);
        QTRY_COMPARE(client
                         .post(QStringLiteral("/ingest"), R"({"external_id":"full-after","title":"t"})",
                               {{"X-Pegboard-Token", Secret}})
                         .status,
                     202);
    }

    void storeDownIsUnreachable()
    {
        QVERIFY(m_pg.cluster().kill());
        QCOMPARE(postIngest(R"({"external_id":"while-down","title":"t"})").status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(health().value(QStringLiteral("store")).toString(),
                                  QStringLiteral("unreachable"), 10000);
        const QJsonObject h = health();
        QVERIFY(!h.value(QStringLiteral("store_reachable")).toBool());
        // libpq's multi-line messages arrive as one line, and a dropped session never reads as an
        // encoding problem.
        QVERIFY(!h.value(QStringLiteral("store_error")).toString().contains(QLatin1Char('\n')));
        QVERIFY(!h.value(QStringLiteral("store_error")).toString().contains(QStringLiteral("encoding")));
        QVERIFY(m_pg.cluster().start());
        QTRY_COMPARE_WITH_TIMEOUT(rowsWithId(QStringLiteral("while-down")), 1, 20000);
        QTRY_COMPARE(health().value(QStringLiteral("store")).toString(), QStringLiteral("up"));
    }
};

QTEST_GUILESS_MAIN(TestPoisonReports)
#include "tst_poisonreports.moc"
