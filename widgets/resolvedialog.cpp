#include "resolvedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLocale>
#include <QPlainTextEdit>
#include <cmath>

namespace pegboard {

QStringList ResolveDialog::categories()
{
    return {QStringLiteral("oracle_config"), QStringLiteral("gas_strategy"),   QStringLiteral("contract_fix"),
            QStringLiteral("liquidity"),     QStringLiteral("infrastructure"), QStringLiteral("false_alarm")};
}

QString ResolveDialog::displayName(const QString &category)
{
    if (category == QLatin1String("oracle_config"))
        return tr("Oracle configuration changed");
    if (category == QLatin1String("gas_strategy"))
        return tr("Gas strategy adjusted");
    if (category == QLatin1String("contract_fix"))
        return tr("Contract fixed");
    if (category == QLatin1String("liquidity"))
        return tr("Liquidity added or rebalanced");
    if (category == QLatin1String("infrastructure"))
        return tr("Infrastructure repaired");
    if (category == QLatin1String("false_alarm"))
        return tr("False alarm");
    return category;
}

ResolveDialog::ResolveDialog(bool preventionImplemented, QWidget *parent)
    : QDialog(parent)
    , m_category(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
    , m_lossKnown(new QCheckBox(tr("Known:"), this))
    , m_loss(new QDoubleSpinBox(this))
    , m_prevention(new QCheckBox(tr("A preventive measure was put in place"), this))
{
    setWindowTitle(tr("Resolve report"));
    setObjectName(QStringLiteral("resolveDialog"));
    for (const QString &key : categories())
        m_category->addItem(displayName(key), key);
    m_note->setObjectName(QStringLiteral("resolutionNote"));
    m_note->setPlaceholderText(tr("What was done, and what would stop it happening again"));
    m_note->setTabChangesFocus(true);
    m_loss->setObjectName(QStringLiteral("actualLoss"));
    m_loss->setRange(0, 1e12);
    m_loss->setDecimals(0);
    m_loss->setGroupSeparatorShown(true);
    m_loss->setPrefix(QStringLiteral("$ "));
    m_loss->setEnabled(false);
    connect(m_lossKnown, &QCheckBox::toggled, m_loss, &QWidget::setEnabled);
    m_prevention->setChecked(preventionImplemented);
    auto *loss = new QHBoxLayout;
    loss->addWidget(m_lossKnown);
    loss->addWidget(m_loss, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Resolution:"), m_category);
    form->addRow(tr("Actual loss:"), loss);
    form->addRow(m_prevention);
    form->addRow(tr("Note:"), m_note);
    form->addRow(buttons);
}

QString ResolveDialog::category() const
{
    return m_category->currentData().toString();
}

QString ResolveDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

double ResolveDialog::actualLossUsd() const
{
    return m_lossKnown->isChecked() ? m_loss->value() : std::nan("");
}

bool ResolveDialog::preventionImplemented() const
{
    return m_prevention->isChecked();
}

void ResolveDialog::setCategory(const QString &category)
{
    m_category->setCurrentIndex(std::max(0, m_category->findData(category)));
}

void ResolveDialog::setActualLoss(double usd)
{
    m_lossKnown->setChecked(true);
    m_loss->setValue(usd);
}

void ResolveDialog::setNote(const QString &note)
{
    m_note->setPlainText(note);
}

} // namespace pegboard
