#include "issuefactory.h"
#include "store/issuestore.h"
#include "testcluster.h"

#include <QTest>
#include <pqxx/pqxx>

using namespace pegboard;

namespace {
// Runs one statement as the given login; returns the SQLSTATE, or "" on success.
QString sqlstateOf(const QString &url, const std::string &sql)
{
    try {
        pqxx::connection c(url.toStdString());
        pqxx::work tx(c);
        tx.exec(sql);
        tx.commit();
        return {};
    } catch (const pqxx::insufficient_privilege &) {
        // libpqxx 6 throws this subclass without filling in sqlstate().
        return QStringLiteral("42501");
    } catch (const pqxx::sql_error &e) {
        return QStringLiteral("%1: %2").arg(QString::fromStdString(e.sqlstate()),
                                            QString::fromUtf8(e.what()));
    }
}
} // namespace

class TestPrivileges : public QObject
{
    Q_OBJECT
    test::TestCluster m_pg;
    QString m_ownerUrl;
    QUuid m_issue;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
        m_ownerUrl = m_pg.freshDatabase();
        auto owner = IssueStore::open(m_ownerUrl);
        QVERIFY(owner);
        QVERIFY((*owner)->insert(test::articleIssues(5)));
        m_issue = (*owner)->query({})->first().id;
    }

    void consoleCannotUpdateOrDeleteIssuesOrAudit_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("update issues") << QStringLiteral("UPDATE stablecoin_issues SET severity_level = 1");
        QTest::newRow("delete issues") << QStringLiteral("DELETE FROM stablecoin_issues");
        QTest::newRow("insert issues")
            << QStringLiteral("INSERT INTO stablecoin_issues (issue_type, severity_level) VALUES ('x', 1)");
        QTest::newRow("update audit") << QStringLiteral("UPDATE audit_log SET actor = 'x'");
        QTest::newRow("delete audit") << QStringLiteral("DELETE FROM audit_log");
        QTest::newRow("insert audit") << QStringLiteral(
            "INSERT INTO audit_log (actor, action, prev_hash, hash) VALUES ('x','y','','')");
        QTest::newRow("truncate audit") << QStringLiteral("TRUNCATE audit_log");
    }
    void consoleCannotUpdateOrDeleteIssuesOrAudit()
    {
        QFETCH(QString, sql);
        const QString console =
            m_pg.loginAs(m_ownerUrl, QStringLiteral("alice"), QStringLiteral("pegboard_console"));
        QCOMPARE(sqlstateOf(console, sql.toStdString()), QStringLiteral("42501")); // insufficient_privilege
    }

    void consoleChangesReportsOnlyThroughAuditedFunctions()
    {
        const QString console =
            m_pg.loginAs(m_ownerUrl, QStringLiteral("alice"), QStringLiteral("pegboard_console"));
        auto store = IssueStore::open(console);
        QVERIFY2(store, qPrintable(store.error().message));
        QVERIFY((*store)->query({}));
        auto ack = (*store)->acknowledge(m_issue, QStringLiteral("looking"));
        QVERIFY2(ack, qPrintable(ack.error().message));
        QVERIFY((*store)->resolve(m_issue, QStringLiteral("oracle_config"), true));
        QVERIFY((*store)->setPreventionImplemented(m_issue, false));
        QVERIFY((*store)->annotate(m_issue, QStringLiteral("heartbeat raised to 30 s")));
        const Issue after = **(*store)->fetch(m_issue);
        QCOMPARE(after.acknowledgedBy, QStringLiteral("alice"));
        QVERIFY(after.isResolved());
        auto trail = (*store)->auditTrail(m_issue);
        QVERIFY(trail);
        QCOMPARE(trail->size(), 4);
        for (const AuditEntry &e : *trail)
            QCOMPARE(e.actor, QStringLiteral("alice")); // the login, not a name the caller chose
        QCOMPARE(*(*store)->verifyAuditChain(), std::optional<qint64>());
        // The console may not write reports.
        auto insert = (*store)->insert(test::articleIssues(1, 99));
        QVERIFY(!insert);
        QCOMPARE(insert.error().code, Error::Code::PermissionDenied);
    }

    void collectorInsertsButCannotChangeOrAudit()
    {
        const QString collector =
            m_pg.loginAs(m_ownerUrl, QStringLiteral("bot"), QStringLiteral("pegboard_collector"));
        auto store = IssueStore::open(collector);
        QVERIFY(store);
        auto inserted = (*store)->insert(test::articleIssues(20, 7));
        QVERIFY2(inserted, qPrintable(inserted.error().message));
        QCOMPARE(inserted->inserted, 20);
        QCOMPARE(sqlstateOf(collector, "UPDATE stablecoin_issues SET severity_level = 1"),
                 QStringLiteral("42501"));
        QCOMPARE(sqlstateOf(collector, "DELETE FROM stablecoin_issues"), QStringLiteral("42501"));
        auto ack = (*store)->acknowledge(m_issue);
        QVERIFY(!ack);
        QCOMPARE(ack.error().code, Error::Code::PermissionDenied);
    }

    void auditLogIsAppendOnlyEvenForItsOwner()
    {
        auto owner = IssueStore::open(m_ownerUrl);
        QVERIFY((*owner)->acknowledge(m_issue)); // at least one row for the row-level guard to meet
        QCOMPARE(sqlstateOf(m_ownerUrl, "UPDATE audit_log SET actor = 'x'"), QStringLiteral("42501"));
        QCOMPARE(sqlstateOf(m_ownerUrl, "DELETE FROM audit_log"), QStringLiteral("42501"));
        QCOMPARE(sqlstateOf(m_ownerUrl, "TRUNCATE audit_log"), QStringLiteral("42501"));
    }
};

QTEST_GUILESS_MAIN(TestPrivileges)
#include "tst_privileges.moc"
