#include "credentialstore.h"

#include "pgurl.h"

#include <QUrl>
#include <qt6keychain/keychain.h>

namespace pegboard {

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{}

void CredentialStore::writePassword(const QString &account, const QString &password)
{
    auto *job = new QKeychain::WritePasswordJob(QString::fromLatin1(Service), this);
    job->setAutoDelete(true);
    // No insecure fallback: without a keychain the password is refused, never written in clear.
    job->setInsecureFallback(false);
    job->setKey(account);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, account](QKeychain::Job *j) {
        emit passwordWritten(account, j->error() == QKeychain::NoError ? QString() : j->errorString());
    });
    job->start();
}

void CredentialStore::readPassword(const QString &account)
{
    auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(Service), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [this, account](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        const bool ok = j->error() == QKeychain::NoError;
        emit passwordRead(account, ok ? read->textData() : QString(), ok ? QString() : j->errorString());
    });
    job->start();
}

void CredentialStore::deletePassword(const QString &account)
{
    auto *job = new QKeychain::DeletePasswordJob(QString::fromLatin1(Service), this);
    job->setAutoDelete(true);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [this, account](QKeychain::Job *j) {
        emit passwordDeleted(account, j->error() == QKeychain::NoError ? QString() : j->errorString());
    });
    job->start();
}

// PgUrl, not QUrl: libpq's multi-host URIs (db1,db2) are not valid URLs to QUrl.
QPair<QString, QString> CredentialStore::splitPassword(const QString &url)
{
    const PgUrl u(url);
    if (!u.isUri() || u.password().isEmpty())
        return {url, QString()};
    return {u.withoutPassword(), u.password()};
}

QString CredentialStore::withPassword(const QString &url, const QString &password)
{
    const PgUrl u(url);
    if (!u.isUri() || password.isEmpty() || u.hosts().isEmpty())
        return url;
    return u.withPassword(password);
}

QString CredentialStore::accountFor(const QString &url)
{
    const PgUrl pg(url);
    const QStringList hosts = pg.hosts();
    if (hosts.size() > 1) {
        const QString path = pg.rest().section(QLatin1Char('?'), 0, 0);
        return QStringLiteral("%1@%2%3").arg(pg.user(), hosts.join(QLatin1Char(',')), path);
    }
    const QUrl u(url);
    return QStringLiteral("%1@%2:%3%4").arg(u.userName(), u.host()).arg(u.port(5432)).arg(u.path());
}

} // namespace pegboard
