#include "merkletree.h"

#include "domain/backgroundpool.h"

#include <QFuture>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <atomic>
#include <cstring>
#include <sys/mman.h>
// OpenSSL 3's EVP one-shots fetch the algorithm on every call, which costs more than hashing a
// 65-byte node; the SHA256_* functions (deprecated in 3.0, still provided) hash without that.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>

namespace pegboard {

void *allocateLarge(std::size_t bytes)
{
    constexpr std::size_t HugePage = std::size_t(2) << 20;
    if (bytes < HugePage) {
        if (void *p = std::malloc(std::max<std::size_t>(bytes, 1)))
            return p;
        throw std::bad_alloc();
    }
    void *p = nullptr;
    if (posix_memalign(&p, HugePage, (bytes + HugePage - 1) / HugePage * HugePage) != 0)
        throw std::bad_alloc();
    madvise(p, bytes, MADV_HUGEPAGE); // advice only: without huge pages it is ordinary memory
    return p;
}

namespace {
std::size_t largestPowerOfTwoBelow(std::size_t n)
{
    std::size_t k = 1;
    while (k << 1 < n)
        k <<= 1;
    return k;
}

void path(std::span<const MerkleHash> d, std::size_t m, std::vector<MerkleHash> &out)
{
    if (d.size() <= 1)
        return;
    const std::size_t k = largestPowerOfTwoBelow(d.size());
    if (m < k) {
        path(d.first(k), m, out);
        out.push_back(MerkleTree::root(d.subspan(k)));
    } else {
        path(d.subspan(k), m - k, out);
        out.push_back(MerkleTree::root(d.first(k)));
    }
}

void subproof(std::span<const MerkleHash> d, std::size_t m, bool complete, std::vector<MerkleHash> &out)
{
    if (m == d.size()) {
        if (!complete)
            out.push_back(MerkleTree::root(d));
        return;
    }
    const std::size_t k = largestPowerOfTwoBelow(d.size());
    if (m <= k) {
        subproof(d.first(k), m, complete, out);
        out.push_back(MerkleTree::root(d.subspan(k)));
    } else {
        subproof(d.subspan(k), m - k, false, out);
        out.push_back(MerkleTree::root(d.first(k)));
    }
}
} // namespace

MerkleHash MerkleTree::sha256(std::string_view data)
{
    MerkleHash h;
    SHA256_CTX ctx;
    SHA256_Init(&ctx);
    SHA256_Update(&ctx, data.data(), data.size());
    SHA256_Final(h.data(), &ctx);
    return h;
}

MerkleHash MerkleTree::leafHash(std::string_view data)
{
    const unsigned char prefix = 0x00;
    MerkleHash h;
    SHA256_CTX ctx;
    SHA256_Init(&ctx);
    SHA256_Update(&ctx, &prefix, 1);
    SHA256_Update(&ctx, data.data(), data.size());
    SHA256_Final(h.data(), &ctx);
    return h;
}

MerkleHash MerkleTree::nodeHash(const MerkleHash &left, const MerkleHash &right)
{
    unsigned char buffer[65];
    buffer[0] = 0x01;
    std::memcpy(buffer + 1, left.data(), 32);
    std::memcpy(buffer + 33, right.data(), 32);
    MerkleHash h;
    SHA256_CTX ctx;
    SHA256_Init(&ctx);
    SHA256_Update(&ctx, buffer, sizeof buffer);
    SHA256_Final(h.data(), &ctx);
    return h;
}

namespace {
// Leaves per task: large enough that a task's cost dwarfs scheduling it, small enough that two
// cores finish together. A power of two, so every chunk but the last is a complete subtree.
constexpr std::size_t Chunk = std::size_t(1) << 14;

// Level by level in `level` (overwritten); an unpaired last node moves up unchanged, which is
// exactly RFC 6962's split at the largest power of two.
MerkleHash foldLevels(std::vector<MerkleHash> &level)
{
    while (level.size() > 1) {
        std::size_t w = 0;
        for (std::size_t i = 0; i + 1 < level.size(); i += 2)
            level[w++] = MerkleTree::nodeHash(level[i], level[i + 1]);
        if (level.size() % 2 == 1)
            level[w++] = level.back();
        level.resize(w);
    }
    return level.front();
}

// The root of one chunk without copying it: the first level is hashed straight from the input.
MerkleHash chunkRoot(std::span<const MerkleHash> leaves)
{
    if (leaves.size() == 1)
        return leaves.front();
    thread_local std::vector<MerkleHash> level;
    level.resize((leaves.size() + 1) / 2);
    std::size_t w = 0;
    for (std::size_t i = 0; i + 1 < leaves.size(); i += 2)
        level[w++] = MerkleTree::nodeHash(leaves[i], leaves[i + 1]);
    if (leaves.size() % 2 == 1)
        level[w++] = leaves.back();
    return foldLevels(level);
}

// Runs work(chunk) for every chunk of n leaves, one worker per core with this thread as one of them:
// more workers than cores only time-slice the same SHA units and evict each other's chunks. A
// helper the pool has not started yet is taken back by waitForFinished() and finds nothing left.
template<typename F> void forEachChunk(std::size_t n, F &&work)
{
    const std::size_t chunks = (n + Chunk - 1) / Chunk;
    std::atomic_size_t next{0};
    const auto drain = [&] {
        for (std::size_t c = next++; c < chunks; c = next++)
            work(c);
    };
    const std::size_t helpers =
        std::min<std::size_t>(chunks, std::size_t(std::max(1, QThread::idealThreadCount()))) - 1;
    std::vector<QFuture<void>> running;
    for (std::size_t h = 0; h < helpers; ++h)
        running.push_back(QtConcurrent::run(backgroundPool(), drain));
    drain();
    for (QFuture<void> &f : running)
        f.waitForFinished();
}
} // namespace

MerkleTree::HashedLeaves MerkleTree::hashLeaves(const std::vector<QByteArray> &leaves)
{
    HashedLeaves out;
    out.hashes.resize(leaves.size());
    if (leaves.empty()) {
        out.root = sha256({});
        return out;
    }
    // Complete chunks are subtrees of the whole (see root()): their roots folded are the root.
    std::vector<MerkleHash> roots((leaves.size() + Chunk - 1) / Chunk);
    forEachChunk(leaves.size(), [&](std::size_t chunk) {
        const std::size_t start = chunk * Chunk;
        const std::size_t end = std::min(leaves.size(), start + Chunk);
        for (std::size_t i = start; i < end; ++i)
            out.hashes[i] = leafHash(std::string_view(leaves[i].constData(), std::size_t(leaves[i].size())));
        roots[chunk] = chunkRoot(std::span<const MerkleHash>(out.hashes).subspan(start, end - start));
    });
    out.root = foldLevels(roots);
    return out;
}

MerkleHash MerkleTree::root(std::span<const MerkleHash> leaves)
{
    if (leaves.empty())
        return sha256({});
    if (leaves.size() <= Chunk)
        return chunkRoot(leaves);
    // Every complete chunk is a subtree of the whole (it starts at a multiple of its power-of-two
    // size), so the roots of the chunks, folded level by level, are the root of all: the chunks
    // are hashed on the worker threads, the few thousand chunk roots after.
    std::vector<MerkleHash> roots((leaves.size() + Chunk - 1) / Chunk);
    forEachChunk(leaves.size(), [&](std::size_t chunk) {
        const std::size_t start = chunk * Chunk;
        roots[chunk] = chunkRoot(leaves.subspan(start, std::min(Chunk, leaves.size() - start)));
    });
    return foldLevels(roots);
}

std::vector<MerkleHash> MerkleTree::inclusionProof(std::span<const MerkleHash> leaves, std::size_t index)
{
    std::vector<MerkleHash> out;
    if (index < leaves.size())
        path(leaves, index, out);
    return out;
}

std::vector<MerkleHash> MerkleTree::consistencyProof(std::span<const MerkleHash> leaves, std::size_t oldSize)
{
    std::vector<MerkleHash> out;
    if (oldSize > 0 && oldSize < leaves.size())
        subproof(leaves, oldSize, true, out);
    return out;
}

bool MerkleTree::verifyInclusion(std::uint64_t index, std::uint64_t size, const MerkleHash &leaf,
                                 std::span<const MerkleHash> proof, const MerkleHash &root)
{
    if (index >= size)
        return false;
    std::uint64_t fn = index, sn = size - 1;
    MerkleHash r = leaf;
    for (const MerkleHash &p : proof) {
        if (sn == 0)
            return false;
        if ((fn & 1) || fn == sn) {
            r = nodeHash(p, r);
            while (!(fn & 1) && fn != 0) {
                fn >>= 1;
                sn >>= 1;
            }
        } else {
            r = nodeHash(r, p);
        }
        fn >>= 1;
        sn >>= 1;
    }
    return sn == 0 && r == root;
}

bool MerkleTree::verifyConsistency(std::uint64_t oldSize, std::uint64_t newSize, const MerkleHash &oldRoot,
                                   const MerkleHash &newRoot, std::span<const MerkleHash> proof)
{
    if (oldSize > newSize)
        return false;
    if (oldSize == newSize)
        return proof.empty() && oldRoot == newRoot;
    if (oldSize == 0)
        return proof.empty(); // the empty tree is a prefix of every tree
    std::vector<MerkleHash> p(proof.begin(), proof.end());
    if ((oldSize & (oldSize - 1)) == 0)
        p.insert(p.begin(), oldRoot);
    if (p.empty())
        return false;
    std::uint64_t fn = oldSize - 1, sn = newSize - 1;
    while (fn & 1) {
        fn >>= 1;
        sn >>= 1;
    }
    MerkleHash fr = p[0], sr = p[0];
    for (std::size_t i = 1; i < p.size(); ++i) {
        if (sn == 0)
            return false;
        const MerkleHash &c = p[i];
        if ((fn & 1) || fn == sn) {
            fr = nodeHash(c, fr);
            sr = nodeHash(c, sr);
            while (!(fn & 1) && fn != 0) {
                fn >>= 1;
                sn >>= 1;
            }
        } else {
            sr = nodeHash(sr, c);
        }
        fn >>= 1;
        sn >>= 1;
    }
    return fr == oldRoot && sr == newRoot && sn == 0;
}

QByteArray MerkleTree::toBytes(const MerkleHash &hash)
{
    return QByteArray(reinterpret_cast<const char *>(hash.data()), int(hash.size()));
}

bool MerkleTree::fromBytes(const QByteArray &bytes, MerkleHash &hash)
{
    if (bytes.size() != int(hash.size()))
        return false;
    std::memcpy(hash.data(), bytes.constData(), hash.size());
    return true;
}

} // namespace pegboard
