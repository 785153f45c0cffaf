#pragma once

#include <QUuid>
#include <QWidget>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;

namespace pegboard {

class FeedHub;
class PegChartMarkers;
class PegChartView;

// The Operations perspective's centre: the chosen coin's live peg chart, its current deviation and
// 5-minute rolling average. Polls the (thread-safe) FeedHub on a GUI timer, taking only the points
// that arrived since the last poll, so a flood of messages costs the GUI one cheap call per tick.
class LivePegPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LivePegPanel(FeedHub *hub, QWidget *parent = nullptr);

    void setSymbol(const QString &symbol);
    QString symbol() const { return m_symbol; }
    PegChartView *chart() const { return m_chart; }
    // Shown while the chart is not following live (after a zoom or pan).
    QPushButton *liveButton() const { return m_live; }
    QString deviationText() const;
    void poll();

    // A report to mark on the chart at its reported time (the panel shows the chosen coin's).
    struct Report
    {
        QUuid id;
        QString symbol;
        qint64 reportedMs = 0;
    };
    // The most markers drawn (the newest); the note under the chart says when there are more.
    static constexpr std::size_t MaxMarkers = 500;
    void setReports(std::vector<Report> reports);
    PegChartMarkers *markers() const { return m_markers; }
    QString markerNote() const;

signals:
    // A marker was clicked: open this report.
    void reportClicked(const QUuid &id);

private:
    void updateMarkers();

    FeedHub *m_hub;
    QString m_symbol;
    qint64 m_sequence = 0;
    QComboBox *m_symbols;
    QLabel *m_current;
    QLabel *m_average;
    PegChartView *m_chart;
    QPushButton *m_live;
    QTimer *m_timer;
    PegChartMarkers *m_markers;
    QLabel *m_note;
    std::vector<Report> m_reports;
    // Reports of the coin whose moment the chart has no price for yet (they come as points arrive).
    std::size_t m_unpriced = 0;
};

} // namespace pegboard
