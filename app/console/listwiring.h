#pragma once

class QMainWindow;

namespace pegboard {

class ConsoleServices;
class EngineeringPerspective;
class FilterBar;
class OperationsPerspective;

// Truthful lists and exports, wired in one call: the report list's cap banner (the count off the
// GUI thread; Load more, Show all, Export all to CSV), the cluster panel's coverage, the open
// critical list's cap, the CSV export of every report in the filter (progress + Cancel in the
// status bar, a notice of where it wrote and how many), and the filter that image exports carry.
void installListCaps(QMainWindow *window, EngineeringPerspective *engineering,
                     OperationsPerspective *operations, ConsoleServices *services, FilterBar *filter);

} // namespace pegboard
