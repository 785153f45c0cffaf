#pragma once

#include "store/impactsummary.h"

#include <QChartView>

namespace pegboard {

// Money lost per week or month: estimated and actual losses side by side, report counts on hover.
class ImpactChartView : public QChartView
{
    Q_OBJECT
public:
    enum class Granularity
    {
        Week,
        Month
    };
    explicit ImpactChartView(Granularity granularity, QWidget *parent = nullptr);
    void setSummary(const ImpactSummary &summary);
    int barCount() const { return m_bars; }
    // The value axis' tick labels as they read ("$0", "$30M", …), for tests and exports.
    QStringList axisLabels() const { return m_axisLabels; }

private:
    Granularity m_granularity;
    int m_bars = 0;
    QStringList m_axisLabels;
};

} // namespace pegboard
