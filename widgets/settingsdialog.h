#pragma once

#include "store/consolesettings.h"

#include <QDialog>

class QSpinBox;

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;

namespace pegboard {

// Store, feeds, risk weights and language. The password field is handed back separately so the
// caller puts it in the keychain; it never reaches ConsoleSettings or the settings file.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // inUse: the feeds this console runs now (command line, demo); listed beside the saved ones.
    explicit SettingsDialog(const ConsoleSettings &settings, const QList<FeedConfig> &inUse = {},
                            QWidget *parent = nullptr);

    ConsoleSettings settings() const;
    QString password() const;
    // Why OK is disabled, or empty.
    QString problem() const;

private:
    QWidget *storePage();
    QWidget *feedsPage();
    QWidget *riskPage();
    void revalidate();

    ConsoleSettings m_initial;
    QList<FeedConfig> m_inUse;
    QLineEdit *m_explorer;
    QLineEdit *m_url;
    QLineEdit *m_password;
    QLineEdit *m_writeUrl;
    QLineEdit *m_person;
    QStandardItemModel *m_feeds;
    QTableView *m_feedTable;
    QList<QDoubleSpinBox *> m_weights;
    QList<QDoubleSpinBox *> m_thresholds;
    QSpinBox *m_heartbeat = nullptr;
    QComboBox *m_language;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace pegboard
