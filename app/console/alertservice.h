#pragma once

#include "response/backtest.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <atomic>
#include <memory>

namespace pegboard {

class AlertRecorder;
class AlertsPanel;

// The console's side of automated responses: firings and silences from the store for the Alerts
// panel (refreshed every 10 s), acknowledgements and silences written through the audited
// functions, and rule backtests over the recorded feeds on the thread pool with progress and Cancel.
// The rules being edited are kept in the settings.
class AlertService : public QObject
{
    Q_OBJECT
public:
    static constexpr int RefreshMs = 10000;
    explicit AlertService(QObject *parent = nullptr);
    ~AlertService() override;

    void attach(AlertsPanel *panel);
    void setUrl(const QString &url);
    static QString exampleRules();

private:
    void runBacktest(const QString &rulesJson, int days);
    void refresh();

    QString m_url;
    QPointer<AlertsPanel> m_panel; // the window (and its panel) may go first at shutdown
    std::unique_ptr<AlertRecorder> m_recorder;
    QTimer m_refresh;
    QFutureWatcher<Result<QList<Backtest::Result>>> m_backtest;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<std::atomic<int>> m_progress;
    QTimer m_progressPoll;
};

} // namespace pegboard
