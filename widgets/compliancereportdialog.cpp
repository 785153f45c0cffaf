#include "compliancereportdialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace pegboard {

ComplianceReportDialog::ComplianceReportDialog(const QString &incidentId, const QDateTime &from,
                                               const QDateTime &to, QWidget *parent)
    : QDialog(parent)
    , m_incident(new QRadioButton(tr("Incident (any of its reports):"), this))
    , m_incidentId(new QLineEdit(incidentId, this))
    , m_from(new QDateTimeEdit(from.toUTC(), this))
    , m_to(new QDateTimeEdit(to.toUTC(), this))
    , m_language(new QComboBox(this))
    , m_profile(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
    , m_step(new QLabel(this))
    , m_preview(new QLabel(this))
    , m_generate(new QPushButton(tr("&Generate…"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setWindowTitle(tr("Compliance report"));
    setObjectName(QStringLiteral("complianceReportDialog"));
    auto *period = new QRadioButton(tr("Period (the filter's window, UTC):"), this);
    m_incident->setChecked(!incidentId.isEmpty());
    period->setChecked(incidentId.isEmpty());
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("German"), QStringLiteral("de"));
    m_profile->setPlaceholderText(tr("optional: JSON with entity name, LEI, clients, Member States…"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Reporting entity profile"), {}, tr("JSON (*.json)"));
        if (!file.isEmpty())
            m_profile->setText(file);
    });
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profile, 1);
    profileRow->addWidget(browse);
    auto *window = new QHBoxLayout;
    window->addWidget(m_from);
    window->addWidget(new QLabel(QStringLiteral("–"), this));
    window->addWidget(m_to);
    auto *form = new QFormLayout;
    form->addRow(m_incident, m_incidentId);
    form->addRow(period, window);
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Profile:"), profileRow);
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_cancel->setEnabled(false);
    m_preview->setObjectName(QStringLiteral("previewLabel"));
    m_preview->setMinimumSize(300, 420);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setText(tr("The first page appears here."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_generate, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_generate, &QPushButton::clicked, this, &ComplianceReportDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_step->setText(tr("Cancelling…"));
        emit cancelRequested();
    });
    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(m_progress);
    left->addWidget(m_step);
    left->addStretch(1);
    left->addWidget(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addWidget(m_preview);
}

void ComplianceReportDialog::start()
{
    ReportRequest request;
    if (m_incident->isChecked()) {
        request.kind = ReportRequest::Kind::Incident;
        request.incident = QUuid::fromString(m_incidentId->text().trimmed());
        if (request.incident.isNull()) {
            setFailed(tr("Not a report id: %1").arg(m_incidentId->text()));
            return;
        }
    } else {
        request.kind = ReportRequest::Kind::Period;
        request.from = m_from->dateTime().toUTC();
        request.to = m_to->dateTime().toUTC();
        if (request.from >= request.to) {
            setFailed(tr("The period's start must be before its end."));
            return;
        }
    }
    if (!m_profile->text().trimmed().isEmpty()) {
        QFile file(m_profile->text().trimmed());
        QJsonParseError error;
        const QJsonDocument doc = file.open(QIODevice::ReadOnly)
                                      ? QJsonDocument::fromJson(file.readAll(), &error)
                                      : QJsonDocument();
        if (!doc.isObject()) {
            setFailed(tr("The profile %1 is not a readable JSON object.").arg(file.fileName()));
            return;
        }
        request.profile = doc.object();
    }
    request.language = m_language->currentData().toString();
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save compliance report"),
                                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                                         QStringLiteral("/compliance-report.pdf"),
                                     tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_generate->setEnabled(false);
    m_cancel->setEnabled(true);
    m_step->setText(tr("Starting…"));
    emit generateRequested(request, path);
}

void ComplianceReportDialog::setProgress(int percent, const QString &step)
{
    m_progress->setValue(percent);
    m_step->setText(step);
}

void ComplianceReportDialog::setDone(const QString &path, const QString &reportId)
{
    m_generate->setEnabled(true);
    m_cancel->setEnabled(false);
    m_progress->setValue(100);
    m_step->setText(tr("Wrote %1 (%2).").arg(QDir::toNativeSeparators(path), reportId));
    showPreview(path);
}

void ComplianceReportDialog::setFailed(const QString &message)
{
    m_generate->setEnabled(true);
    m_cancel->setEnabled(false);
    m_progress->setVisible(false);
    m_step->setText(message);
}

void ComplianceReportDialog::showPreview(const QString &pdf)
{
    // Qt 6.4 has no PDF renderer in the packages we use; poppler's pdftoppm draws the first page,
    // asynchronously, so the dialog never waits on it.
    auto *dir = new QTemporaryDir;
    auto *process = new QProcess(this);
    // The label may be gone first when the dialog closes while pdftoppm still runs.
    const QPointer<QLabel> preview(m_preview);
    connect(process, &QProcess::finished, this, [preview, process, dir](int code) {
        const QPixmap page(dir->filePath(QStringLiteral("page-1.png")));
        if (preview && code == 0 && !page.isNull())
            preview->setPixmap(page.scaled(preview->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
        else if (preview)
            preview->setText(tr("No preview (pdftoppm from poppler-utils is needed)."));
        process->deleteLater();
        delete dir;
    });
    connect(process, &QProcess::errorOccurred, this, [preview](QProcess::ProcessError error) {
        if (preview && error == QProcess::FailedToStart)
            preview->setText(tr("No preview (pdftoppm from poppler-utils is needed)."));
    });
    process->start(QStringLiteral("pdftoppm"),
                   {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-f"),
                    QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf,
                    dir->filePath(QStringLiteral("page"))});
}

} // namespace pegboard
