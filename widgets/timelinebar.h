#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>
#include <vector>

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace pegboard {

// Replay "as known at T": a scrubber over a window, play/pause at 1×–1000×, step to the next
// report, jump to the incident's start, and the choice of clock (when reports were received, or
// when they say they happened). Emits the position; whoever owns the data moves the console there.
class TimelineBar : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineBar(QWidget *parent = nullptr);

    void setRange(const QDateTime &from, const QDateTime &to);
    // Report times in the current clock, any order: the stops of "next report".
    void setReportTimes(std::vector<qint64> ms);
    void setIncidentStart(const QDateTime &at);
    // What the console reads at T (risk, P(oracle failure)), shown beside the clock.
    void setReadout(const QString &text);
    QDateTime position() const;
    QDateTime from() const { return m_from; }
    QDateTime to() const { return m_to; }
    bool isPlaying() const { return m_timer.isActive(); }
    double speed() const { return m_speed; }
    bool byEventTime() const;

public slots:
    void seek(const QDateTime &at);
    void play();
    void pause();
    void setSpeed(double factor);
    void stepToNextReport();
    void jumpToIncidentStart();

signals:
    void positionChanged(const QDateTime &at);
    void clockChanged(bool byEventTime);

private:
    void advance();
    void showPosition();

    QToolButton *m_play;
    QSlider *m_slider;
    QComboBox *m_speedBox;
    QToolButton *m_next;
    QToolButton *m_incident;
    QComboBox *m_clock;
    QLabel *m_time;
    QLabel *m_readout;
    QDateTime m_from, m_to, m_incidentStart;
    qint64 m_positionMs = 0;
    std::vector<qint64> m_reports;
    double m_speed = 1;
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
};

} // namespace pegboard
