#pragma once

class QMainWindow;

namespace pegboard {

class ConsoleServices;
class EngineeringPerspective;
class FilterBar;
class OperationsPerspective;

// Truthful lists and exports, wired in one call: the report list's and the open critical list's
// cap banners (the counts off the GUI thread; Load more, Show all, Export all to CSV), the cluster
// panel's coverage, the CSV export of every report either list stands for (progress + Cancel in
// the status bar, a notice of where it wrote and how many), and the filter image exports carry.
void installListCaps(QMainWindow *window, EngineeringPerspective *engineering,
                     OperationsPerspective *operations, ConsoleServices *services, FilterBar *filter);

} // namespace pegboard
