#pragma once

#include "report/reportdata.h"
#include "store/issuequery.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

namespace pegboard {

// The console's compliance work, all of it off the GUI thread: the audit log for the audit view,
// verification of the evidence log against the last checkpoint this console took, checkpoints,
// and compliance reports (ReportBuilder + PdfReport) with progress and Cancel.
class ComplianceController : public QObject
{
    Q_OBJECT
public:
    explicit ComplianceController(QObject *parent = nullptr);
    ~ComplianceController() override;

    void setUrl(const QString &url);
    QString url() const { return m_url; }
    // Where the console keeps its last checkpoint (and its .leaves).
    static QString lastCheckpointPath();

public slots:
    void loadAudit();
    void verify();
    void checkpoint();
    void generate(const ReportRequest &request, const QString &path);
    void cancel();

signals:
    void auditLoaded(const QList<AuditEntry> &entries);
    void verified(bool ok, const QString &summary);
    void checkpointed(const QString &summary);
    void progress(int percent, const QString &step);
    void generated(const QString &path, const QString &reportId);
    void failed(const QString &message);

private:
    QString m_url;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
};

} // namespace pegboard
