// An incident report over a store of N generated reports (default 10,000, 30 days of history with
// planted incidents, HistoryWriter as `pegboard generate`): the incident's cluster, its
// reports and actions, the evidence log recomputed and signed, and the PDF laid out twice — what
// `pegboard report --incident` does. Baseline: only reading the same reports with psql \copy.
// Prints one JSON line with the worst of the rounds.
#include "audit/notekey.h"
#include "benchstore.h"
#include "report/datasetreportsource.h"
#include "report/pdfreport.h"
#include "report/reportbuilder.h"
#include "simulation/historywriter.h"
#include "store/migrator.h"
#include "store/pgconnection.h"
#include "testcluster.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <cstdio>
#include <pqxx/pqxx>

using namespace pegboard;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int rows = argc > 1 ? std::atoi(argv[1]) : 10000;
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 3;
    test::TestCluster pg;
    if (!pg.start())
        return 1;
    const QString url = pg.freshDatabase();
    HistoryWriter::Options options;
    options.url = url;
    options.issues = rows;
    options.days = 30;
    options.endMs = QDateTime(QDate(2026, 11, 30), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    if (auto written = HistoryWriter(options).run(); !written) {
        std::fprintf(stderr, "generate failed: %s\n", qPrintable(written.error().message));
        return 1;
    }
    // The incident: a severe peg deviation in the second half of the history.
    QString incident;
    {
        pqxx::connection c(url.toStdString());
        pqxx::nontransaction tx(c);
        incident = QString::fromStdString(tx.exec1("SELECT id::text FROM stablecoin_issues WHERE issue_type "
                                                   "= 'peg_deviation' AND severity_level >= 4 "
                                                   "ORDER BY reported_timestamp OFFSET (SELECT count(*) / 2 "
                                                   "FROM stablecoin_issues WHERE issue_type = "
                                                   "'peg_deviation' AND severity_level >= 4) LIMIT 1")[0]
                                              .as<std::string>());
    }
    auto key = NoteKey::generate(QStringLiteral("bench.example/report"));
    auto source = DatasetReportSource::openStore(url, *key);
    if (!key || !source)
        return 1;
    ReportRequest request;
    request.incident = QUuid::fromString(incident);
    request.generatedAt = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);

    double worst = 0, baselineWorst = 0;
    qsizetype bytes = 0;
    int reports = 0;
    QElapsedTimer clock;
    for (int round = 0; round < rounds; ++round) {
        clock.start();
        auto data = ReportBuilder::build(request, **source);
        if (!data) {
            std::fprintf(stderr, "build failed: %s\n", qPrintable(data.error().message));
            return 1;
        }
        auto pdf = PdfReport::render(*data);
        const double o = clock.nsecsElapsed() / 1e9;
        if (!pdf)
            return 1;
        bytes = pdf->size();
        reports = int(data->issues.size());
        clock.restart();
        if (!bench::psql(url, QStringLiteral("\\copy (SELECT * FROM stablecoin_issues) to '/dev/null'")))
            return 1;
        const double b = clock.nsecsElapsed() / 1e9;
        std::fprintf(stderr,
                     "round %d: report %.3f s (%d reports in the incident, %lld bytes), psql read %.3f s\n",
                     round + 1, o, reports, static_cast<long long>(bytes), b);
        worst = std::max(worst, o);
        baselineWorst = std::max(baselineWorst, b);
    }
    std::printf(
        "{\"bench\":\"report_incident\",\"store_reports\":%d,\"incident_reports\":%d,\"pdf_bytes\":%lld,"
        "\"worst_s\":%.3f,\"baseline_psql_read_worst_s\":%.3f}\n",
        rows, reports, static_cast<long long>(bytes), worst, baselineWorst);
    return 0;
}
