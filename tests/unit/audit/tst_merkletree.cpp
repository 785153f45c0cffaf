#include "audit/leafencoder.h"
#include "audit/merkletree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace pegboard;

namespace {
QByteArray hex(const MerkleHash &h)
{
    return MerkleTree::toBytes(h).toHex();
}

// The leaves of the Certificate Transparency test vectors (RFC 6962 reference tests).
std::vector<MerkleHash> ctLeaves(std::size_t n)
{
    static const QList<QByteArray> data = {
        QByteArray(),
        QByteArray::fromHex("00"),
        QByteArray::fromHex("10"),
        QByteArray::fromHex("2021"),
        QByteArray::fromHex("3031"),
        QByteArray::fromHex("40414243"),
        QByteArray::fromHex("5051525354555657"),
        QByteArray::fromHex("606162636465666768696a6b6c6d6e6f"),
    };
    std::vector<MerkleHash> out;
    for (std::size_t i = 0; i < n; ++i)
        out.push_back(MerkleTree::leafHash(
            std::string_view(data[int(i)].constData(), std::size_t(data[int(i)].size()))));
    return out;
}

std::vector<MerkleHash> numbered(std::size_t n)
{
    std::vector<MerkleHash> out;
    for (std::size_t i = 0; i < n; ++i) {
        const std::string s = "leaf " + std::to_string(i);
        out.push_back(MerkleTree::leafHash(s));
    }
    return out;
}
} // namespace

class TestMerkleTree : public QObject
{
    Q_OBJECT

private slots:
    void rootsMatchTheReferenceVectors_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<QByteArray>("root");
        QTest::newRow("0") << 0
                           << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("1") << 1
                           << QByteArray("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
        QTest::newRow("2") << 2
                           << QByteArray("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125");
        QTest::newRow("3") << 3
                           << QByteArray("aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77");
        QTest::newRow("4") << 4
                           << QByteArray("d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        QTest::newRow("5") << 5
                           << QByteArray("4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4");
        QTest::newRow("6") << 6
                           << QByteArray("76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef");
        QTest::newRow("7") << 7
                           << QByteArray("ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c");
        QTest::newRow("8") << 8
                           << QByteArray("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");
    }
    void rootsMatchTheReferenceVectors()
    {
        QFETCH(int, size);
        QFETCH(QByteArray, root);
        QCOMPARE(hex(MerkleTree::root(ctLeaves(std::size_t(size)))), root);
    }

    void everyInclusionProofVerifiesAndATamperedOneFails()
    {
        for (std::size_t n = 1; n <= 33; ++n) {
            const auto leaves = numbered(n);
            const MerkleHash root = MerkleTree::root(leaves);
            for (std::size_t i = 0; i < n; ++i) {
                auto proof = MerkleTree::inclusionProof(leaves, i);
                QVERIFY2(MerkleTree::verifyInclusion(i, n, leaves[i], proof, root),
                         qPrintable(QStringLiteral("n=%1 i=%2").arg(n).arg(i)));
                QVERIFY(!MerkleTree::verifyInclusion(i, n, leaves[(i + 1) % n], proof, root) || n == 1);
                if (!proof.empty()) {
                    proof.back()[0] ^= 1;
                    QVERIFY(!MerkleTree::verifyInclusion(i, n, leaves[i], proof, root));
                }
            }
        }
    }

    void everyConsistencyProofVerifiesAndAChangedPrefixFails()
    {
        for (std::size_t n = 1; n <= 33; ++n) {
            const auto leaves = numbered(n);
            const MerkleHash newRoot = MerkleTree::root(leaves);
            for (std::size_t m = 1; m <= n; ++m) {
                const MerkleHash oldRoot = MerkleTree::root(std::span(leaves).first(m));
                const auto proof = MerkleTree::consistencyProof(leaves, m);
                QVERIFY2(MerkleTree::verifyConsistency(m, n, oldRoot, newRoot, proof),
                         qPrintable(QStringLiteral("m=%1 n=%2").arg(m).arg(n)));
                // The same proof must not vouch for a tree whose prefix was changed.
                auto edited = leaves;
                edited[m / 2] = MerkleTree::leafHash("edited");
                QVERIFY(!MerkleTree::verifyConsistency(m, n, oldRoot, MerkleTree::root(edited),
                                                       MerkleTree::consistencyProof(edited, m)));
            }
        }
    }

    void parallelLeafHashesEqualSerialOnes()
    {
        // Sizes around the workers' chunk (2^14 leaves): one partial chunk, exactly one, several
        // complete ones, several and a partial one.
        for (int n : {1, 10000, 16384, 3 * 16384, 3 * 16384 + 1001}) {
            std::vector<QByteArray> data;
            for (int i = 0; i < n; ++i)
                data.push_back(QByteArray::number(i * 7919));
            const MerkleTree::HashedLeaves parallel = MerkleTree::hashLeaves(data);
            QCOMPARE(parallel.hashes.size(), data.size());
            for (int i = 0; i < n; i += 997)
                QCOMPARE(hex(parallel.hashes[std::size_t(i)]),
                         hex(MerkleTree::leafHash(std::string_view(data[std::size_t(i)].constData()))));
            // The root folded chunk by chunk is RFC 6962's, computed here level by level alone.
            std::vector<MerkleHash> level;
            for (const QByteArray &d : data)
                level.push_back(MerkleTree::leafHash(std::string_view(d.constData(), std::size_t(d.size()))));
            while (level.size() > 1) {
                std::vector<MerkleHash> next;
                for (std::size_t i = 0; i + 1 < level.size(); i += 2)
                    next.push_back(MerkleTree::nodeHash(level[i], level[i + 1]));
                if (level.size() % 2 == 1)
                    next.push_back(level.back());
                level = std::move(next);
            }
            QCOMPARE(hex(parallel.root), hex(level.front()));
        }
        QCOMPARE(hex(MerkleTree::hashLeaves({}).root), hex(MerkleTree::sha256({})));
    }

    void leafEncodingIsLengthPrefixed()
    {
        LeafValue list;
        list.isNull = false;
        list.isList = true;
        list.list = {QByteArray("ab"), std::nullopt};
        const QByteArray encoded =
            LeafEncoder::encode("audit", {LeafValue::of("x"), LeafValue::null(), list});
        QCOMPARE(encoded.toHex(), QByteArray("0000000f") + QByteArray("pegboard-leaf/1").toHex() +
                                      "00000005" + QByteArray("audit").toHex() + "00000001" +
                                      QByteArray("x").toHex() + "ffffffff" + "00000002" + "00000002" +
                                      QByteArray("ab").toHex() + "ffffffff");
    }

    // The reader's fast way (field by field, array_to_json's plain form parsed directly) must give
    // the bytes of the general way (LeafValue through QJsonDocument) whenever it takes a value,
    // and leave the output untouched when it does not.
    void fieldByFieldEncodingEqualsTheGeneralOne()
    {
        const auto general = [](const QByteArray &json) {
            const QJsonDocument doc = QJsonDocument::fromJson(json);
            std::optional<LeafValue> v = doc.isArray() ? LeafValue::fromJson(doc.array()) : std::nullopt;
            return LeafEncoder::encode("issue", {LeafValue::of("t"), v ? *v : LeafValue::of(json)});
        };
        const auto fast = [](const QByteArray &json, bool &taken) {
            QByteArray out;
            LeafEncoder::begin(out, "issue");
            LeafEncoder::appendText(out, "t");
            const qsizetype before = out.size();
            taken = LeafEncoder::appendJsonList(out, std::string_view(json.constData(), json.size()));
            if (!taken && out.size() != before)
                return QByteArray("changed on refusal");
            return out;
        };
        const QList<QByteArray> taken = {"[]",
                                         "[null]",
                                         "[\"0xab\",\"0xcd\"]",
                                         "[null,\"x\",null]",
                                         "[\"\"]",
                                         "[\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\"]",
                                         "[\"\\u0041\\u00e9\\u4e2d\\u0000\\u001f\"]"};
        for (const QByteArray &json : taken) {
            bool ok = false;
            QCOMPARE(fast(json, ok).toHex(), general(json).toHex());
            QVERIFY2(ok, json.constData());
        }
        const QList<QByteArray> refused = {"",
                                           "[",
                                           "]",
                                           "null",
                                           "\"a\"",
                                           "[ \"a\"]",
                                           "[\"a\",]",
                                           "[1]",
                                           "[true]",
                                           "[[\"a\"]]",
                                           "[\"a\"]x",
                                           "[\"a\"]]",
                                           "[nul]",
                                           "[\"a",
                                           "[\"\xc3\xa9\"]",
                                           "[\"\\ud83d\\ude00\"]",
                                           "[\"a\x01\"]",
                                           "[\"\\x\"]",
                                           "[\"\\u12\"]",
                                           "[\"\\u12g4\"]",
                                           "[\"a\"\"b\"]",
                                           "[null\"a\"]"};
        for (const QByteArray &json : refused) {
            bool ok = true;
            QCOMPARE(fast(json, ok), QByteArray(LeafEncoder::encode("issue", {LeafValue::of("t")})));
            QVERIFY2(!ok, json.constData());
        }
        // Arrays of random strings, as Qt writes them (non-ASCII raw, controls escaped): whatever
        // the fast way takes, it encodes as the general way does; it takes every ASCII one.
        QRandomGenerator random(7);
        int asciiTaken = 0, ascii = 0;
        for (int round = 0; round < 3000; ++round) {
            QJsonArray array;
            bool allAscii = true;
            for (int e = 0, n = random.bounded(4); e < n; ++e) {
                if (random.bounded(5) == 0) {
                    array.append(QJsonValue::Null);
                    continue;
                }
                QString text;
                for (int c = 0, len = random.bounded(12); c < len; ++c) {
                    const int pick = random.bounded(10);
                    const char16_t ch = pick < 6   ? char16_t(0x20 + random.bounded(0x5f))
                                        : pick < 8 ? char16_t(random.bounded(0x20))
                                        : pick < 9 ? char16_t(0x80 + random.bounded(0x700))
                                                   : char16_t(0x3000 + random.bounded(0x1000));
                    allAscii = allAscii && ch < 0x80;
                    text += QChar(ch);
                }
                array.append(text);
            }
            const QByteArray json = QJsonDocument(array).toJson(QJsonDocument::Compact);
            bool ok = false;
            const QByteArray out = fast(json, ok);
            if (ok)
                QCOMPARE(out.toHex(), general(json).toHex());
            ascii += allAscii;
            asciiTaken += allAscii && ok;
        }
        QVERIFY(ascii > 100);
        QCOMPARE(asciiTaken, ascii);
    }
};

QTEST_GUILESS_MAIN(TestMerkleTree)
#include "tst_merkletree.moc"
