#include "domain/contextsnapshot.h"
#include "domain/issuetype.h"

#include <QTest>

using namespace pegboard;

class TestContextSnapshot : public QObject
{
    Q_OBJECT
private slots:
    void typedAccessorsUseTheArticleKeys()
    {
        ContextSnapshot c;
        c.setGasPriceGwei(180);
        c.setPegDeviationBps(12);
        c.setCollateralRatio(1.15);
        c.setOracleLastUpdate(QDateTime(QDate(2025, 7, 31), QTime(8, 45, 22), Qt::UTC));
        QCOMPARE(c.networkConditions.value(QStringLiteral("gas_price_gwei")).toDouble(), 180.0);
        QCOMPARE(c.priceContext.value(QStringLiteral("peg_deviation_bps")).toDouble(), 12.0);
        QCOMPARE(c.protocolState.value(QStringLiteral("oracle_last_update")).toString(),
                 QStringLiteral("2025-07-31T08:45:22Z"));
        QCOMPARE(*c.gasPriceGwei(), 180.0);
        QCOMPARE(c.oracleLastUpdate(), QDateTime(QDate(2025, 7, 31), QTime(8, 45, 22), Qt::UTC));
        QVERIFY(!c.volatilityIndex().has_value());
    }
    void numbersWrittenAsStringsAreRead()
    {
        ContextSnapshot c;
        c.networkConditions[QStringLiteral("gas_price_gwei")] = QStringLiteral("151.5");
        QCOMPARE(*c.gasPriceGwei(), 151.5);
        c.networkConditions[QStringLiteral("gas_price_gwei")] = QStringLiteral("high");
        QVERIFY(!c.gasPriceGwei().has_value());
    }
    void staleGroupsSayHowOld()
    {
        ContextSnapshot c;
        c.setGasPriceGwei(30);
        QVERIFY(!ContextSnapshot::isStale(c.networkConditions));
        ContextSnapshot::markStale(c.networkConditions, 95);
        QVERIFY(ContextSnapshot::isStale(c.networkConditions));
        QCOMPARE(c.networkConditions.value(QStringLiteral("age_s")).toDouble(), 95.0);
    }
    void severityAndTypes()
    {
        QVERIFY(Severity::isValid(1) && Severity::isValid(5));
        QVERIFY(!Severity::isValid(0) && !Severity::isValid(6));
        QVERIFY(IssueType::isKnown(QStringLiteral("oracle_failure")));
        QVERIFY(!IssueType::isKnown(QStringLiteral("made_up")));
        QCOMPARE(IssueType::displayName(QStringLiteral("made_up")), QStringLiteral("made_up"));
    }

    void oneCongestionVocabulary()
    {
        // Every producer (collector, live feeds, generator, analyses) maps a score through this:
        // four words, in order, and nothing else ("moderate", "severe" are gone).
        const QStringList words{QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"),
                                QStringLiteral("critical")};
        int previous = 0;
        for (int i = 0; i <= 100; ++i) {
            const int index = int(words.indexOf(ContextSnapshot::congestionLevelFor(i / 100.0)));
            QVERIFY(index >= previous);
            previous = index;
        }
        QCOMPARE(ContextSnapshot::congestionLevelFor(0.0), QStringLiteral("low"));
        QCOMPARE(ContextSnapshot::congestionLevelFor(0.5), QStringLiteral("medium"));
        QCOMPARE(ContextSnapshot::congestionLevelFor(0.7), QStringLiteral("high"));
        QCOMPARE(ContextSnapshot::congestionLevelFor(0.95), QStringLiteral("critical"));
    }

    void oneMevVocabulary()
    {
        // The article's words, ordered, for every score the feeds and the generator produce.
        const QStringList words{QStringLiteral("normal"), QStringLiteral("elevated"), QStringLiteral("high")};
        int previous = 0;
        for (int i = 0; i <= 100; ++i) {
            const int index = int(words.indexOf(ContextSnapshot::mevActivityFor(i / 100.0)));
            QVERIFY(index >= previous);
            previous = index;
        }
        QCOMPARE(ContextSnapshot::mevActivityFor(0.1), QStringLiteral("normal"));
        QCOMPARE(ContextSnapshot::mevActivityFor(0.5), QStringLiteral("elevated"));
        QCOMPARE(ContextSnapshot::mevActivityFor(0.9), QStringLiteral("high"));
    }
};

QTEST_APPLESS_MAIN(TestContextSnapshot)
#include "tst_contextsnapshot.moc"
