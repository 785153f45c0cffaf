#include "dataset/bundleformat.h"
#include "dataset/jsontext.h"

#include <QTest>

using namespace pegboard;

// The pieces a review bundle's bytes depend on: `->>` on JSON text exactly as PostgreSQL gives it,
// the timestamp text both ways, the canonical row encoding and what the signature covers.
class TestBundleFormat : public QObject
{
    Q_OBJECT
    static QString member(const char *json, const char *key)
    {
        std::string scratch;
        const auto v = JsonText::member(json, key, scratch);
        return v ? QString::fromUtf8(v->data(), qsizetype(v->size())) : QStringLiteral("<null>");
    }

private slots:
    void jsonMembersAsPostgresGivesThem()
    {
        const char *json = "{\"a\": 1.50, \"b\": \"x\\\"y\\u00e9\\ud83d\\ude00\\n\", \"c\": {\"d\": [1, "
                           "\"}\"]}, \"n\": null, \"t\": true, \"e\": -2e-3}";
        QCOMPARE(member(json, "a"), QStringLiteral("1.50")); // the number's own digits
        QCOMPARE(member(json, "b"), QString::fromUtf8("x\"y\u00e9\U0001F600\n"));
        QCOMPARE(member(json, "c"), QStringLiteral("{\"d\": [1, \"}\"]}"));
        QCOMPARE(member(json, "n"), QStringLiteral("<null>"));
        QCOMPARE(member(json, "t"), QStringLiteral("true"));
        QCOMPARE(member(json, "e"), QStringLiteral("-2e-3"));
        QCOMPARE(member(json, "missing"), QStringLiteral("<null>"));
        QCOMPARE(member("{\"k\": 1, \"k\": 2}", "k"), QStringLiteral("2"));
        QCOMPARE(member("[1, 2]", "a"), QStringLiteral("<null>"));
        QCOMPARE(member("", "a"), QStringLiteral("<null>"));
        // Truncated or broken text is "missing", never a crash or a read past the end.
        for (const char *broken :
             {"{\"a\": \"open", "{\"a\" 1}", "{\"a\": {\"b\": 1", "{\"a\": \"\\u12", "{"})
            QCOMPARE(member(broken, "a"), QStringLiteral("<null>"));
    }

    void firstArrayElement()
    {
        std::string scratch;
        auto first = JsonText::firstElement("[\"0xAbC\", \"x\"]", scratch);
        QVERIFY(first);
        QCOMPARE(QString::fromUtf8(first->data(), qsizetype(first->size())), QStringLiteral("0xAbC"));
        QVERIFY(!JsonText::firstElement("[]", scratch));
        QVERIFY(!JsonText::firstElement("[null]", scratch));
        QVERIFY(!JsonText::firstElement("\"x\"", scratch));
    }

    void timestampsBothWays()
    {
        QCOMPARE(BundleFormat::isoFromMs(0), std::string("1970-01-01T00:00:00.000000Z"));
        QCOMPARE(*BundleFormat::msFromIso("2026-11-24T13:00:00.123456Z"), qint64(1795525200123));
        QCOMPARE(*BundleFormat::msFromIso("1969-12-31T23:59:59.999999Z"), qint64(-1)); // floor, as the store
        for (const qint64 ms :
             {qint64(0), qint64(1795525200123), qint64(253402300799999), qint64(951782400000)})
            QCOMPARE(*BundleFormat::msFromIso(BundleFormat::isoFromMs(ms)), ms);
        for (const char *bad : {"", "2026-11-24", "2026-11-24T13:00:00", "2026-13-01T00:00:00Z",
                                "2026-11-24T13:00:00.1x3Z", "2026-11-24 13:00:00Z"})
            QVERIFY2(!BundleFormat::msFromIso(bad), bad);
    }

    void canonicalEncoding()
    {
        std::string out;
        BundleFormat::encodeNull(out);
        BundleFormat::encodeInteger(out, -5);
        BundleFormat::encodeReal(out, 0.1);
        BundleFormat::encodeText(out, "é\t");
        BundleFormat::encodeText(out, "");
        QCOMPARE(out, std::string("NI-5;R0.10000000000000001;T3:é\tT0:"));
    }

    void signatureCoversEveryKeyButItsOwn()
    {
        std::map<std::string, std::string> m{{"format", "pegboard-review-bundle"}, {"sha256.x", "ab"}};
        const std::string unsigned_ = BundleFormat::signedMessage(m);
        m["signature"] = "AAAA";
        m["signature_public_key"] = "BBBB";
        m["signature_algorithm"] = "ed25519";
        QCOMPARE(BundleFormat::signedMessage(m), unsigned_);
        m["sha256.x"] = "ac";
        QVERIFY(BundleFormat::signedMessage(m) != unsigned_);
        QVERIFY(unsigned_.starts_with("pegboard-review-bundle/1 manifest\n"));
    }
};

QTEST_GUILESS_MAIN(TestBundleFormat)
#include "tst_bundleformat.moc"
