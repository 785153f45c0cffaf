#include "console/analysiscontroller.h"
#include "dataset/livedataset.h"
#include "testcluster.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pegboard;

// Where the console's live predictor gets its model: the analysis trains it off the GUI thread on
// the window's recorded feeds and saves it to the model file; the next session loads that file
// instead of starting without a model.
class TestConsolePredictor : public QObject
{
    Q_OBJECT
    test::TestCluster m_pg;
    QString m_url;
    QTemporaryDir m_dir;
    QDateTime m_first, m_last;

    static std::optional<PredictorStage::Model> analyse(AnalysisController &c, const QString &url,
                                                        const QDateTime &from, const QDateTime &to)
    {
        QSignalSpy ready(&c, &AnalysisController::modelReady);
        QSignalSpy finished(&c, &AnalysisController::finished);
        QSignalSpy failed(&c, &AnalysisController::modelFailed);
        c.setWindow(from, to);
        c.setDataset(LiveDataset::opener(url));
        if (!finished.wait(240000))
            return std::nullopt;
        if (!failed.isEmpty())
            qWarning("%s", qPrintable(failed.first().at(0).toString()));
        return ready.isEmpty() ? std::nullopt
                               : std::optional(ready.first().at(0).value<PredictorStage::Model>());
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<PredictorStage::Model>();
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
        m_url = m_pg.freshDatabase();
        QProcess generator;
        generator.start(
            QStringLiteral("python3"),
            {qEnvironmentVariable("PEGBOARD_TEST_DATA") + QStringLiteral("/analysis/external_generator.py"),
             QStringLiteral("--db"), m_url, QStringLiteral("--out"), m_dir.path()});
        QVERIFY(generator.waitForFinished(480000));
        QVERIFY2(generator.exitCode() == 0, generator.readAllStandardError().constData());
        QFile truth(m_dir.filePath(QStringLiteral("truth.json")));
        QVERIFY(truth.open(QIODevice::ReadOnly));
        const QJsonObject t = QJsonDocument::fromJson(truth.readAll()).object();
        m_first = QDateTime::fromString(t[QStringLiteral("first")].toString(), Qt::ISODateWithMs);
        m_last = QDateTime::fromString(t[QStringLiteral("last")].toString(), Qt::ISODateWithMs);
        QVERIFY(m_first.isValid() && m_last.isValid());
    }

    void analysisTrainsSavesAndTheNextSessionLoads()
    {
        const QString path = m_dir.filePath(QStringLiteral("oracle-predictor.model"));
        const QDateTime to = m_last.addSecs(1);
        std::optional<PredictorStage::Model> trained;
        {
            AnalysisController first;
            first.setModelPath(path);
            trained = analyse(first, m_url, m_first, to);
            QVERIFY2(trained, "the analysis handed over no model");
            QVERIFY(trained->predictor && trained->predictor->isTrained());
            QVERIFY(first.model().has_value());
        }
        QVERIFY(QFile::exists(path));
        QVERIFY(QFile::exists(path + QStringLiteral(".json")));
        // Trained on the newest two weeks of the window, ending inside it.
        QVERIFY(trained->info.trainToMs <= to.toMSecsSinceEpoch());
        QVERIFY(trained->info.trainFromMs >=
                to.toMSecsSinceEpoch() - qint64(AnalysisController::TrainingDays) * 86400000);
        QVERIFY(!trained->info.symbol.isEmpty());

        AnalysisController next;
        next.setModelPath(path);
        const auto loaded = analyse(next, m_url, m_first, to);
        QVERIFY2(loaded, "the next session handed over no model");
        // Loaded, not retrained: same training period, same predictions.
        QCOMPARE(loaded->info.trainToMs, trained->info.trainToMs);
        QCOMPARE(loaded->info.threshold, trained->info.threshold);
        ContextSnapshot stalled;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        stalled.setOracleLastUpdate(now.addSecs(-1800));
        stalled.setGasPriceGwei(250);
        const auto a = trained->predictor->predict(stalled, now),
                   b = loaded->predictor->predict(stalled, now);
        QVERIFY(a && b);
        QCOMPARE(*b, *a);

        // A corrupt file does not stop the console: the next analysis trains anew and rewrites it.
        QFile junk(path);
        QVERIFY(junk.open(QIODevice::WriteOnly | QIODevice::Truncate));
        junk.write("\x00\x01 garbage, not a model");
        junk.close();
        AnalysisController third;
        third.setModelPath(path);
        QSignalSpy failed(&third, &AnalysisController::modelFailed);
        const auto retrained = analyse(third, m_url, m_first, to);
        QVERIFY(retrained);
        QVERIFY(failed.isEmpty());
        OraclePredictor check;
        QVERIFY(PredictorModelFile::load(check, path));
    }
};

QTEST_GUILESS_MAIN(TestConsolePredictor)
#include "tst_consolepredictor.moc"
