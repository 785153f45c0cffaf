#include "deadlinessection.h"

#include <QCoreApplication>

namespace pegboard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pegboard::DeadlinesSection", text);
}
} // namespace

void DeadlinesSection::write(const ReportFormat &f, PdfDocument &doc) const
{
    const ReportData &d = f.data();
    const IncidentTimes t = f.incidentTimes();
    doc.heading(tr("8. Notification deadlines"));
    const QDateTime now = d.generatedAt;
    const auto status = [&](const QDateTime &due, const char *filedKey) {
        const QDateTime filed = f.profileTime(QLatin1String(filedKey));
        if (filed.isValid())
            return filed <= due ? tr("submitted %1 (on time)").arg(f.utc(filed))
                                : tr("submitted %1 (late)").arg(f.utc(filed));
        if (!due.isValid())
            return tr("cannot be computed: the start is not recorded");
        if (now > due)
            return tr("OVERDUE by %1").arg(f.hours(double(due.secsTo(now)) / 3600.0));
        return tr("open, %1 left").arg(f.hours(double(now.secsTo(due)) / 3600.0));
    };
    const QDateTime classified = t.classification.at;
    // DORA: initial within 4 h of classification and at the latest 24 h after detection.
    QDateTime initialDue;
    if (classified.isValid())
        initialDue = classified.addSecs(4 * 3600);
    if (t.detection.known() && (!initialDue.isValid() || t.detection.at.addSecs(24 * 3600) < initialDue))
        initialDue = t.detection.at.addSecs(24 * 3600);
    const QDateTime initialFiled = f.profileTime(QStringLiteral("initial_notification_at"));
    const QDateTime intermediateBase = initialFiled.isValid() ? initialFiled : initialDue;
    const QDateTime intermediateDue =
        intermediateBase.isValid() ? intermediateBase.addSecs(72 * 3600) : QDateTime();
    const QDateTime intermediateFiled = f.profileTime(QStringLiteral("intermediate_report_at"));
    const QDateTime finalBase = intermediateFiled.isValid() ? intermediateFiled : intermediateDue;
    const QDateTime finalDue = finalBase.isValid() ? finalBase.addMonths(1) : QDateTime();
    const QDateTime nydfsDue = classified.isValid() ? classified.addSecs(72 * 3600) : QDateTime();
    QList<QStringList> rows{
        {tr("DORA initial notification"), tr("≤ 4 h after classification (≤ 24 h after detection)"),
         f.utc(initialDue), status(initialDue, "initial_notification_at")},
        {tr("DORA intermediate report"), tr("≤ 72 h after the initial notification"), f.utc(intermediateDue),
         status(intermediateDue, "intermediate_report_at")},
        {tr("DORA final report"), tr("≤ 1 month after the intermediate report"), f.utc(finalDue),
         status(finalDue, "final_report_at")},
        {tr("NYDFS 500.17 notice"), tr("≤ 72 h after determining a cybersecurity incident"), f.utc(nydfsDue),
         status(nydfsDue, "nydfs_notice_at")},
    };
    doc.table({tr("Filing"), tr("Rule"), tr("Due (UTC)"), tr("Status at generation")}, rows,
              {0.22, 0.32, 0.22, 0.24});
    doc.note(tr("Classification time: %1. Submission times come from the profile (initial_notification_at, "
                "intermediate_report_at, final_report_at, nydfs_notice_at).")
                 .arg(f.utc(t.classification)));
}

} // namespace pegboard
