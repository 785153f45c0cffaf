#pragma once

#include <QTableView>

namespace pegboard {

// The correlation heatmap: conditions down, issue types across, each cell coloured by lift over
// the type's base rate. Significant cells (after multiple-comparison correction) are bold and
// framed; cells below the minimum support are greyed. Hover for count, rate, lift and confidence;
// click or Enter drills into the cell's reports. Works on any model with HeatmapModel's roles.
class HeatmapView : public QTableView
{
    Q_OBJECT
public:
    explicit HeatmapView(QWidget *parent = nullptr);
    void setModel(QAbstractItemModel *model) override;

signals:
    void cellActivated(const QModelIndex &index);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // No column narrower than its type name's longest word: a long word (German
    // "Liquiditätsengpass" at 200 %) is not cut at both ends; the heatmap scrolls sideways instead.
    void fitColumnsToWords();
};

// The colour key under the heatmap.
class HeatmapLegend : public QWidget
{
    Q_OBJECT
public:
    explicit HeatmapLegend(QWidget *parent = nullptr);
    QSize sizeHint() const override;
    // The note beside the colour bar: the whole explanation where it fits in three lines, else a
    // short one (the whole one is always the tooltip).
    QString shownNote() const;
    static QString fullNote();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRect noteRect() const;
};

} // namespace pegboard
