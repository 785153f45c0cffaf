#include "analysis/oraclepredictor.h"
#include "analysis/predictormodelfile.h"
#include "domain/feedseries.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace pegboard;

class TestOraclePredictor : public QObject
{
    Q_OBJECT

    struct History
    {
        std::vector<FeedSample> samples;
        std::vector<std::int64_t> failures;
    };

    // Ten days of minute samples. The oracle now and then stalls for 10–40 minutes; failures are
    // reported mostly once it has been silent for over ten minutes.
    static History history(quint32 seed, int days = 10)
    {
        QRandomGenerator rng(seed);
        History h;
        const std::int64_t start = QDateTime(QDate(2025, 4, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        double gas = 40, lastUpdateS = double(start) / 1000;
        int stallLeft = 0;
        for (int minute = 0; minute < days * 1440; ++minute) {
            const std::int64_t t = start + std::int64_t(minute) * 60000;
            gas = std::clamp(gas + rng.bounded(10.0) - 5, 5.0, 400.0);
            if (stallLeft == 0 && rng.bounded(200) == 0)
                stallLeft = 10 + int(rng.bounded(30));
            if (stallLeft > 0)
                --stallLeft;
            else
                lastUpdateS = double(t) / 1000;
            const double ageS = double(t) / 1000 - lastUpdateS;
            h.samples.push_back({FeedSeries::GasGwei, t, gas, false});
            h.samples.push_back({FeedSeries::Congestion, t, rng.bounded(1.0), false});
            h.samples.push_back({FeedSeries::MevActivity, t, rng.bounded(1.0), false});
            h.samples.push_back(
                {FeedSeries::price(QStringLiteral("USDC")), t, 1 + (rng.bounded(20.0) - 10) / 10000, false});
            h.samples.push_back(
                {FeedSeries::volume24hUsd(QStringLiteral("USDC")), t, 1e6 + rng.bounded(1e5), false});
            h.samples.push_back({FeedSeries::oracleUpdatedAt(QStringLiteral("USDC")), t, lastUpdateS, false});
            if ((ageS > 600 && rng.bounded(6) == 0) || rng.bounded(2000) == 0)
                h.failures.push_back(t + 60000 * std::int64_t(rng.bounded(5)));
        }
        return h;
    }

private slots:
    void featuresLookOnlyBackwards()
    {
        const History h = history(1, 2);
        const auto d = PredictorDataset::build(h.samples, h.failures, {});
        QVERIFY(d.rows() > 2000);
        QCOMPARE(d.features.size(), d.rows() * PredictorDataset::FeatureCount);
        for (std::size_t i = 0; i < d.rows(); ++i) {
            QVERIFY(d.row(i)[PredictorDataset::OracleAgeS] >= 0);
            const bool failureAhead = std::any_of(h.failures.begin(), h.failures.end(), [&](std::int64_t f) {
                return f > d.timesMs[i] && f <= d.timesMs[i] + 15 * 60000;
            });
            QCOMPARE(d.labels[i] > 0.5f, failureAhead);
        }
        const std::string csv = d.toCsv();
        QVERIFY(csv.starts_with("gas_gwei,gas_change,"));
        QCOMPARE(std::count(csv.begin(), csv.end(), '\n'), std::ptrdiff_t(d.rows() + 1));
    }

    void trainsOnTheEarlierPeriodAndEvaluatesOnTheLater()
    {
        const History h = history(2);
        const auto d = PredictorDataset::build(h.samples, h.failures, {});
        OraclePredictor predictor;
        auto m = predictor.train(d);
        QVERIFY2(m, qPrintable(m.error().message));
        QVERIFY(m->trainFromMs < m->trainToMs);
        QVERIFY(m->trainToMs + 15 * 60000 <= m->testFromMs);
        QVERIFY(m->testFromMs < m->testToMs);
        QCOMPARE(m->trainRows + m->testRows <= qint64(d.rows()), true);
        QVERIFY(m->testPositives > 10);
        QVERIFY2(m->auc > 0.85, qPrintable(QString::number(m->auc)));
        QVERIFY(m->precision > 0 && m->recall > 0);
        qint64 binned = 0;
        for (const auto &bin : m->calibration)
            binned += bin.count;
        QCOMPARE(binned, m->testRows);
        const auto strongest = std::max_element(m->importance.begin(), m->importance.end());
        QCOMPARE(int(strongest - m->importance.begin()), int(PredictorDataset::OracleAgeS));

        // Live: a stalled oracle scores higher than a fresh one.
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(d.timesMs.back(), Qt::UTC);
        ContextSnapshot fresh, stalled;
        fresh.setOracleLastUpdate(now.addSecs(-30));
        stalled.setOracleLastUpdate(now.addSecs(-1500));
        QVERIFY(*predictor.predict(stalled, now) > *predictor.predict(fresh, now));

        // Saved and loaded, the model predicts the same.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("oracle.json"));
        QVERIFY(predictor.save(path));
        OraclePredictor loaded;
        QVERIFY(loaded.load(path));
        const std::vector<float> rows(d.features.end() - 50 * PredictorDataset::FeatureCount,
                                      d.features.end());
        QCOMPARE(*loaded.predict(rows), *predictor.predict(rows));
    }

    void refusesWhatItCannotUse()
    {
        OraclePredictor predictor;
        QVERIFY(!predictor.predict(ContextSnapshot{}, QDateTime::currentDateTimeUtc()));
        QVERIFY(!predictor.train(PredictorDataset{}));
        QVERIFY(!predictor.save(QStringLiteral("/nonexistent/model.json")));
        QTemporaryDir dir;
        const QString junk = dir.filePath(QStringLiteral("junk.json"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{not a model");
        f.close();
        auto loaded = predictor.load(junk);
        QVERIFY(!loaded);
        QCOMPARE(predictor.load(dir.filePath(QStringLiteral("missing.json"))).error().code,
                 Error::Code::NotFound);
        // A history with no failure at all has nothing to learn.
        History quiet = history(4, 2);
        QVERIFY(!predictor.train(PredictorDataset::build(quiet.samples, {}, {})));
    }

    // Model plus sidecar: what `analyze --model` keeps between runs.
    void modelFileRoundTripPredictsTheSame()
    {
        const History h = history(5, 6);
        const auto d = PredictorDataset::build(h.samples, h.failures, {});
        OraclePredictor predictor;
        auto m = predictor.train(d);
        QVERIFY2(m, qPrintable(m.error().message));
        QTemporaryDir dir;
        // No .json suffix: the file is JSON whatever it is called.
        const QString path = dir.filePath(QStringLiteral("oracle.model"));
        const auto info = PredictorModelFile::describe(QStringLiteral("USDC"), d.horizonMs, *m);
        QVERIFY(PredictorModelFile::save(predictor, info, path));
        QVERIFY(QFile::exists(PredictorModelFile::sidecarPath(path)));

        OraclePredictor loaded;
        auto loadedInfo = PredictorModelFile::load(loaded, path);
        QVERIFY2(loadedInfo, qPrintable(loadedInfo.error().message));
        QCOMPARE(loadedInfo->symbol, QStringLiteral("USDC"));
        QCOMPARE(loadedInfo->trainFromMs, m->trainFromMs);
        QCOMPARE(loadedInfo->trainToMs, m->trainToMs);
        QCOMPARE(loadedInfo->trainRows, m->trainRows);
        QCOMPARE(loadedInfo->horizonMs, d.horizonMs);
        QVERIFY(qAbs(loadedInfo->threshold - m->threshold) < 1e-9);
        QCOMPARE(loaded.featureCount(), int(PredictorDataset::FeatureCount));
        const auto before = predictor.predict(d.features), after = loaded.predict(d.features);
        QVERIFY(before && after);
        QCOMPARE(after->size(), d.rows());
        QCOMPARE(*after, *before);
        // Evaluated on the same test rows at the same threshold, the metrics agree too.
        const auto [trainEnd, testBegin] = OraclePredictor::chronologicalSplit(d, 0.7);
        Q_UNUSED(trainEnd);
        auto again = loaded.evaluate(d, testBegin, loadedInfo->threshold);
        QVERIFY(again);
        QCOMPARE(again->auc, m->auc);
        QCOMPARE(again->testRows, m->testRows);
        QCOMPARE(again->importance, m->importance);
    }

    void modelFileRefusesBadOrMismatchedFiles()
    {
        const History h = history(6, 4);
        const auto d = PredictorDataset::build(h.samples, h.failures, {});
        OraclePredictor predictor;
        auto m = predictor.train(d);
        QVERIFY2(m, qPrintable(m.error().message));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("oracle.model"));
        QVERIFY(PredictorModelFile::save(
            predictor, PredictorModelFile::describe(QStringLiteral("USDC"), d.horizonMs, *m), path));
        auto rewrite = [](const QString &file, const QByteArray &bytes) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(bytes);
        };
        QFile sidecarFile(PredictorModelFile::sidecarPath(path));
        QVERIFY(sidecarFile.open(QIODevice::ReadOnly));
        const QByteArray sidecar = sidecarFile.readAll();
        sidecarFile.close();

        // A sidecar naming a feature set this build does not compute.
        QJsonObject other = QJsonDocument::fromJson(sidecar).object();
        other[QStringLiteral("features")] = QJsonArray{QStringLiteral("gas_gwei")};
        rewrite(PredictorModelFile::sidecarPath(path), QJsonDocument(other).toJson());
        OraclePredictor target;
        auto mismatched = PredictorModelFile::load(target, path);
        QVERIFY(!mismatched);
        QVERIFY2(mismatched.error().message.contains(QStringLiteral("features")),
                 qPrintable(mismatched.error().message));
        QVERIFY(!target.isTrained()); // nothing half-loaded

        // Garbage where the model was, and a model trained on another number of features.
        rewrite(PredictorModelFile::sidecarPath(path), sidecar);
        QByteArray garbage(4096, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char(QRandomGenerator(7).bounded(256) ^ i);
        rewrite(path, garbage);
        QVERIFY(!PredictorModelFile::load(target, path));
        rewrite(path, "{\"learner\": 42");
        QVERIFY(!PredictorModelFile::load(target, path));
        // A model of another feature count (as another build would write it) is refused, not
        // fed rows it would misread.
        QVERIFY(predictor.save(path));
        QFile modelFile(path);
        QVERIFY(modelFile.open(QIODevice::ReadOnly));
        QByteArray model = modelFile.readAll();
        modelFile.close();
        const QByteArray eight =
            "\"num_feature\":\"" + QByteArray::number(int(PredictorDataset::FeatureCount)) + '"';
        QVERIFY(model.contains(eight));
        model.replace(eight, "\"num_feature\":\"5\"");
        rewrite(path, model);
        auto narrow = PredictorModelFile::load(target, path);
        QVERIFY(!narrow);
        QVERIFY2(narrow.error().message.contains(QStringLiteral("5 features")),
                 qPrintable(narrow.error().message));
        QVERIFY(!target.isTrained());
        QVERIFY(predictor.save(path));
        QVERIFY(PredictorModelFile::load(target, path));

        // No sidecar: the training period is unknown, so the model cannot be tested honestly.
        QVERIFY(QFile::remove(PredictorModelFile::sidecarPath(path)));
        QCOMPARE(PredictorModelFile::load(target, path).error().code, Error::Code::NotFound);
    }

    void aucOfKnownRankings()
    {
        QCOMPARE(OraclePredictor::auc({0.1f, 0.2f, 0.8f, 0.9f}, {0, 0, 1, 1}), 1.0);
        QCOMPARE(OraclePredictor::auc({0.9f, 0.8f, 0.2f, 0.1f}, {0, 0, 1, 1}), 0.0);
        QCOMPARE(OraclePredictor::auc({0.5f, 0.5f}, {0, 1}), 0.5);
        QCOMPARE(OraclePredictor::auc({0.3f, 0.6f, 0.4f}, {0, 1, 1}), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestOraclePredictor)
#include "tst_oraclepredictor.moc"
