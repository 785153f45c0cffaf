#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

namespace {
QString data(const QString &name)
{
    return qEnvironmentVariable("PEGBOARD_TEST_DATA") + QStringLiteral("/feeds/") + name;
}

struct Probe
{
    int exitCode = -1;
    QList<QJsonObject> samples;
    QJsonObject summary;
    QString err;

    double value(const QString &series) const
    {
        for (const QJsonObject &s : samples) {
            if (s.value(QStringLiteral("series")).toString() == series)
                return s.value(QStringLiteral("value")).toDouble();
        }
        return -1;
    }
};

Probe runProbe(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("PEGBOARD_BIN"),
            QStringList{QStringLiteral("feeds"), QStringLiteral("probe")} + args);
    p.waitForFinished(60000);
    Probe r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.err = QString::fromUtf8(p.readAllStandardError());
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QStringLiteral("summary")).toBool())
            r.summary = o;
        else if (!o.isEmpty())
            r.samples.append(o);
    }
    return r;
}

// Python's `websockets` (Debian python3-websockets) replaying fixture frames: a server no Pegboard
// code wrote. Debian's interpreter explicitly, since a developer's PATH may shadow it.
class ReplayServer
{
public:
    explicit ReplayServer(const QStringList &args)
    {
        const QString python =
            QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
        m_process.start(python.isEmpty() ? QStringLiteral("python3") : python,
                        QStringList{data(QStringLiteral("replay_server.py")), QStringLiteral("--lifetime"),
                                    QStringLiteral("60")} +
                            args);
        while (m_port == 0 && m_process.waitForReadyRead(10000)) {
            const QByteArray line = m_process.readLine().trimmed();
            if (line.startsWith("PORT "))
                m_port = line.mid(5).toInt();
        }
    }
    ~ReplayServer()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    QString url() const { return QStringLiteral("ws://127.0.0.1:%1").arg(m_port); }
    bool ok() const { return m_port != 0; }
    QString error() { return QString::fromUtf8(m_process.readAllStandardError()); }

private:
    QProcess m_process;
    int m_port = 0;
};

QString deadUrl()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return QStringLiteral("ws://127.0.0.1:%1").arg(port);
}
} // namespace

class TestFeedsProbe : public QObject
{
    Q_OBJECT

private slots:
    void jsonRpcReplayWithMalformedFrameAndDrop()
    {
        // newHeads, a broken frame, then the server drops; after reconnecting, the oracle log.
        ReplayServer server({QStringLiteral("--drop-after"), QStringLiteral("2"),
                             data(QStringLiteral("newHeads.notification.json")), QStringLiteral("MALFORMED"),
                             data(QStringLiteral("AnswerUpdated.log.notification.json"))});
        QVERIFY2(server.ok(), qPrintable(server.error()));
        const Probe r = runProbe(
            {server.url(), QStringLiteral("--adapter"), QStringLiteral("jsonrpc"), QStringLiteral("--oracle"),
             QStringLiteral("0x789190466e21a8b78b8027866cbbdc151542a26c=USDT"), QStringLiteral("--count"),
             QStringLiteral("4"), QStringLiteral("--timeout"), QStringLiteral("30")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.value(QStringLiteral("network:gas_gwei")), 200.0);
        QVERIFY(qAbs(r.value(QStringLiteral("oracle:USDT:answer")) - 0.99984816) < 1e-12);
        QCOMPARE(r.value(QStringLiteral("oracle:USDT:updated_at")), double(0x67436a4b));
        QCOMPARE(r.summary.value(QStringLiteral("malformed")).toInt(), 1);
        QVERIFY(r.summary.value(QStringLiteral("reconnects")).toInt() >= 1);
        QCOMPARE(r.summary.value(QStringLiteral("samples")).toInt(), 4);
        QVERIFY(r.err.contains(QLatin1String("refused (malformed)")));
    }

    void tickerThroughFallbackWhenPrimaryIsDead()
    {
        ReplayServer server({data(QStringLiteral("coinbase.ticker.json"))});
        QVERIFY2(server.ok(), qPrintable(server.error()));
        const Probe r =
            runProbe({deadUrl(), QStringLiteral("--fallback"), server.url(), QStringLiteral("--adapter"),
                      QStringLiteral("ticker"), QStringLiteral("--count"), QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.value(QStringLiteral("price:USDT")), 0.99871);
        QVERIFY(qAbs(r.samples.first().value(QStringLiteral("deviation_bps")).toDouble() - (-12.9)) < 1e-6);
        QCOMPARE(r.summary.value(QStringLiteral("url")).toString(), server.url());
        QVERIFY(r.summary.value(QStringLiteral("reconnects")).toInt() >= 1);
        QCOMPARE(r.summary.value(QStringLiteral("malformed")).toInt(), 0);
    }

    void badArgumentsAreClearErrors()
    {
        const Probe noAdapter = runProbe({QStringLiteral("ws://127.0.0.1:1"), QStringLiteral("--adapter"),
                                          QStringLiteral("carrier-pigeon")});
        QCOMPARE(noAdapter.exitCode, 2);
        QVERIFY(noAdapter.err.contains(QLatin1String("carrier-pigeon")));
        const Probe badUrl = runProbe(
            {QStringLiteral("http://example"), QStringLiteral("--adapter"), QStringLiteral("ticker")});
        QCOMPARE(badUrl.exitCode, 2);
        QVERIFY(badUrl.err.contains(QLatin1String("websocket URL")));
    }

    void nothingAnsweringTimesOutWithSummary()
    {
        const Probe r = runProbe({deadUrl(), QStringLiteral("--adapter"), QStringLiteral("pegboard"),
                                  QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--timeout"),
                                  QStringLiteral("2")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.summary.value(QStringLiteral("reconnects")).toInt() >= 1);
        QCOMPARE(r.summary.value(QStringLiteral("samples")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFeedsProbe)
#include "tst_feedsprobe.moc"
