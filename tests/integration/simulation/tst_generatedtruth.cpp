#include "analysis/statistics.h"
#include "pegboardprocess.h"
#include "testcluster.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <pqxx/pqxx>

using namespace pegboard;

// `pegboard generate` plants patterns and root causes and writes them to its truth file;
// `pegboard analyze` must find them again in the store, knowing nothing of the generator.
class TestGeneratedTruth : public QObject
{
    Q_OBJECT
    test::TestCluster m_pg;
    QTemporaryDir m_dir;
    QJsonObject m_truth, m_report;
    QHash<QString, QString> m_idOf; // "source|external_id" -> stored id

    static QJsonObject parse(const QByteArray &bytes)
    {
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(bytes, &error).object();
        if (error.error != QJsonParseError::NoError)
            qWarning("%s", qPrintable(error.errorString()));
        return object;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
        const QString url = m_pg.freshDatabase();
        const QString truthPath = m_dir.filePath(QStringLiteral("truth.json"));
        const test::PegboardRun generate = test::runPegboard(
            {QStringLiteral("generate"), QStringLiteral("--db"), url, QStringLiteral("--issues"),
             QStringLiteral("30000"), QStringLiteral("--days"), QStringLiteral("90"),
             QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--end"),
             QStringLiteral("2026-03-01T00:00:00Z"), QStringLiteral("--truth"), truthPath});
        QVERIFY2(generate.exitCode == 0, qPrintable(generate.err));
        QFile truth(truthPath);
        QVERIFY(truth.open(QIODevice::ReadOnly));
        m_truth = parse(truth.readAll());
        QCOMPARE(m_truth.value(QStringLiteral("format")).toString(), QStringLiteral("pegboard-truth/1"));

        const test::PegboardRun analyze = test::runPegboard(
            {QStringLiteral("analyze"), QStringLiteral("--db"), url, QStringLiteral("--json"),
             QStringLiteral("--cluster-members"), m_dir.filePath(QStringLiteral("members.csv"))});
        QVERIFY2(analyze.exitCode == 0, qPrintable(analyze.err));
        m_report = parse(analyze.out.toUtf8());
        QCOMPARE(m_report[QStringLiteral("window")][QStringLiteral("issues")].toInteger(), 30000);

        pqxx::connection c(url.toStdString());
        pqxx::nontransaction tx(c);
        for (const auto &r : tx.exec("SELECT source || '|' || external_id, id::text FROM stablecoin_issues"))
            m_idOf.insert(QString::fromUtf8(r[0].c_str()), QString::fromUtf8(r[1].c_str()));
        QCOMPARE(m_idOf.size(), 30000);
    }

    void plantedTimePatternsAreTheTopFindingsOfTheirTypes()
    {
        int checked = 0;
        for (const QJsonValue &p : m_truth[QStringLiteral("patterns")].toArray()) {
            if (!p[QStringLiteral("hours_utc")].isArray())
                continue; // condition patterns are the heatmap's (below)
            const QJsonArray hours = p[QStringLiteral("hours_utc")].toArray();
            QJsonObject top;
            for (const QJsonValue &f : m_report[QStringLiteral("findings")].toArray())
                if (f[QStringLiteral("type")] == p[QStringLiteral("issue_type")]) {
                    top = f.toObject();
                    break;
                }
            const QByteArray what = p[QStringLiteral("id")].toString().toUtf8() + ": " +
                                    top[QStringLiteral("sentence")].toString().toUtf8();
            QVERIFY2(!top.isEmpty(), what.constData());
            QVERIFY2(top[QStringLiteral("weekday")] == p[QStringLiteral("weekday")], what.constData());
            QVERIFY2(top[QStringLiteral("hour_from")].toInt() == hours.first().toInt(), what.constData());
            QVERIFY2(top[QStringLiteral("hour_to")].toInt() == hours.last().toInt() + 1, what.constData());
            QVERIFY2(top[QStringLiteral("gas_above_gwei")].toDouble(0) ==
                         p[QStringLiteral("gas_above_gwei")].toDouble(0),
                     what.constData());
            // The share the analysis reports is the share the generator observed in what it wrote.
            QVERIFY2(qAbs(top[QStringLiteral("share")].toDouble() -
                          p[QStringLiteral("observed_share")].toDouble()) < 0.02,
                     what.constData());
            ++checked;
        }
        QCOMPARE(checked, 2);
    }

    void arbitrageFailuresConcentrateWhileACoinIsOffItsPeg()
    {
        // Planted: arbitrage failures while any coin is more than 20 bps below its peg.
        double offPegLift = 0, onPegLift = 1e9;
        for (const QJsonValue &c : m_report[QStringLiteral("heatmap")][QStringLiteral("cells")].toArray()) {
            if (c[QStringLiteral("condition")] != QStringLiteral("peg_deviation") ||
                c[QStringLiteral("type")] != QStringLiteral("arbitrage_failure"))
                continue;
            const QString bucket = c[QStringLiteral("bucket")].toString();
            const bool near = bucket == QStringLiteral("< 5 bps") || bucket == QStringLiteral("5–20 bps");
            const double lift = c[QStringLiteral("lift")].toDouble();
            if (near)
                onPegLift = std::min(onPegLift, lift);
            else if (c[QStringLiteral("significant")].toBool())
                offPegLift = std::max(offPegLift, lift);
        }
        QVERIFY2(offPegLift > 2 && onPegLift < 1,
                 qPrintable(QStringLiteral("%1 vs %2").arg(offPegLift).arg(onPegLift)));
    }

    void severityRisesWithVolatility()
    {
        QJsonObject planted;
        for (const QJsonValue &p : m_truth[QStringLiteral("patterns")].toArray())
            if (p[QStringLiteral("id")] == QStringLiteral("severity_volatility"))
                planted = p.toObject();
        QVERIFY(!planted.isEmpty());
        const QJsonObject top = m_report[QStringLiteral("severity_drivers")].toArray().first().toObject();
        QCOMPARE(top[QStringLiteral("condition")].toString(), QStringLiteral("volatility_index"));
        QVERIFY2(qAbs(top[QStringLiteral("r")].toDouble() -
                      planted[QStringLiteral("observed_pearson_r")].toDouble()) < 0.01,
                 qPrintable(QString::number(top[QStringLiteral("r")].toDouble())));
        QCOMPARE(top[QStringLiteral("reports")].toInteger(), 30000);
    }

    void oneCoinsDepegLeadsAnothersByHours()
    {
        const QJsonObject planted = m_truth[QStringLiteral("cross_coin_lead")].toObject();
        const QJsonObject found = m_report[QStringLiteral("lead_lag")].toObject();
        const QJsonArray pairs = found[QStringLiteral("pairs")].toArray();
        auto at = [](const QJsonValue &v) { return QDateTime::fromString(v.toString(), Qt::ISODateWithMs); };
        for (const QJsonValue &e : planted[QStringLiteral("episodes")].toArray()) {
            bool matched = false;
            for (const QJsonValue &p : pairs) {
                if (p[QStringLiteral("leader")] != e[QStringLiteral("leader")] ||
                    p[QStringLiteral("follower")] != e[QStringLiteral("follower")])
                    continue;
                for (const QJsonValue &onset : p[QStringLiteral("episodes")].toArray())
                    matched = matched || qAbs(at(onset[QStringLiteral("leader_onset")])
                                                  .secsTo(at(e[QStringLiteral("leader_start")]))) <= 3600;
            }
            QVERIFY2(matched, qPrintable(e[QStringLiteral("leader")].toString() + QStringLiteral(" → ") +
                                         e[QStringLiteral("follower")].toString()));
        }
        const double lead = planted[QStringLiteral("lead_minutes")].toDouble();
        const double median = found[QStringLiteral("median_lag_minutes")].toDouble();
        QVERIFY2(qAbs(median - lead) <= 0.15 * lead,
                 qPrintable(QStringLiteral("%1 vs %2").arg(median).arg(lead)));
    }

    void plantedRootCausesAreRecovered()
    {
        // Membership from --cluster-members: every clustered report, where the JSON caps each list.
        QFile members(m_dir.filePath(QStringLiteral("members.csv")));
        QVERIFY(members.open(QIODevice::ReadOnly | QIODevice::Text));
        QCOMPARE(members.readLine(), QByteArray("issue_id,cluster_id\n"));
        QHash<QString, qint64> found;
        while (!members.atEnd()) {
            const QList<QByteArray> fields = members.readLine().trimmed().split(',');
            QCOMPARE(fields.size(), 2);
            found.insert(QString::fromLatin1(fields[0]), fields[1].toLongLong());
        }
        qint64 clustered = 0;
        for (const QJsonValue &c : m_report[QStringLiteral("clusters")].toArray()) {
            clustered += c[QStringLiteral("size")].toInteger();
            for (const QJsonValue &id : c[QStringLiteral("issue_ids")].toArray())
                QCOMPARE(found.value(id.toString(), -1), c[QStringLiteral("id")].toInteger());
        }
        QCOMPARE(qint64(found.size()), clustered);
        QHash<qint64, QString> kindOf;
        for (const QJsonValue &c : m_truth[QStringLiteral("clusters")].toArray())
            kindOf.insert(c[QStringLiteral("id")].toInteger(), c[QStringLiteral("kind")].toString());

        std::vector<long long> truth, labels;
        long long alone = -1;
        QHash<qint64, QHash<qint64, int>> piecesOf; // planted cluster -> found cluster -> reports
        for (const QJsonValue &l : m_truth[QStringLiteral("labels")].toArray()) {
            const QString id = m_idOf.value(l[0].toString() + QLatin1Char('|') + l[1].toString());
            QVERIFY(!id.isEmpty());
            const qint64 planted = l[2].isNull() ? alone-- : l[2].toInteger();
            const qint64 label = found.value(id, alone--);
            truth.push_back(planted);
            labels.push_back(label);
            if (!l[2].isNull())
                ++piecesOf[planted][label];
        }
        const double ari = Statistics::adjustedRandIndex(truth, labels);
        qInfo("adjusted Rand index %.3f over %zu reports", ari, truth.size());
        QVERIFY2(ari >= 0.8, qPrintable(QString::number(ari)));

        // Per kind: the share of each planted cause found in its largest recovered cluster.
        QHash<QString, QPair<double, int>> share;
        for (auto it = piecesOf.cbegin(); it != piecesOf.cend(); ++it) {
            int total = 0, largest = 0;
            for (auto piece = it->cbegin(); piece != it->cend(); ++piece) {
                total += piece.value();
                if (piece.key() >= 0)
                    largest = std::max(largest, piece.value());
            }
            auto &s = share[kindOf.value(it.key())];
            s.first += double(largest) / total;
            ++s.second;
        }
        for (auto it = share.cbegin(); it != share.cend(); ++it)
            qInfo("%s: %.3f of each cause in one cluster (%d causes)", qPrintable(it.key()),
                  it->first / it->second, it->second);
        for (const QString &kind :
             {QStringLiteral("oracle_gas_window"), QStringLiteral("rebalance_tuesday"),
              QStringLiteral("depeg"), QStringLiteral("contract_bug"), QStringLiteral("cascade")}) {
            QVERIFY2(share.contains(kind), qPrintable(kind));
            QVERIFY2(share[kind].first / share[kind].second >= 0.9, qPrintable(kind));
        }

        // A planted cascade's cluster is named as one.
        QHash<qint64, QString> explainedAs;
        for (const QJsonValue &c : m_report[QStringLiteral("clusters")].toArray())
            explainedAs.insert(c[QStringLiteral("id")].toInteger(),
                               c[QStringLiteral("explanation")][QStringLiteral("kind")].toString());
        int cascades = 0, named = 0;
        for (auto it = piecesOf.cbegin(); it != piecesOf.cend(); ++it) {
            if (kindOf.value(it.key()) != QLatin1String("cascade"))
                continue;
            qint64 largest = -1;
            int most = 0;
            for (auto piece = it->cbegin(); piece != it->cend(); ++piece)
                if (piece.key() >= 0 && piece.value() > most) {
                    most = piece.value();
                    largest = piece.key();
                }
            ++cascades;
            named += explainedAs.value(largest) == QLatin1String("cascade");
        }
        qInfo("%d of %d planted cascades named as cascades", named, cascades);
        QVERIFY(named >= 0.9 * cascades);
    }
};

QTEST_GUILESS_MAIN(TestGeneratedTruth)
#include "tst_generatedtruth.moc"
