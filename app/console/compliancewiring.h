#pragma once

class QMainWindow;

namespace pegboard {

class ConsoleSession;
class EngineeringPerspective;
class ExecutivePerspective;
class FilterBar;

// Adds the console's compliance parts to a main window in one call: Reports ▸ Compliance report…,
// the audit view (a dock of the Engineering perspective), the compliance and audit summary (a dock
// of the Executive perspective), and the ComplianceController that feeds them off the GUI thread.
void installCompliance(QMainWindow *window, EngineeringPerspective *engineering,
                       ExecutivePerspective *executive, ConsoleSession *session, FilterBar *filter);

} // namespace pegboard
