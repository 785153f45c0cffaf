#include "riskcolors.h"
#include "riskpanel.h"

#include <QDir>
#include <QLabel>
#include <QTest>
#include <cmath>

using namespace pegboard;

// The oracle prediction as the operations perspective shows it: one plain sentence, highlighted at
// or above the model's threshold, and honest states when there is nothing to score.
class TestRiskPanel : public QObject
{
    Q_OBJECT
    using Prediction = LiveOraclePredictor::Prediction;

    static QString artifact(const QString &name)
    {
        const QString dir = qEnvironmentVariable("PEGBOARD_TEST_ARTIFACTS", QDir::tempPath());
        QDir().mkpath(dir);
        return dir + QLatin1Char('/') + name;
    }

    static Prediction ready(double probability, float oracleAgeS, float gasGwei)
    {
        Prediction p;
        p.state = Prediction::State::Ready;
        p.probability = probability;
        p.threshold = 0.3;
        p.symbol = QStringLiteral("USDC");
        p.features.fill(NAN);
        p.features[PredictorDataset::OracleAgeS] = oracleAgeS;
        p.features[PredictorDataset::GasGwei] = gasGwei;
        return p;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void showsTheSentenceAndHighlightsAboveTheThreshold()
    {
        RiskPanel panel;
        panel.resize(460, 420);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.predictionText().contains(QLatin1String("no model yet")));
        QVERIFY(!panel.predictionHighlighted());

        panel.setPrediction(ready(0.38, 545, 210.4f));
        QCOMPARE(panel.predictionText(),
                 QStringLiteral("Oracle failure within 15 min: 38% — oracle 9 min stale, gas 210 gwei"));
        QVERIFY(panel.predictionHighlighted());
        auto *label = panel.findChild<QLabel *>(QStringLiteral("oraclePrediction"));
        QVERIFY(label && label->isVisible());
        QVERIFY(label->autoFillBackground());
        QCOMPARE(label->palette().color(QPalette::Window), RiskColors::forRisk(9.5));
        QVERIFY(label->toolTip().contains(QLatin1String("30%")));
        // The highlight is what is drawn, not just a flag: the label's middle is the alert colour.
        const QImage shot = panel.grab().toImage();
        QVERIFY(shot.save(artifact(QStringLiteral("riskpanel-prediction.png"))));
        const QPoint corner = label->mapTo(&panel, QPoint(2, 2));
        const qreal dpr = shot.devicePixelRatio();
        QCOMPARE(shot.pixel(int(corner.x() * dpr), int(corner.y() * dpr)), RiskColors::forRisk(9.5).rgb());

        panel.setPrediction(ready(0.04, 20, 30));
        QCOMPARE(panel.predictionText(),
                 QStringLiteral("Oracle failure within 15 min: 4% — oracle updated 20 s ago, gas 30 gwei"));
        QVERIFY(!panel.predictionHighlighted());
        QVERIFY(!label->autoFillBackground());
    }

    void saysWhenItCannotPredict()
    {
        RiskPanel panel;
        Prediction stale;
        stale.state = Prediction::State::Stale;
        stale.staleForS = 95;
        panel.setPrediction(stale);
        QVERIFY2(panel.predictionText().contains(QLatin1String("feeds stale for 95 s")),
                 qPrintable(panel.predictionText()));
        QVERIFY(!panel.predictionHighlighted());
        Prediction none;
        none.state = Prediction::State::NoFeeds;
        panel.setPrediction(none);
        QVERIFY(panel.predictionText().contains(QLatin1String("waiting")));
        // A missing gas feed is said, not shown as 0.
        panel.setPrediction(ready(0.5, 900, NAN));
        QVERIFY(panel.predictionText().endsWith(QLatin1String("oracle 15 min stale, gas unknown")));
        QVERIFY(panel.predictionHighlighted());
    }
};

QTEST_MAIN(TestRiskPanel)
#include "tst_riskpanel.moc"
