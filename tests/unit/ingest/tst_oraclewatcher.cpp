#include "feeds/jsonrpcadapter.h"
#include "ingest/collectorconfig.h"
#include "ingest/oraclewatcher.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pegboard;

namespace {
const QString Aggregator = QStringLiteral("0x789190466e21a8b78b8027866cbbdc151542a26c");
const QString FixtureTx =
    QStringLiteral("0x1b3c0f7a8d2e4b6c9a0f1e2d3c4b5a6978695a4b3c2d1e0f9a8b7c6d5e4f3a2b");
const qint64 FixtureUpdatedAt = 0x67436a4b;
const QString FixtureRound = QString::number(0x3e8a);

QByteArray fixture()
{
    QFile f(qEnvironmentVariable("PEGBOARD_TEST_DATA") +
            QStringLiteral("/feeds/AnswerUpdated.log.notification.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture AnswerUpdated.log.notification.json");
    return f.readAll();
}

QString word(quint64 value)
{
    return QStringLiteral("0x") + QString::number(value, 16).rightJustified(64, QLatin1Char('0'));
}

// The real fixture with another answer, round and updatedAt, as a node would send the next round.
QByteArray variant(quint64 answer, quint64 round, qint64 updatedAt)
{
    QJsonObject root = QJsonDocument::fromJson(fixture()).object();
    QJsonObject params = root.value(QStringLiteral("params")).toObject();
    QJsonObject log = params.value(QStringLiteral("result")).toObject();
    QJsonArray topics = log.value(QStringLiteral("topics")).toArray();
    topics[1] = word(answer);
    topics[2] = word(round);
    log.insert(QStringLiteral("topics"), topics);
    log.insert(QStringLiteral("data"), word(quint64(updatedAt)));
    params.insert(QStringLiteral("result"), log);
    root.insert(QStringLiteral("params"), params);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}
} // namespace

class TestOracleWatcher : public QObject
{
    Q_OBJECT
    QDateTime m_now;
    std::unique_ptr<OracleWatcher> m_watcher;
    std::unique_ptr<JsonRpcAdapter> m_adapter;
    QList<Issue> m_issues;

    void setUpWatcher(qint64 heartbeatS = 3600, qint64 graceS = 60, double deviationBps = 50)
    {
        OracleAggregator a;
        a.address = Aggregator.toUpper().replace(QStringLiteral("0X"), QStringLiteral("0x"));
        a.symbol = QStringLiteral("USDC");
        a.heartbeatS = heartbeatS;
        a.graceS = graceS;
        a.deviationBps = deviationBps;
        m_issues.clear();
        m_watcher = std::make_unique<OracleWatcher>(QList<OracleAggregator>{a});
        m_watcher->setClock([this] { return m_now; });
        connect(m_watcher.get(), &OracleWatcher::issueRaised, this,
                [this](const Issue &issue) { m_issues.append(issue); });
        m_adapter = std::make_unique<JsonRpcAdapter>();
        m_adapter->addOracle(Aggregator, QStringLiteral("USDC"));
        OracleWatcher *watcher = m_watcher.get();
        m_adapter->setAnswerObserver([watcher](const AnswerUpdatedLog &log) { watcher->observe(log); });
    }

    void feed(const QByteArray &frame)
    {
        const FeedParse parsed = m_adapter->parse(frame);
        QVERIFY2(parsed.hasValue(), parsed ? "" : qPrintable(parsed.error().message));
    }

private slots:
    void init()
    {
        m_now = QDateTime::fromSecsSinceEpoch(FixtureUpdatedAt + 10, Qt::UTC);
        setUpWatcher();
    }

    void adapterExposesRoundAndTransaction()
    {
        AnswerUpdatedLog seen;
        m_adapter->setAnswerObserver([&seen](const AnswerUpdatedLog &log) { seen = log; });
        feed(fixture());
        QCOMPARE(seen.address, Aggregator);
        QCOMPARE(seen.roundId, FixtureRound);
        QCOMPARE(seen.updatedAtS, FixtureUpdatedAt);
        QCOMPARE(seen.transactionHash, FixtureTx);
        QCOMPARE(seen.blockNumber, qint64(0x1431c2a));
        QCOMPARE(seen.rawAnswer, double(0x05f5a5b0));
    }

    void answerWithinThresholdRaisesNothing()
    {
        feed(fixture()); // 0.99984816: 1.5 bps off the peg
        m_watcher->checkStale();
        QVERIFY(m_issues.isEmpty());
    }

    void deviationRaisesOneIssuePerRound()
    {
        feed(variant(97000000, 0x3e8b, FixtureUpdatedAt + 5)); // 0.97: 300 bps, six times the limit
        QCOMPARE(m_issues.size(), 1);
        const Issue &issue = m_issues.first();
        QCOMPARE(issue.issueType, QStringLiteral("oracle_failure"));
        QCOMPARE(issue.source, QStringLiteral("onchain"));
        QCOMPARE(issue.externalId, Aggregator + QStringLiteral(":deviation:") + QString::number(0x3e8b));
        QCOMPARE(issue.severityLevel, 5);
        QCOMPARE(issue.affectedContracts, QStringList{Aggregator});
        QCOMPARE(issue.relatedTxHashes, QStringList{FixtureTx});
        QCOMPARE(issue.symbol, QStringLiteral("USDC"));
        QCOMPARE(issue.reportedAt.toSecsSinceEpoch(), FixtureUpdatedAt + 5);
        QVERIFY2(issue.title.contains(QStringLiteral("0.970000")) &&
                     issue.title.contains(QStringLiteral("300.0")),
                 qPrintable(issue.title));
        QVERIFY(issue.body.contains(Aggregator));
        // The same round again (a replay after reconnecting) is not a second failure.
        feed(variant(97000000, 0x3e8b, FixtureUpdatedAt + 5));
        QCOMPARE(m_issues.size(), 1);
        // A smaller deviation in the next round is its own issue, less severe.
        feed(variant(99300000, 0x3e8c, FixtureUpdatedAt + 6)); // 70 bps: 1.4x the limit
        QCOMPARE(m_issues.size(), 2);
        QCOMPARE(m_issues.last().severityLevel, 3);
        QVERIFY(m_issues.last().externalId.endsWith(QStringLiteral(":deviation:") + QString::number(0x3e8c)));
    }

    void staleRaisedOncePerPeriod()
    {
        setUpWatcher(3600, 60);
        m_watcher->start(60000);
        feed(fixture());
        m_now = QDateTime::fromSecsSinceEpoch(FixtureUpdatedAt + 3660, Qt::UTC); // exactly the limit
        m_watcher->checkStale();
        QVERIFY(m_issues.isEmpty());
        m_now = m_now.addSecs(1);
        m_watcher->checkStale();
        QCOMPARE(m_issues.size(), 1);
        const Issue stale = m_issues.first();
        QCOMPARE(stale.externalId, Aggregator + QStringLiteral(":stale:") + FixtureRound);
        QCOMPARE(stale.issueType, QStringLiteral("oracle_failure"));
        QCOMPARE(stale.severityLevel, 3);
        QCOMPARE(stale.relatedTxHashes, QStringList{FixtureTx});
        QVERIFY2(stale.title.contains(QStringLiteral("3661")), qPrintable(stale.title));
        // Still silent an hour later: the same stale period, not reported again.
        m_now = m_now.addSecs(3600);
        m_watcher->checkStale();
        QCOMPARE(m_issues.size(), 1);
        // The replayed last round (a reconnect) neither resets nor repeats it.
        feed(fixture());
        m_watcher->checkStale();
        QCOMPARE(m_issues.size(), 1);
        // A new round ends the period; silence after it is a new one.
        feed(variant(100000000, 0x3e8b, m_now.toSecsSinceEpoch()));
        m_watcher->checkStale();
        QCOMPARE(m_issues.size(), 1);
        m_now = m_now.addSecs(4 * 3600 + 1);
        m_watcher->checkStale();
        QCOMPARE(m_issues.size(), 2);
        QCOMPARE(m_issues.last().externalId,
                 Aggregator + QStringLiteral(":stale:") + QString::number(0x3e8b));
        QCOMPARE(m_issues.last().severityLevel, 5); // four heartbeats late when first seen
    }

    void replayAfterRestartKeepsTheSameIds()
    {
        // A fresh watcher (a restarted collector) shown the same rounds derives the same ids.
        feed(variant(97000000, 0x3e8b, FixtureUpdatedAt));
        m_now = QDateTime::fromSecsSinceEpoch(FixtureUpdatedAt + 7200, Qt::UTC);
        m_watcher->checkStale();
        QStringList first;
        for (const Issue &i : m_issues)
            first << i.externalId;
        QCOMPARE(first.size(), 2);
        setUpWatcher();
        feed(variant(97000000, 0x3e8b, FixtureUpdatedAt));
        m_watcher->checkStale();
        QStringList second;
        for (const Issue &i : m_issues)
            second << i.externalId;
        QCOMPARE(second, first);
        QVERIFY(m_issues.first().id != QUuid());
    }

    void neverHeardFromIsStaleAfterStart()
    {
        setUpWatcher(60, 0);
        m_watcher->checkStale();
        QVERIFY(m_issues.isEmpty()); // not started: no reference point
        m_watcher->start(60000);
        m_now = m_now.addSecs(61);
        m_watcher->checkStale();
        m_watcher->checkStale();
        QCOMPARE(m_issues.size(), 1);
        QCOMPARE(m_issues.first().externalId, Aggregator + QStringLiteral(":stale:unseen"));
        QVERIFY(m_issues.first().relatedTxHashes.isEmpty());
    }

    void logsOfOtherContractsAreIgnored()
    {
        QByteArray frame = variant(50000000, 7, FixtureUpdatedAt);
        frame.replace(Aggregator.toUtf8(), "0x0000000000000000000000000000000000000001");
        feed(frame);
        QVERIFY(m_issues.isEmpty());
    }

    void configParsesAndRejects()
    {
        const QJsonArray good{QJsonObject{{QStringLiteral("address"), Aggregator},
                                          {QStringLiteral("symbol"), QStringLiteral("USDC")},
                                          {QStringLiteral("heartbeat_s"), 86400},
                                          {QStringLiteral("deviation_bps"), 25}}};
        auto parsed = OracleWatcher::aggregatorsFromJson(good);
        QVERIFY(parsed);
        QCOMPARE(parsed->size(), 1);
        QCOMPARE(parsed->first().heartbeatS, 86400);
        QCOMPARE(parsed->first().deviationBps, 25.0);
        QCOMPARE(parsed->first().decimals, 8);
        QJsonObject bad = good.first().toObject();
        bad.insert(QStringLiteral("address"), QStringLiteral("0x1234"));
        auto refused = OracleWatcher::aggregatorsFromJson(QJsonArray{bad});
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("oracles[0]")),
                 qPrintable(refused.error().message));
        bad = good.first().toObject();
        bad.insert(QStringLiteral("heartbeat_s"), 0);
        QVERIFY(!OracleWatcher::aggregatorsFromJson(QJsonArray{bad}));
        bad = good.first().toObject();
        bad.remove(QStringLiteral("symbol"));
        QVERIFY(!OracleWatcher::aggregatorsFromJson(QJsonArray{bad}));

        CollectorConfig config;
        QVERIFY(config.setChainRpc(QStringLiteral("ws://127.0.0.1:8546|wss://rpc.example.org/ws")));
        QCOMPARE(config.chainRpcUrls.size(), 2);
        QVERIFY(!config.setChainRpc(QStringLiteral("http://127.0.0.1:8545")));
        QVERIFY(!config.setChainRpc(QStringLiteral("|")));
    }
};

QTEST_GUILESS_MAIN(TestOracleWatcher)
#include "tst_oraclewatcher.moc"
