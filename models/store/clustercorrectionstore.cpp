#include "clustercorrectionstore.h"

#include "pgconnection.h"

#include <pqxx/pqxx>

namespace pegboard {

namespace {
std::string uuidArray(const std::vector<QUuid> &ids)
{
    std::string out = "{";
    for (const QUuid &id : ids) {
        if (out.size() > 1)
            out += ',';
        out += id.toString(QUuid::WithoutBraces).toStdString();
    }
    return out + '}';
}

template<typename F> auto guarded(F &&f) -> decltype(f())
{
    try {
        return f();
    } catch (const pqxx::sql_error &e) {
        // The functions refuse bad input with invalid_parameter_value / no_data_found.
        const std::string state = e.sqlstate();
        Error error = PgConnection::errorFrom(e);
        if (state == "22023")
            error.code = Error::Code::InvalidInput;
        else if (state == "P0002")
            error.code = Error::Code::NotFound;
        return Unexpected<Error>(error);
    } catch (const std::exception &e) {
        return Unexpected<Error>(PgConnection::errorFrom(e));
    }
}

// The person at the console, for the audit row (the actor is always the database login).
void setPerson(pqxx::work &tx, const QString &person)
{
    tx.exec_params("SELECT set_config('pegboard.person', $1, true)", person.toStdString());
}
} // namespace

ClusterCorrectionStore::ClusterCorrectionStore(std::shared_ptr<pqxx::connection> connection)
    : m_connection(std::move(connection))
{}

Result<std::unique_ptr<ClusterCorrectionStore>> ClusterCorrectionStore::open(const QString &url)
{
    auto connection = PgConnection::open(url);
    if (!connection)
        return Unexpected<Error>(connection.error());
    return std::unique_ptr<ClusterCorrectionStore>(new ClusterCorrectionStore(std::move(connection).value()));
}

Result<qint64> ClusterCorrectionStore::record(ClusterCorrection::Kind kind, const std::vector<QUuid> &a,
                                              const std::vector<QUuid> &b, const QString &reason,
                                              const QString &person)
{
    return guarded([&]() -> Result<qint64> {
        pqxx::work tx(*m_connection);
        setPerson(tx, person);
        const qint64 id = tx.exec_params1("SELECT pegboard_correct_clusters($1, $2::uuid[], $3::uuid[], $4)",
                                          ClusterCorrection::key(kind).toStdString(), uuidArray(a),
                                          uuidArray(b), reason.toStdString())[0]
                              .as<qint64>();
        tx.commit();
        return id;
    });
}

Result<void> ClusterCorrectionStore::undo(qint64 id, const QString &reason, const QString &person)
{
    return guarded([&]() -> Result<void> {
        pqxx::work tx(*m_connection);
        setPerson(tx, person);
        tx.exec_params("SELECT pegboard_undo_cluster_correction($1, $2)", id, reason.toStdString());
        tx.commit();
        return {};
    });
}

} // namespace pegboard
