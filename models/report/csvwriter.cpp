#include "csvwriter.h"

#include <QAbstractItemModel>
#include <QIODevice>
#include <QStringList>
#include <cmath>

namespace pegboard {

QString CsvWriter::isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z')
                       : QString();
}

QString CsvWriter::plainNumber(double value)
{
    if (!std::isfinite(value))
        return {};
    // Fixed notation, '.' decimal, no grouping, no trailing zeros: "1169512", "0.9867".
    QString text = QString::number(value, 'f', 6);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text;
}

QString CsvWriter::quoted(const QString &field)
{
    static const QString special = QStringLiteral(",\"\r\n");
    if (field.contains(QChar(0))) {
        QString clean = field;
        return quoted(clean.remove(QChar(0)));
    }
    bool needs = false;
    for (const QChar c : field)
        needs = needs || special.contains(c);
    // A leading = + - @ would run as a formula in a spreadsheet: quote and neutralise it.
    const bool formula = !field.isEmpty() && QStringLiteral("=+-@").contains(field.front()) &&
                         !(field.size() > 1 && field.front() == QLatin1Char('-') && field[1].isDigit());
    if (!needs && !formula)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + (formula ? QStringLiteral("'") : QString()) + escaped + QLatin1Char('"');
}

namespace {
QString cell(const QModelIndex &index)
{
    const QVariant raw = index.data(CsvWriter::ExportRole);
    switch (raw.typeId()) {
    case QMetaType::UnknownType:
        return index.data().toString();
    case QMetaType::QDateTime:
        return CsvWriter::isoUtc(raw.toDateTime());
    case QMetaType::Double:
    case QMetaType::Float:
        return CsvWriter::plainNumber(raw.toDouble());
    default:
        return raw.toString();
    }
}
} // namespace

bool CsvWriter::writeRow(QIODevice &out, const QStringList &fields)
{
    QStringList q;
    q.reserve(fields.size());
    for (const QString &f : fields)
        q << quoted(f);
    return out.write((q.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8()) >= 0;
}

bool CsvWriter::write(const QAbstractItemModel &model, QIODevice &out)
{
    auto line = [&out](const QStringList &fields) { return writeRow(out, fields); };
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c)
        header << model.headerData(c, Qt::Horizontal).toString();
    if (!line(header))
        return false;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < model.columnCount(); ++c)
            row << cell(model.index(r, c));
        if (!line(row))
            return false;
    }
    return true;
}

} // namespace pegboard
