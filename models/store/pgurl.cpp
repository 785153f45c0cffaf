#include "pgurl.h"

#include <QRegularExpression>
#include <QUrl>

namespace pegboard {

PgUrl::PgUrl(const QString &url)
    : m_original(url)
{
    for (const char *scheme : {"postgresql://", "postgres://"}) {
        if (url.startsWith(QLatin1String(scheme))) {
            m_scheme = QLatin1String(scheme);
            m_uri = true;
            break;
        }
    }
    if (!m_uri)
        return;
    const QString afterScheme = url.mid(m_scheme.size());
    qsizetype end = afterScheme.indexOf(QLatin1Char('/'));
    const qsizetype query = afterScheme.indexOf(QLatin1Char('?'));
    if (end < 0 || (query >= 0 && query < end))
        end = query;
    const QString authority = end < 0 ? afterScheme : afterScheme.left(end);
    m_rest = end < 0 ? QString() : afterScheme.mid(end);
    // A password may itself hold '@' only percent-encoded, so the last '@' ends the user info.
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    m_userInfo = at >= 0 ? authority.left(at) : QString();
    m_hostSpec = at >= 0 ? authority.mid(at + 1) : authority;
}

QString PgUrl::user() const
{
    const qsizetype colon = m_userInfo.indexOf(QLatin1Char(':'));
    return QUrl::fromPercentEncoding((colon < 0 ? m_userInfo : m_userInfo.left(colon)).toUtf8());
}

QString PgUrl::password() const
{
    const qsizetype colon = m_userInfo.indexOf(QLatin1Char(':'));
    return colon < 0 ? QString() : QUrl::fromPercentEncoding(m_userInfo.mid(colon + 1).toUtf8());
}

QStringList PgUrl::hosts() const
{
    return m_hostSpec.isEmpty() ? QStringList() : m_hostSpec.split(QLatin1Char(','));
}

QString PgUrl::withPassword(const QString &password) const
{
    if (!m_uri)
        return m_original;
    const qsizetype colon = m_userInfo.indexOf(QLatin1Char(':'));
    const QString user = colon < 0 ? m_userInfo : m_userInfo.left(colon);
    QString userInfo = user;
    if (!password.isEmpty())
        userInfo += QLatin1Char(':') + QString::fromLatin1(QUrl::toPercentEncoding(password));
    const bool keepAt = !userInfo.isEmpty();
    return m_scheme + (keepAt ? userInfo + QLatin1Char('@') : QString()) + m_hostSpec + m_rest;
}

QString PgUrl::redacted() const
{
    static const QRegularExpression passwordParameter(QStringLiteral("([?&]password=)[^&]*"));
    if (!m_uri) {
        static const QRegularExpression keyword(
            QStringLiteral("(\\bpassword\\s*=\\s*)('(?:[^'\\\\]|\\\\.)*'|\\S*)"));
        return QString(m_original).replace(keyword, QStringLiteral("\\1***"));
    }
    QString rest = m_rest;
    rest.replace(passwordParameter, QStringLiteral("\\1***"));
    const qsizetype colon = m_userInfo.indexOf(QLatin1Char(':'));
    const QString userInfo = colon < 0 ? m_userInfo : m_userInfo.left(colon) + QStringLiteral(":***");
    return m_scheme + (userInfo.isEmpty() ? QString() : userInfo + QLatin1Char('@')) + m_hostSpec + rest;
}

} // namespace pegboard
