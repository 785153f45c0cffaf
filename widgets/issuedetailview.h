#pragma once

#include "domain/issue.h"
#include "store/issuequery.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QStringListModel;
class QTextBrowser;
class QTreeView;

namespace pegboard {

class JsonTreeModel;

// One report in full: what happened, its context snapshot as a tree, copyable tx hashes and
// contracts, its history (annotations and audit rows), and the audited actions. Actions are
// requests (signals); the store's answer comes back through setIssue/setHistory.
class IssueDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit IssueDetailView(QWidget *parent = nullptr);

    void setIssue(const Issue &issue);
    void setHistory(const QList<Annotation> &annotations, const QList<AuditEntry> &audit);
    void setRelated(const QList<Issue> &related);
    int relatedCount() const;
    void clear();
    QUuid issueId() const { return m_issue.id; }
    // Selected-or-all hashes and contracts, one per line, as "Copy" puts them on the clipboard.
    QString copyableReferences() const;
    // Changes are not possible here (a review bundle): the actions stay disabled and say why.
    void setChangesDisabled(const QString &reason);
    QString changesDisabledReason() const { return m_readOnlyReason; }

signals:
    void acknowledgeRequested(const QUuid &id, const QString &note);
    void annotateRequested(const QUuid &id, const QString &body);
    void resolveRequested(const QUuid &id, const QString &category, bool preventionImplemented,
                          const QString &note);
    void preventionRequested(const QUuid &id, bool implemented);

private:
    void askAnnotation();
    void askResolution();

    void enableActions();

    Issue m_issue;
    QString m_readOnlyReason;
    QLabel *m_header;
    QTextBrowser *m_body;
    QTreeView *m_contextView;
    JsonTreeModel *m_context;
    QListView *m_referencesView;
    QStringListModel *m_references;
    QListView *m_historyView;
    QStringListModel *m_history;
    QListView *m_relatedView;
    QStringListModel *m_related;
    QPushButton *m_acknowledge;
    QPushButton *m_annotate;
    QPushButton *m_resolve;
    QPushButton *m_prevention;
};

} // namespace pegboard
