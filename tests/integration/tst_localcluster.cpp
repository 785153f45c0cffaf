#include "store/embeddedstore.h"
#include "store/issuestore.h"
#include "store/localcluster.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace pegboard;

class TestLocalCluster : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir{QStringLiteral("/tmp/pgb-XXXXXX")};

    QString dataDir(const QString &name) const { return m_dir.path() + QLatin1Char('/') + name; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                QFile::ExeGroup | QFile::ExeOther);
    }

    void findsServerBinaries()
    {
        auto bin = LocalCluster::serverBinDir();
        QVERIFY2(bin, qPrintable(bin.error().message));
        QVERIFY(QFile::exists(*bin + QStringLiteral("/postgres")));
    }

    void embeddedStoreStartsMigratesAndStops()
    {
        const QString dir = dataDir(QStringLiteral("embedded"));
        QString url;
        {
            EmbeddedStore store;
            auto report = store.prepare({}, dir);
            QVERIFY2(report, qPrintable(report.error().message));
            QVERIFY(store.isEmbedded());
            QVERIFY(report->changed());
            url = store.url();
            QCOMPARE(store.cluster()->dataDir(), dir);
            auto issues = IssueStore::open(url);
            QVERIFY(issues);
            QCOMPARE(*(*issues)->count(), 0);
        }
        // Stopped on destruction: nothing answers on the socket any more.
        auto after = IssueStore::open(url);
        QVERIFY(!after);
        QCOMPARE(after.error().code, Error::Code::Unreachable);

        // A second start on the same directory reuses the cluster and has nothing to migrate.
        EmbeddedStore again;
        auto report = again.prepare({}, dir);
        QVERIFY2(report, qPrintable(report.error().message));
        QVERIFY(!report->changed());
    }

    void recoversFromAStalePidFileAfterACrash_data()
    {
        QTest::addColumn<bool>("pidIsAlive");
        QTest::newRow("dead pid") << false;
        QTest::newRow("pid recycled by another program") << true;
    }
    void recoversFromAStalePidFileAfterACrash()
    {
        QFETCH(bool, pidIsAlive);
        LocalCluster::Options options;
        options.dataDir = dataDir(pidIsAlive ? QStringLiteral("alive") : QStringLiteral("dead"));
        options.durable = false;
        {
            LocalCluster cluster(options);
            QVERIFY(cluster.start());
            QVERIFY(cluster.stop());
        }
        qint64 pid = 0;
        if (pidIsAlive) {
            pid = getpid();
        } else {
            // The pid of a process that has just exited: what a crash leaves behind.
            QProcess p;
            p.start(QStringLiteral("true"), QStringList());
            QVERIFY(p.waitForStarted());
            pid = p.processId();
            QVERIFY(p.waitForFinished());
        }
        QFile pidFile(options.dataDir + QStringLiteral("/postmaster.pid"));
        QVERIFY(pidFile.open(QIODevice::WriteOnly));
        pidFile.write(QByteArray::number(pid) + '\n' + options.dataDir.toUtf8() + "\n1700000000\n5432\n" +
                      options.dataDir.toUtf8() + "\n\n  5432001    32768\nready   \n");
        pidFile.close();

        LocalCluster cluster(options);
        auto started = cluster.start();
        QVERIFY2(started, qPrintable(started.error().message));
        QVERIFY(cluster.isRunning());
        QVERIFY(cluster.stop());
    }

    void wrongRoleIsABadCredentialsError()
    {
        LocalCluster::Options options;
        options.dataDir = dataDir(QStringLiteral("creds"));
        options.durable = false;
        LocalCluster cluster(options);
        QVERIFY(cluster.start());
        auto store = IssueStore::open(cluster.url(QStringLiteral("postgres"), QStringLiteral("nobody_here")));
        QVERIFY(!store);
        QCOMPARE(store.error().code, Error::Code::BadCredentials);
    }
};

QTEST_GUILESS_MAIN(TestLocalCluster)
#include "tst_localcluster.moc"
