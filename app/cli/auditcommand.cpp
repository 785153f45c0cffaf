#include "cli/auditcommand.h"

#include "audit/auditverifier.h"
#include "audit/evidencelog.h"
#include "audit/leaflist.h"
#include "audit/merklelogreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

namespace pegboard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pegboard::AuditCommand", text);
}

constexpr int ExitError = 1;
constexpr int ExitUsage = 2;
constexpr int ExitTampered = 3;

Result<NoteKey> signingKey(const QString &path)
{
    if (path.isEmpty())
        return EvidenceLog::defaultKey();
    return NoteKey::loadOrCreate(path, {}, false);
}
} // namespace

QString AuditCommand::summary() const
{
    return tr("Signed checkpoints of the evidence log, and verification against them "
              "(audit checkpoint|verify --db URL)");
}

int AuditCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), tr("checkpoint or verify"));
    const QCommandLineOption db(QStringLiteral("db"), tr("PostgreSQL URL of the store."),
                                QStringLiteral("url"), qEnvironmentVariable("PEGBOARD_DB"));
    const QCommandLineOption key(QStringLiteral("key"),
                                 tr("Signing key (signed-note PRIVATE+KEY format); default: %1, created on "
                                    "first use.")
                                     .arg(EvidenceLog::defaultKeyPath()),
                                 QStringLiteral("file"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Where to write the checkpoint (and FILE.leaves beside it)."),
                                    QStringLiteral("file"));
    const QCommandLineOption checkpointOption(
        QStringLiteral("checkpoint"), tr("An older checkpoint to verify against."), QStringLiteral("file"));
    const QCommandLineOption pubkey(QStringLiteral("pubkey"),
                                    tr("The signer's verifier key (name+id+key); default: the key's .pub."),
                                    QStringLiteral("file"));
    const QCommandLineOption leaves(
        QStringLiteral("leaves"), tr("The checkpoint's leaf list; default: CHECKPOINT.leaves when present."),
        QStringLiteral("file"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the verification as one JSON object."));
    parser.addOptions({db, key, output, checkpointOption, pubkey, leaves, json});
    parser.process(arguments);

    const QString action = parser.positionalArguments().value(0);
    if (parser.value(db).isEmpty()) {
        err() << tr("--db is required.") << Qt::endl;
        return ExitUsage;
    }
    if (action == QLatin1String("checkpoint")) {
        if (!parser.isSet(output)) {
            err() << tr("checkpoint needs -o FILE.") << Qt::endl;
            return ExitUsage;
        }
        return checkpoint(parser.value(db), parser.value(key), parser.value(output));
    }
    if (action == QLatin1String("verify")) {
        QString pub = parser.value(pubkey);
        if (pub.isEmpty() && parser.isSet(key))
            pub = parser.value(key);
        return verify(parser.value(db), parser.value(checkpointOption), pub, parser.value(leaves),
                      parser.isSet(json));
    }
    err() << tr("Unknown or missing action; use 'checkpoint' or 'verify'.") << Qt::endl;
    return ExitUsage;
}

int AuditCommand::checkpoint(const QString &url, const QString &keyPath, const QString &output)
{
    auto key = signingKey(keyPath);
    if (!key) {
        err() << key.error().message << Qt::endl;
        return ExitError;
    }
    auto signedLog = EvidenceLog::sign(url, *key);
    if (!signedLog) {
        err() << signedLog.error().message << Qt::endl;
        return ExitError;
    }
    if (!signedLog->state.findings.isEmpty()) {
        // Signing over rows that already betray tampering would bless it.
        err() << tr("Refusing to sign: the store does not verify.") << Qt::endl;
        for (const LogFinding &f : signedLog->state.findings)
            err() << "  " << f.describe() << Qt::endl;
        return ExitTampered;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(signedLog->text) != signedLog->text.size() ||
        !file.commit()) {
        err() << tr("Cannot write %1: %2").arg(output, file.errorString()) << Qt::endl;
        return ExitError;
    }
    if (auto written = LeafList::write(output + QStringLiteral(".leaves"), signedLog->state.leaves);
        !written) {
        err() << written.error().message << Qt::endl;
        return ExitError;
    }
    out() << signedLog->text;
    err() << tr("Checkpoint of %1 leaves written to %2 (leaf list: %2.leaves); verifier key: %3")
                 .arg(signedLog->checkpoint.size)
                 .arg(output, QString::fromUtf8(key->verifierKeyText()))
          << Qt::endl;
    return 0;
}

int AuditCommand::verify(const QString &url, const QString &checkpointPath, const QString &pubkeyPath,
                         const QString &leavesPath, bool json)
{
    AuditVerifier::Inputs inputs;
    if (!checkpointPath.isEmpty()) {
        QFile file(checkpointPath);
        if (!file.open(QIODevice::ReadOnly)) {
            err() << tr("Cannot read %1: %2").arg(checkpointPath, file.errorString()) << Qt::endl;
            return ExitError;
        }
        auto parsed = Checkpoint::parse(file.readAll());
        if (!parsed) {
            err() << checkpointPath << ": " << parsed.error().message << Qt::endl;
            return ExitError;
        }
        inputs.checkpoint = *parsed;
        QString pub = pubkeyPath;
        if (pub.isEmpty() && QFile::exists(EvidenceLog::defaultKeyPath() + QStringLiteral(".pub")))
            pub = EvidenceLog::defaultKeyPath() + QStringLiteral(".pub");
        if (!pub.isEmpty()) {
            auto key = NoteKey::loadVerifier(pub);
            if (!key) {
                err() << key.error().message << Qt::endl;
                return ExitError;
            }
            // The default key only counts when it is the one that signed; a named --pubkey always counts.
            if (!pubkeyPath.isEmpty() || inputs.checkpoint->verifiedBy(*key) ||
                std::any_of(parsed->signatures.cbegin(), parsed->signatures.cend(),
                            [&](const Checkpoint::Signature &s) { return s.name == key->name(); }))
                inputs.key = *key;
        }
        const QString list = leavesPath.isEmpty() ? checkpointPath + QStringLiteral(".leaves") : leavesPath;
        if (QFile::exists(list)) {
            auto old = LeafList::read(list);
            if (!old) {
                err() << old.error().message << Qt::endl;
                return ExitError;
            }
            inputs.oldLeaves = std::move(*old);
        } else if (!leavesPath.isEmpty()) {
            err() << tr("Cannot read %1.").arg(leavesPath) << Qt::endl;
            return ExitError;
        }
    }
    auto state = MerkleLogReader(url).read();
    if (!state) {
        err() << state.error().message << Qt::endl;
        return ExitError;
    }
    const VerifyResult result = AuditVerifier::verify(*state, inputs);
    if (json) {
        QJsonArray findings;
        for (const LogFinding &f : result.findings)
            findings.append(QJsonObject{{QStringLiteral("kind"), f.kindName()},
                                        {QStringLiteral("leaf"), f.leaf},
                                        {QStringLiteral("table"), f.table},
                                        {QStringLiteral("id"), f.ref},
                                        {QStringLiteral("detail"), f.detail}});
        out() << QJsonDocument(
                     QJsonObject{{QStringLiteral("ok"), result.ok},
                                 {QStringLiteral("size"), qint64(result.size)},
                                 {QStringLiteral("root"),
                                  QString::fromLatin1(MerkleTree::toBytes(result.root).toBase64())},
                                 {QStringLiteral("findings"), findings},
                                 {QStringLiteral("problems"), QJsonArray::fromStringList(result.problems)},
                                 {QStringLiteral("notes"), QJsonArray::fromStringList(result.notes)}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    }
    for (const QString &note : result.notes)
        err() << note << Qt::endl;
    if (result.ok) {
        if (!json)
            out() << tr("Verified: %1 leaves, root %2.")
                         .arg(result.size)
                         .arg(QString::fromLatin1(MerkleTree::toBytes(result.root).toBase64()))
                  << Qt::endl;
        return 0;
    }
    if (!result.findings.isEmpty())
        err() << tr("FIRST: %1").arg(result.findings.first().describe()) << Qt::endl;
    for (const QString &problem : result.problems)
        err() << problem << Qt::endl;
    for (const LogFinding &f : result.findings)
        err() << "  " << f.describe() << Qt::endl;
    return ExitTampered;
}

} // namespace pegboard
