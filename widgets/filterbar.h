#pragma once

#include "store/issuequery.h"

#include <QToolBar>

class QAction;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QTimer;
class QToolButton;

namespace pegboard {

// The filter every perspective follows: time range (presets or custom), issue types, minimum
// severity, protocol and free text. Emits queryChanged after edits settle (typing is debounced).
// A tool bar of its own, so that in a window narrower than all of it (200 % on a laptop) the
// controls that do not fit move behind the tool bar's » button instead of widening the window.
class FilterBar : public QToolBar
{
    Q_OBJECT
public:
    enum Preset
    {
        LastHour,
        Last24Hours,
        Last7Days,
        Last30Days,
        Last90Days,
        AllTime,
        Custom
    };

    explicit FilterBar(QWidget *parent = nullptr);

    // The query for "now": relative presets are evaluated at call time.
    IssueQuery query() const;
    void setPreset(Preset preset);
    // A fixed window (Custom), e.g. a review bundle's.
    void setWindow(const QDateTime &from, const QDateTime &to);
    void setProtocols(const QStringList &protocols);
    void setText(const QString &text);
    // Ctrl+F: the cursor to the search field, its text selected.
    void focusSearch();

signals:
    void queryChanged(const pegboard::IssueQuery &query);

private:
    void changed();
    void updateTypeButton();

    QComboBox *m_range;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QToolButton *m_types;
    QComboBox *m_severity;
    QComboBox *m_protocol;
    QLineEdit *m_text;
    QAction *m_fromAction = nullptr;
    QAction *m_toAction = nullptr;
    QTimer *m_debounce;
};

} // namespace pegboard
