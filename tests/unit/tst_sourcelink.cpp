#include "domain/sourcelink.h"

#include <QTest>

using namespace pegboard;

class TestSourceLink : public QObject
{
    Q_OBJECT

private slots:
    void onlyHttpLinksWithAHost_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("linked");
        QTest::newRow("https") << QStringLiteral("https://github.com/org/repo/issues/7") << true;
        QTest::newRow("http, port, query")
            << QStringLiteral("http://grafana.internal:3000/d/x?from=1") << true;
        QTest::newRow("upper-case scheme") << QStringLiteral("HTTPS://example.com/") << true;
        QTest::newRow("surrounding blanks") << QStringLiteral("  https://example.com/a  ") << true;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
        QTest::newRow("javascript, mixed case") << QStringLiteral("JaVaScRiPt:alert(1)") << false;
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
        QTest::newRow("data") << QStringLiteral("data:text/html;base64,PGI+") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com/x") << false;
        QTest::newRow("no host") << QStringLiteral("https:///path") << false;
        QTest::newRow("relative") << QStringLiteral("/issues/7") << false;
        QTest::newRow("user info") << QStringLiteral("https://github.com@evil.example/") << false;
        QTest::newRow("space") << QStringLiteral("https://example.com/a b") << false;
        QTest::newRow("control character") << QStringLiteral("https://example.com/\x01") << false;
        QTest::newRow("NUL") << QStringLiteral("https://example.com/") + QChar(0) << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("too long") << QStringLiteral("https://example.com/") +
                                         QString(SourceLink::MaxChars, QLatin1Char('a'))
                                  << false;
        QTest::newRow("just long enough")
            << QStringLiteral("https://example.com/") + QString(SourceLink::MaxChars - 20, QLatin1Char('a'))
            << true;
    }

    void onlyHttpLinksWithAHost()
    {
        QFETCH(QString, text);
        QFETCH(bool, linked);
        QCOMPARE(SourceLink::validated(text).has_value(), linked);
        QCOMPARE(SourceLink::stored(text).isEmpty(), !linked);
        if (linked)
            QVERIFY(SourceLink::stored(text).size() <= SourceLink::MaxChars);
    }

    void builtFromPayloadParts()
    {
        QCOMPARE(SourceLink::slackMessage(QStringLiteral("C0INCIDENT"), QStringLiteral("1763992921.000200")),
                 QStringLiteral("https://slack.com/archives/C0INCIDENT/p1763992921000200"));
        QCOMPARE(SourceLink::slackMessage(QStringLiteral("C1"), QStringLiteral("1.000002"),
                                          QStringLiteral("1.000001")),
                 QStringLiteral("https://slack.com/archives/C1/p1000002?thread_ts=1.000001&cid=C1"));
        QCOMPARE(SourceLink::slackMessage(QStringLiteral("C1/../x"), QStringLiteral("1.2")), QString());
        QCOMPARE(SourceLink::slackMessage(QStringLiteral("C1"), QStringLiteral("soon")), QString());
        QCOMPARE(SourceLink::discordMessage(QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")),
                 QStringLiteral("https://discord.com/channels/1/2/3"));
        QCOMPARE(SourceLink::discordMessage({}, QStringLiteral("2"), QStringLiteral("3")),
                 QStringLiteral("https://discord.com/channels/@me/2/3"));
        QCOMPARE(SourceLink::discordMessage(QStringLiteral("1"), QStringLiteral("2?x"), QStringLiteral("3")),
                 QString());
        QCOMPARE(SourceLink::discordMessage(QStringLiteral("1"), {}, QStringLiteral("3")), QString());
    }
};

QTEST_APPLESS_MAIN(TestSourceLink)
#include "tst_sourcelink.moc"
