#include "changelistener.h"

#include "changelistenerworker.h"

namespace pegboard {

ChangeListener::ChangeListener(QString url, QObject *parent)
    : QObject(parent)
    , m_worker(new ChangeListenerWorker(std::move(url)))
{
    m_thread.setObjectName(QStringLiteral("ChangeListener"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ChangeListenerWorker::issuesInserted, this, &ChangeListener::issuesInserted);
    connect(m_worker, &ChangeListenerWorker::issueChanged, this, &ChangeListener::issueChanged);
    connect(m_worker, &ChangeListenerWorker::connectionLost, this, &ChangeListener::connectionLost);
    connect(m_worker, &ChangeListenerWorker::connectionRestored, this, &ChangeListener::connectionRestored);
    connect(m_worker, &ChangeListenerWorker::pollingInstead, this, &ChangeListener::pollingInstead);
    connect(m_worker, &ChangeListenerWorker::stateChanged, this, [this](bool connected, bool polling) {
        m_polling = polling;
        if (connected == m_connected)
            return;
        m_connected = connected;
        emit connectedChanged(connected);
    });
}

ChangeListener::~ChangeListener()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(m_worker, &ChangeListenerWorker::stop, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_worker;
    }
}

void ChangeListener::start()
{
    if (m_thread.isRunning())
        return;
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &ChangeListenerWorker::start, Qt::QueuedConnection);
}

} // namespace pegboard
