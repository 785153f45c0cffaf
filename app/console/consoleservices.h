#pragma once

#include <QObject>
#include <memory>

namespace pegboard {

class AlertService;
class AnalysisController;
class ClusterCorrectionController;
class ConsoleController;
class ConsoleSession;
class CredentialStore;
class CsvExportController;
class FeedService;
class LiveOraclePredictor;
class RiskMonitor;

// Every service the console runs, created and wired to each other in one place; the window only
// presents them. A new service is one member, one accessor and its wiring in the constructor.
class ConsoleServices : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleServices(QObject *parent = nullptr);
    ~ConsoleServices() override;

    ConsoleSession *session() const { return m_session.get(); }
    ConsoleController *controller() const { return m_controller.get(); }
    FeedService *feeds() const { return m_feeds.get(); }
    AnalysisController *analysis() const { return m_analysis.get(); }
    RiskMonitor *risk() const { return m_risk.get(); }
    LiveOraclePredictor *oraclePredictor() const { return m_oraclePredictor.get(); }
    AlertService *alerts() const { return m_alerts.get(); }
    ClusterCorrectionController *corrections() const { return m_corrections.get(); }
    CsvExportController *exports() const { return m_exports.get(); }
    // The desktop keychain, for the store's password (asynchronous: answers come as signals).
    CredentialStore *credentials() const { return m_credentials.get(); }

    // Applies the saved Settings that take effect at once: risk weights and thresholds (the next
    // score uses them) and the name the audit trail records (the next change records it).
    void applySettings();

private:
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<ConsoleController> m_controller;
    std::unique_ptr<FeedService> m_feeds;
    std::unique_ptr<AnalysisController> m_analysis;
    std::unique_ptr<RiskMonitor> m_risk;
    std::unique_ptr<LiveOraclePredictor> m_oraclePredictor;
    std::unique_ptr<AlertService> m_alerts;
    std::unique_ptr<ClusterCorrectionController> m_corrections;
    std::unique_ptr<CsvExportController> m_exports;
    std::unique_ptr<CredentialStore> m_credentials;
};

} // namespace pegboard
