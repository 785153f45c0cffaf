#include "pegboardprocess.h"
#include "testcluster.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <pqxx/pqxx>

using namespace pegboard;

namespace {

qint64 scalar(const QString &url, const std::string &sql)
{
    pqxx::connection c(url.toStdString());
    pqxx::nontransaction tx(c);
    return tx.exec1(sql)[0].as<long long>();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestGenerateCommand : public QObject
{
    Q_OBJECT
    test::TestCluster m_pg;
    QTemporaryDir m_dir;

    QStringList generateArgs(const QString &url, const QString &truth, const QString &end)
    {
        return {QStringLiteral("generate"),
                QStringLiteral("--db"),
                url,
                QStringLiteral("--issues"),
                QStringLiteral("900"),
                QStringLiteral("--days"),
                QStringLiteral("28"),
                QStringLiteral("--seed"),
                QStringLiteral("5"),
                QStringLiteral("--truth"),
                m_dir.filePath(truth),
                QStringLiteral("--end"),
                end};
    }

private slots:
    void initTestCase() { QVERIFY2(m_pg.start(), qPrintable(m_pg.error())); }

    void clearErrorsForBadInput()
    {
        const test::PegboardRun unmigrated = test::runPegboard(
            {QStringLiteral("generate"), QStringLiteral("--db"), m_pg.freshDatabase(false)});
        QCOMPARE(unmigrated.exitCode, 3);
        QVERIFY2(unmigrated.err.contains(QLatin1String("pegboard db migrate")), qPrintable(unmigrated.err));
        const test::PegboardRun malformed =
            test::runPegboard({QStringLiteral("generate"), QStringLiteral("--db"),
                               QStringLiteral("postgresql://h/db?bogus=1")});
        QCOMPARE(malformed.exitCode, 1);
        QVERIFY2(malformed.err.contains(QLatin1String("Malformed")), qPrintable(malformed.err));
        const QString url = m_pg.freshDatabase();
        const test::PegboardRun badCount =
            test::runPegboard({QStringLiteral("generate"), QStringLiteral("--db"), url,
                               QStringLiteral("--issues"), QStringLiteral("-5")});
        QCOMPARE(badCount.exitCode, 2);
        QVERIFY(badCount.err.contains(QLatin1String("--issues")));
        const test::PegboardRun badEnd =
            test::runPegboard({QStringLiteral("generate"), QStringLiteral("--db"), url,
                               QStringLiteral("--end"), QStringLiteral("tuesday")});
        QCOMPARE(badEnd.exitCode, 2);
        QVERIFY(badEnd.err.contains(QLatin1String("--end")));
        const test::PegboardRun badTruth =
            test::runPegboard({QStringLiteral("generate"), QStringLiteral("--db"), url,
                               QStringLiteral("--truth"), QStringLiteral("/nonexistent-pegboard/t.json")});
        QCOMPARE(badTruth.exitCode, 1);
        QVERIFY2(badTruth.err.contains(QLatin1String("truth")), qPrintable(badTruth.err));
        QCOMPARE(scalar(url, "SELECT count(*) FROM stablecoin_issues"), 0);
        QCOMPARE(scalar(url, "SELECT count(*) FROM feed_samples"), 0);
    }

    void generatesAHistoryTheArticlesQueryReads()
    {
        const QString url = m_pg.freshDatabase();
        const QString end = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        const test::PegboardRun first = test::runPegboard(generateArgs(url, QStringLiteral("a.json"), end));
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.err.contains(QLatin1String("Writing reports")), qPrintable(first.err)); // progress

        QCOMPARE(scalar(url, "SELECT count(*) FROM stablecoin_issues"), 900);
        QCOMPARE(scalar(url, "SELECT count(DISTINCT (source, external_id)) FROM stablecoin_issues"), 900);
        QCOMPARE(scalar(url, "SELECT count(DISTINCT source) FROM stablecoin_issues"), 6);
        // Feed volume follows the days: at least every network and price series each minute.
        QVERIFY(scalar(url, "SELECT count(*) FROM feed_samples") > 28 * 1440 * 8);
        QVERIFY(scalar(url, "SELECT count(DISTINCT series) FROM feed_samples") >= 30);

        // The same seed and end again: byte-identical truth, nothing new in the store.
        const test::PegboardRun second = test::runPegboard(generateArgs(url, QStringLiteral("b.json"), end));
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QCOMPARE(readAll(m_dir.filePath(QStringLiteral("b.json"))),
                 readAll(m_dir.filePath(QStringLiteral("a.json"))));
        QCOMPARE(scalar(url, "SELECT count(*) FROM stablecoin_issues"), 900);

        // The truth labels exactly the rows in the store.
        const QJsonObject truth =
            QJsonDocument::fromJson(readAll(m_dir.filePath(QStringLiteral("a.json")))).object();
        QSet<QString> labelled;
        for (const QJsonValue &l : truth.value(QStringLiteral("labels")).toArray())
            labelled.insert(l[0].toString() + QLatin1Char('|') + l[1].toString());
        QSet<QString> stored;
        {
            pqxx::connection c(url.toStdString());
            pqxx::nontransaction tx(c);
            for (const auto &r : tx.exec("SELECT source || '|' || external_id FROM stablecoin_issues"))
                stored.insert(QString::fromUtf8(r[0].c_str()));
        }
        QCOMPARE(stored.size(), 900);
        QCOMPARE(labelled, stored);

        // The customer's query, unchanged through psql, puts the planted weekday/hour/gas group on top.
        const QJsonObject window = truth.value(QStringLiteral("patterns")).toArray().first().toObject();
        QProcess psql;
        psql.start(QStringLiteral("psql"),
                   {QStringLiteral("-X"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                    QStringLiteral("-A"), QStringLiteral("-t"), QStringLiteral("-F"), QStringLiteral(","),
                    QStringLiteral("-f"),
                    qEnvironmentVariable("PEGBOARD_TEST_DATA") +
                        QStringLiteral("/article_oracle_failure_patterns.sql"),
                    QStringLiteral("-d"), url});
        QVERIFY(psql.waitForFinished(60000));
        QVERIFY2(psql.exitCode() == 0, qPrintable(QString::fromUtf8(psql.readAllStandardError())));
        const QStringList rows = QString::fromUtf8(psql.readAllStandardOutput())
                                     .trimmed()
                                     .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(!rows.isEmpty());
        const QStringList top = rows.first().split(QLatin1Char(','));
        QCOMPARE(top.size(), 5);
        const QJsonArray hours = window.value(QStringLiteral("hours_utc")).toArray();
        QCOMPARE(top[0].toInt(), window.value(QStringLiteral("pg_dow")).toInt());
        QVERIFY(top[1].toInt() >= hours.first().toInt() && top[1].toInt() <= hours.last().toInt());
        QVERIFY(top[2].toDouble() > window.value(QStringLiteral("gas_above_gwei")).toDouble());
        // And most of the groups it finds are the planted window.
        int planted = 0;
        for (const QString &row : rows) {
            const QStringList f = row.split(QLatin1Char(','));
            planted += f[0].toInt() == window.value(QStringLiteral("pg_dow")).toInt() &&
                       f[1].toInt() >= hours.first().toInt() && f[1].toInt() <= hours.last().toInt() &&
                       f[2].toDouble() > window.value(QStringLiteral("gas_above_gwei")).toDouble();
        }
        QVERIFY2(planted * 10 >= rows.size() * 8, qPrintable(rows.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestGenerateCommand)
#include "tst_generatecommand.moc"
