#include "exporter.h"

#include "domain/issuetype.h"
#include "report/csvwriter.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

namespace pegboard {

namespace {
QString tr(const char *text)
{
    // lupdate files tr() calls in pegboard's classes under the namespaced context.
    return QCoreApplication::translate("pegboard::Exporter", text);
}

std::function<IssueQuery()> &filterSource()
{
    static std::function<IssueQuery()> source;
    return source;
}

QString utcMinute(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// The caption's height for this width: wrapped lines of the widget's font, with a margin.
QRect captionRect(const QWidget *widget, const QString &caption)
{
    const QFontMetrics metrics(widget->font());
    const int margin = metrics.height() / 2;
    const QRect text = metrics.boundingRect(QRect(0, 0, std::max(1, widget->width() - 2 * margin), 10000),
                                            Qt::TextWordWrap, caption);
    return {0, widget->height(), widget->width(), text.height() + 2 * margin};
}

void paint(QPainter &painter, QWidget *widget, const QString &caption, const QRect &strip)
{
    widget->render(&painter);
    if (caption.isEmpty())
        return;
    painter.fillRect(strip, Qt::white);
    painter.setPen(QColor(0x33, 0x33, 0x33));
    painter.setFont(widget->font());
    const int margin = QFontMetrics(widget->font()).height() / 2;
    painter.drawText(strip.adjusted(margin, margin, -margin, -margin), Qt::TextWordWrap | Qt::AlignLeft,
                     caption);
}
} // namespace

void Exporter::setFilterSource(std::function<IssueQuery()> source)
{
    filterSource() = std::move(source);
}

IssueQuery Exporter::currentFilter()
{
    return filterSource() ? filterSource()() : IssueQuery{};
}

QString Exporter::caption(const IssueQuery &q, const QDateTime &at)
{
    QStringList parts;
    if (q.from.isValid() || q.to.isValid())
        parts << tr("%1 – %2 UTC")
                     .arg(q.from.isValid() ? utcMinute(q.from) : tr("the beginning"),
                          q.to.isValid() ? utcMinute(q.to) : tr("now"));
    else
        parts << tr("all time");
    if (!q.types.isEmpty()) {
        QStringList names;
        for (const QString &type : q.types)
            names << IssueType::displayName(type);
        parts << tr("types: %1").arg(names.join(QStringLiteral(", ")));
    }
    if (q.minSeverity > 1 || q.maxSeverity < 5)
        parts << tr("severity %1–%2").arg(q.minSeverity).arg(q.maxSeverity);
    if (!q.protocols.isEmpty())
        parts << tr("protocols: %1").arg(q.protocols.join(QStringLiteral(", ")));
    if (!q.text.trimmed().isEmpty())
        parts << tr("text “%1”").arg(q.text.trimmed());
    if (q.openOnly)
        parts << tr("open only");
    return tr("Filter: %1 — exported %2 UTC").arg(parts.join(QStringLiteral(" · ")), utcMinute(at));
}

QString Exporter::sanitized(const QString &part)
{
    QString out;
    out.reserve(part.size());
    for (const QChar c : part) {
        const bool safe = (c.unicode() < 128 && c.isLetterOrNumber()) || c == QLatin1Char('-') ||
                          c == QLatin1Char('_') || c == QLatin1Char('.') || c == QLatin1Char('+');
        out += safe ? c : QLatin1Char('_');
    }
    while (out.contains(QLatin1String("__")))
        out.replace(QLatin1String("__"), QLatin1String("_"));
    while (out.startsWith(QLatin1Char('.')) || out.startsWith(QLatin1Char('-')))
        out.remove(0, 1); // no hidden files, nothing a shell reads as an option
    return out;
}

QString Exporter::fileName(const QString &subject, const IssueQuery &q, const QDateTime &at,
                           const QString &suffix)
{
    QStringList parts{subject.isEmpty() ? QStringLiteral("pegboard") : subject,
                      at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHHmm")) + QLatin1Char('Z')};
    if (!q.types.isEmpty())
        parts << QStringLiteral("types-") + q.types.join(QLatin1Char('+'));
    if (q.minSeverity > 1 || q.maxSeverity < 5)
        parts << QStringLiteral("sev-%1-%2").arg(q.minSeverity).arg(q.maxSeverity);
    if (!q.protocols.isEmpty())
        parts << QStringLiteral("protocols-") + q.protocols.join(QLatin1Char('+'));
    if (!q.text.trimmed().isEmpty())
        parts << QStringLiteral("text-") + q.text.trimmed();
    QString name = sanitized(parts.join(QLatin1Char('-')));
    // File systems allow 255 bytes per name; a long filter is cut, the suffix kept.
    name.truncate(200);
    return name + QLatin1Char('.') + suffix;
}

QString Exporter::exportTable(const QAbstractItemView *view, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    if (!view->model() || !CsvWriter::write(*view->model(), file) || !file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

QString Exporter::exportImage(QWidget *widget, const QString &path, const QString &caption)
{
    const QRect strip =
        caption.isEmpty() ? QRect(0, widget->height(), widget->width(), 0) : captionRect(widget, caption);
    const QSize size(widget->width(), widget->height() + strip.height());
    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(widget->windowTitle());
        svg.setDescription(caption);
        QPainter painter;
        if (!painter.begin(&svg))
            return tr("Cannot write %1").arg(path);
        paint(painter, widget, caption, strip);
        painter.end();
        return QFileInfo::exists(path) ? QString() : tr("Cannot write %1").arg(path);
    }
    // Drawn at the screen's device pixel ratio: a 200% display exports a sharp image.
    const qreal ratio = widget->devicePixelRatioF();
    QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, widget, caption, strip);
    painter.end();
    return image.save(path) ? QString() : tr("Cannot write %1").arg(path);
}

void Exporter::installTableExport(QAbstractItemView *view)
{
    auto *action = new QAction(tr("Export as CSV…"), view);
    view->addAction(action);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    QObject::connect(action, &QAction::triggered, view, [view] {
        const QString subject =
            sanitized(view->objectName().isEmpty() ? QStringLiteral("table") : view->objectName());
        const QString path = QFileDialog::getSaveFileName(
            view, tr("Export table"),
            fileName(subject, currentFilter(), QDateTime::currentDateTimeUtc(), QStringLiteral("csv")),
            tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        if (const QString error = exportTable(view, path); !error.isEmpty())
            QMessageBox::warning(view, tr("Export failed"), error);
    });
}

void Exporter::installImageExport(QWidget *widget)
{
    auto *action = new QAction(tr("Export as image…"), widget);
    widget->addAction(action);
    widget->setContextMenuPolicy(Qt::ActionsContextMenu);
    QObject::connect(action, &QAction::triggered, widget, [widget] {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const IssueQuery filter = currentFilter();
        QString subject = widget->property("exportName").toString();
        if (subject.isEmpty())
            subject = widget->objectName();
        const QString path = QFileDialog::getSaveFileName(
            widget, tr("Export image"), fileName(subject, filter, now, QStringLiteral("png")),
            tr("PNG images (*.png);;SVG drawings (*.svg)"));
        if (path.isEmpty())
            return;
        if (const QString error = exportImage(widget, path, caption(filter, now)); !error.isEmpty())
            QMessageBox::warning(widget, tr("Export failed"), error);
    });
}

} // namespace pegboard
