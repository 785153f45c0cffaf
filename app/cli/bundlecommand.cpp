#include "cli/bundlecommand.h"

#include "audit/checkpoint.h"
#include "audit/evidencelog.h"
#include "dataset/bundleformat.h"
#include "dataset/bundlesigner.h"
#include "dataset/bundleverifier.h"
#include "dataset/bundlewriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

namespace pegboard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pegboard::BundleCommand", text);
}
} // namespace

QString BundleCommand::summary() const
{
    return QCoreApplication::translate("BundleCommand",
                                       "Review bundles: bundle export --db URL [--from T] [--to T] [--redact "
                                       "PROFILE] [--key PEM] -o FILE | bundle verify FILE [--pubkey PEM]");
}

int BundleCommand::run(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    QStringList rest = arguments;
    if (rest.size() > 1)
        rest.removeAt(1);
    if (!rest.isEmpty())
        rest[0] = arguments.value(0) + QLatin1Char(' ') + sub;
    if (sub == QLatin1String("export"))
        return exportBundle(rest);
    if (sub == QLatin1String("verify"))
        return verifyBundle(rest);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out() << summary() << Qt::endl;
        return 0;
    }
    err() << tr("Usage: pegboard bundle export|verify …; see pegboard bundle export --help.") << Qt::endl;
    return 2;
}

int BundleCommand::exportBundle(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export a window of the store as one signed SQLite review bundle."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("PostgreSQL URL of the store."),
                                      QStringLiteral("url"), qEnvironmentVariable("PEGBOARD_DB"));
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("Start of the window (ISO 8601, UTC)."),
                                        QStringLiteral("time"));
    const QCommandLineOption toOption(
        QStringLiteral("to"), tr("End of the window, exclusive (ISO 8601, UTC)."), QStringLiteral("time"));
    const QCommandLineOption redactOption(
        QStringLiteral("redact"),
        tr("Redaction profile: %1.").arg(RedactionProfile::names().join(QStringLiteral(", "))),
        QStringLiteral("profile"), QStringLiteral("none"));
    const QCommandLineOption keyOption(
        QStringLiteral("key"),
        tr("Ed25519 private key (PEM) to sign the manifest with; default PEGBOARD_BUNDLE_KEY."),
        QStringLiteral("file"));
    const QCommandLineOption auditKeyOption(
        QStringLiteral("audit-key"),
        tr("Signed-note key the evidence log's checkpoint in the manifest is signed with (as `pegboard "
           "audit checkpoint --key`); default: %1 when it exists, else the checkpoint is unsigned.")
            .arg(EvidenceLog::defaultKeyPath()),
        QStringLiteral("file"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          tr("The bundle file to write."), QStringLiteral("file"));
    parser.addOptions(
        {dbOption, fromOption, toOption, redactOption, keyOption, auditKeyOption, outputOption});
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return 0;
    }
    BundleWriter::Options options;
    options.storeUrl = parser.value(dbOption);
    options.output = parser.value(outputOption);
    options.pegboardVersion = QCoreApplication::applicationVersion();
    if (options.storeUrl.isEmpty() || options.output.isEmpty()) {
        err() << tr("bundle export needs --db URL and -o FILE.") << Qt::endl;
        return 2;
    }
    for (const auto &[option, target] :
         {std::pair{&fromOption, &options.from}, std::pair{&toOption, &options.to}}) {
        if (!parser.isSet(*option))
            continue;
        *target = QDateTime::fromString(parser.value(*option), Qt::ISODateWithMs);
        if (!target->isValid()) {
            err() << tr("Not a valid ISO 8601 time: %1").arg(parser.value(*option)) << Qt::endl;
            return 2;
        }
        *target = target->toUTC();
    }
    if (options.from.isValid() && options.to.isValid() && options.from >= options.to) {
        err() << tr("--from must be before --to.") << Qt::endl;
        return 2;
    }
    const auto profile = RedactionProfile::byName(parser.value(redactOption));
    if (!profile) {
        err() << tr("Unknown redaction profile %1; known: %2.")
                     .arg(parser.value(redactOption), RedactionProfile::names().join(QStringLiteral(", ")))
              << Qt::endl;
        return 2;
    }
    options.redaction = *profile;
    options.signingKey =
        parser.isSet(keyOption) ? parser.value(keyOption).toLocal8Bit() : qgetenv("PEGBOARD_BUNDLE_KEY");
    options.checkpointKey = parser.isSet(auditKeyOption)                       ? parser.value(auditKeyOption)
                            : QFileInfo::exists(EvidenceLog::defaultKeyPath()) ? EvidenceLog::defaultKeyPath()
                                                                               : QString();
    int lastPercent = -1;
    options.progress = [&lastPercent](int percent, const QString &stage) {
        if (percent != lastPercent)
            err() << QStringLiteral("%1% %2").arg(percent).arg(stage) << Qt::endl;
        lastPercent = percent;
    };
    QElapsedTimer clock;
    clock.start();
    auto written = BundleWriter::write(options);
    if (!written) {
        err() << written.error().message << Qt::endl;
        return written.error().code == Error::Code::InvalidInput ? 2 : 1;
    }
    QStringList counts;
    for (const auto &[table, rows] : written->rows)
        counts << QStringLiteral("%1 %2").arg(QString::fromStdString(table)).arg(rows);
    out() << tr("Wrote %1 (%2 bytes, %3 s): %4; %5.")
                 .arg(options.output)
                 .arg(written->bytes)
                 .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 2)
                 .arg(counts.join(QStringLiteral(", ")), written->isSigned ? tr("signed") : tr("not signed"))
          << Qt::endl;
    for (const QString &finding : written->auditFindings)
        err() << tr("Warning: the store's evidence log does not verify, so its checkpoint in the bundle is "
                    "unsigned: %1")
                     .arg(finding)
              << Qt::endl;
    if (written->auditCheckpoint.isEmpty())
        err() << tr("The store keeps no evidence log; the manifest holds no audit checkpoint.") << Qt::endl;
    else
        out() << (written->checkpointSigned ? tr("Audit checkpoint (signed):")
                                            : tr("Audit checkpoint (unsigned):"))
              << '\n'
              << written->auditCheckpoint;
    return 0;
}

int BundleCommand::verifyBundle(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Check a review bundle's table hashes, row digests and signature."));
    parser.addHelpOption();
    const QCommandLineOption pubkeyOption(QStringLiteral("pubkey"),
                                          tr("The Ed25519 public key (PEM) the bundle must be signed with."),
                                          QStringLiteral("file"));
    parser.addOptions({pubkeyOption});
    parser.addPositionalArgument(QStringLiteral("file"), tr("The bundle."));
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        err() << tr("bundle verify needs exactly one FILE.") << Qt::endl;
        return 2;
    }
    QByteArray pinned;
    if (parser.isSet(pubkeyOption)) {
        auto key = BundleSigner::publicKeyFromPem(parser.value(pubkeyOption).toLocal8Bit());
        if (!key) {
            err() << key.error().message << Qt::endl;
            return 2;
        }
        pinned = *key;
    }
    const QString path = parser.positionalArguments().constFirst();
    auto report = BundleVerifier::verify(path, pinned);
    if (!report) {
        err() << report.error().message << Qt::endl;
        return 2;
    }
    if (!report->ok()) {
        for (const QString &problem : report->problems)
            err() << tr("FAILED: %1").arg(problem) << Qt::endl;
        return 1;
    }
    QStringList counts;
    for (const auto &[table, rows] : report->rows)
        counts << QStringLiteral("%1 %2").arg(QString::fromStdString(table)).arg(rows);
    out() << tr("OK: %1 — %2; %3.")
                 .arg(path, counts.join(QStringLiteral(", ")),
                      report->signer.isEmpty() ? tr("not signed")
                                               : tr("signed by Ed25519 key %1").arg(report->signer))
          << Qt::endl;
    if (report->auditCheckpoint.isEmpty())
        out() << tr("No audit checkpoint in the manifest.") << Qt::endl;
    else
        out() << tr("Audit checkpoint at export (%1 leaves, %2):")
                     .arg(report->auditCheckpointSize)
                     .arg(report->auditCheckpointSigners.isEmpty()
                              ? tr("unsigned")
                              : tr("signed by %1")
                                    .arg(report->auditCheckpointSigners.join(QStringLiteral(", "))))
              << '\n'
              << report->auditCheckpoint;
    return 0;
}

} // namespace pegboard
