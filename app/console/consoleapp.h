#pragma once

#include "store/consolesettings.h"

#include <QObject>
#include <memory>

namespace pegboard {

class ConsoleServices;
class DemoRunner;
class MainWindow;
class ReplayController;
class ReplayPegChart;
class TimelineBar;

// The console role: composes the session, controllers, feeds and the main window, and chooses the
// store — --db, else the configured shared store (password from the keychain), else the embedded
// default — or, for `pegboard demo`, the demo environment DemoRunner brings up.
class ConsoleApp : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString url;
        QString writeUrl; // where changes go when url is a read-only standby (--write-db)
        QString dataDir;
        QList<FeedConfig> feeds;
        bool demo = false;
        QString bundle; // a review bundle: no store, no feeds, no network
    };

    explicit ConsoleApp(QObject *parent = nullptr);
    ~ConsoleApp() override;

    void start(const Options &options);
    // Opens a review bundle (off the GUI thread) in place of the store.
    void openBundle(const QString &path);
    MainWindow *window() const { return m_window.get(); }
    ConsoleServices *services() const { return m_services.get(); }
    ReplayController *replay() const { return m_replay; }
    TimelineBar *timeline() const { return m_timeline; }
    ReplayPegChart *replayChart() const { return m_replayChart; }

signals:
    void bundleOpened(const QString &description);
    void bundleFailed(const QString &message);

private:
    void addReplay();
    void replayFilterWindow();
    void startStore(const Options &options);
    void startDemo(const Options &options);

    std::unique_ptr<ConsoleServices> m_services;
    std::unique_ptr<DemoRunner> m_demo;
    std::unique_ptr<MainWindow> m_window;
    TimelineBar *m_timeline = nullptr;
    ReplayPegChart *m_replayChart = nullptr;
    ReplayController *m_replay = nullptr;
};

} // namespace pegboard
