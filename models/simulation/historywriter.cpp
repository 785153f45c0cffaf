#include "historywriter.h"

#include "groundtruth.h"
#include "issuegenerator.h"
#include "marketmodel.h"
#include "store/bulkloader.h"
#include "store/feedsamplestore.h"
#include "store/migrator.h"
#include "store/pgconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <future>
#include <optional>

namespace pegboard {

namespace {
QString tr(const char *text)
{
    // lupdate files tr() calls in pegboard's classes under the namespaced context.
    return QCoreApplication::translate("pegboard::HistoryWriter", text);
}
} // namespace

HistoryWriter::HistoryWriter(Options options)
    : m_options(std::move(options))
{}

Result<void> HistoryWriter::checkSchema() const
{
    auto connection = PgConnection::open(m_options.url);
    if (!connection)
        return Unexpected<Error>(connection.error());
    const Migrator migrator;
    auto version = migrator.currentVersion(**connection);
    if (!version)
        return Unexpected<Error>(version.error());
    if (*version > migrator.latestVersion())
        return Error::make(Error::Code::SchemaTooNew,
                           tr("The store's schema (version %1) is newer than this Pegboard knows (up to %2); "
                              "upgrade Pegboard first.")
                               .arg(*version)
                               .arg(migrator.latestVersion()));
    if (*version < migrator.latestVersion())
        return Error::make(
            Error::Code::InvalidInput,
            (*version == 0 ? tr("The store has no Pegboard schema yet.")
                           : tr("The store's schema is at version %1, older than this Pegboard (%2).")
                                 .arg(*version)
                                 .arg(migrator.latestVersion())) +
                QLatin1Char(' ') +
                tr("Run `pegboard db migrate --db %1` first.").arg(PgConnection::redacted(m_options.url)));
    return {};
}

Result<HistoryWriter::Summary> HistoryWriter::run(const Progress &progress)
{
    const Options &o = m_options;
    if (o.issues < 0 || o.issues > MaxIssues)
        return Error::make(Error::Code::InvalidInput,
                           tr("The number of reports must be between 0 and %1.").arg(MaxIssues));
    if (o.days < 1 || o.days > MaxDays)
        return Error::make(Error::Code::InvalidInput,
                           tr("The number of days must be between 1 and %1.").arg(MaxDays));
    if (!o.truthPath.isEmpty()) {
        // Refuse before writing anything, not after a long load.
        const QFileInfo truth(o.truthPath);
        if (!truth.absoluteDir().exists() || (truth.exists() && !truth.isWritable()) || truth.isDir())
            return Error::make(Error::Code::Io, tr("Cannot write the truth file %1.").arg(o.truthPath));
    }
    if (auto ok = checkSchema(); !ok)
        return Unexpected<Error>(ok.error());

    QElapsedTimer clock;
    clock.start();
    auto report = [&](const QString &stage, qint64 done, qint64 total) {
        if (progress)
            progress(stage, done, total);
    };
    Summary summary;
    report(tr("Simulating the market"), 0, o.days);
    const qint64 endMs = o.endMs - ((o.endMs % 60000) + 60000) % 60000;
    const MarketModel model({endMs - qint64(o.days) * 86400000, o.days * 1440, o.seed});
    IssueGenerator generator(model, {o.issues, o.seed});
    report(tr("Planning reports"), 0, o.issues);
    generator.plan();
    summary.issues = qint64(generator.planned().size());
    summary.clusters = int(generator.clusters().size());

    // Feed samples go through their own connection while the reports load: the two do not
    // depend on each other, and each leaves the other's CPU time to the server.
    std::optional<Error> feedError;
    auto feeds = std::async(std::launch::async, [&]() -> std::pair<qint64, qint64> {
        auto store = FeedSampleStore::open(o.url);
        if (!store) {
            feedError = store.error();
            return {0, 0};
        }
        qint64 written = 0, inserted = 0;
        std::vector<FeedSample> chunk;
        const int step = 10 * 1440;
        for (int from = 0; from < model.minutes(); from += step) {
            chunk.clear();
            model.appendSamples(from, from + step, chunk);
            auto result = (*store)->insert(chunk);
            if (!result) {
                feedError = result.error();
                break;
            }
            written += qint64(chunk.size());
            inserted += *result;
            report(tr("Writing feed samples (days)"), std::min(from + step, model.minutes()) / 1440, o.days);
        }
        return {written, inserted};
    });
    auto truth = std::async(std::launch::async, [&]() -> Result<void> {
        if (o.truthPath.isEmpty())
            return {};
        return GroundTruth(model, generator, o.seed).write(o.truthPath);
    });

    // Render the next batch while the current one loads.
    const qint64 batch = std::max(1, o.batch);
    const int connections = std::max(1, o.connections);
    // A generated history is new to the store unless the same seed ran before.
    BulkLoader loader(o.url, {connections, int(std::max<qint64>(1000, batch / connections)), true});
    auto renderBatch = [&](qint64 from) {
        std::vector<Issue> issues(size_t(std::min(batch, summary.issues - from)));
        generator.render(from, issues, 2);
        return issues;
    };
    std::optional<Error> issueError;
    std::future<std::vector<Issue>> next;
    if (summary.issues > 0)
        next = std::async(std::launch::async, renderBatch, 0);
    for (qint64 from = 0; from < summary.issues; from += batch) {
        std::vector<Issue> current = next.get();
        if (from + batch < summary.issues)
            next = std::async(std::launch::async, renderBatch, from + batch);
        auto loaded = loader.load(current);
        if (!loaded) {
            issueError = loaded.error();
            break;
        }
        summary.issuesInserted += loaded->inserted;
        report(tr("Writing reports"), from + qint64(current.size()), summary.issues);
    }
    if (next.valid())
        next.wait();
    const auto [samples, samplesInserted] = feeds.get();
    summary.samples = samples;
    summary.samplesInserted = samplesInserted;
    const Result<void> truthWritten = truth.get();
    if (issueError)
        return Unexpected<Error>(*issueError);
    if (feedError)
        return Unexpected<Error>(*feedError);
    if (!truthWritten)
        return Unexpected<Error>(truthWritten.error());
    summary.seconds = double(clock.nsecsElapsed()) / 1e9;
    return summary;
}

} // namespace pegboard
