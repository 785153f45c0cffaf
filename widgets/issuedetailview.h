#pragma once

#include "domain/issue.h"
#include "store/issuequery.h"

#include <QUrl>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QStringListModel;
class QTableView;
class QTextBrowser;

namespace pegboard {

class ContextFieldsModel;

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

    // Where tx hashes and contracts open ("https://etherscan.io"); empty: they only copy.
    void setExplorer(const QUrl &explorer) { m_explorer = explorer; }
    // <explorer>/tx/<hash> for a 32-byte hash, <explorer>/address/<contract> for a 20-byte one.
    QUrl explorerUrl(const QString &reference) const;
    // The shown report's original, when its source_url is a link (SourceLink); else empty.
    QUrl sourceLink() const;
    QString headerText() const;
    ContextFieldsModel *contextModel() const { return m_context; }
signals:
    void acknowledgeRequested(const QUuid &id, const QString &note);
    void annotateRequested(const QUuid &id, const QString &body);
    // actualLossUsd: NaN when not known.
    void resolveRequested(const QUuid &id, const QString &category, bool preventionImplemented,
                          const QString &note, double actualLossUsd);
    void preventionRequested(const QUuid &id, bool implemented);

private:
    void askAnnotation();
    void askResolution();

    void enableActions();

    Issue m_issue;
    QString m_readOnlyReason;
    QLabel *m_header;
    QTextBrowser *m_body;
    QTableView *m_contextView;
    ContextFieldsModel *m_context;
    QUrl m_explorer;
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
