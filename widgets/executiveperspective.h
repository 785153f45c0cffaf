#pragma once

#include <QMainWindow>

class QDockWidget;
class QLabel;

namespace pegboard {

class HeadlineFigures;
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
    HeadlineFigures *headline() const { return m_headline; }
    // Every panel's dock, in the order they were added (the View menu lists them).
    QList<QDockWidget *> panels() const { return m_panels; }
    // A panel another part of the console brings (the compliance summary), below the charts.
    QDockWidget *addPanel(const QString &title, const QString &name, QWidget *widget,
                          Qt::DockWidgetArea area = Qt::BottomDockWidgetArea);

private:
    ImpactChartView *m_weekly;
    ImpactChartView *m_monthly;
    QLabel *m_effectiveness;
    HeadlineFigures *m_headline;
    QList<QDockWidget *> m_panels;
};

} // namespace pegboard
