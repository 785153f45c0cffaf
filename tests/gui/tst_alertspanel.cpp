#include "alertspanel.h"
#include "itemmodels/forecastmodel.h"
#include "maintenancecalendar.h"
#include "riskpanel.h"

#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace pegboard;

// The Alerts panel as an operator uses it: firings with acknowledgement, silences (new, end, and
// one click from the maintenance calendar), the rule editor with its backtest; and the risk
// panel's new wording (risks, escalations, confidence, predictor agreement).
class TestAlertsPanel : public QObject
{
    Q_OBJECT

    static QString artifact(const QString &name)
    {
        const QString dir = qEnvironmentVariable("PEGBOARD_TEST_ARTIFACTS", QDir::tempPath());
        QDir().mkpath(dir);
        return dir + QLatin1Char('/') + name;
    }

    static QPushButton *button(QWidget *w, const QString &text)
    {
        for (auto *b : w->findChildren<QPushButton *>()) {
            if (b->text() == text)
                return b;
        }
        return nullptr;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void listsFiringsAndAcknowledges()
    {
        AlertsPanel panel;
        panel.resize(900, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        AlertStore::Firing open;
        open.id = 41;
        open.rule = QStringLiteral("usdc-depeg");
        open.symbol = QStringLiteral("USDC");
        open.firedAtMs = 1'780'000'000'000;
        open.firedValue = -312.5;
        open.summary = QStringLiteral("usdc-depeg: USDC peg_deviation_bps is -312.5 (≤ -100)");
        AlertStore::Firing resolved = open;
        resolved.id = 7;
        resolved.rule = QStringLiteral("risk-alert");
        resolved.resolvedAtMs = open.firedAtMs + 600000;
        resolved.acknowledgedBy = QStringLiteral("alice");
        resolved.acknowledgedAtMs = open.firedAtMs + 60000;
        panel.setFirings({open, resolved});
        QTableWidget *table = panel.firingsTable();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("firing"));
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("resolved"));
        QVERIFY(table->item(1, 6)->text().startsWith(QLatin1String("alice")));
        QVERIFY(panel.statusText().contains(QLatin1String("2 firing")));
        QSignalSpy acknowledge(&panel, &AlertsPanel::acknowledgeRequested);
        table->selectRow(0);
        panel.findChild<QPushButton *>(QStringLiteral("acknowledgeFiring"))->click();
        QCOMPARE(acknowledge.count(), 1);
        QCOMPARE(acknowledge.first().first().toLongLong(), 41);
        QVERIFY(panel.grab().save(artifact(QStringLiteral("alertspanel-firings.png"))));

        QList<AlertStore::Firing> many(AlertsPanel::RecentLimit, open);
        panel.setFirings(many);
        QVERIFY(panel.statusText().contains(QLatin1String("latest 200"))); // says it is capped
    }

    void silencesAreListedEndedAndRequestedFromTheCalendar()
    {
        AlertsPanel panel;
        Silence s;
        s.id = 3;
        s.startsMs = 1'780'000'000'000;
        s.endsMs = s.startsMs + 3600000;
        s.reason = QStringLiteral("oracle migration");
        s.createdBy = QStringLiteral("bob");
        panel.setSilences({s});
        QCOMPARE(panel.silencesTable()->rowCount(), 1);
        QCOMPARE(panel.silencesTable()->item(0, 0)->text(), QStringLiteral("all rules"));
        QCOMPARE(panel.silencesTable()->item(0, 5)->text(), QStringLiteral("oracle migration"));
        QSignalSpy expire(&panel, &AlertsPanel::expireSilenceRequested);
        panel.silencesTable()->selectRow(0);
        button(&panel, QStringLiteral("End silence"))->click();
        QCOMPARE(expire.count(), 1);
        QCOMPARE(expire.first().first().toLongLong(), 3);

        // One click in the maintenance calendar: its chosen window becomes a silence request.
        ForecastModel forecast;
        MaintenancePlanner::Plan plan;
        const qint64 from =
            QDateTime(QDate::currentDate().addDays(1), QTime(2, 0), Qt::UTC).toMSecsSinceEpoch();
        for (int h = 0; h < 14 * 24; ++h)
            plan.hours.push_back({from - 2 * 3600000 + qint64(h) * 3600000, h < 6 ? 1.0 : 5.0, 0, 0});
        plan.windows.push_back({from, from + 3 * 3600000, 1.2, {QStringLiteral("quiet night")}});
        forecast.setPlan(plan);
        MaintenanceCalendar calendar(&forecast);
        calendar.showDay(QDateTime::fromMSecsSinceEpoch(from, Qt::UTC).date());
        QVERIFY(calendar.silenceButton()->isEnabled());
        connect(&calendar, &MaintenanceCalendar::silenceRequested, &panel, &AlertsPanel::requestSilence);
        QSignalSpy silence(&panel, &AlertsPanel::silenceRequested);
        calendar.silenceButton()->click();
        QCOMPARE(silence.count(), 1);
        const Silence requested = silence.first().first().value<Silence>();
        QCOMPARE(requested.startsMs, from);
        QCOMPARE(requested.endsMs, from + 3 * 3600000);
        QCOMPARE(requested.rulePattern, QStringLiteral("*"));
        QVERIFY(requested.reason.contains(QLatin1String("Maintenance window")));
    }

    void ruleEditorBacktests()
    {
        AlertsPanel panel;
        QSignalSpy backtest(&panel, &AlertsPanel::backtestRequested);
        auto *run = panel.findChild<QPushButton *>(QStringLiteral("backtestButton"));
        panel.setRulesText(
            QStringLiteral("{\"rules\": [{\"name\": \"x\", \"metric\": \"nope\", \"above\": 1}]}"));
        run->click();
        QCOMPARE(backtest.count(), 0);
        QVERIFY2(panel.backtestText().contains(QLatin1String("rules[0].metric")),
                 qPrintable(panel.backtestText()));
        panel.setRulesText(
            QStringLiteral("{\"rules\": [{\"name\": \"x\", \"metric\": \"risk_score\", \"above\": 8.5}]}"));
        run->click();
        QCOMPARE(backtest.count(), 1);
        QCOMPARE(backtest.first().at(1).toInt(), 90);
        QVERIFY(!run->isEnabled()); // one at a time, Cancel offered
        Backtest::Result r;
        r.rule = QStringLiteral("x");
        r.incidents << Backtest::Incident{1'780'000'000'000, 1'780'000'600'000, 8.6, 9.1}
                    << Backtest::Incident{1'780'100'000'000, 0, 8.5, 8.5};
        panel.setBacktestResults({r});
        QVERIFY(run->isEnabled());
        QVERIFY2(panel.backtestText().contains(QLatin1String("would have fired 2 time")),
                 qPrintable(panel.backtestText()));
        QCOMPARE(panel.findChild<QListWidget *>(QStringLiteral("backtestTimeline"))->count(), 2);
        QVERIFY(panel.findChild<QListWidget *>(QStringLiteral("backtestTimeline"))
                    ->item(1)
                    ->text()
                    .contains(QLatin1String("still firing")));
    }

    void riskPanelNamesRisksAndSaysWhyAndHowSure()
    {
        RiskPanel panel;
        panel.resize(460, 520);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QDateTime at(QDate(2026, 11, 24), QTime(13, 0), Qt::UTC);
        ContextSnapshot c;
        c.setPegDeviationBps(-300);
        c.priceContext[QStringLiteral("peg_deviation_bps_5m_avg")] = -290.0;
        c.setOracleLastUpdate(at.addSecs(-540));
        c.protocolState[QStringLiteral("oracle_answer")] = 0.9999;
        c.setGasPriceGwei(210);
        ContextSnapshot::markStale(c.networkConditions, 40);
        RiskScore::Config config;
        config.escalation.oracleHeartbeatS = 60;
        RiskScore risk;
        QVERIFY(risk.setConfig(config));
        const auto a = risk.assess(c, at, 400);
        QVERIFY(a.score >= 9.0);
        panel.setAssessment(a);
        QVERIFY2(panel.scoreText().contains(QLatin1String("confidence")), qPrintable(panel.scoreText()));
        QVERIFY(panel.escalationText().contains(QLatin1String("Oracle critical")));
        QVERIFY(panel.actionsText().contains(QLatin1String("emergency")));
        QVERIFY(panel.findChildren<QLabel *>().size() > 0);
        bool named = false;
        for (auto *label : panel.findChildren<QLabel *>())
            named = named || label->text() == QLatin1String("Peg risk");
        QVERIFY(named);
        LiveOraclePredictor::Prediction p;
        p.state = LiveOraclePredictor::Prediction::State::Ready;
        p.probability = 0.95;
        p.threshold = 0.3;
        p.features.fill(NAN);
        panel.setPrediction(p);
        QVERIFY2(panel.agreementText().contains(QLatin1String("agree: an oracle failure is likely")),
                 qPrintable(panel.agreementText()));
        QVERIFY(panel.grab().save(artifact(QStringLiteral("riskpanel-escalated.png"))));
    }
};

QTEST_MAIN(TestAlertsPanel)
#include "tst_alertspanel.moc"
