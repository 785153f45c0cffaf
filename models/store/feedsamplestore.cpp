#include "feedsamplestore.h"

#include "copyencoder.h"
#include "copystream.h"
#include "pgconnection.h"

#include <pqxx/pqxx>

namespace pegboard {

FeedSampleStore::FeedSampleStore(QString url, std::shared_ptr<pqxx::connection> connection)
    : m_url(std::move(url))
    , m_connection(std::move(connection))
{}

Result<std::unique_ptr<FeedSampleStore>> FeedSampleStore::open(const QString &url)
{
    auto connection = PgConnection::open(url);
    if (!connection)
        return Unexpected<Error>(connection.error());
    return std::unique_ptr<FeedSampleStore>(new FeedSampleStore(url, std::move(connection).value()));
}

Result<qint64> FeedSampleStore::insert(std::span<const FeedSample> samples)
{
    if (samples.empty())
        return qint64(0);
    try {
        if (!m_connection || !m_connection->is_open()) {
            auto connection = PgConnection::open(m_url);
            if (!connection)
                return Unexpected<Error>(connection.error());
            m_connection = std::move(connection).value();
        }
        pqxx::work tx(*m_connection);
        tx.exec("CREATE TEMP TABLE IF NOT EXISTS pegboard_feed_staging "
                "(series text, ts timestamptz, value float8, stale boolean) ON COMMIT DELETE ROWS");
        {
            const std::vector<std::string> columns{"series", "ts", "value", "stale"};
            CopyStream::write(tx, "pegboard_feed_staging", columns, samples.size(),
                              [&](std::string &buffer, std::size_t row) {
                                  const FeedSample &s = samples[row];
                                  CopyEncoder e(buffer);
                                  e.text(s.series);
                                  e.separator();
                                  CopyEncoder::appendTimestamp(buffer, s.timestampMs);
                                  e.separator();
                                  e.number(s.value);
                                  e.separator();
                                  e.boolean(s.stale);
                                  e.endRow();
                              });
        }
        // Non-finite values were written as NULL and are not samples.
        const auto result =
            tx.exec("INSERT INTO feed_samples (series, ts, value, stale) SELECT series, ts, value, "
                    "stale FROM pegboard_feed_staging WHERE value IS NOT NULL ON CONFLICT DO NOTHING");
        tx.commit();
        return qint64(result.affected_rows());
    } catch (const std::exception &e) {
        const Error error = PgConnection::errorFrom(e);
        if (error.code == Error::Code::Unreachable)
            m_connection.reset();
        return Unexpected<Error>(error);
    }
}

Result<std::vector<FeedSample>> FeedSampleStore::range(const QStringList &series, qint64 fromMs, qint64 toMs)
{
    try {
        if (!m_connection || !m_connection->is_open()) {
            auto connection = PgConnection::open(m_url);
            if (!connection)
                return Unexpected<Error>(connection.error());
            m_connection = std::move(connection).value();
        }
        std::string list = "{";
        for (qsizetype i = 0; i < series.size(); ++i)
            list += (i ? ",\"" : "\"") + series[i].toStdString() + "\"";
        list += "}";
        pqxx::read_transaction tx(*m_connection);
        const auto rows = tx.exec_params(
            "SELECT series, floor(extract(epoch FROM ts) * 1000)::int8, value, stale FROM feed_samples "
            "WHERE ts >= to_timestamp($1::float8 / 1000) AND ts < to_timestamp($2::float8 / 1000) "
            "AND (cardinality($3::text[]) = 0 OR series = ANY($3::text[])) ORDER BY series, ts",
            fromMs, toMs, list);
        std::vector<FeedSample> out;
        out.reserve(rows.size());
        for (const auto &r : rows)
            out.push_back(
                {QString::fromUtf8(r[0].c_str()), r[1].as<long long>(), r[2].as<double>(), r[3].as<bool>()});
        return out;
    } catch (const std::exception &e) {
        const Error error = PgConnection::errorFrom(e);
        if (error.code == Error::Code::Unreachable)
            m_connection.reset();
        return Unexpected<Error>(error);
    }
}

Result<QStringList> FeedSampleStore::seriesNames()
{
    try {
        pqxx::read_transaction tx(*m_connection);
        QStringList out;
        for (const auto &r : tx.exec("SELECT DISTINCT series FROM feed_samples ORDER BY 1"))
            out << QString::fromUtf8(r[0].c_str());
        return out;
    } catch (const std::exception &e) {
        return Unexpected<Error>(PgConnection::errorFrom(e));
    }
}

} // namespace pegboard
