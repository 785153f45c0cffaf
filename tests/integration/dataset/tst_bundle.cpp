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
    QString m_bundle, m_key, m_pub, m_otherPub;
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
        m_bundle = path(QStringLiteral("window.pgbundle"));
    }

    void exportIsCompleteAndByteIdentical()
    {
        const QStringList args{QStringLiteral("bundle"), QStringLiteral("export"),
                               QStringLiteral("--db"),   m_url,
                               QStringLiteral("--from"), m_from,
                               QStringLiteral("--to"),   m_to,
                               QStringLiteral("--key"),  m_key,
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
        QVERIFY(m.count("audit_checkpoint") == 1);
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
        const auto run =
            runPegboard({QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--db"), m_url,
                         QStringLiteral("--from"), m_from, QStringLiteral("--to"), m_to,
                         QStringLiteral("--redact"), QStringLiteral("public"), QStringLiteral("-o"), file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
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
        QVERIFY(runPegboard({QStringLiteral("bundle"), QStringLiteral("verify"), file}).exitCode == 0);
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
