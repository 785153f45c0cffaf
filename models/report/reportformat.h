#pragma once

#include "reportdata.h"

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <optional>

namespace pegboard {

// A moment the report states, and where it comes from (the store, the audit log, the feeds or the
// profile), so that no time is printed without its source.
struct StatedTime
{
    QDateTime at;
    QString source;
    bool known() const { return at.isValid(); }
};

struct IncidentTimes
{
    StatedTime occurrence, detection, classification, recovery, resolution;
};

// Formatting and facts shared by the sections: UTC times, money and numbers in the report's
// locale, "not recorded" for what nobody recorded, the profile's facts, redaction of people.
class ReportFormat
{
public:
    explicit ReportFormat(const ReportData &data);

    QString utc(const QDateTime &t) const;
    QString utc(const StatedTime &t) const;
    QString usd(double value) const;
    QString number(double value, int decimals = 0) const;
    QString hours(double h) const;
    static QString notRecorded();
    // A profile fact as text, or "not recorded".
    QString profileText(const QString &key) const;
    std::optional<double> profileNumber(const QString &key) const;
    QDateTime profileTime(const QString &key) const;
    // The person shown for an audit row, pseudonymised under --redact persons|public.
    QString person(const AuditEntry &entry) const;
    // "prevention_implemented: false → true; note: …" from an audit row's details.
    QString change(const AuditEntry &entry) const;
    bool redactsText() const;

    IncidentTimes incidentTimes() const;
    double estimatedLoss() const;
    std::optional<double> actualLoss() const; // nullopt when no report has an actual loss

    const QLocale &locale() const { return m_locale; }
    const ReportData &data() const { return m_data; }

private:
    const ReportData &m_data;
    QLocale m_locale;
    mutable QHash<QString, int> m_pseudonyms;
};

} // namespace pegboard
