#pragma once

#include <QFont>
#include <QList>
#include <QLocale>
#include <QPair>
#include <QPointF>
#include <QString>
#include <QStringList>

class QPainter;
class QPdfWriter;

namespace pegboard {

// A line or bar chart drawn as vector paths: x in milliseconds since the epoch (UTC) or plain
// indices for bars, y in the unit named by yLabel.
struct ChartSpec
{
    QString title;
    QString yLabel;
    QList<QPointF> points;
    QStringList barLabels; // bars when not empty, one per point
    QList<double> bands;   // horizontal reference lines (e.g. ±50 bps)
    qreal heightMm = 60;
};

// Flowing layout on a QPdfWriter: text, tables, charts and verbatim blocks, with a header and a
// footer on every page ("page x of y" needs the total, so a report is laid out twice: once to
// count, once to write). All text stays text (vector, fonts embedded by Qt's PDF engine).
class PdfDocument
{
public:
    struct Frame
    {
        QString title;    // header left
        QString reportId; // header right and footer
        QString generated;
    };

    PdfDocument(QPdfWriter &writer, Frame frame, const QLocale &locale, int totalPages);
    ~PdfDocument();
    PdfDocument(const PdfDocument &) = delete;
    PdfDocument &operator=(const PdfDocument &) = delete;

    void title(const QString &text);
    void heading(const QString &text);
    void subheading(const QString &text);
    void paragraph(const QString &text);
    void note(const QString &text); // small grey
    void keyValues(const QList<QPair<QString, QString>> &rows);
    // widths are fractions of the text width; a row taller than the space left moves to the next page.
    void table(const QStringList &headers, const QList<QStringList> &rows, const QList<qreal> &widths,
               bool mono = false);
    void chart(const ChartSpec &spec);
    void verbatim(const QString &text);
    void newPage();
    void finish();

    int pages() const { return m_page; }
    const QLocale &locale() const { return m_locale; }

private:
    qreal mm(qreal v) const;
    void ensure(qreal height);
    void drawFrame();
    int wrapFlags(const QString &text, const QFont &font, qreal width) const;
    qreal textHeight(const QString &text, const QFont &font, qreal width) const;
    void block(const QString &text, const QFont &font, const QColor &color, qreal spaceBefore,
               qreal spaceAfter);

    QPdfWriter &m_writer;
    QPainter *m_painter;
    Frame m_frame;
    QLocale m_locale;
    int m_totalPages;
    int m_page = 1;
    qreal m_y = 0;
    qreal m_left = 0, m_width = 0, m_top = 0, m_bottom = 0;
    QFont m_body, m_small, m_bold, m_h1, m_h2, m_h3, m_mono;
};

} // namespace pegboard
