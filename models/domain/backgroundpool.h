#pragma once

#include "threadpriority.h"

#include <QtConcurrent/QtConcurrentRun>
#include <utility>

class QThreadPool;

namespace pegboard {

// The console's own background work runs here, never on Qt's global pool: Qt 6.4's raster painting
// splits large fills, lines and image conversions over QThreadPool::globalInstance() and waits for
// the pieces on the GUI thread, so one long task there (freeing a million reports, writing a CSV,
// verifying the evidence log) stalls the next repaint. The threads run below the GUI's priority.
QThreadPool *backgroundPool();

template<typename F> auto runInBackground(F &&work)
{
    return QtConcurrent::run(backgroundPool(), [work = std::forward<F>(work)]() mutable {
        lowerThisThreadPriority(); // every task here does: the pool's threads run nothing else
        return work();
    });
}

} // namespace pegboard
