#include "response/pagerdutyaction.h"
#include "response/responseaction.h"
#include "response/slackaction.h"
#include "response/webhookaction.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>

using namespace pegboard;

// The action kinds' wire formats and their configuration (secrets from the environment only).
class TestResponseActions : public QObject
{
    Q_OBJECT
    QNetworkAccessManager m_network;

    static AlertEvent event(AlertEvent::Kind kind)
    {
        AlertEvent e;
        e.kind = kind;
        e.rule = QStringLiteral("usdc-depeg");
        e.symbol = QStringLiteral("USDC");
        e.metric = QStringLiteral("peg_deviation_bps");
        e.severity = QStringLiteral("critical");
        e.summary = QStringLiteral("usdc-depeg: USDC peg_deviation_bps is -312 (≤ -100) <&>");
        e.value = -312;
        e.threshold = -100;
        e.atMs = e.firedAtMs = 1'780'000'000'000;
        e.dedupKey = QStringLiteral("pegboard/usdc-depeg/USDC");
        e.incidentKey = e.dedupKey + QStringLiteral(":1780000000000");
        return e;
    }

private slots:
    void secretsComeOnlyFromTheEnvironment()
    {
        const QJsonObject literal{{QStringLiteral("kind"), QStringLiteral("pagerduty")},
                                  {QStringLiteral("routing_key"), QStringLiteral("R0UT1NGKEY")}};
        auto refused = ResponseAction::create(QStringLiteral("page"), literal, &m_network);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QLatin1String("actions.page.routing_key")));
        QVERIFY(!refused.error().message.contains(QLatin1String("R0UT1NGKEY")));

        qunsetenv("PEGBOARD_TEST_PD_KEY");
        const QJsonObject reference{{QStringLiteral("kind"), QStringLiteral("pagerduty")},
                                    {QStringLiteral("routing_key"), QStringLiteral("$PEGBOARD_TEST_PD_KEY")}};
        auto unset = ResponseAction::create(QStringLiteral("page"), reference, &m_network);
        QVERIFY(!unset);
        QVERIFY(unset.error().message.contains(QLatin1String("PEGBOARD_TEST_PD_KEY")));
        qputenv("PEGBOARD_TEST_PD_KEY", "abc123");
        auto made = ResponseAction::create(QStringLiteral("page"), reference, &m_network);
        QVERIFY2(made, qPrintable(made.error().message));
        QCOMPARE((*made)->kind(), QStringLiteral("pagerduty"));

        auto webhook = ResponseAction::create(QStringLiteral("hook"),
                                              {{QStringLiteral("kind"), QStringLiteral("webhook")},
                                               {QStringLiteral("url"), QStringLiteral("https://x/y")},
                                               {QStringLiteral("secret"), QStringLiteral("hunter2")}},
                                              &m_network);
        QVERIFY(!webhook);
        QVERIFY(webhook.error().message.contains(QLatin1String("actions.hook.secret")));
        auto kind = ResponseAction::create(QStringLiteral("x"),
                                           {{QStringLiteral("kind"), QStringLiteral("sms")}}, &m_network);
        QVERIFY(!kind);
        QVERIFY(kind.error().message.contains(QLatin1String("actions.x.kind")));
        auto url = ResponseAction::create(QStringLiteral("chat"),
                                          {{QStringLiteral("kind"), QStringLiteral("slack")},
                                           {QStringLiteral("url"), QStringLiteral("ftp://x")}},
                                          &m_network);
        QVERIFY(!url);
        QVERIFY(url.error().message.contains(QLatin1String("actions.chat.url")));
        auto command = ResponseAction::create(
            QStringLiteral("run"), {{QStringLiteral("kind"), QStringLiteral("command")}}, &m_network);
        QVERIFY(!command);
        QVERIFY(command.error().message.contains(QLatin1String("actions.run.program")));
    }

    void pagerDutyTriggerAndResolveShareTheDedupKey()
    {
        qputenv("PEGBOARD_TEST_PD_KEY", "abc123");
        auto made = PagerDutyAction::create(
            QStringLiteral("actions.page"),
            {{QStringLiteral("kind"), QStringLiteral("pagerduty")},
             {QStringLiteral("routing_key"), QStringLiteral("env:PEGBOARD_TEST_PD_KEY")}},
            &m_network);
        QVERIFY(made);
        auto *pd = static_cast<PagerDutyAction *>(made->get());
        const QJsonObject trigger = pd->body(event(AlertEvent::Kind::Fired));
        QCOMPARE(trigger[QStringLiteral("routing_key")].toString(), QStringLiteral("abc123"));
        QCOMPARE(trigger[QStringLiteral("event_action")].toString(), QStringLiteral("trigger"));
        QCOMPARE(trigger[QStringLiteral("dedup_key")].toString(), QStringLiteral("pegboard/usdc-depeg/USDC"));
        const QJsonObject payload = trigger[QStringLiteral("payload")].toObject();
        QVERIFY(payload[QStringLiteral("summary")].toString().startsWith(QLatin1String("usdc-depeg")));
        QVERIFY(!payload[QStringLiteral("source")].toString().isEmpty());
        QCOMPARE(payload[QStringLiteral("severity")].toString(), QStringLiteral("critical"));
        QVERIFY(QDateTime::fromString(payload[QStringLiteral("timestamp")].toString(), Qt::ISODateWithMs)
                    .isValid());
        const QJsonObject resolve = pd->body(event(AlertEvent::Kind::Resolved));
        QCOMPARE(resolve[QStringLiteral("event_action")].toString(), QStringLiteral("resolve"));
        QCOMPARE(resolve[QStringLiteral("dedup_key")], trigger[QStringLiteral("dedup_key")]);
        QVERIFY(!resolve.contains(QStringLiteral("payload")));
        AlertEvent longOne = event(AlertEvent::Kind::Fired);
        longOne.summary = QString(3000, QLatin1Char('x'));
        QCOMPARE(pd->body(longOne)[QStringLiteral("payload")]
                     .toObject()[QStringLiteral("summary")]
                     .toString()
                     .size(),
                 1024);
    }

    void slackHasTextAndBlocksWithEscapedMrkdwn()
    {
        auto made =
            SlackAction::create(QStringLiteral("actions.chat"),
                                {{QStringLiteral("kind"), QStringLiteral("slack")},
                                 {QStringLiteral("url"), QStringLiteral("https://hooks.example/T/B/X")}},
                                &m_network);
        QVERIFY(made);
        const QJsonObject body =
            static_cast<SlackAction *>(made->get())->body(event(AlertEvent::Kind::Fired));
        const QString text = body[QStringLiteral("text")].toString();
        QVERIFY(text.contains(QLatin1String("usdc-depeg")));
        QVERIFY(text.contains(QLatin1String("&lt;&amp;&gt;")));
        const QJsonArray blocks = body[QStringLiteral("blocks")].toArray();
        QCOMPARE(blocks.size(), 2);
        QCOMPARE(blocks[0][QStringLiteral("type")].toString(), QStringLiteral("section"));
        QCOMPARE(blocks[0][QStringLiteral("text")][QStringLiteral("type")].toString(),
                 QStringLiteral("mrkdwn"));
        QCOMPARE(blocks[1][QStringLiteral("type")].toString(), QStringLiteral("context"));
        const QJsonObject resolved =
            static_cast<SlackAction *>(made->get())->body(event(AlertEvent::Kind::Resolved));
        QVERIFY(resolved[QStringLiteral("text")].toString().contains(QLatin1String("RESOLVED")));
    }

    void webhookSignatureIsHmacSha256OfTheBody()
    {
        // RFC 4231, test case 2.
        QCOMPARE(WebhookAction::signature("Jefe", "what do ya want for nothing?"),
                 QByteArray("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    }
};

QTEST_GUILESS_MAIN(TestResponseActions)
#include "tst_responseactions.moc"
