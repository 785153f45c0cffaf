#include "alertstore.h"

#include "store/pgconnection.h"

#include <QDateTime>
#include <pqxx/pqxx>

namespace pegboard {

namespace {
std::string iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toStdString();
}

QString text(const pqxx::field &f)
{
    return f.is_null() ? QString() : QString::fromStdString(f.as<std::string>());
}

template<typename F> auto guarded(std::shared_ptr<pqxx::connection> &connection, F f) -> decltype(f())
{
    try {
        return f();
    } catch (const std::exception &e) {
        const Error error = PgConnection::errorFrom(e);
        if (error.code == Error::Code::Unreachable)
            connection.reset();
        return Unexpected<Error>(error);
    }
}
} // namespace

AlertStore::AlertStore(QString url, std::shared_ptr<pqxx::connection> connection)
    : m_url(std::move(url))
    , m_connection(std::move(connection))
{}

Result<std::unique_ptr<AlertStore>> AlertStore::open(const QString &url)
{
    auto connection = PgConnection::open(url);
    if (!connection)
        return Unexpected<Error>(connection.error());
    return std::unique_ptr<AlertStore>(new AlertStore(url, std::move(connection).value()));
}

Result<pqxx::connection *> AlertStore::connection()
{
    if (!m_connection || !m_connection->is_open()) {
        auto connection = PgConnection::open(m_url);
        if (!connection)
            return Unexpected<Error>(connection.error());
        m_connection = std::move(connection).value();
    }
    return m_connection.get();
}

Result<qint64> AlertStore::record(const AlertEvent &e)
{
    auto c = connection();
    if (!c)
        return Unexpected<Error>(c.error());
    return guarded(m_connection, [&]() -> Result<qint64> {
        pqxx::work tx(**c);
        qint64 id = 0;
        if (e.kind == AlertEvent::Kind::Fired)
            id =
                tx.exec_params1(
                      "SELECT pegboard_alert_fire($1, $2, $3, $4, $5, $6, $7::timestamptz, $8, $9, $10, $11)",
                      e.incidentKey.toStdString(), e.dedupKey.toStdString(), e.rule.toStdString(),
                      e.symbol.toStdString(), e.metric.toStdString(), e.severity.toStdString(), iso(e.atMs),
                      e.value, e.threshold, e.silenced, e.summary.toStdString())[0]
                    .as<qint64>();
        else
            id = tx.exec_params1("SELECT pegboard_alert_resolve($1, $2::timestamptz, $3)",
                                 e.incidentKey.toStdString(), iso(e.atMs), e.value)[0]
                     .as<qint64>();
        tx.commit();
        return id;
    });
}

Result<void> AlertStore::acknowledge(qint64 firingId, const QString &note)
{
    auto c = connection();
    if (!c)
        return Unexpected<Error>(c.error());
    return guarded(m_connection, [&]() -> Result<void> {
        pqxx::work tx(**c);
        tx.exec_params("SELECT pegboard_alert_acknowledge($1, $2)", firingId,
                       note.isEmpty() ? std::optional<std::string>() : std::optional(note.toStdString()));
        tx.commit();
        return {};
    });
}

Result<QList<AlertStore::Firing>> AlertStore::queryFirings(const std::string &where, int limit)
{
    auto c = connection();
    if (!c)
        return Unexpected<Error>(c.error());
    return guarded(m_connection, [&]() -> Result<QList<Firing>> {
        pqxx::read_transaction tx(**c);
        const pqxx::result rows = tx.exec_params(
            "SELECT id, incident_key, dedup_key, rule, symbol, metric, severity, summary, "
            "floor(extract(epoch FROM fired_at) * 1000)::int8, coalesce(fired_value, 'NaN'), "
            "coalesce(threshold, 'NaN'), coalesce(floor(extract(epoch FROM resolved_at) * 1000)::int8, 0), "
            "coalesce(resolved_value, 'NaN'), silenced, acknowledged_by, "
            "coalesce(floor(extract(epoch FROM acknowledged_at) * 1000)::int8, 0) FROM alert_firings " +
                where + " ORDER BY resolved_at IS NULL DESC, fired_at DESC, id DESC LIMIT $1",
            limit);
        QList<Firing> list;
        for (const auto &r : rows) {
            Firing f;
            f.id = r[0].as<qint64>();
            f.incidentKey = text(r[1]);
            f.dedupKey = text(r[2]);
            f.rule = text(r[3]);
            f.symbol = text(r[4]);
            f.metric = text(r[5]);
            f.severity = text(r[6]);
            f.summary = text(r[7]);
            f.firedAtMs = r[8].as<qint64>();
            f.firedValue = r[9].as<double>();
            f.threshold = r[10].as<double>();
            f.resolvedAtMs = r[11].as<qint64>();
            f.resolvedValue = r[12].as<double>();
            f.silenced = r[13].as<bool>();
            f.acknowledgedBy = text(r[14]);
            f.acknowledgedAtMs = r[15].as<qint64>();
            list << f;
        }
        return list;
    });
}

Result<QList<AlertStore::Firing>> AlertStore::firings(int limit)
{
    return queryFirings("", limit);
}

Result<QList<AlertStore::Firing>> AlertStore::openFirings()
{
    return queryFirings("WHERE resolved_at IS NULL", 100000);
}

Result<qint64> AlertStore::createSilence(const Silence &s)
{
    auto c = connection();
    if (!c)
        return Unexpected<Error>(c.error());
    return guarded(m_connection, [&]() -> Result<qint64> {
        pqxx::work tx(**c);
        const qint64 id =
            tx.exec_params1("SELECT pegboard_silence_create($1, $2, $3::timestamptz, $4::timestamptz, $5)",
                            s.rulePattern.toStdString(), s.symbol.toStdString(), iso(s.startsMs),
                            iso(s.endsMs), s.reason.toStdString())[0]
                .as<qint64>();
        tx.commit();
        return id;
    });
}

Result<void> AlertStore::expireSilence(qint64 id)
{
    auto c = connection();
    if (!c)
        return Unexpected<Error>(c.error());
    return guarded(m_connection, [&]() -> Result<void> {
        pqxx::work tx(**c);
        tx.exec_params("SELECT pegboard_silence_expire($1)", id);
        tx.commit();
        return {};
    });
}

Result<QList<Silence>> AlertStore::silences(qint64 nowMs)
{
    auto c = connection();
    if (!c)
        return Unexpected<Error>(c.error());
    return guarded(m_connection, [&]() -> Result<QList<Silence>> {
        pqxx::read_transaction tx(**c);
        const pqxx::result rows = tx.exec_params(
            "SELECT id, rule_pattern, symbol, floor(extract(epoch FROM starts_at) * 1000)::int8, "
            "floor(extract(epoch FROM ends_at) * 1000)::int8, reason, created_by FROM alert_silences "
            "WHERE ends_at > $1::timestamptz ORDER BY starts_at, id",
            iso(nowMs));
        QList<Silence> list;
        for (const auto &r : rows)
            list << Silence{r[0].as<qint64>(), text(r[1]), text(r[2]), r[3].as<qint64>(),
                            r[4].as<qint64>(), text(r[5]), text(r[6])};
        return list;
    });
}

} // namespace pegboard
