#include "console/consolecontroller.h"
#include "issuefactory.h"
#include "itemmodels/issuetablemodel.h"
#include "pegboardprocess.h"
#include "standbycluster.h"
#include "store/changelistener.h"
#include "store/issuestore.h"
#include "store/storeworker.h"
#include "testcluster.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <pqxx/pqxx>

using namespace pegboard;

namespace {
quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

qint64 scalar(const QString &url, const char *sql)
{
    pqxx::connection c(url.toStdString());
    return pqxx::nontransaction(c).exec1(sql)[0].as<qint64>();
}
} // namespace

// Consoles on read replicas, against a real primary and a real streaming hot standby
// (pg_basebackup -R) on this machine: live updates without LISTEN, writes through the primary,
// analysis on the standby, and a collector on a multi-host URL through the standby's promotion.
class TestStandby : public QObject
{
    Q_OBJECT
    test::TestCluster m_pg;
    std::unique_ptr<test::StandbyCluster> m_standby;
    QString m_primaryUrl;
    QString m_standbyUrl;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
        m_primaryUrl = m_pg.freshDatabase();
        m_standby = std::make_unique<test::StandbyCluster>(m_pg);
        QVERIFY2(m_standby->start(), qPrintable(m_standby->error()));
        // Synchronous, so that a report the primary committed is on the standby when it is promoted.
        QVERIFY2(m_standby->makeSynchronous(), qPrintable(m_standby->error()));
        m_standbyUrl = m_standby->url(QUrl(m_primaryUrl).path().mid(1));
        QVERIFY2(m_standby->waitForReplay(), qPrintable(m_standby->error()));
        QVERIFY(m_standby->isInRecovery());
    }

    void theStandbyRefusesListen()
    {
        pqxx::connection c(m_standbyUrl.toStdString());
        pqxx::nontransaction tx(c);
        QVERIFY_THROWS_EXCEPTION(pqxx::sql_error, tx.exec("LISTEN pegboard_issues"));
    }

    void consoleOnTheStandbySeesReportsInsertedOnThePrimary()
    {
        // As a console login would: a member of pegboard_console, which only reads.
        m_pg.loginAs(m_primaryUrl, QStringLiteral("alice"), QStringLiteral("pegboard_console"));
        QVERIFY(m_standby->waitForReplay());
        const QString aliceOnStandby =
            QString(m_standbyUrl).replace(QStringLiteral("user=pegboard"), QStringLiteral("user=alice"));
        QVERIFY(aliceOnStandby.contains(QLatin1String("user=alice")));
        ConsoleController console;
        QSignalSpy status(&console, &ConsoleController::statusMessage);
        QSignalSpy loaded(&console, &ConsoleController::issuesLoaded);
        console.connectTo(aliceOnStandby);
        QTRY_VERIFY_WITH_TIMEOUT(console.isConnected(), 15000);
        QTRY_VERIFY(loaded.count() >= 1);
        // Told once that it polls, and why.
        QTRY_COMPARE(status.count(), 1);
        QVERIFY2(status.first().first().toString().contains(QLatin1String("standby")),
                 qPrintable(status.first().first().toString()));

        auto primary = IssueStore::open(m_primaryUrl);
        QVERIFY(primary);
        qint64 worstMs = 0;
        for (int round = 0; round < 3; ++round) {
            const int before = console.issues()->rowCount();
            QElapsedTimer seen;
            seen.start();
            QVERIFY((*primary)->insert(test::articleIssues(4, 1000 * (round + 1))));
            QTRY_COMPARE_WITH_TIMEOUT(console.issues()->rowCount(), before + 4, 3000);
            worstMs = std::max(worstMs, seen.elapsed());
        }
        qInfo("standby console saw the primary's reports after at most %lld ms (3 rounds)", worstMs);
        QVERIFY(worstMs <= 3000);

        // Quiet afterwards: no error loop, no repeated notices while nothing happens.
        QElapsedTimer quiet;
        quiet.start();
        QTRY_VERIFY_WITH_TIMEOUT(quiet.elapsed() >= 2500, 5000);
        QCOMPARE(status.count(), 1);
    }

    void auditedChangesOnThePrimaryReachTheStandby()
    {
        auto primary = IssueStore::open(m_primaryUrl);
        QVERIFY((*primary)->insert(test::articleIssues(1, 7000)));
        const QUuid id = test::articleIssues(1, 7000).first().id;
        ChangeListener listener(m_standbyUrl);
        QSignalSpy changed(&listener, &ChangeListener::issueChanged);
        QSignalSpy polling(&listener, &ChangeListener::pollingInstead);
        listener.start();
        QTRY_VERIFY_WITH_TIMEOUT(listener.isConnected(), 15000);
        QVERIFY(listener.isPolling());
        QCOMPARE(polling.count(), 1);
        QVERIFY((*primary)->acknowledge(id, QStringLiteral("seen from the primary")));
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 3000);
        QCOMPARE(changed.first().first().toUuid(), id);
    }

    void aLostStandbyIsReportedOnceAndPollingResumes()
    {
        ChangeListener listener(m_standbyUrl);
        QSignalSpy lost(&listener, &ChangeListener::connectionLost);
        QSignalSpy restored(&listener, &ChangeListener::connectionRestored);
        QSignalSpy polling(&listener, &ChangeListener::pollingInstead);
        QSignalSpy inserted(&listener, &ChangeListener::issuesInserted);
        listener.start();
        QTRY_VERIFY_WITH_TIMEOUT(listener.isConnected() && listener.isPolling(), 15000);

        QVERIFY(m_standby->cluster().kill());
        QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 5000);
        QVERIFY(!listener.isConnected());
        // Several reconnect attempts fail meanwhile (backoff 250 ms, 500 ms, 1 s, 2 s…): still one notice.
        QElapsedTimer down;
        down.start();
        QTRY_VERIFY_WITH_TIMEOUT(down.elapsed() >= 4000, 6000);
        QCOMPARE(lost.count(), 1);

        QVERIFY(m_standby->cluster().start());
        QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 20000);
        QVERIFY(listener.isPolling());
        QCOMPARE(polling.count(), 1); // told once per listener, not once per connection

        auto primary = IssueStore::open(m_primaryUrl);
        QVERIFY((*primary)->insert(test::articleIssues(3, 9000)));
        QTRY_VERIFY_WITH_TIMEOUT(!inserted.isEmpty(), 3000);
        QCOMPARE(inserted.first().first().toLongLong(), 3);
    }

    void writesFromTheStandbyGoToThePrimaryOrSayWhyNot()
    {
        auto primary = IssueStore::open(m_primaryUrl);
        QVERIFY((*primary)->insert(test::articleIssues(2, 8000)));
        const QList<Issue> issues = test::articleIssues(2, 8000);
        QVERIFY(m_standby->waitForReplay());

        StoreWorker worker;
        QSignalSpy finished(&worker, &StoreWorker::actionFinished);
        worker.open(m_standbyUrl);
        // No write URL: refused, with the reason and the remedy.
        worker.acknowledge(issues[0].id, {});
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(2).toBool(), false);
        const QString why = finished.first().at(3).toString();
        QVERIFY2(why.contains(QLatin1String("standby")) && why.contains(QLatin1String("write URL")),
                 qPrintable(why));

        // With the primary as the write URL: done, and visible on the standby.
        worker.setWriteUrl(m_primaryUrl);
        worker.acknowledge(issues[0].id, QStringLiteral("from a standby console"));
        worker.annotate(issues[1].id, QStringLiteral("a note from a standby console"));
        QCOMPARE(finished.count(), 3);
        QVERIFY2(finished.at(1).at(2).toBool(), qPrintable(finished.at(1).at(3).toString()));
        QVERIFY2(finished.at(2).at(2).toBool(), qPrintable(finished.at(2).at(3).toString()));
        QVERIFY(m_standby->waitForReplay());
        QCOMPARE(scalar(m_standbyUrl,
                        "SELECT count(*) FROM annotations WHERE body = 'a note from a standby console'"),
                 qint64(1));
        QCOMPARE(
            scalar(m_standbyUrl, "SELECT count(*) FROM stablecoin_issues WHERE acknowledged_at IS NOT NULL "
                                 "AND id IN (SELECT issue_id FROM audit_log)"),
            scalar(m_primaryUrl, "SELECT count(*) FROM stablecoin_issues WHERE acknowledged_at IS NOT NULL "
                                 "AND id IN (SELECT issue_id FROM audit_log)"));
    }

    void analyzeRunsOnTheStandby()
    {
        const auto run = test::runPegboard({QStringLiteral("analyze"), QStringLiteral("--db"), m_standbyUrl,
                                            QStringLiteral("--from"), QStringLiteral("2025-01-01T00:00:00Z"),
                                            QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY2(o.contains(QLatin1String("heatmap")), qPrintable(run.out.left(400)));
    }

    // Last: it promotes the standby.
    void collectorOnAMultiHostUrlSurvivesPromotion()
    {
        QTemporaryDir dir;
        const QString db = QUrl(m_primaryUrl).path().mid(1);
        // Both servers, primary first; read-write picks whichever is the primary now.
        const QString multiHost = QStringLiteral("postgresql:///%1?host=%2,%3&user=pegboard"
                                                 "&target_session_attrs=read-write&connect_timeout=2")
                                      .arg(db, m_pg.cluster().socketDir(), m_standby->cluster().socketDir());
        const quint16 port = freePort();
        QProcess collector;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PEGBOARD_INGEST_TOKEN"), QStringLiteral("standby-test-token"));
        collector.setProcessEnvironment(env);
        collector.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        collector.start(qEnvironmentVariable("PEGBOARD_BIN"),
                        {QStringLiteral("collect"), QStringLiteral("--db"), multiHost,
                         QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                         QStringLiteral("--spool"), dir.path()});
        QVERIFY(collector.waitForStarted(10000));
        QByteArray output;
        while (!output.contains("Listening on") && collector.waitForReadyRead(20000))
            output += collector.readAllStandardOutput();
        QVERIFY2(output.contains("Listening on"), output.constData());

        // A console's listener on the standby polls now, and LISTENs once the standby is promoted.
        ChangeListener listener(m_standbyUrl);
        listener.start();
        QTRY_VERIFY_WITH_TIMEOUT(listener.isConnected() && listener.isPolling(), 15000);

        const qint64 before = scalar(m_primaryUrl, "SELECT count(*) FROM stablecoin_issues");
        QNetworkAccessManager nam;
        const int total = 300;
        int acknowledged = 0;
        bool promoted = false;
        for (int i = 0; i < total; ++i) {
            if (i == total / 3) {
                // The primary dies mid-stream; the standby takes over.
                QVERIFY(m_pg.cluster().kill());
                QVERIFY2(m_standby->promote(), qPrintable(m_standby->error()));
                promoted = true;
            }
            QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/ingest").arg(port)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setRawHeader("X-Pegboard-Token", "standby-test-token");
            const QByteArray body =
                QJsonDocument(
                    QJsonObject{{QStringLiteral("title"), QStringLiteral("USDC depeg %1").arg(i)},
                                {QStringLiteral("external_id"), QStringLiteral("failover-%1").arg(i)},
                                {QStringLiteral("severity"), 1 + i % 5}})
                    .toJson(QJsonDocument::Compact);
            QNetworkReply *reply = nam.post(request, body);
            QSignalSpy done(reply, &QNetworkReply::finished);
            QVERIFY(done.wait(30000));
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 202)
                ++acknowledged;
            reply->deleteLater();
        }
        QVERIFY(promoted);
        QCOMPARE(acknowledged, total);
        QVERIFY(!m_standby->isInRecovery());
        QTRY_VERIFY_WITH_TIMEOUT(listener.isConnected() && !listener.isPolling(), 5000);
        // Everything acknowledged is stored, once, on the promoted standby.
        QTRY_COMPARE_WITH_TIMEOUT(scalar(m_standbyUrl, "SELECT count(*) FROM stablecoin_issues "
                                                       "WHERE external_id LIKE 'failover-%'"),
                                  qint64(acknowledged), 60000);
        QVERIFY(scalar(m_standbyUrl, "SELECT count(*) FROM stablecoin_issues") == before + acknowledged);
        collector.terminate();
        QVERIFY(collector.waitForFinished(20000));
        QCOMPARE(collector.exitCode(), 0);
    }
};

QTEST_MAIN(TestStandby)
#include "tst_standby.moc"
