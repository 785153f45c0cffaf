#pragma once

#include <QFrame>
#include <QUuid>

class QLabel;
class QPushButton;

namespace pegboard {

// A non-modal notice across the top of a perspective ("New critical report: …") with Open and
// Dismiss: it never takes the keyboard from whatever the user is doing, and stays until dismissed
// or replaced by a newer one.
class NoticeBar : public QFrame
{
    Q_OBJECT
public:
    explicit NoticeBar(QWidget *parent = nullptr);

    void showNotice(const QString &text, const QUuid &issueId);
    QString text() const;
    QUuid issueId() const { return m_issueId; }

signals:
    void openRequested(const QUuid &issueId);

private:
    QLabel *m_text;
    QPushButton *m_open;
    QPushButton *m_dismiss;
    QUuid m_issueId;
};

} // namespace pegboard
