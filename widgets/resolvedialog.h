#pragma once

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QCheckBox;
class QPlainTextEdit;

namespace pegboard {

// Resolve a report: a readable category (stored as its key), a note, the actual loss if known,
// and whether a preventive measure came with the fix.
class ResolveDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ResolveDialog(bool preventionImplemented, QWidget *parent = nullptr);

    // The stored keys, in the order offered; displayName() reads them.
    static QStringList categories();
    static QString displayName(const QString &category);

    QString category() const;
    QString note() const;
    // NaN when not known.
    double actualLossUsd() const;
    bool preventionImplemented() const;

    void setCategory(const QString &category);
    void setActualLoss(double usd);
    void setNote(const QString &note);

private:
    QComboBox *m_category;
    QPlainTextEdit *m_note;
    QCheckBox *m_lossKnown;
    QDoubleSpinBox *m_loss;
    QCheckBox *m_prevention;
};

} // namespace pegboard
