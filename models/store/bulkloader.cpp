#include "bulkloader.h"

#include "issuestore.h"

#include <QCoreApplication>
#include <mutex>
#include <thread>
#include <vector>

namespace pegboard {

BulkLoader::BulkLoader(QString url)
    : BulkLoader(std::move(url), Options{})
{}

BulkLoader::BulkLoader(QString url, Options options)
    : m_url(std::move(url))
    , m_options(options)
{}

Result<InsertResult> BulkLoader::load(std::span<const Issue> issues,
                                      const std::function<void(qint64, qint64)> &progress,
                                      const std::atomic_bool *cancel)
{
    const size_t chunk = size_t(std::max(1, m_options.chunkSize));
    const int workers =
        std::max(1, std::min<int>(m_options.connections, int((issues.size() + chunk - 1) / chunk)));

    std::vector<std::unique_ptr<IssueStore>> stores;
    for (int w = 0; w < workers; ++w) {
        auto store = IssueStore::open(m_url);
        if (!store)
            return Unexpected<Error>(store.error());
        stores.push_back(std::move(store).value());
    }

    std::atomic<size_t> next{0};
    std::atomic<qint64> inserted{0};
    std::atomic<qint64> done{0};
    std::mutex errorLock;
    std::optional<Error> firstError;

    auto work = [&](IssueStore &store) {
        for (;;) {
            if ((cancel && cancel->load()) || firstError)
                return;
            const size_t start = next.fetch_add(chunk);
            if (start >= issues.size())
                return;
            const auto part = issues.subspan(start, std::min(chunk, issues.size() - start));
            auto result = m_options.expectNew ? store.insertNew(part) : store.insert(part);
            if (!result) {
                std::lock_guard lock(errorLock);
                if (!firstError)
                    firstError = result.error();
                return;
            }
            inserted += result->inserted;
            const qint64 now = done += qint64(part.size());
            if (progress)
                progress(now, qint64(issues.size()));
        }
    };

    std::vector<std::thread> threads;
    for (int w = 1; w < workers; ++w)
        threads.emplace_back(work, std::ref(*stores[size_t(w)]));
    work(*stores[0]);
    for (auto &t : threads)
        t.join();

    if (firstError)
        return Unexpected<Error>(*firstError);
    if (cancel && cancel->load() && done.load() < qint64(issues.size()))
        return Error::make(Error::Code::Cancelled,
                           QCoreApplication::translate("BulkLoader", "Load cancelled after %1 of %2 reports.")
                               .arg(done.load())
                               .arg(issues.size()));
    return InsertResult{int(issues.size()), int(inserted.load())};
}

} // namespace pegboard
