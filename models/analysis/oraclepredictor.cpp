#include "oraclepredictor.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <xgboost/c_api.h>

namespace pegboard {

namespace {
Error xgbError(const QString &what)
{
    return Error{Error::Code::InvalidInput,
                 QStringLiteral("%1: %2").arg(what, QString::fromUtf8(XGBGetLastError()))};
}

struct Matrix
{
    DMatrixHandle handle = nullptr;
    ~Matrix()
    {
        if (handle)
            XGDMatrixFree(handle);
    }
};

bool makeMatrix(Matrix &m, const float *data, std::size_t rows, const float *labels)
{
    if (XGDMatrixCreateFromMat(data, bst_ulong(rows), PredictorDataset::FeatureCount, NAN, &m.handle) != 0)
        return false;
    return !labels || XGDMatrixSetFloatInfo(m.handle, "label", labels, bst_ulong(rows)) == 0;
}
} // namespace

OraclePredictor::OraclePredictor() = default;

OraclePredictor::~OraclePredictor()
{
    if (m_booster)
        XGBoosterFree(m_booster);
}

double OraclePredictor::auc(const std::vector<float> &scores, const std::vector<float> &labels)
{
    const std::size_t n = std::min(scores.size(), labels.size());
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](auto a, auto b) { return scores[a] < scores[b]; });
    // Mann–Whitney U with average ranks for ties.
    double rankSum = 0, positives = 0;
    for (std::size_t i = 0; i < n;) {
        std::size_t j = i;
        while (j < n && scores[order[j]] == scores[order[i]])
            ++j;
        const double rank = (double(i) + double(j - 1)) / 2 + 1;
        for (std::size_t k = i; k < j; ++k)
            if (labels[order[k]] > 0.5f)
                rankSum += rank, positives += 1;
        i = j;
    }
    const double negatives = double(n) - positives;
    if (positives == 0 || negatives == 0)
        return 0.5;
    return (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
}

std::pair<std::size_t, std::size_t> OraclePredictor::chronologicalSplit(const PredictorDataset &d,
                                                                        double fraction)
{
    if (d.rows() == 0)
        return {0, 0};
    const std::int64_t first = d.timesMs.front(), last = d.timesMs.back();
    const auto split = first + std::int64_t(double(last - first) * fraction);
    std::size_t trainEnd = 0;
    while (trainEnd < d.rows() && d.timesMs[trainEnd] + d.horizonMs <= split)
        ++trainEnd;
    const auto testBegin =
        std::size_t(std::lower_bound(d.timesMs.begin(), d.timesMs.end(), split) - d.timesMs.begin());
    return {trainEnd, testBegin};
}

Result<OraclePredictor::Metrics> OraclePredictor::train(const PredictorDataset &d, const Options &o)
{
    if (d.rows() < 10)
        return Error::make(
            Error::Code::InvalidInput,
            QCoreApplication::translate("OraclePredictor", "Too little feed history to train on (%1 rows).")
                .arg(d.rows()));
    const auto [trainEnd, testBegin] = chronologicalSplit(d, o.trainFraction);
    if (trainEnd < 5 || testBegin >= d.rows())
        return Error::make(
            Error::Code::InvalidInput,
            QCoreApplication::translate("OraclePredictor", "The history is too short to split in time."));
    const std::vector<float> trainLabels(d.labels.begin(), d.labels.begin() + std::ptrdiff_t(trainEnd));
    if (std::none_of(trainLabels.begin(), trainLabels.end(), [](float l) { return l > 0.5f; }))
        return Error::make(
            Error::Code::InvalidInput,
            QCoreApplication::translate("OraclePredictor",
                                        "No oracle failure in the training period; nothing to learn."));

    Matrix train;
    if (!makeMatrix(train, d.features.data(), trainEnd, trainLabels.data()))
        return Unexpected<Error>(xgbError(QStringLiteral("DMatrix")));
    if (m_booster) {
        XGBoosterFree(m_booster);
        m_booster = nullptr;
    }
    if (XGBoosterCreate(&train.handle, 1, &m_booster) != 0)
        return Unexpected<Error>(xgbError(QStringLiteral("Booster")));
    const std::pair<const char *, std::string> params[] = {
        {"objective", "binary:logistic"},
        {"tree_method", "hist"},
        {"max_depth", std::to_string(o.maxDepth)},
        {"eta", std::to_string(o.learningRate)},
        {"nthread", std::to_string(o.threads)},
        {"min_child_weight", std::to_string(o.minChildWeight)},
        {"subsample", std::to_string(o.subsample)},
        {"seed", "0"},
        {"verbosity", "0"}};
    for (const auto &[key, value] : params)
        if (XGBoosterSetParam(m_booster, key, value.c_str()) != 0)
            return Unexpected<Error>(xgbError(QStringLiteral("Parameter %1").arg(QLatin1String(key))));
    for (int round = 0; round < o.rounds; ++round)
        if (XGBoosterUpdateOneIter(m_booster, round, train.handle) != 0)
            return Unexpected<Error>(xgbError(QStringLiteral("Training")));

    auto trainScores = predict(std::vector<float>(
        d.features.begin(), d.features.begin() + std::ptrdiff_t(trainEnd * PredictorDataset::FeatureCount)));
    if (!trainScores)
        return Unexpected<Error>(trainScores.error());
    // The decision threshold is a training-period choice too (best F1 there).
    double bestF1 = -1, threshold = 0.5;
    for (double t = 0.05; t < 0.96; t += 0.05) {
        double tp = 0, fp = 0, fn = 0;
        for (std::size_t i = 0; i < trainLabels.size(); ++i) {
            const bool predicted = (*trainScores)[i] >= t, actual = trainLabels[i] > 0.5f;
            tp += predicted && actual, fp += predicted && !actual, fn += !predicted && actual;
        }
        const double f1 = tp > 0 ? 2 * tp / (2 * tp + fp + fn) : 0;
        if (f1 > bestF1)
            bestF1 = f1, threshold = t;
    }
    auto m = evaluate(d, testBegin, threshold);
    if (!m)
        return m;
    m->trainFromMs = d.timesMs.front();
    m->trainToMs = d.timesMs[trainEnd - 1];
    m->trainRows = qint64(trainEnd);
    return m;
}

Result<OraclePredictor::Metrics> OraclePredictor::evaluate(const PredictorDataset &d, std::size_t testBegin,
                                                           double threshold) const
{
    if (testBegin >= d.rows())
        return Error::make(
            Error::Code::InvalidInput,
            QCoreApplication::translate("OraclePredictor", "There are no rows to evaluate the model on."));
    auto testScores = predict(std::vector<float>(
        d.features.begin() + std::ptrdiff_t(testBegin * PredictorDataset::FeatureCount), d.features.end()));
    if (!testScores)
        return Unexpected<Error>(testScores.error());
    const std::vector<float> testLabels(d.labels.begin() + std::ptrdiff_t(testBegin), d.labels.end());
    Metrics m;
    m.testFromMs = d.timesMs[testBegin];
    m.testToMs = d.timesMs.back();
    m.testRows = qint64(d.rows() - testBegin);
    m.threshold = threshold;
    double tp = 0, fp = 0, fn = 0;
    m.calibration.resize(10);
    for (std::size_t b = 0; b < 10; ++b)
        m.calibration[b].from = b / 10.0, m.calibration[b].to = (b + 1) / 10.0;
    for (std::size_t i = 0; i < testLabels.size(); ++i) {
        const float p = (*testScores)[i];
        const bool predicted = p >= m.threshold, actual = testLabels[i] > 0.5f;
        tp += predicted && actual, fp += predicted && !actual, fn += !predicted && actual;
        m.testPositives += actual;
        CalibrationBin &bin = m.calibration[std::min<std::size_t>(9, std::size_t(p * 10))];
        ++bin.count;
        bin.meanPredicted += p;
        bin.observedRate += actual;
    }
    for (CalibrationBin &bin : m.calibration)
        if (bin.count)
            bin.meanPredicted /= double(bin.count), bin.observedRate /= double(bin.count);
    m.auc = auc(*testScores, testLabels);
    m.precision = tp + fp > 0 ? tp / (tp + fp) : 0;
    m.recall = tp + fn > 0 ? tp / (tp + fn) : 0;
    m.importance = importance();
    return m;
}

std::array<double, PredictorDataset::FeatureCount> OraclePredictor::importance() const
{
    std::array<double, PredictorDataset::FeatureCount> out{};
    bst_ulong nFeatures = 0, dim = 0;
    const char **names = nullptr;
    const bst_ulong *shape = nullptr;
    const float *scores = nullptr;
    if (!m_booster || XGBoosterFeatureScore(m_booster, R"({"importance_type": "total_gain"})", &nFeatures,
                                            &names, &dim, &shape, &scores) != 0)
        return out;
    double total = 0;
    for (bst_ulong i = 0; i < nFeatures; ++i) {
        // Unnamed features are reported as "f<index>".
        const int index = std::atoi(names[i] + (names[i][0] == 'f' ? 1 : 0));
        if (index >= 0 && index < PredictorDataset::FeatureCount)
            out[std::size_t(index)] += scores[i], total += scores[i];
    }
    for (double &v : out)
        v = total > 0 ? v / total : 0;
    return out;
}

int OraclePredictor::featureCount() const
{
    bst_ulong n = 0;
    if (!m_booster || XGBoosterGetNumFeature(m_booster, &n) != 0)
        return 0;
    return int(n);
}

Result<std::vector<float>> OraclePredictor::predict(const std::vector<float> &rows) const
{
    if (!m_booster)
        return Error::make(
            Error::Code::InvalidInput,
            QCoreApplication::translate("OraclePredictor", "The predictor has not been trained or loaded."));
    const std::size_t n = rows.size() / PredictorDataset::FeatureCount;
    if (n == 0)
        return std::vector<float>{};
    Matrix m;
    if (!makeMatrix(m, rows.data(), n, nullptr))
        return Unexpected<Error>(xgbError(QStringLiteral("DMatrix")));
    bst_ulong length = 0;
    const float *out = nullptr;
    if (XGBoosterPredict(m_booster, m.handle, 0, 0, 0, &length, &out) != 0)
        return Unexpected<Error>(xgbError(QStringLiteral("Prediction")));
    return std::vector<float>(out, out + length);
}

Result<float> OraclePredictor::predict(const ContextSnapshot &context, const QDateTime &at) const
{
    auto p = predict(PredictorDataset::fromContext(context, at));
    if (!p)
        return Unexpected<Error>(p.error());
    return p->front();
}

Result<void> OraclePredictor::save(const QString &path) const
{
    if (!m_booster)
        return Error::make(
            Error::Code::InvalidInput,
            QCoreApplication::translate("OraclePredictor", "There is no trained model to save."));
    // Always JSON, whatever the file is called: its first byte tells a model from anything else,
    // and a JSON parser, unlike xgboost's legacy binary reader, survives arbitrary bytes.
    bst_ulong length = 0;
    const char *bytes = nullptr;
    if (XGBoosterSaveModelToBuffer(m_booster, R"({"format": "json"})", &length, &bytes) != 0)
        return Unexpected<Error>(xgbError(QStringLiteral("Model")));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes, qint64(length)) != qint64(length) ||
        !file.commit())
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("OraclePredictor", "Cannot write the model to %1: %2")
                               .arg(path, file.errorString()));
    return {};
}

Result<void> OraclePredictor::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("OraclePredictor", "No model file at %1.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("OraclePredictor", "Cannot read the model %1: %2")
                               .arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    const auto invalid = [&path](const QString &why) {
        return Error::make(
            Error::Code::InvalidInput,
            QCoreApplication::translate("OraclePredictor", "%1 is not a model this predictor can read: %2")
                .arg(path, why));
    };
    if (!bytes.trimmed().startsWith('{'))
        return invalid(QCoreApplication::translate("OraclePredictor", "it is not a JSON model."));
    BoosterHandle booster = nullptr;
    if (XGBoosterCreate(nullptr, 0, &booster) != 0)
        return Unexpected<Error>(xgbError(QStringLiteral("Booster")));
    if (XGBoosterLoadModelFromBuffer(booster, bytes.constData(), bst_ulong(bytes.size())) != 0) {
        auto e = invalid(QString::fromUtf8(XGBGetLastError()));
        XGBoosterFree(booster);
        return e;
    }
    if (m_booster)
        XGBoosterFree(m_booster);
    m_booster = booster;
    return {};
}

} // namespace pegboard
