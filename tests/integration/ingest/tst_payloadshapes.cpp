// Payload shapes no source's fixture has, sent through real HTTP to a collector on a real
// PostgreSQL, for every source: missing objects, arrays where objects are expected, numbers as
// strings, duplicate keys, deep nesting, a 10 MB body, invalid UTF-8, emoji, lone surrogates, a
// Slack url_verification. Each is refused with a 4xx whose text names the field (or the JSON
// problem), or stored normalised — never a crash — and a plain report sent after it is in the
// store within seconds.
#include "ingest/staticcontextsource.h"
#include "ingest/webhookserver.h"
#include "testcluster.h"
#include "webhookclient.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTemporaryDir>
#include <QTest>
#include <pqxx/pqxx>

using namespace pegboard;

namespace {
const QByteArray Secret = "shapes-secret";

using Headers = QList<std::pair<QByteArray, QByteArray>>;

QByteArray fixture(const QString &name)
{
    QFile f(qEnvironmentVariable("PEGBOARD_TEST_DATA") + QStringLiteral("/ingest/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

// The real GitHub `issues` payload with one top-level field replaced (or removed when invalid).
QByteArray githubWith(const QString &key, const QJsonValue &value)
{
    QJsonObject root = QJsonDocument::fromJson(fixture(QStringLiteral("issues.opened.json"))).object();
    if (value.isUndefined())
        root.remove(key);
    else
        root.insert(key, value);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray githubIssueWith(const QString &key, const QJsonValue &value)
{
    QJsonObject root = QJsonDocument::fromJson(fixture(QStringLiteral("issues.opened.json"))).object();
    QJsonObject issue = root.value(QStringLiteral("issue")).toObject();
    issue.insert(key, value);
    root.insert(QStringLiteral("issue"), issue);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}
} // namespace

class TestPayloadShapes : public QObject
{
    Q_OBJECT
    test::TestCluster m_pg;
    QString m_url;
    QTemporaryDir m_spoolDir;
    std::unique_ptr<WebhookServer> m_server;
    std::unique_ptr<test::WebhookClient> m_client;
    int m_sent = 0;

    qint64 count(const std::string &where, const std::string &param)
    {
        pqxx::connection c(m_url.toStdString());
        pqxx::work tx(c);
        return tx.exec_params1("SELECT count(*) FROM stablecoin_issues WHERE " + where, param)[0]
            .as<qint64>();
    }

    bool storedWithin5s(const std::string &where, const std::string &param)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 5000) {
            if (count(where, param) > 0)
                return true;
            QTest::qWait(50);
        }
        return false;
    }

    // Signs and sends as the source's own sender would.
    test::WebhookClient::Reply send(const QByteArray &source, const QByteArray &body, const QByteArray &event)
    {
        const QByteArray id = "shape-" + QByteArray::number(++m_sent);
        if (source == "github")
            return m_client->postGitHub(Secret, event.isEmpty() ? "issues" : event, id, body);
        if (source == "slack") {
            const QByteArray ts = QByteArray::number(QDateTime::currentSecsSinceEpoch());
            const QByteArray signature =
                "v0=" +
                QMessageAuthenticationCode::hash("v0:" + ts + ':' + body, Secret, QCryptographicHash::Sha256)
                    .toHex();
            return m_client->post(QStringLiteral("/webhooks/slack"), body,
                                  {{"X-Slack-Request-Timestamp", ts}, {"X-Slack-Signature", signature}});
        }
        const QString path = source == "ingest" ? QStringLiteral("/ingest")
                                                : QStringLiteral("/webhooks/") + QString::fromLatin1(source);
        return m_client->post(path, body, {{"X-Pegboard-Token", Secret}});
    }

    // The queue goes on: a plain report after the shape is stored within seconds.
    bool nextReportStored()
    {
        const QString id = QStringLiteral("after-shape-%1").arg(++m_sent);
        const auto reply =
            send("ingest",
                 QStringLiteral(R"({"external_id":"%1","title":"USDT peg drift"})").arg(id).toUtf8(), {});
        return reply.status == 202 && storedWithin5s("external_id = $1", id.toStdString());
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
        for (const char *source : {"github", "ingest", "datadog", "slack", "discord"})
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

    void refusedNamingTheProblem_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QByteArray>("event");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("named");
        const auto row = [](const char *name, const char *source, const QByteArray &body, int status,
                            const char *named, const char *event = "") {
            QTest::newRow(name) << QByteArray(source) << QByteArray(event) << body << status
                                << QByteArray(named);
        };
        // GitHub: the real payload with its parts missing or of the wrong shape.
        row("github without issue", "github", githubWith(QStringLiteral("issue"), QJsonValue::Undefined), 400,
            "issue.title");
        row("github issue as an array", "github", githubWith(QStringLiteral("issue"), QJsonArray{1, 2}), 400,
            "issue.title");
        row("github issue null", "github", githubWith(QStringLiteral("issue"), QJsonValue::Null), 400,
            "issue.title");
        row("github action as a number", "github", githubWith(QStringLiteral("action"), 7), 400, "action");
        row("github title as a number", "github", githubIssueWith(QStringLiteral("title"), 42), 400,
            "issue.title");
        row("github labels as an object", "github",
            githubIssueWith(QStringLiteral("labels"),
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("sev1")}}),
            400, "issue.labels");
        row("github labels of strings", "github",
            githubIssueWith(QStringLiteral("labels"), QJsonArray{QStringLiteral("sev1")}), 400,
            "issue.labels");
        row("github user as a string", "github",
            githubIssueWith(QStringLiteral("user"), QStringLiteral("octocat")), 400, "issue.user.login");
        row("github created_at garbage", "github",
            githubIssueWith(QStringLiteral("created_at"), QStringLiteral("yesterday")), 400,
            "issue.created_at");
        row("github comment without comment", "github",
            githubWith(QStringLiteral("comment"), QJsonValue::Undefined), 400, "comment", "issue_comment");
        row("github top-level array", "github", "[1,2,3]", 400, "JSON object");
        row("github empty body", "github", "", 400, "JSON");
        // Pegboard's own report.
        row("ingest numbers as strings: severity", "ingest", R"({"title":"t","severity":"4"})", 400,
            "severity");
        row("ingest numbers as strings: loss", "ingest", R"({"title":"t","estimated_loss_usd":"125000"})",
            400, "estimated_loss_usd");
        row("ingest title as an object", "ingest", R"({"title":{"text":"t"}})", 400, "title");
        row("ingest title missing", "ingest", R"({"body":"no title"})", 400, "title");
        row("ingest labels as a string", "ingest", R"({"title":"t","labels":"sev1"})", 400, "labels");
        row("ingest labels of objects", "ingest", R"({"title":"t","labels":[{"name":"sev1"}]})", 400,
            "labels");
        row("ingest tx_hashes of numbers", "ingest", R"({"title":"t","tx_hashes":[1,2]})", 400, "tx_hashes");
        row("ingest null body document", "ingest", "null", 400, "JSON");
        row("ingest invalid UTF-8", "ingest", QByteArray("{\"title\":\"bad \xc3\x28\xff\"}"), 400, "UTF8");
        row("ingest truncated JSON", "ingest", R"({"title":"t")", 400, "JSON");
        row("ingest deep nesting", "ingest",
            QByteArray(R"({"title":"t","x":)") + QByteArray(100000, '[') + QByteArray(100000, ']') + "}", 400,
            "JSON");
        // Datadog, Slack, Discord.
        row("datadog date beyond any time", "datadog",
            R"({"alert_id":"1","alert_transition":"Triggered","title":"t","date":1e300})", 400, "date");
        row("datadog date as an object", "datadog",
            R"({"alert_id":"1","alert_transition":"Triggered","title":"t","date":{"ms":1}})", 400, "date");
        row("datadog alert_id as a number", "datadog",
            R"({"alert_id":12,"alert_transition":"Triggered","title":"t","date":"1700000000000"})", 400,
            "alert_id");
        row("slack event as an array", "slack", R"({"type":"event_callback","event_id":"E1","event":[1]})",
            400, "event.type");
        row("slack url_verification without challenge", "slack", R"({"type":"url_verification"})", 400,
            "challenge");
        row("discord without d", "discord", R"({"t":"MESSAGE_CREATE"})", 400, "d.id");
        row("discord author as a string", "discord",
            R"({"t":"MESSAGE_CREATE","d":{"id":"1","content":"c","author":"me","timestamp":"2026-01-01T00:00:00Z"}})",
            400, "d.author.username");
    }

    void refusedNamingTheProblem()
    {
        QFETCH(QByteArray, source);
        QFETCH(QByteArray, event);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QByteArray, named);
        const auto reply = send(source, body, event);
        QCOMPARE(reply.status, status);
        QVERIFY2(reply.body.contains(named), reply.body.constData());
        QVERIFY(nextReportStored());
    }

    void tenMegabyteBodyRefusedAndTheNextStored()
    {
        const QByteArray body = "{\"title\":\"big\",\"body\":\"" + QByteArray(10 << 20, 'a') + "\"}";
        const auto reply = send("ingest", body, {});
        QCOMPARE(reply.status, 413);
        QVERIFY(nextReportStored());
    }

    void emojiAndScriptsStoredExactly()
    {
        const QString title =
            QStringLiteral("USDC 🚨 depeg — 稳定币脱钩 ⚠️ «Ξ» 👩‍👩‍👧");
        const auto reply = send("github", githubIssueWith(QStringLiteral("title"), title), {});
        QCOMPARE(reply.status, 202);
        QVERIFY(storedWithin5s("title = $1", title.toStdString()));
        // 50 emoji are 50 characters for VARCHAR(50), though 200 bytes.
        QString type;
        for (int i = 0; i < 50; ++i)
            type += QStringLiteral("🚨");
        const auto typed =
            send("ingest",
                 QJsonDocument(QJsonObject{{QStringLiteral("title"), QStringLiteral("t")},
                                           {QStringLiteral("external_id"), QStringLiteral("emoji-type")},
                                           {QStringLiteral("type"), type}})
                     .toJson(QJsonDocument::Compact),
                 {});
        QCOMPARE(typed.status, 202);
        QVERIFY(
            storedWithin5s("external_id = $1 AND issue_type = '" + type.toStdString() + "'", "emoji-type"));
    }

    void loneSurrogateEscapeStoredAsValidText()
    {
        // "\ud800" is valid JSON but no Unicode scalar value; the store holds only valid UTF-8.
        const auto reply = send("ingest", R"({"external_id":"surrogate","title":"half \ud800 pair"})", {});
        QCOMPARE(reply.status, 202);
        // Stored as valid text: Qt's UTF-8 encoder writes the half pair as '?'.
        QVERIFY(storedWithin5s("external_id = $1 AND title = 'half ? pair'", "surrogate"));
        QVERIFY(nextReportStored());
    }

    void duplicateKeysTakeOneValueAndAreStored()
    {
        const auto reply = send("ingest", R"({"external_id":"dup","title":"first","title":"second"})", {});
        QCOMPARE(reply.status, 202);
        QVERIFY(storedWithin5s("external_id = $1 AND title IN ('first', 'second')", "dup"));
        QCOMPARE(count("external_id = $1", "dup"), 1);
    }

    void slackUrlVerificationAnsweredAndNothingStored()
    {
        const QJsonObject sent =
            QJsonDocument::fromJson(fixture(QStringLiteral("slack_url_verification.json"))).object();
        const auto reply = send("slack", fixture(QStringLiteral("slack_url_verification.json")), {});
        QCOMPARE(reply.status, 200);
        QCOMPARE(QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("challenge")),
                 sent.value(QStringLiteral("challenge")));
        QCOMPARE(count("source = $1", "slack"), 0);
        QVERIFY(nextReportStored());
    }
};

QTEST_GUILESS_MAIN(TestPayloadShapes)
#include "tst_payloadshapes.moc"
