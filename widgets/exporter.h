#pragma once

#include "store/issuequery.h"

#include <QDateTime>
#include <QString>
#include <functional>

class QAbstractItemView;
class QWidget;

namespace pegboard {

// Export from any view: a table's rows to CSV, a chart or the heatmap to PNG or SVG (by the file
// name's suffix). install() adds the actions to the widget's context menu. An image carries the
// filter in force and the time of export, in a caption line under the chart and in its default file
// name ("peg-USDC-2026-11-24T1300Z-types-oracle_failure.png"), so a picture pasted into an incident
// channel says what it shows.
class Exporter
{
public:
    static void installTableExport(QAbstractItemView *view);
    // The widget's "exportName" property (else its object name) starts the file name.
    static void installImageExport(QWidget *widget);
    // Where exports read the filter in force from (the window's filter bar); unset: no filter.
    static void setFilterSource(std::function<IssueQuery()> source);
    static IssueQuery currentFilter();

    // "Filter: … · exported 2026-11-24 13:00 UTC", in the user's language.
    static QString caption(const IssueQuery &filter, const QDateTime &at);
    // subject-<time>-<filter>.suffix, safe on every file system (no / \ : * ? " < > |, no spaces).
    static QString fileName(const QString &subject, const IssueQuery &filter, const QDateTime &at,
                            const QString &suffix);
    static QString sanitized(const QString &part);

    // Return an error message, empty on success. A non-empty caption is drawn under the widget.
    static QString exportTable(const QAbstractItemView *view, const QString &path);
    static QString exportImage(QWidget *widget, const QString &path, const QString &caption = {});
};

} // namespace pegboard
