// Truthful lists and exports, numbers people read, repeats as one row (issue #16, items 5, 4 and
// 2's repeats). ctest runs it at 100 % in English and again at 200 % in German
// (PEGBOARD_TEST_VARIANT names the screenshots).
#include "alertspanel.h"
#include "console/analysiscontroller.h"
#include "console/consolecontroller.h"
#include "console/consoleservices.h"
#include "console/consolesession.h"
#include "console/csvexportcontroller.h"
#include "console/mainwindow.h"
#include "domain/numberformat.h"
#include "engineeringperspective.h"
#include "executiveperspective.h"
#include "exporter.h"
#include "filterbar.h"
#include "impactchartview.h"
#include "issuefactory.h"
#include "itemmodels/issuetablemodel.h"
#include "itemmodels/repeatgroupmodel.h"
#include "listcapbanner.h"
#include "opencriticalpanel.h"
#include "operationsperspective.h"
#include "store/issuestore.h"

#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace pegboard;

namespace {
// RFC 4180 records (quoted fields may hold commas, quotes and line breaks).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
            record << field;
            field.clear();
            records << record;
            record.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}
} // namespace

class TestConsoleLists : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir{QStringLiteral("/tmp/pgb-XXXXXX")};
    std::unique_ptr<ConsoleServices> m_services;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<IssueStore> m_other; // another process's view of the store
    QTranslator m_translator;
    static constexpr int History = 12345;

    QString variant() const
    {
        return qEnvironmentVariable("PEGBOARD_TEST_VARIANT", QStringLiteral("en-100"));
    }
    QString artifact(const QString &name) const
    {
        const QString dir = qEnvironmentVariable("PEGBOARD_TEST_ARTIFACTS", QDir::tempPath());
        QDir().mkpath(dir);
        return dir + QStringLiteral("/lists-%1-%2.png").arg(name, variant());
    }
    void shot(QWidget *widget, const QString &name) { QVERIFY(widget->grab().save(artifact(name))); }
    ConsoleController *controller() const { return m_services->controller(); }

    static Issue critical(const QString &title, const QDateTime &at, const QString &external)
    {
        Issue i = test::articleIssues(1, 77).first();
        i.id = QUuid::createUuid();
        i.externalId = external;
        i.title = title;
        i.issueType = QStringLiteral("oracle_failure");
        i.severityLevel = 5;
        i.reportedAt = at;
        i.resolvedAt = {};
        i.acknowledgedBy.clear();
        i.symbol = QStringLiteral("USDC");
        i.protocol = QStringLiteral("aave");
        i.source = QStringLiteral("ingest");
        return i;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        if (variant().startsWith(QLatin1String("de"))) {
            QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
            QVERIFY(m_translator.load(QStringLiteral(PEGBOARD_QM_DIR "/pegboard_de.qm")));
            QCoreApplication::installTranslator(&m_translator);
        }
        QFile::setPermissions(m_dir.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeOther);
        QSettings().clear();
        m_services = std::make_unique<ConsoleServices>();
        m_window = std::make_unique<MainWindow>(m_services.get());
        m_window->filterBar()->setPreset(FilterBar::AllTime);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy ready(m_services->session(), &ConsoleSession::ready);
        m_services->session()->start({}, m_dir.path() + QStringLiteral("/cluster"));
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() > 0, 120000);
        QTRY_VERIFY(controller()->isConnected());
        auto other = IssueStore::open(m_services->session()->url());
        QVERIFY(other);
        m_other = std::move(*other);
        QVERIFY(m_other->insert(test::articleIssues(History, 3)));
        QTRY_COMPARE_WITH_TIMEOUT(controller()->issues()->rowCount(), ConsoleController::PageSize, 30000);
    }

    // 5a. A capped list says so, counts the rest in the locale's format, and loads it on request.
    void cappedListSaysSoAndOffersTheRest()
    {
        m_window->showPerspective(0);
        ListCapBanner *banner = m_window->engineering()->listCapBanner();
        QTRY_VERIFY_WITH_TIMEOUT(!banner->text().isEmpty(), 10000);
        QVERIFY2(banner->text().contains(NumberFormat::count(ConsoleController::PageSize)) &&
                     banner->text().contains(NumberFormat::count(History)),
                 qPrintable(banner->text()));
        QCOMPARE(controller()->totalCount(), qint64(History));
        QVERIFY(banner->loadMoreButton()->isVisibleTo(banner));
        shot(m_window.get(), QStringLiteral("part5-capped"));

        QTest::mouseClick(banner->loadMoreButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(controller()->issues()->rowCount(), History, 20000);
        QTRY_VERIFY(banner->text().isEmpty()); // all there: nothing to say
        // Appended, not duplicated, newest first across the batch boundary.
        IssueTableModel *issues = controller()->issues();
        QSet<QUuid> ids;
        for (int r = 0; r < issues->rowCount(); ++r)
            ids.insert(issues->issueAt(r).id);
        QCOMPARE(ids.size(), History);
        QVERIFY(issues->issueAt(ConsoleController::PageSize - 1).reportedAt >=
                issues->issueAt(ConsoleController::PageSize).reportedAt);

        // Back to the first page (a new question), then Show all.
        IssueQuery narrower = m_window->filterBar()->query();
        narrower.maxSeverity = 4;
        controller()->setQuery(narrower);
        QTRY_VERIFY_WITH_TIMEOUT(!controller()->isBusy() && controller()->totalCount() < History, 20000);
        controller()->setQuery(m_window->filterBar()->query());
        QTRY_VERIFY_WITH_TIMEOUT(!banner->text().isEmpty(), 20000);
        QCOMPARE(controller()->issues()->issues().size(), qint64(ConsoleController::PageSize));
        QVERIFY2(banner->text().contains(NumberFormat::count(ConsoleController::PageSize)),
                 qPrintable(banner->text()));
        QTest::mouseClick(banner->showAllButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(controller()->issues()->rowCount(), History, 20000);
        QTRY_VERIFY(banner->text().isEmpty());
    }

    // 5b. A drill-down says when it lists only its newest reports; clusters say what they cover.
    void drillDownAndClustersSayWhenCapped()
    {
        EngineeringPerspective *eng = m_window->engineering();
        QList<QUuid> newest;
        for (int r = 0; r < 100; ++r)
            newest << controller()->issues()->issueAt(r).id;
        controller()->showIssues(newest, 500);
        QTRY_COMPARE_WITH_TIMEOUT(controller()->issues()->rowCount(), 100, 10000);
        ListCapBanner *banner = eng->listCapBanner();
        QTRY_VERIFY(!banner->text().isEmpty());
        QVERIFY2(banner->text().contains(NumberFormat::count(500)), qPrintable(banner->text()));
        QVERIFY(!banner->loadMoreButton()->isVisibleTo(banner)); // a drill-down shows all or nothing
        eng->setClusterCoverage(AnalysisController::MaxClusteredReports, 1000000);
        QVERIFY2(eng->clusterCoverage().contains(NumberFormat::count(1000000)),
                 qPrintable(eng->clusterCoverage()));
        controller()->showAll();
        eng->setClusterCoverage(History, History);
        QVERIFY(eng->clusterCoverage().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!controller()->isBusy(), 20000);
    }

    // 5c. CSV holds every report in the filter, ISO 8601 UTC, plain numbers, RFC 4180 quoting.
    void csvExportsEveryRowOfTheFilter()
    {
        Issue awkward = critical({}, QDateTime::currentDateTimeUtc(), QStringLiteral("csv:1"));
        // (NUL cannot reach the store; CsvWriter's NUL stripping is tested in tst_exporter.)
        awkward.title = QStringLiteral("Say \"depeg\", then\nbreak,line");
        awkward.estimatedLossUsd = 1234567.5;
        QVERIFY(m_other->insert(QList<Issue>{awkward}));
        QTRY_COMPARE_WITH_TIMEOUT(controller()->totalCount(), qint64(History + 1), 10000);

        CsvExportController *exports = m_services->exports();
        QSignalSpy finished(exports, &CsvExportController::finished);
        QSignalSpy progress(exports, &CsvExportController::progress);
        const QString path = m_dir.filePath(QStringLiteral("all.csv"));
        exports->start(controller()->opener(), controller()->listQuery(), path, controller()->totalCount());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(finished.first().at(1).toLongLong(), qint64(History + 1));
        QVERIFY(progress.count() >= History / 2000);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(!text.contains(QChar(0)));
        const QList<QStringList> records = parseCsv(text);
        QCOMPARE(records.size(), History + 2); // the header and every report, not the 10,000 listed
        const QStringList header = records.first();
        const int title = int(header.indexOf(QStringLiteral("title")));
        const int loss = int(header.indexOf(QStringLiteral("estimated_loss_usd")));
        const int reported = int(header.indexOf(QStringLiteral("reported_at")));
        QVERIFY(title >= 0 && loss >= 0 && reported >= 0);
        QCOMPARE(records[1][title], QStringLiteral("Say \"depeg\", then\nbreak,line")); // newest first
        QCOMPARE(records[1][loss], QStringLiteral("1234567.5"));
        static const QRegularExpression iso(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
        for (int r = 1; r < records.size(); r += 997) {
            QCOMPARE(records[r].size(), header.size());
            QVERIFY2(iso.match(records[r][reported]).hasMatch(), qPrintable(records[r][reported]));
            QVERIFY2(!records[r][loss].contains(QLatin1Char(',')), qPrintable(records[r][loss]));
        }
        // The table's own export says where it would go, named after the filter and the time.
        QVERIFY(Exporter::fileName(QStringLiteral("reports"), controller()->listQuery(),
                                   QDateTime::currentDateTimeUtc(), QStringLiteral("csv"))
                    .endsWith(QLatin1String(".csv")));

        // Cancel stops it and leaves no half file behind.
        QSignalSpy failed(exports, &CsvExportController::failed);
        const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.csv"));
        exports->start(controller()->opener(), controller()->listQuery(), cancelled,
                       controller()->totalCount());
        exports->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count() + finished.count(), 2, 60000);
        if (failed.count() == 1) // unless it was done before the cancel arrived
            QVERIFY(!QFile::exists(cancelled));
    }

    // 5d. Images carry the filter and the time: a caption line and the default file name.
    void imagesCarryFilterAndTime()
    {
        IssueQuery q;
        q.types = {QStringLiteral("oracle_failure")};
        const QDateTime at(QDate(2026, 11, 24), QTime(13, 0, 12), Qt::UTC);
        QCOMPARE(Exporter::fileName(QStringLiteral("peg-USDC"), q, at, QStringLiteral("png")),
                 QStringLiteral("peg-USDC-2026-11-24T1300Z-types-oracle_failure.png"));
        q.text = QStringLiteral("a/b: *c?\"<d>|\\ e");
        const QString risky = Exporter::fileName(QStringLiteral("heatmap"), q, at, QStringLiteral("svg"));
        QVERIFY2(!risky.contains(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>| ]"))), qPrintable(risky));

        m_window->showPerspective(2);
        auto *weekly = m_window->executive()->findChild<ImpactChartView *>();
        QVERIFY(weekly);
        QTRY_VERIFY_WITH_TIMEOUT(weekly->barCount() > 0, 20000);
        const QString caption = Exporter::caption(m_window->filterBar()->query(), at);
        QVERIFY(caption.contains(QStringLiteral("2026-11-24 13:00")));
        const QString png = artifact(QStringLiteral("part5-export"));
        QCOMPARE(Exporter::exportImage(weekly, png, caption), QString());
        const QImage image(png);
        QVERIFY(image.height() > weekly->height() * weekly->devicePixelRatio());
        QCOMPARE(image.width(), int(weekly->width() * weekly->devicePixelRatio()));
        const QString svg = m_dir.filePath(QStringLiteral("w.svg"));
        QCOMPARE(Exporter::exportImage(weekly, svg, caption), QString());
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString content = QString::fromUtf8(f.readAll());
        QVERIFY(content.contains(caption.toHtmlEscaped()) || content.contains(caption));
    }

    // 4. Money on the axes in the locale's format at round values.
    void numbersPeopleRead()
    {
        m_window->showPerspective(2);
        auto *weekly = m_window->executive()->findChild<ImpactChartView *>();
        const QStringList labels = weekly->axisLabels();
        QVERIFY(labels.size() >= 2);
        QCOMPARE(labels.first(), NumberFormat::compactMoney(0));
        const bool german = variant().startsWith(QLatin1String("de"));
        // German writes a decimal comma ("1,5 Mio. $"): a point between digits is only a thousands
        // separator there (three digits follow it).
        static const QRegularExpression decimalPoint(QStringLiteral("\\d\\.\\d(?!\\d\\d)"));
        for (const QString &label : labels)
            QVERIFY2(label.contains(QLatin1Char('$')) && (!german || !label.contains(decimalPoint)),
                     qPrintable(label));
        shot(m_window.get(), QStringLiteral("part4-executive"));
    }

    // 2. Repeats are one row with a count; the selection holds across live inserts.
    void repeatedAlertsAreOneRow()
    {
        m_window->showPerspective(1);
        OpenCriticalPanel *panel = m_window->operations()->openCriticalPanel();
        QTableView *table = panel->table();
        const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-1800);
        QList<Issue> repeats;
        for (int i = 0; i < 12; ++i)
            repeats << critical(QStringLiteral("USDC at 0.97%1, liquidations starting").arg(20 - i),
                                now.addSecs(i * 60), QStringLiteral("rep:%1").arg(i));
        const Issue other = critical(QStringLiteral("Chainlink heartbeat missed on DAI"), now.addSecs(30),
                                     QStringLiteral("rep:x"));
        QVERIFY(m_other->insert(repeats + QList<Issue>{other}));
        const auto rowOf = [table](const QUuid &id) {
            for (int r = 0; r < table->model()->rowCount(); ++r)
                if (table->model()->index(r, 0).data(IssueTableModel::IssueIdRole).toUuid() == id)
                    return r;
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(repeats.last().id) >= 0, 10000);
        const int row = rowOf(repeats.last().id);
        QCOMPARE(table->model()->index(row, 0).data(RepeatGroupModel::RepeatCountRole).toInt(), 12);
        QVERIFY(table->model()
                    ->index(row, IssueTableModel::Title)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("×12")));
        for (int i = 0; i < 11; ++i)
            QCOMPARE(rowOf(repeats[i].id), -1); // folded under the newest
        shot(m_window.get(), QStringLiteral("part2-repeats"));

        // The selection stays on the other report while a repeat arrives…
        table->setFocus();
        table->selectionModel()->setCurrentIndex(table->model()->index(rowOf(other.id), 0),
                                                 QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
        const Issue thirteenth = critical(QStringLiteral("USDC at 0.9699, liquidations starting"),
                                          now.addSecs(12 * 60), QStringLiteral("rep:12"));
        QVERIFY(m_other->insert(QList<Issue>{thirteenth}));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(thirteenth.id) >= 0, 10000);
        QTRY_COMPARE(
            table->model()->index(rowOf(thirteenth.id), 0).data(RepeatGroupModel::RepeatCountRole).toInt(),
            13);
        QCOMPARE(table->currentIndex().data(IssueTableModel::IssueIdRole).toUuid(), other.id);
        // …and on the group, whose newest row takes over when a repeat folds the selected one away.
        table->selectionModel()->setCurrentIndex(table->model()->index(rowOf(thirteenth.id), 0),
                                                 QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
        const Issue fourteenth = critical(QStringLiteral("USDC at 0.9688, liquidations starting"),
                                          now.addSecs(13 * 60), QStringLiteral("rep:13"));
        QVERIFY(m_other->insert(QList<Issue>{fourteenth}));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(fourteenth.id) >= 0 && rowOf(thirteenth.id) < 0, 10000);
        QTRY_COMPARE(table->currentIndex().data(IssueTableModel::IssueIdRole).toUuid(), fourteenth.id);
        // Expanded, the group lists every report.
        const int before = table->model()->rowCount();
        panel->expandAction()->trigger();
        QCOMPARE(table->model()->rowCount(), before + 13);
        panel->expandAction()->trigger();
        QCOMPARE(table->model()->rowCount(), before);
        panel->groupToggle()->setChecked(false);
        QVERIFY(rowOf(repeats.first().id) >= 0);
        panel->groupToggle()->setChecked(true);
    }

    // 2. The Alerts panel folds firings of one rule on one coin the same way.
    void alertFiringsFoldIntoOneRow()
    {
        AlertsPanel *alerts = m_window->operations()->alertsPanel();
        QList<AlertStore::Firing> firings;
        for (int i = 0; i < 5; ++i) {
            AlertStore::Firing f;
            f.id = 100 + i;
            f.rule = QStringLiteral("usdc-depeg");
            f.symbol = QStringLiteral("USDC");
            f.firedAtMs = 1'780'000'000'000 - i * 600'000;
            f.firedValue = -120.5 - i;
            f.summary = QStringLiteral("usdc-depeg: USDC peg below -100 bps");
            firings << f;
        }
        AlertStore::Firing oracle = firings.first();
        oracle.id = 7;
        oracle.rule = QStringLiteral("oracle-stale");
        firings << oracle;
        AlertStore::Firing later = firings.first();
        later.id = 99;
        later.firedAtMs -= 10 * 3600 * 1000; // hours before: a separate episode
        firings << later;
        alerts->setFirings(firings);
        QTableWidget *table = alerts->firingsTable();
        QCOMPARE(table->rowCount(), 3);
        QVERIFY2(table->item(0, 0)->text().contains(QStringLiteral("×5")),
                 qPrintable(table->item(0, 0)->text()));
        QSignalSpy acknowledge(alerts, &AlertsPanel::acknowledgeRequested);
        table->selectRow(0);
        alerts->findChild<QPushButton *>(QStringLiteral("acknowledgeFiring"))->click();
        QCOMPARE(acknowledge.count(), 5);
        m_window->operations()->alertsDock()->show();
        m_window->operations()->alertsDock()->raise();
        shot(m_window.get(), QStringLiteral("part2-alerts"));
    }

    // 3. The open critical list is capped like the report list and offers the rest; its CSV is
    // every open critical report of the filter, not the (folded, capped) rows on screen.
    void openCriticalCapOffersTheRest()
    {
        m_window->showPerspective(1);
        OpenCriticalPanel *panel = m_window->operations()->openCriticalPanel();
        ListCapBanner *banner = panel->capBanner();
        // A page smaller than the history's open critical reports (about 3,300 of 12,345).
        constexpr int Page = 1000;
        IssueQuery small = m_window->filterBar()->query();
        small.limit = Page;
        controller()->setQuery(small);
        QTRY_VERIFY_WITH_TIMEOUT(!controller()->isBusy() && controller()->criticalTotalCount() > Page, 20000);
        const qint64 total = controller()->criticalTotalCount();
        QTRY_COMPARE(controller()->openCritical()->issues().size(), qint64(Page));
        QTRY_VERIFY(!banner->text().isEmpty());
        QVERIFY2(banner->text().contains(NumberFormat::count(Page)) &&
                     banner->text().contains(NumberFormat::count(total)),
                 qPrintable(banner->text()));
        QVERIFY(banner->showAllButton()->isVisibleTo(banner));
        QVERIFY(banner->loadMoreButton()->isVisibleTo(banner));
        // On a small screen the perspective scrolls in the window: the banner in view for the picture.
        m_window->findChild<QScrollArea *>(QStringLiteral("perspectiveScroller"))
            ->ensureWidgetVisible(banner);
        shot(m_window.get(), QStringLiteral("part3-critical-capped"));

        // The table's Export as CSV…: every open critical report, although the table folds repeats
        // and lists only the newest page.
        QVERIFY(panel->groups()->rowCount() < total);
        CsvExportController *exports = m_services->exports();
        QSignalSpy finished(exports, &CsvExportController::finished);
        const QString path = m_dir.filePath(QStringLiteral("critical.csv"));
        // The save dialog is answered once it is up (Qt's own dialog: there is no native one offscreen).
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&answer, path] {
            if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
                answer.stop();
                dialog->selectFile(path);
                static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept checks the name
            }
        });
        answer.start(10);
        panel->exportAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(finished.first().at(0).toString(), path);
        QCOMPARE(finished.first().at(1).toLongLong(), total);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> records = parseCsv(QString::fromUtf8(file.readAll()));
        QCOMPARE(records.size(), total + 1); // the header and every open critical report
        const int severity = int(records.first().indexOf(QStringLiteral("severity")));
        const int status = int(records.first().indexOf(QStringLiteral("status")));
        QVERIFY(severity >= 0 && status >= 0);
        for (qsizetype r = 1; r < records.size(); ++r)
            QVERIFY2(records[r][severity].toInt() >= 4 && records[r][status] != QLatin1String("resolved"),
                     qPrintable(records[r].join(QLatin1Char(','))));

        // Load more adds a page; Show all lists the rest, and the banner has nothing left to say.
        QTest::mouseClick(banner->loadMoreButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(controller()->openCritical()->issues().size(),
                                  std::min<qint64>(total, Page + ConsoleController::PageSize), 20000);
        controller()->setQuery(m_window->filterBar()->query());
        controller()->setQuery(small);
        QTRY_VERIFY_WITH_TIMEOUT(!banner->text().isEmpty(), 20000);
        QTest::mouseClick(banner->showAllButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(controller()->openCritical()->issues().size(), total, 20000);
        QTRY_VERIFY(banner->text().isEmpty());
        shot(m_window.get(), QStringLiteral("part3-critical-all"));
        controller()->setQuery(m_window->filterBar()->query());
        QTRY_VERIFY_WITH_TIMEOUT(!controller()->isBusy(), 20000);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_services.reset();
        m_other.reset();
    }
};

QTEST_MAIN(TestConsoleLists)
#include "tst_consolelists.moc"
