#pragma once

#include <QWidget>

class QProgressBar;
class QToolButton;

namespace pegboard {

// A progress bar and its Cancel button for one kind of background work (a store query, the
// analysis, a bundle, a PDF): hidden while idle, shown while busy. Indeterminate until the first
// percentage arrives, since some work can only say "still working".
class ProgressCancel : public QWidget
{
    Q_OBJECT
public:
    // format is the bar's text ("Analysis %p%"); empty shows none. cancelText names what stops.
    ProgressCancel(const QString &format, const QString &cancelText, QWidget *parent = nullptr);

    QToolButton *cancelButton() const { return m_cancel; }
    QProgressBar *bar() const { return m_bar; }

public slots:
    void setBusy(bool busy);
    void setProgress(int percent, const QString &stage = {});

signals:
    void cancelRequested();

private:
    QProgressBar *m_bar;
    QToolButton *m_cancel;
};

} // namespace pegboard
