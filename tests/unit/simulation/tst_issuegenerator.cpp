#include "domain/issuetype.h"
#include "simulation/groundtruth.h"
#include "simulation/issuegenerator.h"
#include "simulation/marketmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <map>

using namespace pegboard;

namespace {
constexpr qint64 Start = 1780272000000; // Monday 2026-06-01 00:00 UTC
constexpr int Days = 63;
constexpr qint64 Issues = 4000;

struct Generated
{
    std::unique_ptr<MarketModel> model;
    std::unique_ptr<IssueGenerator> generator;
    std::vector<Issue> issues;
};

Generated generate(quint64 seed, qint64 count = Issues, int threads = 2)
{
    Generated g;
    g.model = std::make_unique<MarketModel>(MarketModel::Config{Start, Days * 1440, seed});
    g.generator = std::make_unique<IssueGenerator>(*g.model, IssueGenerator::Options{count, seed});
    g.generator->plan();
    g.issues.resize(g.generator->planned().size());
    g.generator->render(0, g.issues, threads);
    return g;
}

double gas(const Issue &i)
{
    return i.context.gasPriceGwei().value_or(0);
}

double mean(const std::vector<double> &v)
{
    double s = 0;
    for (double x : v)
        s += x;
    return v.empty() ? 0 : s / double(v.size());
}
} // namespace

class TestIssueGenerator : public QObject
{
    Q_OBJECT
    Generated m_a;

private slots:
    void initTestCase() { m_a = generate(42); }

    void deterministicPerSeedAndIndependentOfThreads()
    {
        const Generated b = generate(42, Issues, 1);
        QCOMPARE(b.issues.size(), m_a.issues.size());
        for (size_t i = 0; i < m_a.issues.size(); ++i)
            QVERIFY2(m_a.issues[i] == b.issues[i], qPrintable(QString::number(i)));
        const QByteArray truthA = GroundTruth(*m_a.model, *m_a.generator, 42).toJson();
        QCOMPARE(GroundTruth(*b.model, *b.generator, 42).toJson(), truthA);

        const Generated c = generate(43);
        int same = 0;
        for (size_t i = 0; i < std::min(c.issues.size(), m_a.issues.size()); ++i)
            same += c.issues[i].title == m_a.issues[i].title ? 1 : 0;
        QVERIFY(same < int(m_a.issues.size()) / 10);
        // Histories of different seeds can share a store: no (source, external_id) in common.
        QSet<QString> keys;
        for (const Issue &i : m_a.issues)
            keys.insert(i.source + QLatin1Char('|') + i.externalId);
        for (const Issue &i : c.issues)
            QVERIFY2(!keys.contains(i.source + QLatin1Char('|') + i.externalId), qPrintable(i.externalId));
        QVERIFY(GroundTruth(*c.model, *c.generator, 43).toJson() != truthA);
    }

    void reportsAreWellFormedAndUnique()
    {
        QCOMPARE(qint64(m_a.issues.size()), Issues);
        QSet<QString> keys, titles, sources, ids;
        const QRegularExpression tx(QStringLiteral("^0x[0-9a-f]{64}$"));
        const QRegularExpression address(QStringLiteral("^0x[0-9a-f]{40}$"));
        const QRegularExpression placeholder(QStringLiteral("\\{[a-z]+\\}"));
        const qint64 end = Start + qint64(Days) * 86400000;
        for (const Issue &i : m_a.issues) {
            QVERIFY2(!keys.contains(i.source + QLatin1Char('|') + i.externalId), qPrintable(i.externalId));
            keys.insert(i.source + QLatin1Char('|') + i.externalId);
            ids.insert(i.id.toString());
            titles.insert(i.title);
            sources.insert(i.source);
            QVERIFY(IssueType::isKnown(i.issueType));
            QVERIFY(Severity::isValid(i.severityLevel));
            QVERIFY(i.reportedAt.toMSecsSinceEpoch() >= Start && i.reportedAt.toMSecsSinceEpoch() < end);
            QVERIFY(!i.resolvedAt.isValid() ||
                    (i.resolvedAt > i.reportedAt && i.resolvedAt.toMSecsSinceEpoch() < end));
            QVERIFY(!i.title.isEmpty() && !i.body.isEmpty());
            QVERIFY2(!placeholder.match(i.title + i.body).hasMatch(), qPrintable(i.title)); // all filled
            for (const QString &h : i.relatedTxHashes)
                QVERIFY2(tx.match(h).hasMatch(), qPrintable(h));
            for (const QString &a : i.affectedContracts)
                QVERIFY2(address.match(a).hasMatch(), qPrintable(a));
            QVERIFY(gas(i) > 0);
            QVERIFY(i.context.pegDeviationBps().has_value());
            QVERIFY(i.context.oracleLastUpdate().isValid());
        }
        QCOMPARE(ids.size(), qsizetype(Issues));
        QCOMPARE(sources.size(), 6);
        QVERIFY2(titles.size() > Issues / 2, qPrintable(QString::number(titles.size())));
    }

    void oracleFailuresConcentrateInTheWednesdayHighGasWindow()
    {
        qint64 oracle = 0, inWindow = 0;
        for (const Issue &i : m_a.issues) {
            if (i.issueType != IssueType::OracleFailure)
                continue;
            ++oracle;
            const QDateTime t = i.reportedAt.toUTC();
            inWindow +=
                t.date().dayOfWeek() == 3 && t.time().hour() >= 14 && t.time().hour() < 16 && gas(i) > 150;
        }
        // Two hours a week are 1.2% of the time; the planted window must hold most failures.
        const double share = double(inWindow) / double(oracle);
        QVERIFY2(share > 0.5, qPrintable(QString::number(share)));
        QVERIFY(share > 20 * (2.0 / 168));
    }

    void rebalanceErrorsSpikeOnTuesdayMornings()
    {
        std::map<int, qint64> byWeekdayHour;
        qint64 total = 0;
        for (const Issue &i : m_a.issues) {
            if (i.issueType != IssueType::RebalanceError)
                continue;
            ++total;
            const QDateTime t = i.reportedAt.toUTC();
            ++byWeekdayHour[t.date().dayOfWeek() * 100 + t.time().hour()];
        }
        const auto top = std::max_element(byWeekdayHour.begin(), byWeekdayHour.end(),
                                          [](auto &a, auto &b) { return a.second < b.second; });
        QCOMPARE(top->first, 209); // Tuesday, 09 UTC
        QVERIFY(double(byWeekdayHour[209] + byWeekdayHour[210]) / double(total) > 0.5);
    }

    void severityRisesWithVolatility()
    {
        std::vector<std::pair<double, int>> v;
        for (const Issue &i : m_a.issues)
            v.push_back({i.context.volatilityIndex().value_or(0), i.severityLevel});
        std::sort(v.begin(), v.end());
        std::vector<double> low, high;
        for (size_t k = 0; k < v.size() / 3; ++k) {
            low.push_back(v[k].second);
            high.push_back(v[v.size() - 1 - k].second);
        }
        QVERIFY2(mean(high) > mean(low) + 0.5,
                 qPrintable(QStringLiteral("%1 vs %2").arg(mean(high)).arg(mean(low))));
    }

    void arbitrageFailuresHappenDuringDepegs()
    {
        auto offPeg = [](const Issue &i) { return std::abs(i.context.pegDeviationBps().value_or(0)) > 20; };
        qint64 arb = 0, arbOff = 0, other = 0, otherOff = 0;
        for (const Issue &i : m_a.issues) {
            const bool isArb = i.issueType == IssueType::ArbitrageFailure;
            (isArb ? arb : other) += 1;
            (isArb ? arbOff : otherOff) += offPeg(i) ? 1 : 0;
        }
        QVERIFY(double(arbOff) / double(arb) > 3 * double(otherOff) / double(other));
    }

    void majorIncidentsFollowMinorOracleDelays()
    {
        // Share of reports of a given kind preceded, within two hours on the same coin, by a
        // minor (severity <= 2) oracle failure: far higher for major incidents than for minor ones.
        std::map<QString, qint64> lastMinorOracle;
        qint64 majors = 0, majorsPreceded = 0, minors = 0, minorsPreceded = 0;
        for (const Issue &i : m_a.issues) {
            const qint64 t = i.reportedAt.toMSecsSinceEpoch();
            if (i.issueType == IssueType::OracleFailure) {
                if (i.severityLevel <= 2)
                    lastMinorOracle[i.symbol] = t;
                continue;
            }
            const bool preceded =
                lastMinorOracle.count(i.symbol) && t - lastMinorOracle[i.symbol] <= 120 * 60000;
            if (i.severityLevel >= 4) {
                ++majors;
                majorsPreceded += preceded;
            } else if (i.severityLevel <= 2) {
                ++minors;
                minorsPreceded += preceded;
            }
        }
        QVERIFY(majors > 20);
        QVERIFY2(double(majorsPreceded) / majors > 2 * double(minorsPreceded) / minors,
                 qPrintable(QStringLiteral("%1/%2 vs %3/%4")
                                .arg(majorsPreceded)
                                .arg(majors)
                                .arg(minorsPreceded)
                                .arg(minors)));
    }

    void oneCoinsTroubleLeadsAnothersByHours()
    {
        QVERIFY(!m_a.model->depegs().empty());
        const DepegEpisode &e = m_a.model->depegs().front();
        const QString leader = MarketModel::coins()[e.leader], follower = MarketModel::coins()[e.follower];
        // Hourly counts of peg/arbitrage/liquidity reports per coin; the lag maximising the
        // cross-correlation is the lead, measured from the reports alone.
        const int hours = Days * 24;
        std::vector<double> a(size_t(hours), 0), b(size_t(hours), 0);
        for (const Issue &i : m_a.issues) {
            if (i.issueType == IssueType::OracleFailure || i.issueType == IssueType::RebalanceError)
                continue;
            const int h = int((i.reportedAt.toMSecsSinceEpoch() - Start) / 3600000);
            if (i.symbol == leader && std::abs(i.context.pegDeviationBps().value_or(0)) > 20)
                a[size_t(h)] += 1;
            if (i.symbol == follower && std::abs(i.context.pegDeviationBps().value_or(0)) > 20)
                b[size_t(h)] += 1;
        }
        int bestLag = -1;
        double best = -1;
        for (int lag = 0; lag <= 12; ++lag) {
            double s = 0;
            for (int h = 0; h + lag < hours; ++h)
                s += a[size_t(h)] * b[size_t(h + lag)];
            if (s > best) {
                best = s;
                bestLag = lag;
            }
        }
        QVERIFY2(std::abs(bestLag * 60 - m_a.model->leadMinutes()) <= 90,
                 qPrintable(
                     QStringLiteral("lag %1 h, planted %2 min").arg(bestLag).arg(m_a.model->leadMinutes())));
    }

    void truthLabelsEveryReportAndParses()
    {
        const GroundTruth truth(*m_a.model, *m_a.generator, 42);
        const QJsonObject o = QJsonDocument::fromJson(truth.toJson()).object();
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("pegboard-truth/1"));
        const QJsonArray labels = o.value(QStringLiteral("labels")).toArray();
        QCOMPARE(labels.size(), qsizetype(m_a.issues.size()));
        QSet<int> clusterIds;
        for (const QJsonValue &c : o.value(QStringLiteral("clusters")).toArray())
            clusterIds.insert(c.toObject().value(QStringLiteral("id")).toInt());
        for (qsizetype k = 0; k < labels.size(); ++k) {
            const QJsonArray l = labels[k].toArray();
            QCOMPARE(l[0].toString(), m_a.issues[size_t(k)].source);
            QCOMPARE(l[1].toString(), m_a.issues[size_t(k)].externalId);
            QVERIFY(l[2].isNull() || clusterIds.contains(l[2].toInt()));
        }
        const QJsonObject window = o.value(QStringLiteral("patterns")).toArray().first().toObject();
        QVERIFY(window.value(QStringLiteral("observed_share")).toDouble() > 0.5);
        QCOMPARE(o.value(QStringLiteral("cross_coin_lead"))
                     .toObject()
                     .value(QStringLiteral("lead_minutes"))
                     .toInt(),
                 m_a.model->leadMinutes());
    }
};

QTEST_GUILESS_MAIN(TestIssueGenerator)
#include "tst_issuegenerator.moc"
