#include "analysis/analysispipeline.h"
#include "dataset/livedataset.h"
#include "issuefactory.h"
#include "store/issuestore.h"
#include "testcluster.h"

#include <QTest>
#include <algorithm>
#include <set>

using namespace pegboard;

// The staged pipeline (previewReports): what it hands on early, and that staging changes no result.
class TestAnalysisPipeline : public QObject
{
    Q_OBJECT
    test::TestCluster m_pg;
    QString m_url;

    static std::set<std::set<QUuid>> members(const AnalysisPipeline::Run &run)
    {
        std::set<std::set<QUuid>> out;
        for (const RootCauseCluster &c : run.report.clustering.clusters) {
            std::set<QUuid> ids;
            for (std::uint32_t row : c.rows)
                ids.insert(run.snapshot->ids[row]);
            out.insert(ids);
        }
        return out;
    }

    static std::vector<std::uint64_t> cellCounts(const HeatmapResult &h)
    {
        std::vector<std::uint64_t> out;
        for (const HeatmapCell &cell : h.cells)
            out.push_back(std::uint64_t(cell.count));
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
        m_url = m_pg.freshDatabase();
        auto store = IssueStore::open(m_url);
        QVERIFY(store);
        QVERIFY((*store)->insert(test::articleIssues(3000, 7)));
    }

    void stagedRunHandsOnTheNewestThenTheWholeWindow()
    {
        LiveDataset data(m_url);
        AnalysisPipeline::Options options;
        options.predictor = false;
        options.previewReports = 800;
        options.maxClusteredReports = 800;
        std::vector<AnalysisPipeline::Run> parts;
        options.partial = [&parts](AnalysisPipeline::Run part) { parts.push_back(std::move(part)); };
        auto run = AnalysisPipeline::run(data, options);
        QVERIFY2(run, qPrintable(run.error().message));

        QCOMPARE(parts.size(), std::size_t(2));
        // First the newest 800, with their text; nothing older is among them.
        const Snapshot &preview = *parts[0].snapshot;
        QCOMPARE(preview.size(), std::size_t(800));
        QVERIFY(preview.hasText);
        QCOMPARE(parts[0].report.issues, std::size_t(800));
        QVERIFY(!parts[0].report.heatmap.cells.empty());
        std::vector<std::int64_t> times = run->snapshot->reportedMs;
        std::sort(times.rbegin(), times.rend());
        const std::int64_t oldestOfNewest = times[799];
        QVERIFY(*std::min_element(preview.reportedMs.begin(), preview.reportedMs.end()) >= oldestOfNewest);
        // Then the whole window, read without text: the final heatmap is that one.
        QCOMPARE(parts[1].snapshot->size(), std::size_t(3000));
        QVERIFY(!parts[1].snapshot->hasText);
        QCOMPARE(parts[1].snapshot.get(), run->snapshot.get());
        QCOMPARE(cellCounts(parts[1].report.heatmap), cellCounts(run->report.heatmap));
        QCOMPARE(parts[1].report.findings.size(), run->report.findings.size());
        // Early parts carry no clusters; the final run does, as rows of its own snapshot.
        QVERIFY(parts[0].report.clustering.clusters.empty());
        QVERIFY(!run->report.clustering.clusters.empty());
        for (const RootCauseCluster &c : run->report.clustering.clusters)
            for (std::uint32_t row : c.rows) {
                QVERIFY(row < run->snapshot->size());
                QVERIFY(run->snapshot->reportedMs[row] >= oldestOfNewest);
            }
    }

    void stagingChangesNoResult()
    {
        AnalysisPipeline::Options plain;
        plain.predictor = false;
        plain.maxClusteredReports = 800;
        LiveDataset first(m_url);
        auto once = AnalysisPipeline::run(first, plain);
        QVERIFY2(once, qPrintable(once.error().message));
        QVERIFY(once->snapshot->hasText);

        AnalysisPipeline::Options staged = plain;
        staged.previewReports = 800;
        LiveDataset second(m_url);
        auto twice = AnalysisPipeline::run(second, staged);
        QVERIFY2(twice, qPrintable(twice.error().message));
        QCOMPARE(members(*twice), members(*once));
        QCOMPARE(cellCounts(twice->report.heatmap), cellCounts(once->report.heatmap));
        QCOMPARE(twice->report.findings.size(), once->report.findings.size());
    }

    void windowSmallerThanThePreviewIsReadOnce()
    {
        LiveDataset data(m_url);
        AnalysisPipeline::Options options;
        options.predictor = false;
        options.previewReports = 5000;
        int parts = 0;
        options.partial = [&parts](AnalysisPipeline::Run) { ++parts; };
        auto run = AnalysisPipeline::run(data, options);
        QVERIFY2(run, qPrintable(run.error().message));
        QCOMPARE(parts, 1); // the heatmap and findings, before the slower stages
        QCOMPARE(run->snapshot->size(), std::size_t(3000));
        QVERIFY(run->snapshot->hasText);
    }
};

QTEST_GUILESS_MAIN(TestAnalysisPipeline)
#include "tst_analysispipeline.moc"
