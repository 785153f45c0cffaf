#include "compliancecontroller.h"

#include "audit/auditverifier.h"
#include "audit/evidencelog.h"
#include "audit/leaflist.h"
#include "audit/merklelogreader.h"
#include "domain/backgroundpool.h"
#include "report/datasetreportsource.h"
#include "report/pdfreport.h"
#include "report/reportbuilder.h"
#include "store/issuestore.h"

#include <QFile>
#include <QPointer>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace pegboard {

namespace {
// Runs work on the pool and delivers its result on the receiver's thread, if it still exists.
template<typename Work, typename Deliver> void offThread(QObject *receiver, Work work, Deliver deliver)
{
    QPointer<QObject> guard(receiver);
    (void)runInBackground([guard, work = std::move(work), deliver = std::move(deliver)]() mutable {
        auto result = work();
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, deliver = std::move(deliver), result = std::move(result)]() mutable {
                if (guard)
                    deliver(std::move(result));
            },
            Qt::QueuedConnection);
    });
}
} // namespace

ComplianceController::ComplianceController(QObject *parent)
    : QObject(parent)
{}

ComplianceController::~ComplianceController()
{
    m_cancel->store(true);
}

void ComplianceController::setUrl(const QString &url)
{
    m_url = url;
}

QString ComplianceController::lastCheckpointPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/audit/last.checkpoint");
}

void ComplianceController::loadAudit()
{
    if (m_url.isEmpty())
        return;
    offThread(
        this,
        [url = m_url]() -> Result<QList<AuditEntry>> {
            auto store = IssueStore::open(url);
            if (!store)
                return Unexpected<Error>(store.error());
            return (*store)->auditTrail();
        },
        [this](Result<QList<AuditEntry>> entries) {
            if (entries)
                emit auditLoaded(*entries);
            else
                emit failed(entries.error().message);
        });
}

void ComplianceController::verify()
{
    if (m_url.isEmpty())
        return;
    offThread(
        this,
        [url = m_url, cancel = m_cancel]() -> Result<VerifyResult> {
            AuditVerifier::Inputs inputs;
            QFile file(lastCheckpointPath());
            if (file.open(QIODevice::ReadOnly)) {
                if (auto parsed = Checkpoint::parse(file.readAll()))
                    inputs.checkpoint = *parsed;
                if (auto key = NoteKey::loadVerifier(EvidenceLog::defaultKeyPath() + QStringLiteral(".pub")))
                    inputs.key = *key;
                if (auto leaves = LeafList::read(lastCheckpointPath() + QStringLiteral(".leaves")))
                    inputs.oldLeaves = std::move(*leaves);
            }
            auto state = MerkleLogReader(url).read({}, cancel.get());
            if (!state)
                return Unexpected<Error>(state.error());
            return AuditVerifier::verify(*state, inputs);
        },
        [this](Result<VerifyResult> result) {
            if (!result) {
                emit failed(result.error().message);
                return;
            }
            QStringList lines;
            if (result->ok)
                lines.append(tr("Verified: %1 leaves.").arg(result->size));
            else if (!result->findings.isEmpty())
                lines.append(tr("FIRST: %1").arg(result->findings.first().describe()));
            lines += result->problems;
            lines += result->notes;
            emit verified(result->ok, lines.join(QLatin1Char('\n')));
        });
}

void ComplianceController::checkpoint()
{
    if (m_url.isEmpty())
        return;
    offThread(
        this,
        [url = m_url, cancel = m_cancel]() -> Result<QString> {
            auto key = EvidenceLog::defaultKey();
            if (!key)
                return Unexpected<Error>(key.error());
            auto log = EvidenceLog::sign(url, *key, {}, cancel.get());
            if (!log)
                return Unexpected<Error>(log.error());
            if (!log->state.findings.isEmpty())
                return Error::make(Error::Code::InvalidInput, log->state.findings.first().describe());
            QSaveFile file(lastCheckpointPath());
            if (!file.open(QIODevice::WriteOnly) || file.write(log->text) != log->text.size() ||
                !file.commit())
                return Error::make(Error::Code::Io, file.errorString());
            if (auto written =
                    LeafList::write(lastCheckpointPath() + QStringLiteral(".leaves"), log->state.leaves);
                !written)
                return Unexpected<Error>(written.error());
            return QString::fromUtf8(log->text);
        },
        [this](Result<QString> text) {
            if (text)
                emit checkpointed(*text);
            else
                emit failed(text.error().message);
        });
}

void ComplianceController::generate(const ReportRequest &request, const QString &path)
{
    if (m_url.isEmpty())
        return;
    m_cancel->store(false);
    QPointer<ComplianceController> self(this);
    offThread(
        this,
        [url = m_url, request, path, cancel = m_cancel, self]() -> Result<QString> {
            auto key = EvidenceLog::defaultKey();
            if (!key)
                return Unexpected<Error>(key.error());
            auto source = DatasetReportSource::openStore(url, *key);
            if (!source)
                return Unexpected<Error>(source.error());
            auto data = ReportBuilder::build(
                request, **source,
                [self](int percent, const QString &step) {
                    QMetaObject::invokeMethod(
                        self.data(),
                        [self, percent, step] {
                            if (self)
                                emit self->progress(percent, step);
                        },
                        Qt::QueuedConnection);
                },
                cancel.get());
            if (!data)
                return Unexpected<Error>(data.error());
            if (cancel->load())
                return Error::make(Error::Code::Cancelled, tr("Cancelled."));
            if (auto written = PdfReport::write(*data, path); !written)
                return Unexpected<Error>(written.error());
            return data->reportId;
        },
        [this, path](Result<QString> reportId) {
            if (reportId) {
                emit progress(100, tr("Done"));
                emit generated(path, *reportId);
            } else {
                emit failed(reportId.error().message);
            }
        });
}

void ComplianceController::cancel()
{
    m_cancel->store(true);
}

} // namespace pegboard
