#pragma once

#include "analysis/maintenanceplanner.h"

#include <QWidget>
#include <optional>

class QCalendarWidget;
class QLabel;
class QListView;
class QPushButton;
class QStringListModel;
class QTableView;

namespace pegboard {

class ForecastModel;

// The maintenance-window calendar: a month coloured by each day's forecast risk; a chosen day opens
// its 24-hour strip with the low-risk windows and their reasons; the chosen window exports as .ics.
class MaintenanceCalendar : public QWidget
{
    Q_OBJECT
public:
    explicit MaintenanceCalendar(ForecastModel *model, QWidget *parent = nullptr);

    void showDay(const QDate &day);
    QDate selectedDay() const;
    QStringList windowsOfDay() const;
    // Writes the chosen window (or the day's first) as an iCalendar file; an error message or empty.
    QString exportWindow(const QString &path);

    // The chosen window (or the day's first), if the day has one.
    std::optional<MaintenancePlanner::Window> chosenWindow() const;
    QPushButton *silenceButton() const { return m_silence; }
    QPushButton *exportButton() const { return m_export; }
    // Why no window is offered now (an open incident), or empty.
    QString incidentText() const;

signals:
    // A confirmation for the status bar ("Maintenance window … written to PATH").
    void notice(const QString &text);
    // "Silence alerts in this window": one click turns the window into a silence.
    void silenceRequested(qint64 fromMs, qint64 toMs, const QString &reason);

private:
    void refresh();

    ForecastModel *m_model;
    QCalendarWidget *m_calendar;
    QTableView *m_strip;
    QListView *m_windowsView;
    QStringListModel *m_windows;
    QLabel *m_incident;
    QPushButton *m_export;
    QPushButton *m_silence;
    QList<int> m_windowIndexes;
};

} // namespace pegboard
