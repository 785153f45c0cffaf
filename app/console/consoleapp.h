#pragma once

#include "store/consolesettings.h"

#include <QObject>
#include <memory>

namespace pegboard {

class AnalysisController;
class ClusterCorrectionController;
class ConsoleController;
class ConsoleSession;
class DemoRunner;
class FeedService;
class MainWindow;

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
        QString dataDir;
        QList<FeedConfig> feeds;
        bool demo = false;
    };

    explicit ConsoleApp(QObject *parent = nullptr);
    ~ConsoleApp() override;

    void start(const Options &options);
    MainWindow *window() const { return m_window.get(); }

private:
    void startStore(const Options &options);
    void startDemo(const Options &options);

    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<ConsoleController> m_controller;
    std::unique_ptr<FeedService> m_feeds;
    std::unique_ptr<AnalysisController> m_analysis;
    std::unique_ptr<ClusterCorrectionController> m_corrections;
    std::unique_ptr<DemoRunner> m_demo;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace pegboard
