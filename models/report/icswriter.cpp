#include "icswriter.h"

namespace pegboard {

QString IcsWriter::escaped(const QString &text)
{
    QString out = text;
    out.replace(QLatin1String("\\"), QLatin1String("\\\\"))
        .replace(QLatin1String(";"), QLatin1String("\\;"))
        .replace(QLatin1String(","), QLatin1String("\\,"))
        .replace(QLatin1String("\n"), QLatin1String("\\n"));
    return out;
}

QByteArray IcsWriter::event(const QDateTime &from, const QDateTime &to, const QString &summary,
                            const QStringList &details, const QString &uid)
{
    auto stamp = [](const QDateTime &t) {
        return t.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    };
    QStringList lines{QStringLiteral("BEGIN:VCALENDAR"),
                      QStringLiteral("VERSION:2.0"),
                      QStringLiteral("PRODID:-//Pegboard//Maintenance windows//EN"),
                      QStringLiteral("BEGIN:VEVENT"),
                      QStringLiteral("UID:") + uid,
                      QStringLiteral("DTSTAMP:") + stamp(QDateTime::currentDateTimeUtc()),
                      QStringLiteral("DTSTART:") + stamp(from),
                      QStringLiteral("DTEND:") + stamp(to),
                      QStringLiteral("SUMMARY:") + escaped(summary),
                      QStringLiteral("DESCRIPTION:") + escaped(details.join(QLatin1Char('\n'))),
                      QStringLiteral("END:VEVENT"),
                      QStringLiteral("END:VCALENDAR")};
    // RFC 5545: lines end in CRLF and are folded at 75 octets.
    QByteArray out;
    for (const QString &line : lines) {
        QByteArray utf8 = line.toUtf8();
        while (utf8.size() > 75) {
            int cut = 75;
            while (cut > 0 && (quint8(utf8[cut]) & 0xC0) == 0x80) // never split a UTF-8 sequence
                --cut;
            out += utf8.left(cut) + "\r\n ";
            utf8 = utf8.mid(cut);
        }
        out += utf8 + "\r\n";
    }
    return out;
}

} // namespace pegboard
