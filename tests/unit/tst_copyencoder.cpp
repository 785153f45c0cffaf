#include "store/copydecoder.h"
#include "store/copyencoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace pegboard;

class TestCopyEncoder : public QObject
{
    Q_OBJECT
private slots:
    void escapesCopySpecials()
    {
        std::string out;
        CopyEncoder e(out);
        e.text(QStringLiteral("a\tb\nc\\d\re"));
        QCOMPARE(QString::fromStdString(out), QStringLiteral("a\\tb\\nc\\\\d\\re"));
    }
    void nullsAndNumbers()
    {
        std::string out;
        CopyEncoder e(out);
        e.text(QString());
        e.separator();
        e.optionalNumber(std::nullopt);
        e.separator();
        e.number(0.1);
        e.separator();
        e.number(std::numeric_limits<double>::quiet_NaN());
        e.separator();
        e.integer(-42);
        QCOMPARE(QString::fromStdString(out), QStringLiteral("\\N\t\\N\t0.1\t\\N\t-42"));
    }
    void timestampsAreUtcWithMilliseconds()
    {
        std::string out;
        CopyEncoder e(out);
        e.timestamp(QDateTime(QDate(2025, 7, 31), QTime(8, 45, 22, 7), QTimeZone(3600)));
        e.separator();
        e.timestamp(QDateTime());
        QCOMPARE(QString::fromStdString(out), QStringLiteral("2025-07-31T07:45:22.007Z\t\\N"));
        std::string before;
        CopyEncoder::appendTimestamp(before, -1);
        QCOMPARE(QString::fromStdString(before), QStringLiteral("1969-12-31T23:59:59.999Z"));
    }
    void arraysQuoteAndEscape()
    {
        std::string out;
        CopyEncoder e(out);
        e.textArray({QStringLiteral("0xab"), QStringLiteral("say \"hi\""), QStringLiteral("back\\slash")});
        // Array literal escaping first, then COPY doubles every backslash.
        QCOMPARE(QString::fromStdString(out),
                 QStringLiteral("{\"0xab\",\"say \\\\\"hi\\\\\"\",\"back\\\\\\\\slash\"}"));
    }
    void jsonIsValidAndRoundTrips()
    {
        QJsonObject o{{QStringLiteral("gas_price_gwei"), 180.5},
                      {QStringLiteral("level"), QStringLiteral("h\"i\u0001gh")},
                      {QStringLiteral("flags"), QJsonArray{true, QJsonValue::Null}}};
        std::string out;
        CopyEncoder::appendJson(out, o);
        QJsonParseError error;
        const auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(out), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object(), o);
    }

    // What COPY FROM reads, read the same way by every reader of COPY TO (the evidence log's too).
    void decodesEveryEscape()
    {
        std::string scratch;
        const auto decode = [&](std::string_view f) {
            return std::string(CopyDecoder::unescape(f, scratch));
        };
        QCOMPARE(decode("plain"), std::string("plain"));
        QCOMPARE(decode("a\\tb\\nc\\\\d\\re\\bf\\fg\\vh"), std::string("a\tb\nc\\d\re\bf\fg\vh"));
        QCOMPARE(decode("\\101\\0\\7x"), std::string("A\0\7x", 4));
        QCOMPARE(decode("\\x41\\x4z\\xg"), std::string("A\4zxg"));
        QCOMPARE(decode("\\x"), std::string("x"));
        QCOMPARE(decode("end\\"), std::string("end\\"));
        QCOMPARE(decode("\\q"), std::string("q"));
    }
};

QTEST_APPLESS_MAIN(TestCopyEncoder)
#include "tst_copyencoder.moc"
