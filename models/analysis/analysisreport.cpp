#include "analysisreport.h"

#include "domain/feedseries.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>
#include <map>

namespace pegboard {

namespace {
constexpr std::size_t MaxIdsPerGroup = 5000;

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonValue time(std::int64_t ms)
{
    if (ms == Snapshot::NoTime)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonArray ids(const Snapshot &s, const std::vector<std::uint32_t> &rows)
{
    QJsonArray out;
    for (std::size_t i = 0; i < rows.size() && i < MaxIdsPerGroup; ++i)
        out.append(s.ids[rows[i]].toString(QUuid::WithoutBraces));
    return out;
}

// Why a cluster's members belong together: see ClusterExplainer.
QJsonObject explanationJson(const ClusterExplanation &e)
{
    QJsonArray conditions;
    for (const SharedCondition &c : e.conditions) {
        QJsonObject o{{QStringLiteral("key"), c.key}, {QStringLiteral("share"), number(c.share)}};
        if (c.value.isEmpty()) {
            o[QStringLiteral("low")] = number(c.low);
            o[QStringLiteral("high")] = number(c.high);
            o[QStringLiteral("median")] = number(c.median);
            o[QStringLiteral("window_low")] = number(c.windowLow);
            o[QStringLiteral("window_high")] = number(c.windowHigh);
        } else {
            o[QStringLiteral("value")] = c.value;
        }
        conditions.append(o);
    }
    QJsonObject channels;
    for (const auto &[key, share] : e.channels)
        channels[key] = number(share);
    return QJsonObject{{QStringLiteral("kind"), e.kind},
                       {QStringLiteral("span_minutes"), number(double(e.spanMs) / 60000.0)},
                       {QStringLiteral("shared_conditions"), conditions},
                       {QStringLiteral("evidence"), channels},
                       {QStringLiteral("cohesion"), number(e.cohesion)},
                       {QStringLiteral("corrections"), QJsonArray::fromStringList(e.corrections)}};
}

} // namespace

ContextSnapshot AnalysisReport::contextAt(std::span<const FeedSample> feeds, const QString &symbol,
                                          std::int64_t atMs)
{
    std::map<QString, const FeedSample *> latest;
    for (const FeedSample &f : feeds)
        if (f.timestampMs <= atMs) {
            const FeedSample *&slot = latest[f.series];
            if (!slot || slot->timestampMs < f.timestampMs)
                slot = &f;
        }
    auto value = [&](const QString &series) -> std::optional<double> {
        auto it = latest.find(series);
        return it == latest.end() ? std::nullopt : std::optional<double>(it->second->value);
    };
    ContextSnapshot c;
    if (auto gas = value(FeedSeries::GasGwei))
        c.setGasPriceGwei(*gas);
    if (auto pending = value(FeedSeries::PendingTx))
        c.setPendingTxCount(*pending);
    if (auto congestion = value(FeedSeries::Congestion))
        c.setCongestionLevel(ContextSnapshot::congestionLevelFor(*congestion));
    if (auto mev = value(FeedSeries::MevActivity))
        c.setMevActivity(ContextSnapshot::mevActivityFor(*mev));
    if (auto price = value(FeedSeries::price(symbol)))
        c.setPegDeviationBps((*price - 1) * 10000);
    if (auto vol = value(FeedSeries::volatility(symbol)))
        c.setVolatilityIndex(*vol);
    if (auto volume = value(FeedSeries::volume24hUsd(symbol)))
        c.setVolume24hUsd(*volume);
    if (auto updated = value(FeedSeries::oracleUpdatedAt(symbol)))
        c.setOracleLastUpdate(QDateTime::fromMSecsSinceEpoch(std::int64_t(*updated * 1000), Qt::UTC));
    return c;
}

QJsonObject AnalysisReport::toJson(const Snapshot &s) const
{
    QJsonObject root;
    root[QStringLiteral("window")] = QJsonObject{{QStringLiteral("first_report"), time(fromMs)},
                                                 {QStringLiteral("last_report"), time(toMs)},
                                                 {QStringLiteral("issues"), qint64(issues)},
                                                 {QStringLiteral("bytes_per_issue"), number(bytesPerIssue)}};

    QJsonArray conditions, cells;
    for (std::size_t c = 0; c < heatmap.conditions.size(); ++c)
        conditions.append(
            QJsonObject{{QStringLiteral("key"), Condition::key(heatmap.conditions[c])},
                        {QStringLiteral("buckets"), QJsonArray::fromStringList(heatmap.bucketLabels[c])}});
    for (const HeatmapCell &c : heatmap.cells)
        cells.append(QJsonObject{
            {QStringLiteral("condition"), Condition::key(heatmap.conditions[std::size_t(c.condition)])},
            {QStringLiteral("bucket"), heatmap.bucketLabels[std::size_t(c.condition)].value(c.bucket)},
            {QStringLiteral("type"), heatmap.types.value(c.type)},
            {QStringLiteral("count"), qint64(c.count)},
            {QStringLiteral("bucket_total"), qint64(c.bucketTotal)},
            {QStringLiteral("rate"), number(c.rate)},
            {QStringLiteral("base_rate"), number(c.baseRate)},
            {QStringLiteral("lift"), number(c.lift)},
            {QStringLiteral("ci_low"), number(c.ciLow)},
            {QStringLiteral("ci_high"), number(c.ciHigh)},
            {QStringLiteral("p"), number(c.pValue)},
            {QStringLiteral("q"), number(c.qValue)},
            {QStringLiteral("supported"), c.supported},
            {QStringLiteral("significant"), c.significant}});
    root[QStringLiteral("heatmap")] =
        QJsonObject{{QStringLiteral("types"), QJsonArray::fromStringList(heatmap.types)},
                    {QStringLiteral("conditions"), conditions},
                    {QStringLiteral("cells"), cells}};

    QJsonArray findingsJson;
    for (const Finding &f : findings)
        findingsJson.append(QJsonObject{
            {QStringLiteral("type"), f.type},
            {QStringLiteral("weekday"),
             f.weekday >= 0 ? QJsonValue(Condition::weekdayName(f.weekday)) : QJsonValue()},
            {QStringLiteral("hour_from"), f.hourFrom >= 0 ? QJsonValue(f.hourFrom) : QJsonValue()},
            {QStringLiteral("hour_to"), f.hourFrom >= 0 ? QJsonValue(f.hourTo) : QJsonValue()},
            {QStringLiteral("gas_above_gwei"),
             f.gasAbove > 0 ? QJsonValue(double(f.gasAbove)) : QJsonValue()},
            {QStringLiteral("count"), qint64(f.count)},
            {QStringLiteral("type_total"), qint64(f.typeTotal)},
            {QStringLiteral("share"), number(f.share)},
            {QStringLiteral("lift"), number(f.lift)},
            {QStringLiteral("log_p"), number(f.logPValue)},
            {QStringLiteral("sentence"), f.sentence},
            {QStringLiteral("issue_ids"), ids(s, f.rows)}});
    root[QStringLiteral("findings")] = findingsJson;

    QJsonArray clustersJson;
    for (const RootCauseCluster &c : clustering.clusters)
        clustersJson.append(
            QJsonObject{{QStringLiteral("id"), c.id},
                        {QStringLiteral("size"), qint64(c.rows.size())},
                        {QStringLiteral("dominant_type"), c.dominantType},
                        {QStringLiteral("dominant_share"), number(c.dominantShare)},
                        {QStringLiteral("from"), time(c.fromMs)},
                        {QStringLiteral("to"), time(c.toMs)},
                        {QStringLiteral("representative_title"), c.representativeTitle},
                        {QStringLiteral("total_loss_usd"), number(c.totalLossUsd)},
                        {QStringLiteral("median_gas_gwei"), number(c.medianGasGwei)},
                        {QStringLiteral("median_peg_deviation_bps"), number(c.medianPegDeviationBps)},
                        {QStringLiteral("median_oracle_staleness_s"), number(c.medianOracleStalenessS)},
                        {QStringLiteral("congestion"), c.congestion},
                        {QStringLiteral("explanation"), explanationJson(c.explanation)},
                        {QStringLiteral("issue_ids"), ids(s, c.rows)}});
    root[QStringLiteral("clusters")] = clustersJson;
    // The stored corrections the clusters were constrained by (and the undone ones, marked).
    QJsonArray correctionsJson;
    for (const ClusterCorrection &c : s.corrections) {
        auto list = [&](const std::vector<QUuid> &reports) {
            QJsonArray out;
            for (const QUuid &id : reports)
                if (out.size() < qsizetype(MaxIdsPerGroup))
                    out.append(id.toString(QUuid::WithoutBraces));
            return out;
        };
        QJsonObject o{{QStringLiteral("id"), qint64(c.id)},
                      {QStringLiteral("kind"), ClusterCorrection::key(c.kind)},
                      {QStringLiteral("reason"), c.reason},
                      {QStringLiteral("created_by"), c.createdBy},
                      {QStringLiteral("created_at"), time(c.createdMs)},
                      {QStringLiteral("issues_a"), list(c.a)},
                      {QStringLiteral("issues_b"), list(c.b)},
                      {QStringLiteral("undone"), c.undone}};
        if (c.undone) {
            o[QStringLiteral("undone_by")] = c.undoneBy;
            o[QStringLiteral("undo_reason")] = c.undoReason;
        }
        correctionsJson.append(o);
    }
    root[QStringLiteral("cluster_corrections")] = correctionsJson;

    QJsonArray severityJson;
    for (const SeverityDriver &d : severityDrivers)
        severityJson.append(QJsonObject{{QStringLiteral("condition"), d.condition},
                                        {QStringLiteral("r"), number(d.r)},
                                        {QStringLiteral("reports"), qint64(d.reports)}});
    root[QStringLiteral("severity_drivers")] = severityJson;

    QJsonArray leadJson;
    for (const LeadLag &l : leadLags) {
        QJsonArray episodes;
        for (const auto &[leaderOnset, followerOnset] : l.onsets)
            episodes.append(QJsonObject{{QStringLiteral("leader_onset"), time(leaderOnset)},
                                        {QStringLiteral("follower_onset"), time(followerOnset)}});
        leadJson.append(QJsonObject{{QStringLiteral("leader"), l.leader},
                                    {QStringLiteral("follower"), l.follower},
                                    {QStringLiteral("median_lag_minutes"), number(l.medianLagMinutes)},
                                    {QStringLiteral("episodes"), episodes}});
    }
    root[QStringLiteral("lead_lag")] = QJsonObject{
        {QStringLiteral("median_lag_minutes"),
         leadLags.empty() ? QJsonValue(QJsonValue::Null) : number(LeadLagFinder::medianLagMinutes(leadLags))},
        {QStringLiteral("pairs"), leadJson}};

    QJsonObject predictorJson{{QStringLiteral("symbol"), predictorSymbol}};
    if (!modelPath.isEmpty())
        predictorJson[QStringLiteral("model")] =
            QJsonObject{{QStringLiteral("path"), modelPath}, {QStringLiteral("loaded"), modelLoaded}};
    if (predictor) {
        const auto &m = *predictor;
        QJsonArray calibration;
        for (const auto &b : m.calibration)
            calibration.append(QJsonObject{{QStringLiteral("from"), b.from},
                                           {QStringLiteral("to"), b.to},
                                           {QStringLiteral("count"), qint64(b.count)},
                                           {QStringLiteral("mean_predicted"), number(b.meanPredicted)},
                                           {QStringLiteral("observed_rate"), number(b.observedRate)}});
        QJsonObject importance;
        for (int k = 0; k < PredictorDataset::FeatureCount; ++k)
            importance[PredictorDataset::featureName(k)] = number(m.importance[std::size_t(k)]);
        predictorJson[QStringLiteral("train")] = QJsonObject{{QStringLiteral("from"), time(m.trainFromMs)},
                                                             {QStringLiteral("to"), time(m.trainToMs)},
                                                             {QStringLiteral("rows"), qint64(m.trainRows)}};
        predictorJson[QStringLiteral("test")] =
            QJsonObject{{QStringLiteral("from"), time(m.testFromMs)},
                        {QStringLiteral("to"), time(m.testToMs)},
                        {QStringLiteral("rows"), qint64(m.testRows)},
                        {QStringLiteral("positives"), qint64(m.testPositives)}};
        predictorJson[QStringLiteral("auc")] = number(m.auc);
        predictorJson[QStringLiteral("precision")] = number(m.precision);
        predictorJson[QStringLiteral("recall")] = number(m.recall);
        predictorJson[QStringLiteral("threshold")] = number(m.threshold);
        predictorJson[QStringLiteral("calibration")] = calibration;
        predictorJson[QStringLiteral("importance")] = importance;
    } else {
        predictorJson[QStringLiteral("error")] = predictorError;
    }
    root[QStringLiteral("predictor")] = predictorJson;

    QJsonArray factors;
    for (const auto &f : risk.factors)
        factors.append(QJsonObject{{QStringLiteral("key"), RiskScore::factorKey(f.factor)},
                                   {QStringLiteral("name"), RiskScore::factorName(f.factor)},
                                   {QStringLiteral("score"), number(f.score)},
                                   {QStringLiteral("weight"), number(f.weight)},
                                   {QStringLiteral("contribution"), number(f.contribution)},
                                   {QStringLiteral("known"), f.known},
                                   {QStringLiteral("stale"), f.stale},
                                   {QStringLiteral("reason"), f.reason}});
    root[QStringLiteral("risk")] =
        QJsonObject{{QStringLiteral("score"), number(risk.score)},
                    {QStringLiteral("base_score"), number(risk.baseScore)},
                    {QStringLiteral("confidence"), number(risk.confidence)},
                    {QStringLiteral("escalations"), QJsonArray::fromStringList(risk.escalations)},
                    {QStringLiteral("factors"), factors},
                    {QStringLiteral("actions"), QJsonArray::fromStringList(risk.actions)}};

    QJsonArray hours, windows;
    for (const auto &h : maintenance.hours)
        hours.append(QJsonObject{{QStringLiteral("start"), time(h.startMs)},
                                 {QStringLiteral("risk"), number(h.risk)},
                                 {QStringLiteral("peak"), h.peak}});
    for (const auto &w : maintenance.windows)
        windows.append(QJsonObject{{QStringLiteral("from"), time(w.fromMs)},
                                   {QStringLiteral("to"), time(w.toMs)},
                                   {QStringLiteral("mean_risk"), number(w.meanRisk)},
                                   {QStringLiteral("reasons"), QJsonArray::fromStringList(w.reasons)}});
    root[QStringLiteral("maintenance")] =
        QJsonObject{{QStringLiteral("hours"), hours},
                    {QStringLiteral("windows"), windows},
                    {QStringLiteral("incident_open"), maintenance.incident.isOpen()},
                    {QStringLiteral("incident"), maintenance.incident.reason()}};
    return root;
}

} // namespace pegboard
