#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;

namespace pegboard {

class FeedHub;
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

private:
    FeedHub *m_hub;
    QString m_symbol;
    qint64 m_sequence = 0;
    QComboBox *m_symbols;
    QLabel *m_current;
    QLabel *m_average;
    PegChartView *m_chart;
    QPushButton *m_live;
    QTimer *m_timer;
};

} // namespace pegboard
