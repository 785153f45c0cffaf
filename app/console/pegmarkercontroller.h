#pragma once

#include "livepegpanel.h"

#include <QObject>
#include <memory>
#include <vector>

namespace pegboard {

class AnalysisController;
struct Snapshot;

// The filter's high and critical reports as markers on the live peg: after every analysis the
// newest of them go to the panel, which draws the newest of its coin's. The choice is made here,
// not in the window (which only composes) nor in the panel (which only presents what it is given).
class PegMarkerController : public QObject
{
    Q_OBJECT
public:
    // Both outlive the controller (the panel is usually its parent).
    PegMarkerController(AnalysisController *analysis, LivePegPanel *panel, QObject *parent = nullptr);

    // Severity Immediate and above, with a time and a coin, newest first among at most
    // KeptReports (the panel draws at most MaxMarkers of one coin; twenty coins' worth is kept).
    static std::vector<LivePegPanel::Report> markedReports(const std::shared_ptr<const Snapshot> &snapshot);
    static constexpr std::size_t KeptReports = 20 * LivePegPanel::MaxMarkers;

private:
    int m_generation = 0;
};

} // namespace pegboard
