#include "heatmapview.h"

#include "domain/numberformat.h"
#include "itemmodels/heatmapmodel.h"
#include "riskcolors.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
#include <QStyle>
#include <QStyledItemDelegate>
#include <algorithm>

namespace pegboard {

namespace {
class HeatmapDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const bool supported = index.data(HeatmapModel::SupportedRole).toBool();
        const bool significant = index.data(HeatmapModel::SignificantRole).toBool();
        const double lift = index.data(HeatmapModel::LiftRole).toDouble();
        QColor fill = supported ? RiskColors::forLift(lift) : QColor(0xE0, 0xE0, 0xE0);
        painter->save();
        painter->fillRect(option.rect, fill);
        if (option.state & QStyle::State_HasFocus) {
            painter->setPen(QPen(option.palette.highlight(), 3));
            painter->drawRect(option.rect.adjusted(1, 1, -2, -2));
        } else if (significant) {
            painter->setPen(QPen(RiskColors::textOn(fill), 1.5));
            painter->drawRect(option.rect.adjusted(2, 2, -3, -3));
        }
        QFont font = option.font;
        font.setBold(significant);
        painter->setFont(font);
        painter->setPen(supported ? RiskColors::textOn(fill) : QColor(0x70, 0x70, 0x70));
        const QString text = index.data(HeatmapModel::CountRole).toLongLong() == 0
                                 ? QStringLiteral("·")
                                 : NumberFormat::ratio(lift);
        painter->drawText(option.rect, Qt::AlignCenter, text);
        painter->restore();
    }
};
} // namespace

HeatmapView::HeatmapView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("HeatmapView"));
    setItemDelegate(new HeatmapDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setMouseTracking(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    // Type names wrap onto two lines instead of being cut to "…lure".
    horizontalHeader()->setMinimumHeight(fontMetrics().height() * 2 + 8);
    connect(this, &QTableView::clicked, this, &HeatmapView::cellActivated);
}

void HeatmapView::setModel(QAbstractItemModel *model)
{
    if (this->model())
        disconnect(this->model(), nullptr, this, nullptr);
    QTableView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, &HeatmapView::fitColumnsToWords);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &HeatmapView::fitColumnsToWords);
    connect(model, &QAbstractItemModel::columnsInserted, this, &HeatmapView::fitColumnsToWords);
    fitColumnsToWords();
}

void HeatmapView::fitColumnsToWords()
{
    QHeaderView *header = horizontalHeader();
    if (!model())
        return;
    const QFontMetrics metrics(header->font());
    // The header's own margins on both sides, as the style draws them.
    const int margin = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 4;
    static const QRegularExpression wordBreak(QStringLiteral("[\\s-]")); // where a header line may break
    QList<int> needs;
    int total = 0;
    for (int column = 0; column < model()->columnCount(); ++column) {
        const QString name = model()->headerData(column, Qt::Horizontal).toString();
        int widest = metrics.averageCharWidth() * 4;
        for (const QString &word : name.split(wordBreak, Qt::SkipEmptyParts))
            widest = std::max(widest, metrics.horizontalAdvance(word + QLatin1Char('-')) + margin);
        needs << widest;
        total += widest;
    }
    // Where every type's longest word fits, the columns share the width; where not, each column is
    // as wide as its own longest word and the heatmap scrolls sideways.
    if (total <= viewport()->width()) {
        header->setSectionResizeMode(QHeaderView::Stretch);
        return;
    }
    header->setSectionResizeMode(QHeaderView::Interactive);
    for (int column = 0; column < needs.size(); ++column)
        header->resizeSection(column, needs.at(column));
}

void HeatmapView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitColumnsToWords();
}

void HeatmapView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        emit cellActivated(currentIndex());
        return;
    }
    QTableView::keyPressEvent(event);
}

HeatmapLegend::HeatmapLegend(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("HeatmapLegend"));
    setToolTip(fullNote());
}

QString HeatmapLegend::fullNote()
{
    return tr("Lift over the type's base rate. Framed and bold: significant after Benjamini–Hochberg "
              "correction. Grey: too few reports to judge. Click or press Enter to see the reports.");
}

QRect HeatmapLegend::noteRect() const
{
    const int h = fontMetrics().height();
    const int barRight = h + fontMetrics().averageCharWidth() * 30;
    return {barRight + h, 0, width() - barRight - h * 2, h * 3};
}

QString HeatmapLegend::shownNote() const
{
    // Where the whole note needs more than its three lines (200 %, German) it was cut at the top
    // and bottom: the short one is shown instead, and the whole one is the tooltip.
    const QRect box = noteRect();
    const QString full = fullNote();
    if (box.width() >= fontMetrics().averageCharWidth() * 20 &&
        fontMetrics().boundingRect(box, Qt::AlignLeft | Qt::TextWordWrap, full).height() <= box.height())
        return full;
    return tr("Lift over the type's base rate; framed: significant. Click a cell for its reports.");
}

QSize HeatmapLegend::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 3};
}

void HeatmapLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const int h = fontMetrics().height();
    const int barWidth = fontMetrics().averageCharWidth() * 30;
    const QRect bar(h, h / 2, barWidth, h);
    for (int x = 0; x < bar.width(); ++x) {
        const double lift = std::pow(2.0, -2.0 + 4.0 * x / double(bar.width()));
        p.fillRect(QRect(bar.left() + x, bar.top(), 1, bar.height()), RiskColors::forLift(lift));
    }
    p.setPen(palette().color(QPalette::WindowText));
    p.drawRect(bar);
    const QStringList labels{QStringLiteral("¼×"), QStringLiteral("½×"), QStringLiteral("1×"),
                             QStringLiteral("2×"), QStringLiteral("4×")};
    for (int i = 0; i < labels.size(); ++i) {
        const int x = bar.left() + bar.width() * i / 4;
        p.drawText(QRect(x - h * 2, bar.bottom() + 2, h * 4, h), Qt::AlignHCenter | Qt::AlignTop, labels[i]);
    }
    p.drawText(noteRect(), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, shownNote());
}

} // namespace pegboard
