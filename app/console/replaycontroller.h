#pragma once

#include "analysis/riskscore.h"
#include "dataset/dataset.h"
#include "dataset/recordedfeeds.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <memory>

namespace pegboard {

class AnalysisController;
class ConsoleController;
class ReplayPegChart;
class RiskMonitor;
class TimelineBar;

// Replay "as known at T" over a window of any Dataset (a review bundle, or a past window of the
// store): the timeline's position T narrows the report lists to what had been received (or
// reported) by T, runs the recorded peg chart to T with the reports known by then as markers, and
// reads the risk score and the predictor's P(oracle failure) from the feeds' context at T. The risk
// is the console's one RiskMonitor fed the recorded context, so the Operations risk panel reads as
// it would have at T. The
// window's feeds are loaded once, off the GUI thread; a seek is binary searches over them.
class ReplayController : public QObject
{
    Q_OBJECT
public:
    static constexpr std::size_t MaxMarkers = 2000;

    ReplayController(ConsoleController *console, AnalysisController *analysis, RiskMonitor *risk,
                     TimelineBar *timeline, ReplayPegChart *chart, QObject *parent = nullptr);
    ~ReplayController() override;

    void load(const DatasetOpener &opener, const QDateTime &from, const QDateTime &to);
    // Back to the present: the lists show everything again and the risk panel scores the live feeds.
    void stop();
    bool isReady() const { return m_feeds != nullptr; }
    void setSymbol(const QString &symbol);
    QDateTime position() const { return m_position; }
    const RiskScore::Assessment &risk() const;
    // The recorded feeds being replayed (null until loaded).
    std::shared_ptr<const RecordedFeeds> feeds() const { return m_feeds; }
    std::optional<double> oracleFailureProbability() const { return m_probability; }

signals:
    void ready();
    void stopped();
    void failed(const QString &message);
    void progress(int percent, const QString &stage);

private:
    void seek(const QDateTime &at);
    void updateMarks();
    void updateMarkers();

    ConsoleController *m_console;
    AnalysisController *m_analysis;
    RiskMonitor *m_riskMonitor;
    TimelineBar *m_timeline;
    ReplayPegChart *m_chart;
    QThreadPool m_loader; // the recorded feeds' own thread, below the lists the reviewer waits for
    QFutureWatcher<Result<std::vector<FeedSample>>> m_loading;
    std::shared_ptr<const RecordedFeeds> m_feeds;
    QDateTime m_from, m_to, m_position;
    qint64 m_chartToMs = -1;
    QString m_symbol = QStringLiteral("USDC");
    std::optional<double> m_probability;
};

} // namespace pegboard
