#include "analysis/pairsimilarity.h"
#include "domain/issuetype.h"

#include <QRandomGenerator>
#include <QTest>
#include <cmath>

using namespace pegboard;

// The evidence between two reports: fields present in both only, template words weightless,
// context judged against what the market gives everyone at that time, one scale for any fields.
class TestPairSimilarity : public QObject
{
    Q_OBJECT

    static Issue report(const QDateTime &at, const QString &title)
    {
        Issue i;
        i.issueType = IssueType::OracleFailure;
        i.reportedAt = at;
        i.title = title;
        return i;
    }

private slots:
    void fisherCombination()
    {
        // One p-value: ln P(Gamma(1) >= s) = -s.
        QVERIFY(qAbs(PairSimilarity::logFisher(1, 3.0) + 3.0) < 1e-12);
        // Two p-values of 0.1: the combined p is 0.01 * (1 - ln 0.01) = 0.0560…
        const double s = -2 * std::log(0.1);
        QVERIFY(qAbs(std::exp(PairSimilarity::logFisher(2, s)) - 0.01 * (1 + s)) < 1e-12);
        QCOMPARE(PairSimilarity::logFisher(0, 5), 0.0);
    }

    void templateWordsWeighNothing()
    {
        // Every report of the type says "Observed by on-call"; two of them also share rarer words.
        const QDateTime start(QDate(2025, 1, 6), QTime(0, 0), Qt::UTC);
        QRandomGenerator rng(3);
        const QStringList words = {QStringLiteral("alpha"), QStringLiteral("beta"),  QStringLiteral("gamma"),
                                   QStringLiteral("delta"), QStringLiteral("omega"), QStringLiteral("sigma"),
                                   QStringLiteral("kappa"), QStringLiteral("theta")};
        QList<Issue> issues;
        for (int k = 0; k < 400; ++k)
            issues << report(start.addSecs(qint64(rng.bounded(30 * 86400))),
                             QStringLiteral("Observed by on-call ") + words[int(rng.bounded(words.size()))]);
        issues << report(start.addSecs(100), QStringLiteral("Observed by on-call medianizer poke reverted"));
        issues << report(start.addSecs(200), QStringLiteral("Observed by on-call medianizer poke reverted"));
        issues << report(start.addSecs(300), QStringLiteral("Observed by on-call"));
        const Snapshot s = Snapshot::fromIssues(issues, true);
        const PairSimilarity similarity(s);
        const auto n = std::uint32_t(issues.size());
        QVERIFY(!similarity.hasText(n - 1)); // nothing but the template: no text evidence at all
        QVERIFY(similarity.textCosine(n - 3, n - 2) > 0.99);
        const PairSimilarity::Evidence alike = similarity.compare(n - 3, n - 2, 100000, 6 * 3600000);
        QVERIFY(alike.shared);
        QVERIFY(alike.surprise[PairSimilarity::Text] > std::log(100.0));
        // Two ordinary reports that share only the template and their type are not alike.
        std::uint32_t a = 0, b = 1;
        while (b < n - 3 && s.titles[b] == s.titles[a])
            ++b;
        const PairSimilarity::Evidence ordinary = similarity.compare(a, b, 600000, 6 * 3600000);
        QVERIFY(!ordinary.shared);
        QVERIFY(ordinary.logP > std::log(0.01));
    }

    void onlyFieldsBothCarryCount()
    {
        // One report with gas only, one with peg only: no context channel between them; with gas
        // in both, the network channel appears.
        const QDateTime at(QDate(2025, 2, 3), QTime(12, 0), Qt::UTC);
        QList<Issue> issues;
        for (int k = 0; k < 3; ++k)
            issues << report(at.addSecs(60 * k), {});
        issues[0].context.setGasPriceGwei(120);
        issues[1].context.setPegDeviationBps(-12);
        issues[2].context.setGasPriceGwei(121);
        const Snapshot s = Snapshot::fromIssues(issues, false);
        const PairSimilarity similarity(s);
        const auto none = similarity.compare(0, 1, 60000, 3600000);
        QVERIFY(std::isnan(none.surprise[PairSimilarity::Network]));
        QVERIFY(std::isnan(none.surprise[PairSimilarity::Price]));
        QVERIFY(std::isnan(none.surprise[PairSimilarity::Text]));
        QVERIFY(!std::isnan(none.surprise[PairSimilarity::Time]));
        const auto gas = similarity.compare(0, 2, 120000, 3600000);
        QVERIFY(!std::isnan(gas.surprise[PairSimilarity::Network]));
    }
};

QTEST_GUILESS_MAIN(TestPairSimilarity)
#include "tst_pairsimilarity.moc"
