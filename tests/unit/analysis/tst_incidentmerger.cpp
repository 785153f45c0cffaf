#include "analysis/incidentmerger.h"
#include "analysis/rootcauseclusterer.h"

#include <QRandomGenerator>
#include <QTest>

using namespace pegboard;

// IncidentMerger on hand-labelled groups: what joins, and what must stay apart.
class TestIncidentMerger : public QObject
{
    Q_OBJECT

    QDateTime m_start{QDate(2025, 6, 2), QTime(0, 0), Qt::UTC};
    QRandomGenerator m_rng{7};

    Issue report(const QString &type, const QString &symbol, qint64 minute, const QString &contract = {})
    {
        Issue i;
        i.issueType = type;
        i.symbol = symbol;
        i.reportedAt = m_start.addSecs(minute * 60);
        if (!contract.isEmpty())
            i.affectedContracts << contract;
        return i;
    }

    // A month of unrelated reports, every coin and type, none in a group.
    void background(QList<Issue> &issues, std::vector<int> &labels)
    {
        const QStringList coins = {QStringLiteral("USDC"), QStringLiteral("DAI"), QStringLiteral("FRAX"),
                                   QStringLiteral("USDT")};
        const QStringList types = {QStringLiteral("peg_deviation"), QStringLiteral("oracle_failure"),
                                   QStringLiteral("arbitrage_failure"), QStringLiteral("bridge_delay")};
        for (int k = 0; k < 2000; ++k) {
            issues << report(types[int(m_rng.bounded(4))], coins[int(m_rng.bounded(4))],
                             m_rng.bounded(30 * 1440), QStringLiteral("0xpool%1").arg(m_rng.bounded(3)));
            labels.push_back(-1);
        }
    }

    static int labelOf(const std::vector<int> &labels, int from, int to)
    {
        for (int i = from + 1; i < to; ++i)
            if (labels[std::size_t(i)] != labels[std::size_t(from)])
                return -2;
        return labels[std::size_t(from)];
    }

private slots:
    void oneCoinsBurstsOfEveryTypeAreOneIncident()
    {
        QList<Issue> issues;
        std::vector<int> labels;
        background(issues, labels);
        const qint64 day = 10 * 1440;
        auto group = [&](const QString &type, const QString &coin, int n, int fromMin, int spanMin, int id) {
            const int first = int(issues.size());
            for (int k = 0; k < n; ++k) {
                issues << report(type, coin, day + fromMin + k * spanMin / n);
                labels.push_back(id);
            }
            return first;
        };
        const int peg = group(QStringLiteral("peg_deviation"), QStringLiteral("FRAX"), 40, 600, 240, 0);
        const int arb = group(QStringLiteral("arbitrage_failure"), QStringLiteral("FRAX"), 30, 630, 150, 1);
        const int oracle = group(QStringLiteral("oracle_failure"), QStringLiteral("FRAX"), 8, 660, 60, 2);
        const int dai = group(QStringLiteral("peg_deviation"), QStringLiteral("DAI"), 40, 600, 240, 3);
        issues << report(QStringLiteral("bridge_delay"), QStringLiteral("FRAX"), day + 720);
        issues << report(QStringLiteral("bridge_delay"), QStringLiteral("USDT"), day + 720);
        labels.push_back(-1);
        labels.push_back(-1);
        const int lone = int(issues.size()) - 2;

        const Snapshot s = Snapshot::fromIssues(issues, true);
        const int groups = IncidentMerger::merge(s, labels);
        QCOMPARE(groups, 2); // FRAX's incident and DAI's
        const int frax = labelOf(labels, peg, peg + 40);
        QVERIFY(frax >= 0);
        QCOMPARE(labelOf(labels, arb, arb + 30), frax);
        QCOMPARE(labelOf(labels, oracle, oracle + 8), frax);
        QCOMPARE(labels[std::size_t(lone)], frax); // a FRAX report while FRAX's incident runs
        QVERIFY(labelOf(labels, dai, dai + 40) >= 0);
        QVERIFY(labelOf(labels, dai, dai + 40) != frax);
        QCOMPARE(labels[std::size_t(lone + 1)], -1); // another coin's report stays alone
        // Background reports join only their own coin's incident, and only while it runs.
        for (int i = 0; i < 2000; ++i) {
            const int label = labels[std::size_t(i)];
            if (label < 0)
                continue;
            const qint64 minute = m_start.secsTo(issues[i].reportedAt) / 60;
            QVERIFY(minute >= day + 600 - 30 && minute <= day + 840 + 30);
            QCOMPARE(issues[i].symbol, label == frax ? QStringLiteral("FRAX") : QStringLiteral("DAI"));
        }
    }

    void aTrickleOfSmallGroupsNeverChains()
    {
        QList<Issue> issues;
        std::vector<int> labels;
        background(issues, labels);
        // Thirty small groups on one coin, one every day: each is as common as the coin's reports.
        for (int g = 0; g < 30; ++g)
            for (int k = 0; k < 3; ++k) {
                issues << report(QStringLiteral("oracle_failure"), QStringLiteral("USDC"),
                                 qint64(g) * 1440 + k * 200);
                labels.push_back(g);
            }
        const Snapshot s = Snapshot::fromIssues(issues, true);
        QCOMPARE(IncidentMerger::merge(s, labels), 30);
        for (int i = 0; i < 2000; ++i)
            QCOMPARE(labels[std::size_t(i)], -1);
    }

    void aContractNamedByBugReportsJoinsThemAcrossDays()
    {
        QList<Issue> issues;
        std::vector<int> labels;
        background(issues, labels);
        const int first = int(issues.size());
        for (int k = 0; k < 6; ++k) {
            issues << report(QStringLiteral("smart_contract_bug"), QStringLiteral("USDC"), 1440 + k * 900,
                             QStringLiteral("0xBUG"));
            labels.push_back(k % 2 ? -1 : 100 + k); // some sat in unrelated groups
        }
        // The same contract named again after two silent weeks: a new incident.
        for (int k = 0; k < 3; ++k) {
            issues << report(QStringLiteral("smart_contract_bug"), QStringLiteral("USDC"),
                             1440 + 5 * 900 + 14 * 1440 + k * 60, QStringLiteral("0xbug"));
            labels.push_back(-1);
        }
        // Bug reports naming a pool every kind of report names are not linked by it.
        const int pool = int(issues.size());
        for (int k = 0; k < 5; ++k) {
            issues << report(QStringLiteral("smart_contract_bug"), QStringLiteral("DAI"), 3000 + k * 900,
                             QStringLiteral("0xpool1"));
            labels.push_back(-1);
        }
        const Snapshot s = Snapshot::fromIssues(issues, true);
        IncidentMerger::merge(s, labels);
        const int bug = labelOf(labels, first, first + 6);
        QVERIFY(bug >= 0);
        const int again = labelOf(labels, first + 6, first + 9);
        QVERIFY(again >= 0);
        QVERIFY(again != bug);
        for (int i = pool; i < pool + 5; ++i)
            QCOMPARE(labels[std::size_t(i)], -1);
    }

    void twoCoinsOffTheirPegAreTwoIncidents()
    {
        // Alike reports at the same time: one cause while the coins hold their peg (a gas surge
        // stalls every oracle), two while each coin is sliding on its own, and always two for
        // peg deviation reports, which are about their own coin whatever the size.
        struct Case
        {
            const char *type;
            double deviation;
            std::size_t clusters;
        };
        for (const Case &c : {Case{"oracle_failure", -2.0, 1}, Case{"oracle_failure", -150.0, 2},
                              Case{"peg_deviation", -2.0, 2}}) {
            QList<Issue> issues;
            for (int k = 0; k < 40; ++k) {
                Issue i = report(QString::fromLatin1(c.type),
                                 k % 2 ? QStringLiteral("DAI") : QStringLiteral("FRAX"), 600 + k);
                i.title = QStringLiteral("price feed stale during the surge");
                i.context.setPegDeviationBps(c.deviation);
                i.context.setGasPriceGwei(220);
                issues << i;
            }
            RootCauseClusterer::Options o;
            o.mergeIncidents = false;
            const ClusteringResult r = RootCauseClusterer::cluster(Snapshot::fromIssues(issues, true), o);
            QVERIFY2(r.clusters.size() == c.clusters, c.type);
        }
    }
};

QTEST_GUILESS_MAIN(TestIncidentMerger)
#include "tst_incidentmerger.moc"
