#include "store/migrator.h"
#include "store/pgconnection.h"
#include "testcluster.h"

#include <QFile>
#include <QProcess>
#include <QTest>
#include <pqxx/pqxx>

using namespace pegboard;

namespace {
QString testData(const QString &name)
{
    return qEnvironmentVariable("PEGBOARD_TEST_DATA") + QLatin1Char('/') + name;
}

int scalar(const QString &url, const std::string &sql)
{
    pqxx::connection c(url.toStdString());
    pqxx::nontransaction tx(c);
    return tx.exec1(sql)[0].as<int>();
}
} // namespace

class TestMigrator : public QObject
{
    Q_OBJECT
    test::TestCluster m_pg;

private slots:
    void initTestCase() { QVERIFY2(m_pg.start(), qPrintable(m_pg.error())); }

    void migratesOnceThenChangesNothing()
    {
        const QString url = m_pg.freshDatabase(false);
        auto c = PgConnection::open(url);
        QVERIFY(c);
        Migrator migrator;
        QVERIFY(migrator.latestVersion() >= 2);
        auto first = migrator.migrate(**c);
        QVERIFY2(first, qPrintable(first.error().message));
        QCOMPARE(first->fromVersion, 0);
        QCOMPARE(first->toVersion, migrator.latestVersion());
        QCOMPARE(first->applied.size(), Migrator::bundled().size());

        const int tablesBefore =
            scalar(url, "SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace");
        auto second = migrator.migrate(**c);
        QVERIFY(second);
        QVERIFY(!second->changed());
        QCOMPARE(second->fromVersion, migrator.latestVersion());
        QCOMPARE(scalar(url, "SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace"),
                 tablesBefore);
        QCOMPARE(scalar(url, "SELECT count(*) FROM schema_migrations"),
                 int(Migrator::bundled().size())); // numbers may have gaps between branches
    }

    void customerColumnsMatchTheArticleExactly()
    {
        const QString url = m_pg.freshDatabase();
        // Create the article's DDL verbatim in its own schema and compare column by column.
        QFile ddl(testData(QStringLiteral("article_schema.sql")));
        QVERIFY(ddl.open(QIODevice::ReadOnly));
        m_pg.exec(url, QStringLiteral("CREATE SCHEMA article; SET search_path = article; ") +
                           QString::fromUtf8(ddl.readAll()));
        const std::string columns = "SELECT column_name, data_type, coalesce(character_maximum_length, -1), "
                                    "coalesce(numeric_precision, -1), coalesce(numeric_scale, -1), "
                                    "coalesce(udt_name, '') FROM information_schema.columns "
                                    "WHERE table_name = 'stablecoin_issues' AND table_schema = '%s' "
                                    "ORDER BY ordinal_position";
        pqxx::connection c(url.toStdString());
        pqxx::nontransaction tx(c);
        auto query = [&](const char *schema) {
            std::string sql = columns;
            sql.replace(sql.find("%s"), 2, schema);
            return tx.exec(sql);
        };
        const auto article = query("article");
        const auto ours = query("public");
        QCOMPARE(article.size(), 15u);
        QVERIFY(ours.size() > article.size());
        for (size_t i = 0; i < article.size(); ++i) {
            for (int col = 0; col < 6; ++col)
                QCOMPARE(QString::fromStdString(ours[int(i)][col].c_str()),
                         QString::fromStdString(article[int(i)][col].c_str()));
        }
    }

    void refusesADatabaseNewerThanTheBinary()
    {
        const QString url = m_pg.freshDatabase();
        m_pg.exec(url, QStringLiteral(
                           "INSERT INTO schema_migrations (version, name) VALUES (9999, 'from_the_future')"));
        auto c = PgConnection::open(url);
        auto result = Migrator().migrate(**c);
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::SchemaTooNew);
        QVERIFY(result.error().message.contains(QLatin1String("9999")));
    }

    void aFailingMigrationLeavesNoTrace()
    {
        const QString url = m_pg.freshDatabase(false);
        auto c = PgConnection::open(url);
        Migrator migrator(
            {{1, QStringLiteral("ok"), QStringLiteral("CREATE TABLE a (x int);")},
             {2, QStringLiteral("broken"), QStringLiteral("CREATE TABLE b (x int); SELECT no_such_fn();")}});
        auto result = migrator.migrate(**c);
        QVERIFY(!result);
        QVERIFY(result.error().message.contains(QLatin1String("broken")));
        QCOMPARE(scalar(url, "SELECT coalesce(max(version), 0) FROM schema_migrations"), 1);
        QCOMPARE(scalar(url, "SELECT count(*) FROM pg_class WHERE relname = 'b'"), 0);
    }

    void articleQueryRunsUnchangedThroughPsql()
    {
        const QString url = m_pg.freshDatabase();
        // Seven oracle failures in one (weekday, hour, gas) group within 90 days, plus noise that
        // the article's filters must exclude: another type, an old report, and a small group.
        m_pg.exec(url, QStringLiteral(R"(
            INSERT INTO stablecoin_issues (issue_type, severity_level, reported_timestamp, network_conditions, price_context)
            SELECT 'oracle_failure', 3, date_trunc('hour', now() - interval '7 days') + interval '5 minutes' * g,
                   '{"gas_price_gwei": 180}', jsonb_build_object('peg_deviation_bps', 10 + g)
              FROM generate_series(1, 7) g;
            INSERT INTO stablecoin_issues (issue_type, severity_level, reported_timestamp, network_conditions, price_context)
            SELECT 'peg_deviation', 4, date_trunc('hour', now() - interval '7 days'), '{"gas_price_gwei": 180}', '{}'
              FROM generate_series(1, 9);
            INSERT INTO stablecoin_issues (issue_type, severity_level, reported_timestamp, network_conditions, price_context)
            SELECT 'oracle_failure', 3, now() - interval '200 days', '{"gas_price_gwei": 99}', '{}' FROM generate_series(1, 9);
            INSERT INTO stablecoin_issues (issue_type, severity_level, reported_timestamp, network_conditions, price_context)
            SELECT 'oracle_failure', 2, now() - interval '3 days', '{"gas_price_gwei": 40}', '{}' FROM generate_series(1, 3);
        )"));
        QProcess psql;
        psql.start(QStringLiteral("psql"),
                   {QStringLiteral("-X"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                    QStringLiteral("-A"), QStringLiteral("-t"), QStringLiteral("-F"), QStringLiteral(","),
                    QStringLiteral("-f"), testData(QStringLiteral("article_oracle_failure_patterns.sql")),
                    QStringLiteral("-d"), url});
        QVERIFY(psql.waitForFinished(30000));
        const QString output = QString::fromUtf8(psql.readAllStandardOutput()).trimmed();
        QVERIFY2(psql.exitCode() == 0, qPrintable(QString::fromUtf8(psql.readAllStandardError())));
        const QStringList rows = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 1);
        const QStringList fields = rows.first().split(QLatin1Char(','));
        QCOMPARE(fields.size(), 5);
        QCOMPARE(fields[2], QStringLiteral("180"));
        QCOMPARE(fields[3], QStringLiteral("7"));
        QCOMPARE(fields[4].toDouble(), 14.0); // mean of 11..17
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
