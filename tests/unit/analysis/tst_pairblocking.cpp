#include "analysis/pairblocking.h"
#include "issuefactory.h"

#include <QTest>
#include <algorithm>
#include <numeric>

using namespace pegboard;

// Blocking may only skip pairs that cannot be linked: every pair of one type that compare()
// finds alike beyond chance (what clustering links) must be among the candidates.
class TestPairBlocking : public QObject
{
    Q_OBJECT

    // Every linkable pair within the window, checked against the candidates; returns how many.
    static int checkEveryLinkIsACandidate(const Snapshot &s, std::int64_t windowMs, double linkP)
    {
        const PairSimilarity similarity(s);
        const PairBlocking blocking(s, similarity);
        std::vector<std::vector<std::uint32_t>> byType(std::size_t(s.types.size()));
        std::vector<std::uint32_t> order(s.size());
        std::iota(order.begin(), order.end(), 0u);
        std::stable_sort(order.begin(), order.end(),
                         [&](auto a, auto b) { return s.reportedMs[a] < s.reportedMs[b]; });
        for (std::uint32_t row : order)
            if (s.type[row] != StringDictionary::None && s.reportedMs[row] != Snapshot::NoTime)
                byType[s.type[row]].push_back(row);
        int links = 0;
        std::vector<std::uint32_t> candidates;
        for (const auto &rows : byType) {
            const PairBlocking::Index index = blocking.index(rows);
            for (std::size_t x = 0; x < rows.size(); ++x) {
                if (!index.exhaustive())
                    index.candidates(x, rows.size(), windowMs, candidates);
                for (std::size_t y = x + 1; y < rows.size(); ++y) {
                    const std::int64_t dt = s.reportedMs[rows[y]] - s.reportedMs[rows[x]];
                    if (dt > windowMs)
                        break;
                    const auto e = similarity.compare(rows[x], rows[y], dt, windowMs);
                    if (!e.shared || e.logP > std::log(linkP))
                        continue;
                    ++links;
                    if (!index.exhaustive() &&
                        !std::binary_search(candidates.begin(), candidates.end(), std::uint32_t(y))) {
                        qWarning("pair %zu,%zu linked (log p %.2f) but not a candidate", x, y, e.logP);
                        return -1;
                    }
                }
            }
        }
        return links;
    }

private slots:
    void everyLinkIsACandidate_data()
    {
        QTest::addColumn<bool>("withText");
        QTest::addColumn<bool>("sharedContracts");
        QTest::newRow("text") << true << false;
        QTest::newRow("context only") << false << false;
        QTest::newRow("contracts") << false << true;
    }

    void everyLinkIsACandidate()
    {
        QFETCH(bool, withText);
        QFETCH(bool, sharedContracts);
        QList<Issue> issues = test::articleIssues(4000, 11);
        if (sharedContracts)
            for (int i = 0; i < issues.size(); i += 37) // a few contracts that recur in bursts
                issues[i].affectedContracts = {QStringLiteral("0x%1").arg(i / 370, 40, 16, QLatin1Char('0'))};
        const Snapshot s = Snapshot::fromIssues(issues, withText);
        // A long window: many pairs, so a bound that is too tight shows.
        const int links = checkEveryLinkIsACandidate(s, 3 * 86400 * 1000LL, 0.01);
        QVERIFY(links > 0); // there are links to miss
    }

    void candidatesAreFewerThanTheScan()
    {
        const Snapshot s = Snapshot::fromIssues(test::articleIssues(4000, 11), true);
        const PairSimilarity similarity(s);
        const PairBlocking blocking(s, similarity);
        std::vector<std::uint32_t> rows;
        for (std::uint32_t r = 0; r < s.size(); ++r)
            if (s.type[r] == 0 && s.reportedMs[r] != Snapshot::NoTime)
                rows.push_back(r);
        std::stable_sort(rows.begin(), rows.end(),
                         [&](auto a, auto b) { return s.reportedMs[a] < s.reportedMs[b]; });
        const PairBlocking::Index index = blocking.index(rows);
        QVERIFY(!index.exhaustive());
        std::size_t candidates = 0, scanned = 0;
        std::vector<std::uint32_t> out;
        const std::int64_t window = 30 * 86400 * 1000LL;
        for (std::size_t x = 0; x < rows.size(); ++x) {
            index.candidates(x, rows.size(), window, out);
            QVERIFY(std::is_sorted(out.begin(), out.end()));
            QVERIFY(out.empty() || out.front() > x);
            candidates += out.size();
            for (std::size_t y = x + 1;
                 y < rows.size() && s.reportedMs[rows[y]] - s.reportedMs[rows[x]] <= window; ++y)
                ++scanned;
        }
        QVERIFY2(candidates * 2 < scanned,
                 qPrintable(QStringLiteral("%1 of %2").arg(candidates).arg(scanned)));
    }
};

QTEST_GUILESS_MAIN(TestPairBlocking)
#include "tst_pairblocking.moc"
