#include "predictormodelfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace pegboard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pegboard::PredictorModelFile", text);
}

QStringList currentFeatures()
{
    QStringList names;
    for (int k = 0; k < PredictorDataset::FeatureCount; ++k)
        names << PredictorDataset::featureName(k);
    return names;
}

QString isoTime(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

Error invalid(const QString &path, const QString &why)
{
    return Error{Error::Code::InvalidInput,
                 QCoreApplication::translate("pegboard::PredictorModelFile",
                                             "The model description %1 is unusable: %2")
                     .arg(path, why)};
}
} // namespace

QString PredictorModelFile::sidecarPath(const QString &modelPath)
{
    return modelPath + QStringLiteral(".json");
}

PredictorModelFile::Info PredictorModelFile::describe(const QString &symbol, std::int64_t horizonMs,
                                                      const OraclePredictor::Metrics &m)
{
    Info info;
    info.symbol = symbol;
    info.features = currentFeatures();
    info.horizonMs = horizonMs;
    info.trainFromMs = m.trainFromMs;
    info.trainToMs = m.trainToMs;
    info.trainRows = m.trainRows;
    info.threshold = m.threshold;
    return info;
}

Result<void> PredictorModelFile::save(const OraclePredictor &predictor, const Info &info, const QString &path)
{
    if (auto saved = predictor.save(path); !saved)
        return saved;
    const QJsonObject json{{QStringLiteral("symbol"), info.symbol},
                           {QStringLiteral("features"), QJsonArray::fromStringList(info.features)},
                           {QStringLiteral("horizon_ms"), qint64(info.horizonMs)},
                           {QStringLiteral("train_from"), isoTime(info.trainFromMs)},
                           {QStringLiteral("train_to"), isoTime(info.trainToMs)},
                           {QStringLiteral("train_rows"), qint64(info.trainRows)},
                           {QStringLiteral("threshold"), info.threshold}};
    QSaveFile file(sidecarPath(path));
    const QByteArray bytes = QJsonDocument(json).toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::make(
            Error::Code::Io,
            tr("Cannot write the model description %1: %2").arg(sidecarPath(path), file.errorString()));
    return {};
}

Result<PredictorModelFile::Info> PredictorModelFile::load(OraclePredictor &predictor, const QString &path)
{
    const QString sidecar = sidecarPath(path);
    QFile file(sidecar);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            QFile::exists(sidecar) ? Error::Code::Io : Error::Code::NotFound,
            tr("The model %1 has no readable description %2: %3").arg(path, sidecar, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return Unexpected<Error>(invalid(sidecar, parseError.errorString()));
    const QJsonObject json = doc.object();
    Info info;
    info.symbol = json[QStringLiteral("symbol")].toString();
    for (const QJsonValue &v : json[QStringLiteral("features")].toArray())
        info.features << v.toString();
    info.horizonMs = json[QStringLiteral("horizon_ms")].toInteger();
    const QDateTime from =
        QDateTime::fromString(json[QStringLiteral("train_from")].toString(), Qt::ISODateWithMs);
    const QDateTime to =
        QDateTime::fromString(json[QStringLiteral("train_to")].toString(), Qt::ISODateWithMs);
    info.trainRows = json[QStringLiteral("train_rows")].toInteger();
    info.threshold = json[QStringLiteral("threshold")].toDouble(-1);
    if (info.symbol.isEmpty() || info.horizonMs <= 0 || !from.isValid() || !to.isValid() || from > to ||
        info.threshold < 0 || info.threshold > 1)
        return Unexpected<Error>(invalid(
            sidecar, tr("symbol, horizon, training period or threshold is missing or out of range.")));
    info.trainFromMs = from.toMSecsSinceEpoch();
    info.trainToMs = to.toMSecsSinceEpoch();
    if (info.features != currentFeatures())
        return Unexpected<Error>(
            invalid(sidecar, tr("it was trained on the features %1, this build computes %2.")
                                 .arg(info.features.join(QStringLiteral(", ")),
                                      currentFeatures().join(QStringLiteral(", ")))));
    OraclePredictor loaded;
    if (auto ok = loaded.load(path); !ok)
        return Unexpected<Error>(ok.error());
    if (loaded.featureCount() != PredictorDataset::FeatureCount)
        return Error::make(Error::Code::InvalidInput,
                           tr("The model %1 expects %2 features per row, this build computes %3.")
                               .arg(path)
                               .arg(loaded.featureCount())
                               .arg(int(PredictorDataset::FeatureCount)));
    if (auto ok = predictor.load(path); !ok)
        return Unexpected<Error>(ok.error());
    return info;
}

} // namespace pegboard
