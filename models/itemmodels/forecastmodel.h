#pragma once

#include "analysis/maintenanceplanner.h"

#include <QAbstractTableModel>
#include <QDate>

namespace pegboard {

// The 14-day risk forecast as a grid: one row per day (UTC), one column per hour. Cells inside a
// recommended low-risk window say so and why; the calendar colours days and hours from it.
class ForecastModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        RiskRole = Qt::UserRole + 1,
        InWindowRole,
        WindowIndexRole,
        StartRole,
        PeakRole
    };
    explicit ForecastModel(QObject *parent = nullptr);

    void setPlan(MaintenancePlanner::Plan plan);
    // The live risk score changed: windows are withdrawn while it is at or past the threshold
    // (MaintenancePlanner::setLiveRisk) and offered again when it falls.
    void setLiveRisk(double score);
    const MaintenancePlanner::Plan &plan() const { return m_plan; }
    QDate firstDay() const { return m_firstDay; }
    // The row of a date, or -1 outside the forecast.
    int rowOf(const QDate &day) const;
    // Mean forecast risk of a day, or a negative number outside the forecast.
    double dayRisk(const QDate &day) const;
    // The window that contains this hour, or -1.
    int windowAt(qint64 ms) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const MaintenancePlanner::HourForecast *hourAt(int row, int column) const;

    MaintenancePlanner::Plan m_plan;
    QDate m_firstDay;
    int m_days = 0;
    double m_liveRisk = -1; // the live score last seen: fresher than the one a plan was made with
};

} // namespace pegboard
