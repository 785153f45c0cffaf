#pragma once

#include <QObject>
#include <QString>

namespace pegboard {

// Database passwords live in the desktop's keychain (Secret Service / KWallet via QtKeychain),
// never in the settings file. Asynchronous like the keychain itself: answers come as signals.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *Service = "pegboard";

    explicit CredentialStore(QObject *parent = nullptr);

    void writePassword(const QString &account, const QString &password);
    void readPassword(const QString &account);
    void deletePassword(const QString &account);

    // "postgresql://alice:secret@db/pegboard" → url without the password, and the password.
    static QPair<QString, QString> splitPassword(const QString &url);
    static QString withPassword(const QString &url, const QString &password);
    // The keychain account for a store URL: user@host/database, stable whatever the password.
    static QString accountFor(const QString &url);

signals:
    // error is empty on success.
    void passwordWritten(const QString &account, const QString &error);
    void passwordRead(const QString &account, const QString &password, const QString &error);
    void passwordDeleted(const QString &account, const QString &error);
};

} // namespace pegboard
