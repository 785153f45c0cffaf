#pragma once

#include <QtGlobal>
#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace pegboard {

// Two cores are shared by the GUI, the database and the console's background work: what nobody is
// waiting for at this moment (an analysis, a whole window's summary, a replay's recorded feeds)
// yields first. Linux keeps a nice value per thread, and an unprivileged process cannot raise one
// again, so this is for threads that run nothing else: their own pool or worker thread.
inline void lowerThisThreadPriority()
{
#ifdef Q_OS_LINUX
    // Below the GUI, not so low that other work on a busy machine starves it.
    constexpr int BackgroundNice = 5;
    setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), BackgroundNice);
#endif
}

} // namespace pegboard
