#include "headlinefigures.h"

#include "domain/numberformat.h"
#include "store/impactsummary.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <cmath>

namespace pegboard {

HeadlineFigures::HeadlineFigures(QWidget *parent)
    : QWidget(parent)
    , m_loss(new QLabel(this))
    , m_incidents(new QLabel(this))
    , m_resolve(new QLabel(this))
    , m_period(new QLabel(this))
{
    setObjectName(QStringLiteral("headlineFigures"));
    auto *layout = new QGridLayout(this);
    int column = 0;
    for (QLabel *figure : {m_loss, m_incidents, m_resolve}) {
        figure->setTextFormat(Qt::RichText);
        figure->setWordWrap(true);
        figure->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        layout->addWidget(figure, 0, column++);
    }
    m_period->setWordWrap(true);
    layout->addWidget(m_period, 1, 0, 1, 3);
    m_loss->setText(tr("<i>Waiting for the store…</i>"));
}

QString HeadlineFigures::change(double current, double previous)
{
    const QString unchanged = tr("±%1").arg(NumberFormat::percent(0));
    if (previous <= 0)
        return current > 0 ? tr("new") : unchanged;
    const double share = (current - previous) / previous;
    if (std::abs(share) < 0.005) // what rounds to 0 %
        return unchanged;
    const QString amount = NumberFormat::percent(std::abs(share));
    return share > 0 ? tr("▲ %1").arg(amount) : tr("▼ %1").arg(amount);
}

void HeadlineFigures::setSummary(const ImpactSummary &summary)
{
    const QLocale locale;
    const auto &now = summary.current;
    const auto &before = summary.previous;
    const auto figure = [](const QString &title, const QString &value, const QString &delta) {
        return QStringLiteral("%1<br><span style=\"font-size:x-large; font-weight:bold\">%2</span><br>%3")
            .arg(title.toHtmlEscaped(), value.toHtmlEscaped(), delta.toHtmlEscaped());
    };
    const auto hours = [&locale](double h) {
        return h < 0    ? tr("none resolved")
               : h < 48 ? tr("%1 h").arg(locale.toString(h, 'f', 1))
                        : tr("%1 days").arg(locale.toString(h / 24.0, 'f', 1));
    };
    m_loss->setText(figure(tr("Total loss"), NumberFormat::money(now.lossUsd, locale),
                           tr("%1 vs previous period").arg(change(now.lossUsd, before.lossUsd))));
    m_incidents->setText(figure(tr("Critical incidents"), locale.toString(now.incidents),
                                tr("%1 vs previous period").arg(change(now.incidents, before.incidents))));
    m_resolve->setText(figure(
        tr("Median time to resolve"), hours(now.medianResolveHours),
        before.medianResolveHours < 0 || now.medianResolveHours < 0
            ? tr("no comparison")
            : tr("%1 vs previous period").arg(change(now.medianResolveHours, before.medianResolveHours))));
    m_period->setText(tr("Period %1 – %2, compared with %3 – %4.")
                          .arg(locale.toString(now.from.toLocalTime().date(), QLocale::ShortFormat),
                               locale.toString(now.to.toLocalTime().date(), QLocale::ShortFormat),
                               locale.toString(before.from.toLocalTime().date(), QLocale::ShortFormat),
                               locale.toString(before.to.toLocalTime().date(), QLocale::ShortFormat)));
}

QString HeadlineFigures::text() const
{
    return QStringList{m_loss->text(), m_incidents->text(), m_resolve->text(), m_period->text()}.join(
        QLatin1Char('\n'));
}

} // namespace pegboard
