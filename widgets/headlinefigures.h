#pragma once

#include <QWidget>

class QLabel;

namespace pegboard {

struct ImpactSummary;

// The Executive perspective's first line: total loss, critical incidents and the median time to
// resolve for the period, each with its change against the period before ("▲ 12 % vs the previous
// 30 days"), in the locale's number and currency format.
class HeadlineFigures : public QWidget
{
    Q_OBJECT
public:
    explicit HeadlineFigures(QWidget *parent = nullptr);
    void setSummary(const ImpactSummary &summary);
    QString text() const;

    // "▲ 12 %", "▼ 3 %", "±0 %", or "new" when the previous period had none.
    static QString change(double current, double previous);

private:
    QLabel *m_loss;
    QLabel *m_incidents;
    QLabel *m_resolve;
    QLabel *m_period;
};

} // namespace pegboard
