#pragma once

#include <QMainWindow>

class QLabel;

namespace pegboard {

class ImpactChartView;
struct ImpactSummary;

// The Executive perspective: financial impact per week and month, and whether resolutions last
// (prevention and recurrence rates).
class ExecutivePerspective : public QMainWindow
{
    Q_OBJECT
public:
    explicit ExecutivePerspective(QWidget *parent = nullptr);
    void setSummary(const ImpactSummary &summary);
    QString effectivenessText() const;

private:
    ImpactChartView *m_weekly;
    ImpactChartView *m_monthly;
    QLabel *m_effectiveness;
};

} // namespace pegboard
