#include "response/ruleevaluator.h"
#include "response/ruleset.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace pegboard;

// Rules as written in a watch rules file, and the state machine that turns a series into firings.
class TestRuleEvaluator : public QObject
{
    Q_OBJECT

    static Rule rule(const char *json)
    {
        auto r = Rule::fromJson(QJsonDocument::fromJson(json).object(), QStringLiteral("rules[0]"));
        if (!r)
            qFatal("%s", qPrintable(r.error().message));
        return *r;
    }

    struct Run
    {
        int fired = 0;
        int resolved = 0;
        QList<AlertEvent> events;
    };
    static Run feed(RuleEvaluator &e, const std::vector<std::optional<double>> &values, qint64 stepMs = 1000)
    {
        Run run;
        qint64 t = 1'700'000'000'000;
        for (const auto &v : values) {
            if (auto event = e.step(v, t, QStringLiteral("USDC"))) {
                run.events << *event;
                (event->kind == AlertEvent::Kind::Fired ? run.fired : run.resolved)++;
            }
            t += stepMs;
        }
        return run;
    }

private slots:
    void theIssuesExampleParses()
    {
        auto set =
            RuleSet::fromJson(QJsonDocument::fromJson(
                                  "{\"rules\": [{\"name\": \"usdc-depeg\",\n"
                                  "            \"metric\": \"peg_deviation_bps\", \"symbol\": \"USDC\", "
                                  "\"below\": -100, \"for_s\": 5, \"clear_above\": -20,\n"
                                  "            \"actions\": [\"page\", \"chat\"]}], \"actions\": {\"page\": "
                                  "{\"kind\": \"pagerduty\", \"url\": \"https://x/v2/enqueue\",\n"
                                  "            \"routing_key\": \"$PD_KEY\"}, \"chat\": {\"kind\": "
                                  "\"slack\", \"url\": \"https://hooks.example/T/B/X\"}}}")
                                  .object());
        QVERIFY2(set, qPrintable(set.error().message));
        QCOMPARE(set->rules.size(), 1);
        const Rule &r = set->rules.first();
        QCOMPARE(r.clear, -20.0);
        QCOMPARE(r.clearForS, 5.0); // defaults to for_s
        QVERIFY(r.breaches(-100) && !r.breaches(-99.9));
        QVERIFY(r.clears(-19.9) && !r.clears(-20));
        QCOMPARE(set->risk, RiskScore::Config());
    }

    void errorsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        const QByteArray ok = "\"name\": \"r\", \"metric\": \"risk_score\", \"above\": 8.5";
        QTest::newRow("no rules") << QByteArray("{\"rules\": []}") << "rules";
        QTest::newRow("unknown top") << QByteArray("{\"rules\": [{" + ok + "}], \"rulez\": 1}") << "rulez";
        QTest::newRow("metric") << QByteArray(
                                       "{\"rules\": [{\"name\": \"r\", \"metric\": \"peg\", \"above\": 1}]}")
                                << "rules[0].metric";
        QTest::newRow("both") << QByteArray("{\"rules\": [{" + ok + ", \"below\": 3}]}") << "rules[0].above";
        QTest::newRow("neither") << QByteArray("{\"rules\": [{\"name\": \"r\", \"metric\": \"risk_score\"}]}")
                                 << "rules[0].above";
        QTest::newRow("type")
            << QByteArray("{\"rules\": [{\"name\": \"r\", \"metric\": \"risk_score\", \"above\": \"8\"}]}")
            << "rules[0].above";
        QTest::newRow("clear side") << QByteArray("{\"rules\": [{" + ok + ", \"clear_above\": 9}]}")
                                    << "rules[0].clear_above";
        QTest::newRow("clear order") << QByteArray("{\"rules\": [{" + ok + ", \"clear_below\": 9}]}")
                                     << "rules[0].clear_below";
        QTest::newRow("negative for")
            << QByteArray("{\"rules\": [{" + ok + ", \"for_s\": -1}]}") << "rules[0].for_s";
        QTest::newRow("second rule") << QByteArray("{\"rules\": [{" + ok + "}, {\"name\": \"r2\"}]}")
                                     << "rules[1].metric";
        QTest::newRow("duplicate") << QByteArray("{\"rules\": [{" + ok + "}, {" + ok + "}]}")
                                   << "rules[1].name";
        QTest::newRow("action") << QByteArray("{\"rules\": [{" + ok + ", \"actions\": [\"page\"]}]}")
                                << "rules[0].actions";
        QTest::newRow("severity") << QByteArray("{\"rules\": [{" + ok + ", \"severity\": \"sev1\"}]}")
                                  << "rules[0].severity";
        QTest::newRow("unknown field")
            << QByteArray("{\"rules\": [{" + ok + ", \"for\": 5}]}") << "rules[0].for";
        QTest::newRow("risk") << QByteArray("{\"risk\": {\"peg_weight\": 0.9}, \"rules\": [{" + ok + "}]}")
                              << "weights";
    }

    void errorsNameTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        QVERIFY(doc.isObject());
        auto set = RuleSet::fromJson(doc.object());
        QVERIFY(!set);
        QVERIFY2(set.error().message.contains(field), qPrintable(set.error().message));
    }

    void firesAfterForAndResolvesAfterClearFor()
    {
        RuleEvaluator e(
            rule("{\"name\": \"d\", \"metric\": \"peg_deviation_bps\", \"below\": -100, \"for_s\": 5,\n"
                 "                                  \"clear_above\": -20, \"clear_for_s\": 3}"));
        std::vector<std::optional<double>> values;
        for (int i = 0; i < 4; ++i)
            values.push_back(-150); // 4 s: not yet
        values.push_back(-10);      // back: the wait restarts
        for (int i = 0; i < 6; ++i)
            values.push_back(-150); // fires on the 6th (5 s after the first)
        const Run first = feed(e, values);
        QCOMPARE(first.fired, 1);
        QCOMPARE(first.events.first().value, -150.0);
        QCOMPARE(first.events.first().threshold, -100.0);
        QVERIFY(e.firing());
        // Between the thresholds nothing clears; past the clear level it takes 3 s.
        const Run second = feed(e, {-50, -30, -21, -10, -10, std::nullopt, -10, -10});
        QCOMPARE(second.resolved, 1);
        QCOMPARE(second.events.first().kind, AlertEvent::Kind::Resolved);
        QCOMPARE(second.events.first().incidentKey, first.events.first().incidentKey);
        QCOMPARE(second.events.first().dedupKey, QStringLiteral("pegboard/d/USDC"));
        QVERIFY(!e.firing());
    }

    void aNoisySeriesNeverFlaps()
    {
        RuleEvaluator e(
            rule("{\"name\": \"n\", \"metric\": \"peg_deviation_bps\", \"below\": -100, \"for_s\": 5,\n"
                 "                                  \"clear_above\": -20, \"clear_for_s\": 10}"));
        QRandomGenerator rng(7);
        std::vector<std::optional<double>> values;
        for (int i = 0; i < 600; ++i) // ten minutes hovering around the threshold, ±60 bps
            values.push_back(-100 + rng.bounded(120.0) - 60);
        for (int i = 0; i < 600; ++i) // a real depeg, noisy
            values.push_back(-250 + rng.bounded(120.0) - 60);
        for (int i = 0; i < 600; ++i) // recovering around the clear level
            values.push_back(-20 + rng.bounded(40.0) - 20);
        for (int i = 0; i < 120; ++i)
            values.push_back(rng.bounded(10.0) - 5);
        const Run run = feed(e, values);
        QCOMPARE(run.fired, 1);
        QCOMPARE(run.resolved, 1);
        QCOMPARE(run.events[0].kind, AlertEvent::Kind::Fired);
        QCOMPARE(run.events[1].kind, AlertEvent::Kind::Resolved);
    }

    void missingValuesHoldTheState()
    {
        RuleEvaluator e(
            rule("{\"name\": \"m\", \"metric\": \"risk_score\", \"above\": 8.5, \"clear_below\": 6}"));
        QCOMPARE(feed(e, {9.0}).fired, 1);
        const Run gap = feed(e, std::vector<std::optional<double>>(100, std::nullopt));
        QCOMPARE(gap.events.size(), 0);
        QVERIFY(e.firing());
        QCOMPARE(feed(e, {5.0}).resolved, 1);
    }

    void aRestoredIncidentIsNotFiredAgain()
    {
        RuleEvaluator e(rule("{\"name\": \"r\", \"metric\": \"risk_score\", \"above\": 8.5}"));
        e.restoreFiring(1'600'000'000'000, QStringLiteral("USDC"));
        const Run run = feed(e, {9.5, 9.6, 3.0});
        QCOMPARE(run.fired, 0);
        QCOMPARE(run.resolved, 1);
        QCOMPARE(run.events.first().incidentKey, QStringLiteral("pegboard/r/USDC:1600000000000"));
    }
};

QTEST_GUILESS_MAIN(TestRuleEvaluator)
#include "tst_ruleevaluator.moc"
