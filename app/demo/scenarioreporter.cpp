#include "demo/scenarioreporter.h"

#include "domain/feedseries.h"
#include "feeds/feedadapterfactory.h"
#include "feeds/feedclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

namespace pegboard {

namespace {
// Price levels at which the desk notices, escalates, and calls it a full incident; the peg counts as
// restored above RecoveredAt.
constexpr double SlippingBelow = 0.995;
constexpr double DeepeningBelow = 0.985;
constexpr double BottomBelow = 0.975;
constexpr double RecoveredAt = 0.998;

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}
} // namespace

ScenarioReporter::ScenarioReporter(QUrl feedUrl, QUrl collectorUrl, QByteArray token, QString symbol,
                                   QObject *parent)
    : QObject(parent)
    , m_feedUrl(std::move(feedUrl))
    , m_collectorUrl(std::move(collectorUrl))
    , m_token(std::move(token))
    , m_symbol(std::move(symbol))
    , m_runId(QString::number(QRandomGenerator::global()->generate64(), 36))
    , m_http(new QNetworkAccessManager(this))
{}

ScenarioReporter::~ScenarioReporter()
{
    stop();
}

void ScenarioReporter::start()
{
    if (m_client)
        return;
    m_client = new FeedClient(QStringLiteral("demo-reporter"),
                              FeedAdapterFactory::create(QStringLiteral("pegboard")), {m_feedUrl}, this);
    connect(m_client, &FeedClient::samplesReceived, this, &ScenarioReporter::onSamples);
    m_client->start();
}

void ScenarioReporter::stop()
{
    // Replies still in flight are aborted when the manager goes; their answers no longer count.
    for (QNetworkReply *reply : m_http->findChildren<QNetworkReply *>())
        reply->disconnect(this);
    if (!m_client)
        return;
    m_client->stop();
    delete m_client;
    m_client = nullptr;
}

void ScenarioReporter::onSamples(const std::vector<FeedSample> &samples)
{
    const QString price = FeedSeries::price(m_symbol);
    const QString oracle = FeedSeries::oracleUpdatedAt(m_symbol);
    for (const FeedSample &s : samples) {
        if (s.series == FeedSeries::GasGwei)
            m_gasGwei = s.value;
        else if (s.series == oracle)
            m_oracleUpdatedS = qint64(s.value);
        else if (s.series == price)
            onPrice(s.value, s.timestampMs);
    }
}

void ScenarioReporter::onPrice(double price, qint64 tsMs)
{
    m_lowest = std::min(m_lowest, price);
    // Each stage files once per cycle; a noisy price crossing back and forth does not refile.
    if (m_stage == Calm && price < SlippingBelow) {
        m_stage = Slipping;
        fileSlipping(price, tsMs);
    } else if (m_stage == Slipping && price < DeepeningBelow) {
        m_stage = Deepening;
        fileDeepening(price, tsMs);
    } else if (m_stage == Deepening && price < BottomBelow) {
        m_stage = Bottom;
        fileBottom(price, tsMs);
    } else if (m_stage != Calm && price >= RecoveredAt) {
        fileRecovery(price, tsMs);
        m_stage = Calm;
        m_lowest = 1.0;
        ++m_cycle;
    }
}

void ScenarioReporter::fileSlipping(double price, qint64 tsMs)
{
    post(QStringLiteral("slipping"), QStringLiteral("peg_deviation"), 3,
         tr("%1 slipping off peg: %2 on Curve 3pool").arg(m_symbol).arg(price, 0, 'f', 4),
         tr("Price alert fired: %1 has been below 0.995 for a few minutes and the pool is getting "
            "lopsided. Watching for redemptions on the issuer side.")
             .arg(m_symbol),
         tsMs, QStringLiteral("price-monitor"), {QStringLiteral("team:stability")});
    post(QStringLiteral("arb-reverts"), QStringLiteral("arbitrage_failure"), 2,
         tr("Arb bot reverting on %1/USDT route").arg(m_symbol),
         tr("Our peg-arbitrage bot had several transactions revert in a row; gas is at %1 gwei and "
            "the spread no longer covers it after slippage.")
             .arg(m_gasGwei, 0, 'f', 0),
         tsMs, QStringLiteral("arb-desk"), {QStringLiteral("team:trading")});
}

void ScenarioReporter::fileDeepening(double price, qint64 tsMs)
{
    // Wall seconds since the oracle's last round, as the desk sees it on its own clock.
    const qint64 staleS = m_oracleUpdatedS > 0 ? std::max<qint64>(0, tsMs / 1000 - m_oracleUpdatedS) : 0;
    post(QStringLiteral("deepening"), QStringLiteral("peg_deviation"), 4,
         tr("%1 depeg deepening: %2, down %3 bps")
             .arg(m_symbol)
             .arg(price, 0, 'f', 4)
             .arg(qRound((1.0 - price) * 10000)),
         tr("Escalating. Secondary markets are quoting %1 well under a dollar and sell pressure is "
            "not letting up. Pausing new %1 collateral listings until this settles.")
             .arg(m_symbol),
         tsMs, QStringLiteral("risk-oncall"), {QStringLiteral("team:stability"), QStringLiteral("sev2")});
    post(QStringLiteral("oracle-stale"), QStringLiteral("oracle_failure"), 4,
         tr("Chainlink %1/USD feed stale during depeg").arg(m_symbol),
         tr("The %1/USD aggregator has not published a new round for %2 s while the market moved. "
            "Aave is still pricing %1 collateral at the old answer.")
             .arg(m_symbol)
             .arg(staleS),
         tsMs, QStringLiteral("oracle-watch"), {QStringLiteral("team:oracles")});
    post(QStringLiteral("arb-gas"), QStringLiteral("arbitrage_failure"), 3,
         tr("Arbitrage failing: %1 gwei gas eats the %2 spread").arg(m_gasGwei, 0, 'f', 0).arg(m_symbol),
         tr("Mempool is congested and MEV searchers are front-running our rebalancing. Three "
            "bundles dropped in the last block window; arbitrage is not restoring the peg."),
         tsMs, QStringLiteral("arb-desk"), {QStringLiteral("team:trading")});
}

void ScenarioReporter::fileBottom(double price, qint64 tsMs)
{
    post(QStringLiteral("bottom"), QStringLiteral("peg_deviation"), 5,
         tr("INCIDENT: %1 at %2, liquidations starting on Aave").arg(m_symbol).arg(price, 0, 'f', 4),
         tr("Full incident declared. %1 is trading near 0.97, collateral ratios are dropping and the "
            "first liquidations went through. War room open; all hands on the stability channel.")
             .arg(m_symbol),
         tsMs, QStringLiteral("incident-commander"),
         {QStringLiteral("team:stability"), QStringLiteral("sev1")});
    post(QStringLiteral("oracle-deviation"), QStringLiteral("oracle_failure"), 5,
         tr("Oracle answer 3 percent off market for %1").arg(m_symbol),
         tr("The on-chain answer still says about 1.00 while DEX prices are near %1. Positions "
            "are being valued on a price that no longer exists.")
             .arg(price, 0, 'f', 3),
         tsMs, QStringLiteral("oracle-watch"), {QStringLiteral("team:oracles"), QStringLiteral("sev1")});
}

void ScenarioReporter::fileRecovery(double price, qint64 tsMs)
{
    post(QStringLiteral("recovered"), QStringLiteral("peg_deviation"), 1,
         tr("%1 back on peg at %2, monitoring").arg(m_symbol).arg(price, 0, 'f', 4),
         tr("Recovered. The low of this episode was %1; the oracle is publishing again and gas is "
            "coming down. Keeping the war room open for another hour before closing.")
             .arg(m_lowest, 0, 'f', 4),
         tsMs, QStringLiteral("incident-commander"),
         {QStringLiteral("team:stability"), QStringLiteral("resolved")});
}

void ScenarioReporter::post(const QString &key, const QString &type, int severity, const QString &title,
                            const QString &body, qint64 tsMs, const QString &reporter,
                            const QStringList &labels)
{
    const QString externalId = QStringLiteral("demo:%1:%2:%3").arg(m_runId).arg(m_cycle).arg(key);
    const QJsonObject report{
        {QStringLiteral("title"), title},
        {QStringLiteral("external_id"), externalId},
        {QStringLiteral("body"), body},
        {QStringLiteral("type"), type},
        {QStringLiteral("severity"), severity},
        // The desk files when it notices: now on the wall clock, whatever the simulator's speed.
        {QStringLiteral("reported_at"), iso(std::min(tsMs, QDateTime::currentMSecsSinceEpoch()))},
        {QStringLiteral("reporter"), reporter},
        {QStringLiteral("symbol"), m_symbol},
        {QStringLiteral("protocol"), QStringLiteral("aave")},
        {QStringLiteral("labels"), QJsonArray::fromStringList(labels)},
    };
    QNetworkRequest request(m_collectorUrl.resolved(QUrl(QStringLiteral("/ingest"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("X-Pegboard-Token", m_token);
    QNetworkReply *reply = m_http->post(request, QJsonDocument(report).toJson(QJsonDocument::Compact));
    ++m_posted;
    connect(reply, &QNetworkReply::finished, this, [this, reply, externalId] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 202)
            ++m_accepted;
        reply->deleteLater();
        emit reportPosted(externalId, status);
    });
}

} // namespace pegboard
