#include "console/csvexportcontroller.h"

#include "domain/backgroundpool.h"
#include "domain/numberformat.h"
#include "report/issuecsv.h"

#include <QMetaObject>
#include <QPointer>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace pegboard {

CsvExportController::CsvExportController(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome out = m_watcher.result();
        emit busyChanged(false);
        if (out.error.isEmpty())
            emit finished(m_path, out.rows);
        else
            emit failed(out.error);
    });
}

CsvExportController::~CsvExportController()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void CsvExportController::start(const DatasetOpener &opener, const IssueQuery &query, const QString &path,
                                qint64 expected)
{
    if (m_watcher.isRunning() || !opener) {
        emit failed(opener ? tr("An export is already running.") : tr("No store is open yet."));
        return;
    }
    m_path = path;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    emit busyChanged(true);
    QPointer<CsvExportController> self(this);
    m_watcher.setFuture(
        runInBackground([opener, query, path, expected, cancel = m_cancel, self]() -> Outcome {
            auto dataset = opener();
            if (!dataset)
                return {-1, dataset.error().message};
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return {-1, tr("Cannot write %1: %2").arg(path, file.errorString())};
            auto written = IssueCsv::write(**dataset, query, file, *cancel, [&](qint64 rows) {
                const int percent = expected > 0 ? int(std::min<qint64>(99, rows * 100 / expected)) : 0;
                const QString stage = tr("%1 reports written").arg(NumberFormat::count(rows));
                QMetaObject::invokeMethod(
                    self,
                    [self, percent, stage] {
                        if (self)
                            emit self->progress(percent, stage);
                    },
                    Qt::QueuedConnection);
            });
            if (!written) {
                file.cancelWriting();
                return {-1, written.error().message};
            }
            if (!file.commit())
                return {-1, tr("Cannot write %1: %2").arg(path, file.errorString())};
            return {*written, {}};
        }));
}

void CsvExportController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace pegboard
