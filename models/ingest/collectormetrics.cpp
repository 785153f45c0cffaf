#include "collectormetrics.h"

namespace pegboard {

namespace {
void family(QByteArray &out, const QByteArray &name, const char *type, const char *help)
{
    out += "# HELP " + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
}

void sample(QByteArray &out, const QByteArray &name, double value)
{
    out += name + ' ' + QByteArray::number(value, 'g', 15) + '\n';
}
} // namespace

CollectorMetrics::CollectorMetrics()
    : m_started(QDateTime::currentDateTimeUtc())
    , m_answerLatency({0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10})
    , m_batchRows({1, 10, 50, 100, 250, 500, 1000, 2000, 5000, 10000, 20000})
{
    // Every reason appears from the first scrape on, so rate() has a zero to start from.
    for (const char *reason :
         {"unauthorized", "bad_request", "not_found", "method_not_allowed", "malformed_http", "too_large",
          "timeout", "connection_cap", "spool_full", "spool_error"})
        m_refused.insert(reason, 0);
}

QByteArray CollectorMetrics::render(const Gauges &g) const
{
    QByteArray out;
    out.reserve(4096);
    const QByteArray p = "pegboard_collector_";
    family(out, p + "start_time_seconds", "gauge",
           "When this collector process started; every _total counter runs since then.");
    sample(out, p + "start_time_seconds", m_started.toMSecsSinceEpoch() / 1000.0);
    family(out, p + "reports_accepted_total", "counter", "Reports answered 202, durable in the spool.");
    sample(out, p + "reports_accepted_total", double(g.accepted));
    family(out, p + "reports_ignored_total", "counter", "Events answered 202 that are not reports.");
    sample(out, p + "reports_ignored_total", double(g.ignored));
    family(out, p + "requests_refused_total", "counter", "Requests refused, by reason.");
    for (auto it = m_refused.begin(); it != m_refused.end(); ++it)
        sample(out, p + "requests_refused_total{reason=\"" + it.key() + "\"}", double(it.value()));
    family(out, p + "reports_inserted_total", "counter",
           "Rows new to the store (replays and retries that were already stored are not counted).");
    sample(out, p + "reports_inserted_total", double(g.inserted));
    family(out, p + "reports_rejected_total", "counter",
           "Reports the store refused for their data, set aside in rejected.log.");
    sample(out, p + "reports_rejected_total", double(g.rejected));
    family(
        out, p + "store_write_seconds_total", "counter",
        "Time spent in store writes that succeeded; reports_inserted_total over it is the drain's capacity.");
    sample(out, p + "store_write_seconds_total", g.storeWriteSeconds);
    family(out, p + "spool_depth", "gauge", "Reports in the spool not yet in the store.");
    sample(out, p + "spool_depth", double(g.spoolDepth));
    family(out, p + "spool_unflushed_bytes", "gauge", "Bytes of the spool not yet in the store.");
    sample(out, p + "spool_unflushed_bytes", double(g.unflushedBytes));
    family(out, p + "spool_oldest_unflushed_age_seconds", "gauge",
           "Age of the oldest report not yet in the store (0 when none waits).");
    sample(out, p + "spool_oldest_unflushed_age_seconds", g.oldestUnflushedAgeSeconds);
    family(out, p + "store_state", "gauge",
           "1 for the store's current state: up, unreachable, refusing, unknown.");
    for (const char *state : {"up", "unreachable", "refusing", "unknown"})
        sample(out, p + "store_state{state=\"" + state + "\"}", g.storeState == QLatin1String(state) ? 1 : 0);
    family(out, p + "connections", "gauge", "Open HTTP connections.");
    sample(out, p + "connections", g.connections);
    family(out, p + "answer_latency_seconds", "histogram",
           "From a request's last byte to its answer (for reports: until durable).");
    m_answerLatency.render(out, p + "answer_latency_seconds");
    family(out, p + "batch_rows", "histogram", "Reports per store write.");
    m_batchRows.render(out, p + "batch_rows");
    return out;
}

} // namespace pegboard
