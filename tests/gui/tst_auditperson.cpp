// Settings ▸ "Your name (recorded in the audit trail)": the name typed there is what the audit
// row of the console's next change names, with the database role, also on the store worker's
// connection that was opened before; empty, the login. Names a person may type (quotes, NUL, line
// breaks, 500 characters) go in as a parameter and never break the statement or the row.
#include "console/consoleservices.h"
#include "issuefactory.h"
#include "settingsdialog.h"
#include "store/consolesettings.h"
#include "store/issuestore.h"
#include "store/pgconnection.h"
#include "store/storeworker.h"
#include "testcluster.h"

#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <pqxx/pqxx>

using namespace pegboard;

class TestAuditPerson : public QObject
{
    Q_OBJECT
    test::TestCluster m_pg;
    QTemporaryDir m_dir;
    QString m_url;
    QList<QUuid> m_ids;
    std::unique_ptr<ConsoleServices> m_services;
    StoreWorker m_worker;

    // The name as Settings saves it, applied the way MainWindow::editSettings applies it.
    void chooseInSettings(const QString &typed)
    {
        QSettings settings;
        SettingsDialog dialog(ConsoleSettings::load(settings));
        auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("personName"));
        QVERIFY(field);
        field->setText(typed);
        dialog.settings().save(settings);
        settings.sync();
        m_services->applySettings();
    }

    // Acknowledges through the console's store worker; the audit row's person and role.
    std::pair<QString, QString> acknowledge(int n)
    {
        QSignalSpy finished(&m_worker, &StoreWorker::actionFinished);
        m_worker.acknowledge(m_ids[n], QStringLiteral("seen"));
        if (finished.size() != 1 || !finished[0][2].toBool())
            return {QStringLiteral("<failed: %1>")
                        .arg(finished.isEmpty() ? QString() : finished[0][3].toString()),
                    {}};
        pqxx::connection c(m_url.toStdString());
        pqxx::nontransaction tx(c);
        const auto row =
            tx.exec_params1("SELECT details->>'person', details->>'role' FROM audit_log WHERE "
                            "issue_id = $1::uuid AND action = 'acknowledge' ORDER BY id DESC LIMIT 1",
                            m_ids[n].toString(QUuid::WithoutBraces).toStdString());
        return {row[0].is_null() ? QString() : QString::fromStdString(row[0].as<std::string>()),
                QString::fromStdString(row[1].as<std::string>())};
    }

    QString role()
    {
        pqxx::connection c(m_url.toStdString());
        pqxx::nontransaction tx(c);
        return QString::fromStdString(tx.exec1("SELECT session_user::text")[0].as<std::string>());
    }

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
        m_url = m_pg.freshDatabase();
        QList<Issue> issues;
        for (int n = 0; n < 6; ++n)
            issues.append(test::articleIssue(n));
        auto store = IssueStore::open(m_url);
        QVERIFY(store);
        QVERIFY((*store)->insert(std::span<const Issue>(issues.constData(), std::size_t(issues.size()))));
        for (const Issue &i : std::as_const(issues))
            m_ids.append(i.id);
        m_services = std::make_unique<ConsoleServices>();
        // Opened before any name is chosen, as the console's worker is.
        QSignalSpy opened(&m_worker, &StoreWorker::opened);
        m_worker.open(m_url);
        QVERIFY(opened.size() == 1 && opened[0][0].toBool());
    }

    void theNameFromSettingsAndTheRoleAreRecorded()
    {
        chooseInSettings(QStringLiteral("  Dana Compliance "));
        const auto [person, dbRole] = acknowledge(0);
        QCOMPARE(person, QStringLiteral("Dana Compliance"));
        QCOMPARE(dbRole, role());
        QSettings settings;
        QCOMPARE(ConsoleSettings::load(settings).person, QStringLiteral("Dana Compliance"));
    }

    void anEmptyNameMeansTheLogin()
    {
        chooseInSettings(QString());
        QVERIFY(!PgConnection::login().isEmpty());
        const auto [person, dbRole] = acknowledge(1);
        QCOMPARE(person, PgConnection::login());
        QCOMPARE(dbRole, role());
    }

    void untrustedNamesAreParametersNotSql()
    {
        const QString quotes = QStringLiteral("O'Brien\"; DROP TABLE audit_log; --");
        chooseInSettings(quotes);
        QCOMPARE(acknowledge(2).first, quotes);

        // Control characters (NUL, line breaks) would split or cut the row: spaces instead.
        chooseInSettings(QStringLiteral("Eve\nMallory") + QChar(0) + QStringLiteral("\r\tX"));
        QCOMPARE(acknowledge(3).first, QStringLiteral("Eve Mallory X"));

        // 500 characters: the field holds what the trail keeps, whole characters only.
        const QString longName = QString(499, QChar(0x00E9)) + QStringLiteral("z");
        chooseInSettings(longName);
        const QString kept = acknowledge(4).first;
        QCOMPARE(kept, longName.left(PgConnection::MaxPersonLength));
        // Set behind the dialog's back (an edited settings file), the same cleaning applies.
        QSettings settings;
        settings.setValue(QStringLiteral("audit/person"), QString(500, QLatin1Char('q')) + QChar(0));
        settings.sync();
        m_services->applySettings();
        QCOMPARE(acknowledge(5).first, QString(PgConnection::MaxPersonLength, QLatin1Char('q')));
        // And every row stayed in the chain.
        auto store = IssueStore::open(m_url);
        QVERIFY(store);
        auto broken = (*store)->verifyAuditChain();
        QVERIFY(broken);
        QVERIFY(!broken->has_value());
    }

    void cleanupTestCase()
    {
        m_services.reset();
        PgConnection::setPerson({});
    }
};

QTEST_MAIN(TestAuditPerson)
#include "tst_auditperson.moc"
