#include "exporter.h"
#include "impactchartview.h"
#include "report/csvwriter.h"

#include <QFile>
#include <QImage>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace pegboard;

class TestExporter : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void csvQuotesWhatNeedsQuoting()
    {
        QCOMPARE(CsvWriter::quoted(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(CsvWriter::quoted(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(CsvWriter::quoted(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(CsvWriter::quoted(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        QCOMPARE(CsvWriter::quoted(QStringLiteral("=HYPERLINK(1)")), QStringLiteral("\"'=HYPERLINK(1)\""));
        QCOMPARE(CsvWriter::quoted(QStringLiteral("-12.5")), QStringLiteral("-12.5"));
        // NUL characters are dropped (spreadsheets stop reading at them), quoting still applies.
        QCOMPARE(CsvWriter::quoted(QStringLiteral("a") + QChar(0) + QStringLiteral("b")),
                 QStringLiteral("ab"));
        QCOMPARE(CsvWriter::quoted(QChar(0) + QStringLiteral("x,y")), QStringLiteral("\"x,y\""));
        // Machine formats for ExportRole values: ISO 8601 UTC and plain numbers.
        QCOMPARE(CsvWriter::isoUtc(QDateTime(QDate(2026, 11, 24), QTime(14, 0, 0, 123), QTimeZone(3600))),
                 QStringLiteral("2026-11-24T13:00:00.123Z"));
        QCOMPARE(CsvWriter::plainNumber(1169512.25), QStringLiteral("1169512.25"));
        QCOMPARE(CsvWriter::plainNumber(-0.5), QStringLiteral("-0.5"));
        QCOMPARE(CsvWriter::plainNumber(1e12), QStringLiteral("1000000000000"));
    }

    void tableExportsWhatItShows()
    {
        QStandardItemModel model(2, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("Title"), QStringLiteral("Loss")});
        model.setItem(0, 0, new QStandardItem(QStringLiteral("Oracle stale, USDC")));
        model.setItem(0, 1, new QStandardItem(QStringLiteral("$1,200")));
        model.setItem(1, 0, new QStandardItem(QStringLiteral("Ünïcode")));
        model.setItem(1, 1, new QStandardItem(QString()));
        QTableView view;
        view.setModel(&model);
        const QString path = m_dir.filePath(QStringLiteral("t.csv"));
        QCOMPARE(Exporter::exportTable(&view, path), QString());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()),
                 QStringLiteral("Title,Loss\r\n\"Oracle stale, USDC\",\"$1,200\"\r\nÜnïcode,\r\n"));
        QVERIFY(!Exporter::exportTable(&view, QStringLiteral("/nonexistent-dir/x.csv")).isEmpty());
    }

    void chartsExportAsPngAndSvg()
    {
        ImpactChartView chart(ImpactChartView::Granularity::Week);
        ImpactSummary summary;
        summary.weeks.append({QDateTime(QDate(2025, 7, 7), QTime(0, 0), Qt::UTC), 120000, 90000, 40, 3});
        summary.weeks.append({QDateTime(QDate(2025, 7, 14), QTime(0, 0), Qt::UTC), 30000, 0, 12, 0});
        chart.setSummary(summary);
        QCOMPARE(chart.barCount(), 2);
        chart.resize(640, 400);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const QString png = m_dir.filePath(QStringLiteral("c.png"));
        QCOMPARE(Exporter::exportImage(&chart, png), QString());
        const QImage image(png);
        QCOMPARE(image.size(), chart.size() * chart.devicePixelRatio());
        const QString svg = m_dir.filePath(QStringLiteral("c.svg"));
        QCOMPARE(Exporter::exportImage(&chart, svg), QString());
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY(content.contains("<svg"));
        QVERIFY(content.contains("Financial impact per week"));
    }
};

QTEST_MAIN(TestExporter)
#include "tst_exporter.moc"
