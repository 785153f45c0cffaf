#include "feeds/feedclient.h"
#include "feeds/pegboardjsonadapter.h"
#include "itemmodels/feedstatusmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace pegboard;

class TestFeedStatusModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsFollowClientsAndCounters()
    {
        QWebSocketServer server(QStringLiteral("status"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QWebSocketServer::newConnection, this, [&server] {
            QWebSocket *s = server.nextPendingConnection();
            s->sendTextMessage(
                QStringLiteral(R"({"feed":"price","ts":"2025-07-31T08:45:22Z","price":0.999})"));
            s->sendTextMessage(QStringLiteral("garbage"));
        });
        const QUrl url(QStringLiteral("ws://127.0.0.1:%1").arg(server.serverPort()));

        FeedStatusModel model;
        model.setRefreshInterval(20);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto a = std::make_unique<FeedClient>(QStringLiteral("usdc-price"),
                                              std::make_unique<PegboardJsonAdapter>(), QList<QUrl>{url});
        auto b = std::make_unique<FeedClient>(QStringLiteral("idle"), std::make_unique<PegboardJsonAdapter>(),
                                              QList<QUrl>{url});
        model.addClient(a.get());
        model.addClient(b.get());
        model.addClient(a.get()); // once only
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(FeedStatusModel::ColumnCount));
        QCOMPARE(model.headerData(FeedStatusModel::Malformed, Qt::Horizontal).toString(),
                 QStringLiteral("Malformed"));
        QCOMPARE(model.index(1, FeedStatusModel::LastMessageAge).data().toString(), QStringLiteral("never"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        a->start();
        QTRY_COMPARE(model.index(0, FeedStatusModel::Malformed).data().toLongLong(), 1);
        QCOMPARE(model.index(0, FeedStatusModel::Messages).data().toLongLong(), 2);
        QCOMPARE(model.index(0, FeedStatusModel::Name).data().toString(), QStringLiteral("usdc-price"));
        QCOMPARE(model.index(0, FeedStatusModel::Url).data().toString(), url.toString());
        QCOMPARE(model.index(0, FeedStatusModel::State).data(Qt::UserRole).toInt(),
                 int(FeedClient::State::Connected));
        QVERIFY(model.index(0, FeedStatusModel::LastMessageAge).data(Qt::UserRole).toLongLong() >= 0);
        QTRY_VERIFY(changed.count() > 0);

        b.reset(); // a destroyed client leaves the table
        QCOMPARE(model.rowCount(), 1);
        model.removeClient(a.get());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFeedStatusModel)
#include "tst_feedstatusmodel.moc"
