// `pegboard report --bundle`: a review bundle exported from a real store gives, with the store
// stopped, the same report as `--db` for the same window (apart from the data source line, the
// report id it feeds, and the evidence appendix, which a bundle cannot fully fill), as a PDF/A.
#include "audit/notekey.h"
#include "pegboardprocess.h"
#include "store/issuestore.h"
#include "store/pgconnection.h"
#include "testcluster.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
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

// The report's text up to the evidence appendix (where the data source line and the evidence
// are), without the report id (a hash over the evidence) and the page count.
QString comparable(QString text)
{
    const qsizetype appendix = text.indexOf(QLatin1String("Appendix: evidence"));
    if (appendix >= 0)
        text.truncate(appendix);
    text.replace(QRegularExpression(QStringLiteral("PB-(INC|PER)-\\d{8}-[0-9A-F]{8}")),
                 QStringLiteral("PB-ID"));
    text.replace(QRegularExpression(QStringLiteral("Page (\\d+) of \\d+")), QStringLiteral("Page \\1"));
    return text.simplified();
}
} // namespace

class TestBundleReport : public QObject
{
    Q_OBJECT
    test::TestCluster m_pg;
    QTemporaryDir m_dir;
    QString m_url, m_key, m_bundle, m_incident;
    const QString m_from = QStringLiteral("2026-11-16T00:00:00Z"),
                  m_to = QStringLiteral("2026-12-01T00:00:00Z");

    QString path(const QString &name) const { return m_dir.filePath(name); }

    test::PegboardRun report(const QStringList &source, const QStringList &what, const QString &out,
                             const QStringList &extra = {})
    {
        return test::runPegboard(QStringList{QStringLiteral("report")} + source + what +
                                 QStringList{QStringLiteral("--generated-at"),
                                             QStringLiteral("2026-12-01T12:00:00Z"), QStringLiteral("-o"),
                                             out} +
                                 extra);
    }
    QStringList db() const { return {QStringLiteral("--db"), m_url, QStringLiteral("--key"), m_key}; }
    QStringList bundle() const { return {QStringLiteral("--bundle"), m_bundle}; }
    QStringList incident() const { return {QStringLiteral("--incident"), m_incident}; }
    QStringList period() const { return {QStringLiteral("--from"), m_from, QStringLiteral("--to"), m_to}; }

    QString text(const QString &pdf)
    {
        const Tool t = tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        return t.exitCode == 0 ? t.out : QString();
    }

    void checkPdf(const QString &pdf)
    {
        const Tool check = tool(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out));
        const Tool fonts = tool(QStringLiteral("pdffonts"), {pdf});
        QCOMPARE(fonts.exitCode, 0);
        const QStringList lines = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!lines.isEmpty());
        for (const QString &line : lines) {
            const QStringList f = line.simplified().split(QLatin1Char(' '));
            QVERIFY2(f.size() >= 5 && f[f.size() - 5] == QLatin1String("yes"), qPrintable(line));
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
        m_key = path(QStringLiteral("report.key"));
        QVERIFY(NoteKey::loadOrCreate(m_key, QStringLiteral("test.example/reports"), true));
        m_incident = scalar(m_url, "SELECT id::text FROM stablecoin_issues WHERE severity_level >= 4 AND "
                                   "reported_timestamp > '2026-11-24' ORDER BY reported_timestamp LIMIT 1");
        PgConnection::setPerson(QStringLiteral("Dana Compliance"));
        auto store = IssueStore::open(m_url);
        QVERIFY(store);
        const QUuid id = QUuid::fromString(m_incident);
        QVERIFY((*store)->acknowledge(id, QStringLiteral("escalated")));
        QVERIFY((*store)->setPreventionImplemented(id, true, QStringLiteral("depeg alarm added")));
    }

    void bundleReportsEqualTheStoreReportsWithTheStoreStopped()
    {
        // The store's reports first, then the bundle of a window that holds everything they read.
        QCOMPARE(report(db(), incident(), path(QStringLiteral("db-incident.pdf"))).exitCode, 0);
        QCOMPARE(report(db(), period(), path(QStringLiteral("db-period.pdf"))).exitCode, 0);
        m_bundle = path(QStringLiteral("window.pgbundle"));
        const test::PegboardRun exported = test::runPegboard(
            {QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--db"), m_url,
             QStringLiteral("--from"), QStringLiteral("2026-11-01T00:00:00Z"), QStringLiteral("--to"),
             QStringLiteral("2026-12-02T00:00:00Z"), QStringLiteral("-o"), m_bundle});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(m_pg.cluster().stop());

        for (const auto &[what, name] : {std::pair{incident(), QStringLiteral("incident")},
                                         std::pair{period(), QStringLiteral("period")}}) {
            const QString pdf = path(QStringLiteral("bundle-%1.pdf").arg(name));
            const test::PegboardRun run = report(bundle(), what, pdf);
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            checkPdf(pdf);
            if (const QString artifacts = qEnvironmentVariable("PEGBOARD_TEST_ARTIFACTS");
                !artifacts.isEmpty())
                tool(QStringLiteral("pdftoppm"),
                     {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), pdf,
                      artifacts + QStringLiteral("/bundle-report-") + name});
            const QString t = text(pdf).simplified();
            const QString fromStore = text(path(QStringLiteral("db-%1.pdf").arg(name))).simplified();
            QVERIFY(t.contains(QLatin1String("review bundle window.pgbundle")));
            QVERIFY(fromStore.contains(QLatin1String("Data source")));
            QVERIFY(!fromStore.contains(QLatin1String("review bundle")));
            for (const char *field : {"Report reference", "Reporting entity", "LEI", "Data source",
                                      "Signed checkpoint", "SHA-256 of the evidence set",
                                      "Leaf index of every cited record", "Records cited", "Page 1 of"})
                QVERIFY2(t.contains(QLatin1String(field)), field);
            if (name == QLatin1String("incident")) {
                for (const char *field : {"Classification worksheet", "Root cause", "Actions taken",
                                          "DORA initial notification", "NYDFS 500.17", "Dana Compliance"})
                    QVERIFY2(t.contains(QLatin1String(field)), field);
                QVERIFY(t.contains(m_incident));
            } else {
                for (const char *field :
                     {"Compliance period report", "Losses per week", "Open items", "Audit summary"})
                    QVERIFY2(t.contains(QLatin1String(field)), field);
            }
            // A bundle holds no Merkle log: said so, nothing invented.
            QVERIFY(t.contains(QLatin1String("not recorded")));
            QVERIFY(t.contains(QLatin1String("made from a review bundle")));
            QVERIFY(!fromStore.contains(QLatin1String("made from a review bundle")));
            const QString a = comparable(fromStore), b = comparable(t);
            QVERIFY(a.size() > 1000);
            if (a != b) {
                qsizetype at = 0;
                while (at < a.size() && at < b.size() && a[at] == b[at])
                    ++at;
                QFAIL(qPrintable(QStringLiteral("%1 report differs at %2:\nstore:  %3\nbundle: %4")
                                     .arg(name)
                                     .arg(at)
                                     .arg(a.mid(std::max<qsizetype>(0, at - 80), 200),
                                          b.mid(std::max<qsizetype>(0, at - 80), 200))));
            }
        }
    }

    void badBundlesAndUnknownIncidentsAreRefusedWithAReason()
    {
        const QString pdf = path(QStringLiteral("bad.pdf"));
        const test::PegboardRun missing =
            report({QStringLiteral("--bundle"), path(QStringLiteral("nowhere.pgbundle"))}, period(), pdf);
        QVERIFY(missing.exitCode != 0);
        QVERIFY2(missing.err.contains(QLatin1String("nowhere.pgbundle")), qPrintable(missing.err));

        QFile junk(path(QStringLiteral("junk.pgbundle")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(8192, '\x5a').prepend("SQLite format 3"));
        junk.close();
        const test::PegboardRun corrupt =
            report({QStringLiteral("--bundle"), junk.fileName()}, period(), pdf);
        QVERIFY(corrupt.exitCode != 0);
        QVERIFY2(corrupt.err.contains(QLatin1String("junk.pgbundle")), qPrintable(corrupt.err));

        // Half a bundle (a copy cut short) is refused too, not read as far as it goes.
        QFile whole(m_bundle);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        QFile cut(path(QStringLiteral("cut.pgbundle")));
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(whole.read(whole.size() / 2));
        cut.close();
        const test::PegboardRun truncated =
            report({QStringLiteral("--bundle"), cut.fileName()}, period(), pdf);
        QVERIFY(truncated.exitCode != 0);
        QVERIFY(!truncated.err.trimmed().isEmpty());

        const test::PegboardRun unknown =
            report(bundle(), {QStringLiteral("--incident"), QUuid::createUuid().toString()}, pdf);
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QLatin1String("No report")) &&
                     unknown.err.contains(QLatin1String("review bundle")),
                 qPrintable(unknown.err));
        QCOMPARE(report(bundle() + db(), period(), pdf).exitCode, 2);
        QVERIFY(!QFile::exists(pdf));
    }
};

QTEST_GUILESS_MAIN(TestBundleReport)
#include "tst_bundlereport.moc"
