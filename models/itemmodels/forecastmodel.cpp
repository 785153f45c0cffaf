#include "forecastmodel.h"

#include <QDateTime>
#include <QLocale>

namespace pegboard {

namespace {
constexpr qint64 HourMs = 3600 * 1000;
constexpr qint64 DayMs = 24 * HourMs;
} // namespace

ForecastModel::ForecastModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ForecastModel::setPlan(MaintenancePlanner::Plan plan)
{
    beginResetModel();
    m_plan = std::move(plan);
    if (m_liveRisk >= 0)
        MaintenancePlanner::setLiveRisk(m_plan, m_liveRisk);
    m_firstDay = {};
    m_days = 0;
    if (!m_plan.hours.empty()) {
        m_firstDay = QDateTime::fromMSecsSinceEpoch(m_plan.hours.front().startMs, Qt::UTC).date();
        const QDate last = QDateTime::fromMSecsSinceEpoch(m_plan.hours.back().startMs, Qt::UTC).date();
        m_days = int(m_firstDay.daysTo(last)) + 1;
    }
    endResetModel();
}

void ForecastModel::setLiveRisk(double score)
{
    m_liveRisk = score;
    const bool wasOpen = m_plan.incident.isOpen();
    const std::size_t windows = m_plan.windows.size();
    MaintenancePlanner::setLiveRisk(m_plan, score);
    if (wasOpen == m_plan.incident.isOpen() && windows == m_plan.windows.size())
        return;
    beginResetModel();
    endResetModel();
}

int ForecastModel::rowOf(const QDate &day) const
{
    if (!m_firstDay.isValid())
        return -1;
    const qint64 row = m_firstDay.daysTo(day);
    return row >= 0 && row < m_days ? int(row) : -1;
}

const MaintenancePlanner::HourForecast *ForecastModel::hourAt(int row, int column) const
{
    if (m_plan.hours.empty())
        return nullptr;
    const qint64 start =
        QDateTime(m_firstDay, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() + row * DayMs + column * HourMs;
    const qint64 offset = (start - m_plan.hours.front().startMs) / HourMs;
    if (offset < 0 || size_t(offset) >= m_plan.hours.size())
        return nullptr;
    return &m_plan.hours[size_t(offset)];
}

double ForecastModel::dayRisk(const QDate &day) const
{
    const int row = rowOf(day);
    if (row < 0)
        return -1;
    double sum = 0;
    int n = 0;
    for (int h = 0; h < 24; ++h) {
        if (const auto *f = hourAt(row, h)) {
            sum += f->risk;
            ++n;
        }
    }
    return n ? sum / n : -1;
}

int ForecastModel::windowAt(qint64 ms) const
{
    for (size_t i = 0; i < m_plan.windows.size(); ++i) {
        if (ms >= m_plan.windows[i].fromMs && ms < m_plan.windows[i].toMs)
            return int(i);
    }
    return -1;
}

int ForecastModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_days;
}

int ForecastModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 24;
}

QVariant ForecastModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto *hour = hourAt(index.row(), index.column());
    if (!hour)
        return {};
    const int window = windowAt(hour->startMs);
    switch (role) {
    case Qt::DisplayRole:
        return QLocale().toString(hour->risk, 'f', 1);
    case RiskRole:
        return hour->risk;
    case InWindowRole:
        return window >= 0;
    case WindowIndexRole:
        return window;
    case StartRole:
        return QDateTime::fromMSecsSinceEpoch(hour->startMs, Qt::UTC);
    case PeakRole:
        return hour->peak;
    case Qt::ToolTipRole: {
        QString text = tr("%1: forecast risk %2 / 10")
                           .arg(MaintenancePlanner::spanLabel(hour->startMs, hour->startMs + HourMs),
                                QLocale().toString(hour->risk, 'f', 1));
        if (hour->peak)
            text += QLatin1Char('\n') + tr("A peak: historically %1 incidents in this hour of the week")
                                            .arg(QLocale().toString(hour->incidentRate, 'f', 2));
        if (window >= 0)
            text += QLatin1Char('\n') + m_plan.windows[size_t(window)].reasons.join(QLatin1Char('\n'));
        return text;
    }
    default:
        return {};
    }
}

QVariant ForecastModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return QStringLiteral("%1").arg(section, 2, 10, QLatin1Char('0'));
    return QLocale().toString(m_firstDay.addDays(section), QStringLiteral("ddd d MMM"));
}

} // namespace pegboard
