#pragma once

#include "alertevent.h"
#include "domain/error.h"
#include "silence.h"

#include <QList>
#include <memory>
#include <pqxx/connection>

namespace pegboard {

// Alert firings and silences in the store (migration 0005). Every change goes through an audited
// SECURITY DEFINER function (one audit_log row each, actor = the login); recording is idempotent
// by incident key, so a retried call never records or audits twice. One per thread; reconnects
// after a lost connection.
class AlertStore
{
public:
    struct Firing
    {
        qint64 id = 0;
        QString incidentKey;
        QString dedupKey;
        QString rule;
        QString symbol;
        QString metric;
        QString severity;
        QString summary;
        qint64 firedAtMs = 0;
        double firedValue = 0;
        double threshold = 0;
        qint64 resolvedAtMs = 0; // 0: still firing
        double resolvedValue = 0;
        bool silenced = false;
        QString acknowledgedBy;
        qint64 acknowledgedAtMs = 0;
    };

    static Result<std::unique_ptr<AlertStore>> open(const QString &url);

    Result<qint64> record(const AlertEvent &event); // a firing (returns its id) or a resolve
    Result<void> acknowledge(qint64 firingId, const QString &note = {});
    // Open firings first, then the most recent; at most `limit`.
    Result<QList<Firing>> firings(int limit);
    Result<QList<Firing>> openFirings();
    Result<qint64> createSilence(const Silence &silence);
    Result<void> expireSilence(qint64 id);
    // Silences that have not ended at `nowMs` (current and future).
    Result<QList<Silence>> silences(qint64 nowMs);

private:
    explicit AlertStore(QString url, std::shared_ptr<pqxx::connection> connection);
    Result<pqxx::connection *> connection();
    Result<QList<Firing>> queryFirings(const std::string &where, int limit);

    QString m_url;
    std::shared_ptr<pqxx::connection> m_connection;
};

} // namespace pegboard

Q_DECLARE_METATYPE(pegboard::AlertStore::Firing)
