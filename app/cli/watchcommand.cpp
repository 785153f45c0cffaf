#include "cli/watchcommand.h"

#include "analysis/liveoraclepredictor.h"
#include "analysis/predictormodelfile.h"
#include "console/feedservice.h"
#include "feeds/feedhub.h"
#include "response/alertrecorder.h"
#include "response/backtest.h"
#include "response/responseengine.h"
#include "response/ruleset.h"
#include "store/feedsamplestore.h"
#include "store/pgconnection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace pegboard {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    // lupdate files the tr() calls of WatchCommand's members under this context.
    return QCoreApplication::translate("pegboard::WatchCommand", text, disambiguation, n);
}

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

// SIGINT/SIGTERM leave the event loop normally: queued records get their last chance.
void quitOnSignals()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, qApp);
    QObject::connect(notifier, &QSocketNotifier::activated, qApp, &QCoreApplication::quit);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

void jsonLine(QTextStream &stream, const QJsonObject &object)
{
    stream << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
}
} // namespace

QString WatchCommand::summary() const
{
    return tr("Evaluate response rules on live feeds and fire their actions (watch --db URL --feed SPEC… "
              "--rules FILE [--backtest [--days N]])");
}

int WatchCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n') +
        tr("Secrets (PagerDuty routing keys, webhook secrets, Slack URLs) come from environment variables "
           "named in the rules file as \"$NAME\", never from the file or the command line."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("PostgreSQL URL of the store."),
                                      QStringLiteral("url"), qEnvironmentVariable("PEGBOARD_DB"));
    const QCommandLineOption feedOption(QStringLiteral("feed"),
                                        tr("A live feed, [name=][adapter:]ws://…[|fallback…]; repeatable."),
                                        QStringLiteral("spec"));
    const QCommandLineOption rulesOption(QStringLiteral("rules"), tr("The rules file (JSON)."),
                                         QStringLiteral("file"));
    const QCommandLineOption backtestOption(
        QStringLiteral("backtest"), tr("Replay the recorded feeds instead of watching, and print what "
                                       "each rule would have fired."));
    const QCommandLineOption daysOption(QStringLiteral("days"), tr("Backtest window in days (default 90)."),
                                        QStringLiteral("n"), QStringLiteral("90"));
    const QCommandLineOption stepOption(QStringLiteral("step"),
                                        tr("Backtest evaluation step in seconds (default 60)."),
                                        QStringLiteral("s"), QStringLiteral("60"));
    const QCommandLineOption ruleOption(QStringLiteral("rule"), tr("Backtest only this rule."),
                                        QStringLiteral("name"));
    const QCommandLineOption modelOption(QStringLiteral("model"),
                                         tr("Oracle predictor model (from analyze --model) for "
                                            "oracle_failure_probability."),
                                         QStringLiteral("file"));
    parser.addOptions(
        {dbOption, feedOption, rulesOption, backtestOption, daysOption, stepOption, ruleOption, modelOption});
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    const QString url = parser.value(dbOption);
    if (url.isEmpty() || !parser.isSet(rulesOption)) {
        err() << tr("--db (or PEGBOARD_DB) and --rules are required.") << Qt::endl;
        return 2;
    }
    if (auto valid = PgConnection::validateUrl(url); !valid) {
        err() << valid.error().message << Qt::endl;
        return 2;
    }
    auto rules = RuleSet::load(parser.value(rulesOption));
    if (!rules) {
        err() << rules.error().message << Qt::endl;
        return 2;
    }
    if (parser.isSet(backtestOption)) {
        bool daysOk = false, stepOk = false;
        const int days = parser.value(daysOption).toInt(&daysOk);
        const int step = parser.value(stepOption).toInt(&stepOk);
        if (!daysOk || days < 1 || days > 3650 || !stepOk || step < 1) {
            err() << tr("--days must be 1–3650 and --step a positive number of seconds.") << Qt::endl;
            return 2;
        }
        if (parser.isSet(ruleOption) && !rules->find(parser.value(ruleOption))) {
            err() << tr("--rule: no rule named '%1' in the rules file.").arg(parser.value(ruleOption))
                  << Qt::endl;
            return 2;
        }
        return backtest(url, *rules, parser.value(ruleOption), days, step);
    }
    const QStringList feeds = parser.values(feedOption);
    if (feeds.isEmpty()) {
        err() << tr("--feed is required (at least one live feed to watch).") << Qt::endl;
        return 2;
    }
    return watch(url, feeds, *rules, parser.value(modelOption));
}

int WatchCommand::backtest(const QString &url, const RuleSet &rules, const QString &only, int days, int stepS)
{
    auto store = FeedSampleStore::open(url);
    if (!store) {
        err() << store.error().message << Qt::endl;
        return 1;
    }
    QList<Rule> selected;
    for (const Rule &r : rules.rules) {
        if (only.isEmpty() || r.name == only)
            selected << r;
    }
    Backtest::Options options;
    options.toMs = QDateTime::currentMSecsSinceEpoch();
    options.fromMs = options.toMs - qint64(days) * 86400000;
    options.stepMs = qint64(stepS) * 1000;
    int shown = -1;
    options.progress = [&shown](int percent) {
        if (percent / 10 != shown / 10)
            err() << tr("Backtest %1%").arg(percent) << Qt::endl;
        shown = percent;
        return true;
    };
    auto results = Backtest::run(**store, selected, rules.risk, options);
    if (!results) {
        err() << results.error().message << Qt::endl;
        return 1;
    }
    QJsonArray list;
    for (const Backtest::Result &r : *results)
        list.append(r.toJson());
    out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("days"), days},
                                                         {QStringLiteral("step_s"), stepS},
                                                         {QStringLiteral("rules"), list}})
                                   .toJson(QJsonDocument::Indented));
    out().flush();
    return 0;
}

int WatchCommand::watch(const QString &url, const QStringList &specs, const RuleSet &rules,
                        const QString &model)
{
    QList<FeedConfig> feeds;
    for (const QString &spec : specs) {
        const auto feed = FeedService::parse(spec);
        if (!feed) {
            err() << tr("--feed: cannot read '%1' (expected [name=][adapter:]ws://…[|fallback…]).").arg(spec)
                  << Qt::endl;
            return 2;
        }
        feeds << *feed;
    }
    QNetworkAccessManager network;
    FeedService feedService;
    ResponseEngine engine(feedService.hub(), &network);
    if (auto configured = engine.configure(rules); !configured) {
        err() << configured.error().message << Qt::endl;
        return 2;
    }
    std::unique_ptr<LiveOraclePredictor> predictor;
    if (!model.isEmpty()) {
        auto loaded = std::make_shared<OraclePredictor>();
        auto info = PredictorModelFile::load(*loaded, model);
        if (!info) {
            err() << info.error().message << Qt::endl;
            return 2;
        }
        predictor = std::make_unique<LiveOraclePredictor>(feedService.hub());
        predictor->setModel(loaded, *info);
        predictor->setActivityCounter([hub = feedService.hub()] { return hub->samplesIngested(); });
        QObject::connect(predictor.get(), &LiveOraclePredictor::predicted, &engine,
                         [&engine](const LiveOraclePredictor::Prediction &p) {
                             using State = LiveOraclePredictor::Prediction::State;
                             engine.sampler()->setOracleFailureProbability(
                                 p.state == State::Ready ? std::optional(p.probability) : std::nullopt);
                         });
    }

    AlertRecorder recorder(url);
    QObject::connect(&engine, &ResponseEngine::event, &recorder, [&recorder](const AlertEvent &e) {
        jsonLine(out(), e.toJson());
        recorder.record(e);
    });
    QObject::connect(
        &recorder, &AlertRecorder::recordDelayed, &engine, [](const AlertEvent &e, const QString &why) {
            err() << tr("Store unavailable, %1 of %2 kept for retry: %3").arg(e.kindName(), e.rule, why)
                  << Qt::endl;
        });
    QObject::connect(&recorder, &AlertRecorder::failed, &engine,
                     [](const QString &why) { err() << tr("Store: %1").arg(why) << Qt::endl; });
    QObject::connect(&recorder, &AlertRecorder::silencesLoaded, &engine, &ResponseEngine::setSilences);
    ActionDispatcher *dispatcher = engine.dispatcher();
    QObject::connect(
        dispatcher, &ActionDispatcher::delivered, &engine,
        [](const QString &action, const AlertEvent &e, int attempts) {
            err() << tr("%1: %2 of %3 delivered (attempt %4)").arg(action, e.kindName(), e.rule).arg(attempts)
                  << Qt::endl;
        });
    QObject::connect(
        dispatcher, &ActionDispatcher::retrying, &engine,
        [](const QString &action, const AlertEvent &e, int attempt, int delayMs, const QString &why) {
            err() << tr("%1: %2 of %3 failed (attempt %4: %5); retrying in %6 ms")
                         .arg(action, e.kindName(), e.rule)
                         .arg(attempt)
                         .arg(why)
                         .arg(delayMs)
                  << Qt::endl;
        });
    QObject::connect(dispatcher, &ActionDispatcher::failed, &engine,
                     [](const QString &action, const AlertEvent &e, const QString &why) {
                         err() << tr("%1: %2 of %3 given up: %4").arg(action, e.kindName(), e.rule, why)
                               << Qt::endl;
                     });

    // Incidents left open by a previous run continue; evaluation starts once they are known, or
    // after 5 s without the store (PagerDuty's stable dedup_key still keeps one alert per incident).
    bool started = false;
    auto start = [&] {
        if (started)
            return;
        started = true;
        engine.start();
        out() << tr("Watching %n rule(s) on %1 feed(s); store %2", nullptr, int(rules.rules.size()))
                     .arg(feeds.size())
                     .arg(PgConnection::redacted(url))
              << Qt::endl;
    };
    QObject::connect(&recorder, &AlertRecorder::firingsLoaded, &engine,
                     [&](const QList<AlertStore::Firing> &firings) {
                         if (started)
                             return;
                         QList<AlertStore::Firing> open;
                         for (const auto &f : firings) {
                             if (f.resolvedAtMs == 0)
                                 open << f;
                         }
                         engine.restore(open);
                         start();
                     });
    QTimer::singleShot(5000, &engine, start);
    QTimer silenceRefresh;
    QObject::connect(&silenceRefresh, &QTimer::timeout, &recorder, [&recorder] { recorder.refresh(1); });
    silenceRefresh.start(15000);
    recorder.refresh(1000);
    feedService.start(feeds);
    quitOnSignals();
    const int status = QCoreApplication::exec();
    if (dispatcher->pending() > 0)
        err() << tr("Exiting with %n action delivery(ies) still pending.", nullptr, dispatcher->pending())
              << Qt::endl;
    return status;
}

} // namespace pegboard
