#include "exporter.h"

#include "report/csvwriter.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace pegboard {

namespace {
QString tr(const char *text)
{
    // lupdate files tr() calls in pegboard's classes under the namespaced context.
    return QCoreApplication::translate("pegboard::Exporter", text);
}
} // namespace

QString Exporter::exportTable(const QAbstractItemView *view, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    if (!view->model() || !CsvWriter::write(*view->model(), file) || !file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

QString Exporter::exportImage(QWidget *widget, const QString &path)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(widget->size());
        svg.setViewBox(widget->rect());
        svg.setTitle(widget->windowTitle());
        QPainter painter;
        if (!painter.begin(&svg))
            return tr("Cannot write %1").arg(path);
        widget->render(&painter);
        painter.end();
        return QFileInfo::exists(path) ? QString() : tr("Cannot write %1").arg(path);
    }
    // Grabbed at the screen's device pixel ratio: a 200% display exports a sharp image.
    return widget->grab().save(path) ? QString() : tr("Cannot write %1").arg(path);
}

void Exporter::installTableExport(QAbstractItemView *view)
{
    auto *action = new QAction(tr("Export as CSV…"), view);
    view->addAction(action);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    QObject::connect(action, &QAction::triggered, view, [view] {
        const QString path = QFileDialog::getSaveFileName(
            view, tr("Export table"), QStringLiteral("pegboard.csv"), tr("CSV files (*.csv)"));
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
        const QString path =
            QFileDialog::getSaveFileName(widget, tr("Export image"), QStringLiteral("pegboard.png"),
                                         tr("PNG images (*.png);;SVG drawings (*.svg)"));
        if (path.isEmpty())
            return;
        if (const QString error = exportImage(widget, path); !error.isEmpty())
            QMessageBox::warning(widget, tr("Export failed"), error);
    });
}

} // namespace pegboard
