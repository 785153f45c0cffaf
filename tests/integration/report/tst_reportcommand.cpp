#include "audit/notekey.h"
#include "pegboardprocess.h"
#include "store/issuestore.h"
#include "store/pgconnection.h"
#include "testcluster.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <pqxx/pqxx>

using namespace pegboard;

namespace {
struct Tool
{
    int exitCode = -1;
    QString out;
};

Tool tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}

QString scalar(const QString &url, const std::string &sql)
{
    pqxx::connection c(url.toStdString());
    pqxx::nontransaction tx(c);
    return QString::fromStdString(tx.exec1(sql)[0].as<std::string>());
}

QString normalised(QString text)
{
    return text.simplified();
}
} // namespace

class TestReportCommand : public QObject
{
    Q_OBJECT
    test::TestCluster m_pg;
    QTemporaryDir m_dir;
    QString m_url, m_key, m_incident, m_profile;

    test::PegboardRun report(const QStringList &extra, const QString &out)
    {
        return test::runPegboard(QStringList{QStringLiteral("report"), QStringLiteral("--db"), m_url,
                                             QStringLiteral("--key"), m_key, QStringLiteral("--generated-at"),
                                             QStringLiteral("2026-12-01T12:00:00Z"), QStringLiteral("-o"),
                                             out} +
                                 extra);
    }

    QString text(const QString &pdf)
    {
        return normalised(tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out);
    }

    void checkPdf(const QString &pdf, const QString &name)
    {
        const Tool check = tool(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out));
        const Tool fonts = tool(QStringLiteral("pdffonts"), {pdf});
        QCOMPARE(fonts.exitCode, 0);
        const QStringList lines = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!lines.isEmpty());
        for (const QString &line : lines) {
            // name, type…, encoding, then emb sub uni: emb is the third field from the end but two.
            const QStringList f = line.simplified().split(QLatin1Char(' '));
            QVERIFY2(f.size() >= 5 && f[f.size() - 5] == QLatin1String("yes"), qPrintable(line));
        }
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("pdfaid:part=\"1\"") || bytes.contains("<pdfaid:part>1</pdfaid:part>"));
        // Its pages, for a person to look at.
        const QString artifacts = qEnvironmentVariable("PEGBOARD_TEST_ARTIFACTS");
        if (!artifacts.isEmpty()) {
            QDir().mkpath(artifacts);
            tool(QStringLiteral("pdftoppm"),
                 {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), pdf,
                  artifacts + QLatin1Char('/') + name});
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
        m_url = m_pg.freshDatabase();
        const test::PegboardRun generated = test::runPegboard(
            {QStringLiteral("generate"), QStringLiteral("--db"), m_url, QStringLiteral("--issues"),
             QStringLiteral("800"), QStringLiteral("--days"), QStringLiteral("14"), QStringLiteral("--end"),
             QStringLiteral("2026-11-30T00:00:00Z")});
        QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));
        m_key = m_dir.filePath(QStringLiteral("report.key"));
        QVERIFY(NoteKey::loadOrCreate(m_key, QStringLiteral("test.example/reports"), true));
        m_incident = scalar(m_url, "SELECT id::text FROM stablecoin_issues WHERE severity_level >= 4 AND "
                                   "reported_timestamp > '2026-11-24' ORDER BY reported_timestamp LIMIT 1");
        PgConnection::setPerson(QStringLiteral("Dana Compliance"));
        auto store = IssueStore::open(m_url);
        QVERIFY(store);
        const QUuid id = QUuid::fromString(m_incident);
        QVERIFY((*store)->acknowledge(id, QStringLiteral("escalated")));
        QVERIFY((*store)->setPreventionImplemented(id, true, QStringLiteral("depeg alarm added")));
        m_profile = m_dir.filePath(QStringLiteral("profile.json"));
        QFile profile(m_profile);
        QVERIFY(profile.open(QIODevice::WriteOnly));
        profile.write(R"({"entity_name": "Example Issuer GmbH", "lei": "5299000EXAMPLE0000042",
                          "member_states": ["DE", "AT"], "critical_services_affected": true})");
    }

    void incidentReportCarriesEveryTemplateFieldAndTheCheckpoint()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("incident.pdf"));
        const test::PegboardRun run = report({QStringLiteral("--incident"), m_incident}, pdf);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        checkPdf(pdf, QStringLiteral("report-incident"));
        const QString t = text(pdf);
        for (const char *field : {"Report reference",
                                  "Incident reference",
                                  "Reporting entity",
                                  "LEI",
                                  "Occurrence",
                                  "Detection",
                                  "Classification",
                                  "Recovery",
                                  "Resolution",
                                  "Classification worksheet",
                                  "Critical services affected",
                                  "Clients, counterparts and transactions affected",
                                  "Data losses",
                                  "Reputational impact",
                                  "Duration of the incident",
                                  "Geographical spread",
                                  "Economic impact",
                                  "Description",
                                  "Root cause",
                                  "Affected contracts",
                                  "Related transaction hashes",
                                  "Estimated losses",
                                  "Actual losses",
                                  "Actions taken",
                                  "Prevention and recurrence",
                                  "DORA initial notification",
                                  "DORA intermediate report",
                                  "DORA final report",
                                  "NYDFS 500.17",
                                  "Signed checkpoint",
                                  "SHA-256 of the evidence set",
                                  "Leaf index of every cited record",
                                  "Page 1 of"})
            QVERIFY2(t.contains(QLatin1String(field)), field);
        // Without a profile, what the store does not know is "not recorded", never made up.
        QVERIFY(t.contains(QLatin1String("LEI not recorded")));
        QVERIFY(t.contains(QLatin1String("Dana Compliance")));
        // Cells may break a long token anywhere; compare without the whitespace.
        QString squashed = t;
        squashed.remove(QLatin1Char(' '));
        QVERIFY(squashed.contains(QStringLiteral("prevention_implemented:false→true")));
        QVERIFY(t.contains(m_incident));
        // The checkpoint, verbatim: origin, size and root lines.
        const QString origin =
            QStringLiteral("pegboard.audit/") + scalar(m_url, "SELECT log_id::text FROM merkle_log");
        QVERIFY2(t.contains(origin), qPrintable(origin));
        const QString size = scalar(m_url, "SELECT count(*)::text FROM merkle_leaves");
        QVERIFY(t.contains(origin + QLatin1Char(' ') + size));
        QVERIFY(t.contains(QStringLiteral("— test.example/reports")));
    }

    void sameInputsAndGenerationTimeGiveIdenticalBytes()
    {
        const QString a = m_dir.filePath(QStringLiteral("a.pdf")),
                      b = m_dir.filePath(QStringLiteral("b.pdf"));
        QCOMPARE(report({QStringLiteral("--incident"), m_incident}, a).exitCode, 0);
        QCOMPARE(report({QStringLiteral("--incident"), m_incident}, b).exitCode, 0);
        QFile fa(a), fb(b);
        QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
        const QByteArray first = fa.readAll();
        QVERIFY(first.size() > 10000);
        QVERIFY(first == fb.readAll());
    }

    void profileFactsAndRedactionAndGerman()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("profile.pdf"));
        QCOMPARE(report({QStringLiteral("--incident"), m_incident, QStringLiteral("--profile"), m_profile,
                         QStringLiteral("--redact"), QStringLiteral("persons")},
                        pdf)
                     .exitCode,
                 0);
        const QString t = text(pdf);
        QVERIFY(t.contains(QLatin1String("Example Issuer GmbH")));
        QVERIFY(t.contains(QLatin1String("5299000EXAMPLE0000042")));
        QVERIFY(t.contains(QLatin1String("DE, AT")));
        QVERIFY(!t.contains(QLatin1String("Dana Compliance")));
        QVERIFY(t.contains(QLatin1String("person 1")));

        const QString german = m_dir.filePath(QStringLiteral("de.pdf"));
        QCOMPARE(
            report({QStringLiteral("--incident"), m_incident, QStringLiteral("--lang"), QStringLiteral("de")},
                   german)
                .exitCode,
            0);
        checkPdf(german, QStringLiteral("report-incident-de"));
        const QString d = text(german);
        QVERIFY2(d.contains(QLatin1String("Klassifizierung")) && d.contains(QLatin1String("nicht erfasst")),
                 qPrintable(d.left(400)));
    }

    void periodReportHasLossesOpenItemsAndAuditSummary()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("period.pdf"));
        const test::PegboardRun run =
            report({QStringLiteral("--from"), QStringLiteral("2026-11-16T00:00:00Z"), QStringLiteral("--to"),
                    QStringLiteral("2026-12-01T00:00:00Z")},
                   pdf);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        checkPdf(pdf, QStringLiteral("report-period"));
        const QString t = text(pdf);
        for (const char *field : {"Compliance period report", "Incidents", "Losses per week",
                                  "Resolution times", "Prevention rate", "Recurrence within 30 days",
                                  "Open items", "Audit summary", "Signed checkpoint"})
            QVERIFY2(t.contains(QLatin1String(field)), field);
    }

    void badInputIsRefusedWithAReason()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("bad.pdf"));
        const test::PegboardRun missing =
            report({QStringLiteral("--incident"), QUuid::createUuid().toString()}, pdf);
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(QLatin1String("No report")));
        QCOMPARE(report({}, pdf).exitCode, 2);
        QCOMPARE(report({QStringLiteral("--from"), QStringLiteral("yesterday"), QStringLiteral("--to"),
                         QStringLiteral("2026-12-01T00:00:00Z")},
                        pdf)
                     .exitCode,
                 2);
        QVERIFY(!QFile::exists(pdf));
    }
};

QTEST_GUILESS_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"
