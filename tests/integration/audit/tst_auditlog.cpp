#include "audit/auditverifier.h"
#include "audit/merklelogreader.h"
#include "audit/notekey.h"
#include "issuefactory.h"
#include "pegboardprocess.h"
#include "store/issuestore.h"
#include "store/pgconnection.h"
#include "testcluster.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <pqxx/pqxx>

using namespace pegboard;

namespace {
QString scalar(const QString &url, const QString &sql)
{
    pqxx::connection c(url.toStdString());
    pqxx::nontransaction tx(c);
    const auto r = tx.exec1(sql.toStdString());
    return r[0].is_null() ? QString() : QString::fromStdString(r[0].as<std::string>());
}

// What a database owner can do: switch every guard off, rewrite rows, recompute every hash the
// database stores, switch the guards back on.
const char *const TriggersOff = "ALTER TABLE stablecoin_issues DISABLE TRIGGER ALL; "
                                "ALTER TABLE audit_log DISABLE TRIGGER ALL; "
                                "ALTER TABLE merkle_leaves DISABLE TRIGGER ALL; ";
const char *const TriggersOn = "ALTER TABLE stablecoin_issues ENABLE TRIGGER ALL; "
                               "ALTER TABLE audit_log ENABLE TRIGGER ALL; "
                               "ALTER TABLE merkle_leaves ENABLE TRIGGER ALL; ";
const char *const RecomputeEverything =
    // Dense leaf order again, and the audit chain's stored hashes recomputed row by row.
    "UPDATE merkle_leaves SET idx = idx + 1000000000; "
    "UPDATE merkle_leaves m SET idx = r.n - 1 FROM (SELECT idx, row_number() OVER (ORDER BY idx) AS n "
    "FROM merkle_leaves) r WHERE m.idx = r.idx; "
    "DO $$ DECLARE r RECORD; prev TEXT := repeat('0', 64); h TEXT; BEGIN "
    "FOR r IN SELECT * FROM audit_log ORDER BY id LOOP "
    "h := pegboard_audit_row_hash(prev, r.at, r.actor, r.action, r.issue_id, r.details); "
    "UPDATE audit_log SET prev_hash = prev, hash = h WHERE id = r.id; prev := h; END LOOP; END $$; ";
} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT
    test::TestCluster m_pg;
    QTemporaryDir m_dir;
    QString m_key;

    QString checkpoint(const QString &url, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const test::PegboardRun run =
            test::runPegboard({QStringLiteral("audit"), QStringLiteral("checkpoint"), QStringLiteral("--db"),
                               url, QStringLiteral("--key"), m_key, QStringLiteral("-o"), path});
        if (run.exitCode != 0)
            qWarning() << run.err;
        return run.exitCode == 0 ? path : QString();
    }

    test::PegboardRun verify(const QString &url, const QString &checkpointPath, const QStringList &extra = {})
    {
        QStringList args{QStringLiteral("audit"),    QStringLiteral("verify"),
                         QStringLiteral("--db"),     url,
                         QStringLiteral("--pubkey"), m_key + QStringLiteral(".pub")};
        if (!checkpointPath.isEmpty())
            args << QStringLiteral("--checkpoint") << checkpointPath;
        return test::runPegboard(args + extra);
    }

    // A store with reports and every kind of audited change, by a named person.
    std::unique_ptr<IssueStore> filled(QString &url, int reports = 12)
    {
        url = m_pg.freshDatabase();
        auto store = IssueStore::open(url);
        if (!store)
            return {};
        (*store)->insert(test::articleIssues(reports));
        const QList<Issue> rows = *(*store)->query({});
        (*store)->acknowledge(rows[0].id, QStringLiteral("looking"));
        (*store)->annotate(rows[1].id, QStringLiteral("oracle round late"));
        (*store)->setPreventionImplemented(rows[2].id, true, QStringLiteral("heartbeat alarm"));
        (*store)->resolve(rows[3].id, QStringLiteral("oracle_config"), true, 1234.5, QStringLiteral("fixed"));
        return std::move(*store);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
        PgConnection::setPerson(QStringLiteral("Alice Example"));
        m_key = m_dir.filePath(QStringLiteral("test.key"));
        auto key = NoteKey::loadOrCreate(m_key, QStringLiteral("test.example/pegboard"), true);
        QVERIFY2(key, qPrintable(key.error().message));
        QVERIFY(QFile::exists(m_key + QStringLiteral(".pub")));
    }

    void changesRecordPersonRoleAndOldAndNewValues()
    {
        QString url;
        auto store = filled(url);
        QVERIFY(store);
        const QString prevention =
            scalar(url, QStringLiteral("SELECT details::text FROM audit_log WHERE action = "
                                       "'set_prevention'"));
        const QJsonObject d = QJsonDocument::fromJson(prevention.toUtf8()).object();
        QCOMPARE(d.value(QStringLiteral("person")).toString(), QStringLiteral("Alice Example"));
        QCOMPARE(d.value(QStringLiteral("role")).toString(), QStringLiteral("pegboard"));
        QCOMPARE(d.value(QStringLiteral("note")).toString(), QStringLiteral("heartbeat alarm"));
        const QJsonObject change = d.value(QStringLiteral("changes"))
                                       .toObject()
                                       .value(QStringLiteral("prevention_implemented"))
                                       .toObject();
        QCOMPARE(change.value(QStringLiteral("old")).toString(), QStringLiteral("false"));
        QCOMPARE(change.value(QStringLiteral("new")).toString(), QStringLiteral("true"));
        const QString resolve = scalar(
            url, QStringLiteral("SELECT details->'changes'->'actual_loss_usd'->>'new' FROM audit_log WHERE "
                                "action = 'resolve'"));
        QCOMPARE(resolve, QStringLiteral("1234.50"));
        // Every report and every audit row is a leaf, densely numbered.
        QCOMPARE(
            scalar(url, QStringLiteral(
                            "SELECT count(*) = max(idx) + 1 AND count(*) = "
                            "(SELECT count(*) FROM stablecoin_issues) + (SELECT count(*) FROM audit_log) "
                            "FROM merkle_leaves")),
            QStringLiteral("t"));
        auto state = MerkleLogReader(url).read();
        QVERIFY2(state, qPrintable(state.error().message));
        QCOMPARE(state->leaves.size(), std::size_t(16));
        QVERIFY(state->findings.isEmpty());
    }

    void ownerRewriteIsCaughtAgainstTheOlderCheckpoint()
    {
        QString url;
        auto store = filled(url, 20);
        QVERIFY(store);
        const QString cp = checkpoint(url, QStringLiteral("owner.cp"));
        QVERIFY(!cp.isEmpty());
        QVERIFY(QFile::exists(cp + QStringLiteral(".leaves")));
        QCOMPARE(verify(url, cp).exitCode, 0);

        // Growth after the checkpoint is consistent with it.
        QVERIFY(store->insert(test::articleIssues(25).mid(20)));
        const QList<Issue> rows = *store->query({});
        QVERIFY(store->acknowledge(rows[5].id));
        const test::PegboardRun grown = verify(url, cp);
        QVERIFY2(grown.exitCode == 0, qPrintable(grown.err));
        QVERIFY(grown.err.contains(QLatin1String("Consistent with the checkpoint of")));

        // The attack: pick two reports the checkpoint covers, edit the earlier, delete the later.
        const QString edited =
            scalar(url, QStringLiteral("SELECT issue_id::text FROM merkle_leaves WHERE issue_id "
                                       "IS NOT NULL ORDER BY idx OFFSET 3 LIMIT 1"));
        const QString deleted =
            scalar(url, QStringLiteral("SELECT issue_id::text FROM merkle_leaves WHERE issue_id "
                                       "IS NOT NULL ORDER BY idx OFFSET 9 LIMIT 1"));
        m_pg.exec(url, QString::fromLatin1(TriggersOff) +
                           QStringLiteral("UPDATE stablecoin_issues SET title = 'nothing happened', "
                                          "estimated_loss_usd = 0 WHERE id = '%1'; "
                                          "DELETE FROM annotations WHERE issue_id = '%2'; "
                                          "DELETE FROM merkle_leaves WHERE audit_id IN "
                                          "(SELECT id FROM audit_log WHERE issue_id = '%2'); "
                                          "DELETE FROM audit_log WHERE issue_id = '%2'; "
                                          "DELETE FROM stablecoin_issues WHERE id = '%2'; "
                                          "DELETE FROM merkle_leaves WHERE issue_id = '%2'; ")
                               .arg(edited, deleted) +
                           QString::fromLatin1(RecomputeEverything) + QString::fromLatin1(TriggersOn));
        // The in-database chain is fooled: every stored hash was recomputed.
        QCOMPARE(scalar(url, QStringLiteral("SELECT pegboard_verify_audit_chain()")), QString());
        // Without the checkpoint the rows look fine …
        QCOMPARE(verify(url, {}).exitCode, 0);
        // … against the older checkpoint they do not, and the first record is named.
        const test::PegboardRun caught = verify(url, cp);
        qInfo().noquote() << caught.err;
        QCOMPARE(caught.exitCode, 3);
        QVERIFY2(caught.err.contains(QStringLiteral("FIRST: stablecoin_issues %1").arg(edited)),
                 qPrintable(caught.err));
        QVERIFY(caught.err.contains(QLatin1String("was edited")));
        QVERIFY2(caught.err.contains(QStringLiteral("stablecoin_issues %1").arg(deleted)) &&
                     caught.err.contains(QLatin1String("was deleted")),
                 qPrintable(caught.err));

        // Without the leaf list the mismatch is still fatal, though the record cannot be named.
        QFile::rename(cp + QStringLiteral(".leaves"), cp + QStringLiteral(".moved"));
        const test::PegboardRun unnamed = verify(url, cp);
        QCOMPARE(unnamed.exitCode, 3);
        QVERIFY(unnamed.err.contains(QLatin1String("no longer give the checkpoint's root")));
        QFile::rename(cp + QStringLiteral(".moved"), cp + QStringLiteral(".leaves"));

        // A checkpoint whose signature was forged for the rewritten store does not verify.
        QFile file(cp);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray text = file.readAll();
        file.close();
        text.replace(text.indexOf('\n') + 1, 2, "99");
        QFile forged(m_dir.filePath(QStringLiteral("forged.cp")));
        QVERIFY(forged.open(QIODevice::WriteOnly));
        forged.write(text);
        forged.close();
        const test::PegboardRun badSignature =
            verify(url, forged.fileName(), {QStringLiteral("--leaves"), cp + QStringLiteral(".leaves")});
        QCOMPARE(badSignature.exitCode, 3);
        QVERIFY2(badSignature.err.contains(QLatin1String("signature does not verify")),
                 qPrintable(badSignature.err));
    }

    void reorderedAndSmuggledRecordsAreNamed()
    {
        QString url;
        auto store = filled(url, 10);
        QVERIFY(store);
        const QString cp = checkpoint(url, QStringLiteral("order.cp"));
        QVERIFY(!cp.isEmpty());
        const QString second =
            scalar(url, QStringLiteral("SELECT coalesce(issue_id::text, audit_id::text) FROM "
                                       "merkle_leaves WHERE idx = 2"));
        m_pg.exec(url, QString::fromLatin1(TriggersOff) +
                           QStringLiteral("UPDATE merkle_leaves SET idx = 1000 WHERE idx = 2; "
                                          "UPDATE merkle_leaves SET idx = 2 WHERE idx = 6; "
                                          "UPDATE merkle_leaves SET idx = 6 WHERE idx = 1000; ") +
                           QString::fromLatin1(TriggersOn));
        const test::PegboardRun swapped = verify(url, cp);
        qInfo().noquote() << swapped.err;
        QCOMPARE(swapped.exitCode, 3);
        QVERIFY2(swapped.err.contains(QStringLiteral("FIRST: ")) &&
                     swapped.err.contains(QStringLiteral("%1 (leaf 2) was reordered").arg(second)),
                 qPrintable(swapped.err));

        // A row slipped in with the triggers off is not in the log: named without any checkpoint.
        QString other;
        auto fresh = filled(other, 4);
        QVERIFY(fresh);
        m_pg.exec(other,
                  QString::fromLatin1(TriggersOff) +
                      QStringLiteral("INSERT INTO stablecoin_issues (id, issue_type, severity_level) VALUES "
                                     "('00000000-0000-4000-8000-00000000beef', 'oracle_failure', 5); ") +
                      QString::fromLatin1(TriggersOn));
        const test::PegboardRun smuggled = verify(other, {});
        QCOMPARE(smuggled.exitCode, 3);
        QVERIFY2(smuggled.err.contains(QLatin1String("00000000-0000-4000-8000-00000000beef")) &&
                     smuggled.err.contains(QLatin1String("was inserted")),
                 qPrintable(smuggled.err));
    }

    void aChangeWithoutItsAuditRowIsNamedFromTheRowsAlone()
    {
        QString url;
        auto store = filled(url, 6);
        QVERIFY(store);
        const QString resolved =
            scalar(url, QStringLiteral("SELECT issue_id::text FROM audit_log WHERE action = 'resolve'"));
        m_pg.exec(url,
                  QString::fromLatin1(TriggersOff) +
                      QStringLiteral("UPDATE stablecoin_issues SET actual_loss_usd = 1.00 WHERE id = '%1'; ")
                          .arg(resolved) +
                      QString::fromLatin1(TriggersOn));
        const test::PegboardRun run = verify(url, {});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("stablecoin_issues %1").arg(resolved)) &&
                     run.err.contains(QLatin1String("actual_loss_usd")),
                 qPrintable(run.err));
        // With the triggers on, the same change is audited like any other, and the log verifies.
        QString clean;
        auto other = filled(clean, 6);
        const QString id =
            scalar(clean, QStringLiteral("SELECT issue_id::text FROM audit_log WHERE action = 'resolve'"));
        m_pg.exec(
            clean,
            QStringLiteral("UPDATE stablecoin_issues SET actual_loss_usd = 1.00 WHERE id = '%1'").arg(id));
        QCOMPARE(scalar(clean, QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("update"));
        QCOMPARE(verify(clean, {}).exitCode, 0);
    }

    void anIndependentPythonVerifierComputesTheSameRoot()
    {
        QString url;
        auto store = filled(url, 30);
        QVERIFY(store);
        // Text that needs COPY escapes and JSON that needs ordering must survive both readers.
        Issue odd = test::articleIssue(500);
        odd.title = QStringLiteral("tab\there, newline\nthere, back\\slash, ünïcødé");
        odd.body = QStringLiteral("line 1\r\nline 2");
        QVERIFY(store->insert(QList<Issue>{odd}));
        QVERIFY(store->resolve(odd.id, QStringLiteral("x"), false, 7.0));
        const QString cp = checkpoint(url, QStringLiteral("python.cp"));
        QVERIFY(!cp.isEmpty());
        QFile file(cp);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');

        QProcess python;
        python.start(QStringLiteral("python3"),
                     {qEnvironmentVariable("PEGBOARD_TEST_DATA") + QStringLiteral("/audit/verify_log.py"),
                      QStringLiteral("--db"), url, QStringLiteral("--checkpoint"), cp});
        QVERIFY(python.waitForFinished(120000));
        const QByteArray output = python.readAllStandardOutput();
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        const QJsonObject result = QJsonDocument::fromJson(output).object();
        QCOMPARE(result.value(QStringLiteral("size")).toInt(), lines[1].toInt());
        QCOMPARE(result.value(QStringLiteral("root")).toString().toLatin1(), lines[2]);
        QVERIFY(result.value(QStringLiteral("consistent")).toBool());
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
