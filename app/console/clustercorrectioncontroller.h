#pragma once

#include "analysis/clustercorrection.h"

#include <QFutureWatcher>
#include <QObject>
#include <QUuid>
#include <vector>

namespace pegboard {

class AnalysisController;

// The commander's corrections to the root-cause clusters, from the console: merge two clusters,
// split reports off one, move a report into another, undo a correction — each with a reason.
// The write (an audited store function) runs on the thread pool; once it is stored the window is
// analysed again, so the clusters on screen are what every later analysis will give.
class ClusterCorrectionController : public QObject
{
    Q_OBJECT
public:
    ClusterCorrectionController(AnalysisController *analysis, QObject *parent = nullptr);
    ~ClusterCorrectionController() override;

    void setUrl(const QString &url) { m_url = url; }
    // Who is at the console, for the audit rows (the database login is recorded as the actor).
    void setPerson(const QString &person) { m_person = person; }
    bool isBusy() const { return m_watcher.isRunning(); }

    // Rows of the analysis' ClusterModel.
    void mergeClusters(int rowA, int rowB, const QString &reason);
    void splitCluster(int row, const QList<QUuid> &splitOff, const QString &reason);
    void moveReport(const QUuid &report, int targetRow, const QString &reason);
    void undo(qint64 correctionId, const QString &reason);

signals:
    void corrected(qint64 correctionId);
    void failed(const QString &message);

private:
    void submit(std::function<QString(qint64 &)> write);
    // Stores one merge, split or move (groups a and b, as ClusterCorrectionStore::record takes them).
    void record(ClusterCorrection::Kind kind, const std::vector<QUuid> &a, const std::vector<QUuid> &b,
                const QString &reason);

    AnalysisController *m_analysis;
    QString m_url, m_person;
    qint64 m_lastId = 0;
    QFutureWatcher<QString> m_watcher;
};

} // namespace pegboard
