#include "analysis/rootcauseclusterer.h"
#include "analysis/statistics.h"
#include "domain/issuetype.h"

#include <QRandomGenerator>
#include <QTest>
#include <map>

using namespace pegboard;

class TestRootCauseClusterer : public QObject
{
    Q_OBJECT

    struct Planted
    {
        QList<Issue> issues;
        std::vector<long long> truth; // cause per issue, -1 for background
    };

    // Five causes, each a burst of similar reports (same type, same wording, similar context),
    // over a background of unrelated reports spread across two weeks.
    static Planted planted(quint32 seed)
    {
        QRandomGenerator rng(seed);
        const QDateTime start(QDate(2025, 6, 2), QTime(0, 0), Qt::UTC);
        const QStringList types = IssueType::known();
        const QStringList causes = {QStringLiteral("Chainlink heartbeat missed stale answer"),
                                    QStringLiteral("Curve pool imbalance slippage"),
                                    QStringLiteral("Bridge relayer queue stuck nonce gap"),
                                    QStringLiteral("Rebalancer keeper out of gas"),
                                    QStringLiteral("Liquidation auction bids missing")};
        const QStringList words = {
            QStringLiteral("alert"),  QStringLiteral("check"),    QStringLiteral("ticket"),
            QStringLiteral("review"), QStringLiteral("incident"), QStringLiteral("latency"),
            QStringLiteral("spike"),  QStringLiteral("report"),   QStringLiteral("pending")};
        Planted p;
        for (int c = 0; c < causes.size(); ++c) {
            const QDateTime burst = start.addSecs(qint64(c) * 2 * 86400 + 3600 * 9);
            const double gas = 40 + 50 * c;
            for (int k = 0; k < 20; ++k) {
                Issue i;
                i.issueType = types[c];
                i.reportedAt = burst.addSecs(qint64(rng.bounded(7200)));
                i.title = QStringLiteral("%1 %2").arg(causes[c], words[int(rng.bounded(words.size()))]);
                i.body = causes[c] + QStringLiteral(" observed on node %1").arg(rng.bounded(1000));
                i.context.setGasPriceGwei(gas + rng.bounded(10.0));
                i.context.setPegDeviationBps(c * 10 + rng.bounded(3.0));
                i.estimatedLossUsd = 1000.0 * (k + 1);
                p.issues << i;
                p.truth.push_back(c);
            }
        }
        for (int k = 0; k < 300; ++k) {
            Issue i;
            i.issueType = types[int(rng.bounded(types.size()))];
            i.reportedAt = start.addSecs(qint64(rng.bounded(14 * 86400)));
            i.title = QStringLiteral("%1 %2 %3")
                          .arg(words[int(rng.bounded(words.size()))], words[int(rng.bounded(words.size()))],
                               words[int(rng.bounded(words.size()))]);
            i.context.setGasPriceGwei(10 + rng.bounded(300.0));
            i.context.setPegDeviationBps(rng.bounded(100.0));
            p.issues << i;
            p.truth.push_back(-1);
        }
        return p;
    }

private slots:
    void tokensAndJaccard()
    {
        const auto a = RootCauseClusterer::tokens("Oracle STALE, oracle stale! block 18000777 x");
        QCOMPARE(a.size(),
                 std::size_t(3)); // oracle, stale, block: numbers and one-letter words carry no cause
        const auto b = RootCauseClusterer::tokens("stale oracle feed");
        QVERIFY(qAbs(RootCauseClusterer::jaccard(a, b) - 0.5) < 1e-12);
        QCOMPARE(RootCauseClusterer::jaccard({}, {}), 0.0);
    }

    void recoversPlantedCausesWithHighAdjustedRandIndex()
    {
        const Planted p = planted(17);
        const Snapshot s = Snapshot::fromIssues(p.issues, true);
        const ClusteringResult r = RootCauseClusterer::cluster(s);
        QCOMPARE(r.labels.size(), s.size());
        std::vector<long long> truth, found;
        for (std::size_t i = 0; i < s.size(); ++i)
            if (p.truth[i] >= 0) {
                truth.push_back(p.truth[i]);
                // An unclustered report is its own group, never lumped with the others.
                found.push_back(r.labels[i] >= 0 ? r.labels[i] : -1000 - (long long)i);
            }
        const double ari = Statistics::adjustedRandIndex(truth, found);
        QVERIFY2(ari >= 0.8, qPrintable(QString::number(ari)));

        // Each planted cause is summarised as what it is.
        const RootCauseCluster &first = r.clusters.front();
        QVERIFY(first.rows.size() >= 18 && first.rows.size() <= 25);
        QVERIFY(first.dominantShare > 0.9);
        QVERIFY(first.toMs - first.fromMs <= 2 * 3600 * 1000);
        QVERIFY(!first.representativeTitle.isEmpty());
        double loss = 0;
        for (std::uint32_t row : first.rows)
            loss += std::isnan(s.estimatedLossUsd[row]) ? 0 : s.estimatedLossUsd[row];
        QCOMPARE(first.totalLossUsd, loss);
        // Background reports rarely find a cause to share.
        int clusteredBackground = 0;
        for (std::size_t i = 0; i < s.size(); ++i)
            clusteredBackground += p.truth[i] < 0 && r.labels[i] >= 0;
        QVERIFY2(clusteredBackground < 30, qPrintable(QString::number(clusteredBackground)));
    }

    void aDenseBurstStaysWhole()
    {
        // 2,000 alike reports in one hour: far more than the neighbour cap, none may fall out.
        QList<Issue> issues;
        const QDateTime start(QDate(2025, 6, 4), QTime(14, 0), Qt::UTC);
        for (int k = 0; k < 2000; ++k) {
            Issue i;
            i.issueType = IssueType::OracleFailure;
            i.reportedAt = start.addMSecs(qint64(k) * 1800);
            i.title = QStringLiteral("Chainlink heartbeat missed on the USDC feed");
            i.context.setGasPriceGwei(210);
            issues << i;
        }
        const ClusteringResult r = RootCauseClusterer::cluster(Snapshot::fromIssues(issues, true));
        QCOMPARE(r.clusters.size(), std::size_t(1));
        QCOMPARE(r.clusters.front().rows.size(), std::size_t(2000));
    }

    void aBurstStandsOutOfADenseAlikeBackground()
    {
        // Sixty days of a steady trickle of look-alike reports (14 an hour) and one burst of 300 in
        // half an hour: at this density every ordinary report has look-alikes nearby, so only the
        // burst may form a cluster, not the whole history chained into one.
        QRandomGenerator rng(5);
        const QDateTime start(QDate(2025, 1, 6), QTime(0, 0), Qt::UTC);
        QList<Issue> issues;
        auto report = [&](qint64 ms) {
            Issue i;
            i.issueType = IssueType::OracleFailure;
            i.reportedAt = start.addMSecs(ms);
            i.title = QStringLiteral("Chainlink heartbeat missed on the USDC feed");
            i.context.setGasPriceGwei(40 + rng.bounded(20.0));
            return i;
        };
        for (int k = 0; k < 20000; ++k)
            issues << report(qint64(rng.bounded(60 * 86400)) * 1000);
        const qint64 burst = qint64(30) * 86400 * 1000;
        for (int k = 0; k < 300; ++k)
            issues << report(burst + qint64(rng.bounded(1800)) * 1000);
        const ClusteringResult r = RootCauseClusterer::cluster(Snapshot::fromIssues(issues, true));
        QVERIFY(!r.clusters.empty());
        int burstInLargest = 0, backgroundClustered = 0;
        for (std::uint32_t row : r.clusters.front().rows)
            burstInLargest += row >= 20000;
        for (int i = 0; i < 20000; ++i)
            backgroundClustered += r.labels[std::size_t(i)] >= 0;
        QVERIFY2(burstInLargest >= 290, qPrintable(QString::number(burstInLargest)));
        QVERIFY2(backgroundClustered < 1000, qPrintable(QString::number(backgroundClustered)));
    }

    void exactRepeatsAlwaysJoin()
    {
        // The demo files the same alert every cycle; a failed transaction is reported by two
        // desks under two types. Among a background where every report shares a template title,
        // the repeats group and the template does not chain anything.
        QRandomGenerator rng(11);
        const QDateTime start(QDate(2025, 3, 3), QTime(0, 0), Qt::UTC);
        QList<Issue> issues;
        for (int k = 0; k < 3000; ++k) {
            Issue i;
            i.issueType = IssueType::known()[int(rng.bounded(IssueType::known().size()))];
            i.reportedAt = start.addSecs(qint64(rng.bounded(30 * 86400)));
            i.title = QStringLiteral("Observed by on-call: check dashboard");
            i.symbol = QStringLiteral("USDC");
            i.context.setGasPriceGwei(10 + rng.bounded(300.0));
            i.context.setPegDeviationBps(rng.bounded(60.0) - 30);
            issues << i;
        }
        const qsizetype first = issues.size();
        for (int cycle = 0; cycle < 3; ++cycle) {
            Issue i;
            i.issueType = IssueType::PegDeviation;
            i.reportedAt = start.addSecs(12 * 86400 + cycle * 150);
            i.title = QStringLiteral("INCIDENT: USDC at 0.9747, liquidations starting on Aave");
            i.symbol = QStringLiteral("USDC");
            i.context.setGasPriceGwei(10 + rng.bounded(300.0));
            i.context.setPegDeviationBps(-253);
            issues << i;
        }
        const QString tx = QStringLiteral("0x") + QString(64, QLatin1Char('a'));
        for (const QString &type : {IssueType::ArbitrageFailure, IssueType::LiquidityShortfall}) {
            Issue i;
            i.issueType = type;
            i.reportedAt = start.addSecs(20 * 86400 + (type == IssueType::ArbitrageFailure ? 0 : 3 * 3600));
            i.title = QStringLiteral("settlement reverted");
            i.relatedTxHashes << tx;
            issues << i;
        }
        const ClusteringResult r = RootCauseClusterer::cluster(Snapshot::fromIssues(issues, true));
        const int alert = r.labels[std::size_t(first)];
        QVERIFY(alert >= 0);
        QCOMPARE(r.labels[std::size_t(first + 1)], alert);
        QCOMPARE(r.labels[std::size_t(first + 2)], alert);
        QVERIFY(r.labels[std::size_t(first + 3)] >= 0);
        QCOMPARE(r.labels[std::size_t(first + 4)], r.labels[std::size_t(first + 3)]);
        for (const RootCauseCluster &c : r.clusters)
            if (std::find(c.rows.begin(), c.rows.end(), std::uint32_t(first)) != c.rows.end()) {
                QCOMPARE(c.rows.size(), std::size_t(3));
                QCOMPARE(c.explanation.kind, QStringLiteral("repeats"));
            }
        int clusteredBackground = 0;
        for (qsizetype i = 0; i < first; ++i)
            clusteredBackground += r.labels[std::size_t(i)] >= 0;
        QVERIFY2(clusteredBackground < 30, qPrintable(QString::number(clusteredBackground)));
    }

    void burstsWithoutTextClusterAndShareNothingElseNever()
    {
        // Only the article's columns: two bursts of one type with nearly identical context, and
        // background of every type whose context is random.
        QRandomGenerator rng(23);
        const QDateTime start(QDate(2025, 4, 7), QTime(0, 0), Qt::UTC);
        QList<Issue> issues;
        std::vector<int> truth;
        for (int k = 0; k < 4000; ++k) {
            Issue i;
            i.issueType = IssueType::known()[int(rng.bounded(IssueType::known().size()))];
            i.reportedAt = start.addSecs(qint64(rng.bounded(60 * 86400)));
            i.context.setGasPriceGwei(5 + rng.bounded(300.0));
            i.context.setPegDeviationBps(rng.bounded(100.0) - 50);
            i.context.setVolatilityIndex(rng.bounded(0.4));
            issues << i;
            truth.push_back(-1);
        }
        for (int b = 0; b < 2; ++b)
            for (int k = 0; k < 40; ++k) {
                Issue i;
                i.issueType = IssueType::OracleFailure;
                i.reportedAt = start.addSecs(qint64(15 + 20 * b) * 86400 + qint64(rng.bounded(7200)));
                i.context.setGasPriceGwei(180 + 100 * b + rng.bounded(2.0));
                i.context.setPegDeviationBps(-20 + rng.bounded(0.5));
                i.context.setVolatilityIndex(0.1 + rng.bounded(0.002));
                issues << i;
                truth.push_back(b);
            }
        const ClusteringResult r = RootCauseClusterer::cluster(Snapshot::fromIssues(issues, false));
        for (int b = 0; b < 2; ++b) {
            std::map<int, int> pieces;
            for (std::size_t i = 0; i < truth.size(); ++i)
                if (truth[i] == b && r.labels[i] >= 0)
                    ++pieces[r.labels[i]];
            QVERIFY(!pieces.empty());
            int largest = 0;
            for (const auto &[label, n] : pieces)
                largest = std::max(largest, n);
            QVERIFY2(largest >= 36, qPrintable(QString::number(largest)));
        }
        int backgroundInGroups = 0;
        for (std::size_t i = 0; i < truth.size(); ++i)
            backgroundInGroups += truth[i] < 0 && r.labels[i] >= 0;
        QVERIFY2(backgroundInGroups < 20, qPrintable(QString::number(backgroundInGroups)));
    }

    void worksWithoutTextAndOnEmptyInput()
    {
        QCOMPARE(RootCauseClusterer::cluster(Snapshot{}).clusters.size(), std::size_t(0));
        const Planted p = planted(3);
        const ClusteringResult r = RootCauseClusterer::cluster(Snapshot::fromIssues(p.issues, false));
        QVERIFY(!r.clusters.empty());
        QVERIFY(r.clusters.front().representativeTitle.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRootCauseClusterer)
#include "tst_rootcauseclusterer.moc"
