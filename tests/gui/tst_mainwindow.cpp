#include "consolesession.h"
#include "mainwindow.h"

#include <QDir>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace pegboard;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void opensWithThreePerspectivesAndAnEmbeddedStore()
    {
        QTemporaryDir dir(QStringLiteral("/tmp/pgb-XXXXXX"));
        QFile::setPermissions(dir.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeOther);
        ConsoleSession session;
        MainWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.perspectiveCount(), 3);

        QSignalSpy ready(&session, &ConsoleSession::ready);
        QSignalSpy failed(&session, &ConsoleSession::failed);
        session.start({}, dir.path() + QStringLiteral("/cluster"));
        // The GUI keeps processing events while the store comes up off its thread.
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() + failed.count() > 0, 120000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(0).toString()));
        QVERIFY(session.isEmbedded());

        const QString artifacts = qEnvironmentVariable("PEGBOARD_TEST_ARTIFACTS", QDir::tempPath());
        QDir().mkpath(artifacts);
        for (int i = 0; i < window.perspectiveCount(); ++i) {
            window.showPerspective(i);
            QVERIFY(window.grab().save(artifacts + QStringLiteral("/mainwindow-%1.png").arg(i)));
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
