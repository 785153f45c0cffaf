#include "ingest/staticcontextsource.h"
#include "ingest/webhookserver.h"
#include "store/issuestore.h"
#include "testcluster.h"
#include "webhookclient.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <pqxx/pqxx>

using namespace pegboard;

namespace {
const QByteArray Secret = "it-is-a-secret";

QByteArray fixture(const QString &name)
{
    QFile f(qEnvironmentVariable("PEGBOARD_TEST_DATA") + QStringLiteral("/ingest/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}
} // namespace

class TestWebhookServer : public QObject
{
    Q_OBJECT
    test::TestCluster m_pg;
    QString m_url;
    QTemporaryDir m_spoolDir;
    std::shared_ptr<StaticContextSource> m_context;
    std::unique_ptr<WebhookServer> m_server;
    std::unique_ptr<test::WebhookClient> m_client;

    qint64 rows(const QString &where = QStringLiteral("true"))
    {
        pqxx::connection c(m_url.toStdString());
        pqxx::work tx(c);
        return tx.exec1("SELECT count(*) FROM stablecoin_issues WHERE " + where.toStdString())[0]
            .as<qint64>();
    }

    qint64 spoolDepth()
    {
        return QJsonDocument::fromJson(m_client->get(QStringLiteral("/healthz")).body)
            .object()
            .value(QStringLiteral("spool_depth"))
            .toInteger(-1);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
        m_url = m_pg.freshDatabase();
        m_context = std::make_shared<StaticContextSource>(3600);
        m_context->setNetworkConditions({{ContextKey::GasPriceGwei, 187.5}}, QDateTime::currentDateTimeUtc());
        CollectorConfig config;
        config.storeUrl = m_url;
        config.spoolDir = m_spoolDir.path();
        config.listenPort = 0;
        config.secrets.insert(QStringLiteral("github"), Secret);
        config.secrets.insert(QStringLiteral("ingest"), Secret);
        config.batching.intervalMs = 200;
        m_server = std::make_unique<WebhookServer>(config, m_context);
        auto started = m_server->start();
        QVERIFY2(started, qPrintable(started.error().message));
        m_client = std::make_unique<test::WebhookClient>(m_server->port());
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_server.reset();
    }

    void healthBeforeAnyReport()
    {
        const auto health = [this] {
            return QJsonDocument::fromJson(m_client->get(QStringLiteral("/healthz")).body).object();
        };
        QTRY_VERIFY(health().value(QStringLiteral("store_reachable")).toBool());
        QCOMPARE(health().value(QStringLiteral("spool_depth")).toInteger(-1), 0);
        QVERIFY(health().value(QStringLiteral("last_flush")).isNull());
        QCOMPARE(m_client->post(QStringLiteral("/healthz"), "{}").status, 405);
    }

    void realGitHubIssueStoredOnceWithContext()
    {
        const QByteArray body = fixture(QStringLiteral("issues.opened.json"));
        const auto first = m_client->postGitHub(Secret, "issues", "d0b3c5e0-0001", body);
        QCOMPARE(first.status, 202);
        QVERIFY(first.body.contains("durable"));
        QTRY_COMPARE(rows(), 1);
        auto store = IssueStore::open(m_url);
        QVERIFY(store);
        auto all = (*store)->query({});
        QVERIFY(all);
        QCOMPARE(all->size(), 1);
        const Issue stored = all->first();
        QCOMPARE(stored.source, QStringLiteral("github"));
        QCOMPARE(stored.externalId, QStringLiteral("d0b3c5e0-0001"));
        QCOMPARE(stored.title, QStringLiteral("Spelling error in the README file"));
        QCOMPARE(stored.context.gasPriceGwei(), 187.5);
        QVERIFY(!ContextSnapshot::isStale(stored.context.networkConditions));
        // GitHub redelivers the same delivery: answered, still one row.
        QCOMPARE(m_client->postGitHub(Secret, "issues", "d0b3c5e0-0001", body).status, 202);
        QTRY_COMPARE(spoolDepth(), 0);
        QCOMPARE(rows(), 1);
    }

    void refusalsStoreNothing()
    {
        const qint64 before = rows();
        const WebhookServer::Counters counters = m_server->counters();
        const QByteArray body = fixture(QStringLiteral("issues.opened.json"));
        // Signed with another secret.
        QCOMPARE(m_client->postGitHub("wrong", "issues", "d-bad-sig", body).status, 401);
        // Right signature, malformed JSON.
        const auto malformed = m_client->postGitHub(Secret, "issues", "d-malformed", body.left(200));
        QCOMPARE(malformed.status, 400);
        QVERIFY2(malformed.body.contains("malformed JSON"), malformed.body.constData());
        // Wrong type for a required field.
        const auto wrongType =
            m_client->postGitHub(Secret, "issues", "d-type", R"({"action":"opened","issue":[]})");
        QCOMPARE(wrongType.status, 400);
        QVERIFY(wrongType.body.contains("issue.title"));
        // 2 MiB: refused from its Content-Length.
        QByteArray huge(2 << 20, ' ');
        huge.replace(0, 2, "{}");
        QCOMPARE(m_client->postGitHub(Secret, "issues", "d-huge", huge).status, 413);
        // Unknown event: counted, ignored.
        QCOMPARE(m_client->postGitHub(Secret, "push", "d-push", "{}").status, 202);
        QCOMPARE(m_client->postGitHub(Secret, "ping", "d-ping", fixture(QStringLiteral("ping.json"))).status,
                 200);
        QCOMPARE(m_client->post(QStringLiteral("/nowhere"), "{}").status, 404);
        // Ingest without its token.
        QCOMPARE(m_client->post(QStringLiteral("/ingest"), R"({"title":"x"})").status, 401);
        QCOMPARE(m_server->counters().refused, counters.refused + 6);
        QCOMPARE(m_server->counters().ignored, counters.ignored + 1);
        QCOMPARE(m_server->counters().accepted, counters.accepted);
        QCOMPARE(spoolDepth(), 0);
        QCOMPARE(rows(), before);
    }

    void storeDownAnswersFromSpoolAndDrainsOnRestart()
    {
        const qint64 before = rows();
        QVERIFY(m_pg.cluster().kill());
        int answered = 0;
        for (int i = 0; i < 40; ++i) {
            const QByteArray body =
                QStringLiteral(R"({"external_id":"down-%1","title":"Oracle stale %1","severity":%2})")
                    .arg(i)
                    .arg(1 + i % 5)
                    .toUtf8();
            const auto reply =
                m_client->post(QStringLiteral("/ingest"), body, {{"X-Pegboard-Token", Secret}});
            answered += reply.status == 202 ? 1 : 0;
        }
        QCOMPARE(answered, 40);
        const QJsonObject health =
            QJsonDocument::fromJson(m_client->get(QStringLiteral("/healthz")).body).object();
        QVERIFY(!health.value(QStringLiteral("store_reachable")).toBool());
        QVERIFY(health.value(QStringLiteral("spool_depth")).toInteger() > 0);
        QVERIFY(m_pg.cluster().start());
        QTRY_COMPARE_WITH_TIMEOUT(spoolDepth(), 0, 30000);
        QCOMPARE(rows(), before + answered);
        QCOMPARE(rows(QStringLiteral("source = 'ingest'")), 40);
        const QJsonObject after =
            QJsonDocument::fromJson(m_client->get(QStringLiteral("/healthz")).body).object();
        QVERIFY(after.value(QStringLiteral("store_reachable")).toBool());
        QVERIFY(!after.value(QStringLiteral("last_flush")).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWebhookServer)
#include "tst_webhookserver.moc"
