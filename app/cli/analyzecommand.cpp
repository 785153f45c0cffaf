#include "cli/analyzecommand.h"

#include "analysis/analysispipeline.h"
#include "dataset/bundledataset.h"
#include "dataset/livedataset.h"
#include "response/ruleset.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

namespace pegboard {

namespace {
QString tr(const char *text)
{
    // lupdate files tr() calls in pegboard's classes under the namespaced context.
    return QCoreApplication::translate("pegboard::AnalyzeCommand", text);
}

// Every clustered report, for joining with the store or comparing with a known grouping.
Result<void> writeMembers(const ClusteringResult &clustering, const Snapshot &snapshot, const QString &path)
{
    QByteArray text("issue_id,cluster_id\n");
    for (const RootCauseCluster &c : clustering.clusters)
        for (const std::uint32_t row : c.rows)
            text +=
                snapshot.ids[row].toByteArray(QUuid::WithoutBraces) + ',' + QByteArray::number(c.id) + '\n';
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(text) != text.size() ||
        !file.commit())
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("pegboard::AnalyzeCommand", "Cannot write %1: %2")
                               .arg(path, file.errorString()));
    return {};
}
} // namespace

void AnalyzeCommand::printSummary(const AnalysisReport &r)
{
    out() << tr("%1 reports analysed.").arg(r.issues) << Qt::endl << Qt::endl;
    out() << tr("Findings:") << Qt::endl;
    for (const Finding &f : r.findings)
        out() << "  - " << f.sentence << Qt::endl;
    if (r.findings.empty())
        out() << "  " << tr("none significant") << Qt::endl;
    out() << Qt::endl << tr("Root-cause clusters:") << Qt::endl;
    for (std::size_t i = 0; i < r.clustering.clusters.size() && i < 10; ++i) {
        const RootCauseCluster &c = r.clustering.clusters[i];
        out() << "  - "
              << tr("%1 reports, mostly %2: \"%3\", losses %4 USD")
                     .arg(c.rows.size())
                     .arg(c.dominantType, c.representativeTitle)
                     .arg(c.totalLossUsd, 0, 'f', 0)
              << Qt::endl;
    }
    out() << Qt::endl;
    if (r.predictor)
        out() << tr("Oracle predictor (%1), tested on %2 later rows: AUC %3, precision %4, recall %5")
                     .arg(r.predictorSymbol)
                     .arg(r.predictor->testRows)
                     .arg(r.predictor->auc, 0, 'f', 3)
                     .arg(r.predictor->precision, 0, 'f', 2)
                     .arg(r.predictor->recall, 0, 'f', 2)
              << Qt::endl;
    else
        out() << tr("Oracle predictor: %1").arg(r.predictorError) << Qt::endl;
    if (!r.modelPath.isEmpty())
        // Explicit context: lupdate files tr() of a free function under the namespace alone.
        out() << (r.modelLoaded ? QCoreApplication::translate("pegboard::AnalyzeCommand",
                                                              "Model loaded from %1, trained up to %2.")
                                : QCoreApplication::translate("pegboard::AnalyzeCommand",
                                                              "Model trained up to %2 and saved to %1."))
                     .arg(r.modelPath, r.predictor
                                           ? QDateTime::fromMSecsSinceEpoch(r.predictor->trainToMs, Qt::UTC)
                                                 .toString(Qt::ISODate)
                                           : QStringLiteral("?"))
              << Qt::endl;
    if (!r.severityDrivers.empty() && std::abs(r.severityDrivers.front().r) >= 0.1)
        out() << tr("Severity moves with %1 (Pearson r = %2 over %3 reports).")
                     .arg(r.severityDrivers.front().condition)
                     .arg(r.severityDrivers.front().r, 0, 'f', 2)
                     .arg(r.severityDrivers.front().reports)
              << Qt::endl;
    out() << tr("Current risk: %1 / 10").arg(r.risk.score, 0, 'f', 1) << Qt::endl;
    for (const QString &action : r.risk.actions)
        out() << "  ! " << action << Qt::endl;
    out() << Qt::endl << tr("Maintenance windows:") << Qt::endl;
    if (r.maintenance.incident.isOpen())
        out() << "  ! " << r.maintenance.incident.reason() << Qt::endl;
    for (const auto &w : r.maintenance.windows)
        out() << "  - " << w.reasons.join(QStringLiteral("; ")) << Qt::endl;
}
QString AnalyzeCommand::summary() const
{
    return QCoreApplication::translate(
        "AnalyzeCommand", "Analyse a window of reports (analyze --db URL | --bundle FILE [--from T] "
                          "[--to T] [--model FILE [--retrain]] [--json])");
}

int AnalyzeCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("PostgreSQL URL of the store."),
                                      QStringLiteral("url"), qEnvironmentVariable("PEGBOARD_DB"));
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("Start of the window (ISO 8601, UTC)."),
                                        QStringLiteral("time"));
    const QCommandLineOption toOption(
        QStringLiteral("to"), tr("End of the window, exclusive (ISO 8601, UTC)."), QStringLiteral("time"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print one JSON document."));
    const QCommandLineOption modelOption(
        QStringLiteral("model"),
        tr("Predictor model file: tested on the window's rows after its training period if it exists, "
           "trained and saved there if not."),
        QStringLiteral("file"));
    const QCommandLineOption retrainOption(
        QStringLiteral("retrain"), tr("Train the predictor even if --model exists, and overwrite it."));
    const QCommandLineOption membersOption(
        QStringLiteral("cluster-members"),
        tr("Write every clustered report as issue_id,cluster_id CSV to this file (the JSON lists at most "
           "5,000 reports per cluster)."),
        QStringLiteral("file"));
    const QCommandLineOption bundleOption(
        QStringLiteral("bundle"), tr("A review bundle to analyse instead of a store (no database needed)."),
        QStringLiteral("file"));
    const QCommandLineOption riskOption(
        QStringLiteral("risk"),
        tr("Risk settings (JSON: weights, thresholds, escalation), or a watch rules file whose \"risk\" "
           "they are: the same settings the console and pegboard watch use."),
        QStringLiteral("file"));
    parser.addOptions({dbOption, bundleOption, fromOption, toOption, jsonOption, modelOption, retrainOption,
                       membersOption, riskOption});
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return 0;
    }

    QDateTime from, to;
    for (const auto &[option, target] : {std::pair{&fromOption, &from}, std::pair{&toOption, &to}}) {
        if (!parser.isSet(*option))
            continue;
        *target = QDateTime::fromString(parser.value(*option), Qt::ISODateWithMs);
        if (!target->isValid()) {
            err() << tr("Not a valid ISO 8601 time: %1").arg(parser.value(*option)) << Qt::endl;
            return 2;
        }
        *target = target->toUTC();
    }
    if (from.isValid() && to.isValid() && from >= to) {
        err() << tr("--from must be before --to.") << Qt::endl;
        return 2;
    }
    if (parser.isSet(retrainOption) && !parser.isSet(modelOption)) {
        err() << tr("--retrain needs --model FILE.") << Qt::endl;
        return 2;
    }
    if (parser.isSet(bundleOption) && parser.isSet(dbOption)) {
        err() << tr("Give either --db or --bundle, not both.") << Qt::endl;
        return 2;
    }

    // One seam: the store or a review bundle; the pipeline does not know which.
    std::unique_ptr<Dataset> data;
    if (parser.isSet(bundleOption)) {
        auto bundle = BundleDataset::open(parser.value(bundleOption));
        if (!bundle) {
            err() << bundle.error().message << Qt::endl;
            return 1;
        }
        data = std::move(bundle).value();
    } else {
        data = std::make_unique<LiveDataset>(parser.value(dbOption));
    }

    AnalysisPipeline::Options options;
    options.from = from;
    options.to = to;
    options.modelPath = parser.value(modelOption);
    options.retrain = parser.isSet(retrainOption);
    if (parser.isSet(riskOption)) {
        auto loaded = RuleSet::loadRisk(parser.value(riskOption));
        if (!loaded) {
            err() << loaded.error().message << Qt::endl;
            return 2;
        }
        options.risk = *loaded;
    }
    auto run = AnalysisPipeline::run(*data, options);
    if (!run) {
        err() << run.error().message << Qt::endl;
        return 1;
    }
    const AnalysisReport &report = run->report;
    if (!run->modelError.isEmpty()) {
        err() << run->modelError << Qt::endl;
        return 1;
    }
    if (parser.isSet(membersOption)) {
        if (auto written = writeMembers(report.clustering, *run->snapshot, parser.value(membersOption));
            !written) {
            err() << written.error().message << Qt::endl;
            return 1;
        }
    }
    if (parser.isSet(jsonOption))
        out() << QJsonDocument(report.toJson(*run->snapshot)).toJson(QJsonDocument::Compact) << Qt::endl;
    else
        printSummary(report);
    return 0;
}

} // namespace pegboard
