#include "analysis/statistics.h"
#include "testcluster.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pegboard;

// Root causes on histories no Pegboard code wrote, each in its own style (tests/data/analysis/*.py:
// only the article's columns; an on-call log from one small-vocabulary template; a ticket-tracker
// export in its own words; sparse JSON with keys missing), loaded with psql and analysed by the
// real `pegboard analyze --json --cluster-members`. Each generator writes its planted causes and
// background as truth labels.
class TestClusterHistories : public QObject
{
    Q_OBJECT
    test::TestCluster m_pg;

    static QJsonObject readJson(const QByteArray &bytes)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("%s", qPrintable(error.errorString()));
        return doc.object();
    }

private slots:
    void initTestCase() { QVERIFY2(m_pg.start(), qPrintable(m_pg.error())); }

    void plantedCausesAreFoundAndBackgroundIsNot_data()
    {
        QTest::addColumn<QString>("generator");
        // What the explanation of each planted cause's cluster must name as shared.
        QTest::addColumn<QStringList>("shared");
        QTest::newRow("article columns only")
            << QStringLiteral("articlecolumns_history.py")
            << QStringList{QStringLiteral("gas_price_gwei"), QStringLiteral("peg_deviation_bps"),
                           QStringLiteral("volatility_index")};
        QTest::newRow("on-call template, small vocabulary")
            << QStringLiteral("oncall_template_history.py")
            << QStringList{QStringLiteral("symbol"), QStringLiteral("protocol")};
        QTest::newRow("ticket tracker vocabulary")
            << QStringLiteral("tracker_export_history.py") << QStringList();
        QTest::newRow("sparse JSON context") << QStringLiteral("sparse_context_history.py") << QStringList();
    }

    void plantedCausesAreFoundAndBackgroundIsNot()
    {
        QFETCH(QString, generator);
        QFETCH(QStringList, shared);
        QTemporaryDir dir;
        const QString url = m_pg.freshDatabase();
        QProcess python;
        python.start(QStringLiteral("python3"),
                     {qEnvironmentVariable("PEGBOARD_TEST_DATA") + QStringLiteral("/analysis/") + generator,
                      QStringLiteral("--db"), url, QStringLiteral("--out"), dir.path()});
        QVERIFY(python.waitForFinished(300000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        QFile truthFile(dir.filePath(QStringLiteral("truth.json")));
        QVERIFY(truthFile.open(QIODevice::ReadOnly));
        const QJsonObject truth = readJson(truthFile.readAll());
        const QJsonObject truthLabels = truth[QStringLiteral("labels")].toObject();

        const QString membersPath = dir.filePath(QStringLiteral("members.csv"));
        QProcess analyze;
        analyze.start(qEnvironmentVariable("PEGBOARD_BIN"),
                      {QStringLiteral("analyze"), QStringLiteral("--db"), url, QStringLiteral("--json"),
                       QStringLiteral("--cluster-members"), membersPath});
        QVERIFY(analyze.waitForFinished(300000));
        QVERIFY2(analyze.exitCode() == 0, analyze.readAllStandardError().constData());
        const QJsonObject report = readJson(analyze.readAllStandardOutput());
        QCOMPARE(report[QStringLiteral("window")][QStringLiteral("issues")].toInteger(), truthLabels.size());

        QFile members(membersPath);
        QVERIFY(members.open(QIODevice::ReadOnly | QIODevice::Text));
        QCOMPARE(members.readLine(), QByteArray("issue_id,cluster_id\n"));
        QHash<QString, qint64> found;
        QHash<qint64, QList<QString>> membersOf;
        while (!members.atEnd()) {
            const QList<QByteArray> fields = members.readLine().trimmed().split(',');
            QCOMPARE(fields.size(), 2);
            found.insert(QString::fromLatin1(fields[0]), fields[1].toLongLong());
            membersOf[fields[1].toLongLong()].append(QString::fromLatin1(fields[0]));
        }

        // ARI over every report: background and unclustered reports each stand alone.
        QHash<QString, qint64> causeIndex;
        std::vector<long long> planted, labels;
        long long alone = -1;
        QHash<QString, QHash<qint64, int>> piecesOf;
        QHash<QString, int> causeSize;
        for (auto it = truthLabels.begin(); it != truthLabels.end(); ++it) {
            const QString cause = it.value().toString();
            if (it.value().isNull()) {
                planted.push_back(alone--);
            } else {
                if (!causeIndex.contains(cause))
                    causeIndex.insert(cause, causeIndex.size());
                planted.push_back(causeIndex[cause]);
                ++causeSize[cause];
            }
            const qint64 label = found.value(it.key(), alone--);
            labels.push_back(label);
            if (!it.value().isNull())
                ++piecesOf[cause][label];
        }
        QCOMPARE(causeIndex.size(), truth[QStringLiteral("causes")].toArray().size());
        const double ari = Statistics::adjustedRandIndex(planted, labels);
        qInfo("%s: ARI %.3f over %zu reports, %lld clusters", qPrintable(generator), ari, planted.size(),
              qint64(membersOf.size()));

        bool whole = true;
        for (auto it = piecesOf.cbegin(); it != piecesOf.cend(); ++it) {
            int largest = 0;
            for (auto piece = it->cbegin(); piece != it->cend(); ++piece)
                if (piece.key() >= 0)
                    largest = std::max(largest, piece.value());
            const double share = double(largest) / causeSize[it.key()];
            qInfo("  %s: %.3f in one cluster", qPrintable(it.key()), share);
            whole = whole && share >= 0.9;
        }
        int backgroundClusters = 0;
        for (auto it = membersOf.cbegin(); it != membersOf.cend(); ++it) {
            bool pure = true;
            for (const QString &id : *it)
                pure = pure && truthLabels.value(id).isNull();
            if (pure && it->size() >= 5) {
                ++backgroundClusters;
                qInfo("  background cluster %lld of %lld reports", it.key(), qint64(it->size()));
            }
        }
        QVERIFY2(ari >= 0.9, qPrintable(QString::number(ari)));
        QVERIFY(whole);
        QVERIFY2(backgroundClusters <= 2, qPrintable(QString::number(backgroundClusters)));

        // Every cluster says why: its kind, span, evidence and cohesion; a planted cause's cluster
        // names what its reports were planted to share, within a range around the planted value.
        int explained = 0;
        for (const QJsonValue &c : report[QStringLiteral("clusters")].toArray()) {
            const QJsonObject e = c[QStringLiteral("explanation")].toObject();
            QVERIFY(!e[QStringLiteral("kind")].toString().isEmpty());
            QVERIFY(e[QStringLiteral("span_minutes")].toDouble(-1) >= 0);
            const double cohesion = e[QStringLiteral("cohesion")].toDouble(-1);
            QVERIFY(cohesion >= 0 && cohesion <= 1);
            QVERIFY(!e[QStringLiteral("evidence")].toObject().isEmpty());
            int planted = 0;
            const QJsonArray ids = c[QStringLiteral("issue_ids")].toArray();
            for (const QJsonValue &id : ids)
                planted += !truthLabels.value(id.toString()).isNull();
            if (planted < 0.9 * ids.size() || ids.size() < 20)
                continue;
            QStringList keys;
            for (const QJsonValue &condition : e[QStringLiteral("shared_conditions")].toArray()) {
                keys << condition[QStringLiteral("key")].toString();
                if (condition[QStringLiteral("value")].isUndefined())
                    QVERIFY(condition[QStringLiteral("low")].toDouble() <=
                            condition[QStringLiteral("high")].toDouble());
            }
            for (const QString &key : shared)
                QVERIFY2(keys.contains(key), qPrintable(key + QStringLiteral(" not in ") + keys.join(u',')));
            ++explained;
        }
        QVERIFY(explained > 0);
    }
};

QTEST_GUILESS_MAIN(TestClusterHistories)
#include "tst_clusterhistories.moc"
