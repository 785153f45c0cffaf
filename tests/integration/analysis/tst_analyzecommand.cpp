#include "analysis/statistics.h"
#include "testcluster.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pegboard;

// The issue's must-show: a store filled by a generator no Pegboard code wrote (a standalone
// Python script using psql \copy), analysed by the real `pegboard analyze --json`.
class TestAnalyzeCommand : public QObject
{
    Q_OBJECT
    test::TestCluster m_pg;
    QString m_url;
    QTemporaryDir m_dir;
    QJsonObject m_truth, m_report;

    static QJsonObject readJson(const QByteArray &bytes)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("%s", qPrintable(error.errorString()));
        return doc.object();
    }

    static QProcess *run(QProcess &p, const QString &program, const QStringList &args)
    {
        p.start(program, args);
        p.waitForFinished(480000);
        return &p;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
        m_url = m_pg.freshDatabase();
        QProcess generator;
        run(generator, QStringLiteral("python3"),
            {qEnvironmentVariable("PEGBOARD_TEST_DATA") + QStringLiteral("/analysis/external_generator.py"),
             QStringLiteral("--db"), m_url, QStringLiteral("--out"), m_dir.path()});
        QVERIFY2(generator.exitCode() == 0 && generator.exitStatus() == QProcess::NormalExit,
                 generator.readAllStandardError().constData());
        QFile truth(m_dir.filePath(QStringLiteral("truth.json")));
        QVERIFY(truth.open(QIODevice::ReadOnly));
        m_truth = readJson(truth.readAll());

        QProcess analyze;
        run(analyze, qEnvironmentVariable("PEGBOARD_BIN"),
            {QStringLiteral("analyze"), QStringLiteral("--db"), m_url, QStringLiteral("--json")});
        QVERIFY2(analyze.exitCode() == 0, analyze.readAllStandardError().constData());
        m_report = readJson(analyze.readAllStandardOutput());
        QVERIFY(!m_report.isEmpty());
    }

    void everyReportIsAnalysed()
    {
        QCOMPARE(m_report[QStringLiteral("window")][QStringLiteral("issues")].toInteger(),
                 m_truth[QStringLiteral("issues")].toInteger());
        QVERIFY(m_report[QStringLiteral("window")][QStringLiteral("bytes_per_issue")].toDouble() > 0);
        QVERIFY(!m_report[QStringLiteral("heatmap")][QStringLiteral("cells")].toArray().isEmpty());
        const double risk = m_report[QStringLiteral("risk")][QStringLiteral("score")].toDouble(-1);
        QVERIFY(risk >= 0 && risk <= 10);
        QCOMPARE(m_report[QStringLiteral("risk")][QStringLiteral("factors")].toArray().size(), 5);
        QCOMPARE(m_report[QStringLiteral("maintenance")][QStringLiteral("hours")].toArray().size(), 14 * 24);
    }

    void plantedPatternIsTheTopFindingForItsType()
    {
        const QJsonObject pattern = m_truth[QStringLiteral("pattern")].toObject();
        QJsonObject top;
        for (const QJsonValue &f : m_report[QStringLiteral("findings")].toArray())
            if (f[QStringLiteral("type")] == pattern[QStringLiteral("type")]) {
                top = f.toObject();
                break;
            }
        QVERIFY2(!top.isEmpty(), "no finding for the planted type");
        qInfo("top finding: %s", qPrintable(top[QStringLiteral("sentence")].toString()));
        QCOMPARE(top[QStringLiteral("weekday")].toString(), pattern[QStringLiteral("weekday")].toString());
        QCOMPARE(top[QStringLiteral("hour_from")].toInt(), pattern[QStringLiteral("hour_from")].toInt());
        QCOMPARE(top[QStringLiteral("hour_to")].toInt(), pattern[QStringLiteral("hour_to")].toInt());
        QCOMPARE(top[QStringLiteral("gas_above_gwei")].toDouble(),
                 pattern[QStringLiteral("gas_above_gwei")].toDouble());
        QVERIFY(top[QStringLiteral("lift")].toDouble() > 2);
        QCOMPARE(top[QStringLiteral("issue_ids")].toArray().size(), top[QStringLiteral("count")].toInt());
    }

    void plantedRootCausesAreClustered()
    {
        QHash<QString, long long> found;
        for (const QJsonValue &c : m_report[QStringLiteral("clusters")].toArray())
            for (const QJsonValue &id : c[QStringLiteral("issue_ids")].toArray())
                found.insert(id.toString(), c[QStringLiteral("id")].toInteger());
        const QJsonObject clusters = m_truth[QStringLiteral("clusters")].toObject();
        QVERIFY(clusters.size() >= 100);
        std::vector<long long> truth, labels;
        long long unclustered = -1;
        for (auto it = clusters.begin(); it != clusters.end(); ++it) {
            truth.push_back(it.value().toInteger());
            // A report left out of every cluster stands alone.
            labels.push_back(found.value(it.key(), unclustered--));
        }
        const double ari = Statistics::adjustedRandIndex(truth, labels);
        QVERIFY2(ari >= 0.8, qPrintable(QString::number(ari)));
    }

    void predictorIsEvaluatedOnALaterPeriod()
    {
        const QJsonObject p = m_report[QStringLiteral("predictor")].toObject();
        qInfo("held-out AUC %.3f", p[QStringLiteral("auc")].toDouble());
        QVERIFY2(!p.contains(QStringLiteral("error")), qPrintable(p[QStringLiteral("error")].toString()));
        auto at = [](const QJsonValue &v) { return QDateTime::fromString(v.toString(), Qt::ISODateWithMs); };
        const QDateTime trainFrom = at(p[QStringLiteral("train")][QStringLiteral("from")]);
        const QDateTime trainTo = at(p[QStringLiteral("train")][QStringLiteral("to")]);
        const QDateTime testFrom = at(p[QStringLiteral("test")][QStringLiteral("from")]);
        const QDateTime testTo = at(p[QStringLiteral("test")][QStringLiteral("to")]);
        QVERIFY(trainFrom.isValid() && testTo.isValid());
        QVERIFY(trainFrom >= at(m_truth[QStringLiteral("first")]));
        QVERIFY(trainFrom < trainTo);
        QVERIFY(trainTo < testFrom);
        QVERIFY(testFrom < testTo);
        QVERIFY(testTo <= at(m_truth[QStringLiteral("last")]));
        QVERIFY(p[QStringLiteral("test")][QStringLiteral("positives")].toInt() > 0);
        QVERIFY2(p[QStringLiteral("auc")].toDouble() > 0.7,
                 qPrintable(QString::number(p[QStringLiteral("auc")].toDouble())));
        QCOMPARE(p[QStringLiteral("calibration")].toArray().size(), 10);
        double importance = 0;
        for (const QJsonValue &v : p[QStringLiteral("importance")].toObject())
            importance += v.toDouble();
        QVERIFY(qAbs(importance - 1) < 1e-6);
    }

    // --model: trained and saved on an earlier window, loaded and tested only on later rows.
    void modelIsSavedThenLoadedAndTestedOnLaterRows()
    {
        auto at = [](const QJsonValue &v) { return QDateTime::fromString(v.toString(), Qt::ISODateWithMs); };
        const QDateTime first = at(m_truth[QStringLiteral("first")]),
                        last = at(m_truth[QStringLiteral("last")]);
        const QString middle = first.addMSecs(first.msecsTo(last) / 2).toUTC().toString(Qt::ISODate);
        const QString model = m_dir.filePath(QStringLiteral("oracle.model"));
        auto analyze = [this](const QStringList &extra, int expectedExit) {
            QProcess p;
            run(p, qEnvironmentVariable("PEGBOARD_BIN"),
                QStringList{QStringLiteral("analyze"), QStringLiteral("--db"), m_url,
                            QStringLiteral("--json")} +
                    extra);
            const QByteArray error = p.readAllStandardError();
            if (p.exitCode() != expectedExit)
                qWarning("exit %d: %s", p.exitCode(), error.constData());
            return std::pair{p.exitCode() == expectedExit && expectedExit == 0
                                 ? readJson(p.readAllStandardOutput())
                                 : QJsonObject(),
                             error};
        };

        const auto [trained, trainError] =
            analyze({QStringLiteral("--to"), middle, QStringLiteral("--model"), model}, 0);
        const QJsonObject p1 = trained[QStringLiteral("predictor")].toObject();
        QVERIFY2(!p1.contains(QStringLiteral("error")), qPrintable(p1[QStringLiteral("error")].toString()));
        QCOMPARE(p1[QStringLiteral("model")][QStringLiteral("loaded")].toBool(true), false);
        QCOMPARE(p1[QStringLiteral("model")][QStringLiteral("path")].toString(), model);
        QVERIFY(QFile::exists(model));
        QFile sidecarFile(model + QStringLiteral(".json"));
        QVERIFY(sidecarFile.open(QIODevice::ReadOnly));
        const QJsonObject sidecar = readJson(sidecarFile.readAll());
        const QDateTime sidecarTrainTo = at(sidecar[QStringLiteral("train_to")]);
        QCOMPARE(sidecarTrainTo, at(p1[QStringLiteral("train")][QStringLiteral("to")]));
        QVERIFY(sidecarTrainTo < at(middle));
        QCOMPARE(sidecar[QStringLiteral("features")].toArray().size(), 8);

        // The whole history: the model is loaded, not retrained, and tested after its training end.
        const auto [loaded, loadError] = analyze({QStringLiteral("--model"), model}, 0);
        const QJsonObject p2 = loaded[QStringLiteral("predictor")].toObject();
        QVERIFY2(!p2.contains(QStringLiteral("error")), qPrintable(p2[QStringLiteral("error")].toString()));
        QCOMPARE(p2[QStringLiteral("model")][QStringLiteral("loaded")].toBool(false), true);
        QCOMPARE(at(p2[QStringLiteral("train")][QStringLiteral("to")]), sidecarTrainTo);
        QCOMPARE(at(p2[QStringLiteral("train")][QStringLiteral("from")]),
                 at(sidecar[QStringLiteral("train_from")]));
        const QDateTime testFrom = at(p2[QStringLiteral("test")][QStringLiteral("from")]);
        QVERIFY(testFrom >= sidecarTrainTo.addSecs(15 * 60));
        // Tested on more later rows than the first run had: everything after the training period.
        QVERIFY(p2[QStringLiteral("test")][QStringLiteral("rows")].toInteger() >
                p1[QStringLiteral("test")][QStringLiteral("rows")].toInteger());
        QVERIFY(p2[QStringLiteral("test")][QStringLiteral("positives")].toInt() > 0);
        qInfo("loaded model, AUC %.3f on rows from %s", p2[QStringLiteral("auc")].toDouble(),
              qPrintable(testFrom.toString(Qt::ISODate)));
        QVERIFY(p2[QStringLiteral("auc")].toDouble() > 0.6);

        // A window that ends inside the training period has nothing honest to test on.
        const auto [early, earlyError] = analyze(
            {QStringLiteral("--to"), sidecarTrainTo.toString(Qt::ISODate), QStringLiteral("--model"), model},
            0);
        const QJsonObject p3 = early[QStringLiteral("predictor")].toObject();
        QVERIFY(!p3.contains(QStringLiteral("auc")));
        QVERIFY2(p3[QStringLiteral("error")].toString().contains(QStringLiteral("no later feed rows")),
                 qPrintable(p3[QStringLiteral("error")].toString()));

        // --retrain trains on the window given and overwrites the file.
        const auto [retrained, retrainError] =
            analyze({QStringLiteral("--model"), model, QStringLiteral("--retrain")}, 0);
        const QJsonObject p4 = retrained[QStringLiteral("predictor")].toObject();
        QCOMPARE(p4[QStringLiteral("model")][QStringLiteral("loaded")].toBool(true), false);
        QFile again(model + QStringLiteral(".json"));
        QVERIFY(again.open(QIODevice::ReadOnly));
        QVERIFY(at(readJson(again.readAll())[QStringLiteral("train_to")]) > sidecarTrainTo);

        // Garbage in the model file: a clear error and exit 1, the file left as it was.
        QFile corrupt(model);
        QVERIFY(corrupt.open(QIODevice::WriteOnly | QIODevice::Truncate));
        corrupt.write(QByteArray("\x89PNG not a model at all\x00\xff", 30));
        corrupt.close();
        const auto [bad, badError] = analyze({QStringLiteral("--model"), model}, 1);
        QVERIFY(bad.isEmpty());
        QVERIFY2(badError.contains(model.toUtf8()) && badError.contains("not a model"), badError.constData());
        QCOMPARE(QFileInfo(model).size(), 30);
        const auto [noRetrainTarget, usage] = analyze({QStringLiteral("--retrain")}, 2);
        QVERIFY(usage.contains("--model"));
    }

    void windowAndBadInput()
    {
        QProcess windowed;
        run(windowed, qEnvironmentVariable("PEGBOARD_BIN"),
            {QStringLiteral("analyze"), QStringLiteral("--db"), m_url, QStringLiteral("--from"),
             QStringLiteral("2025-03-10T00:00:00Z"), QStringLiteral("--to"),
             QStringLiteral("2025-03-17T00:00:00Z"), QStringLiteral("--json")});
        QCOMPARE(windowed.exitCode(), 0);
        const QJsonObject week = readJson(windowed.readAllStandardOutput());
        const qint64 issues = week[QStringLiteral("window")][QStringLiteral("issues")].toInteger();
        QVERIFY(issues > 0 && issues < m_truth[QStringLiteral("issues")].toInteger() / 4);
        QVERIFY(
            QDateTime::fromString(week[QStringLiteral("window")][QStringLiteral("first_report")].toString(),
                                  Qt::ISODateWithMs) >= QDateTime(QDate(2025, 3, 10), QTime(0, 0), Qt::UTC));

        QProcess empty;
        run(empty, qEnvironmentVariable("PEGBOARD_BIN"),
            {QStringLiteral("analyze"), QStringLiteral("--db"), m_pg.freshDatabase(),
             QStringLiteral("--json")});
        QCOMPARE(empty.exitCode(), 0);
        const QJsonObject nothing = readJson(empty.readAllStandardOutput());
        QCOMPARE(nothing[QStringLiteral("window")][QStringLiteral("issues")].toInt(-1), 0);
        QVERIFY(nothing[QStringLiteral("findings")].toArray().isEmpty());
        QVERIFY(!nothing[QStringLiteral("predictor")][QStringLiteral("error")].toString().isEmpty());

        QProcess unmigrated;
        run(unmigrated, qEnvironmentVariable("PEGBOARD_BIN"),
            {QStringLiteral("analyze"), QStringLiteral("--db"), m_pg.freshDatabase(false)});
        QCOMPARE(unmigrated.exitCode(), 1);
        QVERIFY(unmigrated.readAllStandardError().contains("stablecoin_issues"));

        QProcess human;
        run(human, qEnvironmentVariable("PEGBOARD_BIN"),
            {QStringLiteral("analyze"), QStringLiteral("--db"), m_url});
        QCOMPARE(human.exitCode(), 0);
        QVERIFY(human.readAllStandardOutput().contains("Wednesdays 14–16 UTC"));

        QProcess badTime;
        run(badTime, qEnvironmentVariable("PEGBOARD_BIN"),
            {QStringLiteral("analyze"), QStringLiteral("--db"), m_url, QStringLiteral("--from"),
             QStringLiteral("tuesday")});
        QCOMPARE(badTime.exitCode(), 2);
        QVERIFY(badTime.readAllStandardError().contains("tuesday"));
        QProcess badDb;
        run(badDb, qEnvironmentVariable("PEGBOARD_BIN"),
            {QStringLiteral("analyze"), QStringLiteral("--db"),
             QStringLiteral("postgresql:///nope?host=/nonexistent")});
        QCOMPARE(badDb.exitCode(), 1);
        QVERIFY(!badDb.readAllStandardError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAnalyzeCommand)
#include "tst_analyzecommand.moc"
