#include "timelinebar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <algorithm>

namespace pegboard {

TimelineBar::TimelineBar(QWidget *parent)
    : QWidget(parent)
    , m_play(new QToolButton(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_speedBox(new QComboBox(this))
    , m_next(new QToolButton(this))
    , m_incident(new QToolButton(this))
    , m_clock(new QComboBox(this))
    , m_time(new QLabel(this))
    , m_readout(new QLabel(this))
{
    setObjectName(QStringLiteral("timelineBar"));
    m_play->setObjectName(QStringLiteral("timelinePlay"));
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_play->setToolTip(tr("Play / pause the replay (Space)"));
    m_slider->setObjectName(QStringLiteral("timelineScrubber"));
    m_slider->setToolTip(tr("The moment the console shows: everything as it was known then"));
    for (int factor : {1, 10, 100, 1000})
        m_speedBox->addItem(tr("%1×").arg(factor), factor);
    m_speedBox->setToolTip(tr("Replay speed"));
    m_next->setText(tr("Next report"));
    m_next->setIcon(style()->standardIcon(QStyle::SP_MediaSkipForward));
    m_next->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_incident->setText(tr("Incident start"));
    m_incident->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_incident->setEnabled(false);
    m_clock->addItems({tr("As received"), tr("As reported (event time)")});
    m_clock->setToolTip(
        tr("Reports appear when Pegboard received them, or at the time they say they happened"));
    m_time->setObjectName(QStringLiteral("timelineTime"));
    m_readout->setObjectName(QStringLiteral("timelineReadout"));
    m_time->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00:00 UTC ")));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_play);
    layout->addWidget(m_speedBox);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_time);
    layout->addWidget(m_next);
    layout->addWidget(m_incident);
    layout->addWidget(m_clock);
    layout->addWidget(m_readout);

    m_timer.setInterval(50);
    connect(&m_timer, &QTimer::timeout, this, &TimelineBar::advance);
    connect(m_play, &QToolButton::clicked, this, [this] { isPlaying() ? pause() : play(); });
    connect(m_speedBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_speed = m_speedBox->itemData(index).toDouble(); });
    connect(m_slider, &QSlider::valueChanged, this, [this](int seconds) {
        const qint64 ms = m_from.toMSecsSinceEpoch() + qint64(seconds) * 1000;
        if (ms / 1000 == m_positionMs / 1000)
            return;
        m_positionMs = ms;
        showPosition();
        emit positionChanged(position());
    });
    connect(m_next, &QToolButton::clicked, this, &TimelineBar::stepToNextReport);
    connect(m_incident, &QToolButton::clicked, this, &TimelineBar::jumpToIncidentStart);
    connect(m_clock, &QComboBox::currentIndexChanged, this,
            [this](int index) { emit clockChanged(index == 1); });
}

void TimelineBar::setRange(const QDateTime &from, const QDateTime &to)
{
    m_from = from;
    m_to = to;
    const QSignalBlocker block(m_slider);
    m_slider->setRange(0, int(std::max<qint64>(0, from.secsTo(to))));
    m_slider->setPageStep(3600);
    m_positionMs = std::clamp(m_positionMs, from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch());
    m_slider->setValue(int((m_positionMs - from.toMSecsSinceEpoch()) / 1000));
    showPosition();
}

void TimelineBar::setReportTimes(std::vector<qint64> ms)
{
    std::sort(ms.begin(), ms.end());
    m_reports = std::move(ms);
    m_next->setEnabled(!m_reports.empty());
}

void TimelineBar::setIncidentStart(const QDateTime &at)
{
    m_incidentStart = at;
    m_incident->setEnabled(at.isValid());
    m_incident->setToolTip(at.isValid()
                               ? tr("Jump to %1 UTC, where the largest incident of the window begins")
                                     .arg(at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                               : QString());
}

void TimelineBar::setReadout(const QString &text)
{
    m_readout->setText(text);
}

QDateTime TimelineBar::position() const
{
    return QDateTime::fromMSecsSinceEpoch(m_positionMs, Qt::UTC);
}

bool TimelineBar::byEventTime() const
{
    return m_clock->currentIndex() == 1;
}

void TimelineBar::seek(const QDateTime &at)
{
    if (!m_from.isValid() || !at.isValid())
        return;
    m_positionMs = std::clamp(at.toMSecsSinceEpoch(), m_from.toMSecsSinceEpoch(), m_to.toMSecsSinceEpoch());
    {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(int((m_positionMs - m_from.toMSecsSinceEpoch()) / 1000));
    }
    showPosition();
    emit positionChanged(position());
}

void TimelineBar::play()
{
    if (!m_from.isValid())
        return;
    if (m_positionMs >= m_to.toMSecsSinceEpoch())
        seek(m_from);
    m_sinceTick.start();
    m_timer.start();
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
}

void TimelineBar::pause()
{
    m_timer.stop();
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
}

void TimelineBar::setSpeed(double factor)
{
    const int index = m_speedBox->findData(int(factor));
    if (index >= 0)
        m_speedBox->setCurrentIndex(index);
    m_speed = factor;
}

void TimelineBar::stepToNextReport()
{
    const auto next = std::upper_bound(m_reports.begin(), m_reports.end(), m_positionMs);
    if (next != m_reports.end())
        seek(QDateTime::fromMSecsSinceEpoch(*next, Qt::UTC));
}

void TimelineBar::jumpToIncidentStart()
{
    if (m_incidentStart.isValid())
        seek(m_incidentStart);
}

void TimelineBar::advance()
{
    // Wall-clock elapsed time times the speed: a slow frame does not slow the replay down.
    const qint64 elapsed = m_sinceTick.restart();
    const qint64 target = m_positionMs + qint64(double(elapsed) * m_speed);
    if (target >= m_to.toMSecsSinceEpoch()) {
        seek(m_to);
        pause();
        return;
    }
    seek(QDateTime::fromMSecsSinceEpoch(target, Qt::UTC));
}

void TimelineBar::showPosition()
{
    m_time->setText(tr("%1 UTC").arg(position().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
}

} // namespace pegboard
