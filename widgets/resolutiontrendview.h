#pragma once

#include "store/impactsummary.h"

#include <QChartView>

namespace pegboard {

// Mean hours from report to resolution, per week, one line per issue category.
class ResolutionTrendView : public QChartView
{
    Q_OBJECT
public:
    explicit ResolutionTrendView(QWidget *parent = nullptr);
    void setSummary(const ImpactSummary &summary);
    int lineCount() const;
};

} // namespace pegboard
