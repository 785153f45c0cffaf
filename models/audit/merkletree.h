#pragma once

#include <QByteArray>
#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace pegboard {

using MerkleHash = std::array<unsigned char, 32>;

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
        std::vector<MerkleHash> hashes; // in the leaves' order
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
