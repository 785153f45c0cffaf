#include "compliancewiring.h"

#include "auditview.h"
#include "compliancecontroller.h"
#include "compliancereportdialog.h"
#include "compliancesummarypanel.h"
#include "consolesession.h"
#include "dockpanel.h"
#include "engineeringperspective.h"
#include "executiveperspective.h"
#include "filterbar.h"
#include "itemmodels/audittablemodel.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QFile>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>

namespace pegboard {

void installCompliance(QMainWindow *window, EngineeringPerspective *engineering,
                       ExecutivePerspective *executive, ConsoleSession *session, FilterBar *filter)
{
    auto *controller = new ComplianceController(window);
    auto *model = new AuditTableModel(controller);
    auto *audit = new AuditView(model, engineering);
    auto *summary = new ComplianceSummaryPanel(executive);
    engineering->addPanel(QCoreApplication::translate("pegboard::ComplianceWiring", "Audit trail"),
                          QStringLiteral("auditDock"), DockPanel::scrollable(audit));
    executive->addPanel(QCoreApplication::translate("pegboard::ComplianceWiring", "Compliance and audit"),
                        QStringLiteral("complianceDock"), DockPanel::scrollable(summary));

    QFile last(ComplianceController::lastCheckpointPath());
    if (last.open(QIODevice::ReadOnly))
        summary->setCheckpoint(QString::fromUtf8(last.readAll()));

    QObject::connect(session, &ConsoleSession::ready, controller, [controller](const QString &url) {
        controller->setUrl(url);
        controller->loadAudit();
    });
    QObject::connect(controller, &ComplianceController::auditLoaded, window,
                     [model, summary](const QList<AuditEntry> &e) {
                         model->setEntries(e);
                         summary->setAudit(e, QDateTime::currentDateTimeUtc());
                     });
    QObject::connect(audit, &AuditView::refreshRequested, controller, &ComplianceController::loadAudit);
    QObject::connect(audit, &AuditView::verifyRequested, controller, [controller, audit] {
        audit->setBusy(true);
        controller->verify();
    });
    QObject::connect(audit, &AuditView::checkpointRequested, controller, &ComplianceController::checkpoint);
    QObject::connect(controller, &ComplianceController::verified, window,
                     [audit, summary](bool ok, const QString &text) {
                         audit->setVerification(ok, text);
                         summary->setVerification(ok, text);
                     });
    QObject::connect(
        controller, &ComplianceController::checkpointed, window, [window, summary](const QString &text) {
            summary->setCheckpoint(text);
            window->statusBar()->showMessage(
                QCoreApplication::translate("pegboard::ComplianceWiring", "Checkpoint written to %1")
                    .arg(ComplianceController::lastCheckpointPath()),
                15000);
        });
    QObject::connect(controller, &ComplianceController::failed, window,
                     [window, audit](const QString &message) {
                         audit->setVerification(false, message);
                         window->statusBar()->showMessage(message, 15000);
                     });

    auto *reports =
        window->menuBar()->addMenu(QCoreApplication::translate("pegboard::ComplianceWiring", "&Reports"));
    reports->addAction(
        QCoreApplication::translate("pegboard::ComplianceWiring", "&Compliance report…"), window,
        [window, controller, filter] {
            const IssueQuery query = filter->query();
            auto *dialog = new ComplianceReportDialog(
                {}, query.from.isValid() ? query.from : QDateTime::currentDateTimeUtc().addDays(-30),
                query.to.isValid() ? query.to : QDateTime::currentDateTimeUtc(), window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(dialog, &ComplianceReportDialog::generateRequested, controller,
                             &ComplianceController::generate);
            QObject::connect(dialog, &ComplianceReportDialog::cancelRequested, controller,
                             &ComplianceController::cancel);
            QObject::connect(controller, &ComplianceController::progress, dialog,
                             &ComplianceReportDialog::setProgress);
            QObject::connect(controller, &ComplianceController::generated, dialog,
                             &ComplianceReportDialog::setDone);
            QObject::connect(controller, &ComplianceController::failed, dialog,
                             &ComplianceReportDialog::setFailed);
            dialog->show();
        });
}

} // namespace pegboard
