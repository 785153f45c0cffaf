#include "cli/reportcommand.h"

#include "audit/evidencelog.h"
#include "report/datasetreportsource.h"
#include "report/pdfreport.h"
#include "report/reportbuilder.h"
#include "store/pgconnection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTranslator>
#include <pqxx/pqxx>

namespace pegboard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pegboard::ReportCommand", text);
}

QDateTime parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime && !text.contains(QLatin1Char('+')))
        t.setTimeSpec(Qt::UTC); // times without an offset are UTC, as everywhere in Pegboard
    return t.toUTC();
}

// The report's language, whatever the console's: replace our translator with the chosen one.
void useLanguage(const QString &language)
{
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>())
        QCoreApplication::removeTranslator(t);
    if (language == QLatin1String("en"))
        return;
    auto *ours = new QTranslator(QCoreApplication::instance());
    if (ours->load(QStringLiteral(":/i18n/pegboard_%1").arg(language)))
        QCoreApplication::installTranslator(ours);
}
} // namespace

QString ReportCommand::summary() const
{
    return tr("A PDF/A compliance report: an incident (DORA/NYDFS terms) or a period "
              "(report --db URL|--bundle FILE --incident ID | --from T --to T -o FILE.pdf)");
}

int ReportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), tr("PostgreSQL URL of the store."),
                                QStringLiteral("url"), qEnvironmentVariable("PEGBOARD_DB"));
    const QCommandLineOption bundle(QStringLiteral("bundle"), tr("A review bundle instead of a store."),
                                    QStringLiteral("file"));
    const QCommandLineOption incident(QStringLiteral("incident"), tr("Any report of the incident (its id)."),
                                      QStringLiteral("id"));
    const QCommandLineOption from(QStringLiteral("from"), tr("Period start (ISO 8601, UTC)."),
                                  QStringLiteral("time"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Period end, exclusive (ISO 8601, UTC)."),
                                QStringLiteral("time"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     tr("JSON with the facts the store does not hold."),
                                     QStringLiteral("file"));
    const QCommandLineOption redact(QStringLiteral("redact"),
                                    tr("persons (pseudonymise people) or public (also texts)."),
                                    QStringLiteral("profile"));
    const QCommandLineOption generatedAt(QStringLiteral("generated-at"),
                                         tr("Generation time to print (a fixed time gives identical bytes)."),
                                         QStringLiteral("time"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Report language: en or de."),
                                  QStringLiteral("code"), QStringLiteral("en"));
    const QCommandLineOption key(QStringLiteral("key"),
                                 tr("Checkpoint signing key (default: the audit key)."),
                                 QStringLiteral("file"));
    const QCommandLineOption record(QStringLiteral("record"), tr("Record the generation in the audit log."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, tr("The PDF to write."),
                                    QStringLiteral("file"));
    parser.addOptions(
        {db, bundle, incident, from, to, profile, redact, generatedAt, lang, key, record, output});
    parser.process(arguments);

    const auto usage = [](const QString &message) {
        err() << message << Qt::endl;
        return 2;
    };
    if (!parser.isSet(output))
        return usage(tr("-o FILE.pdf is required."));
    const bool fromBundle = parser.isSet(bundle);
    if (fromBundle && parser.isSet(db))
        return usage(tr("Give either --db URL or --bundle FILE, not both."));
    if (!fromBundle && parser.value(db).isEmpty())
        return usage(tr("--db URL or --bundle FILE is required."));
    if (fromBundle && parser.isSet(record))
        return usage(tr("--record writes to the store; a review bundle is read-only."));
    ReportRequest request;
    if (parser.isSet(incident) == (parser.isSet(from) || parser.isSet(to)))
        return usage(tr("Give either --incident ID or --from T --to T."));
    if (parser.isSet(incident)) {
        request.kind = ReportRequest::Kind::Incident;
        request.incident = QUuid::fromString(parser.value(incident));
        if (request.incident.isNull())
            return usage(tr("--incident: not a report id: %1").arg(parser.value(incident)));
    } else {
        request.kind = ReportRequest::Kind::Period;
        request.from = parseTime(parser.value(from));
        request.to = parseTime(parser.value(to));
        if (!request.from.isValid() || !request.to.isValid() || request.from >= request.to)
            return usage(tr("--from and --to must be ISO 8601 times with --from before --to."));
    }
    if (parser.isSet(profile)) {
        QFile file(parser.value(profile));
        if (!file.open(QIODevice::ReadOnly))
            return usage(tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return usage(tr("%1 is not a JSON object: %2").arg(file.fileName(), error.errorString()));
        request.profile = doc.object();
    }
    request.redact = parser.value(redact);
    if (!request.redact.isEmpty() && request.redact != QLatin1String("persons") &&
        request.redact != QLatin1String("public"))
        return usage(tr("--redact: use persons or public."));
    if (parser.isSet(generatedAt)) {
        request.generatedAt = parseTime(parser.value(generatedAt));
        if (!request.generatedAt.isValid())
            return usage(tr("--generated-at: not an ISO 8601 time."));
    }
    request.language = parser.value(lang);
    if (request.language != QLatin1String("en") && request.language != QLatin1String("de"))
        return usage(tr("--lang: en or de."));
    useLanguage(request.language);

    Result<std::unique_ptr<DatasetReportSource>> source = Unexpected<Error>(Error{});
    if (fromBundle) {
        // A bundle is signed at export and carries its checkpoint; nothing here signs anything.
        source = DatasetReportSource::openBundle(parser.value(bundle));
    } else {
        auto signer = parser.isSet(key) ? NoteKey::loadOrCreate(parser.value(key), {}, false)
                                        : EvidenceLog::defaultKey();
        if (!signer) {
            err() << signer.error().message << Qt::endl;
            return 1;
        }
        source = DatasetReportSource::openStore(parser.value(db), *signer);
    }
    if (!source) {
        err() << source.error().message << Qt::endl;
        return source.error().code == Error::Code::NotFound ||
                       source.error().code == Error::Code::InvalidInput
                   ? 2
                   : 1;
    }
    auto data = ReportBuilder::build(request, **source, [](int percent, const QString &step) {
        err() << QStringLiteral("[%1%] ").arg(percent, 3) << step << Qt::endl;
    });
    if (!data) {
        err() << data.error().message << Qt::endl;
        return data.error().code == Error::Code::NotFound ? 2 : 1;
    }
    auto pdf = PdfReport::render(*data);
    if (!pdf) {
        err() << pdf.error().message << Qt::endl;
        return 1;
    }
    QFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(*pdf) != pdf->size()) {
        err() << tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()) << Qt::endl;
        return 1;
    }
    file.close();
    if (parser.isSet(record)) {
        try {
            auto connection = PgConnection::open(parser.value(db));
            if (!connection)
                throw std::runtime_error(connection.error().message.toStdString());
            pqxx::work tx(**connection);
            const QJsonObject details{
                {QStringLiteral("kind"), request.kind == ReportRequest::Kind::Incident
                                             ? QStringLiteral("incident")
                                             : QStringLiteral("period")},
                {QStringLiteral("pdf_sha256"),
                 QString::fromLatin1(QCryptographicHash::hash(*pdf, QCryptographicHash::Sha256).toHex())},
                {QStringLiteral("evidence_sha256"), data->evidenceSha256},
                {QStringLiteral("records_cited"), int(data->cited.size())}};
            tx.exec_params("SELECT pegboard_record_report($1, $2::jsonb)", data->reportId.toStdString(),
                           QJsonDocument(details).toJson(QJsonDocument::Compact).toStdString());
            tx.commit();
        } catch (const std::exception &e) {
            err() << tr("The report was written but its generation could not be recorded: %1")
                         .arg(QString::fromUtf8(e.what()))
                  << Qt::endl;
            return 1;
        }
    }
    out() << tr("Wrote %1: %2, %3 records cited, evidence SHA-256 %4.")
                 .arg(file.fileName(), data->reportId)
                 .arg(data->cited.size())
                 .arg(data->evidenceSha256)
          << Qt::endl;
    return 0;
}

} // namespace pegboard
