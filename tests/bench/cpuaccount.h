#pragma once

#include <QByteArray>
#include <QString>
#include <map>

namespace pegboard::bench {

// CPU time (user + system) used since construction by this process — apart from one named
// thread, the load generator — and by a PostgreSQL cluster (the postmaster, the children it
// reaped and its live children). On a shared machine CPU per unit of work varies far less than
// rates do, and it says what bounds a rate: at 100 % of N cores, rate <= N / CPU per unit.
class CpuAccount
{
public:
    struct Sample
    {
        double process = 0; // this process's threads but the named one, seconds
        double thread = 0;  // the named thread
        double postgres = 0;
        std::map<QByteArray, double> threads; // the process's, by thread name (summed when shared)
    };

    CpuAccount(QString postgresDataDir, QByteArray threadName);
    Sample sinceStart() const;
    // The 1-minute load average, as uptime prints it.
    static double loadAverage();

private:
    Sample now() const;

    QString m_dataDir;
    QByteArray m_threadName;
    Sample m_start;
};

} // namespace pegboard::bench
