#include "compliancesummarypanel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSet>

namespace pegboard {

ComplianceSummaryPanel::ComplianceSummaryPanel(QWidget *parent)
    : QWidget(parent)
    , m_deadlines(new QLabel(this))
    , m_checkpoint(new QLabel(this))
    , m_verification(new QLabel(this))
{
    setObjectName(QStringLiteral("complianceSummary"));
    for (QLabel *label : {m_deadlines, m_checkpoint, m_verification}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_deadlines->setText(tr("No audit log loaded yet."));
    m_checkpoint->setText(tr("No checkpoint taken on this computer yet."));
    m_verification->setText(tr("Not verified yet."));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Open filing deadlines:"), m_deadlines);
    form->addRow(tr("Last checkpoint:"), m_checkpoint);
    form->addRow(tr("Verification:"), m_verification);
}

void ComplianceSummaryPanel::setAudit(const QList<AuditEntry> &entries, const QDateTime &now)
{
    // Classification = the first acknowledgement of a report; resolved reports need no more filing here.
    QSet<QString> resolved, seen;
    for (const AuditEntry &e : entries)
        if (e.action == QLatin1String("resolve"))
            resolved.insert(e.issueId);
    QStringList lines;
    int open = 0;
    for (const AuditEntry &e : entries) {
        if (e.action != QLatin1String("acknowledge") || seen.contains(e.issueId) ||
            resolved.contains(e.issueId))
            continue;
        seen.insert(e.issueId);
        const QDateTime nydfs = e.at.addSecs(72 * 3600);
        if (nydfs < now)
            continue;
        ++open;
        const QDateTime dora = e.at.addSecs(4 * 3600);
        if (lines.size() < 5)
            lines.append(
                tr("%1: DORA initial %2, NYDFS %3")
                    .arg(e.issueId.left(8),
                         dora < now ? tr("overdue") : QLocale().toString(dora.toUTC(), QLocale::ShortFormat),
                         QLocale().toString(nydfs.toUTC(), QLocale::ShortFormat)));
    }
    if (open == 0)
        m_deadlines->setText(tr("none open"));
    else
        m_deadlines->setText(
            tr("%1 open (UTC):").arg(open) + QLatin1Char('\n') + lines.join(QLatin1Char('\n')) +
            (open > lines.size() ? QLatin1Char('\n') + tr("… and %1 more").arg(open - lines.size())
                                 : QString()));
}

void ComplianceSummaryPanel::setCheckpoint(const QString &checkpointText)
{
    const QStringList lines = checkpointText.split(QLatin1Char('\n'));
    if (lines.size() < 3) {
        m_checkpoint->setText(tr("No checkpoint taken on this computer yet."));
        return;
    }
    m_checkpoint->setText(tr("%1 leaves, root %2").arg(lines[1], lines[2]));
}

void ComplianceSummaryPanel::setVerification(bool ok, const QString &summary)
{
    m_verification->setText(summary);
    m_verification->setStyleSheet(ok ? QString() : QStringLiteral("color: #c0392b; font-weight: bold;"));
}

QString ComplianceSummaryPanel::deadlinesText() const
{
    return m_deadlines->text();
}

} // namespace pegboard
