#include "pdfdocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

namespace pegboard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pegboard::PdfDocument", text);
}

// One family for every glyph, so output does not depend on which fonts a machine happens to prefer.
QFont font(qreal points, bool bold = false, bool mono = false)
{
    QFont f(mono ? QStringLiteral("DejaVu Sans Mono") : QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    // No shaping: "fi" stays two letters that text extraction and search find (a ligature glyph
    // extracts as U+FB01, and "Classification" would not be found in the PDF).
    f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
    return f;
}

const QColor Ink(0x20, 0x24, 0x2b);
const QColor Muted(0x5f, 0x66, 0x70);
const QColor Rule(0xb8, 0xbe, 0xc6);
const QColor Accent(0x1f, 0x5f, 0xa8);
const QColor Warn(0xc0, 0x39, 0x2b);
const QColor Shade(0xee, 0xf1, 0xf5);
} // namespace

PdfDocument::PdfDocument(QPdfWriter &writer, Frame frame, const QLocale &locale, int totalPages)
    : m_writer(writer)
    , m_painter(new QPainter(&writer))
    , m_frame(std::move(frame))
    , m_locale(locale)
    , m_totalPages(totalPages)
    , m_body(font(9.5))
    , m_small(font(7.5))
    , m_bold(font(9.5, true))
    , m_h1(font(17, true))
    , m_h2(font(12.5, true))
    , m_h3(font(10.5, true))
    , m_mono(font(6.6, false, true))
{
    const QRect page = m_painter->viewport();
    m_left = mm(18);
    m_width = page.width() - 2 * m_left;
    m_top = mm(22);
    m_bottom = page.height() - mm(20);
    m_y = m_top;
    drawFrame();
}

PdfDocument::~PdfDocument()
{
    finish();
    delete m_painter;
}

qreal PdfDocument::mm(qreal v) const
{
    return v * m_writer.resolution() / 25.4;
}

void PdfDocument::drawFrame()
{
    QPainter &p = *m_painter;
    p.save();
    p.setPen(Muted);
    p.setFont(m_small);
    const qreal headerY = mm(10);
    const QRectF header(m_left, headerY, m_width, mm(6));
    p.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, m_frame.title);
    p.drawText(header, Qt::AlignRight | Qt::AlignVCenter, m_frame.reportId);
    p.setPen(QPen(Rule, mm(0.2)));
    p.drawLine(QPointF(m_left, headerY + mm(7)), QPointF(m_left + m_width, headerY + mm(7)));
    const qreal footerY = m_bottom + mm(6);
    p.drawLine(QPointF(m_left, footerY - mm(1.5)), QPointF(m_left + m_width, footerY - mm(1.5)));
    p.setPen(Muted);
    const QRectF footer(m_left, footerY, m_width, mm(6));
    p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
               tr("%1 · generated %2").arg(m_frame.reportId, m_frame.generated));
    p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
               tr("Page %1 of %2").arg(m_page).arg(m_totalPages > 0 ? m_totalPages : m_page));
    p.restore();
}

void PdfDocument::newPage()
{
    m_writer.newPage();
    ++m_page;
    m_y = m_top;
    drawFrame();
}

void PdfDocument::ensure(qreal height)
{
    if (m_y + height > m_bottom && m_y > m_top)
        newPage();
}

qreal PdfDocument::textHeight(const QString &text, const QFont &f, qreal width) const
{
    const QFontMetricsF metrics(f, &m_writer);
    return metrics.boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap | Qt::AlignLeft, text).height();
}

void PdfDocument::block(const QString &text, const QFont &f, const QColor &color, qreal before, qreal after)
{
    const qreal h = textHeight(text, f, m_width);
    ensure(before + h);
    m_y += before;
    m_painter->setFont(f);
    m_painter->setPen(color);
    m_painter->drawText(QRectF(m_left, m_y, m_width, h), Qt::TextWordWrap | Qt::AlignLeft, text);
    m_y += h + after;
}

void PdfDocument::title(const QString &text)
{
    block(text, m_h1, Ink, 0, mm(3));
}

void PdfDocument::heading(const QString &text)
{
    ensure(mm(30)); // never a heading alone at the bottom of a page
    block(text, m_h2, Accent, mm(5), mm(1.5));
    m_painter->setPen(QPen(Accent, mm(0.3)));
    m_painter->drawLine(QPointF(m_left, m_y), QPointF(m_left + m_width, m_y));
    m_y += mm(2.5);
}

void PdfDocument::subheading(const QString &text)
{
    ensure(mm(20));
    block(text, m_h3, Ink, mm(2.5), mm(1));
}

void PdfDocument::paragraph(const QString &text)
{
    block(text, m_body, Ink, 0, mm(2));
}

void PdfDocument::note(const QString &text)
{
    block(text, m_small, Muted, 0, mm(1.5));
}

void PdfDocument::keyValues(const QList<QPair<QString, QString>> &rows)
{
    QList<QStringList> table;
    for (const auto &row : rows)
        table.append({row.first, row.second});
    this->table({}, table, {0.34, 0.66});
}

int PdfDocument::wrapFlags(const QString &text, const QFont &f, qreal width) const
{
    // A token wider than its column (a hash, a key, a long identifier) may break anywhere; prose
    // keeps breaking between words.
    const QFontMetricsF metrics(f, &m_writer);
    const QStringList tokens = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString &token : tokens)
        if (metrics.horizontalAdvance(token) > width)
            return Qt::TextWrapAnywhere | Qt::AlignLeft | Qt::AlignTop;
    return Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;
}

void PdfDocument::table(const QStringList &headers, const QList<QStringList> &rows,
                        const QList<qreal> &widths, bool mono)
{
    const qreal pad = mm(1.2);
    const QFont &bodyFont = mono ? m_mono : m_body;
    QList<qreal> cols;
    for (qreal w : widths)
        cols.append(w * m_width);
    const auto cellHeight = [&](const QString &text, const QFont &f, qreal width) {
        const QFontMetricsF metrics(f, &m_writer);
        return metrics.boundingRect(QRectF(0, 0, width, 1e9), wrapFlags(text, f, width), text).height();
    };
    const auto rowHeight = [&](const QStringList &cells, const QFont &f) {
        qreal h = 0;
        for (int c = 0; c < cols.size(); ++c)
            h = std::max(h, cellHeight(cells.value(c), f, cols[c] - 2 * pad));
        return h + 2 * pad;
    };
    const auto drawRow = [&](const QStringList &cells, const QFont &f, bool shaded, const QColor &color) {
        const qreal h = rowHeight(cells, f);
        if (shaded)
            m_painter->fillRect(QRectF(m_left, m_y, m_width, h), Shade);
        m_painter->setFont(f);
        m_painter->setPen(color);
        qreal x = m_left;
        for (int c = 0; c < cols.size(); ++c) {
            const qreal w = cols[c] - 2 * pad;
            m_painter->drawText(QRectF(x + pad, m_y + pad, w, h - 2 * pad), wrapFlags(cells.value(c), f, w),
                                cells.value(c));
            x += cols[c];
        }
        m_y += h;
        m_painter->setPen(QPen(Rule, mm(0.15)));
        m_painter->drawLine(QPointF(m_left, m_y), QPointF(m_left + m_width, m_y));
    };
    const auto header = [&] {
        if (!headers.isEmpty())
            drawRow(headers, m_bold, true, Ink);
    };
    ensure((headers.isEmpty() ? 0 : rowHeight(headers, m_bold)) +
           (rows.isEmpty() ? 0 : rowHeight(rows.first(), bodyFont)));
    header();
    for (const QStringList &row : rows) {
        const qreal h = rowHeight(row, bodyFont);
        if (m_y + h > m_bottom) {
            newPage();
            header();
        }
        drawRow(row, bodyFont, false, Ink);
    }
    m_y += mm(3);
}

void PdfDocument::chart(const ChartSpec &spec)
{
    const qreal height = mm(spec.heightMm);
    ensure(height + mm(10));
    if (!spec.title.isEmpty())
        block(spec.title, m_h3, Ink, mm(1), mm(1));
    QPainter &p = *m_painter;
    const qreal axisLeft = m_left + mm(16), axisRight = m_left + m_width - mm(2);
    const qreal plotTop = m_y + mm(2), plotBottom = m_y + height - mm(9);
    const QRectF plot(axisLeft, plotTop, axisRight - axisLeft, plotBottom - plotTop);
    p.save();
    p.setPen(QPen(Rule, mm(0.2)));
    p.drawRect(plot);
    if (spec.points.isEmpty()) {
        p.setFont(m_small);
        p.setPen(Muted);
        p.drawText(plot, Qt::AlignCenter, tr("No data recorded for this period."));
        p.restore();
        m_y += height;
        return;
    }
    qreal xMin = spec.points.first().x(), xMax = xMin, yMin = 0, yMax = 0;
    for (const QPointF &pt : spec.points) {
        xMin = std::min(xMin, pt.x());
        xMax = std::max(xMax, pt.x());
        yMin = std::min(yMin, pt.y());
        yMax = std::max(yMax, pt.y());
    }
    for (double b : spec.bands) {
        yMin = std::min(yMin, b);
        yMax = std::max(yMax, b);
    }
    if (yMax - yMin < 1e-9)
        yMax = yMin + 1;
    const qreal yPad = (yMax - yMin) * 0.08;
    yMax += yPad;
    if (yMin < 0)
        yMin -= yPad;
    const bool bars = !spec.barLabels.isEmpty();
    const int n = int(spec.points.size());
    const auto X = [&](qreal x, int i) {
        if (bars)
            return plot.left() + (i + 0.5) * plot.width() / n;
        return xMax > xMin ? plot.left() + (x - xMin) / (xMax - xMin) * plot.width() : plot.center().x();
    };
    const auto Y = [&](qreal y) { return plot.bottom() - (y - yMin) / (yMax - yMin) * plot.height(); };

    // Y ticks: five steps on a round interval.
    p.setFont(m_small);
    const double rawStep = (yMax - yMin) / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rawStep)));
    const double step = (rawStep / magnitude < 2 ? 2 : rawStep / magnitude < 5 ? 5 : 10) * magnitude;
    for (double v = std::ceil(yMin / step) * step; v <= yMax; v += step) {
        p.setPen(QPen(Shade, mm(0.15)));
        p.drawLine(QPointF(plot.left(), Y(v)), QPointF(plot.right(), Y(v)));
        p.setPen(Muted);
        p.drawText(QRectF(m_left, Y(v) - mm(2), mm(15), mm(4)), Qt::AlignRight | Qt::AlignVCenter,
                   m_locale.toString(v, 'f', step < 1 ? 1 : 0));
    }
    p.save();
    p.translate(m_left - mm(1), plot.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-plot.height() / 2, -mm(3), plot.height(), mm(3)), Qt::AlignCenter, spec.yLabel);
    p.restore();
    for (double b : spec.bands) {
        p.setPen(QPen(Warn, mm(0.2), Qt::DashLine));
        p.drawLine(QPointF(plot.left(), Y(b)), QPointF(plot.right(), Y(b)));
    }
    if (bars) {
        const qreal w = plot.width() / n * 0.7;
        for (int i = 0; i < n; ++i) {
            const QPointF &pt = spec.points[i];
            const QRectF bar(X(0, i) - w / 2, std::min(Y(pt.y()), Y(0)), w, std::abs(Y(pt.y()) - Y(0)));
            p.fillRect(bar, Accent);
            if (n <= 16 || i % ((n + 15) / 16) == 0) {
                p.setPen(Muted);
                p.drawText(QRectF(X(0, i) - mm(10), plot.bottom() + mm(1), mm(20), mm(4)), Qt::AlignCenter,
                           spec.barLabels.value(i));
            }
        }
    } else {
        QPainterPath path;
        for (int i = 0; i < n; ++i) {
            const QPointF q(X(spec.points[i].x(), i), Y(spec.points[i].y()));
            if (i == 0)
                path.moveTo(q);
            else
                path.lineTo(q);
        }
        p.setPen(QPen(Accent, mm(0.35)));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        p.setPen(Muted);
        for (int t = 0; t <= 4; ++t) {
            const qreal x = xMin + (xMax - xMin) * t / 4;
            const QString label = QDateTime::fromMSecsSinceEpoch(qint64(x), QTimeZone::utc())
                                      .toString(QStringLiteral("MM-dd HH:mm"));
            p.drawText(QRectF(X(x, 0) - mm(12), plot.bottom() + mm(1), mm(24), mm(4)), Qt::AlignCenter,
                       label);
        }
    }
    p.restore();
    m_y += height;
}

void PdfDocument::verbatim(const QString &text)
{
    const qreal h = textHeight(text, m_mono, m_width - mm(4)) + mm(4);
    ensure(h);
    m_painter->fillRect(QRectF(m_left, m_y, m_width, h), Shade);
    m_painter->setFont(m_mono);
    m_painter->setPen(Ink);
    m_painter->drawText(QRectF(m_left + mm(2), m_y + mm(2), m_width - mm(4), h - mm(4)),
                        Qt::TextWrapAnywhere | Qt::AlignLeft | Qt::AlignTop, text);
    m_y += h + mm(2);
}

void PdfDocument::finish()
{
    if (m_painter->isActive())
        m_painter->end();
}

} // namespace pegboard
