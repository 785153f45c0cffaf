#include "maintenancecalendar.h"

#include "itemmodels/forecastmodel.h"
#include "report/icswriter.h"
#include "riskcolors.h"

#include <QCalendarWidget>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QStringListModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace pegboard {

namespace {
// Days coloured by their mean forecast risk; days outside the forecast stay plain.
class RiskCalendar : public QCalendarWidget
{
public:
    RiskCalendar(ForecastModel *model, QWidget *parent)
        : QCalendarWidget(parent)
        , m_model(model)
    {}

    // The model changed: every day's colour may have.
    void repaintDays() { updateCells(); }

protected:
    void paintCell(QPainter *painter, const QRect &rect, QDate date) const override
    {
        const double risk = m_model->dayRisk(date);
        if (risk < 0) {
            QCalendarWidget::paintCell(painter, rect, date);
            return;
        }
        const QColor fill = RiskColors::forRisk(risk);
        painter->save();
        painter->fillRect(rect.adjusted(1, 1, -1, -1), fill);
        if (date == selectedDate()) {
            painter->setPen(QPen(palette().highlight(), 3));
            painter->drawRect(rect.adjusted(2, 2, -3, -3));
        }
        painter->setPen(RiskColors::textOn(fill));
        painter->drawText(rect, Qt::AlignCenter, QString::number(date.day()));
        painter->restore();
    }

private:
    ForecastModel *m_model;
};

class RiskCellDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QVariant risk = index.data(ForecastModel::RiskRole);
        if (!risk.isValid())
            return;
        const QColor fill = RiskColors::forRisk(risk.toDouble());
        painter->fillRect(option.rect, fill);
        if (index.data(ForecastModel::PeakRole).toBool()) {
            // A peak hour: a dark bar along the top (no window is placed on or next to it).
            const int bar = std::max(3, option.rect.height() / 6);
            painter->fillRect(QRect(option.rect.topLeft(), QSize(option.rect.width(), bar)),
                              QColor(0x5d, 0x10, 0x10));
        }
        if (index.data(ForecastModel::InWindowRole).toBool()) {
            painter->setPen(QPen(RiskColors::textOn(fill), 2));
            painter->drawRect(option.rect.adjusted(1, 1, -2, -2));
        }
        painter->setPen(RiskColors::textOn(fill));
        painter->drawText(option.rect, Qt::AlignCenter, index.data().toString());
    }
};
} // namespace

MaintenanceCalendar::MaintenanceCalendar(ForecastModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_calendar(new RiskCalendar(model, this))
    , m_strip(new QTableView(this))
    , m_windowsView(new QListView(this))
    , m_windows(new QStringListModel(this))
    , m_incident(new QLabel(this))
    , m_export(new QPushButton(tr("Export window as .ics…"), this))
    , m_silence(new QPushButton(tr("Silence alerts in this window"), this))
{
    setObjectName(QStringLiteral("MaintenanceCalendar"));
    m_calendar->setGridVisible(true);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_strip->setModel(model);
    m_strip->setItemDelegate(new RiskCellDelegate(m_strip));
    m_strip->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_strip->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_strip->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_strip->setFixedHeight(fontMetrics().height() * 4);
    m_windowsView->setModel(m_windows);
    m_windowsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_windowsView->setWordWrap(true);

    m_incident->setObjectName(QStringLiteral("maintenanceIncident"));
    m_incident->setWordWrap(true);
    m_incident->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; font-weight: bold; }"));
    m_incident->hide();
    auto *right = new QVBoxLayout;
    auto *legend = new QLabel(tr("Forecast risk by hour (UTC, 0–10 as the live score); framed hours are "
                                 "recommended windows, a dark bar marks a peak:"),
                              this);
    legend->setWordWrap(true);
    right->addWidget(m_incident);
    right->addWidget(legend);
    right->addWidget(m_strip);
    right->addWidget(m_windowsView, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_silence->setObjectName(QStringLiteral("silenceWindowButton"));
    buttons->addWidget(m_silence);
    buttons->addWidget(m_export);
    right->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_calendar);
    layout->addLayout(right, 1);

    connect(m_calendar, &QCalendarWidget::selectionChanged, this, &MaintenanceCalendar::refresh);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowOf(m_calendar->selectedDate()) < 0 && m_model->firstDay().isValid())
            m_calendar->setSelectedDate(m_model->firstDay());
        refresh();
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export maintenance window"),
                                                          QStringLiteral("maintenance-window.ics"),
                                                          tr("Calendar files (*.ics)"));
        if (path.isEmpty())
            return;
        if (const QString error = exportWindow(path); !error.isEmpty())
            QMessageBox::warning(this, tr("Export failed"), error);
    });
    // One click: the chosen window becomes an alert silence (the Alerts panel records it, audited).
    connect(m_silence, &QPushButton::clicked, this, [this] {
        if (const auto w = chosenWindow())
            emit silenceRequested(
                w->fromMs, w->toMs,
                tr("Maintenance window (forecast risk %1)").arg(QLocale().toString(w->meanRisk, 'f', 1)));
    });
    if (m_model->rowOf(m_calendar->selectedDate()) < 0 && m_model->firstDay().isValid())
        m_calendar->setSelectedDate(m_model->firstDay());
    refresh();
}

std::optional<MaintenancePlanner::Window> MaintenanceCalendar::chosenWindow() const
{
    if (m_windowIndexes.isEmpty())
        return std::nullopt;
    const int selected = m_windowsView->currentIndex().isValid() ? m_windowsView->currentIndex().row() : 0;
    return m_model->plan().windows[size_t(m_windowIndexes.value(selected, m_windowIndexes.first()))];
}

void MaintenanceCalendar::showDay(const QDate &day)
{
    m_calendar->setSelectedDate(day);
    refresh();
}

QDate MaintenanceCalendar::selectedDay() const
{
    return m_calendar->selectedDate();
}

QStringList MaintenanceCalendar::windowsOfDay() const
{
    return m_windows->stringList();
}

void MaintenanceCalendar::refresh()
{
    const int row = m_model->rowOf(m_calendar->selectedDate());
    for (int r = 0; r < m_model->rowCount(); ++r)
        m_strip->setRowHidden(r, r != row);
    static_cast<RiskCalendar *>(m_calendar)->repaintDays();
    QStringList lines;
    m_windowIndexes.clear();
    const QLocale locale;
    const auto &windows = m_model->plan().windows;
    for (size_t i = 0; i < windows.size(); ++i) {
        const QDateTime from = QDateTime::fromMSecsSinceEpoch(windows[i].fromMs, Qt::UTC);
        // A window belongs to the day it starts on (it may run past midnight).
        if (from.date() != m_calendar->selectedDate())
            continue;
        m_windowIndexes << int(i);
        lines << tr("%1 — forecast risk %2 / 10\n%3")
                     .arg(MaintenancePlanner::spanLabel(windows[i].fromMs, windows[i].toMs),
                          locale.toString(windows[i].meanRisk, 'f', 1),
                          windows[i].reasons.mid(1).join(QStringLiteral("; ")));
    }
    const QString incident = incidentText();
    m_incident->setText(incident);
    m_incident->setVisible(!incident.isEmpty());
    if (lines.isEmpty())
        lines << (row < 0               ? tr("No forecast for this day.")
                  : !incident.isEmpty() ? tr("No window while the incident is open.")
                                        : tr("No low-risk window on this day."));
    m_windows->setStringList(lines);
    m_export->setEnabled(!m_windowIndexes.isEmpty());
    m_silence->setEnabled(!m_windowIndexes.isEmpty());
}

QString MaintenanceCalendar::exportWindow(const QString &path)
{
    const auto chosen = chosenWindow();
    if (!chosen)
        return tr("No window chosen.");
    const auto &w = *chosen;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    file.write(IcsWriter::event(
        QDateTime::fromMSecsSinceEpoch(w.fromMs, Qt::UTC), QDateTime::fromMSecsSinceEpoch(w.toMs, Qt::UTC),
        tr("Maintenance window %1 (forecast risk %2 / 10)")
            .arg(MaintenancePlanner::spanLabel(w.fromMs, w.toMs), QLocale().toString(w.meanRisk, 'f', 1)),
        w.reasons, QStringLiteral("pegboard-%1@pegboard").arg(w.fromMs)));
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    emit notice(tr("Maintenance window %1 written to %2")
                    .arg(MaintenancePlanner::spanLabel(w.fromMs, w.toMs), QDir::toNativeSeparators(path)));
    return {};
}

QString MaintenanceCalendar::incidentText() const
{
    const auto &incident = m_model->plan().incident;
    return incident.isOpen() ? incident.reason() : QString();
}

} // namespace pegboard
