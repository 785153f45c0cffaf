#include "cpuaccount.h"

#include <QDir>
#include <QFile>
#include <QList>
#include <unistd.h>

namespace pegboard::bench {

namespace {
// utime + stime (with children: plus the reaped children's) of a /proc stat file, in seconds.
double statSeconds(const QString &path, bool withChildren, qint64 *parent = nullptr)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = f.readAll();
    // After the command name (which may hold spaces): state ppid … utime stime cutime cstime.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 15)
        return 0;
    if (parent)
        *parent = fields[1].toLongLong();
    double ticks = fields[11].toDouble() + fields[12].toDouble();
    if (withChildren)
        ticks += fields[13].toDouble() + fields[14].toDouble();
    return ticks / double(::sysconf(_SC_CLK_TCK));
}
} // namespace

CpuAccount::CpuAccount(QString postgresDataDir, QByteArray threadName)
    : m_dataDir(std::move(postgresDataDir))
    , m_threadName(std::move(threadName))
    , m_start(now())
{}

CpuAccount::Sample CpuAccount::now() const
{
    Sample out;
    const QString tasks = QStringLiteral("/proc/self/task/");
    for (const QString &tid : QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks + tid + QStringLiteral("/comm"));
        const QByteArray name = comm.open(QIODevice::ReadOnly) ? comm.readAll().trimmed() : QByteArray();
        const double seconds = statSeconds(tasks + tid + QStringLiteral("/stat"), false);
        if (name == m_threadName) {
            out.thread += seconds;
        } else {
            out.process += seconds;
            out.threads[name] += seconds;
        }
    }
    QFile pidFile(m_dataDir + QStringLiteral("/postmaster.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return out;
    const qint64 postmaster = pidFile.readLine().trimmed().toLongLong();
    out.postgres = statSeconds(QStringLiteral("/proc/%1/stat").arg(postmaster), true);
    for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        qint64 parent = 0;
        if (!pid.front().isDigit())
            continue;
        const double seconds =
            statSeconds(QStringLiteral("/proc/") + pid + QStringLiteral("/stat"), false, &parent);
        if (parent == postmaster)
            out.postgres += seconds;
    }
    return out;
}

CpuAccount::Sample CpuAccount::sinceStart() const
{
    Sample out = now();
    out.process -= m_start.process;
    out.thread -= m_start.thread;
    out.postgres -= m_start.postgres;
    for (auto &[name, seconds] : out.threads) {
        const auto before = m_start.threads.find(name);
        if (before != m_start.threads.end())
            seconds -= before->second;
    }
    return out;
}

double CpuAccount::loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').value(0).toDouble() : -1;
}

} // namespace pegboard::bench
