#pragma once

#include "report/reportdata.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace pegboard {

// Reports ▸ Compliance report…: an incident (any of its reports) or the filter's window, the
// language and an optional profile file; progress and Cancel while the report is built off the GUI
// thread; a preview of the first page when it is written.
class ComplianceReportDialog : public QDialog
{
    Q_OBJECT
public:
    ComplianceReportDialog(const QString &incidentId, const QDateTime &from, const QDateTime &to,
                           QWidget *parent = nullptr);

public slots:
    void setProgress(int percent, const QString &step);
    void setDone(const QString &path, const QString &reportId);
    void setFailed(const QString &message);

signals:
    void generateRequested(const ReportRequest &request, const QString &path);
    void cancelRequested();

private:
    void start();
    void showPreview(const QString &pdf);

    QRadioButton *m_incident;
    QLineEdit *m_incidentId;
    QDateTimeEdit *m_from, *m_to;
    QComboBox *m_language;
    QLineEdit *m_profile;
    QProgressBar *m_progress;
    QLabel *m_step, *m_preview;
    QPushButton *m_generate, *m_cancel;
};

} // namespace pegboard
