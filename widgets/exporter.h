#pragma once

#include <QString>

class QAbstractItemView;
class QWidget;

namespace pegboard {

// Export from any view: a table's rows to CSV, a chart or the heatmap to PNG or SVG (by the file
// name's suffix). install() adds the actions to the widget's context menu.
class Exporter
{
public:
    static void installTableExport(QAbstractItemView *view);
    static void installImageExport(QWidget *widget);

    // Return an error message, empty on success.
    static QString exportTable(const QAbstractItemView *view, const QString &path);
    static QString exportImage(QWidget *widget, const QString &path);
};

} // namespace pegboard
