#include "domain/feedseries.h"
#include "feeds/feedadapterfactory.h"
#include "feeds/feedclient.h"
#include "feeds/feedhub.h"
#include "feeds/feedsimserver.h"
#include "httpreceiver.h"
#include "response/alertrecorder.h"
#include "response/responseengine.h"
#include "store/pgconnection.h"
#include "testcluster.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <pqxx/pqxx>

using namespace pegboard;

// The watcher's engine against real parts: FeedSimServer's depeg over a websocket, a local HTTP
// receiver that checks the PagerDuty Events v2 and Slack shapes, and a real PostgreSQL for the
// audited record of every firing, resolve and silence.
class TestResponseEngine : public QObject
{
    Q_OBJECT
    test::TestCluster m_pg;
    QNetworkAccessManager m_network;
    static constexpr const char *Enqueue = "/v2/enqueue";
    static constexpr const char *Slack = "/slack/T000/B000/XXXX";

    RuleSet rules(HttpReceiver &receiver, const QByteArray &rulesJson, const QByteArray &riskJson = "{}")
    {
        const QByteArray json = "{\"risk\": " + riskJson + ", \"rules\": " + rulesJson +
                                ", \"actions\": {\"page\": {\"kind\": \"pagerduty\", \"url\": \"" +
                                receiver.url(QLatin1String(Enqueue)).toUtf8() +
                                "\", \"routing_key\": \"$PEGBOARD_TEST_ROUTING_KEY\"}, \"chat\": {\"kind\": "
                                "\"slack\", \"url\": \"" +
                                receiver.url(QLatin1String(Slack)).toUtf8() + "\"}}}";
        auto set = RuleSet::fromJson(QJsonDocument::fromJson(json).object());
        if (!set)
            qFatal("%s", qPrintable(set.error().message));
        return *set;
    }

    static qint64 scalar(const QString &url, const std::string &sql)
    {
        auto c = PgConnection::open(url);
        pqxx::nontransaction tx(**c);
        return tx.exec1(sql)[0].as<qint64>();
    }

    static void price(FeedHub &hub, qint64 ts, double bps)
    {
        hub.ingest({{FeedSeries::price(QStringLiteral("USDC")), ts, 1.0 + bps / 10000.0, false}});
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
        qputenv("PEGBOARD_TEST_ROUTING_KEY", "R0UT1NG");
    }

    // The demo's depeg, live: one PagerDuty trigger per incident then its resolve, one Slack message
    // each, every transition recorded and audited with the watcher's login as the actor.
    void depegPagesOnceAndResolvesAndIsAudited()
    {
        const QString db = m_pg.freshDatabase();
        const QString watcher =
            m_pg.loginAs(db, QStringLiteral("watcher"), QStringLiteral("pegboard_console"));
        HttpReceiver receiver;
        FeedSimServer sim(*FeedScenario::named(QStringLiteral("depeg")), FeedSimServer::Format::Pegboard, 50);
        sim.setTickInterval(20);
        auto port = sim.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        FeedHub hub;
        FeedClient client(QStringLiteral("sim"), FeedAdapterFactory::create(QStringLiteral("pegboard")),
                          {QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(*port))});
        connect(&client, &FeedClient::samplesReceived, &hub, &FeedHub::ingest);
        ResponseEngine engine(&hub, &m_network);
        QVERIFY(engine.configure(
            rules(receiver,
                  "[{\"name\": \"usdc-depeg\", \"metric\": \"peg_deviation_bps\", \"symbol\": \"USDC\",\n"
                  "                                            \"below\": -100, \"for_s\": 1, "
                  "\"clear_above\": -20, \"clear_for_s\": 2,\n"
                  "                                            \"actions\": [\"page\", \"chat\"]},\n"
                  "                                           {\"name\": \"risk-alert\", \"metric\": "
                  "\"risk_score\", \"symbol\": \"USDC\",\n"
                  "                                            \"above\": 8.5, \"clear_below\": 6, "
                  "\"clear_for_s\": 3, \"actions\": [\"page\"]}]",
                  // Feed time is wall time: the peg holds (a 5-minute average, 5 minutes off the
                  // peg) would keep the score up for five real minutes after this 18-second depeg,
                  // past the test. This test is about firing and resolving, so the peg holds are
                  // off and the oracle's divergence raises the score; tst_riskscore covers the rest.
                  "{\"oracle_heartbeat_s\": 60, \"peg_warning_bps\": 100000, "
                  "\"peg_critical_bps\": 100000}")));
        AlertRecorder recorder(watcher);
        QSignalSpy recorded(&recorder, &AlertRecorder::recorded);
        connect(&engine, &ResponseEngine::event, &recorder, &AlertRecorder::record);
        client.start();
        engine.start(100);
        // The slide, the bottom and the recovery take ~900 scenario seconds: 18 s at speed 50. Feed
        // times are wall-clock (speed changes what happens, not when), so the rules' durations are
        // wall seconds: 1 s below -100 bps is 50 s of the scenario.
        QTRY_VERIFY_WITH_TIMEOUT(recorded.count() >= 4, 40000);
        client.stop();
        QTRY_COMPARE(engine.dispatcher()->pending(), 0);
        QVERIFY2(receiver.invalid().isEmpty(), qPrintable(receiver.invalid().join('\n')));

        const auto pd = receiver.requests(QLatin1String(Enqueue));
        QCOMPARE(pd.size(), 4);
        QHash<QString, QStringList> byKey;
        for (const auto &r : pd)
            byKey[r.json[QStringLiteral("dedup_key")].toString()]
                << r.json[QStringLiteral("event_action")].toString();
        QCOMPARE(byKey.value(QStringLiteral("pegboard/usdc-depeg/USDC")),
                 QStringList({"trigger", "resolve"}));
        QCOMPARE(byKey.value(QStringLiteral("pegboard/risk-alert/USDC")),
                 QStringList({"trigger", "resolve"}));
        for (const auto &r : pd)
            QCOMPARE(r.json[QStringLiteral("routing_key")].toString(), QStringLiteral("R0UT1NG"));
        const auto slack = receiver.requests(QLatin1String(Slack));
        QCOMPARE(slack.size(), 2);
        QVERIFY(slack[0].json[QStringLiteral("text")].toString().contains(QLatin1String("usdc-depeg")));
        QVERIFY(slack[1].json[QStringLiteral("text")].toString().contains(QLatin1String("RESOLVED")));

        QCOMPARE(scalar(db, "SELECT count(*) FROM alert_firings WHERE resolved_at IS NOT NULL"), 2);
        QCOMPARE(
            scalar(db, "SELECT count(*) FROM audit_log WHERE action = 'alert_fire' AND actor = 'watcher'"),
            2);
        QCOMPARE(
            scalar(db, "SELECT count(*) FROM audit_log WHERE action = 'alert_resolve' AND actor = 'watcher'"),
            2);
        QCOMPARE(
            scalar(db, "SELECT count(*) FROM audit_log WHERE action LIKE 'alert_%' AND details ? 'person'"),
            4);
        QVERIFY(scalar(db, "SELECT count(*) FROM audit_log WHERE pegboard_verify_audit_chain() IS NULL") > 0);
    }

    void retriesAfterTheReceiverFails()
    {
        HttpReceiver receiver;
        receiver.script(QLatin1String(Enqueue), {500, 503});
        qint64 clock = 1'780'000'000'000;
        FeedHub hub;
        hub.setClock([&clock] { return clock; });
        ResponseEngine engine(&hub, &m_network);
        engine.setClock([&clock] { return clock; });
        engine.dispatcher()->setPolicy({50, 1000, 6, 30});
        QVERIFY(engine.configure(
            rules(receiver, "[{\"name\": \"d\", \"metric\": \"peg_deviation_bps\", \"below\": -100,\n"
                            "                                                      \"clear_above\": -20, "
                            "\"actions\": [\"page\"]}]")));
        QSignalSpy delivered(engine.dispatcher(), &ActionDispatcher::delivered);
        QSignalSpy retrying(engine.dispatcher(), &ActionDispatcher::retrying);
        price(hub, clock, -150);
        engine.evaluate();
        QTRY_COMPARE(delivered.count(), 1);
        QCOMPARE(delivered.first().at(2).toInt(), 3); // two failures, then accepted
        QCOMPARE(retrying.count(), 2);
        const auto pd = receiver.requests(QLatin1String(Enqueue));
        QCOMPARE(pd.size(), 3);
        QCOMPARE(pd[0].status, 500);
        QCOMPARE(pd[2].status, 202);
        for (const auto &r : pd)
            QCOMPARE(r.json[QStringLiteral("dedup_key")].toString(),
                     pd[0].json[QStringLiteral("dedup_key")].toString());
        // The resolve goes out after the trigger was accepted, never before.
        clock += 1000;
        price(hub, clock, -5);
        engine.evaluate();
        QTRY_COMPARE(delivered.count(), 2);
        QCOMPARE(
            receiver.requests(QLatin1String(Enqueue)).last().json[QStringLiteral("event_action")].toString(),
            QStringLiteral("resolve"));
        // A request the service refuses as invalid is not retried for ever: it is given up, reported.
        receiver.script(QLatin1String(Enqueue), {400});
        QSignalSpy failed(engine.dispatcher(), &ActionDispatcher::failed);
        clock += 1000;
        price(hub, clock, -300);
        engine.evaluate();
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(receiver.count(QLatin1String(Enqueue)), 5);
    }

    void aNoisySeriesPagesOnce()
    {
        HttpReceiver receiver;
        qint64 clock = 1'780'000'000'000;
        FeedHub hub;
        hub.setClock([&clock] { return clock; });
        ResponseEngine engine(&hub, &m_network);
        engine.setClock([&clock] { return clock; });
        QVERIFY(engine.configure(rules(
            receiver,
            "[{\"name\": \"noisy\", \"metric\": \"peg_deviation_bps\", \"below\": -100,\n"
            "                                                      \"for_s\": 5, \"clear_above\": -20, "
            "\"clear_for_s\": 15,\n"
            "                                                      \"actions\": [\"page\", \"chat\"]}]")));
        QSignalSpy events(&engine, &ResponseEngine::event);
        QRandomGenerator rng(11);
        auto run = [&](int seconds, double centre, double spread) {
            for (int i = 0; i < seconds; ++i) {
                clock += 1000;
                price(hub, clock, centre + rng.bounded(2 * spread) - spread);
                engine.evaluate();
            }
        };
        run(300, -100, 70); // hovering around the threshold
        run(300, -200, 90); // off the peg, noisily
        run(300, -20, 25);  // hovering around the clear level
        run(120, 0, 5);
        QTRY_COMPARE(engine.dispatcher()->pending(), 0);
        QCOMPARE(events.count(), 2);
        QCOMPARE(receiver.count(QLatin1String(Enqueue)), 2);
        QCOMPARE(receiver.count(QLatin1String(Slack)), 2);
        QVERIFY(receiver.invalid().isEmpty());
    }

    void aSilenceSuppressesPagingButNotTheRecord()
    {
        const QString db = m_pg.freshDatabase();
        const QString console = m_pg.loginAs(db, QStringLiteral("alice"), QStringLiteral("pegboard_console"));
        HttpReceiver receiver;
        qint64 clock = QDateTime::currentMSecsSinceEpoch();
        auto store = AlertStore::open(console);
        QVERIFY(store);
        Silence silence;
        silence.rulePattern = QStringLiteral("d");
        silence.startsMs = clock - 60000;
        silence.endsMs = clock + 3600000;
        silence.reason = QStringLiteral("planned oracle migration");
        QVERIFY((*store)->createSilence(silence));
        Silence noReason = silence;
        noReason.reason = QStringLiteral("  ");
        QVERIFY(!(*store)->createSilence(noReason));
        auto silences = (*store)->silences(clock);
        QVERIFY(silences);
        QCOMPARE(silences->size(), 1);
        QCOMPARE(silences->first().createdBy, QStringLiteral("alice"));

        FeedHub hub;
        hub.setClock([&clock] { return clock; });
        ResponseEngine engine(&hub, &m_network);
        engine.setClock([&clock] { return clock; });
        QVERIFY(engine.configure(rules(
            receiver,
            "[{\"name\": \"d\", \"metric\": \"peg_deviation_bps\", \"below\": -100,\n"
            "                                                      \"actions\": [\"page\", \"chat\"]},\n"
            "                                                     {\"name\": \"other\", \"metric\": "
            "\"peg_deviation_bps\", \"below\": -100,\n"
            "                                                      \"actions\": [\"chat\"]}]")));
        engine.setSilences(*silences);
        AlertRecorder recorder(console);
        QSignalSpy recorded(&recorder, &AlertRecorder::recorded);
        connect(&engine, &ResponseEngine::event, &recorder, &AlertRecorder::record);
        price(hub, clock, -150);
        engine.evaluate();
        QTRY_COMPARE(recorded.count(), 2);
        QTRY_COMPARE(engine.dispatcher()->pending(), 0);
        QTRY_COMPARE(receiver.count(QLatin1String(Slack)), 1); // only the rule the silence does not cover
        QCOMPARE(receiver.count(QLatin1String(Enqueue)), 0);
        QCOMPARE(scalar(db, "SELECT count(*) FROM alert_firings WHERE rule = 'd' AND silenced"), 1);
        QCOMPARE(scalar(db, "SELECT count(*) FROM alert_firings WHERE rule = 'other' AND NOT silenced"), 1);
        QCOMPARE(scalar(db,
                        "SELECT count(*) FROM audit_log WHERE action = 'silence_create' AND actor = 'alice' "
                        "AND details->>'reason' = 'planned oracle migration'"),
                 1);
        QCOMPARE(scalar(db, "SELECT count(*) FROM audit_log WHERE action = 'alert_fire' "
                            "AND (details->>'silenced')::boolean"),
                 1);

        // Acknowledging is audited too; ending the silence early pages the incident still open.
        auto firings = (*store)->openFirings();
        QVERIFY(firings);
        QCOMPARE(firings->size(), 2);
        QVERIFY((*store)->acknowledge(firings->first().id, QStringLiteral("on it")));
        QCOMPARE(
            scalar(db,
                   "SELECT count(*) FROM audit_log WHERE action = 'alert_acknowledge' AND actor = 'alice'"),
            1);
        QVERIFY((*store)->expireSilence(silences->first().id));
        engine.setSilences(*(*store)->silences(QDateTime::currentMSecsSinceEpoch()));
        clock += 1000;
        price(hub, clock, -150);
        engine.evaluate();
        QTRY_COMPARE(receiver.count(QLatin1String(Enqueue)), 1);
        QCOMPARE(scalar(db, "SELECT count(*) FROM audit_log WHERE action = 'silence_expire'"), 1);
    }
};

QTEST_GUILESS_MAIN(TestResponseEngine)
#include "tst_responseengine.moc"
