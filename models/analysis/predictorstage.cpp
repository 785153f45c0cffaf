#include "predictorstage.h"

#include "domain/issuetype.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>
#include <map>

namespace pegboard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pegboard::PredictorStage", text);
}

std::vector<std::int64_t> failuresOf(const Snapshot &s, const QString &symbol)
{
    std::vector<std::int64_t> failures;
    const std::uint16_t oracle = s.types.find(IssueType::OracleFailure.toStdString());
    if (oracle == StringDictionary::None)
        return failures;
    for (std::size_t i = 0; i < s.size(); ++i)
        if (s.type[i] == oracle && s.reportedMs[i] != Snapshot::NoTime &&
            (s.symbol[i] == StringDictionary::None || s.symbols.text(s.symbol[i]) == symbol))
            failures.push_back(s.reportedMs[i]);
    return failures;
}
} // namespace

QString PredictorStage::symbolWithOracle(std::span<const FeedSample> feeds, const Snapshot &s)
{
    std::map<QString, int> votes;
    for (const FeedSample &f : feeds)
        if (f.series.startsWith(QLatin1String("oracle:")) && f.series.endsWith(QLatin1String(":updated_at")))
            votes.emplace(f.series.section(QLatin1Char(':'), 1, 1), 0);
    const std::uint16_t oracle = s.types.find(IssueType::OracleFailure.toStdString());
    for (std::size_t i = 0; i < s.size(); ++i)
        if (s.type[i] == oracle && oracle != StringDictionary::None)
            if (auto it = votes.find(s.symbols.text(s.symbol[i])); it != votes.end())
                ++it->second;
    QString best;
    int most = -1;
    for (const auto &[symbol, count] : votes)
        if (count > most)
            best = symbol, most = count;
    return best;
}

PredictorStage::Outcome PredictorStage::run(const Snapshot &s, std::span<const FeedSample> feeds,
                                            const Model *given)
{
    Outcome out;
    out.symbol = given ? given->info.symbol : symbolWithOracle(feeds, s);
    if (out.symbol.isEmpty()) {
        out.error = QCoreApplication::translate("AnalysisReport", "No recorded oracle feed to train on.");
        return out;
    }
    PredictorDataset::Options options;
    options.symbol = out.symbol;
    if (given)
        options.horizonMs = given->info.horizonMs;
    const PredictorDataset data = PredictorDataset::build(feeds, failuresOf(s, out.symbol), options);

    if (!given) {
        auto predictor = std::make_shared<OraclePredictor>();
        auto metrics = predictor->train(data);
        if (!metrics) {
            out.error = metrics.error().message;
            return out;
        }
        out.metrics = *metrics;
        out.model = Model{predictor, PredictorModelFile::describe(out.symbol, options.horizonMs, *metrics)};
        return out;
    }

    out.loaded = true;
    out.model = *given;
    // A row's label looks a horizon ahead, so the first row the model has not seen in any form is
    // one a full horizon after its last training row.
    const std::int64_t firstUnseen = given->info.trainToMs + given->info.horizonMs;
    const auto begin = std::size_t(std::lower_bound(data.timesMs.begin(), data.timesMs.end(), firstUnseen) -
                                   data.timesMs.begin());
    if (begin >= data.rows()) {
        out.error =
            tr("The model was trained on %1 feeds up to %2; this window has no later feed rows "
               "to test it on. Analyse a later window, or use --retrain.")
                .arg(out.symbol,
                     QDateTime::fromMSecsSinceEpoch(given->info.trainToMs, Qt::UTC).toString(Qt::ISODate));
        return out;
    }
    auto metrics = given->predictor->evaluate(data, begin, given->info.threshold);
    if (!metrics) {
        out.error = metrics.error().message;
        return out;
    }
    metrics->trainFromMs = given->info.trainFromMs;
    metrics->trainToMs = given->info.trainToMs;
    metrics->trainRows = given->info.trainRows;
    out.metrics = *metrics;
    return out;
}

} // namespace pegboard
