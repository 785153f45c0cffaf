// The console during a live incident (issue #16), one test per numbered part, each with
// screenshots. ctest runs it twice: at 100 % in English and at 200 % in German
// (PEGBOARD_TEST_VARIANT names the screenshots).
#include "analysis/correlationheatmap.h"
#include "analysis/maintenanceplanner.h"
#include "console/analysiscontroller.h"
#include "console/consolecontroller.h"
#include "console/consoleservices.h"
#include "console/consolesession.h"
#include "console/feedservice.h"
#include "console/mainwindow.h"
#include "domain/feedseries.h"
#include "domain/numberformat.h"
#include "engineeringperspective.h"
#include "executiveperspective.h"
#include "feeds/feedhub.h"
#include "feeds/feedscenario.h"
#include "feeds/feedsimserver.h"
#include "filterbar.h"
#include "headlinefigures.h"
#include "heatmapview.h"
#include "issuedetailview.h"
#include "issuefactory.h"
#include "itemmodels/contextfieldsmodel.h"
#include "itemmodels/feedstatusmodel.h"
#include "itemmodels/forecastmodel.h"
#include "itemmodels/heatmapmodel.h"
#include "itemmodels/issuetablemodel.h"
#include "livepegpanel.h"
#include "maintenancecalendar.h"
#include "noticebar.h"
#include "operationsperspective.h"
#include "pegchartmarkers.h"
#include "pegchartview.h"
#include "progresscancel.h"
#include "resolvedialog.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "store/consolesettings.h"
#include "store/issuestore.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace pegboard;

class TestConsoleLive : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir{QStringLiteral("/tmp/pgb-XXXXXX")};
    std::unique_ptr<ConsoleServices> m_services;
    std::unique_ptr<FeedSimServer> m_sim;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<IssueStore> m_other; // another process's view of the store
    QTranslator m_translator;
    // An open critical report of the history, hours old (no notice) and with a loss estimate: with
    // part 2's live report the open critical list has two rows, this one second.
    Issue m_earlier;

    void shot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("PEGBOARD_TEST_ARTIFACTS", QDir::tempPath());
        QDir().mkpath(dir);
        const QString variant = qEnvironmentVariable("PEGBOARD_TEST_VARIANT", QStringLiteral("en-100"));
        QVERIFY(widget->grab().save(dir + QStringLiteral("/console-%1-%2.png").arg(name, variant)));
    }

    static Issue critical(const QString &title, const QDateTime &at, const QString &external)
    {
        Issue i = test::articleIssues(1, 77).first();
        i.id = QUuid::createUuid();
        i.externalId = external;
        i.title = title;
        i.severityLevel = 5;
        i.reportedAt = at;
        i.resolvedAt = {};
        i.acknowledgedBy.clear();
        i.estimatedLossUsd.reset();
        i.symbol = QStringLiteral("USDC");
        i.protocol = QStringLiteral("aave");
        i.source = QStringLiteral("ingest");
        i.reporterAddress = QStringLiteral("incident-commander");
        i.context.networkConditions = {{ContextKey::GasPriceGwei, 271.0},
                                       {ContextKey::MevActivity, QStringLiteral("elevated")},
                                       {ContextKey::CongestionLevel, QStringLiteral("high")}};
        i.relatedTxHashes = {QStringLiteral("0x") + QString(64, QLatin1Char('a'))};
        return i;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        if (qEnvironmentVariable("PEGBOARD_TEST_VARIANT").startsWith(QLatin1String("de"))) {
            QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
            QVERIFY(m_translator.load(QStringLiteral(PEGBOARD_QM_DIR "/pegboard_de.qm")));
            QCoreApplication::installTranslator(&m_translator);
        }
        QFile::setPermissions(m_dir.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeOther);
        QSettings().clear();
        m_services = std::make_unique<ConsoleServices>();
        m_sim = std::make_unique<FeedSimServer>(*FeedScenario::named(QStringLiteral("depeg")),
                                                FeedSimServer::Format::Pegboard, 60);
        const auto port = m_sim->listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        m_services->feeds()->start(
            {*FeedService::parse(QStringLiteral("sim=pegboard:ws://127.0.0.1:%1").arg(*port))});
        m_window = std::make_unique<MainWindow>(m_services.get());
        m_window->filterBar()->setPreset(FilterBar::AllTime);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy ready(m_services->session(), &ConsoleSession::ready);
        m_services->session()->start({}, m_dir.path() + QStringLiteral("/cluster"));
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() > 0, 120000);
        QTRY_VERIFY(m_services->controller()->isConnected());
        auto other = IssueStore::open(m_services->session()->url());
        QVERIFY(other);
        m_other = std::move(*other);
        m_earlier = critical(QStringLiteral("Chainlink heartbeat missed on DAI"),
                             QDateTime::currentDateTimeUtc().addSecs(-3 * 3600), QStringLiteral("live:0"));
        m_earlier.estimatedLossUsd = 1169512.0;
        QVERIFY(m_other->insert(test::articleIssues(39) + QList<Issue>{m_earlier}));
        QTRY_COMPARE_WITH_TIMEOUT(m_services->controller()->issues()->rowCount(), 40, 5000);
    }

    // 10. The window only composes: services come from ConsoleServices, panels from methods.
    void part10_composition()
    {
        OperationsPerspective *ops = m_window->operations();
        QVERIFY(ops->riskDock() && ops->calendarDock() && ops->feedStatusDock() && ops->reportDock());
        QVERIFY(ops->panels().contains(ops->riskDock()));
        QCOMPARE(ops->feedStatusTable()->model(),
                 static_cast<QAbstractItemModel *>(m_services->feeds()->statusModel()));
        QVERIFY(m_window->storeProgress() != m_window->analysisProgress());
        QVERIFY(qobject_cast<LivePegPanel *>(ops->liveChart()));
    }

    // 1. Stored and drawn times are the wall clock, whatever the simulator's speed (60× here).
    void part1_realTime()
    {
        auto *panel = qobject_cast<LivePegPanel *>(m_window->operations()->liveChart());
        QTRY_VERIFY_WITH_TIMEOUT(panel->chart()->drawnPointCount() > 5, 15000);
        const auto latest = m_services->feeds()->hub()->latest(FeedSeries::price(QStringLiteral("USDC")));
        QVERIFY(latest);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY2(latest->timestampMs <= now && latest->timestampMs > now - 10000,
                 qPrintable(QString::number(now - latest->timestampMs)));
        QVERIFY(panel->chart()->viewToMs() <= now + 1000);
    }

    // 2. Operations around the live incident.
    void part2_operations()
    {
        m_window->showPerspective(1);
        OperationsPerspective *ops = m_window->operations();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Issue newest =
            critical(QStringLiteral("USDC at 0.9712, liquidations starting"), now, QStringLiteral("live:1"));
        QVERIFY(m_other->insert(QList<Issue>{newest}));
        // A new critical report raises a notice that does not take the keyboard.
        QTRY_VERIFY_WITH_TIMEOUT(ops->noticeBar()->text().contains(newest.title), 5000);
        QCOMPARE(ops->noticeBar()->issueId(), newest.id);
        // Newest first, although it has no loss estimate yet.
        QTableView *table = ops->openCriticalTable();
        QTRY_COMPARE(table->model()->index(0, 0).data(IssueTableModel::IssueIdRole).toUuid(), newest.id);
        // Enter on the row opens it right here, with its actions.
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, IssueTableModel::Title));
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_COMPARE(ops->reportDetail()->issueId(), newest.id);
        QVERIFY(ops->reportDock()->isVisible());
        // After a pan the Live ▸ control appears; it (or End) returns to live.
        auto *panel = qobject_cast<LivePegPanel *>(ops->liveChart());
        panel->chart()->pan(-0.5);
        QTRY_VERIFY(panel->liveButton()->isVisible());
        shot(m_window.get(), QStringLiteral("part2-operations"));
        QTest::mouseClick(panel->liveButton(), Qt::LeftButton);
        QVERIFY(panel->chart()->isFollowing());
        QTRY_VERIFY(!panel->liveButton()->isVisible());
    }

    // 3. A readable report detail.
    void part3_reportDetail()
    {
        IssueDetailView *detail = m_window->operations()->reportDetail();
        const QString header = detail->headerText();
        for (const QString &part : {QStringLiteral("ingest"), QStringLiteral("incident-commander"),
                                    QStringLiteral("USDC"), QStringLiteral("aave")})
            QVERIFY2(header.contains(part), qPrintable(header));
        ContextFieldsModel *context = detail->contextModel();
        QStringList rows;
        for (int r = 0; r < context->rowCount(); ++r)
            rows << context->index(r, 0).data().toString() + QLatin1Char('=') +
                        context->index(r, 1).data().toString();
        const QString all = rows.join(QLatin1Char('|'));
        QVERIFY2(all.contains(ContextFieldsModel::label(ContextKey::GasPriceGwei) + QLatin1Char('=')),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("271 gwei")), qPrintable(all));
        QVERIFY2(all.contains(ContextFieldsModel::label(ContextKey::MevActivity)), qPrintable(all));
        QVERIFY(!all.contains(QStringLiteral("mev_bot_activity")));
        // Hashes and contracts open in the configured explorer.
        const QString hash = QStringLiteral("0x") + QString(64, QLatin1Char('a'));
        QCOMPARE(detail->explorerUrl(hash), QUrl(QStringLiteral("https://etherscan.io/tx/") + hash));
        const QString contract = QStringLiteral("0x") + QString(40, QLatin1Char('b'));
        QCOMPARE(detail->explorerUrl(contract),
                 QUrl(QStringLiteral("https://etherscan.io/address/") + contract));
        QVERIFY(detail->explorerUrl(QStringLiteral("not a hash")).isEmpty());
        // Resolve offers readable categories, a note and the actual loss.
        ResolveDialog dialog(false);
        QCOMPARE(dialog.category(), QStringLiteral("oracle_config"));
        QVERIFY(ResolveDialog::displayName(QStringLiteral("false_alarm")) != QStringLiteral("false_alarm"));
        QVERIFY(std::isnan(dialog.actualLossUsd()));
        dialog.setActualLoss(1169512);
        QCOMPARE(dialog.actualLossUsd(), 1169512.0);
        dialog.show();
        shot(&dialog, QStringLiteral("part3-resolve"));
        shot(detail, QStringLiteral("part3-detail"));
        // The losses are in the header: not known yet for the live report…
        const QString unknown = IssueDetailView::tr("Estimated loss: %1 · Actual loss: %2")
                                    .arg(IssueDetailView::tr("not known"), IssueDetailView::tr("not known"));
        QVERIFY2(header.contains(unknown), qPrintable(header));
        // …and selecting a report shows it (no Enter needed), with its estimate in money.
        QTableView *table = m_window->operations()->openCriticalTable();
        QTRY_VERIFY(table->model()->rowCount() >= 2);
        table->selectRow(1);
        QCOMPARE(table->model()->index(1, 0).data(IssueTableModel::IssueIdRole).toUuid(), m_earlier.id);
        QTRY_COMPARE(detail->issueId(), m_earlier.id);
        const QString estimated = IssueDetailView::tr("Estimated loss: %1 · Actual loss: %2")
                                      .arg(NumberFormat::money(1169512.0), IssueDetailView::tr("not known"));
        QVERIFY2(detail->headerText().contains(estimated), qPrintable(detail->headerText()));
    }

    // 3. A double-click on a critical report opens it here, like Enter (part 2).
    void part3_doubleClickOpens()
    {
        OperationsPerspective *ops = m_window->operations();
        QTableView *table = ops->openCriticalTable();
        ops->reportDock()->hide();
        // The first row's leftmost visible cell (a narrow window scrolls the columns).
        const QModelIndex first = table->model()->index(0, table->columnAt(1));
        const QUuid id = first.data(IssueTableModel::IssueIdRole).toUuid();
        QVERIFY(id != ops->reportDetail()->issueId()); // part 3 left the second one selected
        QTRY_VERIFY(table->viewport()->rect().contains(table->visualRect(first).center()));
        // A real double-click: press and release, then the double-click event.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
        QTRY_VERIFY(ops->reportDock()->isVisible());
        QTRY_COMPARE(ops->reportDetail()->issueId(), id);
        shot(m_window.get(), QStringLiteral("part3-double-click"));
    }

    // 4. Numbers: currency in the locale's format; the Executive opens with headline figures.
    void part4_numbers()
    {
        m_window->showPerspective(2);
        HeadlineFigures *headline = m_window->executive()->headline();
        QTRY_VERIFY_WITH_TIMEOUT(
            headline->text().contains(QLocale().currencySymbol(QLocale::CurrencySymbol)) ||
                headline->text().contains(QLatin1Char('$')),
            10000);
        const QString money = QLocale().toCurrencyString(1169512.0, QStringLiteral("$"), 0);
        if (QLocale().language() == QLocale::German)
            QCOMPARE(money, QStringLiteral("1.169.512\u00A0$")); // a no-break space keeps "$" with its number
        else
            QCOMPARE(money, QStringLiteral("$1,169,512"));
        QVERIFY(HeadlineFigures::change(110, 100).contains(QStringLiteral("10")));
        QVERIFY(HeadlineFigures::change(90, 100).startsWith(QStringLiteral("▼")));
        QVERIFY(!m_window->executive()->effectivenessText().contains(QStringLiteral("30")));
        shot(m_window.get(), QStringLiteral("part4-executive"));
    }

    // 6. Layout: never larger than the screen, View and Help menus, Ctrl+F, F1, feeds in use.
    void part6_layout()
    {
        // The window fits the screen's available area at every scale, the offscreen screen at 200 %
        // too (400 × 400 logical pixels): panels that cannot shrink that far scroll inside it, the
        // filter controls that do not fit go behind its tool bar's » button.
        const QRect screen = m_window->screen()->availableGeometry();
        const auto describe = [](const QRect &r) {
            return QStringLiteral("%1,%2 %3×%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
        };
        QTRY_VERIFY2(screen.contains(m_window->frameGeometry()),
                     qPrintable(QStringLiteral("frame %1 on screen %2, least %3×%4")
                                    .arg(describe(m_window->frameGeometry()), describe(screen))
                                    .arg(m_window->minimumSizeHint().width())
                                    .arg(m_window->minimumSizeHint().height())));
        QStringList menus;
        for (QAction *a : m_window->menuBar()->actions())
            menus << a->text();
        QCOMPARE(menus.size(), 4); // File, Reports, View, Help
        // F1 opens the shortcuts, which list the perspective keys, Ctrl+F and F1 itself.
        QAction *f1 = nullptr;
        for (QAction *a : m_window->actions())
            if (a->shortcut() == QKeySequence(QKeySequence::HelpContents))
                f1 = a;
        QVERIFY(f1);
        f1->trigger();
        ShortcutsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ShortcutsDialog *>()) != nullptr);
        QVERIFY(dialog->rowCount() >= 7);
        shot(dialog, QStringLiteral("part6-shortcuts"));
        dialog->close();
        // Ctrl+F puts the cursor in the search field.
        m_window->showPerspective(0);
        QAction *find = nullptr;
        for (QAction *a : m_window->actions())
            if (a->shortcut() == QKeySequence(QKeySequence::Find))
                find = a;
        QVERIFY(find);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        find->trigger();
        QTRY_VERIFY(QApplication::focusWidget() && qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        // Settings list the feeds in use, not only the saved ones.
        SettingsDialog settings(ConsoleSettings{}, m_services->feeds()->feedsInUse());
        auto *inUse = settings.findChild<QLabel *>(QStringLiteral("feedsInUse"));
        QVERIFY(inUse && inUse->text().contains(QStringLiteral("sim")));
        // The audit trail is a panel of the perspective (the View menu lists it), a tab beside
        // the report detail: the bottom row keeps two columns, and the report list is not squeezed
        // to a sliver by a third.
        EngineeringPerspective *eng = m_window->engineering();
        QDockWidget *audit = nullptr;
        for (QDockWidget *dock : eng->panels())
            if (dock->objectName() == QLatin1String("auditDock"))
                audit = dock;
        QVERIFY(audit);
        QVERIFY(!eng->tabifiedDockWidgets(audit).isEmpty());
        QVERIFY(!eng->tabifiedDockWidgets(audit).contains(eng->reportsDock()));
        // No heatmap column is narrower than its type name's longest word (at 200 % in German
        // "Liquiditätsengpass" was cut at both ends): the heatmap scrolls sideways instead.
        HeatmapView *heatmap = eng->heatmapView();
        QVERIFY(heatmap->model()->columnCount() > 0);
        const QFontMetrics headerFont(heatmap->horizontalHeader()->font());
        for (int c = 0; c < heatmap->model()->columnCount(); ++c)
            for (const QString &word :
                 heatmap->model()
                     ->headerData(c, Qt::Horizontal)
                     .toString()
                     .split(QRegularExpression(QStringLiteral("[\\s-]")), Qt::SkipEmptyParts))
                QTRY_VERIFY2(heatmap->columnWidth(c) >= headerFont.horizontalAdvance(word),
                             qPrintable(QStringLiteral("%1: %2 px for %3 px")
                                            .arg(word)
                                            .arg(heatmap->columnWidth(c))
                                            .arg(headerFont.horizontalAdvance(word))));
        QTRY_VERIFY2(eng->reportsDock()->width() * 4 >= eng->width(),
                     qPrintable(QStringLiteral("report list %1 of %2 px")
                                    .arg(eng->reportsDock()->width())
                                    .arg(eng->width())));
        // The report list opens with room for ten reports (it had two in a 1280×800 window), or
        // with what it can take while the heatmap keeps eight rows where the screen is smaller.
        const QTableView *list = eng->issueTable();
        const int row = list->verticalHeader()->defaultSectionSize();
        const int heatmapRow = heatmap->verticalHeader()->defaultSectionSize();
        QTRY_VERIFY2(
            list->viewport()->height() >= 10 * row || heatmap->viewport()->height() < 9 * heatmapRow,
            qPrintable(QStringLiteral("report list %1 px for rows of %2 px, heatmap %3 px for rows of %4")
                           .arg(list->viewport()->height())
                           .arg(row)
                           .arg(heatmap->viewport()->height())
                           .arg(heatmapRow)));
        // The legend's note is whole: the full explanation where it fits in its three lines, else
        // the short one (at 200 % in German the full one was cut at top and bottom in a 640-pixel
        // window); the full one is always the tooltip.
        const HeatmapLegend *legend = eng->heatmapLegend();
        QCOMPARE(legend->toolTip(), HeatmapLegend::fullNote());
        HeatmapLegend alone;
        const int character = alone.fontMetrics().averageCharWidth();
        alone.resize(character * 70, alone.sizeHint().height());
        QVERIFY(alone.shownNote() != HeatmapLegend::fullNote());
        alone.resize(character * 300, alone.sizeHint().height());
        QCOMPARE(alone.shownNote(), HeatmapLegend::fullNote());
        shot(m_window.get(), QStringLiteral("part6-engineering"));
    }

    // 7. Filters that hold: the drill-down label clears, live inserts keep the selection.
    void part7_filters()
    {
        m_window->showPerspective(0);
        EngineeringPerspective *eng = m_window->engineering();
        eng->setDrillDown(QStringLiteral("cluster X"));
        m_window->filterBar()->setText(QStringLiteral("depeg"));
        QTRY_VERIFY(eng->drillDown().isEmpty());
        QSignalSpy settled(m_window->filterBar(), &FilterBar::queryChanged);
        m_window->filterBar()->setText({});
        QTableView *table = eng->issueTable();
        // The whole filter's answer is in (40 history reports and the live critical one).
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 41, 5000);
        QTRY_VERIFY(!settled.isEmpty()); // the filter's debounce has run: no question on its way
        // No other answer on its way, and the whole answer in: the count before the inserts is final.
        QTRY_VERIFY_WITH_TIMEOUT(!m_services->controller()->isBusy() &&
                                     m_services->controller()->issues()->rowCount() == 41,
                                 10000);
        table->selectRow(2);
        const QUuid selected = table->model()->index(2, 0).data(IssueTableModel::IssueIdRole).toUuid();
        const int before = m_services->controller()->issues()->rowCount();
        QVERIFY(m_other->insert(test::articleIssues(3, 99)));
        QTRY_COMPARE_WITH_TIMEOUT(m_services->controller()->issues()->rowCount(), before + 3, 5000);
        QVERIFY(table->selectionModel()->currentIndex().isValid());
        QCOMPARE(table->selectionModel()->currentIndex().data(IssueTableModel::IssueIdRole).toUuid(),
                 selected);
    }

    // 7. The heatmap answers the filter's question, its columns in one order.
    void part7_heatmapFollowsTheFilter()
    {
        m_window->showPerspective(0);
        AnalysisController *analysis = m_services->analysis();
        QTRY_VERIFY_WITH_TIMEOUT(!analysis->isBusy() && analysis->issueCount() >= 41, 60000);
        const QStringList before = analysis->heatmap()->result().types;
        QVERIFY(before.size() > 1);
        QCOMPARE(before, CorrelationHeatmap::columnOrder(before));
        m_window->filterBar()->setText(QStringLiteral("liquidations starting"));
        QTRY_VERIFY_WITH_TIMEOUT(!analysis->isBusy() && analysis->issueCount() == 1, 60000);
        QCOMPARE(analysis->heatmap()->columnCount(), 1);
        QCOMPARE(analysis->heatmap()->result().total, 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_services->controller()->issues()->rowCount(), 1, 10000);
        shot(m_window.get(), QStringLiteral("part7-heatmap-filtered"));
        m_window->filterBar()->setText({});
        QTRY_VERIFY_WITH_TIMEOUT(!analysis->isBusy() && analysis->issueCount() >= 41, 60000);
        QCOMPARE(analysis->heatmap()->result().types, before);
    }

    // 1. A drill-down gives its report list the room (the heatmap keeps a strip); clearing it
    // gives the heatmap its size back.
    void part7_drillDownGivesTheListRoom()
    {
        m_window->showPerspective(0);
        EngineeringPerspective *eng = m_window->engineering();
        AnalysisController *analysis = m_services->analysis();
        QTRY_VERIFY_WITH_TIMEOUT(!analysis->isBusy() && analysis->issueCount() >= 41, 60000);
        QDockWidget *reports = eng->reportsDock();
        // A dock behind a tab is parked off screen: in front is where the perspective shows it.
        const auto inFront = [eng](const QWidget *dock) { return eng->rect().contains(dock->geometry()); };
        // The clusters in front of the list: the cell's reports must come forward by themselves.
        QDockWidget *clusters = nullptr;
        for (QDockWidget *dock : eng->panels())
            if (dock->objectName() == QLatin1String("clustersDock"))
                clusters = dock;
        QVERIFY(clusters && eng->tabifiedDockWidgets(reports).contains(clusters));
        clusters->raise();
        QTRY_VERIFY(inFront(clusters) && !inFront(reports));
        HeatmapView *heatmap = eng->heatmapView();
        QModelIndex cell;
        for (int r = 0; r < heatmap->model()->rowCount() && !cell.isValid(); ++r)
            for (int c = 0; c < heatmap->model()->columnCount() && !cell.isValid(); ++c)
                if (heatmap->model()->index(r, c).data(HeatmapModel::CountRole).toInt() > 0)
                    cell = heatmap->model()->index(r, c);
        QVERIFY(cell.isValid());
        const QSize listBefore = clusters->size(); // the tab group's size
        const int heatmapBefore = heatmap->height();
        emit heatmap->cellActivated(cell); // what a click or Enter on the cell emits
        QTRY_VERIFY(!eng->drillDown().isEmpty());
        QTRY_VERIFY(inFront(reports));
        QTRY_VERIFY2(reports->height() > listBefore.height() && heatmap->height() < heatmapBefore,
                     qPrintable(QStringLiteral("list %1 → %2, heatmap %3 → %4")
                                    .arg(listBefore.height())
                                    .arg(reports->height())
                                    .arg(heatmapBefore)
                                    .arg(heatmap->height())));
        QTRY_VERIFY_WITH_TIMEOUT(!m_services->controller()->isBusy(), 10000);
        // On a small screen the perspective scrolls in the window: the list in view for the picture.
        m_window->findChild<QScrollArea *>(QStringLiteral("perspectiveScroller"))
            ->ensureWidgetVisible(reports);
        shot(m_window.get(), QStringLiteral("part1-drill-down"));
        QTest::mouseClick(eng->showAllButton(), Qt::LeftButton);
        QTRY_VERIFY(eng->drillDown().isEmpty());
        QTRY_COMPARE(reports->size(), listBefore);
        QTRY_COMPARE(heatmap->height(), heatmapBefore);
        shot(m_window.get(), QStringLiteral("part1-drill-down-cleared"));
    }

    // 2. Reports are markers on the live peg chart; a click opens the report here.
    void part2_markersOnTheLivePeg()
    {
        m_window->showPerspective(1);
        OperationsPerspective *ops = m_window->operations();
        auto *panel = qobject_cast<LivePegPanel *>(ops->liveChart());
        panel->setSymbol(QStringLiteral("USDC"));
        // The live critical report of part 2 (USDC, now) is drawn once the chart has its moment.
        QTRY_VERIFY_WITH_TIMEOUT(panel->markers()->count() >= 1, 20000);
        QVERIFY2(panel->markerNote().contains(QStringLiteral("USDC")), qPrintable(panel->markerNote()));
        panel->chart()->redrawNow();
        QSignalSpy clicked(panel, &LivePegPanel::reportClicked);
        const QUuid id = panel->markers()->markers().front().id;
        emit panel->markers()->reportClicked(id); // what a click on the marker emits
        QCOMPARE(clicked.count(), 1);
        QTRY_COMPARE(ops->reportDetail()->issueId(), id);
        shot(panel, QStringLiteral("part2-markers"));
    }

    // 3. The header links to the original, and only when it is an http(s) link.
    void part3_linkToTheOriginal()
    {
        IssueDetailView *detail = m_window->operations()->reportDetail();
        Issue linked = critical(QStringLiteral("Oracle stale on Chainlink USDC/USD"),
                                QDateTime::currentDateTimeUtc().addSecs(-30), QStringLiteral("live:link"));
        linked.source = QStringLiteral("github");
        linked.sourceUrl = QStringLiteral("https://github.com/pegboard-demo/ops/issues/17");
        Issue hostile = linked;
        hostile.id = QUuid::createUuid();
        hostile.externalId = QStringLiteral("live:hostile");
        hostile.sourceUrl = QStringLiteral("javascript:alert(document.cookie)");
        QVERIFY(m_other->insert(QList<Issue>{linked, hostile}));
        m_services->controller()->select(linked.id);
        QTRY_COMPARE_WITH_TIMEOUT(detail->issueId(), linked.id, 10000);
        QCOMPARE(detail->sourceLink(), QUrl(linked.sourceUrl));
        QVERIFY2(detail->headerText().contains(
                     QStringLiteral("<a href=\"https://github.com/pegboard-demo/ops/issues/17\">")),
                 qPrintable(detail->headerText()));
        shot(detail, QStringLiteral("part3-source-link"));
        // The store kept no javascript: link, and the view would not link one if a row held it.
        m_services->controller()->select(hostile.id);
        QTRY_COMPARE_WITH_TIMEOUT(detail->issueId(), hostile.id, 10000);
        QVERIFY(detail->sourceLink().isEmpty());
        detail->setIssue(hostile);
        QVERIFY(detail->sourceLink().isEmpty());
        QVERIFY(!detail->headerText().contains(QStringLiteral("<a ")));
        QVERIFY(!detail->headerText().contains(QStringLiteral("javascript")));
    }

    // 8. Maintenance windows: none while the incident is open; hours long, labelled; export confirmed.
    void part8_maintenance()
    {
        m_window->showPerspective(1);
        OperationsPerspective *ops = m_window->operations();
        ops->calendarDock()->show();
        ops->calendarDock()->raise();
        MaintenanceCalendar *calendar = ops->maintenanceCalendar();
        QVERIFY(calendar);
        QVERIFY(ops->calendarDock()->isAncestorOf(calendar));
        ForecastModel *forecast = m_services->analysis()->forecast();
        // Open critical reports of the last hour (part 2, 3): an incident, so no window.
        QTRY_VERIFY_WITH_TIMEOUT(forecast->plan().incident.isOpen() && !m_services->analysis()->isBusy(),
                                 60000);
        QVERIFY(forecast->plan().windows.empty());
        QVERIFY(!calendar->incidentText().isEmpty());
        QVERIFY(!calendar->exportButton()->isEnabled());
        shot(ops, QStringLiteral("part8-incident-open"));

        // Once it is over: three-hour windows with their real span; the export says where it wrote.
        MaintenancePlanner::Plan plan =
            MaintenancePlanner::plan(Snapshot{}, QDateTime::currentMSecsSinceEpoch(), RiskScore());
        forecast->setPlan(plan);
        forecast->setLiveRisk(1.0);
        QVERIFY(!forecast->plan().windows.empty());
        const auto first = forecast->plan().windows.front();
        QCOMPARE(first.toMs - first.fromMs, 3 * 3600 * 1000LL);
        calendar->showDay(QDateTime::fromMSecsSinceEpoch(first.fromMs, Qt::UTC).date());
        QVERIFY(calendar->incidentText().isEmpty());
        QVERIFY(calendar->windowsOfDay().first().startsWith(
            MaintenancePlanner::spanLabel(first.fromMs, first.toMs)));
        const QString path = m_dir.path() + QStringLiteral("/window.ics");
        QCOMPARE(calendar->exportWindow(path), QString());
        QVERIFY(QFile::exists(path));
        QVERIFY2(m_window->statusBar()->currentMessage().contains(path),
                 qPrintable(m_window->statusBar()->currentMessage()));
        shot(ops, QStringLiteral("part8-windows"));
        // The live score at the threshold withdraws them again.
        forecast->setLiveRisk(RiskScore().config().raiseOracleFrequency);
        QVERIFY(forecast->plan().windows.empty());
        QVERIFY(!calendar->incidentText().isEmpty());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_services.reset();
        m_sim.reset();
        m_other.reset();
    }
};

QTEST_MAIN(TestConsoleLive)
#include "tst_consolelive.moc"
