#include "store/credentialstore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pegboard;

class TestCredentialStore : public QObject
{
    Q_OBJECT
private slots:
    void splitsAndRestoresPasswords()
    {
        const auto [url, password] = CredentialStore::splitPassword(
            QStringLiteral("postgresql://ops:s%40cret@db.example:6432/pegboard"));
        QCOMPARE(password, QStringLiteral("s@cret"));
        QVERIFY(!url.contains(QLatin1String("cret")));
        QCOMPARE(CredentialStore::accountFor(url), QStringLiteral("ops@db.example:6432/pegboard"));
        const QString back = CredentialStore::withPassword(url, password);
        QCOMPARE(CredentialStore::splitPassword(back).second, QStringLiteral("s@cret"));
        // Socket URLs and URLs without a password pass through untouched.
        const QString socket = QStringLiteral("postgresql:///pegboard?host=/tmp/x");
        QCOMPARE(CredentialStore::splitPassword(socket).first, socket);
    }

    void roundTripsThroughTheRealKeychain()
    {
        CredentialStore store;
        QSignalSpy written(&store, &CredentialStore::passwordWritten);
        store.writePassword(QStringLiteral("ops@db:5432/pegboard"), QStringLiteral("hunter2"));
        QVERIFY(written.wait(10000));
        QVERIFY2(written.first().at(1).toString().isEmpty(), qPrintable(written.first().at(1).toString()));

        QSignalSpy read(&store, &CredentialStore::passwordRead);
        store.readPassword(QStringLiteral("ops@db:5432/pegboard"));
        QVERIFY(read.wait(10000));
        QCOMPARE(read.first().at(1).toString(), QStringLiteral("hunter2"));

        QSignalSpy deleted(&store, &CredentialStore::passwordDeleted);
        store.deletePassword(QStringLiteral("ops@db:5432/pegboard"));
        QVERIFY(deleted.wait(10000));
        store.readPassword(QStringLiteral("ops@db:5432/pegboard"));
        QVERIFY(read.wait(10000));
        QVERIFY(!read.last().at(2).toString().isEmpty()); // gone: an error, not an empty password
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
