#include "console/replaycontroller.h"

#include "console/analysiscontroller.h"
#include "console/consolecontroller.h"
#include "console/riskmonitor.h"
#include "domain/feedseries.h"
#include "domain/numberformat.h"
#include "domain/threadpriority.h"
#include "itemmodels/clustermodel.h"
#include "replaypegchart.h"
#include "timelinebar.h"

#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace pegboard {

ReplayController::ReplayController(ConsoleController *console, AnalysisController *analysis,
                                   RiskMonitor *risk, TimelineBar *timeline, ReplayPegChart *chart,
                                   QObject *parent)
    : QObject(parent)
    , m_console(console)
    , m_analysis(analysis)
    , m_riskMonitor(risk)
    , m_timeline(timeline)
    , m_chart(chart)
{
    m_loader.setMaxThreadCount(1);
    connect(m_timeline, &TimelineBar::positionChanged, this, &ReplayController::seek);
    connect(m_timeline, &TimelineBar::clockChanged, this, [this] {
        updateMarks();
        seek(m_position);
    });
    connect(m_analysis, &AnalysisController::finished, this, [this] {
        updateMarks();
        if (m_feeds)
            seek(m_position);
    });
    connect(m_chart, &ReplayPegChart::reportClicked, m_console, &ConsoleController::select);
    connect(&m_loading, &QFutureWatcher<Result<std::vector<FeedSample>>>::finished, this, [this] {
        auto loaded = m_loading.result();
        if (!loaded) {
            emit failed(loaded.error().message);
            return;
        }
        m_feeds = std::make_shared<const RecordedFeeds>(std::move(loaded).value());
        m_timeline->setRange(m_from, m_to);
        updateMarks();
        m_chartToMs = -1;
        // Everything known: the window as it stood at its end, until the reviewer moves back.
        m_timeline->seek(m_to);
        emit ready();
    });
}

const RiskScore::Assessment &ReplayController::risk() const
{
    return m_riskMonitor->latest();
}

ReplayController::~ReplayController()
{
    m_loading.waitForFinished();
}

void ReplayController::load(const DatasetOpener &opener, const QDateTime &from, const QDateTime &to)
{
    m_from = from.toUTC();
    m_to = to.toUTC();
    m_feeds.reset();
    emit progress(0, tr("Loading recorded feeds…"));
    m_loading.setFuture(
        QtConcurrent::run(&m_loader, [opener, from = m_from, to = m_to]() -> Result<std::vector<FeedSample>> {
            lowerThisThreadPriority(); // this pool runs nothing else
            auto data = opener();
            if (!data)
                return Unexpected<Error>(data.error());
            return (*data)->feedSamples({}, from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch() + 1);
        }));
}

void ReplayController::stop()
{
    m_loading.cancel();
    m_feeds.reset();
    m_position = {};
    m_console->setKnownAt({}, false);
    m_riskMonitor->stopReplay();
    emit stopped();
}

void ReplayController::setSymbol(const QString &symbol)
{
    m_symbol = symbol;
    m_chart->setSymbol(symbol);
    m_chartToMs = -1;
    if (m_feeds)
        seek(m_position);
}

void ReplayController::updateMarks()
{
    const auto snapshot = m_analysis->snapshot();
    std::vector<qint64> times;
    if (snapshot) {
        const auto &column = m_timeline->byEventTime() ? snapshot->reportedMs : snapshot->receivedMs;
        times.reserve(column.size());
        for (std::int64_t t : column)
            if (t != Snapshot::NoTime)
                times.push_back(t);
    }
    m_timeline->setReportTimes(std::move(times));
    // The incident: the largest root cause found in the window.
    const RootCauseCluster *largest = m_analysis->clusters()->clusterAt(0);
    m_timeline->setIncidentStart(largest ? QDateTime::fromMSecsSinceEpoch(largest->fromMs, Qt::UTC)
                                         : QDateTime());
}

void ReplayController::seek(const QDateTime &at)
{
    if (!m_feeds || !at.isValid())
        return;
    m_position = at;
    const qint64 t = at.toMSecsSinceEpoch();
    m_console->setKnownAt(at, m_timeline->byEventTime());

    const QString series = FeedSeries::price(m_symbol);
    if (m_chartToMs >= 0 && t >= m_chartToMs)
        m_chart->appendPoints(m_feeds->points(series, m_chartToMs, t));
    else
        m_chart->resetPoints(m_feeds->points(series, m_from.toMSecsSinceEpoch() - 1, t));
    m_chartToMs = t;
    updateMarkers();

    const ContextSnapshot context = m_feeds->contextAt(m_symbol, t);
    m_riskMonitor->setSymbol(m_symbol);
    m_riskMonitor->assessRecorded(
        context, at, m_feeds->secondsPast(series, t, m_riskMonitor->config().escalation.pegCriticalBps));
    const RiskScore::Assessment &assessment = m_riskMonitor->latest();
    m_probability.reset();
    if (const auto &model = m_analysis->model(); model && model->info.symbol == m_symbol)
        if (auto p = model->predictor->predict(context, at))
            m_probability = double(*p);
    const QLocale locale;
    m_timeline->setReadout(m_probability ? tr("Risk %1 / 10 · P(oracle failure within 15 min) %2")
                                               .arg(locale.toString(assessment.score, 'f', 1),
                                                    NumberFormat::percent(*m_probability))
                                         : tr("Risk %1 / 10 · no predictor for %2")
                                               .arg(locale.toString(assessment.score, 'f', 1), m_symbol));
}

void ReplayController::updateMarkers()
{
    const auto snapshot = m_analysis->snapshot();
    std::vector<ReplayPegChart::Marker> markers;
    std::size_t total = 0;
    if (snapshot && m_feeds) {
        const qint64 t = m_position.toMSecsSinceEpoch();
        const auto &known = m_timeline->byEventTime() ? snapshot->reportedMs : snapshot->receivedMs;
        const std::uint16_t symbol = snapshot->symbols.find(m_symbol.toStdString());
        std::vector<std::uint32_t> rows;
        for (std::uint32_t i = 0; symbol != StringDictionary::None && i < snapshot->size(); ++i)
            if (snapshot->symbol[i] == symbol && known[i] != Snapshot::NoTime && known[i] <= t &&
                snapshot->reportedMs[i] != Snapshot::NoTime)
                rows.push_back(i);
        total = rows.size();
        if (rows.size() > MaxMarkers) {
            std::nth_element(rows.begin(), rows.begin() + MaxMarkers, rows.end(),
                             [&](std::uint32_t a, std::uint32_t b) {
                                 return snapshot->reportedMs[a] > snapshot->reportedMs[b];
                             });
            rows.resize(MaxMarkers);
        }
        const QString series = FeedSeries::price(m_symbol);
        for (std::uint32_t i : rows) {
            const qint64 at = snapshot->reportedMs[i];
            if (auto price = m_feeds->valueAt(series, at))
                markers.push_back({at, *price, snapshot->ids[i]});
        }
    }
    m_chart->setMarkers(markers, total);
}

} // namespace pegboard
