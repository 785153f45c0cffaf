#include "cli/generatecommand.h"

#include "simulation/historywriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>
#include <mutex>

namespace pegboard {

namespace {
QString tr(const char *text)
{
    // lupdate files tr() calls in pegboard's classes under the namespaced context.
    return QCoreApplication::translate("pegboard::GenerateCommand", text);
}

bool parseInteger(const QString &text, qint64 min, qint64 max, qint64 &out)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < min || v > max)
        return false;
    out = v;
    return true;
}
} // namespace

QString GenerateCommand::summary() const
{
    return tr("Fill a store with a generated history and write its ground truth (generate --db URL)");
}

int GenerateCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Generates a deterministic market history (feed samples) and issue reports with planted patterns, "
           "writes them to the store, and the planted ground truth to --truth."));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), tr("PostgreSQL URL of the store (migrated)."),
                                QStringLiteral("url"), qEnvironmentVariable("PEGBOARD_DB"));
    const QCommandLineOption issues(QStringLiteral("issues"), tr("Number of reports (default 847)."),
                                    QStringLiteral("n"), QStringLiteral("847"));
    const QCommandLineOption days(QStringLiteral("days"), tr("Days of history (default 90)."),
                                  QStringLiteral("d"), QStringLiteral("90"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("Random seed (default 1); same seed, same history."),
                                  QStringLiteral("s"), QStringLiteral("1"));
    const QCommandLineOption truth(QStringLiteral("truth"), tr("Write the ground truth JSON to this file."),
                                   QStringLiteral("file"));
    const QCommandLineOption end(
        QStringLiteral("end"),
        tr("End of the history, ISO 8601 (UTC unless an offset is given); default now."),
        QStringLiteral("time"));
    parser.addOptions({db, issues, days, seed, truth, end});
    parser.process(arguments);

    if (!parser.positionalArguments().isEmpty()) {
        err() << tr("Unexpected argument '%1'; see pegboard generate --help.")
                     .arg(parser.positionalArguments().first())
              << Qt::endl;
        return 2;
    }
    HistoryWriter::Options options;
    options.url = parser.value(db);
    if (options.url.isEmpty()) {
        err() << tr("No store given; use --db URL (or set PEGBOARD_DB).") << Qt::endl;
        return 2;
    }
    qint64 value = 0;
    if (!parseInteger(parser.value(issues), 0, HistoryWriter::MaxIssues, value)) {
        err() << tr("--issues must be a whole number from 0 to %1.").arg(HistoryWriter::MaxIssues)
              << Qt::endl;
        return 2;
    }
    options.issues = value;
    if (!parseInteger(parser.value(days), 1, HistoryWriter::MaxDays, value)) {
        err() << tr("--days must be a whole number from 1 to %1.").arg(HistoryWriter::MaxDays) << Qt::endl;
        return 2;
    }
    options.days = int(value);
    bool ok = false;
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        err() << tr("--seed must be a non-negative whole number.") << Qt::endl;
        return 2;
    }
    options.endMs = QDateTime::currentMSecsSinceEpoch();
    if (parser.isSet(end)) {
        QDateTime t = QDateTime::fromString(parser.value(end), Qt::ISODateWithMs);
        if (!t.isValid()) {
            err() << tr("--end '%1' is not an ISO 8601 time such as 2026-03-01T12:00:00Z.")
                         .arg(parser.value(end))
                  << Qt::endl;
            return 2;
        }
        if (t.timeSpec() == Qt::LocalTime)
            t.setTimeSpec(Qt::UTC);
        options.endMs = t.toMSecsSinceEpoch();
    }
    options.truthPath = parser.value(truth);

    // Progress on stderr, one line per stage and at most every 10%.
    std::mutex lock;
    QString lastStage;
    qint64 lastTenth = -1;
    auto progress = [&](const QString &stage, qint64 done, qint64 total) {
        std::lock_guard guard(lock);
        const qint64 tenth = total > 0 ? done * 10 / total : 0;
        if (stage == lastStage && tenth == lastTenth)
            return;
        lastStage = stage;
        lastTenth = tenth;
        err() << stage << QStringLiteral(": %1/%2").arg(done).arg(total) << Qt::endl;
    };
    auto result = HistoryWriter(options).run(progress);
    if (!result) {
        err() << result.error().message << Qt::endl;
        const Error::Code code = result.error().code;
        return code == Error::Code::InvalidInput || code == Error::Code::SchemaTooNew ? 3 : 1;
    }
    out() << tr("Generated %1 reports in %2 planted clusters (%3 new) and %4 feed samples (%5 new) over %6 "
                "days, "
                "seed %7, in %8 s.")
                 .arg(result->issues)
                 .arg(result->clusters)
                 .arg(result->issuesInserted)
                 .arg(result->samples)
                 .arg(result->samplesInserted)
                 .arg(options.days)
                 .arg(options.seed)
                 .arg(result->seconds, 0, 'f', 1)
          << Qt::endl;
    if (result->issuesInserted < result->issues)
        err() << tr("%1 of the reports were already in the store (same seed); the stored ones were kept.")
                     .arg(result->issues - result->issuesInserted)
              << Qt::endl;
    if (!options.truthPath.isEmpty())
        out() << tr("Ground truth written to %1.").arg(options.truthPath) << Qt::endl;
    return 0;
}

} // namespace pegboard
