#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace pegboard {

// Above a capped list: "Showing the newest 10,000 of 123,456 reports" with Load more, Show all
// and Export all to CSV. Hidden while the list holds everything (or the total is not known yet).
class ListCapBanner : public QWidget
{
    Q_OBJECT
public:
    explicit ListCapBanner(QWidget *parent = nullptr);

    // listed: rows the list holds; total: rows in the filter (-1: not counted yet). canLoadMore
    // offers "Load more" (not for a drill-down or a replay, which can only show all).
    void setCounts(qint64 listed, qint64 total, bool canLoadMore, bool canShowAll = true);
    QString text() const;
    QPushButton *loadMoreButton() const { return m_more; }
    QPushButton *showAllButton() const { return m_all; }
    QPushButton *exportButton() const { return m_export; }

signals:
    void loadMoreRequested();
    void showAllRequested();
    void exportAllRequested();

private:
    QLabel *m_label;
    QPushButton *m_more;
    QPushButton *m_all;
    QPushButton *m_export;
};

} // namespace pegboard
