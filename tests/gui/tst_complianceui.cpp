#include "auditview.h"
#include "compliancereportdialog.h"
#include "compliancesummarypanel.h"
#include "console/compliancecontroller.h"
#include "issuefactory.h"
#include "itemmodels/audittablemodel.h"
#include "store/issuestore.h"
#include "store/pgconnection.h"
#include "testcluster.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pegboard;

namespace {
void shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("PEGBOARD_TEST_ARTIFACTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}
} // namespace

class TestComplianceUi : public QObject
{
    Q_OBJECT
    test::TestCluster m_pg;
    QString m_url;
    QUuid m_issue;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
        m_url = m_pg.freshDatabase();
        PgConnection::setPerson(QStringLiteral("Erin Operator"));
        auto store = IssueStore::open(m_url);
        QVERIFY(store);
        QVERIFY((*store)->insert(test::articleIssues(40)));
        m_issue = (*store)->query({})->first().id;
        QVERIFY((*store)->acknowledge(m_issue, QStringLiteral("paging on-call")));
        QVERIFY((*store)->setPreventionImplemented(m_issue, true, QStringLiteral("alarm")));
    }

    void auditViewShowsWhoWhatOldAndNewAndFilters()
    {
        ComplianceController controller;
        controller.setUrl(m_url);
        AuditTableModel model;
        QAbstractItemModelTester tester(&model);
        AuditView view(&model);
        view.resize(900, 400);
        QSignalSpy loaded(&controller, &ComplianceController::auditLoaded);
        controller.loadAudit();
        QVERIFY(loaded.wait(20000));
        model.setEntries(loaded.first().first().value<QList<AuditEntry>>());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, AuditTableModel::Person).data().toString(), QStringLiteral("Erin Operator"));
        QCOMPARE(model.index(1, AuditTableModel::Changes).data().toString(),
                 QStringLiteral("prevention_implemented: false → true"));
        auto *table = view.findChild<QTableView *>(QStringLiteral("auditTable"));
        view.findChild<QLineEdit *>()->setText(QStringLiteral("prevention"));
        QCOMPARE(table->model()->rowCount(), 1);
        view.show();
        shoot(&view, QStringLiteral("audit-view"));
    }

    void verifyAndCheckpointRunOffThreadAndCatchTampering()
    {
        ComplianceController controller;
        controller.setUrl(m_url);
        QSignalSpy checkpointed(&controller, &ComplianceController::checkpointed);
        QSignalSpy verified(&controller, &ComplianceController::verified);
        QSignalSpy failed(&controller, &ComplianceController::failed);
        controller.checkpoint();
        QVERIFY(checkpointed.wait(30000) || !failed.isEmpty());
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        ComplianceSummaryPanel panel;
        panel.setCheckpoint(checkpointed.first().first().toString());
        controller.verify();
        QVERIFY(verified.wait(30000));
        QCOMPARE(verified.first().first().toBool(), true);

        m_pg.exec(m_url, QStringLiteral("ALTER TABLE stablecoin_issues DISABLE TRIGGER ALL; "
                                        "UPDATE stablecoin_issues SET title = 'quiet' WHERE id = '%1'; "
                                        "ALTER TABLE stablecoin_issues ENABLE TRIGGER ALL;")
                             .arg(m_issue.toString(QUuid::WithoutBraces)));
        controller.verify();
        QVERIFY(verified.wait(30000));
        QCOMPARE(verified.last().first().toBool(), false);
        QVERIFY2(verified.last().last().toString().contains(m_issue.toString(QUuid::WithoutBraces)),
                 qPrintable(verified.last().last().toString()));
        panel.setVerification(false, verified.last().last().toString());
        panel.resize(600, 240);
        panel.show();
        shoot(&panel, QStringLiteral("compliance-summary"));
    }

    void reportDialogGeneratesWithProgressAndPreview()
    {
        ComplianceController controller;
        controller.setUrl(m_url);
        ComplianceReportDialog dialog(m_issue.toString(QUuid::WithoutBraces),
                                      QDateTime::currentDateTimeUtc().addDays(-30),
                                      QDateTime::currentDateTimeUtc());
        connect(&controller, &ComplianceController::progress, &dialog, &ComplianceReportDialog::setProgress);
        connect(&controller, &ComplianceController::generated, &dialog, &ComplianceReportDialog::setDone);
        QSignalSpy progress(&controller, &ComplianceController::progress);
        QSignalSpy generated(&controller, &ComplianceController::generated);
        QTemporaryDir dir;
        ReportRequest request;
        request.incident = m_issue;
        controller.generate(request, dir.filePath(QStringLiteral("r.pdf")));
        QVERIFY(generated.wait(60000));
        QVERIFY(progress.size() >= 3);
        QVERIFY(QFile(dir.filePath(QStringLiteral("r.pdf"))).size() > 10000);
        dialog.show();
        // The first page, drawn by pdftoppm off the GUI thread, replaces the placeholder.
        auto *preview = dialog.findChild<QLabel *>(QStringLiteral("previewLabel"));
        QVERIFY(preview);
        QTRY_VERIFY_WITH_TIMEOUT(!preview->pixmap().isNull(), 20000);
        shoot(&dialog, QStringLiteral("compliance-report-dialog"));
    }
};

QTEST_MAIN(TestComplianceUi)
#include "tst_complianceui.moc"
