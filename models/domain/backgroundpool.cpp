#include "backgroundpool.h"

#include <QThread>
#include <QThreadPool>
#include <algorithm>

namespace pegboard {

namespace {
struct Pool : QThreadPool
{
    Pool()
    {
        // Long tasks (an export, a backtest, a verification) must not hold up the short ones
        // (the live predictor's score, freeing an answer) behind them: more threads than cores,
        // which cost nothing while idle.
        setMaxThreadCount(std::max(4, QThread::idealThreadCount()));
        setObjectName(QStringLiteral("pegboard-background"));
    }
};
Q_GLOBAL_STATIC(Pool, pool)
} // namespace

QThreadPool *backgroundPool()
{
    return pool();
}

} // namespace pegboard
