#include "listcapbanner.h"

#include "domain/numberformat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pegboard {

ListCapBanner::ListCapBanner(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_more(new QPushButton(this))
    , m_all(new QPushButton(tr("Show all"), this))
    , m_export(new QPushButton(tr("Export all to CSV…"), this))
{
    setObjectName(QStringLiteral("listCapBanner"));
    m_label->setWordWrap(true);
    m_label->setObjectName(QStringLiteral("listCapText"));
    m_more->setText(tr("Load %1 more").arg(NumberFormat::count(10000)));
    m_all->setToolTip(tr("Loads the rest in batches; the list stays usable meanwhile"));
    m_export->setToolTip(tr("Writes every report in the filter, not only the listed ones"));
    // The sentence above its buttons: beside them in a narrow panel (the open critical list, 200 %)
    // it wrapped to a word a line.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    layout->addWidget(m_label);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_more);
    buttons->addWidget(m_all);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xFF, 0xF4, 0xD6)); // a quiet note, not an alarm
    p.setColor(QPalette::WindowText, QColor(0x4A, 0x3B, 0x00));
    setPalette(p);
    connect(m_more, &QPushButton::clicked, this, &ListCapBanner::loadMoreRequested);
    connect(m_all, &QPushButton::clicked, this, &ListCapBanner::showAllRequested);
    connect(m_export, &QPushButton::clicked, this, &ListCapBanner::exportAllRequested);
    hide();
}

void ListCapBanner::setCounts(qint64 listed, qint64 total, bool canLoadMore, bool canShowAll)
{
    if (total < 0 || listed >= total) {
        hide();
        return;
    }
    m_label->setText(tr("Showing the newest %1 of %2 reports")
                         .arg(NumberFormat::count(listed), NumberFormat::count(total)));
    m_more->setVisible(canLoadMore);
    m_all->setVisible(canShowAll);
    show();
}

QString ListCapBanner::text() const
{
    return isHidden() ? QString() : m_label->text();
}

} // namespace pegboard
