#pragma once

#include "dataset/dataset.h"
#include "store/issuequery.h"

#include <QFutureWatcher>
#include <QObject>
#include <atomic>
#include <memory>

namespace pegboard {

// "Export all to CSV": every report in a filter streamed from the dataset to a file on the thread
// pool (IssueCsv), with progress and Cancel; the file appears only when complete (QSaveFile).
class CsvExportController : public QObject
{
    Q_OBJECT
public:
    explicit CsvExportController(QObject *parent = nullptr);
    ~CsvExportController() override;

    bool isBusy() const { return m_watcher.isRunning(); }

public slots:
    // expected: how many rows to expect (for the percentage), -1 when not known.
    void start(const pegboard::DatasetOpener &opener, const pegboard::IssueQuery &query, const QString &path,
               qint64 expected);
    void cancel();

signals:
    void busyChanged(bool busy);
    void progress(int percent, const QString &stage);
    void finished(const QString &path, qint64 rows);
    void failed(const QString &message);

private:
    struct Outcome
    {
        qint64 rows = -1;
        QString error;
    };
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<Outcome> m_watcher;
    QString m_path;
};

} // namespace pegboard
