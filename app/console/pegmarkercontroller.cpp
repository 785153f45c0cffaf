#include "console/pegmarkercontroller.h"

#include "analysis/snapshot.h"
#include "console/analysiscontroller.h"
#include "domain/issuetype.h"

#include <algorithm>

namespace pegboard {

PegMarkerController::PegMarkerController(AnalysisController *analysis, LivePegPanel *panel, QObject *parent)
    : QObject(parent)
{
    connect(analysis, &AnalysisController::finished, panel,
            [panel, analysis] { panel->setReports(markedReports(analysis->snapshot())); });
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
