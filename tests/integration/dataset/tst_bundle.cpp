#include "audit/checkpoint.h"
#include "audit/notekey.h"
#include "dataset/bundledataset.h"
#include "dataset/livedataset.h"
#include "dataset/sqlitedb.h"
#include "pegboardprocess.h"
#include "testcluster.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <limits>
#include <pqxx/pqxx>

using namespace pegboard;
using test::runPegboard;

// Review bundles end to end, on a store no Pegboard code filled (the external Python generator):
// `pegboard bundle export` twice (same bytes), `bundle verify` on the untouched file and on copies
// edited, shortened, extended and re-signed with sqlite (each named), the public redaction, the
// bundle read by Python's own sqlite3, and `analyze --bundle` equal to `analyze --db` — the last
// one again after the PostgreSQL cluster is stopped.
class TestBundle : public QObject
{
    Q_OBJECT
    test::TestCluster m_pg;
    QString m_url;
    QTemporaryDir m_dir;
    QString m_bundle, m_key, m_pub, m_otherPub, m_auditKey;
    NoteKey m_noteKey;
    QByteArray m_dbJson;
    const QString m_from = QStringLiteral("2025-03-10T00:00:00Z");
    const QString m_to = QStringLiteral("2025-04-07T00:00:00Z");

    QString path(const QString &name) const { return m_dir.filePath(name); }

    qint64 storeCount(const std::string &sql)
    {
        pqxx::connection c(m_url.toStdString());
        pqxx::read_transaction tx(c);
        return tx.exec1(sql)[0].as<qint64>();
    }

    QString copyOf(const QString &name)
    {
        const QString target = path(name);
        QFile::remove(target);
        QFile::copy(m_bundle, target);
        QFile(target).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        return target;
    }

    static void edit(const QString &file, const std::string &sql)
    {
        auto db = SqliteDb::open(file, SqliteDb::Mode::Create);
        QVERIFY(db);
        QVERIFY2((*db)->exec(sql), qPrintable((*db)->lastError()));
    }

    static QString tryVerify(const QString &file, const QStringList &extra, int expectedExit)
    {
        const auto run =
            runPegboard(QStringList{QStringLiteral("bundle"), QStringLiteral("verify"), file} + extra);
        if (run.exitCode != expectedExit)
            qWarning("exit %d: %s %s", run.exitCode, qPrintable(run.out), qPrintable(run.err));
        return run.exitCode == expectedExit ? run.err : QStringLiteral("<wrong exit code>");
    }

    static bool openssl(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral("openssl"), args);
        return p.waitForFinished(30000) && p.exitCode() == 0;
    }

    // Which field two reports differ in, for a failure message.
    static QString firstDifference(const Issue &a, const Issue &b)
    {
        QStringList d;
        const auto check = [&d](bool same, const char *name) {
            if (!same)
                d << QString::fromLatin1(name);
        };
        check(a.id == b.id, "id");
        check(a.issueType == b.issueType, "issueType");
        check(a.reportedAt == b.reportedAt, "reportedAt");
        check(a.resolvedAt == b.resolvedAt, "resolvedAt");
        check(a.context.networkConditions == b.context.networkConditions, "networkConditions");
        check(a.context.priceContext == b.context.priceContext, "priceContext");
        check(a.context.protocolState == b.context.protocolState, "protocolState");
        check(a.estimatedLossUsd == b.estimatedLossUsd, "estimatedLossUsd");
        check(a.actualLossUsd == b.actualLossUsd, "actualLossUsd");
        check(a.resolutionCategory == b.resolutionCategory, "resolutionCategory");
        check(a.preventionImplemented == b.preventionImplemented, "preventionImplemented");
        check(a.relatedTxHashes == b.relatedTxHashes, "relatedTxHashes");
        check(a.affectedContracts == b.affectedContracts, "affectedContracts");
        check(a.title == b.title, "title");
        check(a.body == b.body, "body");
        check(a.protocol == b.protocol, "protocol");
        check(a.clusterId == b.clusterId, "clusterId");
        check(a.receivedAt == b.receivedAt, "receivedAt");
        return d.join(QLatin1Char(','));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
        m_url = m_pg.freshDatabase();
        QProcess generator;
        generator.start(
            QStringLiteral("python3"),
            {qEnvironmentVariable("PEGBOARD_TEST_DATA") + QStringLiteral("/analysis/external_generator.py"),
             QStringLiteral("--db"), m_url, QStringLiteral("--out"), m_dir.path()});
        QVERIFY(generator.waitForFinished(480000));
        QVERIFY2(generator.exitCode() == 0, generator.readAllStandardError().constData());
        // Reporters, an internal note and changes on reports inside the window, and one outside it.
        m_pg.exec(m_url,
                  QStringLiteral("UPDATE stablecoin_issues SET reporter_address = "
                                 "'0x00000000000000000000000000000000000000aa' WHERE severity_level = 5"));
        m_pg.exec(
            m_url,
            QStringLiteral("SELECT pegboard_annotate(id, 'internal: oracle keeper restarted by hand'), "
                           "pegboard_acknowledge(id, 'looking') FROM (SELECT id FROM stablecoin_issues WHERE "
                           "reported_timestamp >= '%1' AND reported_timestamp < '%2' ORDER BY id LIMIT 5) s")
                .arg(m_from, m_to));
        m_pg.exec(m_url, QStringLiteral("SELECT pegboard_annotate(id, 'outside') FROM (SELECT id FROM "
                                        "stablecoin_issues WHERE reported_timestamp < '%1' LIMIT 1) s")
                             .arg(m_from));
        m_key = path(QStringLiteral("key.pem"));
        m_pub = path(QStringLiteral("pub.pem"));
        m_otherPub = path(QStringLiteral("other.pem"));
        QVERIFY(openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("ed25519"),
                         QStringLiteral("-out"), m_key}));
        QVERIFY(openssl({QStringLiteral("pkey"), QStringLiteral("-in"), m_key, QStringLiteral("-pubout"),
                         QStringLiteral("-out"), m_pub}));
        const QString otherKey = path(QStringLiteral("other-key.pem"));
        QVERIFY(openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("ed25519"),
                         QStringLiteral("-out"), otherKey}));
        QVERIFY(openssl({QStringLiteral("pkey"), QStringLiteral("-in"), otherKey, QStringLiteral("-pubout"),
                         QStringLiteral("-out"), m_otherPub}));
        // The evidence log's checkpoint key, as `pegboard audit checkpoint --key` takes it.
        auto noteKey = NoteKey::generate(QStringLiteral("bundle-test/pegboard-audit"));
        QVERIFY(noteKey);
        m_noteKey = *noteKey;
        m_auditKey = path(QStringLiteral("audit.key"));
        QFile auditKey(m_auditKey);
        QVERIFY(auditKey.open(QIODevice::WriteOnly));
        auditKey.write(m_noteKey.privateKeyText());
        auditKey.close();
        m_bundle = path(QStringLiteral("window.pgbundle"));
    }

    void exportIsCompleteAndByteIdentical()
    {
        const QStringList args{QStringLiteral("bundle"),      QStringLiteral("export"),
                               QStringLiteral("--db"),        m_url,
                               QStringLiteral("--from"),      m_from,
                               QStringLiteral("--to"),        m_to,
                               QStringLiteral("--key"),       m_key,
                               QStringLiteral("--audit-key"), m_auditKey,
                               QStringLiteral("-o")};
        const auto first = runPegboard(args + QStringList{m_bundle});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const auto second = runPegboard(args + QStringList{path(QStringLiteral("again.pgbundle"))});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QFile a(m_bundle), b(path(QStringLiteral("again.pgbundle")));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QByteArray bytes = a.readAll();
        QVERIFY(bytes.size() > 100000);
        QVERIFY2(bytes == b.readAll(), "the same window exported twice differs");
        QVERIFY(!QFile::exists(m_bundle + QStringLiteral(".part")));

        auto bundle = BundleDataset::open(m_bundle);
        QVERIFY2(bundle, qPrintable(bundle.error().message));
        const auto &m = (*bundle)->manifest();
        const std::string window = " WHERE reported_timestamp >= '" + m_from.toStdString() +
                                   "' AND reported_timestamp < '" + m_to.toStdString() + "'";
        QCOMPARE(m.at("rows.stablecoin_issues"),
                 std::to_string(storeCount("SELECT count(*) FROM stablecoin_issues" + window)));
        QCOMPARE(
            m.at("rows.feed_samples"),
            std::to_string(storeCount("SELECT count(*) FROM feed_samples WHERE ts >= '" +
                                      m_from.toStdString() + "' AND ts < '" + m_to.toStdString() + "'")));
        QCOMPARE(m.at("rows.annotations"), std::string("5"));
        // The window's reports' audit rows: 5 annotate and 5 acknowledge, and the evidence log's
        // record of each change to a report's row (migration 0004).
        QCOMPARE(m.at("rows.audit_log"),
                 std::to_string(storeCount("SELECT count(*) FROM audit_log WHERE issue_id IN (SELECT id FROM "
                                           "stablecoin_issues" +
                                           window + ")")));
        QVERIFY(std::stoi(m.at("rows.audit_log")) >= 10);
        QCOMPARE(m.at("audit_row_count"), std::to_string(storeCount("SELECT count(*) FROM audit_log")));
        QCOMPARE(m.at("window_from"), std::string("2025-03-10T00:00:00.000000Z"));
        QCOMPARE(m.at("redaction_profile"), std::string("none"));
        // The store's evidence-log checkpoint at export, signed with the audit key: the very note
        // `pegboard audit checkpoint` writes for the same (unchanged) store.
        const QByteArray note = QByteArray::fromStdString(m.at("audit_checkpoint"));
        auto checkpoint = Checkpoint::parse(note);
        QVERIFY2(checkpoint, qPrintable(checkpoint ? QString() : checkpoint.error().message));
        QVERIFY(checkpoint->verifiedBy(m_noteKey));
        QCOMPARE(qint64(checkpoint->size), storeCount("SELECT count(*) FROM merkle_leaves"));
        const QString cp = path(QStringLiteral("store.checkpoint"));
        const auto audited =
            runPegboard({QStringLiteral("audit"), QStringLiteral("checkpoint"), QStringLiteral("--db"), m_url,
                         QStringLiteral("--key"), m_auditKey, QStringLiteral("-o"), cp});
        QVERIFY2(audited.exitCode == 0, qPrintable(audited.err));
        QFile cpFile(cp);
        QVERIFY(cpFile.open(QIODevice::ReadOnly));
        QCOMPARE(note, cpFile.readAll());
        QCOMPARE(m.at("signature_algorithm"), std::string("ed25519"));
        // Reports read back equal the store's, field for field.
        LiveDataset live(m_url);
        IssueQuery q;
        q.from = QDateTime::fromString(m_from, Qt::ISODate);
        q.to = QDateTime::fromString(m_to, Qt::ISODate);
        q.limit = 100000;
        auto fromStore = live.query(q);
        auto fromBundle = (*bundle)->query(q);
        QVERIFY(fromStore && fromBundle);
        QCOMPARE(fromBundle->size(), fromStore->size());
        for (qsizetype i = 0; i < fromStore->size(); ++i)
            QVERIFY2((*fromBundle)[i] == (*fromStore)[i], qPrintable((*fromStore)[i].id.toString()));
        auto impactStore = live.impactSummary(q.from, q.to);
        auto impactBundle = (*bundle)->impactSummary(q.from, q.to);
        QVERIFY(impactStore && impactBundle);
        QCOMPARE(impactBundle->weeks.size(), impactStore->weeks.size());
        QCOMPARE(impactBundle->resolvedCount, impactStore->resolvedCount);
        QCOMPARE(impactBundle->weeks.first().reports, impactStore->weeks.first().reports);
        QCOMPARE(impactBundle->recurrenceRate, impactStore->recurrenceRate);
        auto annotated = (*bundle)->annotations(fromStore->last().id);
        QVERIFY(annotated);
    }

    void untouchedBundleVerifies()
    {
        const auto run = runPegboard({QStringLiteral("bundle"), QStringLiteral("verify"), m_bundle,
                                      QStringLiteral("--pubkey"), m_pub});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("signed by Ed25519 key")));
        QVERIFY2(run.out.contains(QStringLiteral("Audit checkpoint at export (%1 leaves, signed by "
                                                 "bundle-test/pegboard-audit)")
                                      .arg(storeCount("SELECT count(*) FROM merkle_leaves"))),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("pegboard.audit/")));
    }

    void editedCheckpointIsNamed()
    {
        // A checkpoint that is not one is named, and the manifest's signature catches any edit to it.
        const QString file = copyOf(QStringLiteral("checkpoint.pgbundle"));
        edit(file, "UPDATE manifest SET value = 'pegboard.audit/x' || char(10) || '12' || char(10) || 'AAAA' "
                   "|| char(10) WHERE key = 'audit_checkpoint'");
        const QString err = tryVerify(file, {}, 1);
        QVERIFY2(err.contains(QStringLiteral("audit_checkpoint is not a checkpoint")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("signature does not verify")), qPrintable(err));
    }

    void editedRowIsNamed()
    {
        const QString file = copyOf(QStringLiteral("edited.pgbundle"));
        auto db = SqliteDb::open(file, SqliteDb::Mode::Create);
        QVERIFY(db);
        auto victim = (*db)->prepare("SELECT id FROM stablecoin_issues ORDER BY id LIMIT 1 OFFSET 41");
        QVERIFY(victim && *victim->step());
        const QString victimId = victim->qtext(0);
        victim = SqliteStatement();
        QVERIFY((*db)->exec("UPDATE stablecoin_issues SET estimated_loss_usd = 1 WHERE id = '" +
                            victimId.toStdString() + "'"));
        db->reset();
        const QString err = tryVerify(file, {}, 1);
        QVERIFY2(err.contains(QStringLiteral("stablecoin_issues: row 42 (id %1) was changed").arg(victimId)),
                 qPrintable(err));
    }

    void droppedRowIsNamed()
    {
        const QString file = copyOf(QStringLiteral("dropped.pgbundle"));
        edit(file, "DELETE FROM feed_samples WHERE (series, ts) = (SELECT series, ts FROM "
                   "feed_samples ORDER BY series, ts LIMIT 1 OFFSET 1000)");
        const QString err = tryVerify(file, {}, 1);
        QVERIFY2(err.contains(QStringLiteral("feed_samples: row 1001 is missing")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("rows, the manifest says")), qPrintable(err));
    }

    void insertedRowIsNamed()
    {
        const QString file = copyOf(QStringLiteral("inserted.pgbundle"));
        edit(file,
             "INSERT INTO audit_log VALUES (0, '2025-03-11T00:00:00.000000Z', 'mallory', 'resolve', NULL, "
             "'{}', 'x', 'y')");
        const QString err = tryVerify(file, {}, 1);
        QVERIFY2(err.contains(QStringLiteral("audit_log: row 1 (id 0) was inserted")), qPrintable(err));
    }

    void badSignatureFails()
    {
        const QString file = copyOf(QStringLiteral("resigned.pgbundle"));
        edit(file, "UPDATE manifest SET value = '2025-03-11T00:00:00.000000Z' WHERE key = 'window_from'");
        QString err = tryVerify(file, {}, 1);
        QVERIFY2(err.contains(QStringLiteral("signature does not verify")), qPrintable(err));
        err = tryVerify(m_bundle, {QStringLiteral("--pubkey"), m_otherPub}, 1);
        QVERIFY2(err.contains(QStringLiteral("signed by another key")), qPrintable(err));
        const QString forged = copyOf(QStringLiteral("forged.pgbundle"));
        edit(forged, "UPDATE manifest SET value = 'AAAA' || substr(value, 5) WHERE key = 'signature'");
        err = tryVerify(forged, {QStringLiteral("--pubkey"), m_pub}, 1);
        QVERIFY2(err.contains(QStringLiteral("signature does not verify")), qPrintable(err));
    }

    void notABundleIsRefused()
    {
        QFile junk(path(QStringLiteral("junk.pgbundle")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not sqlite at all");
        junk.close();
        const auto run = runPegboard({QStringLiteral("bundle"), QStringLiteral("verify"), junk.fileName()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }

    void publicRedactionDropsWhatItSays()
    {
        const QString file = path(QStringLiteral("public.pgbundle"));
        const auto run = runPegboard(
            {QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--db"), m_url,
             QStringLiteral("--from"), m_from, QStringLiteral("--to"), m_to, QStringLiteral("--redact"),
             QStringLiteral("public"), QStringLiteral("--audit-key"), QString(), QStringLiteral("-o"), file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Audit checkpoint (unsigned)")), qPrintable(run.out));
        QProcess python;
        python.start(
            QStringLiteral("python3"),
            {qEnvironmentVariable("PEGBOARD_TEST_DATA") + QStringLiteral("/bundle/read_bundle.py"), file});
        QVERIFY(python.waitForFinished(120000) && python.exitCode() == 0);
        const QJsonObject read = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
        QCOMPARE(read[QStringLiteral("issues_with_reporter")].toInt(), 0);
        QCOMPARE(
            read[QStringLiteral("tables")][QStringLiteral("annotations")][QStringLiteral("rows")].toInt(), 0);
        QCOMPARE(read[QStringLiteral("manifest")][QStringLiteral("redaction_profile")].toString(),
                 QStringLiteral("public"));
        QVERIFY(read[QStringLiteral("manifest")][QStringLiteral("redaction")].toString().contains(
            QStringLiteral("stablecoin_issues.reporter_address")));
        auto db = SqliteDb::open(file, SqliteDb::Mode::ReadOnly);
        QVERIFY(db);
        auto notes =
            (*db)->prepare("SELECT count(*) FROM audit_log WHERE details LIKE '%internal%' OR details "
                           "LIKE '%looking%'");
        QVERIFY(notes && *notes->step());
        QCOMPARE(notes->integer(0), 0);
        const auto verified = runPegboard({QStringLiteral("bundle"), QStringLiteral("verify"), file});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
        QVERIFY2(verified.out.contains(QStringLiteral("leaves, unsigned)")), qPrintable(verified.out));
        // Unsigned: the checkpoint's text alone, size and root as the signed one has them.
        auto bundle = BundleDataset::open(file);
        QVERIFY(bundle);
        auto body =
            Checkpoint::parseBody(QByteArray::fromStdString((*bundle)->manifest().at("audit_checkpoint")));
        QVERIFY(body);
        QCOMPARE(qint64(body->size), storeCount("SELECT count(*) FROM merkle_leaves"));
    }

    void pythonReadsTheBundleWithoutPegboard()
    {
        QProcess python;
        python.start(QStringLiteral("python3"),
                     {qEnvironmentVariable("PEGBOARD_TEST_DATA") + QStringLiteral("/bundle/read_bundle.py"),
                      m_bundle});
        QVERIFY(python.waitForFinished(120000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        const QJsonObject read = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
        const QJsonObject manifest = read[QStringLiteral("manifest")].toObject();
        const QJsonObject tables = read[QStringLiteral("tables")].toObject();
        QCOMPARE(tables.size(), 4);
        for (auto it = tables.begin(); it != tables.end(); ++it) {
            QCOMPARE(it.value()[QStringLiteral("sha256")].toString(),
                     manifest[QStringLiteral("sha256.") + it.key()].toString());
            QCOMPARE(QString::number(it.value()[QStringLiteral("rows")].toInteger()),
                     manifest[QStringLiteral("rows.") + it.key()].toString());
        }
        // The store's own column names, so the article's SQL vocabulary reads the bundle.
        QCOMPARE(
            tables[QStringLiteral("stablecoin_issues")][QStringLiteral("columns")].toArray().at(1).toString(),
            QStringLiteral("issue_type"));
        const std::string window = " WHERE reported_timestamp >= '" + m_from.toStdString() +
                                   "' AND reported_timestamp < '" + m_to.toStdString() + "'";
        QCOMPARE(read[QStringLiteral("issues_by_type")][QStringLiteral("oracle_failure")].toInteger(),
                 storeCount("SELECT count(*) FROM stablecoin_issues" + window +
                            " AND issue_type = 'oracle_failure'"));
        QCOMPARE(read[QStringLiteral("issues_above_150_gwei")].toInteger(),
                 storeCount("SELECT count(*) FROM stablecoin_issues" + window +
                            " AND (network_conditions->>'gas_price_gwei')::float8 > 150"));
        QCOMPARE(read[QStringLiteral("issues_with_reporter")].toInteger(),
                 storeCount("SELECT count(*) FROM stablecoin_issues" + window +
                            " AND reporter_address IS NOT NULL"));
        QVERIFY(read[QStringLiteral("issues_with_reporter")].toInteger() > 0);
    }

    // Data no generator makes: a report with no title, body, time or context; text in four scripts
    // with quotes, backslashes, control characters and a right-to-left override; a megabyte body and
    // JSON of 100,000 elements; numbers at their column's limits and NaN; feed values NaN and ±∞.
    // Exported whole and as an empty window, each verifies, reads back in Python and opens.
    void unusualDataExportsVerifiesAndOpens()
    {
        const QString url = m_pg.freshDatabase();
        m_pg.exec(url, QStringLiteral(
                           "INSERT INTO stablecoin_issues (issue_type, severity_level, source, external_id) "
                           "VALUES ('oracle_failure', 1, 'manual', 'bare')"));
        m_pg.exec(
            url,
            QStringLiteral(
                "INSERT INTO stablecoin_issues (issue_type, severity_level, reported_timestamp, received_at, "
                "resolved_timestamp, network_conditions, price_context, protocol_state, estimated_loss_usd, "
                "actual_loss_usd, resolution_category, prevention_implemented, related_tx_hashes, "
                "affected_contracts, source, external_id, title, body, protocol, symbol, cluster_id) "
                "SELECT 'депег_価格', 5, '2026-01-01T00:00:00.123456Z', '2026-01-01T00:00:01Z', "
                "'2026-01-02T00:00:00Z', "
                "jsonb_build_object('gas_price_gwei', 1e300, 'ключ', E'\"quoted\" \\\\ back\nline', "
                "'nested', jsonb_build_object('a', jsonb_build_array(1, 2, NULL))), "
                "'{\"peg_deviation_bps\": -0.0}', "
                "jsonb_build_object('blob', repeat('x', 200000), 'list', (SELECT jsonb_agg(g) FROM "
                "generate_series(1, 100000) g)), "
                "9999999999999.99, 'NaN', 'другое', NULL, ARRAY['', 'a,b', 'quote\"d', E'back\\\\slash', "
                "NULL], '{}', 'slack', 'ünïcödé-😀', E'Kurs fällt — 価格が下落 😀 \u202Eevil', "
                "E'line1\nline2\ttab\\\\back\r\x01\x7f' || repeat('ü', 500000), 'Curve 🌀', 'USDC', "
                "9223372036854775807"));
        m_pg.exec(url, QStringLiteral("SELECT pegboard_annotate(id, E'Notiz: Öl 🛢 \\\\ \"x\"') FROM "
                                      "stablecoin_issues WHERE source = 'slack'"));
        m_pg.exec(url, QStringLiteral("INSERT INTO feed_samples (series, ts, value) VALUES "
                                      "('price:USDC', '2026-01-01T00:00:00Z', 'NaN'), "
                                      "('price:USDC', '2026-01-01T00:01:00Z', 'Infinity'), "
                                      "('price:USDC', '2026-01-01T00:02:00Z', '-Infinity'), "
                                      "('price:USDC', '2026-01-01T00:03:00Z', 4.9e-324), "
                                      "('série:€', '2026-01-01T00:00:00Z', 1)"));
        const QString whole = path(QStringLiteral("unusual.pgbundle"));
        const QString empty = path(QStringLiteral("empty.pgbundle"));
        auto run = runPegboard({QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--db"),
                                url, QStringLiteral("--key"), m_key, QStringLiteral("-o"), whole});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = runPegboard({QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--db"), url,
                           QStringLiteral("--from"), QStringLiteral("2030-01-01T00:00:00Z"),
                           QStringLiteral("--to"), QStringLiteral("2030-02-01T00:00:00Z"),
                           QStringLiteral("-o"), empty});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        for (const QString &file : {whole, empty}) {
            const auto verified = runPegboard({QStringLiteral("bundle"), QStringLiteral("verify"), file});
            QVERIFY2(verified.exitCode == 0, qPrintable(file + verified.err));
            QProcess python;
            python.start(QStringLiteral("python3"), {qEnvironmentVariable("PEGBOARD_TEST_DATA") +
                                                         QStringLiteral("/bundle/read_bundle.py"),
                                                     file});
            QVERIFY(python.waitForFinished(120000));
            QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
            const QJsonObject read = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
            const QJsonObject tables = read[QStringLiteral("tables")].toObject();
            for (auto it = tables.begin(); it != tables.end(); ++it)
                QCOMPARE(it.value()[QStringLiteral("sha256")].toString(),
                         read[QStringLiteral("manifest")][QStringLiteral("sha256.") + it.key()].toString());
        }

        // Read back as stored: every field of both reports, the feeds with NaN and ±∞ kept.
        auto bundle = BundleDataset::open(whole);
        QVERIFY2(bundle, qPrintable(bundle ? QString() : bundle.error().message));
        QCOMPARE((*bundle)->manifest().at("rows.stablecoin_issues"), std::string("2"));
        LiveDataset live(url);
        IssueQuery all;
        all.limit = 10;
        auto fromStore = live.query(all);
        auto fromBundle = (*bundle)->query(all);
        QVERIFY(fromStore && fromBundle);
        QCOMPARE(fromBundle->size(), 2);
        for (qsizetype i = 0; i < fromStore->size(); ++i) {
            Issue stored = (*fromStore)[i];
            // SQLite has no NaN: a NaN amount is kept as NULL (README, "Review bundles").
            for (std::optional<double> *amount : {&stored.estimatedLossUsd, &stored.actualLossUsd})
                if (*amount && std::isnan(**amount))
                    amount->reset();
            QVERIFY2((*fromBundle)[i] == stored, qPrintable(stored.externalId + QLatin1Char(' ') +
                                                            firstDifference((*fromBundle)[i], stored)));
        }
        const Issue &odd =
            fromBundle->first().source == QLatin1String("slack") ? fromBundle->first() : fromBundle->last();
        QVERIFY(odd.title.contains(QStringLiteral("価格が下落 😀")));
        QCOMPARE(odd.body.size(), fromStore->first().source == QLatin1String("slack")
                                      ? fromStore->first().body.size()
                                      : fromStore->last().body.size());
        QCOMPARE(odd.clusterId.value_or(0), std::numeric_limits<qint64>::max());
        auto feeds = (*bundle)->feedSamples({}, 0, 4102444800000);
        QVERIFY(feeds);
        QCOMPARE(feeds->size(), std::size_t(5));
        QVERIFY(std::isnan(feeds->at(0).value));
        QVERIFY(std::isinf(feeds->at(1).value) && feeds->at(1).value > 0);
        QVERIFY(std::isinf(feeds->at(2).value) && feeds->at(2).value < 0);
        QCOMPARE(feeds->at(4).series, QStringLiteral("série:€"));
        auto notes = (*bundle)->annotations(odd.id);
        QVERIFY(notes && notes->size() == 1 && notes->first().body.contains(QStringLiteral("🛢")));

        // Opened as the console and `analyze` open it: the same answer as from the store itself.
        for (const auto &[file, window] :
             {std::pair{whole, QStringList{}},
              std::pair{empty,
                        QStringList{QStringLiteral("--from"), QStringLiteral("2030-01-01T00:00:00Z"),
                                    QStringLiteral("--to"), QStringLiteral("2030-02-01T00:00:00Z")}}}) {
            const auto db = runPegboard(QStringList{QStringLiteral("analyze"), QStringLiteral("--db"), url,
                                                    QStringLiteral("--json")} +
                                        window);
            const auto fromFile = runPegboard(
                {QStringLiteral("analyze"), QStringLiteral("--bundle"), file, QStringLiteral("--json")});
            QCOMPARE(fromFile.exitCode, db.exitCode);
            QCOMPARE(fromFile.out, db.out);
            QVERIFY2(!fromFile.err.contains(QStringLiteral("rows of the bundle could not be read")),
                     qPrintable(fromFile.err));
        }
        auto opened = BundleDataset::open(empty);
        QVERIFY(opened);
        auto none = (*opened)->query(all);
        QVERIFY(none && none->isEmpty());
        auto snapshot = (*opened)->loadSnapshot({});
        QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().message));
        QCOMPARE(snapshot->size(), std::size_t(0));
    }

    void analyzeBundleEqualsAnalyzeDb()
    {
        const auto db =
            runPegboard({QStringLiteral("analyze"), QStringLiteral("--db"), m_url, QStringLiteral("--from"),
                         m_from, QStringLiteral("--to"), m_to, QStringLiteral("--json")});
        QVERIFY2(db.exitCode == 0, qPrintable(db.err));
        const auto bundle = runPegboard(
            {QStringLiteral("analyze"), QStringLiteral("--bundle"), m_bundle, QStringLiteral("--json")});
        QVERIFY2(bundle.exitCode == 0, qPrintable(bundle.err));
        const QJsonObject report = QJsonDocument::fromJson(db.out.toUtf8()).object();
        QVERIFY(report[QStringLiteral("window")][QStringLiteral("issues")].toInteger() > 1000);
        QVERIFY(!report[QStringLiteral("clusters")].toArray().isEmpty());
        QVERIFY(report[QStringLiteral("predictor")][QStringLiteral("auc")].isDouble());
        QCOMPARE(bundle.out, db.out);
        m_dbJson = db.out.toUtf8();
    }

    // Last: stops the store for good.
    void analyzeBundleWithNoStoreRunning()
    {
        QVERIFY(!m_dbJson.isEmpty());
        QVERIFY(m_pg.cluster().stop());
        QVERIFY(
            !runPegboard({QStringLiteral("analyze"), QStringLiteral("--db"), m_url, QStringLiteral("--json")})
                 .out.startsWith(QLatin1Char('{')));
        const auto bundle = runPegboard(
            {QStringLiteral("analyze"), QStringLiteral("--bundle"), m_bundle, QStringLiteral("--json")});
        QVERIFY2(bundle.exitCode == 0, qPrintable(bundle.err));
        QCOMPARE(bundle.out.toUtf8(), m_dbJson);
    }
};

QTEST_GUILESS_MAIN(TestBundle)
#include "tst_bundle.moc"
