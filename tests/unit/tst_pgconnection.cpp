#include "store/pgconnection.h"

#include <QTest>

using namespace pegboard;

class TestPgConnection : public QObject
{
    Q_OBJECT
private slots:
    void malformedUrlsAreRefusedBeforeConnecting_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("empty") << QString();
        QTest::newRow("bad scheme option") << QStringLiteral("postgresql://host/db?nosuchoption=1");
        QTest::newRow("bad keyword syntax") << QStringLiteral("host localhost");
        QTest::newRow("bad port") << QStringLiteral("postgresql://localhost:notaport/db");
    }
    void malformedUrlsAreRefusedBeforeConnecting()
    {
        QFETCH(QString, url);
        auto result = PgConnection::open(url);
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::MalformedUrl);
        QVERIFY(!result.error().message.isEmpty());
    }
    void unreachableServerIsTyped()
    {
        // A socket directory that holds no server.
        auto result = PgConnection::open(
            QStringLiteral("postgresql:///x?host=/nonexistent-pegboard&connect_timeout=2"));
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Unreachable);
        QVERIFY2(result.error().message.contains(QLatin1String("Cannot reach")),
                 qPrintable(result.error().message));
    }
    void classifiesServerMessages()
    {
        QCOMPARE(
            PgConnection::classify(QStringLiteral("FATAL:  password authentication failed for user \"x\"")),
            Error::Code::BadCredentials);
        QCOMPARE(PgConnection::classify(QStringLiteral("FATAL:  role \"x\" does not exist")),
                 Error::Code::BadCredentials);
        QCOMPARE(PgConnection::classify(QStringLiteral("could not connect to server: Connection refused")),
                 Error::Code::Unreachable);
        QCOMPARE(PgConnection::classify(QStringLiteral("ERROR:  permission denied for table audit_log")),
                 Error::Code::PermissionDenied);
    }
    void redactsPasswords()
    {
        const QString r =
            PgConnection::redacted(QStringLiteral("postgresql://ops:s3cret@db.example:5432/pegboard"));
        QVERIFY(!r.contains(QLatin1String("s3cret")));
        QVERIFY(r.contains(QLatin1String("ops")));
    }
};

QTEST_APPLESS_MAIN(TestPgConnection)
#include "tst_pgconnection.moc"
