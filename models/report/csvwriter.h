#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QIODevice;

namespace pegboard {

// Writes a table (header row first) as RFC 4180 CSV in UTF-8: what it shows, except that times
// and numbers a model offers under ExportRole are written for machines (ISO 8601 UTC, plain).
class CsvWriter
{
public:
    // A model that shows formatted text ("$1,200", a local time) gives the raw value for export
    // under this role: a QDateTime is written as ISO 8601 UTC, a number plainly.
    static constexpr int ExportRole = Qt::UserRole + 100;
    static QString isoUtc(const QDateTime &t);
    static QString plainNumber(double value);

    static bool write(const QAbstractItemModel &model, QIODevice &out);
    // One record: fields quoted as needed, CRLF at the end.
    static bool writeRow(QIODevice &out, const QStringList &fields);
    // RFC 4180: quoted when it holds a comma, quote or line break; NUL characters are dropped
    // (spreadsheets stop reading at them); a leading = + - @ is neutralised.
    static QString quoted(const QString &field);
};

} // namespace pegboard
