#include "store/credentialstore.h"
#include "store/pgconnection.h"
#include "store/pgurl.h"

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
    // libpq's multi-host URIs, which QUrl refuses, in every place a URL's password matters.
    void multiHostUrlsAreValid()
    {
        QVERIFY(PgConnection::validateUrl(
            QStringLiteral("postgresql://ops@db1:5432,db2:5433/pegboard?target_session_attrs=read-write")));
        QVERIFY(PgConnection::validateUrl(QStringLiteral("host=db1,db2 port=5432,5433 dbname=pegboard")));
    }
    void multiHostPasswordsAreSplitRedactedAndRestored_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("bare");
        QTest::addColumn<QStringList>("hosts");
        QTest::newRow("two hosts, ports, query")
            << QStringLiteral(
                   "postgresql://ops:s3cret@db1:5432,db2:5433/pegboard?target_session_attrs=read-write")
            << QStringLiteral("s3cret")
            << QStringLiteral("postgresql://ops@db1:5432,db2:5433/pegboard?target_session_attrs=read-write")
            << QStringList{QStringLiteral("db1:5432"), QStringLiteral("db2:5433")};
        QTest::newRow("encoded @ and : in the password, no path")
            << QStringLiteral("postgres://ops:p%40ss%3Aw@a,b,c") << QStringLiteral("p@ss:w")
            << QStringLiteral("postgres://ops@a,b,c")
            << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        QTest::newRow("IPv6 hosts") << QStringLiteral("postgresql://ops:x@[::1]:5432,[fe80::1]/db")
                                    << QStringLiteral("x")
                                    << QStringLiteral("postgresql://ops@[::1]:5432,[fe80::1]/db")
                                    << QStringList{QStringLiteral("[::1]:5432"), QStringLiteral("[fe80::1]")};
        QTest::newRow("no password") << QStringLiteral("postgresql://ops@db1,db2/pegboard") << QString()
                                     << QStringLiteral("postgresql://ops@db1,db2/pegboard")
                                     << QStringList{QStringLiteral("db1"), QStringLiteral("db2")};
    }
    void multiHostPasswordsAreSplitRedactedAndRestored()
    {
        QFETCH(QString, url);
        QFETCH(QString, password);
        QFETCH(QString, bare);
        QFETCH(QStringList, hosts);
        const PgUrl u(url);
        QVERIFY(u.isUri());
        QCOMPARE(u.user(), QStringLiteral("ops"));
        QCOMPARE(u.password(), password);
        QCOMPARE(u.hosts(), hosts);
        const auto [withoutPassword, split] = CredentialStore::splitPassword(url);
        QCOMPARE(withoutPassword, bare);
        QCOMPARE(split, password);
        if (!password.isEmpty()) {
            QCOMPARE(CredentialStore::withPassword(bare, password), url);
            QVERIFY(!PgConnection::redacted(url).contains(password));
            QVERIFY(PgConnection::redacted(url).contains(QLatin1String("***")));
            QVERIFY(PgConnection::validateUrl(CredentialStore::withPassword(bare, password)));
        }
        // One keychain entry per store, named after all its hosts.
        for (const QString &host : hosts)
            QVERIFY(CredentialStore::accountFor(url).contains(host));
    }
    void redactsPasswordsOutsideTheUserInfo()
    {
        QVERIFY(
            !PgConnection::redacted(QStringLiteral("postgresql://db1,db2/x?password=s3cret&sslmode=require"))
                 .contains(QLatin1String("s3cret")));
        QVERIFY(!PgConnection::redacted(QStringLiteral("host=db1,db2 password='s3 cret' dbname=x"))
                     .contains(QLatin1String("s3")));
        QVERIFY(PgConnection::redacted(QStringLiteral("host=db1,db2 password='s3 cret' dbname=x"))
                    .contains(QLatin1String("dbname=x")));
    }
};

QTEST_APPLESS_MAIN(TestPgConnection)
#include "tst_pgconnection.moc"
