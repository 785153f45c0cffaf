#include "filterbar.h"

#include "domain/issuetype.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolButton>

namespace pegboard {

FilterBar::FilterBar(QWidget *parent)
    : QToolBar(tr("Filter"), parent)
    , m_range(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_types(new QToolButton(this))
    , m_severity(new QComboBox(this))
    , m_protocol(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_debounce(new QTimer(this))
{
    // The name keys its place in the window's saved layout (it was the tool bar holding the filter).
    setObjectName(QStringLiteral("filterBar"));
    m_range->addItems({tr("Last hour"), tr("Last 24 hours"), tr("Last 7 days"), tr("Last 30 days"),
                       tr("Last 90 days"), tr("All time"), tr("Custom…")});
    m_range->setToolTip(tr("Time range"));
    const QDateTime now = QDateTime::currentDateTime();
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    m_from->setDateTime(now.addDays(-7));
    m_to->setDateTime(now);

    m_types->setText(tr("All types"));
    m_types->setPopupMode(QToolButton::InstantPopup);
    auto *typeMenu = new QMenu(m_types);
    for (const QString &type : IssueType::known()) {
        QAction *action = typeMenu->addAction(IssueType::displayName(type));
        action->setCheckable(true);
        action->setData(type);
        connect(action, &QAction::toggled, this, [this] {
            updateTypeButton();
            changed();
        });
    }
    m_types->setMenu(typeMenu);

    m_severity->addItem(tr("Any severity"), 1);
    for (int level = 2; level <= Severity::Max; ++level)
        m_severity->addItem(tr("%1 or worse").arg(Severity::displayName(level)), level);
    m_protocol->addItem(tr("Any protocol"), QString());
    m_text->setPlaceholderText(tr("Search titles and bodies…"));
    m_text->setClearButtonEnabled(true);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, [this] { emit queryChanged(query()); });

    // In a tool bar a control's action decides whether it shows (the dates only for Custom). The
    // search comes first: a narrow window keeps it in view for Ctrl+F, the rest goes behind ».
    m_text->setSizePolicy(QSizePolicy::Expanding, m_text->sizePolicy().verticalPolicy());
    m_text->setMinimumWidth(fontMetrics().averageCharWidth() * 12);
    addWidget(m_text);
    addWidget(m_range);
    m_fromAction = addWidget(m_from);
    m_toAction = addWidget(m_to);
    m_fromAction->setVisible(false);
    m_toAction->setVisible(false);
    addWidget(m_types);
    addWidget(m_severity);
    addWidget(m_protocol);

    connect(m_range, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_fromAction->setVisible(index == Custom);
        m_toAction->setVisible(index == Custom);
        changed();
    });
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &FilterBar::changed);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &FilterBar::changed);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &FilterBar::changed);
    connect(m_protocol, &QComboBox::currentIndexChanged, this, &FilterBar::changed);
    connect(m_text, &QLineEdit::textChanged, this, &FilterBar::changed);
    m_range->setCurrentIndex(Last30Days);
}

void FilterBar::changed()
{
    m_debounce->start();
}

void FilterBar::updateTypeButton()
{
    QStringList names;
    for (QAction *action : m_types->menu()->actions()) {
        if (action->isChecked())
            names << action->text();
    }
    m_types->setText(names.isEmpty()     ? tr("All types")
                     : names.size() == 1 ? names.first()
                                         : tr("%n type(s)", nullptr, int(names.size())));
}

IssueQuery FilterBar::query() const
{
    IssueQuery q;
    // Relative windows start on a whole minute: asked twice within a minute (a text edit, a type
    // ticked) they are the same window, so the analysis and the tables are not restarted for it.
    QDateTime now = QDateTime::currentDateTimeUtc();
    now.setTime(QTime(now.time().hour(), now.time().minute()));
    switch (m_range->currentIndex()) {
    case LastHour:
        q.from = now.addSecs(-3600);
        break;
    case Last24Hours:
        q.from = now.addDays(-1);
        break;
    case Last7Days:
        q.from = now.addDays(-7);
        break;
    case Last30Days:
        q.from = now.addDays(-30);
        break;
    case Last90Days:
        q.from = now.addDays(-90);
        break;
    case AllTime:
        break;
    case Custom:
        q.from = m_from->dateTime().toUTC();
        q.to = m_to->dateTime().toUTC();
        break;
    }
    for (QAction *action : m_types->menu()->actions()) {
        if (action->isChecked())
            q.types << action->data().toString();
    }
    q.minSeverity = m_severity->currentData().toInt();
    const QString protocol = m_protocol->currentData().toString();
    if (!protocol.isEmpty())
        q.protocols << protocol;
    q.text = m_text->text().trimmed();
    return q;
}

void FilterBar::setPreset(Preset preset)
{
    m_range->setCurrentIndex(preset);
}

void FilterBar::focusSearch()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void FilterBar::setWindow(const QDateTime &from, const QDateTime &to)
{
    {
        const QSignalBlocker blockRange(m_range), blockFrom(m_from), blockTo(m_to);
        m_range->setCurrentIndex(Custom);
        m_fromAction->setVisible(true);
        m_toAction->setVisible(true);
        m_from->setDateTime(from.toLocalTime());
        m_to->setDateTime(to.toLocalTime());
    }
    changed();
}

void FilterBar::setText(const QString &text)
{
    m_text->setText(text);
}

void FilterBar::setProtocols(const QStringList &protocols)
{
    const QString current = m_protocol->currentData().toString();
    QSignalBlocker block(m_protocol);
    while (m_protocol->count() > 1)
        m_protocol->removeItem(1);
    for (const QString &p : protocols)
        m_protocol->addItem(p, p);
    m_protocol->setCurrentIndex(std::max(0, m_protocol->findData(current)));
}

} // namespace pegboard
