#include "console/alertservice.h"

#include "alertspanel.h"
#include "domain/backgroundpool.h"
#include "response/alertrecorder.h"
#include "response/ruleset.h"
#include "store/feedsamplestore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSettings>
#include <QtConcurrent>

namespace pegboard {

AlertService::AlertService(QObject *parent)
    : QObject(parent)
{
    connect(&m_refresh, &QTimer::timeout, this, &AlertService::refresh);
    connect(&m_progressPoll, &QTimer::timeout, this, [this] {
        if (m_panel && m_progress)
            m_panel->setBacktestProgress(m_progress->load());
    });
    connect(&m_backtest, &QFutureWatcher<Result<QList<Backtest::Result>>>::finished, this, [this] {
        m_progressPoll.stop();
        const auto result = m_backtest.result();
        if (!m_panel)
            return;
        if (result)
            m_panel->setBacktestResults(*result);
        else
            m_panel->setBacktestError(result.error().message);
    });
}

AlertService::~AlertService()
{
    if (m_cancel)
        m_cancel->store(true);
    m_backtest.waitForFinished();
}

QString AlertService::exampleRules()
{
    return QStringLiteral(R"({
  "risk": {"oracle_heartbeat_s": 3600},
  "rules": [
    {"name": "usdc-depeg", "metric": "peg_deviation_bps", "symbol": "USDC", "below": -100,
     "for_s": 300, "clear_above": -20, "clear_for_s": 300, "actions": ["page", "chat"]},
    {"name": "risk-alert", "metric": "risk_score", "symbol": "USDC", "above": 8.5,
     "for_s": 60, "clear_below": 6, "clear_for_s": 600, "actions": ["page"]}
  ],
  "actions": {
    "page": {"kind": "pagerduty", "routing_key": "$PEGBOARD_PAGERDUTY_ROUTING_KEY"},
    "chat": {"kind": "slack", "url": "$PEGBOARD_SLACK_WEBHOOK_URL"}
  }
}
)");
}

void AlertService::attach(AlertsPanel *panel)
{
    m_panel = panel;
    QSettings settings;
    panel->setRulesText(settings.value(QStringLiteral("alerts/rules"), exampleRules()).toString());
    connect(panel, &AlertsPanel::refreshRequested, this, &AlertService::refresh);
    connect(panel, &AlertsPanel::backtestRequested, this, &AlertService::runBacktest);
    connect(panel, &AlertsPanel::backtestCancelRequested, this, [this] {
        if (m_cancel)
            m_cancel->store(true);
    });
    connect(panel, &AlertsPanel::acknowledgeRequested, this, [this](qint64 id) {
        if (m_recorder)
            m_recorder->acknowledge(id);
    });
    connect(panel, &AlertsPanel::silenceRequested, this, [this](const Silence &s) {
        if (m_recorder)
            m_recorder->createSilence(s);
        else if (m_panel)
            m_panel->showStatus(tr("The store is not connected yet; nothing was silenced."));
    });
    connect(panel, &AlertsPanel::expireSilenceRequested, this, [this](qint64 id) {
        if (m_recorder)
            m_recorder->expireSilence(id);
    });
}

void AlertService::setUrl(const QString &url)
{
    m_url = url;
    m_recorder = std::make_unique<AlertRecorder>(url);
    if (m_panel) {
        connect(m_recorder.get(), &AlertRecorder::firingsLoaded, m_panel, &AlertsPanel::setFirings);
        connect(m_recorder.get(), &AlertRecorder::silencesLoaded, m_panel, &AlertsPanel::setSilences);
        connect(m_recorder.get(), &AlertRecorder::failed, m_panel,
                [this](const QString &message) { m_panel->showStatus(tr("Alerts: %1").arg(message)); });
        connect(m_recorder.get(), &AlertRecorder::changed, m_panel, [this] {
            m_panel->showStatus(tr("Saved (audited)."));
            refresh();
        });
    }
    refresh();
    m_refresh.start(RefreshMs);
}

void AlertService::refresh()
{
    if (m_recorder)
        m_recorder->refresh(AlertsPanel::RecentLimit);
}

void AlertService::runBacktest(const QString &rulesJson, int days)
{
    if (m_backtest.isRunning())
        return;
    QSettings().setValue(QStringLiteral("alerts/rules"), rulesJson);
    auto rules = RuleSet::fromJson(QJsonDocument::fromJson(rulesJson.toUtf8()).object());
    if (!m_panel)
        return;
    if (!rules || m_url.isEmpty()) {
        m_panel->setBacktestError(!rules ? rules.error().message : tr("the store is not connected yet"));
        return;
    }
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_progress = std::make_shared<std::atomic<int>>(0);
    m_progressPoll.start(200);
    const qint64 to = QDateTime::currentMSecsSinceEpoch();
    m_backtest.setFuture(runInBackground([url = m_url, rules = *rules, days, to, cancel = m_cancel,
                                          progress = m_progress]() -> Result<QList<Backtest::Result>> {
        auto store = FeedSampleStore::open(url);
        if (!store)
            return Unexpected<Error>(store.error());
        Backtest::Options options;
        options.toMs = to;
        options.fromMs = to - qint64(days) * 86400000;
        options.progress = [cancel, progress](int percent) {
            progress->store(percent);
            return !cancel->load();
        };
        return Backtest::run(**store, rules.rules, rules.risk, options);
    }));
}

} // namespace pegboard
