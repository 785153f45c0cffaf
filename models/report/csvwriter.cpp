#include "csvwriter.h"

#include <QAbstractItemModel>
#include <QIODevice>
#include <QStringList>

namespace pegboard {

QString CsvWriter::quoted(const QString &field)
{
    static const QString special = QStringLiteral(",\"\r\n");
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

bool CsvWriter::write(const QAbstractItemModel &model, QIODevice &out)
{
    auto line = [&out](const QStringList &fields) {
        QStringList q;
        for (const QString &f : fields)
            q << quoted(f);
        return out.write((q.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8()) >= 0;
    };
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c)
        header << model.headerData(c, Qt::Horizontal).toString();
    if (!line(header))
        return false;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < model.columnCount(); ++c)
            row << model.index(r, c).data().toString();
        if (!line(row))
            return false;
    }
    return true;
}

} // namespace pegboard
