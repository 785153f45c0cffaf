#include "progresscancel.h"

#include <QHBoxLayout>
#include <QProgressBar>
#include <QToolButton>

namespace pegboard {

ProgressCancel::ProgressCancel(const QString &format, const QString &cancelText, QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_bar->setFormat(format);
    m_bar->setTextVisible(!format.isEmpty());
    m_bar->setRange(0, 0);
    m_bar->setMaximumWidth(fontMetrics().averageCharWidth() * 24);
    // Several can run at once (store, analysis, export): on a narrow window the bars give way
    // rather than widen it past the screen.
    m_bar->setMinimumWidth(fontMetrics().averageCharWidth() * 6);
    m_cancel->setText(cancelText);
    connect(m_cancel, &QToolButton::clicked, this, &ProgressCancel::cancelRequested);
    setVisible(false);
}

void ProgressCancel::setBusy(bool busy)
{
    m_bar->setRange(0, 0);
    m_bar->setToolTip({});
    setVisible(busy);
}

void ProgressCancel::setProgress(int percent, const QString &stage)
{
    m_bar->setRange(0, 100);
    m_bar->setValue(percent);
    m_bar->setToolTip(stage);
}

} // namespace pegboard
