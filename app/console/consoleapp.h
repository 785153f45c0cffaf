#pragma once

#include "store/consolesettings.h"

#include <QObject>
#include <memory>

namespace pegboard {

class ConsoleServices;
class DemoRunner;
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
        QString writeUrl; // where changes go when url is a read-only standby (--write-db)
        QString dataDir;
        QList<FeedConfig> feeds;
        bool demo = false;
    };

    explicit ConsoleApp(QObject *parent = nullptr);
    ~ConsoleApp() override;

    void start(const Options &options);
    MainWindow *window() const { return m_window.get(); }
    ConsoleServices *services() const { return m_services.get(); }

private:
    void startStore(const Options &options);
    void startDemo(const Options &options);

    std::unique_ptr<ConsoleServices> m_services;
    std::unique_ptr<DemoRunner> m_demo;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace pegboard
