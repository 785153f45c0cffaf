#pragma once

#include "domain/backgroundpool.h"

#include <QObject>
#include <QTimer>
#include <utility>

namespace pegboard {

// Tens of thousands of reports (or a snapshot of a million) take long enough to free that the GUI
// notices: the last reference is dropped on the background pool instead. Only the last reference frees
// anything, so handing over one that others still share costs nothing.
template<typename T> void releaseOnPool(T &&value)
{
    (void)runInBackground([old = std::forward<T>(value)]() mutable { old = T{}; });
}

// An answer a queued signal brought is shared with the event that carried it until the slot
// returns, and that event is destroyed on the GUI thread: keep a reference until the next turn of
// the event loop, then let the pool drop the last one.
template<typename T> void releaseAfterThisTurn(QObject *context, T value)
{
    QTimer::singleShot(0, context, [kept = std::move(value)]() mutable { releaseOnPool(std::move(kept)); });
}

} // namespace pegboard
