#pragma once

#include <QString>

class QAbstractItemModel;
class QIODevice;

namespace pegboard {

// Writes what a table shows (display text, header row first) as RFC 4180 CSV in UTF-8, so an
// exported table opens the same in a spreadsheet as it looked in the console.
class CsvWriter
{
public:
    static bool write(const QAbstractItemModel &model, QIODevice &out);
    static QString quoted(const QString &field);
};

} // namespace pegboard
