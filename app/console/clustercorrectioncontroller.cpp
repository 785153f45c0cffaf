#include "console/clustercorrectioncontroller.h"

#include "console/analysiscontroller.h"
#include "domain/backgroundpool.h"
#include "itemmodels/clustermodel.h"
#include "store/clustercorrectionstore.h"

#include <QtConcurrent/QtConcurrentRun>
#include <memory>

namespace pegboard {

ClusterCorrectionController::ClusterCorrectionController(AnalysisController *analysis, QObject *parent)
    : QObject(parent)
    , m_analysis(analysis)
{
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_watcher.result();
        if (!error.isEmpty()) {
            emit failed(error);
            return;
        }
        emit corrected(m_lastId);
        m_analysis->reanalyse();
    });
}

ClusterCorrectionController::~ClusterCorrectionController()
{
    m_watcher.waitForFinished();
}

void ClusterCorrectionController::submit(std::function<QString(qint64 &)> write)
{
    if (m_watcher.isRunning()) {
        emit failed(tr("A correction is still being saved."));
        return;
    }
    m_watcher.setFuture(runInBackground([this, write = std::move(write)] { return write(m_lastId); }));
}

namespace {
std::vector<QUuid> membersOf(const ClusterModel *clusters, const Snapshot *snapshot, int row)
{
    std::vector<QUuid> ids;
    const RootCauseCluster *c = clusters->clusterAt(row);
    if (c && snapshot)
        for (std::uint32_t r : c->rows)
            ids.push_back(snapshot->ids[r]);
    return ids;
}
} // namespace

void ClusterCorrectionController::mergeClusters(int rowA, int rowB, const QString &reason)
{
    const std::vector<QUuid> a = membersOf(m_analysis->clusters(), m_analysis->snapshot().get(), rowA);
    const std::vector<QUuid> b = membersOf(m_analysis->clusters(), m_analysis->snapshot().get(), rowB);
    if (a.empty() || b.empty() || rowA == rowB) {
        emit failed(tr("Choose two different clusters to merge."));
        return;
    }
    record(ClusterCorrection::Kind::Merge, a, b, reason);
}

void ClusterCorrectionController::splitCluster(int row, const QList<QUuid> &splitOff, const QString &reason)
{
    const std::vector<QUuid> members = membersOf(m_analysis->clusters(), m_analysis->snapshot().get(), row);
    std::vector<QUuid> stay, leave;
    for (const QUuid &id : members)
        (splitOff.contains(id) ? leave : stay).push_back(id);
    if (stay.empty() || leave.empty()) {
        emit failed(tr("Choose some, but not all, of the cluster's reports to split off."));
        return;
    }
    record(ClusterCorrection::Kind::Split, stay, leave, reason);
}

void ClusterCorrectionController::moveReport(const QUuid &report, int targetRow, const QString &reason)
{
    std::vector<QUuid> target = membersOf(m_analysis->clusters(), m_analysis->snapshot().get(), targetRow);
    target.erase(std::remove(target.begin(), target.end(), report), target.end());
    if (report.isNull() || target.empty()) {
        emit failed(tr("Choose a report and a cluster it is not in."));
        return;
    }
    record(ClusterCorrection::Kind::Move, {report}, target, reason);
}

void ClusterCorrectionController::record(ClusterCorrection::Kind kind, const std::vector<QUuid> &a,
                                         const std::vector<QUuid> &b, const QString &reason)
{
    const QString url = m_url, person = m_person;
    submit([=](qint64 &id) {
        auto store = ClusterCorrectionStore::open(url);
        if (!store)
            return store.error().message;
        auto recorded = (*store)->record(kind, a, b, reason, person);
        if (!recorded)
            return recorded.error().message;
        id = *recorded;
        return QString();
    });
}

void ClusterCorrectionController::undo(qint64 correctionId, const QString &reason)
{
    const QString url = m_url, person = m_person;
    submit([=](qint64 &id) {
        auto store = ClusterCorrectionStore::open(url);
        if (!store)
            return store.error().message;
        if (auto undone = (*store)->undo(correctionId, reason, person); !undone)
            return undone.error().message;
        id = correctionId;
        return QString();
    });
}

} // namespace pegboard
