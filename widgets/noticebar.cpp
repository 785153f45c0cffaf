#include "noticebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace pegboard {

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_open(new QPushButton(tr("Open"), this))
    , m_dismiss(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(QStringLiteral("noticeBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xfd, 0xe2, 0xe1));
    p.setColor(QPalette::WindowText, QColor(0x5c, 0x0a, 0x0a));
    setPalette(p);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    for (QPushButton *b : {m_open, m_dismiss})
        b->setFocusPolicy(Qt::NoFocus); // a notice must not steal the keyboard
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_open);
    layout->addWidget(m_dismiss);
    connect(m_open, &QPushButton::clicked, this, [this] {
        emit openRequested(m_issueId);
        hide();
    });
    connect(m_dismiss, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void NoticeBar::showNotice(const QString &text, const QUuid &issueId)
{
    m_text->setText(text);
    m_issueId = issueId;
    m_open->setEnabled(!issueId.isNull());
    show();
}

QString NoticeBar::text() const
{
    return isVisible() ? m_text->text() : QString();
}

} // namespace pegboard
