#pragma once

#include <QByteArray>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <new>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

namespace pegboard {

using MerkleHash = std::array<unsigned char, 32>;

// Storage for many hashes that the caller is about to overwrite. Default-initialised, so a million
// of them are not zeroed first on one thread; and a large block is asked for in huge pages: in this
// VM each first touch of a 4 KB page is a fault that costs more than hashing what it holds (32 MB of
// hashes took ~0.1 s of faults, a quarter of the whole recomputation).
void *allocateLarge(std::size_t bytes); // std::free releases it

template<typename T> struct HashAllocator
{
    using value_type = T;
    HashAllocator() = default;
    template<typename U> HashAllocator(const HashAllocator<U> &) {}
    T *allocate(std::size_t n) { return static_cast<T *>(allocateLarge(n * sizeof(T))); }
    void deallocate(T *p, std::size_t) { std::free(p); }
    template<typename U> void construct(U *p) noexcept { ::new (static_cast<void *>(p)) U; }
    template<typename U, typename... A> void construct(U *p, A &&...a)
    {
        ::new (static_cast<void *>(p)) U(std::forward<A>(a)...);
    }
    template<typename U> bool operator==(const HashAllocator<U> &) const { return true; }
};
using MerkleHashes = std::vector<MerkleHash, HashAllocator<MerkleHash>>;

// RFC 6962 / RFC 9162 Merkle tree hashing over SHA-256 (OpenSSL): leaf = SHA-256(0x00 ‖ data),
// node = SHA-256(0x01 ‖ left ‖ right); the root of n leaves splits at the largest power of two
// below n. Proofs follow RFC 9162 §2.1.3 (inclusion) and §2.1.4 (consistency).
class MerkleTree
{
public:
    static MerkleHash leafHash(std::string_view data);
    static MerkleHash nodeHash(const MerkleHash &left, const MerkleHash &right);
    static MerkleHash sha256(std::string_view data);
    struct HashedLeaves
    {
        MerkleHashes hashes; // in the leaves' order
        MerkleHash root;
    };
    // The leaf hashes of many leaves and their root in one pass on the worker threads: each
    // chunk's leaves are hashed and folded into the chunk's subtree while still in its cache.
    static HashedLeaves hashLeaves(const std::vector<QByteArray> &leaves);

    // MTH(D[0:n]); the empty tree's root is SHA-256 of the empty string.
    static MerkleHash root(std::span<const MerkleHash> leaves);
    static std::vector<MerkleHash> inclusionProof(std::span<const MerkleHash> leaves, std::size_t index);
    // The proof that the first `oldSize` leaves are a prefix of all of them.
    static std::vector<MerkleHash> consistencyProof(std::span<const MerkleHash> leaves, std::size_t oldSize);

    static bool verifyInclusion(std::uint64_t index, std::uint64_t size, const MerkleHash &leaf,
                                std::span<const MerkleHash> proof, const MerkleHash &root);
    static bool verifyConsistency(std::uint64_t oldSize, std::uint64_t newSize, const MerkleHash &oldRoot,
                                  const MerkleHash &newRoot, std::span<const MerkleHash> proof);

    static QByteArray toBytes(const MerkleHash &hash);
    static bool fromBytes(const QByteArray &bytes, MerkleHash &hash);
};

} // namespace pegboard
