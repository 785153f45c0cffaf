#include "audit/checkpoint.h"
#include "audit/notekey.h"

#include <QTest>

using namespace pegboard;

class TestCheckpoint : public QObject
{
    Q_OBJECT

private slots:
    // The signed-note reference key and signature (Go's golang.org/x/mod/sumdb/note examples).
    void referenceKeySignsAsTheSpecSays()
    {
        auto key = NoteKey::parsePrivate(
            "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz");
        QVERIFY2(key, qPrintable(key.error().message));
        QCOMPARE(key->keyId(), 0xc74f20a3u);
        QCOMPARE(key->verifierKeyText(),
                 QByteArray("PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"));
        const QByteArray text = "If you think cryptography is the answer to your problem,\n"
                                "then you don't know what your problem is.\n";
        const QByteArray signature = key->sign(text);
        const char id[4] = {char(0xc7), char(0x4f), char(0x20), char(0xa3)};
        QCOMPARE((QByteArray(id, 4) + signature).toBase64(),
                 QByteArray("x08go/ZJkuBS9UG/"
                            "SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM="));
        auto verifier = NoteKey::parseVerifier(key->verifierKeyText());
        QVERIFY(verifier);
        QVERIFY(verifier->verify(text, signature));
        QVERIFY(!verifier->verify(text + "!", signature));
    }

    void signedCheckpointRoundTripsAndDetectsEdits()
    {
        auto key = NoteKey::generate(QStringLiteral("example.org/pegboard"));
        QVERIFY(key);
        Checkpoint c;
        c.origin = QStringLiteral("pegboard.audit/1234");
        c.size = 20852163;
        c.root = MerkleTree::leafHash("x");
        const QByteArray note = c.signedText(*key);
        QVERIFY(note.startsWith("pegboard.audit/1234\n20852163\n"));
        QVERIFY(note.contains("\n\n\xe2\x80\x94 example.org/pegboard "));
        auto parsed = Checkpoint::parse(note);
        QVERIFY2(parsed, qPrintable(parsed.error().message));
        QCOMPARE(parsed->size, c.size);
        QCOMPARE(parsed->root, c.root);
        QVERIFY(parsed->verifiedBy(*key));

        QByteArray forged = note;
        forged.replace("20852163", "20852164");
        auto other = Checkpoint::parse(forged);
        QVERIFY(other);
        QVERIFY(!other->verifiedBy(*key));
        auto stranger = NoteKey::generate(QStringLiteral("example.org/pegboard"));
        QVERIFY(!parsed->verifiedBy(*stranger));
    }

    void malformedCheckpointsAreRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("note");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no signature") << QByteArray("o\n1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n");
        QTest::newRow("bad size") << QByteArray(
            "o\n01\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n\n\xe2\x80\x94 k AAAAAAAA\n");
        QTest::newRow("short root") << QByteArray("o\n1\nAAAA\n\n\xe2\x80\x94 k AAAAAAAA\n");
        QTest::newRow("dash") << QByteArray(
            "o\n1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n\n- k AAAAAAAA\n");
    }
    void malformedCheckpointsAreRefusedWithAReason()
    {
        QFETCH(QByteArray, note);
        auto parsed = Checkpoint::parse(note);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, Error::Code::InvalidInput);
        QVERIFY(!parsed.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCheckpoint)
#include "tst_checkpoint.moc"
