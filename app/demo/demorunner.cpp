#include "demo/demorunner.h"

#include "demo/scenarioreporter.h"
#include "domain/backgroundpool.h"
#include "feeds/feedscenario.h"
#include "feeds/feedsimserver.h"
#include "simulation/historywriter.h"
#include "store/issuestore.h"
#include "store/localcluster.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QThread>
#include <QTimer>
#include <QtConcurrent>

namespace pegboard {

namespace {
// A port nobody listens on right now; the collector binds it a moment later (a race we accept on
// loopback, and report clearly if lost).
quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

constexpr int HealthRetryMs = 100;
} // namespace

DemoRunner::DemoRunner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<DemoEndpoints>();
    connect(&m_watcher, &QFutureWatcher<Prepared>::finished, this, &DemoRunner::onPrepared);
}

DemoRunner::~DemoRunner()
{
    stop();
}

QString DemoRunner::defaultDataDir()
{
    return QFileInfo(LocalCluster::defaultDataDir()).absolutePath() + QStringLiteral("/demo");
}

void DemoRunner::start(const QString &dataDir, const DemoOptions &options)
{
    if (m_running)
        return;
    m_running = true;
    m_ready = false;
    m_cancel = false;
    m_generated = 0;
    m_endpoints = {};
    m_options = options;
    m_dataDir = dataDir.isEmpty() ? defaultDataDir() : dataDir;
    m_store = std::make_unique<EmbeddedStore>();
    m_watcher.setFuture(runInBackground([this] { return prepareStore(); }));
}

void DemoRunner::report(const QString &step, int percent)
{
    // Keeps the order of steps and ready(): direct on our thread, queued from the worker.
    if (QThread::currentThread() == thread()) {
        emit progress(step, percent);
        return;
    }
    QMetaObject::invokeMethod(
        this, [this, step, percent] { emit progress(step, percent); }, Qt::QueuedConnection);
}

DemoRunner::Prepared DemoRunner::prepareStore()
{
    Prepared out;
    report(tr("Starting the demo store"), 2);
    if (!QDir().mkpath(m_dataDir)) {
        out.status =
            Error::make(Error::Code::InvalidInput, tr("Cannot create the demo directory %1.").arg(m_dataDir));
        return out;
    }
    if (auto prepared = m_store->prepare({}, m_dataDir + QStringLiteral("/cluster")); !prepared) {
        out.status = Unexpected<Error>(prepared.error());
        return out;
    }
    if (m_cancel)
        return out;
    qint64 existing = 0;
    {
        auto store = IssueStore::open(m_store->url());
        if (!store) {
            out.status = Unexpected<Error>(store.error());
            return out;
        }
        auto count = (*store)->count();
        if (!count) {
            out.status = Unexpected<Error>(count.error());
            return out;
        }
        existing = *count;
    }
    if (existing > 0 || m_options.issues <= 0) {
        report(tr("History already in the store"), 90);
        return out;
    }
    HistoryWriter::Options history;
    history.url = m_store->url();
    history.issues = m_options.issues;
    history.days = m_options.days;
    history.seed = m_options.seed;
    history.endMs = QDateTime::currentMSecsSinceEpoch();
    // HistoryWriter cannot be interrupted mid-run; stop() waits for it, and a cancelled demo skips
    // every later step. The writer is idempotent, so the next start completes what is missing.
    auto written = HistoryWriter(history).run([this](const QString &stage, qint64 done, qint64 total) {
        if (m_cancel)
            return;
        report(stage, 10 + int(total > 0 ? 80 * done / total : 0));
    });
    if (!written) {
        out.status = Unexpected<Error>(written.error());
        return out;
    }
    out.generated = written->issuesInserted;
    return out;
}

void DemoRunner::onPrepared()
{
    if (!m_running || m_cancel)
        return;
    const Prepared prepared = m_watcher.result();
    if (!prepared.status)
        return fail(prepared.status.error().message);
    m_generated = prepared.generated;

    report(tr("Starting the feed simulator"), 92);
    m_sim = new FeedSimServer(*FeedScenario::named(QStringLiteral("depeg")), FeedSimServer::Format::Pegboard,
                              m_options.speed, this);
    m_sim->setSymbol(m_options.symbol);
    auto port = m_sim->listen(QHostAddress::LocalHost, 0);
    if (!port)
        return fail(port.error().message);
    m_endpoints.storeUrl = m_store->url();
    m_endpoints.feedSpec = QStringLiteral("demo=pegboard:ws://127.0.0.1:%1").arg(*port);
    startCollector();
}

void DemoRunner::startCollector()
{
    report(tr("Starting the collector"), 95);
    m_collectorPort = freeLoopbackPort();
    if (m_collectorPort == 0)
        return fail(tr("No free local port for the collector."));
    const QString spool = m_dataDir + QStringLiteral("/spool");
    QDir().mkpath(spool);
    m_token = QByteArray::number(QRandomGenerator::system()->generate64(), 16) +
              QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    m_collector = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PEGBOARD_INGEST_TOKEN"), QString::fromLatin1(m_token));
    m_collector->setProcessEnvironment(env);
    // The collector's log goes to a file of the demo, not into the console's terminal.
    const QString log = m_dataDir + QStringLiteral("/collector.log");
    m_collector->setProcessChannelMode(QProcess::MergedChannels);
    m_collector->setStandardOutputFile(log, QIODevice::Append);
    connect(m_collector, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        if (m_running)
            fail(tr("The collector exited (code %1); see %2.")
                     .arg(code)
                     .arg(m_dataDir + QStringLiteral("/collector.log")));
    });
    connect(m_collector, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart && m_running)
            fail(tr("Cannot start the collector: %1").arg(m_collector->errorString()));
    });
    const QString program = m_options.collectorBinary.isEmpty() ? QCoreApplication::applicationFilePath()
                                                                : m_options.collectorBinary;
    m_collector->start(program,
                       {QStringLiteral("collect"), QStringLiteral("--db"), m_store->url(),
                        QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_collectorPort),
                        QStringLiteral("--spool"), spool});
    m_endpoints.collectorUrl = QStringLiteral("http://127.0.0.1:%1").arg(m_collectorPort);
    m_http = new QNetworkAccessManager(this);
    m_healthDeadline = new QTimer(this);
    m_healthDeadline->setSingleShot(true);
    m_healthDeadline->start(m_options.healthTimeoutMs);
    probeHealth();
}

void DemoRunner::probeHealth()
{
    if (!m_running || m_ready)
        return;
    QNetworkReply *reply =
        m_http->get(QNetworkRequest(QUrl(m_endpoints.collectorUrl + QStringLiteral("/healthz"))));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!m_running || m_ready)
            return;
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200) {
            if (!m_healthDeadline->isActive())
                return fail(tr("The collector did not answer on %1 within %2 s.")
                                .arg(m_endpoints.collectorUrl)
                                .arg(m_options.healthTimeoutMs / 1000));
            QTimer::singleShot(HealthRetryMs, this, &DemoRunner::probeHealth);
            return;
        }
        report(tr("Demo running"), 100);
        m_reporter = new ScenarioReporter(
            QUrl(m_endpoints.feedSpec.mid(m_endpoints.feedSpec.indexOf(QLatin1String("ws://")))),
            QUrl(m_endpoints.collectorUrl), m_token, m_options.symbol, this);
        m_reporter->start();
        m_ready = true;
        emit ready(m_endpoints);
    });
}

void DemoRunner::fail(const QString &message)
{
    // Often called from a signal of an object stop() deletes (the process, a reply): tear down
    // from the event loop instead, once that signal has returned.
    if (m_failing)
        return;
    m_failing = true;
    QMetaObject::invokeMethod(
        this,
        [this, message] {
            stop();
            m_failing = false;
            emit failed(message);
        },
        Qt::QueuedConnection);
}

qint64 DemoRunner::collectorPid() const
{
    return m_collector ? m_collector->processId() : 0;
}

void DemoRunner::stop()
{
    if (!m_store && !m_running)
        return;
    m_running = false;
    m_ready = false;
    m_cancel = true;
    m_watcher.waitForFinished();
    delete m_reporter;
    m_reporter = nullptr;
    if (m_collector) {
        m_collector->disconnect(this);
        if (m_collector->state() != QProcess::NotRunning) {
            m_collector->terminate();
            if (!m_collector->waitForFinished(m_options.stopTimeoutMs)) {
                m_collector->kill();
                m_collector->waitForFinished(m_options.stopTimeoutMs);
            }
        }
        delete m_collector;
        m_collector = nullptr;
    }
    delete m_http;
    m_http = nullptr;
    delete m_healthDeadline;
    m_healthDeadline = nullptr;
    delete m_sim;
    m_sim = nullptr;
    if (m_store) {
        m_store->shutdown();
        m_store.reset();
    }
}

} // namespace pegboard
