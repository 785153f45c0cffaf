#include "datasetreportsource.h"

#include "audit/evidencelog.h"
#include "dataset/bundledataset.h"
#include "dataset/bundleformat.h"
#include "dataset/bundleverifier.h"
#include "dataset/livedataset.h"
#include "store/pgconnection.h"

#include <QCoreApplication>

namespace pegboard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pegboard::DatasetReportSource", text);
}
} // namespace

DatasetReportSource::DatasetReportSource(std::unique_ptr<Dataset> dataset, EvidenceReader evidence)
    : m_dataset(std::move(dataset))
    , m_evidence(std::move(evidence))
{}

DatasetReportSource::~DatasetReportSource() = default;

Result<std::unique_ptr<DatasetReportSource>> DatasetReportSource::openStore(const QString &url,
                                                                            const NoteKey &key)
{
    if (auto valid = PgConnection::validateUrl(url); !valid)
        return Unexpected<Error>(valid.error());
    auto evidence = [url, key]() -> Result<ReportEvidence> {
        auto log = EvidenceLog::sign(url, key);
        if (!log)
            return Unexpected<Error>(log.error());
        ReportEvidence e;
        e.checkpointText = log->text;
        e.verifierKey = log->verifierKey;
        for (const LogFinding &f : log->state.findings)
            e.verification.append(f.describe());
        e.log = std::move(log->state);
        return e;
    };
    return std::make_unique<DatasetReportSource>(std::make_unique<LiveDataset>(url), std::move(evidence));
}

Result<std::unique_ptr<DatasetReportSource>> DatasetReportSource::openBundle(const QString &path)
{
    auto bundle = BundleDataset::open(path);
    if (!bundle)
        return Unexpected<Error>(bundle.error());
    const auto manifest = (*bundle)->manifest();
    auto evidence = [path, manifest]() -> Result<ReportEvidence> {
        const auto value = [&](const char *key) {
            const auto it = manifest.find(key);
            return it == manifest.end() ? QByteArray() : QByteArray::fromStdString(it->second);
        };
        ReportEvidence e;
        // The store's checkpoint at export, when the bundle writer recorded one.
        e.checkpointText = value(BundleFormat::Key::AuditCheckpoint);
        e.identity = value(BundleFormat::Key::Signature);
        auto checked = BundleVerifier::verify(path);
        if (!checked)
            return Unexpected<Error>(checked.error());
        e.verification = checked->problems;
        e.facts.append({tr("Review bundle manifest signer (Ed25519, base64)"),
                        checked->signer.isEmpty() ? tr("unsigned") : checked->signer});
        e.facts.append(
            {tr("Review bundle audit rows and last audit hash"),
             QStringLiteral("%1, %2").arg(QString::fromUtf8(value(BundleFormat::Key::AuditRowCount)),
                                          QString::fromUtf8(value(BundleFormat::Key::AuditLastHash)))});
        return e;
    };
    return std::make_unique<DatasetReportSource>(std::unique_ptr<Dataset>(std::move(bundle).value()),
                                                 std::move(evidence));
}

QString DatasetReportSource::description() const
{
    return m_dataset->description();
}

Result<Snapshot> DatasetReportSource::snapshot(const QDateTime &from, const QDateTime &to)
{
    SnapshotLoader::Options options;
    options.from = from;
    options.to = to;
    options.withText = true;
    return m_dataset->loadSnapshot(options);
}

Result<QList<Issue>> DatasetReportSource::issues(const IssueQuery &query)
{
    return m_dataset->query(query);
}

Result<QList<AuditEntry>> DatasetReportSource::auditTrail()
{
    return m_dataset->auditTrail({});
}

Result<std::vector<FeedSample>> DatasetReportSource::samples(const QStringList &series, qint64 fromMs,
                                                             qint64 toMs)
{
    return m_dataset->feedSamples(series, fromMs, toMs);
}

Result<ImpactSummary> DatasetReportSource::impact(const QDateTime &from, const QDateTime &to)
{
    return m_dataset->impactSummary(from, to);
}

Result<ReportEvidence> DatasetReportSource::evidence()
{
    return m_evidence();
}

} // namespace pegboard
