#pragma once

#include "response/alertstore.h"
#include "response/backtest.h"
#include "response/silence.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace pegboard {

// The Operations perspective's Alerts panel: active and recent firings (acknowledge), silences
// (new, end early), and the rule editor with a backtest over the recorded feeds. A view only: it
// asks by signals and shows what it is given; the console's AlertService does the work off the
// GUI thread.
class AlertsPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int RecentLimit = 200;
    // Firings of one rule on one coin less than this apart show as one row "×N".
    static constexpr qint64 RepeatWindowMs = 3600 * 1000;
    // Indexes into firings, one list per row (newest first): see the .cpp for the key.
    static QList<QList<int>> repeatGroups(const QList<pegboard::AlertStore::Firing> &firings);
    explicit AlertsPanel(QWidget *parent = nullptr);

    void setRulesText(const QString &json);
    QString rulesText() const;
    QTableWidget *firingsTable() const { return m_firings; }
    QTableWidget *silencesTable() const { return m_silences; }
    QString backtestText() const;
    QString statusText() const;

public slots:
    void setFirings(const QList<pegboard::AlertStore::Firing> &firings);
    void setSilences(const QList<pegboard::Silence> &silences);
    void setBacktestProgress(int percent);
    void setBacktestResults(const QList<pegboard::Backtest::Result> &results);
    void setBacktestError(const QString &message);
    void showStatus(const QString &message);
    // From the maintenance calendar: a window to silence, with one click.
    void requestSilence(qint64 fromMs, qint64 toMs, const QString &reason);

signals:
    void refreshRequested();
    void acknowledgeRequested(qint64 firingId);
    void silenceRequested(const pegboard::Silence &silence);
    void expireSilenceRequested(qint64 silenceId);
    void backtestRequested(const QString &rulesJson, int days);
    void backtestCancelRequested();

private:
    QWidget *firingsPage();
    QWidget *silencesPage();
    QWidget *rulesPage();
    void newSilence();
    void startBacktest();

    QTableWidget *m_firings;
    QTableWidget *m_silences;
    QPlainTextEdit *m_rules;
    QPushButton *m_backtest;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_backtestSummary;
    QListWidget *m_timeline;
    QLabel *m_status;
    QList<QList<qint64>> m_firingIds; // per row: the firings it stands for
    QList<qint64> m_silenceIds;
};

} // namespace pegboard
