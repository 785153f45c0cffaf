#include "console/pegmarkercontroller.h"

#include "analysis/snapshot.h"
#include "console/analysiscontroller.h"
#include "domain/backgroundpool.h"
#include "domain/issuetype.h"

#include <QFutureWatcher>
#include <algorithm>

namespace pegboard {

PegMarkerController::PegMarkerController(AnalysisController *analysis, LivePegPanel *panel, QObject *parent)
    : QObject(parent)
{
    // A million-report snapshot is scanned off the GUI thread; a newer analysis' markers replace
    // an older one's even if the older scan finishes last.
    connect(analysis, &AnalysisController::finished, this, [this, panel, analysis] {
        const int generation = ++m_generation;
        using Reports = std::vector<LivePegPanel::Report>;
        auto *watcher = new QFutureWatcher<Reports>(this);
        connect(watcher, &QFutureWatcherBase::finished, panel, [this, panel, watcher, generation] {
            if (generation == m_generation)
                panel->setReports(watcher->result());
            watcher->deleteLater();
        });
        watcher->setFuture(
            runInBackground([snapshot = analysis->snapshot()] { return markedReports(snapshot); }));
    });
}

std::vector<LivePegPanel::Report>
PegMarkerController::markedReports(const std::shared_ptr<const Snapshot> &snapshot)
{
    std::vector<LivePegPanel::Report> out;
    if (!snapshot)
        return out;
    std::vector<std::uint32_t> rows;
    for (std::uint32_t i = 0; i < snapshot->size(); ++i)
        if (snapshot->severity[i] >= Severity::Immediate && snapshot->reportedMs[i] != Snapshot::NoTime &&
            snapshot->symbol[i] != StringDictionary::None)
            rows.push_back(i);
    const auto newer = [&](std::uint32_t a, std::uint32_t b) {
        return snapshot->reportedMs[a] > snapshot->reportedMs[b];
    };
    // A partial selection: a million-report snapshot is not sorted to keep its newest thousands.
    if (rows.size() > KeptReports) {
        std::nth_element(rows.begin(), rows.begin() + KeptReports, rows.end(), newer);
        rows.resize(KeptReports);
    }
    out.reserve(rows.size());
    for (std::uint32_t i : rows)
        out.push_back(
            {snapshot->ids[i], snapshot->symbols.text(snapshot->symbol[i]), snapshot->reportedMs[i]});
    return out;
}

} // namespace pegboard
