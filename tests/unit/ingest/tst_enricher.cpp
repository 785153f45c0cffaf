#include "domain/issue.h"
#include "ingest/enricher.h"
#include "ingest/staticcontextsource.h"

#include <QTest>

using namespace pegboard;

class TestEnricher : public QObject
{
    Q_OBJECT

private slots:
    void freshGroupsAreCopiedStaleOnesStayMarked()
    {
        QDateTime now = QDateTime(QDate(2026, 11, 24), QTime(14, 0), Qt::UTC);
        auto source = std::make_shared<StaticContextSource>(30, [&now] { return now; });
        source->setNetworkConditions({{ContextKey::GasPriceGwei, 210.0}}, now.addSecs(-5));
        source->setPriceContext({{ContextKey::PegDeviationBps, -38.0}}, now.addSecs(-120));
        const Enricher enricher(source);

        Issue issue;
        issue.receivedAt = now;
        enricher.enrich(issue);
        QCOMPARE(issue.context.gasPriceGwei(), 210.0);
        QVERIFY(!ContextSnapshot::isStale(issue.context.networkConditions));
        QCOMPARE(issue.context.pegDeviationBps(), -38.0);
        QVERIFY(ContextSnapshot::isStale(issue.context.priceContext));
        QCOMPARE(issue.context.priceContext.value(ContextKey::AgeSeconds).toDouble(), 120.0);
        QVERIFY(issue.context.protocolState.isEmpty()); // never observed: nothing invented

        // Time passes: the network group ages past the limit and is now recorded as stale.
        now = now.addSecs(60);
        Issue later;
        enricher.enrich(later);
        QVERIFY(ContextSnapshot::isStale(later.context.networkConditions));
        QCOMPARE(later.context.networkConditions.value(ContextKey::AgeSeconds).toDouble(), 65.0);
        QVERIFY(later.receivedAt.isValid());
    }

    void withoutSourceContextStaysEmpty()
    {
        Issue issue;
        Enricher(nullptr).enrich(issue);
        QVERIFY(issue.context.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEnricher)
#include "tst_enricher.moc"
