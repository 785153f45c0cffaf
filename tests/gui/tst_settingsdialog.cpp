#include "settingsdialog.h"
#include "store/consolesettings.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace pegboard;

class TestSettingsDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void weightsMustAddUpToOne()
    {
        SettingsDialog dialog(ConsoleSettings{});
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        QVERIFY(dialog.problem().isEmpty());
        auto spins = dialog.findChildren<QDoubleSpinBox *>();
        QCOMPARE(spins.size(), 8);
        spins[0]->setValue(0.5); // peg stability 0.35 → 0.5: sum 1.15
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.problem().contains(QLatin1String("1.15")));
        spins[1]->setValue(0.10); // oracle health 0.25 → 0.10: back to 1.0
        QVERIFY(ok->isEnabled());
        spins[6]->setValue(9.5); // alert above emergency
        QVERIFY(!ok->isEnabled());
    }

    void settingsRoundTripAndThePasswordNeverReachesTheFile()
    {
        ConsoleSettings initial;
        initial.feeds.append({QStringLiteral("mainnet"),
                              QStringLiteral("wss://rpc.example/ws"),
                              QStringLiteral("jsonrpc"),
                              {QStringLiteral("wss://fallback.example/ws")}});
        SettingsDialog dialog(initial);
        dialog.findChild<QLineEdit *>(QStringLiteral("storeUrl"))
            ->setText(QStringLiteral("postgresql://ops:topsecret@db.example/pegboard"));
        dialog.findChild<QLineEdit *>(QStringLiteral("storePassword"))->setText(QStringLiteral("hunter2"));
        const ConsoleSettings chosen = dialog.settings();
        QCOMPARE(dialog.password(), QStringLiteral("hunter2"));
        QCOMPARE(chosen.feeds, initial.feeds);

        const QString path = m_dir.filePath(QStringLiteral("pegboard.conf"));
        {
            QSettings settings(path, QSettings::IniFormat);
            chosen.save(settings);
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.contains("topsecret"));
        QVERIFY(!text.contains("hunter2"));
        QSettings settings(path, QSettings::IniFormat);
        const ConsoleSettings loaded = ConsoleSettings::load(settings);
        QCOMPARE(loaded.feeds, initial.feeds);
        QCOMPARE(loaded.risk, initial.risk);
        // The oracle heartbeat is part of the one risk configuration and survives the round trip.
        SettingsDialog again(loaded);
        again.findChild<QSpinBox *>(QStringLiteral("oracleHeartbeat"))->setValue(86400);
        QCOMPARE(again.settings().risk.escalation.oracleHeartbeatS, 86400.0);
        QVERIFY(loaded.storeUrl.startsWith(QLatin1String("postgresql://ops@db.example")));
    }

    // libpq multi-host URLs (a standby pool to read, a primary pair to write) are accepted, their
    // passwords never reach the file, and what libpq refuses is named before saving.
    void multiHostUrlsAndTheWriteUrl()
    {
        SettingsDialog dialog(ConsoleSettings{});
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *store = dialog.findChild<QLineEdit *>(QStringLiteral("storeUrl"));
        auto *write = dialog.findChild<QLineEdit *>(QStringLiteral("storeWriteUrl"));
        QVERIFY(store && write);
        store->setText(QStringLiteral("postgresql://ops:topsecret@replica1:5432,replica2:5433/"
                                      "pegboard?target_session_attrs=prefer-standby"));
        write->setText(
            QStringLiteral("postgresql://ops:topsecret@db1,db2/pegboard?target_session_attrs=read-write"));
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        QVERIFY(ok->isEnabled());

        write->setText(QStringLiteral("postgresql://db1,db2/pegboard?no_such_option=1"));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(dialog.problem().contains(QLatin1String("no_such_option")), qPrintable(dialog.problem()));
        write->setText(
            QStringLiteral("postgresql://ops:topsecret@db1,db2/pegboard?target_session_attrs=read-write"));
        QVERIFY(ok->isEnabled());

        const QString path = m_dir.filePath(QStringLiteral("multihost.conf"));
        {
            QSettings settings(path, QSettings::IniFormat);
            dialog.settings().save(settings);
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("topsecret"));
        QSettings settings(path, QSettings::IniFormat);
        const ConsoleSettings loaded = ConsoleSettings::load(settings);
        QCOMPARE(loaded.storeUrl, QStringLiteral("postgresql://ops@replica1:5432,replica2:5433/pegboard?"
                                                 "target_session_attrs=prefer-standby"));
        QCOMPARE(loaded.writeUrl,
                 QStringLiteral("postgresql://ops@db1,db2/pegboard?target_session_attrs=read-write"));
    }

    void nonsenseInTheFileFallsBackToTheCustomerWeights()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.conf"));
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(QStringLiteral("risk/peg_weight"), 3.0);
        QCOMPARE(ConsoleSettings::load(settings).risk, RiskScore::Config());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
