#pragma once

#include "store/issuequery.h"

#include <QWidget>

class QLabel;

namespace pegboard {

// The Executive perspective's compliance and audit summary: open filing deadlines (DORA initial
// 4 h and NYDFS 72 h from each classification, i.e. each acknowledgement in the audit log),
// the last checkpoint this console took, and the verification status.
class ComplianceSummaryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ComplianceSummaryPanel(QWidget *parent = nullptr);
    void setAudit(const QList<AuditEntry> &entries, const QDateTime &now);
    void setCheckpoint(const QString &checkpointText);
    void setVerification(bool ok, const QString &summary);
    QString deadlinesText() const;

private:
    QLabel *m_deadlines;
    QLabel *m_checkpoint;
    QLabel *m_verification;
};

} // namespace pegboard
