#include "console/consoleservices.h"

#include "analysis/liveoraclepredictor.h"
#include "console/alertservice.h"
#include "console/analysiscontroller.h"
#include "console/clustercorrectioncontroller.h"
#include "console/consolecontroller.h"
#include "console/consolesession.h"
#include "console/csvexportcontroller.h"
#include "console/feedservice.h"
#include "console/riskmonitor.h"
#include "feeds/feedhub.h"
#include "itemmodels/forecastmodel.h"
#include "store/consolesettings.h"
#include "store/credentialstore.h"
#include "store/pgconnection.h"

#include <QSettings>
#include <QTimer>

namespace pegboard {

ConsoleServices::ConsoleServices(QObject *parent)
    : QObject(parent)
    , m_session(std::make_unique<ConsoleSession>())
    , m_controller(std::make_unique<ConsoleController>())
    , m_feeds(std::make_unique<FeedService>())
    , m_analysis(std::make_unique<AnalysisController>())
    , m_risk(std::make_unique<RiskMonitor>(m_feeds->hub()))
    , m_oraclePredictor(std::make_unique<LiveOraclePredictor>(m_feeds->hub()))
    , m_alerts(std::make_unique<AlertService>())
    , m_corrections(std::make_unique<ClusterCorrectionController>(m_analysis.get()))
    , m_exports(std::make_unique<CsvExportController>())
    , m_credentials(std::make_unique<CredentialStore>())
{
    connect(m_session.get(), &ConsoleSession::ready, m_corrections.get(),
            [corrections = m_corrections.get()](const QString &url) { corrections->setUrl(url); });
    connect(m_session.get(), &ConsoleSession::ready, m_alerts.get(),
            [alerts = m_alerts.get()](const QString &url, bool) { alerts->setUrl(url); });
    // The risk score shows whether the predictor agrees with its factors.
    connect(m_oraclePredictor.get(), &LiveOraclePredictor::predicted, m_risk.get(),
            [risk = m_risk.get()](const LiveOraclePredictor::Prediction &p) {
                risk->setOracleFailureProbability(p.state == LiveOraclePredictor::Prediction::State::Ready
                                                      ? std::optional(p.probability)
                                                      : std::nullopt);
            });
    m_oraclePredictor->setActivityCounter([hub = m_feeds->hub()] { return hub->samplesIngested(); });
    // The oracle predictor scores the live feeds with the model the analysis trained (or loaded).
    connect(m_analysis.get(), &AnalysisController::modelReady, m_oraclePredictor.get(),
            [predictor = m_oraclePredictor.get()](const PredictorStage::Model &model) {
                predictor->setModel(model.predictor, model.info);
            });
    // No maintenance window is offered while the live score is high (ForecastModel::setLiveRisk).
    connect(m_risk.get(), &RiskMonitor::assessed, m_analysis->forecast(),
            [forecast = m_analysis->forecast()](const RiskScore::Assessment &a) {
                forecast->setLiveRisk(a.score);
            });
    applySettings();
    // Feeds take a moment to deliver: a first score a few seconds in, then every 30 s.
    QTimer::singleShot(3000, m_risk.get(), &RiskMonitor::assess);
}

ConsoleServices::~ConsoleServices()
{
    // Consumers of the feeds before the feeds, the store's users before the session.
    m_credentials.reset();
    m_exports.reset();
    m_corrections.reset();
    m_alerts.reset();
    m_oraclePredictor.reset();
    m_risk.reset();
    m_analysis.reset();
    m_feeds.reset();
    m_controller.reset();
    m_session.reset();
}

void ConsoleServices::applySettings()
{
    QSettings settings;
    const ConsoleSettings chosen = ConsoleSettings::load(settings);
    if (!m_risk->setConfig(chosen.risk))
        m_risk->assess();
    // Every store connection names this person in its audit rows: new ones at open, open ones (the
    // store worker) at their next change (PgConnection::applyPerson).
    PgConnection::setPerson(chosen.person);
    m_corrections->setPerson(PgConnection::person());
}

} // namespace pegboard
