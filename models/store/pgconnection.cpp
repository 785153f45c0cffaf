#include "pgconnection.h"

#include "pgurl.h"

#include <QCoreApplication>
#include <QMutex>
#include <QUrl>
#include <libpq-fe.h>
#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif
#include <pqxx/pqxx>

namespace pegboard {

Result<void> PgConnection::validateUrl(const QString &url)
{
    if (url.trimmed().isEmpty())
        return Error::make(Error::Code::MalformedUrl,
                           QCoreApplication::translate("PgConnection", "No database URL given."));
    char *err = nullptr;
    PQconninfoOption *opts = PQconninfoParse(url.toUtf8().constData(), &err);
    if (!opts) {
        const QString reason = err ? QString::fromUtf8(err).trimmed() : QStringLiteral("out of memory");
        PQfreemem(err);
        return Error::make(
            Error::Code::MalformedUrl,
            QCoreApplication::translate("PgConnection", "Malformed database URL: %1").arg(reason));
    }
    PQconninfoFree(opts);
    return {};
}

Error::Code PgConnection::classify(const QString &message)
{
    const QString m = message.toLower();
    if (m.contains(QLatin1String("password authentication failed")) ||
        m.contains(QLatin1String("no password supplied")) ||
        (m.contains(QLatin1String("role")) && m.contains(QLatin1String("does not exist"))) ||
        m.contains(QLatin1String("no pg_hba.conf entry")) ||
        m.contains(QLatin1String("peer authentication failed")))
        return Error::Code::BadCredentials;
    if (m.contains(QLatin1String("permission denied")))
        return Error::Code::PermissionDenied;
    if (m.contains(QLatin1String("invalid connection option")) || m.contains(QLatin1String("invalid uri")) ||
        m.contains(QLatin1String("missing \"=\"")) || m.contains(QLatin1String("invalid integer value")))
        return Error::Code::MalformedUrl;
    if (m.contains(QLatin1String("could not connect")) || m.contains(QLatin1String("connection refused")) ||
        m.contains(QLatin1String("no such file or directory")) ||
        m.contains(QLatin1String("could not translate host")) ||
        m.contains(QLatin1String("timeout expired")) ||
        m.contains(QLatin1String("server closed the connection")) ||
        m.contains(QLatin1String("connection to server")) ||
        m.contains(QLatin1String("the database system is")))
        return Error::Code::Unreachable;
    return Error::Code::Query;
}

namespace {
QMutex personMutex;
QString &chosenPerson()
{
    static QString person;
    return person;
}
} // namespace

QString PgConnection::cleanPerson(const QString &person)
{
    QString out;
    out.reserve(person.size());
    for (const QChar c : person)
        out.append(c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line ||
                           c.category() == QChar::Separator_Paragraph
                       ? QLatin1Char(' ')
                       : c);
    out = out.simplified();
    if (out.size() > MaxPersonLength) {
        out.truncate(MaxPersonLength);
        if (out.back().isHighSurrogate()) // never half a character
            out.chop(1);
        out = out.trimmed();
    }
    return out;
}

void PgConnection::setPerson(const QString &person)
{
    const QString cleaned = cleanPerson(person);
    QMutexLocker lock(&personMutex);
    chosenPerson() = cleaned;
}

QString PgConnection::login()
{
    for (const char *variable : {"PEGBOARD_PERSON", "USER", "LOGNAME", "USERNAME"}) {
        const QString value = cleanPerson(qEnvironmentVariable(variable));
        if (!value.isEmpty())
            return value;
    }
#ifdef Q_OS_UNIX
    // Services and containers often run without $USER; the account database still knows.
    if (const passwd *account = getpwuid(geteuid()); account && account->pw_name)
        return cleanPerson(QString::fromLocal8Bit(account->pw_name));
#endif
    return {};
}

QString PgConnection::person()
{
    {
        QMutexLocker lock(&personMutex);
        if (!chosenPerson().isEmpty())
            return chosenPerson();
    }
    return login();
}

void PgConnection::applyPerson(pqxx::transaction_base &tx)
{
    // A parameter, never text in the statement: a name is whatever the person typed.
    tx.exec_params("SELECT set_config('pegboard.person', $1, true)", person().toStdString());
}

Result<std::shared_ptr<pqxx::connection>> PgConnection::open(const QString &url)
{
    if (auto valid = validateUrl(url); !valid)
        return Unexpected<Error>(valid.error());
    try {
        auto connection = std::make_shared<pqxx::connection>(url.toStdString());
        if (const QString who = person(); !who.isEmpty()) {
            pqxx::nontransaction tx(*connection);
            tx.exec_params("SELECT set_config('pegboard.person', $1, false)", who.toStdString());
        }
        return connection;
    } catch (const std::exception &e) {
        const QString what = QString::fromUtf8(e.what()).trimmed();
        const Error::Code code = classify(what);
        QString message;
        switch (code) {
        case Error::Code::BadCredentials:
            message = QCoreApplication::translate("PgConnection",
                                                  "The database refused the credentials for %1: %2");
            break;
        case Error::Code::MalformedUrl:
            message = QCoreApplication::translate("PgConnection", "Malformed database URL %1: %2");
            break;
        case Error::Code::Unreachable:
            message = QCoreApplication::translate("PgConnection", "Cannot reach the database at %1: %2");
            break;
        default:
            message = QCoreApplication::translate("PgConnection", "Cannot connect to %1: %2");
        }
        return Error::make(code, message.arg(redacted(url), what));
    }
}

Error PgConnection::errorFrom(const std::exception &e)
{
    // libpq's messages span lines (ERROR / DETAIL / HINT): one line, so a log line is one event.
    const QString what = QString::fromUtf8(e.what()).simplified();
    // libpqxx says "Could not obtain client encoding" when it finds the session already gone, and
    // not always as a broken_connection (a kill while a statement starts reaches it as a failure).
    if (what.contains(QLatin1String("client encoding"), Qt::CaseInsensitive))
        return Error{Error::Code::Unreachable,
                     QCoreApplication::translate("PgConnection", "the connection to the store was lost")};
    if (dynamic_cast<const pqxx::broken_connection *>(&e))
        return Error{Error::Code::Unreachable, what};
    if (dynamic_cast<const pqxx::insufficient_privilege *>(&e))
        return Error{Error::Code::PermissionDenied, what};
    if (const auto *sql = dynamic_cast<const pqxx::sql_error *>(&e)) {
        // read_only_sql_transaction: a write reached a hot standby.
        if (sql->sqlstate() == "25006")
            return Error{Error::Code::ReadOnly, what};
        if (sql->sqlstate() == "P0002" || sql->sqlstate() == "02000")
            return Error{Error::Code::NotFound, what};
        // Data exceptions (22), integrity violations (23) and per-row program limits such as an
        // index entry too large (54000) are about the rows sent; retrying them never helps.
        const std::string state = sql->sqlstate();
        if (state.starts_with("22") || state.starts_with("23") || state == "54000")
            return Error{Error::Code::InvalidInput, what};
        // Connection exceptions and shutdowns: the store is not there, whatever the rows are.
        if (state.starts_with("08") || state == "57P01" || state == "57P02" || state == "57P03")
            return Error{Error::Code::Unreachable, what};
    }
    const Error::Code code = classify(what);
    return Error{code == Error::Code::Unreachable ? code : Error::Code::Query, what};
}

QString PgConnection::redacted(const QString &url)
{
    return PgUrl(url).redacted();
}

} // namespace pegboard
