#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {
// `pegboard feed-sim` on a free port, its URL read from the line it prints.
class FeedSim
{
public:
    explicit FeedSim(const QStringList &args)
    {
        m_process.start(qEnvironmentVariable("PEGBOARD_BIN"),
                        QStringList{QStringLiteral("feed-sim"), QStringLiteral("--listen"),
                                    QStringLiteral("127.0.0.1:0"), QStringLiteral("--duration"),
                                    QStringLiteral("60")} +
                            args);
        static const QRegularExpression urlPattern(QStringLiteral("ws://[0-9.]+:[0-9]+"));
        while (m_url.isEmpty() && m_process.waitForReadyRead(10000))
            m_url = urlPattern.match(QString::fromUtf8(m_process.readAllStandardOutput())).captured(0);
    }
    ~FeedSim()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    QString url() const { return m_url; }

private:
    QProcess m_process;
    QString m_url;
};

QList<QJsonObject> probe(const QString &url, const QString &adapter, int count)
{
    QProcess p;
    p.start(qEnvironmentVariable("PEGBOARD_BIN"),
            {QStringLiteral("feeds"), QStringLiteral("probe"), url, QStringLiteral("--adapter"), adapter,
             QStringLiteral("--count"), QString::number(count), QStringLiteral("--timeout"),
             QStringLiteral("40")});
    p.waitForFinished(60000);
    QList<QJsonObject> lines;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (!o.isEmpty())
            lines.append(o);
    }
    return lines;
}
} // namespace

class TestFeedSim : public QObject
{
    Q_OBJECT

private slots:
    void depegSeenThroughPegboardFormat()
    {
        // 100× speed, a frame set every 50 ms: the slide to the bottom (scenario 120–420 s) takes ~4 s.
        FeedSim sim({QStringLiteral("--scenario"), QStringLiteral("depeg"), QStringLiteral("--speed"),
                     QStringLiteral("100"), QStringLiteral("--tick-ms"), QStringLiteral("50")});
        QVERIFY(!sim.url().isEmpty());
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const QList<QJsonObject> lines = probe(sim.url(), QStringLiteral("pegboard"), 800);
        const QDateTime after = QDateTime::currentDateTimeUtc();
        QVERIFY(lines.size() > 700);
        // Speed changes what happens, not when: every timestamp is the wall clock of this run
        // (at 100× a scenario clock would run minutes ahead within these seconds).
        for (const QJsonObject &o : lines) {
            if (!o.contains(QStringLiteral("ts")))
                continue;
            const QDateTime ts =
                QDateTime::fromString(o.value(QStringLiteral("ts")).toString(), Qt::ISODateWithMs);
            QVERIFY2(ts.isValid() && ts >= before.addSecs(-1) && ts <= after.addSecs(1),
                     qPrintable(o.value(QStringLiteral("ts")).toString()));
        }
        double lowest = 2;
        double firstPrice = 0;
        double maxGas = 0;
        double maxOracleAge = 0;
        for (const QJsonObject &o : lines) {
            const QString series = o.value(QStringLiteral("series")).toString();
            const double v = o.value(QStringLiteral("value")).toDouble();
            if (series == QLatin1String("price:USDC")) {
                firstPrice = firstPrice == 0 ? v : firstPrice;
                lowest = std::min(lowest, v);
            } else if (series == QLatin1String("network:gas_gwei")) {
                maxGas = std::max(maxGas, v);
            } else if (series == QLatin1String("oracle:USDC:updated_at")) {
                maxOracleAge = std::max(maxOracleAge, o.value(QStringLiteral("oracle_age_s")).toDouble());
            }
        }
        QVERIFY2(firstPrice > 0.999, qPrintable(QString::number(firstPrice)));
        QVERIFY2(lowest < 0.98, qPrintable(QString::number(lowest)));
        QVERIFY(maxGas > 150);
        // The stall lasts 510 scenario s: 5.1 wall s at 100×, where the heartbeat is 0.6 wall s.
        QVERIFY2(maxOracleAge > 3 && maxOracleAge < 60, qPrintable(QString::number(maxOracleAge)));
        QVERIFY(lines.last().value(QStringLiteral("summary")).toBool());
        QCOMPARE(lines.last().value(QStringLiteral("malformed")).toInt(), 0);
    }

    void depegSeenThroughJsonRpc()
    {
        FeedSim sim({QStringLiteral("--scenario"), QStringLiteral("depeg"), QStringLiteral("--speed"),
                     QStringLiteral("200"), QStringLiteral("--format"), QStringLiteral("jsonrpc")});
        QVERIFY(!sim.url().isEmpty());
        // Blocks every 12 scenario s (two samples each) and oracle rounds: ~1.5 scenario periods.
        const qint64 beforeS = QDateTime::currentSecsSinceEpoch();
        const QList<QJsonObject> lines = probe(sim.url(), QStringLiteral("jsonrpc"), 200);
        const qint64 afterS = QDateTime::currentSecsSinceEpoch();
        double maxGas = 0;
        double longestOracleSilence = 0;
        double previousUpdate = -1;
        int oracleRounds = 0;
        for (const QJsonObject &o : lines) {
            const QString series = o.value(QStringLiteral("series")).toString();
            const double v = o.value(QStringLiteral("value")).toDouble();
            if (series == QLatin1String("network:gas_gwei"))
                maxGas = std::max(maxGas, v);
            if (series == QLatin1String("oracle:USDC:updated_at")) {
                // Rounds are stamped with the wall clock, never ahead of it.
                QVERIFY2(v >= double(beforeS - 1) && v <= double(afterS + 1), qPrintable(QString::number(v)));
                ++oracleRounds;
                if (previousUpdate > 0)
                    longestOracleSilence = std::max(longestOracleSilence, v - previousUpdate);
                previousUpdate = v;
            }
        }
        QVERIFY(maxGas > 150);
        QVERIFY(oracleRounds >= 3);
        // AnswerUpdated stops during the depeg (510 scenario s, 2.5 wall s at 200×) while the
        // heartbeat is 0.3 wall s: a silence of whole wall seconds, not of scenario minutes.
        QVERIFY2(longestOracleSilence >= 2 && longestOracleSilence < 60,
                 qPrintable(QString::number(longestOracleSilence)));
    }

    void badOptionsRefused()
    {
        QProcess p;
        p.start(qEnvironmentVariable("PEGBOARD_BIN"),
                {QStringLiteral("feed-sim"), QStringLiteral("--listen"), QStringLiteral("nowhere"),
                 QStringLiteral("--duration"), QStringLiteral("1")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        p.start(qEnvironmentVariable("PEGBOARD_BIN"),
                {QStringLiteral("feed-sim"), QStringLiteral("--scenario"), QStringLiteral("meltdown"),
                 QStringLiteral("--duration"), QStringLiteral("1")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("meltdown"));
    }
};

QTEST_GUILESS_MAIN(TestFeedSim)
#include "tst_feedsim.moc"
