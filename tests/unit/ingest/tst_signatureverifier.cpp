#include "ingest/signatureverifier.h"

#include <QMessageAuthenticationCode>
#include <QTest>

using namespace pegboard;

class TestSignatureVerifier : public QObject
{
    Q_OBJECT

private slots:
    void hmacMatchesKnownVectors()
    {
        // RFC 4231 test case 2.
        QCOMPARE(SignatureVerifier::hmacSha256Hex("Jefe", "what do ya want for nothing?"),
                 QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
        // GitHub's documented example ("Validating webhook deliveries").
        WebhookRequest r;
        r.body = "Hello, World!";
        r.headers.insert("x-hub-signature-256",
                         "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17");
        QVERIFY(!SignatureVerifier::verifyGitHub("It's a Secret to Everybody", r));
        QVERIFY(SignatureVerifier::verifyGitHub("It's a Secret to Everybody!", r));
        QVERIFY(SignatureVerifier::verifyGitHub({}, r)); // no secret: refused, never open
    }

    void githubRejectsTamperingAndMalformedHeaders()
    {
        WebhookRequest r;
        r.body = R"({"action":"opened"})";
        const QByteArray mac =
            QMessageAuthenticationCode::hash(r.body, "k", QCryptographicHash::Sha256).toHex();
        r.headers.insert("x-hub-signature-256", "sha256=" + mac.toUpper());
        QVERIFY(!SignatureVerifier::verifyGitHub("k", r)); // hex case does not matter
        r.headers.insert("x-hub-signature-256", "sha1=" + mac);
        QVERIFY(SignatureVerifier::verifyGitHub("k", r));
        r.headers.insert("x-hub-signature-256", "sha256=" + mac.left(63));
        QVERIFY(SignatureVerifier::verifyGitHub("k", r));
        r.headers.insert("x-hub-signature-256", "sha256=" + mac);
        r.body += ' ';
        QVERIFY(SignatureVerifier::verifyGitHub("k", r));
        r.headers.remove("x-hub-signature-256");
        QVERIFY(SignatureVerifier::verifyGitHub("k", r));
    }

    void slackSigningAndReplayWindow()
    {
        const QByteArray secret = "8f742231b10e8888abcd99yyyzzz85a5";
        WebhookRequest r;
        r.body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J";
        r.receivedAt = QDateTime::fromSecsSinceEpoch(1531420618, Qt::UTC);
        const auto sign = [&](qint64 ts) {
            const QByteArray t = QByteArray::number(ts);
            r.headers.insert("x-slack-request-timestamp", t);
            r.headers.insert("x-slack-signature",
                             "v0=" + QMessageAuthenticationCode::hash("v0:" + t + ':' + r.body, secret,
                                                                      QCryptographicHash::Sha256)
                                         .toHex());
        };
        sign(1531420618);
        QVERIFY(!SignatureVerifier::verifySlack(secret, r));
        sign(1531420618 - 299);
        QVERIFY(!SignatureVerifier::verifySlack(secret, r));
        sign(1531420618 - 301);
        QVERIFY(SignatureVerifier::verifySlack(secret, r));
        sign(1531420618 + 301);
        QVERIFY(SignatureVerifier::verifySlack(secret, r));
        sign(1531420618);
        QVERIFY(SignatureVerifier::verifySlack("other", r));
        r.headers.insert("x-slack-request-timestamp", "1531420619"); // signature was for …618
        QVERIFY(SignatureVerifier::verifySlack(secret, r));
    }

    void tokensAndConstantTimeCompare()
    {
        WebhookRequest r;
        r.headers.insert("x-pegboard-token", "abc");
        QVERIFY(!SignatureVerifier::verifyToken("abc", r));
        QVERIFY(SignatureVerifier::verifyToken("abcd", r));
        QVERIFY(SignatureVerifier::verifyToken({}, r));
        r.headers.clear();
        QVERIFY(SignatureVerifier::verifyToken("abc", r));
        r.headers.insert("authorization", "Bearer abc");
        QVERIFY(!SignatureVerifier::verifyToken("abc", r));
        QVERIFY(SignatureVerifier::constantTimeEquals("", ""));
        QVERIFY(!SignatureVerifier::constantTimeEquals("a", "b"));
        QVERIFY(!SignatureVerifier::constantTimeEquals("a", "aa"));
    }
};

QTEST_GUILESS_MAIN(TestSignatureVerifier)
#include "tst_signatureverifier.moc"
