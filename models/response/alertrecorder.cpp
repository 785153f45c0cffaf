#include "alertrecorder.h"

#include <QDateTime>
#include <QTimer>

namespace pegboard {

AlertRecorder::AlertRecorder(const QString &url, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_context(new QObject)
{
    qRegisterMetaType<pegboard::AlertEvent>();
    qRegisterMetaType<QList<pegboard::AlertStore::Firing>>();
    qRegisterMetaType<QList<pegboard::Silence>>();
    m_thread.setObjectName(QStringLiteral("pegboard-alerts"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(m_context, [this] {
        m_retry = new QTimer(m_context);
        m_retry->setSingleShot(true);
        connect(m_retry, &QTimer::timeout, m_context, [this] { drain(); });
    });
}

AlertRecorder::~AlertRecorder()
{
    // A last attempt at what is still waiting, then the store goes with the thread that used it.
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            if (m_retry)
                m_retry->stop();
            drain();
            m_store.reset();
            delete m_context;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

Result<AlertStore *> AlertRecorder::store()
{
    if (!m_store) {
        auto opened = AlertStore::open(m_url);
        if (!opened)
            return Unexpected<Error>(opened.error());
        m_store = std::move(opened).value();
    }
    return m_store.get();
}

int AlertRecorder::backlog() const
{
    return m_backlog.load();
}

void AlertRecorder::record(const AlertEvent &event)
{
    ++m_backlog;
    QMetaObject::invokeMethod(m_context, [this, event] {
        m_pending.push_back(event);
        if (!m_retry->isActive())
            drain();
    });
}

void AlertRecorder::drain()
{
    while (!m_pending.empty()) {
        const AlertEvent event = m_pending.front();
        auto s = store();
        Result<qint64> id = s ? (*s)->record(event) : Result<qint64>(Unexpected<Error>(s.error()));
        if (!id) {
            // A row the store refuses on its own would block every later one: only a lost store is
            // retried; anything else is reported and set aside.
            if (id.error().code == Error::Code::Unreachable || !s) {
                m_store.reset();
                emit recordDelayed(event, id.error().message);
                m_retry->start(m_retryMs);
                m_retryMs = std::min(m_retryMs * 2, 30000);
                return;
            }
            emit failed(id.error().message);
        } else {
            emit recorded(event, *id);
        }
        m_pending.pop_front();
        --m_backlog;
        m_retryMs = 1000;
    }
}

void AlertRecorder::refresh(int recentLimit)
{
    QMetaObject::invokeMethod(m_context, [this, recentLimit] {
        auto s = store();
        if (!s) {
            emit failed(s.error().message);
            return;
        }
        auto firings = (*s)->firings(recentLimit);
        auto silences = (*s)->silences(QDateTime::currentMSecsSinceEpoch());
        if (!firings || !silences) {
            emit failed(!firings ? firings.error().message : silences.error().message);
            return;
        }
        emit firingsLoaded(*firings);
        emit silencesLoaded(*silences);
    });
}

void AlertRecorder::acknowledge(qint64 firingId, const QString &note)
{
    QMetaObject::invokeMethod(m_context, [this, firingId, note] {
        auto s = store();
        auto done = s ? (*s)->acknowledge(firingId, note) : Result<void>(Unexpected<Error>(s.error()));
        if (done)
            emit changed();
        else
            emit failed(done.error().message);
    });
}

void AlertRecorder::createSilence(const Silence &silence)
{
    QMetaObject::invokeMethod(m_context, [this, silence] {
        auto s = store();
        auto done = s ? (*s)->createSilence(silence) : Result<qint64>(Unexpected<Error>(s.error()));
        if (done)
            emit changed();
        else
            emit failed(done.error().message);
    });
}

void AlertRecorder::expireSilence(qint64 silenceId)
{
    QMetaObject::invokeMethod(m_context, [this, silenceId] {
        auto s = store();
        auto done = s ? (*s)->expireSilence(silenceId) : Result<void>(Unexpected<Error>(s.error()));
        if (done)
            emit changed();
        else
            emit failed(done.error().message);
    });
}

} // namespace pegboard
