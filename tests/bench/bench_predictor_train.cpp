// Training the oracle-failure predictor (libxgboost, 100 rounds) against scikit-learn's
// RandomForestClassifier(n_estimators=100, n_jobs=2) on the same rows, exported as CSV, with the
// same chronological split; both are scored on the same later period. Prints
// {"bench":"predictor_train",…} last; ratio = sklearn fit time / our training time (target ≥ 10),
// auc_gap = sklearn AUC − ours (target ≤ 0.01).
#include "analysis/oraclepredictor.h"
#include "domain/feedseries.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cstdio>

using namespace pegboard;

namespace {
const char *sklearnScript = R"(
import json, sys, time
import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score
train = np.genfromtxt(sys.argv[1], delimiter=',', skip_header=1)
test = np.genfromtxt(sys.argv[2], delimiter=',', skip_header=1)
k = train.shape[1] - 2
X, y, Xt, yt = train[:, :k], train[:, k], test[:, :k], test[:, k]
# scikit-learn 1.2's forests refuse NaN: impute the training medians (xgboost handles gaps itself).
med = np.nan_to_num(np.nanmedian(X, axis=0))
X = np.where(np.isnan(X), med, X)
Xt = np.where(np.isnan(Xt), med, Xt)
t0 = time.perf_counter()
model = RandomForestClassifier(n_estimators=100, n_jobs=2, random_state=0).fit(X, y)
fit = time.perf_counter() - t0
print(json.dumps({"fit_s": fit, "auc": roc_auc_score(yt, model.predict_proba(Xt)[:, 1])}))
)";

// Minute feeds whose oracle now and then stalls; failures follow long stalls, plus random noise.
void synthesise(int days, std::vector<FeedSample> &samples, std::vector<std::int64_t> &failures)
{
    QRandomGenerator rng(42);
    const std::int64_t start = QDateTime(QDate(2025, 1, 6), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    double logGas = 4, lastUpdateS = double(start) / 1000;
    int stall = 0;
    for (int minute = 0; minute < days * 1440; ++minute) {
        const std::int64_t t = start + std::int64_t(minute) * 60000;
        logGas += 0.05 * (4 - logGas) + (rng.bounded(2.0) - 1) * 0.15;
        if (stall == 0 && rng.bounded(300) == 0)
            stall = 10 + int(rng.bounded(35));
        stall > 0 ? void(--stall) : void(lastUpdateS = double(t) / 1000);
        const double age = double(t) / 1000 - lastUpdateS, gas = std::exp(logGas);
        const double congestion = std::min(1.0, gas / 150 + rng.bounded(0.3));
        samples.push_back({FeedSeries::GasGwei, t, gas, false});
        samples.push_back({FeedSeries::Congestion, t, congestion, false});
        samples.push_back({FeedSeries::MevActivity, t, rng.bounded(1.0), false});
        samples.push_back(
            {FeedSeries::price(QStringLiteral("USDC")), t, 1 + (rng.bounded(20.0) - 10) / 1e4, false});
        samples.push_back(
            {FeedSeries::volume24hUsd(QStringLiteral("USDC")), t, 1e6 + rng.bounded(1e5), false});
        samples.push_back({FeedSeries::oracleUpdatedAt(QStringLiteral("USDC")), t, lastUpdateS, false});
        // Stalls under congestion fail more often; a few failures have no visible cause.
        const double risk = age > 600 ? 0.08 + 0.15 * congestion : 0.0008;
        if (rng.generateDouble() < risk)
            failures.push_back(t + std::int64_t(rng.bounded(60000)));
    }
}

bool writeFile(const QString &path, const std::string &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.data(), qint64(text.size())) == qint64(text.size());
}

PredictorDataset slice(const PredictorDataset &d, std::size_t from, std::size_t to)
{
    PredictorDataset s;
    s.features.assign(d.features.begin() + std::ptrdiff_t(from * PredictorDataset::FeatureCount),
                      d.features.begin() + std::ptrdiff_t(to * PredictorDataset::FeatureCount));
    s.labels.assign(d.labels.begin() + std::ptrdiff_t(from), d.labels.begin() + std::ptrdiff_t(to));
    s.timesMs.assign(d.timesMs.begin() + std::ptrdiff_t(from), d.timesMs.begin() + std::ptrdiff_t(to));
    return s;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int days = argc > 1 ? std::atoi(argv[1]) : 60;
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 2;
    std::vector<FeedSample> samples;
    std::vector<std::int64_t> failures;
    synthesise(days, samples, failures);
    const PredictorDataset data = PredictorDataset::build(samples, failures, {});
    const auto [trainEnd, testBegin] = OraclePredictor::chronologicalSplit(data, 0.7);

    QTemporaryDir dir;
    const QString trainCsv = dir.filePath(QStringLiteral("train.csv")),
                  testCsv = dir.filePath(QStringLiteral("test.csv"));
    const QString script = dir.filePath(QStringLiteral("baseline.py"));
    if (!writeFile(trainCsv, slice(data, 0, trainEnd).toCsv()) ||
        !writeFile(testCsv, slice(data, testBegin, data.rows()).toCsv()) || !writeFile(script, sklearnScript))
        return 1;
    const QString python = QFile::exists(QStringLiteral("/usr/bin/python3"))
                               ? QStringLiteral("/usr/bin/python3")
                               : QStringLiteral("python3");

    double ours = 1e300, baseline = 1e300, oursAuc = 0, baselineAuc = 0;
    for (int round = 0; round < rounds; ++round) {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(python, {script, trainCsv, testCsv});
        if (!p.waitForFinished(-1) || p.exitCode() != 0) {
            std::fprintf(stderr, "scikit-learn baseline failed (is python3-sklearn installed?)\n");
            return 1;
        }
        const QJsonObject result = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        const double b = result[QStringLiteral("fit_s")].toDouble();
        baselineAuc = result[QStringLiteral("auc")].toDouble();

        QElapsedTimer clock;
        clock.start();
        OraclePredictor predictor;
        auto metrics = predictor.train(data);
        const double o = clock.nsecsElapsed() / 1e9;
        if (!metrics) {
            std::fprintf(stderr, "training failed: %s\n", qPrintable(metrics.error().message));
            return 1;
        }
        oursAuc = metrics->auc;
        std::fprintf(stderr, "round %d: scikit-learn fit %.3f s (AUC %.4f), ours %.3f s (AUC %.4f)\n",
                     round + 1, b, baselineAuc, o, oursAuc);
        baseline = std::min(baseline, b);
        ours = std::min(ours, o);
    }
    std::printf("{\"bench\":\"predictor_train\",\"train_rows\":%zu,\"test_rows\":%zu,\"ours_s\":%.3f,"
                "\"baseline_s\":%.3f,\"ratio\":%.1f,\"ours_auc\":%.4f,\"baseline_auc\":%.4f,\"auc_gap\":%.4f,"
                "\"target_ratio_min\":10,\"target_auc_gap_max\":0.01}\n",
                trainEnd, data.rows() - testBegin, ours, baseline, baseline / ours, oursAuc, baselineAuc,
                baselineAuc - oursAuc);
    return 0;
}
