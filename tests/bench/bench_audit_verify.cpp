// `audit verify` over a store of N reports (default 1,000,000 leaves), two comparisons, both roots
// checked equal:
//  - recompute: the leaf hashes and RFC 6962 root of the same 1M leaf encodings, ours (OpenSSL, two
//    threads) against Python hashlib (tests/bench/leafhash_baseline.py) — the `ratio`;
//  - end to end: our whole read (COPY from PostgreSQL, canonical encoding, hashing) against the
//    independent Python verifier (tests/data/audit/verify_log.py: psql + hashlib), which is bound by
//    the same server-side formatting (jsonb and timestamps to text) — `end_to_end_ratio`.
// Worst of the rounds for ours, best for the baselines. The recomputation's CPU seconds are printed
// too: on a shared machine they say what the work costs when the wall clock says how busy it is.
#include "audit/merklelogreader.h"
#include "benchstore.h"
#include "testcluster.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace pegboard;

namespace {
double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly)
               ? QString::fromLatin1(file.readLine()).section(QLatin1Char(' '), 0, 2)
               : QString();
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? std::atoi(argv[1]) : 1000000;
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 3;
    const QString script = argc > 3 ? QString::fromLocal8Bit(argv[3])
                                    : QStringLiteral(PEGBOARD_SOURCE_DIR "/tests/data/audit/verify_log.py");
    test::TestCluster pg;
    const QString url = bench::filledStore(pg, rows);
    if (url.isEmpty())
        return 1;

    const QString baselineScript = QStringLiteral(PEGBOARD_SOURCE_DIR "/tests/bench/leafhash_baseline.py");
    QTemporaryDir dir;
    // PEGBOARD_BENCH_KEEP=1 keeps the leaf encodings (for profiling the recomputation alone).
    dir.setAutoRemove(!qEnvironmentVariableIsSet("PEGBOARD_BENCH_KEEP"));
    const QString encodings = dir.filePath(QStringLiteral("leaves.bin"));
    double oursWorst = 0, oursBest = 1e300, pythonBest = 1e300, pythonWorst = 0;
    double recomputeWorst = 0, hashlibBest = 1e300, cpuWorst = 0, hashlibCpuBest = 1e300;
    qint64 leaves = 0;
    QElapsedTimer clock;
    for (int round = 0; round < rounds; ++round) {
        std::vector<std::pair<qint64, QByteArray>> received;
        received.reserve(std::size_t(rows) + 1024);
        clock.start();
        MerkleLogReader reader(url);
        reader.setLeafSink([&](qint64 index, const QByteArray &leaf) { received.emplace_back(index, leaf); });
        auto state = reader.read();
        if (!state) {
            std::fprintf(stderr, "ours failed: %s\n", qPrintable(state.error().message));
            return 1;
        }
        const QString root =
            QString::fromLatin1(MerkleTree::toBytes(MerkleTree::root(state->hashes())).toBase64());
        const double o = clock.nsecsElapsed() / 1e9;
        leaves = qint64(state->leaves.size());
        // The encodings in log order, as the recomputation below and hashlib take them.
        std::sort(received.begin(), received.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        std::vector<QByteArray> data;
        data.reserve(received.size());
        for (auto &[index, leaf] : received)
            data.push_back(std::move(leaf));
        received = {};

        clock.restart();
        QProcess python;
        python.start(QStringLiteral("python3"), {script, QStringLiteral("--db"), url});
        if (!python.waitForFinished(-1) || python.exitCode() != 0) {
            std::fprintf(stderr, "python failed: %s\n", python.readAllStandardError().constData());
            return 1;
        }
        const double b = clock.nsecsElapsed() / 1e9;
        const QJsonObject result = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
        if (result.value(QStringLiteral("root")).toString() != root ||
            result.value(QStringLiteral("size")).toInteger() != leaves) {
            std::fprintf(stderr, "roots differ: ours %s, python %s\n", qPrintable(root),
                         qPrintable(result.value(QStringLiteral("root")).toString()));
            return 1;
        }
        // The recomputation alone, on the same encodings, each side reading them from one file as
        // the other does (the reader's buffers, grown by appends, lie scattered on the heap).
        QFile file(encodings);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        for (const QByteArray &leaf : data) {
            const quint32 n = quint32(leaf.size());
            const char length[4] = {char(n >> 24), char(n >> 16), char(n >> 8), char(n)};
            file.write(length, 4);
            file.write(leaf);
        }
        file.close();
        data = {};
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        QByteArray all = file.readAll();
        file.close();
        for (qsizetype at = 0; at + 4 <= all.size();) {
            const quint32 n = quint32(quint8(all[at])) << 24 | quint32(quint8(all[at + 1])) << 16 |
                              quint32(quint8(all[at + 2])) << 8 | quint32(quint8(all[at + 3]));
            data.emplace_back(all.constData() + at + 4, qsizetype(n));
            at += 4 + qsizetype(n);
        }
        all = QByteArray();
        clock.restart();
        const double cpuStart = cpuSeconds();
        const QString recomputed =
            QString::fromLatin1(MerkleTree::toBytes(MerkleTree::hashLeaves(data).root).toBase64());
        const double r = clock.nsecsElapsed() / 1e9;
        const double cpu = cpuSeconds() - cpuStart;
        QProcess hashlib;
        hashlib.start(QStringLiteral("python3"), {baselineScript, encodings});
        if (!hashlib.waitForFinished(-1) || hashlib.exitCode() != 0)
            return 1;
        const QJsonObject h = QJsonDocument::fromJson(hashlib.readAllStandardOutput()).object();
        if (recomputed != root || h.value(QStringLiteral("root")).toString() != root) {
            std::fprintf(stderr, "recomputed roots differ\n");
            return 1;
        }
        const double hs = h.value(QStringLiteral("seconds")).toDouble();
        const double hcpu = h.value(QStringLiteral("cpu_seconds")).toDouble();
        std::fprintf(
            stderr,
            "round %d: end to end ours %.3f s, python %.3f s; recompute ours %.3f s (cpu %.3f s), hashlib "
            "%.3f s (cpu %.3f s); %lld leaves, root %s, load %s\n",
            round + 1, o, b, r, cpu, hs, hcpu, static_cast<long long>(leaves), qPrintable(root),
            qPrintable(loadAverage()));
        recomputeWorst = std::max(recomputeWorst, r);
        cpuWorst = std::max(cpuWorst, cpu);
        hashlibCpuBest = std::min(hashlibCpuBest, hcpu);
        hashlibBest = std::min(hashlibBest, hs);
        oursWorst = std::max(oursWorst, o);
        oursBest = std::min(oursBest, o);
        pythonBest = std::min(pythonBest, b);
        pythonWorst = std::max(pythonWorst, b);
    }
    std::printf(
        "{\"bench\":\"audit_verify\",\"leaves\":%lld,\"recompute_ours_worst_s\":%.3f,"
        "\"recompute_hashlib_best_s\":%.3f,\"ratio\":%.2f,\"end_to_end_ours_worst_s\":%.3f,"
        "\"end_to_end_ours_best_s\":%.3f,\"end_to_end_python_best_s\":%.3f,\"end_to_end_python_worst_"
        "s\":%.3f,"
        "\"end_to_end_ratio\":%.2f,\"recompute_ours_cpu_worst_s\":%.3f,\"recompute_hashlib_cpu_best_s\":%.3f,"
        "\"cpu_ratio\":%.2f,\"roots_equal\":true,\"load\":\"%s\"}\n",
        static_cast<long long>(leaves), recomputeWorst, hashlibBest, hashlibBest / recomputeWorst, oursWorst,
        oursBest, pythonBest, pythonWorst, pythonBest / oursWorst, cpuWorst, hashlibCpuBest,
        hashlibCpuBest / cpuWorst, qPrintable(loadAverage()));
    return 0;
}
