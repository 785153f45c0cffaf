#include "domain/issuetype.h"
#include "domain/sourcelink.h"
#include "ingest/datadognormalizer.h"
#include "ingest/discordnormalizer.h"
#include "ingest/githubnormalizer.h"
#include "ingest/ingestnormalizer.h"
#include "ingest/signatureverifier.h"
#include "ingest/slacknormalizer.h"

#include <QFile>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace pegboard;

namespace {
const QByteArray Secret = "s3cret-for-tests";

QByteArray fixture(const QString &name)
{
    QFile f(qEnvironmentVariable("PEGBOARD_TEST_DATA") + QStringLiteral("/ingest/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

QDateTime now()
{
    return QDateTime(QDate(2026, 11, 24), QTime(14, 10), Qt::UTC);
}

WebhookRequest github(const QByteArray &event, const QByteArray &body, const QByteArray &delivery = "d-1")
{
    WebhookRequest r;
    r.body = body;
    r.receivedAt = now();
    r.headers.insert("x-github-event", event);
    r.headers.insert("x-github-delivery", delivery);
    r.headers.insert("x-hub-signature-256",
                     "sha256=" +
                         QMessageAuthenticationCode::hash(body, Secret, QCryptographicHash::Sha256).toHex());
    return r;
}

WebhookRequest tokenRequest(const QByteArray &body)
{
    WebhookRequest r;
    r.body = body;
    r.receivedAt = now();
    r.headers.insert("x-pegboard-token", Secret);
    return r;
}

WebhookRequest slack(const QByteArray &body, qint64 timestamp)
{
    WebhookRequest r;
    r.body = body;
    r.receivedAt = now();
    const QByteArray ts = QByteArray::number(timestamp);
    r.headers.insert("x-slack-request-timestamp", ts);
    r.headers.insert(
        "x-slack-signature",
        "v0=" + QMessageAuthenticationCode::hash("v0:" + ts + ':' + body, Secret, QCryptographicHash::Sha256)
                    .toHex());
    return r;
}

NormalizeOutcome run(const SourceNormalizer &n, const WebhookRequest &r)
{
    if (auto refused = n.authenticate(r))
        return *refused;
    return n.normalize(r);
}
} // namespace

class TestNormalizers : public QObject
{
    Q_OBJECT

private slots:
    void githubIssuesOpened()
    {
        const GitHubNormalizer n({}, Secret);
        const NormalizeOutcome o =
            run(n, github("issues", fixture(QStringLiteral("issues.opened.json")), "72d3162e"));
        QVERIFY2(o.isAccepted(), qPrintable(o.reason));
        QCOMPARE(o.httpStatus(), 202);
        QCOMPARE(o.issue.source, QStringLiteral("github"));
        QCOMPARE(o.issue.externalId, QStringLiteral("72d3162e"));
        QCOMPARE(o.issue.title, QStringLiteral("Spelling error in the README file"));
        QVERIFY(o.issue.body.startsWith(QLatin1String("It looks like you accidently")));
        QCOMPARE(o.issue.reporterAddress, QStringLiteral("Codertocat"));
        QCOMPARE(o.issue.sourceUrl, QStringLiteral("https://github.com/Codertocat/Hello-World/issues/1"));
        QCOMPARE(o.issue.reportedAt, QDateTime(QDate(2019, 5, 15), QTime(15, 20, 18), Qt::UTC));
        QCOMPARE(o.issue.receivedAt, now());
        QVERIFY(Severity::isValid(o.issue.severityLevel));
        QVERIFY(!o.issue.id.isNull());
    }

    void githubCommentAndEmptyBody()
    {
        const GitHubNormalizer n({}, Secret);
        const NormalizeOutcome c =
            run(n, github("issue_comment", fixture(QStringLiteral("issue_comment.created.json"))));
        QVERIFY2(c.isAccepted(), qPrintable(c.reason));
        QCOMPARE(c.issue.body, QStringLiteral("You are totally right! I'll get this fixed right away."));
        QCOMPARE(c.issue.reportedAt, QDateTime(QDate(2019, 5, 15), QTime(15, 20, 21), Qt::UTC));
        // A comment links to itself, not only to its issue.
        QCOMPARE(c.issue.sourceUrl,
                 QStringLiteral("https://github.com/Codertocat/Hello-World/issues/1#issuecomment-492700400"));
        const NormalizeOutcome e =
            run(n, github("issues", fixture(QStringLiteral("issues.opened.with-empty-body.json"))));
        QVERIFY2(e.isAccepted(), qPrintable(e.reason));
        QVERIFY(e.issue.body.isEmpty());
    }

    void githubPingUnknownEventAndBadInput()
    {
        const GitHubNormalizer n({}, Secret);
        const NormalizeOutcome ping = run(n, github("ping", fixture(QStringLiteral("ping.json"))));
        QCOMPARE(ping.kind, NormalizeOutcome::Kind::Answered);
        QVERIFY(QJsonDocument::fromJson(ping.answerBody).object().value(QStringLiteral("pong")).toBool());
        QCOMPARE(run(n, github("push", "{}")).kind, NormalizeOutcome::Kind::Ignored);
        const NormalizeOutcome malformed = run(n, github("issues", "{\"action\": "));
        QCOMPARE(malformed.httpStatus(), 400);
        QVERIFY(malformed.reason.contains(QLatin1String("malformed JSON")));
        const NormalizeOutcome wrongType =
            run(n, github("issues", R"({"action":"opened","issue":{"title":7}})"));
        QCOMPARE(wrongType.httpStatus(), 400);
        QVERIFY2(wrongType.reason.contains(QLatin1String("issue.title")), qPrintable(wrongType.reason));
        const NormalizeOutcome missing = run(n, github("issues", R"({"action":"opened"})"));
        QCOMPARE(missing.httpStatus(), 400);
        QVERIFY(missing.reason.contains(QLatin1String("missing field")));
        QCOMPARE(run(n, github("issues", "[1,2]")).httpStatus(), 400);
        WebhookRequest bad = github("issues", fixture(QStringLiteral("issues.opened.json")));
        bad.body.append(' ');
        QCOMPARE(run(n, bad).httpStatus(), 401);
        QCOMPARE(run(GitHubNormalizer({}, {}), github("issues", "{}")).httpStatus(), 401);
    }

    void datadogMonitorAlert()
    {
        const DatadogNormalizer n({}, Secret);
        const NormalizeOutcome o = run(n, tokenRequest(fixture(QStringLiteral("monitor_alert.json"))));
        QVERIFY2(o.isAccepted(), qPrintable(o.reason));
        QCOMPARE(o.issue.externalId, QStringLiteral("148227305:Triggered:1763992980000"));
        QCOMPARE(o.issue.issueType, IssueType::OracleFailure);
        QCOMPARE(o.issue.severityLevel, 5); // P1
        QCOMPARE(o.issue.symbol, QStringLiteral("USDC"));
        QCOMPARE(o.issue.reportedAt, QDateTime::fromMSecsSinceEpoch(1763992980000, Qt::UTC));
        QCOMPARE(o.issue.sourceUrl,
                 QStringLiteral("https://app.datadoghq.com/event/event?id=7614282311084612541"));
        QCOMPARE(o.issue.title,
                 QStringLiteral("[Triggered] Oracle heartbeat exceeded on USDC/USD aggregator"));
        WebhookRequest noToken = tokenRequest(fixture(QStringLiteral("monitor_alert.json")));
        noToken.headers.clear();
        QCOMPARE(run(n, noToken).httpStatus(), 401);
        noToken.headers.insert("authorization", "Bearer " + Secret);
        QCOMPARE(run(n, noToken).httpStatus(), 202);
        const NormalizeOutcome badDate =
            run(n, tokenRequest(
                       R"({"alert_id":"1","alert_transition":"Triggered","title":"t","date":"yesterday"})"));
        QCOMPARE(badDate.httpStatus(), 400);
        const NormalizeOutcome recovered =
            run(n, tokenRequest(R"({"alert_id":"1","alert_transition":"Recovered","title":"t","date":"1"})"));
        QCOMPARE(recovered.kind, NormalizeOutcome::Kind::Ignored);
    }

    void slackMessageAndVerification()
    {
        const SlackNormalizer n({}, Secret);
        const qint64 t = now().toSecsSinceEpoch();
        const NormalizeOutcome o =
            run(n, slack(fixture(QStringLiteral("slack_message.event_callback.json")), t - 10));
        QVERIFY2(o.isAccepted(), qPrintable(o.reason));
        QCOMPARE(o.issue.externalId, QStringLiteral("Ev0PEG4201"));
        QCOMPARE(o.issue.reporterAddress, QStringLiteral("U0ONCALL7"));
        QCOMPARE(o.issue.sourceUrl,
                 QStringLiteral("https://slack.com/archives/C0INCIDENT/p1763992921000200"));
        QCOMPARE(o.issue.relatedTxHashes,
                 QStringList{
                     QStringLiteral("0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060")});
        QVERIFY(o.issue.affectedContracts.isEmpty()); // a tx hash is not also an address
        QCOMPARE(o.issue.symbol, QStringLiteral("USDC"));
        QCOMPARE(o.issue.reportedAt, QDateTime::fromSecsSinceEpoch(1763992921, Qt::UTC));
        QCOMPARE(o.issue.issueType, IssueType::RebalanceError);
        const NormalizeOutcome challenge =
            run(n, slack(fixture(QStringLiteral("slack_url_verification.json")), t));
        QCOMPARE(challenge.kind, NormalizeOutcome::Kind::Answered);
        QCOMPARE(QJsonDocument::fromJson(challenge.answerBody)
                     .object()
                     .value(QStringLiteral("challenge"))
                     .toString(),
                 QStringLiteral("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"));
        // A correctly signed request replayed six minutes later is refused.
        QCOMPARE(
            run(n, slack(fixture(QStringLiteral("slack_message.event_callback.json")), t - 360)).httpStatus(),
            401);
    }

    void discordMessageCreate()
    {
        const DiscordNormalizer n({}, Secret);
        const NormalizeOutcome o = run(n, tokenRequest(fixture(QStringLiteral("message_create.json"))));
        QVERIFY2(o.isAccepted(), qPrintable(o.reason));
        QCOMPARE(o.issue.externalId, QStringLiteral("1310229418470756402"));
        QCOMPARE(o.issue.reporterAddress, QStringLiteral("arb_watcher"));
        QCOMPARE(o.issue.sourceUrl, QStringLiteral("https://discord.com/channels/1179004386719301732/"
                                                   "1179004387201634415/1310229418470756402"));
        QCOMPARE(o.issue.issueType, IssueType::ArbitrageFailure);
        QCOMPARE(o.issue.symbol, QStringLiteral("USDT"));
        QCOMPARE(o.issue.protocol, QStringLiteral("curve"));
        QCOMPARE(o.issue.reportedAt.toMSecsSinceEpoch(),
                 QDateTime(QDate(2026, 11, 24), QTime(14, 7, 31, 512), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(run(n, tokenRequest(R"({"op":0,"t":"TYPING_START","d":{}})")).kind,
                 NormalizeOutcome::Kind::Ignored);
        QCOMPARE(run(n, tokenRequest(R"({"op":0,"t":"MESSAGE_CREATE","d":{"id":5}})")).httpStatus(), 400);
        // Found by fuzz_discord: a blank id would make the report unrecognisable on retry.
        const NormalizeOutcome blankId = run(
            n,
            tokenRequest(
                R"({"t":"MESSAGE_CREATE","d":{"id":" ","content":"x","author":{"username":"a"},"timestamp":"2026-11-24T14:07:31Z"}})"));
        QCOMPARE(blankId.httpStatus(), 400);
        QVERIFY(blankId.reason.contains(QLatin1String("d.id")));
    }

    void ingestOwnFormat()
    {
        const IngestNormalizer n({}, Secret);
        const QByteArray body = R"({"external_id":"mon-7","title":"DAI depeg on Maker vault","severity":4,
            "body":"contract 0x5f4eC3Df9cbd43714FE2740f5E3616155c5b8419 paused",
            "reported_at":"2026-11-24T13:00:00Z","labels":["team:stability"]})";
        const NormalizeOutcome o = run(n, tokenRequest(body));
        QVERIFY2(o.isAccepted(), qPrintable(o.reason));
        QCOMPARE(o.issue.externalId, QStringLiteral("mon-7"));
        QCOMPARE(o.issue.severityLevel, 4);
        QCOMPARE(o.issue.issueType, IssueType::PegDeviation);
        QCOMPARE(o.issue.affectedContracts,
                 QStringList{QStringLiteral("0x5f4ec3df9cbd43714fe2740f5e3616155c5b8419")});
        QCOMPARE(o.issue.protocol, QStringLiteral("maker"));
        QCOMPARE(o.issue.reportedAt, QDateTime(QDate(2026, 11, 24), QTime(13, 0), Qt::UTC));
        // Without an external id, the same body gets the same id (retries are recognised).
        const NormalizeOutcome a = run(n, tokenRequest(R"({"title":"x"})"));
        const NormalizeOutcome b = run(n, tokenRequest(R"({"title":"x"})"));
        QVERIFY(a.isAccepted());
        QCOMPARE(a.issue.externalId, b.issue.externalId);
        QCOMPARE(run(n, tokenRequest(R"({"title":"x","severity":9})")).httpStatus(), 400);
        QCOMPARE(run(n, tokenRequest(R"({"title":"x","severity":"high"})")).httpStatus(), 400);
        QCOMPARE(run(n, tokenRequest(R"({"title":"x","reported_at":"soon"})")).httpStatus(), 400);
        QCOMPARE(run(n, tokenRequest(R"({"title":"x","labels":[1]})")).httpStatus(), 400);
        QCOMPARE(run(n, tokenRequest(R"({"body":"no title"})")).httpStatus(), 400);
    }

    void sourceLinksAreLinksOrNothing()
    {
        // Our own format: a link is stored encoded; anything that is not an http(s) link is a 400
        // naming the field.
        const IngestNormalizer ingest({}, Secret);
        const NormalizeOutcome encoded =
            run(ingest,
                tokenRequest(
                    "{\"title\":\"x\",\"source_url\":\"https://status.example.com/incidents/42?x=a%20b\"}"));
        QCOMPARE(encoded.issue.sourceUrl, QStringLiteral("https://status.example.com/incidents/42?x=a%20b"));
        for (const QByteArray &bad :
             {QByteArray("\"javascript:alert(1)\""), QByteArray("\"file:///etc/passwd\""),
              QByteArray("\"data:text/html,<b>x</b>\""), QByteArray("\"https://github.com@evil.example/\""),
              QByteArray("\"/relative/path\""), QByteArray("\" https:// \""),
              QByteArray("\"https://status.example.com/a b\""),
              QByteArray("\"https://a.example/" + QByteArray(SourceLink::MaxChars, 'a') + "\"")}) {
            const NormalizeOutcome o =
                run(ingest, tokenRequest(QByteArray("{\"title\":\"x\",\"source_url\":") + bad + "}"));
            QCOMPARE(o.httpStatus(), 400);
            QVERIFY2(o.reason.contains(QLatin1String("source_url")), qPrintable(o.reason));
        }
        QCOMPARE(run(ingest, tokenRequest("{\"title\":\"x\",\"source_url\":7}")).httpStatus(), 400);

        // Third parties: an odd link never costs the report, it is just not kept.
        const DatadogNormalizer datadog({}, Secret);
        QJsonObject alert = QJsonDocument::fromJson(fixture(QStringLiteral("monitor_alert.json"))).object();
        for (const QJsonValue &link :
             {QJsonValue(QStringLiteral("javascript:alert(document.cookie)")),
              QJsonValue(QStringLiteral("file:///home")), QJsonValue(12), QJsonValue()}) {
            alert[QStringLiteral("link")] = link;
            const NormalizeOutcome o = run(datadog, tokenRequest(QJsonDocument(alert).toJson()));
            QVERIFY2(o.isAccepted(), qPrintable(o.reason));
            QCOMPARE(o.issue.sourceUrl, QString());
        }
        alert.remove(QStringLiteral("link"));
        QVERIFY(run(datadog, tokenRequest(QJsonDocument(alert).toJson())).isAccepted());

        const DiscordNormalizer discord({}, Secret);
        QJsonObject message =
            QJsonDocument::fromJson(fixture(QStringLiteral("message_create.json"))).object();
        QJsonObject d = message[QStringLiteral("d")].toObject();
        d.remove(QStringLiteral("guild_id")); // a direct message
        message[QStringLiteral("d")] = d;
        QCOMPARE(run(discord, tokenRequest(QJsonDocument(message).toJson())).issue.sourceUrl,
                 QStringLiteral("https://discord.com/channels/@me/1179004387201634415/1310229418470756402"));
        d[QStringLiteral("channel_id")] = QStringLiteral("../../evil");
        message[QStringLiteral("d")] = d;
        const NormalizeOutcome odd = run(discord, tokenRequest(QJsonDocument(message).toJson()));
        QVERIFY(odd.isAccepted());
        QCOMPARE(odd.issue.sourceUrl, QString());
    }

    void classifierIsConfigurable()
    {
        auto classifier = IssueClassifier::fromJson(
            QJsonDocument::fromJson(
                R"({"type_rules":[{"match":"typo","type":"docs_error"}],"default_severity":1})")
                .object());
        QVERIFY2(classifier, qPrintable(classifier.error().message));
        const GitHubNormalizer n(*classifier, Secret);
        const NormalizeOutcome o = run(n, github("issues", fixture(QStringLiteral("issues.opened.json"))));
        QCOMPARE(o.issue.issueType, IssueType::Other);
        QCOMPARE(o.issue.severityLevel, 1);
        QCOMPARE(classifier->classify({}, QStringLiteral("a typo here")), QStringLiteral("docs_error"));
        QCOMPARE(classifier->classify({QStringLiteral("type:oracle_failure")}, {}), IssueType::OracleFailure);
        QCOMPARE(IssueClassifier::severityFromLabel(QStringLiteral("SEV1")), 5);
        QCOMPARE(IssueClassifier::severityFromLabel(QStringLiteral("severity:2")), 2);
        QVERIFY(!IssueClassifier::severityFromLabel(QStringLiteral("bug")));
        QVERIFY(!IssueClassifier::fromJson(QJsonDocument::fromJson(R"({"default_severity":7})").object()));
    }

    void garbageNeverCrashes()
    {
        const GitHubNormalizer g({}, Secret);
        const DatadogNormalizer d({}, Secret);
        const SlackNormalizer s({}, Secret);
        const DiscordNormalizer c({}, Secret);
        const IngestNormalizer i({}, Secret);
        const QList<QByteArray> inputs{"",
                                       "null",
                                       "\"s\"",
                                       "{}",
                                       R"({"d":null,"t":"MESSAGE_CREATE"})",
                                       R"({"type":"event_callback","event":[]})",
                                       QByteArray(3, '\0'),
                                       R"({"alert_id":1})"};
        for (const QByteArray &in : inputs) {
            QVERIFY(!g.normalize(github("issues", in)).isAccepted());
            QVERIFY(!d.normalize(tokenRequest(in)).isAccepted());
            QVERIFY(!s.normalize(slack(in, 0)).isAccepted());
            QVERIFY(!c.normalize(tokenRequest(in)).isAccepted());
            QVERIFY(!i.normalize(tokenRequest(in)).isAccepted());
        }
    }
};

QTEST_GUILESS_MAIN(TestNormalizers)
#include "tst_normalizers.moc"
