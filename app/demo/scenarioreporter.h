#pragma once

#include "domain/feedsample.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <vector>

class QNetworkAccessManager;

namespace pegboard {

class FeedClient;

// Plays the people and bots of an incident for the demo: watches the simulated feed on its own
// FeedClient and, as the price crosses the depeg thresholds, posts the reports a desk would file
// (peg deviation, oracle failure, arbitrage failure) to a collector's POST /ingest, and a recovery
// note once the peg is back. Every scenario cycle files its own burst with unique external ids.
class ScenarioReporter : public QObject
{
    Q_OBJECT
public:
    ScenarioReporter(QUrl feedUrl, QUrl collectorUrl, QByteArray token, QString symbol,
                     QObject *parent = nullptr);
    ~ScenarioReporter() override;

    void start();
    void stop();
    int posted() const { return m_posted; }
    int accepted() const { return m_accepted; }

signals:
    // status: HTTP status of the collector's answer (0 when it did not answer).
    void reportPosted(const QString &externalId, int status);

private:
    enum Stage
    {
        Calm,
        Slipping,
        Deepening,
        Bottom,
    };
    void onSamples(const std::vector<pegboard::FeedSample> &samples);
    void onPrice(double price, qint64 tsMs);
    void fileSlipping(double price, qint64 tsMs);
    void fileDeepening(double price, qint64 tsMs);
    void fileBottom(double price, qint64 tsMs);
    void fileRecovery(double price, qint64 tsMs);
    void post(const QString &key, const QString &type, int severity, const QString &title,
              const QString &body, qint64 tsMs, const QString &reporter, const QStringList &labels);

    QUrl m_feedUrl;
    QUrl m_collectorUrl;
    QByteArray m_token;
    QString m_symbol;
    QString m_runId;
    FeedClient *m_client = nullptr;
    QNetworkAccessManager *m_http = nullptr;
    Stage m_stage = Calm;
    int m_cycle = 0;
    double m_gasGwei = 0;
    double m_lowest = 1.0;
    qint64 m_oracleUpdatedS = 0;
    int m_posted = 0;
    int m_accepted = 0;
};

} // namespace pegboard
