// One number format per locale: the formatter itself, and what reaches the user through it (the peg
// chart's title, heatmap cells, pattern sentences, money axes) in German has no '.' decimals.
#include "analysis/correlationheatmap.h"
#include "analysis/patternfinder.h"
#include "analysis/snapshot.h"
#include "domain/feedseries.h"
#include "domain/numberformat.h"
#include "executiveperspective.h"
#include "feeds/feedhub.h"
#include "headlinefigures.h"
#include "impactchartview.h"
#include "issuefactory.h"
#include "itemmodels/heatmapmodel.h"
#include "livepegpanel.h"
#include "pegchartview.h"
#include "store/impactsummary.h"

#include <QChart>
#include <QRegularExpression>
#include <QTest>

using namespace pegboard;

namespace {
// A digit, a '.', a digit: an English decimal (German groups thousands with '.', so only digits
// after a ',' or fewer than three after a '.' betray it; "1.169.512" is a German integer).
bool hasDotDecimal(const QString &text)
{
    static const QRegularExpression dotDecimal(QStringLiteral("\\d\\.(\\d{1,2}(?!\\d)|\\d{4,})"));
    return text.contains(dotDecimal);
}
} // namespace

class TestNumberFormat : public QObject
{
    Q_OBJECT
    const QLocale m_de{QLocale::German, QLocale::Germany};
    const QLocale m_en{QLocale::English, QLocale::UnitedStates};

private slots:
    void init() { QLocale::setDefault(m_de); }
    void cleanupTestCase() { QLocale::setDefault(m_en); }

    void moneyInTheLocalesFormat()
    {
        QCOMPARE(NumberFormat::money(1169512, m_en), QStringLiteral("$1,169,512"));
        const QString de = NumberFormat::money(1169512, m_de);
        QVERIFY2(de.startsWith(QLatin1String("1.169.512")) && de.endsWith(QLatin1Char('$')), qPrintable(de));
        QCOMPARE(NumberFormat::compactMoney(90e6, m_en), QStringLiteral("$90M"));
        QCOMPARE(NumberFormat::compactMoney(1.5e6, m_en), QStringLiteral("$1.5M"));
        QCOMPARE(NumberFormat::compactMoney(0, m_en), QStringLiteral("$0"));
        const QString deCompact = NumberFormat::compactMoney(1.5e6, m_de);
        // German digits and the money sign after the number (the unit word comes from the translation).
        QVERIFY2(deCompact.startsWith(QLatin1String("1,5")) && deCompact.endsWith(QLatin1Char('$')),
                 qPrintable(deCompact));
        QCOMPARE(NumberFormat::money(std::nan(""), m_en), QStringLiteral("—"));
    }

    void decimalsRatiosPercentAndBps()
    {
        QCOMPARE(NumberFormat::decimal(0.98666, 4, m_de), QStringLiteral("0,9867"));
        QCOMPARE(NumberFormat::decimal(0.98666, 4, m_en), QStringLiteral("0.9867"));
        QCOMPARE(NumberFormat::ratio(3.14, 1, m_de), QStringLiteral("3,1×"));
        QCOMPARE(NumberFormat::ratio(1.94, 1, m_en), QStringLiteral("1.9×"));
        QCOMPARE(NumberFormat::percent(0.126, 0, m_en), QStringLiteral("13%"));
        QCOMPARE(NumberFormat::percent(0.125, 1, m_de),
                 QStringLiteral("12,5") + QChar(0xA0) + QLatin1Char('%'));
        QCOMPARE(NumberFormat::bps(-50, 0, m_en), QChar(0x2212) + QStringLiteral("50 bps"));
        QCOMPARE(NumberFormat::count(123456, m_de), QStringLiteral("123.456"));
    }

    void niceTicksAreRound()
    {
        const auto t = NumberFormat::niceTicks(0, 87.3e6, 6);
        QCOMPARE(t.min, 0.0);
        QCOMPARE(t.step, 20e6);
        QCOMPARE(t.max, 100e6);
        QCOMPARE(t.count, 6);
        const auto bps = NumberFormat::niceTicks(-47.2, 3.1, 7);
        QCOMPARE(bps.step, 10.0);
        QCOMPARE(bps.min, -50.0);
        QCOMPARE(bps.max, 10.0);
        const auto small = NumberFormat::niceTicks(0.2, 0.9, 5);
        QCOMPARE(small.step, 0.2);
        QCOMPARE(small.decimals, 1);
        const auto flat = NumberFormat::niceTicks(5, 5, 5);
        QVERIFY(flat.min < 5 && flat.max > 5);
        for (double low : {-250.0, -3.3, 0.0, 1e-4})
            for (double high : {low + 1e-3, low + 7.0, low + 1e7}) {
                const auto any = NumberFormat::niceTicks(low, high, 6);
                QVERIFY2(any.min <= low && any.max >= high,
                         qPrintable(QStringLiteral("%1..%2 → %3..%4 step %5")
                                        .arg(low, 0, 'g', 17)
                                        .arg(high, 0, 'g', 17)
                                        .arg(any.min, 0, 'g', 17)
                                        .arg(any.max, 0, 'g', 17)
                                        .arg(any.step)));
                QVERIFY2(any.count >= 2 && any.count <= 6, qPrintable(QString::number(any.count)));
            }
    }

    void germanUserStringsHaveNoDotDecimals()
    {
        // The peg chart's title: price and bps.
        PegChartView chart;
        std::vector<SeriesPoint> points;
        for (int i = 0; i < 20; ++i)
            points.push_back({1'780'000'000'000 + i * 1000, 0.98666 - i * 1e-4, -140.5 - i, false});
        chart.appendPoints(points);
        chart.redrawNow();
        const QString title = chart.chart()->title();
        QVERIFY2(title.contains(QLatin1String("0,98")) && !hasDotDecimal(title), qPrintable(title));

        // Heatmap cells ("1,9×") and their tooltips.
        const QList<Issue> issues = test::articleIssues(3000, 5);
        const Snapshot snapshot =
            Snapshot::fromIssues(std::span<const Issue>(issues.constData(), size_t(issues.size())), true);
        HeatmapModel heatmap;
        heatmap.setResult(CorrelationHeatmap::compute(snapshot));
        int decimals = 0;
        for (int r = 0; r < heatmap.rowCount(); ++r)
            for (int c = 0; c < heatmap.columnCount(); ++c) {
                const QString cell = heatmap.index(r, c).data().toString();
                const QString tip = heatmap.index(r, c).data(Qt::ToolTipRole).toString();
                QVERIFY2(!hasDotDecimal(cell) && !hasDotDecimal(tip),
                         qPrintable(cell + QLatin1Char(' ') + tip));
                decimals += cell.contains(QLatin1Char(','));
            }
        QVERIFY(decimals > 0); // the cells do carry decimals, with a comma

        // A pattern sentence.
        Finding f;
        f.type = QStringLiteral("oracle_failure");
        f.hourFrom = 13;
        f.hourTo = 16;
        f.share = 0.42;
        f.lift = 3.14;
        const QString sentence = PatternFinder::sentence(f);
        QVERIFY2(sentence.contains(QLatin1String("3,1")) && !hasDotDecimal(sentence), qPrintable(sentence));

        // Money axes at round values with units.
        ImpactChartView impact(ImpactChartView::Granularity::Week);
        ImpactSummary summary;
        summary.weeks.append({QDateTime(QDate(2026, 11, 2), QTime(0, 0), Qt::UTC), 87.3e6, 12e6, 40, 3});
        summary.weeks.append({QDateTime(QDate(2026, 11, 9), QTime(0, 0), Qt::UTC), 1.2e6, 0, 12, 0});
        impact.setSummary(summary);
        const QStringList labels = impact.axisLabels();
        QVERIFY2(labels.size() >= 3, qPrintable(labels.join(QLatin1Char('|'))));
        QVERIFY2(labels.contains(NumberFormat::compactMoney(100e6)),
                 qPrintable(labels.join(QLatin1Char('|'))));
        QVERIFY2(labels.back().contains(QLatin1String("Mio")) || labels.back().contains(QLatin1Char('M')),
                 qPrintable(labels.back()));
    }

    // One price to the same places in the live peg's header and the chart's title beside it; one
    // way to write a percentage (NumberFormat::percent) wherever the console shows one.
    void onePriceOnePercent()
    {
        QCOMPARE(NumberFormat::price(0.98666, m_de), QStringLiteral("0,9867"));
        QCOMPARE(NumberFormat::price(0.98666, m_en), QStringLiteral("0.9867"));
        for (const QLocale &locale : {m_de, m_en}) {
            QLocale::setDefault(locale);
            FeedHub hub;
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            hub.ingest({{FeedSeries::price(QStringLiteral("USDC")), now - 1000, 0.98666},
                        {FeedSeries::price(QStringLiteral("USDC")), now, 0.987654}});
            LivePegPanel panel(&hub);
            panel.poll();
            panel.chart()->redrawNow();
            const QString price = NumberFormat::price(0.987654);
            const QString header = panel.deviationText();
            const QString title = panel.chart()->chart()->title();
            QVERIFY2(header.contains(price), qPrintable(header));
            QVERIFY2(title.contains(price), qPrintable(title));
            QVERIFY2(!title.contains(NumberFormat::decimal(0.987654, NumberFormat::PriceDecimals + 1)),
                     qPrintable(title));
        }
        QLocale::setDefault(m_de);
        // German puts a no-break space before the sign, English none; both come from percent().
        QCOMPARE(HeadlineFigures::change(110, 100), QStringLiteral("▲ ") + NumberFormat::percent(0.1));
        QVERIFY(HeadlineFigures::change(110, 100).endsWith(QChar(0xA0) + QStringLiteral("%")));
        QCOMPARE(HeadlineFigures::change(90, 100), QStringLiteral("▼ ") + NumberFormat::percent(0.1));
        QVERIFY(HeadlineFigures::change(100, 100).endsWith(NumberFormat::percent(0)));
        ExecutivePerspective executive;
        ImpactSummary summary;
        summary.resolvedCount = 40;
        summary.preventionRate = 0.25;
        executive.setSummary(summary);
        QVERIFY2(executive.effectivenessText().contains(NumberFormat::percent(0.25)),
                 qPrintable(executive.effectivenessText()));
        QLocale::setDefault(m_en);
        QCOMPARE(HeadlineFigures::change(110, 100), QStringLiteral("▲ 10%"));
    }

    void englishAxisLabels()
    {
        QLocale::setDefault(m_en);
        ImpactChartView impact(ImpactChartView::Granularity::Week);
        ImpactSummary summary;
        summary.weeks.append({QDateTime(QDate(2026, 11, 2), QTime(0, 0), Qt::UTC), 87.3e6, 12e6, 40, 3});
        impact.setSummary(summary);
        QCOMPARE(impact.axisLabels(),
                 QStringList({QStringLiteral("$0"), QStringLiteral("$20M"), QStringLiteral("$40M"),
                              QStringLiteral("$60M"), QStringLiteral("$80M"), QStringLiteral("$100M")}));
    }
};

QTEST_MAIN(TestNumberFormat)
#include "tst_numberformat.moc"
