#include "ingest/issuecodec.h"
#include "ingest/spool.h"
#include "issuefactory.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace pegboard;

class TestSpool : public QObject
{
    Q_OBJECT

private slots:
    void codecRoundTripsEveryField()
    {
        Issue issue = test::articleIssue(7);
        issue.clusterId = 42;
        issue.title = QStringLiteral("Ünïcode title");
        issue.context.priceContext.insert(QStringLiteral("custom"), QJsonObject{{QStringLiteral("x"), 1}});
        auto decoded = IssueCodec::decode(IssueCodec::encode(issue));
        QVERIFY2(decoded, qPrintable(decoded.error().message));
        QCOMPARE(*decoded, issue);
        QVERIFY(!IssueCodec::decode(IssueCodec::encode(issue).left(20)));
        QVERIFY(!IssueCodec::decode(QByteArray("\x09garbage")));
    }

    void appendsReadBackInOrderAcrossReopen()
    {
        QTemporaryDir dir;
        {
            auto spool = Spool::open(dir.path());
            QVERIFY2(spool, qPrintable(spool.error().message));
            QVERIFY((*spool)->append({"one", "two"}));
            QVERIFY((*spool)->append({"three"}));
            QCOMPARE((*spool)->pendingRecords(), 3);
        }
        auto spool = Spool::open(dir.path());
        QVERIFY(spool);
        QCOMPARE((*spool)->pendingRecords(), 3);
        auto records = (*spool)->read(0, 10);
        QVERIFY(records);
        QCOMPARE(records->size(), 3);
        QCOMPARE(records->at(0).payload, QByteArray("one"));
        QCOMPARE(records->at(2).payload, QByteArray("three"));
        QCOMPARE(records->at(2).endOffset, (*spool)->endOffset());
        // Drained up to the second record: a restart resumes after it.
        QVERIFY((*spool)->markDrained(records->at(1).endOffset, 2));
        spool = Spool::open(dir.path());
        QCOMPARE((*spool)->pendingRecords(), 1);
        auto rest = (*spool)->read((*spool)->drainedOffset(), 10);
        QCOMPARE(rest->size(), 1);
        QCOMPARE(rest->at(0).payload, QByteArray("three"));
        // A torn checkpoint means "drain everything again", never "skip".
        spool->reset();
        QFile checkpoint(dir.path() + QStringLiteral("/checkpoint"));
        QVERIFY(checkpoint.open(QIODevice::ReadWrite));
        checkpoint.write("garbage!");
        checkpoint.close();
        spool = Spool::open(dir.path());
        QCOMPARE((*spool)->drainedOffset(), 0);
        QCOMPARE((*spool)->pendingRecords(), 3);
    }

    void tornLastRecordIsCutOff()
    {
        QTemporaryDir dir;
        qint64 goodEnd = 0;
        {
            auto spool = Spool::open(dir.path());
            QVERIFY((*spool)->append({"alpha", "beta"}));
            goodEnd = (*spool)->endOffset();
        }
        // A crash mid-write: a header promising 100 bytes, and only 3 of them.
        QFile journal(dir.path() + QStringLiteral("/journal.log"));
        QVERIFY(journal.open(QIODevice::Append));
        journal.write(QByteArray::fromHex("50535047640000000000000041424"));
        journal.close();
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("Torn or corrupt spool record")));
        auto spool = Spool::open(dir.path());
        QVERIFY(spool);
        QCOMPARE((*spool)->endOffset(), goodEnd);
        QCOMPARE(QFileInfo(journal).size(), goodEnd);
        QCOMPARE((*spool)->pendingRecords(), 2);
        // New records go after the good ones, and all read back.
        QVERIFY((*spool)->append({"gamma"}));
        auto records = (*spool)->read(0, 10);
        QCOMPARE(records->size(), 3);
        QCOMPARE(records->at(2).payload, QByteArray("gamma"));
    }

    void corruptPayloadIsDetectedByCrc()
    {
        QTemporaryDir dir;
        {
            auto spool = Spool::open(dir.path());
            QVERIFY((*spool)->append({"first", "second"}));
        }
        QFile journal(dir.path() + QStringLiteral("/journal.log"));
        QVERIFY(journal.open(QIODevice::ReadWrite));
        journal.seek(journal.size() - 1);
        journal.write("X");
        journal.close();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Torn or corrupt")));
        auto spool = Spool::open(dir.path());
        QCOMPARE((*spool)->pendingRecords(), 1);
    }

    void compactsWhenFullyDrained()
    {
        QTemporaryDir dir;
        auto spool = Spool::open(dir.path());
        (*spool)->setCompactBytes(10);
        QVERIFY((*spool)->append({QByteArray(20, 'a')}));
        const qint64 end = (*spool)->endOffset();
        auto next = (*spool)->markDrained(end, 1);
        QVERIFY(next);
        QCOMPARE(*next, 0);
        QCOMPARE((*spool)->endOffset(), 0);
        QCOMPARE((*spool)->pendingRecords(), 0);
        QVERIFY((*spool)->append({"after"}));
        spool = Spool::open(dir.path());
        auto records = (*spool)->read((*spool)->drainedOffset(), 10);
        QCOMPARE(records->size(), 1);
        QCOMPARE(records->at(0).payload, QByteArray("after"));
    }

    void compactsWhileReportsStillWait()
    {
        QTemporaryDir dir;
        auto spool = Spool::open(dir.path());
        (*spool)->setCompactBytes(100);
        QList<QByteArray> payloads;
        for (int i = 0; i < 100; ++i)
            payloads << QByteArray::number(1000000000 + i); // 10 bytes, 22 with the header
        QVERIFY((*spool)->append(payloads));
        auto records = (*spool)->read(0, 100);
        QCOMPARE(records->size(), 100);
        // 18 drained (396 bytes) but 82 waiting: too much to copy yet.
        auto next = (*spool)->markDrained(records->at(17).endOffset, 18);
        QCOMPARE(*next, records->at(17).endOffset);
        // 80 drained: past 16 × the threshold, compacted with its 20 waiting records.
        next = (*spool)->markDrained(records->at(79).endOffset, 62);
        QCOMPARE(*next, 0);
        QCOMPARE((*spool)->endOffset(), 20 * 22);
        QCOMPARE(QFileInfo(dir.path() + QStringLiteral("/journal.log")).size(), 20 * 22);
        auto rest = (*spool)->read(0, 100);
        QCOMPARE(rest->size(), 20);
        QCOMPARE(rest->first().payload, QByteArray::number(1000000080));
        QCOMPARE(rest->last().payload, QByteArray::number(1000000099));
        // Appends go on after the compacted part, and a restart finds exactly the waiting records.
        QVERIFY((*spool)->append({"after"}));
        QCOMPARE((*spool)->pendingRecords(), 21);
        spool = Spool::open(dir.path());
        QCOMPARE((*spool)->pendingRecords(), 21);
        auto reopened = (*spool)->read((*spool)->drainedOffset(), 100);
        QCOMPARE(reopened->size(), 21);
        QCOMPARE(reopened->first().payload, QByteArray::number(1000000080));
        QCOMPARE(reopened->last().payload, QByteArray("after"));
    }

    void crashDuringCompactionLosesNothing()
    {
        QTemporaryDir dir;
        {
            auto spool = Spool::open(dir.path());
            QVERIFY((*spool)->append({"one", "two", "three"}));
            auto records = (*spool)->read(0, 3);
            QVERIFY((*spool)->markDrained(records->at(0).endOffset, 1));
        }
        // A crash after the copy was written, before it replaced the journal: the copy is dropped,
        // the journal and its checkpoint are as they were.
        QFile leftover(dir.path() + QStringLiteral("/journal.log.new"));
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.write("garbage");
        leftover.close();
        {
            auto spool = Spool::open(dir.path());
            QVERIFY(!QFile::exists(leftover.fileName()));
            auto records = (*spool)->read((*spool)->drainedOffset(), 10);
            QCOMPARE(records->size(), 2);
            QCOMPARE(records->first().payload, QByteArray("two"));
        }
        // A crash after the checkpoint was reset to 0, before the rename: everything replays from
        // the start (the store ignores the duplicates), nothing is skipped.
        QFile checkpoint(dir.path() + QStringLiteral("/checkpoint"));
        QVERIFY(checkpoint.open(QIODevice::WriteOnly | QIODevice::Truncate));
        char zero[12];
        qToLittleEndian<qint64>(0, zero);
        qToLittleEndian<quint32>(0x6522DF69, zero + 8); // CRC-32 of eight zero bytes
        checkpoint.write(zero, 12);
        checkpoint.close();
        auto spool = Spool::open(dir.path());
        QCOMPARE((*spool)->drainedOffset(), 0);
        QCOMPARE((*spool)->read(0, 10)->size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSpool)
#include "tst_spool.moc"
