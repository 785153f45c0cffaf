#include "pegboardprocess.h"
#include "testcluster.h"

#include <QProcess>
#include <QTest>

using namespace pegboard;

namespace {} // namespace

class TestDbCommand : public QObject
{
    Q_OBJECT
    test::TestCluster m_pg;

private slots:
    void initTestCase() { QVERIFY2(m_pg.start(), qPrintable(m_pg.error())); }

    void versionAndHelpNeedNoDisplay()
    {
        const test::PegboardRun version = test::runPegboard({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QLatin1String("pegboard ")));
        const test::PegboardRun help = test::runPegboard({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QLatin1String("db ")));
        const test::PegboardRun unknown = test::runPegboard({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QLatin1String("frobnicate")));
    }

    void migrateTwiceSecondChangesNothing()
    {
        const QString url = m_pg.freshDatabase(false);
        const test::PegboardRun first =
            test::runPegboard({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), url});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY(first.out.contains(QLatin1String("Applied 0001_issue_store")));
        const test::PegboardRun second =
            test::runPegboard({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), url});
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.contains(QLatin1String("nothing to do")), qPrintable(second.out));
        QVERIFY(!second.out.contains(QLatin1String("Applied")));
        const test::PegboardRun status =
            test::runPegboard({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--db"), url});
        QCOMPARE(status.exitCode, 0);
    }

    void clearErrorsForBadTargets()
    {
        const test::PegboardRun malformed =
            test::runPegboard({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"),
                               QStringLiteral("postgresql://h/db?bogus=1")});
        QCOMPARE(malformed.exitCode, 1);
        QVERIFY2(malformed.err.contains(QLatin1String("Malformed")), qPrintable(malformed.err));
        const test::PegboardRun unreachable =
            test::runPegboard({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"),
                               QStringLiteral("postgresql:///x?host=/nonexistent-pegboard")});
        QCOMPARE(unreachable.exitCode, 1);
        QVERIFY(unreachable.err.contains(QLatin1String("Cannot reach")));

        const QString url = m_pg.freshDatabase();
        m_pg.exec(url,
                  QStringLiteral("INSERT INTO schema_migrations (version, name) VALUES (9999, 'future')"));
        const test::PegboardRun tooNew =
            test::runPegboard({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), url});
        QCOMPARE(tooNew.exitCode, 3);
        QVERIFY(tooNew.err.contains(QLatin1String("newer")));
    }
};

QTEST_GUILESS_MAIN(TestDbCommand)
#include "tst_dbcommand.moc"
