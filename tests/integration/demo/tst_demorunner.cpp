#include "console/feedservice.h"
#include "demo/demorunner.h"
#include "demo/scenarioreporter.h"
#include "store/issuestore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <csignal>
#include <pqxx/pqxx>

using namespace pegboard;

namespace {
qint64 scalar(const QString &url, const char *sql)
{
    pqxx::connection c(url.toStdString());
    return pqxx::nontransaction(c).exec1(sql)[0].as<qint64>();
}

bool processAlive(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
}
} // namespace

class TestDemoRunner : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void startsEverythingAndStopsCleanly();
    void secondStartKeepsTheHistory();
    void collectorThatCannotStartFailsAndCleansUp();

private:
    DemoOptions smallOptions() const;
    QTemporaryDir m_dir{QStringLiteral("/tmp/pgb-demo-XXXXXX")};
};

void TestDemoRunner::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // When tests run as root the server runs as postgres, which must be able to enter the dir.
    QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                            QFile::ExeGroup | QFile::ExeOther);
    QVERIFY2(!qEnvironmentVariable("PEGBOARD_BIN").isEmpty(),
             "PEGBOARD_BIN must point at the pegboard binary");
}

DemoOptions TestDemoRunner::smallOptions() const
{
    DemoOptions options;
    options.issues = 500;
    options.days = 3;
    options.speed = 60; // the whole depeg and recovery in about 15 s
    options.collectorBinary = qEnvironmentVariable("PEGBOARD_BIN");
    return options;
}

void TestDemoRunner::startsEverythingAndStopsCleanly()
{
    DemoRunner runner;
    QSignalSpy ready(&runner, &DemoRunner::ready);
    QSignalSpy failed(&runner, &DemoRunner::failed);
    QSignalSpy progress(&runner, &DemoRunner::progress);
    runner.start(m_dir.path(), smallOptions());
    // start() returns before any of the slow work: nothing is ready yet.
    QVERIFY(!runner.isReady());
    QVERIFY2(ready.wait(180000),
             qPrintable(failed.isEmpty() ? QStringLiteral("timeout") : failed.first().first().toString()));
    QVERIFY(failed.isEmpty());
    QVERIFY(progress.size() >= 3);
    QCOMPARE(progress.last().at(1).toInt(), 100);

    const DemoEndpoints endpoints = runner.endpoints();
    QCOMPARE(ready.first().first().value<DemoEndpoints>().feedSpec, endpoints.feedSpec);
    QCOMPARE(runner.generatedReports(), 500);
    QCOMPARE(scalar(endpoints.storeUrl,
                    "SELECT count(*) FROM stablecoin_issues WHERE external_id NOT LIKE 'demo:%'"),
             500);

    // The feed spec is one the console accepts, and it streams prices.
    const auto feed = FeedService::parse(endpoints.feedSpec);
    QVERIFY(feed.has_value());
    QWebSocket socket;
    QSignalSpy frames(&socket, &QWebSocket::textMessageReceived);
    socket.open(QUrl(feed->url));
    QTRY_VERIFY_WITH_TIMEOUT(frames.size() >= 3, 10000);
    bool sawPrice = false;
    for (const auto &frame : frames) {
        const QJsonObject line = QJsonDocument::fromJson(frame.first().toString().toUtf8()).object();
        sawPrice |= line.value(QStringLiteral("feed")).toString() == QLatin1String("price") &&
                    line.value(QStringLiteral("price")).toDouble() > 0.5;
    }
    QVERIFY(sawPrice);

    // The depeg's burst and the recovery note go through the real collector into the store.
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(endpoints.storeUrl, "SELECT count(*) FROM stablecoin_issues WHERE external_id LIKE 'demo:%'"),
        8, 90000);
    // Every report was answered 202 (durable) by the collector, none refused.
    QTRY_COMPARE_WITH_TIMEOUT(runner.reporter()->accepted(), 8, 10000);
    QCOMPARE(runner.reporter()->posted(), 8);
    QCOMPARE(
        scalar(endpoints.storeUrl,
               "SELECT count(DISTINCT issue_type) FROM stablecoin_issues WHERE external_id LIKE 'demo:%'"),
        3);
    QCOMPARE(
        scalar(endpoints.storeUrl,
               "SELECT count(*) FROM stablecoin_issues WHERE external_id LIKE 'demo:%' AND symbol = 'USDC' "
               "AND source = 'ingest'"),
        8);

    // Real time: at 60× the scenario runs an hour ahead within a minute, yet every stored time
    // is the wall clock — no report is dated after it was received, or after now.
    QCOMPARE(scalar(endpoints.storeUrl,
                    "SELECT count(*) FROM stablecoin_issues WHERE external_id LIKE 'demo:%' AND "
                    "(reported_timestamp > received_at + interval '2 seconds' OR reported_timestamp > now() "
                    "OR reported_timestamp < now() - interval '10 minutes')"),
             0);

    const qint64 pid = runner.collectorPid();
    QVERIFY(processAlive(pid));
    runner.stop();
    QVERIFY(!processAlive(pid));
    QCOMPARE(runner.collectorPid(), 0);
    auto reopened = IssueStore::open(endpoints.storeUrl);
    QVERIFY(!reopened);
    QCOMPARE(reopened.error().code, Error::Code::Unreachable);
    runner.stop(); // idempotent
    QVERIFY(failed.isEmpty());
}

void TestDemoRunner::secondStartKeepsTheHistory()
{
    DemoRunner runner;
    QSignalSpy ready(&runner, &DemoRunner::ready);
    QSignalSpy failed(&runner, &DemoRunner::failed);
    runner.start(m_dir.path(), smallOptions());
    QVERIFY2(ready.wait(120000),
             qPrintable(failed.isEmpty() ? QStringLiteral("timeout") : failed.first().first().toString()));
    QCOMPARE(runner.generatedReports(), 0);
    QCOMPARE(scalar(runner.endpoints().storeUrl,
                    "SELECT count(*) FROM stablecoin_issues WHERE external_id NOT LIKE 'demo:%'"),
             500);
    const QString url = runner.endpoints().storeUrl;
    // The destructor's stop() is the same as an explicit one; do it explicitly to check the result.
    runner.stop();
    QVERIFY(!IssueStore::open(url));
}

void TestDemoRunner::collectorThatCannotStartFailsAndCleansUp()
{
    DemoRunner runner;
    QSignalSpy ready(&runner, &DemoRunner::ready);
    QSignalSpy failed(&runner, &DemoRunner::failed);
    DemoOptions options = smallOptions();
    options.collectorBinary = m_dir.filePath(QStringLiteral("no-such-pegboard"));
    runner.start(m_dir.path(), options);
    QVERIFY(failed.wait(120000));
    QVERIFY(ready.isEmpty());
    QVERIFY(failed.first().first().toString().contains(QLatin1String("collector")));
    QVERIFY(!runner.isReady());
    QCOMPARE(runner.collectorPid(), 0);
    QVERIFY(!runner.endpoints().storeUrl.isEmpty());
    QVERIFY(!IssueStore::open(runner.endpoints().storeUrl));
}

QTEST_MAIN(TestDemoRunner)
#include "tst_demorunner.moc"
