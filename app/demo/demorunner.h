#pragma once

#include "store/embeddedstore.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <atomic>
#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace pegboard {

class FeedSimServer;
class ScenarioReporter;

// Where the console finds what the demo started.
struct DemoEndpoints
{
    QString storeUrl;
    QString feedSpec;     // for FeedService::parse: "demo=pegboard:ws://127.0.0.1:PORT"
    QString collectorUrl; // http://127.0.0.1:PORT
};

// What the demo generates and how fast the depeg plays.
struct DemoOptions
{
    qint64 issues = 20000;
    int days = 90;
    quint64 seed = 42;
    // 5× makes the depeg (scenario minutes 2–15) unfold over about 2½ minutes of wall time.
    double speed = 5.0;
    QString symbol = QStringLiteral("USDC");
    QString collectorBinary; // empty: this executable
    int healthTimeoutMs = 30000;
    int stopTimeoutMs = 5000;
};

// Everything `pegboard demo` runs beside the console: a private embedded store (history generated
// when it is empty), the feed simulator playing the depeg, a collector child process, and the
// scenario's reporters posting into it. start() returns at once; the slow steps (cluster, history)
// run on a worker thread and are reported by signals. stop() tears down what start() brought up.
class DemoRunner : public QObject
{
    Q_OBJECT
public:
    explicit DemoRunner(QObject *parent = nullptr);
    ~DemoRunner() override;

    // A "demo" directory beside the normal embedded cluster, so the user's own store is untouched.
    static QString defaultDataDir();

    // dataDir empty: defaultDataDir(). The cluster lives in dataDir/cluster, the spool in dataDir/spool.
    void start(const QString &dataDir = {}, const DemoOptions &options = {});
    // Stops the reporter, the collector (SIGTERM, then kill), the simulator and the cluster. Blocks
    // for at most the collector's stop timeout plus the cluster's shutdown; idempotent.
    void stop();

    bool isReady() const { return m_ready; }
    DemoEndpoints endpoints() const { return m_endpoints; }
    // Reports the history step inserted on this start (0 when the store already had some).
    qint64 generatedReports() const { return m_generated; }
    // The collector child's pid, 0 when none runs.
    qint64 collectorPid() const;
    ScenarioReporter *reporter() const { return m_reporter; }

signals:
    void progress(const QString &step, int percent);
    void ready(const pegboard::DemoEndpoints &endpoints);
    void failed(const QString &message);

private:
    struct Prepared
    {
        Result<void> status;
        qint64 generated = 0;
    };
    Prepared prepareStore(); // on the worker thread
    void onPrepared();
    void startCollector();
    void probeHealth();
    void fail(const QString &message);
    void report(const QString &step, int percent); // any thread

    QString m_dataDir;
    DemoOptions m_options;
    std::unique_ptr<EmbeddedStore> m_store;
    QFutureWatcher<Prepared> m_watcher;
    std::atomic<bool> m_cancel{false};
    FeedSimServer *m_sim = nullptr;
    QProcess *m_collector = nullptr;
    QNetworkAccessManager *m_http = nullptr;
    QTimer *m_healthDeadline = nullptr;
    ScenarioReporter *m_reporter = nullptr;
    QByteArray m_token;
    quint16 m_collectorPort = 0;
    DemoEndpoints m_endpoints;
    qint64 m_generated = 0;
    bool m_running = false;
    bool m_ready = false;
    bool m_failing = false;
};

} // namespace pegboard

Q_DECLARE_METATYPE(pegboard::DemoEndpoints)
