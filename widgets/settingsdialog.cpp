#include "settingsdialog.h"

#include "store/pgconnection.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace pegboard {

namespace {
enum FeedColumn
{
    Name,
    Url,
    Adapter,
    Fallbacks
};
}

SettingsDialog::SettingsDialog(const ConsoleSettings &settings, const QList<FeedConfig> &inUse,
                               QWidget *parent)
    : QDialog(parent)
    , m_initial(settings)
    , m_inUse(inUse)
    , m_explorer(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_writeUrl(new QLineEdit(this))
    , m_person(new QLineEdit(this))
    , m_feeds(new QStandardItemModel(0, 4, this))
    , m_feedTable(new QTableView(this))
    , m_language(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Pegboard settings"));
    setObjectName(QStringLiteral("SettingsDialog"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(storePage(), tr("&Store"));
    tabs->addTab(feedsPage(), tr("&Feeds"));
    tabs->addTab(riskPage(), tr("&Risk"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #D55E00"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    revalidate();
}

QWidget *SettingsDialog::storePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_url->setObjectName(QStringLiteral("storeUrl"));
    m_url->setText(m_initial.storeUrl);
    m_url->setPlaceholderText(tr("Empty: the embedded store on this computer"));
    m_password->setObjectName(QStringLiteral("storePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Kept in the system keychain"));
    form->addRow(tr("Store URL:"), m_url);
    form->addRow(tr("Password:"), m_password);
    m_writeUrl->setObjectName(QStringLiteral("storeWriteUrl"));
    m_writeUrl->setText(m_initial.writeUrl);
    m_writeUrl->setPlaceholderText(tr("Empty: changes go to the store URL"));
    form->addRow(tr("Write URL (primary):"), m_writeUrl);
    m_person->setObjectName(QStringLiteral("personName"));
    m_person->setText(m_initial.person);
    m_person->setMaxLength(PgConnection::MaxPersonLength);
    m_person->setPlaceholderText(tr("Empty: your login (%1)").arg(PgConnection::login()));
    m_person->setToolTip(tr("Every acknowledgement, note and resolution you make is recorded with this "
                            "name and the database role. Applies to your next change."));
    form->addRow(tr("Your name (recorded in the audit trail):"), m_person);
    form->addRow(
        new QLabel(tr("A shared store is a PostgreSQL URL such as postgresql://alice@db.example/pegboard, "
                      "or with several hosts postgresql://alice@db1,db2/pegboard?target_session_attrs="
                      "prefer-standby. When it is a read-only standby, acknowledgements and notes go to "
                      "the write URL (the primary). Changes take effect at the next start."),
                   page));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_initial.language)));
    form->addRow(tr("Language:"), m_language);
    m_explorer->setObjectName(QStringLiteral("explorerUrl"));
    m_explorer->setText(m_initial.explorerUrl);
    m_explorer->setToolTip(
        tr("Transactions open at <explorer>/tx/<hash>, contracts at <explorer>/address/<contract>."));
    form->addRow(tr("Block explorer:"), m_explorer);
    connect(m_url, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);
    connect(m_writeUrl, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);
    return page;
}

QWidget *SettingsDialog::feedsPage()
{
    auto *page = new QWidget(this);
    m_feeds->setHorizontalHeaderLabels({tr("Name"), tr("URL"), tr("Adapter"), tr("Fallback URLs")});
    for (const FeedConfig &f : m_initial.feeds) {
        m_feeds->appendRow({new QStandardItem(f.name), new QStandardItem(f.url), new QStandardItem(f.adapter),
                            new QStandardItem(f.fallbacks.join(QLatin1Char(' ')))});
    }
    m_feedTable->setModel(m_feeds);
    m_feedTable->horizontalHeader()->setSectionResizeMode(Url, QHeaderView::Stretch);
    auto *add = new QPushButton(tr("&Add feed"), page);
    auto *remove = new QPushButton(tr("&Remove"), page);
    connect(add, &QPushButton::clicked, this, [this] {
        m_feeds->appendRow({new QStandardItem(tr("new feed")), new QStandardItem(QStringLiteral("ws://")),
                            new QStandardItem(QStringLiteral("pegboard")), new QStandardItem});
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_feedTable->currentIndex();
        if (current.isValid())
            m_feeds->removeRow(current.row());
    });
    connect(m_feeds, &QStandardItemModel::dataChanged, this, &SettingsDialog::revalidate);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(
        new QLabel(tr("Adapters: pegboard (JSON lines), jsonrpc (Ethereum eth_subscribe), ticker. "
                      "Fallback URLs are tried in order when a feed's URL fails."),
                   page));
    layout->addWidget(m_feedTable);
    layout->addLayout(buttons);
    // What runs now may differ from what is saved (a --feed option, the demo's simulator).
    QStringList running;
    for (const FeedConfig &f : m_inUse)
        running << QStringLiteral("%1 — %2 (%3)").arg(f.name, f.url, f.adapter);
    auto *inUse = new QLabel(running.isEmpty() ? tr("No feed is running now.")
                                               : tr("Running now:\n%1").arg(running.join(QLatin1Char('\n'))),
                             page);
    inUse->setObjectName(QStringLiteral("feedsInUse"));
    inUse->setWordWrap(true);
    inUse->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(inUse);
    return page;
}

QWidget *SettingsDialog::riskPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    const RiskScore::Config &r = m_initial.risk;
    for (int f = 0; f < RiskScore::FactorCount; ++f) {
        const double value = r.weights[size_t(f)];
        const QString label = tr("%1 weight:").arg(RiskScore::factorName(RiskScore::Factor(f)));
        auto *spin = new QDoubleSpinBox(page);
        spin->setRange(0, 1);
        spin->setSingleStep(0.05);
        spin->setDecimals(2);
        spin->setValue(value);
        connect(spin, &QDoubleSpinBox::valueChanged, this, &SettingsDialog::revalidate);
        form->addRow(label, spin);
        m_weights << spin;
    }
    const QList<QPair<QString, double>> thresholds{
        {tr("Raise oracle update frequency above:"), r.raiseOracleFrequency},
        {tr("Alert operations above:"), r.alertOperations},
        {tr("Emergency protocol above:"), r.emergencyProtocol}};
    for (const auto &[label, value] : thresholds) {
        auto *spin = new QDoubleSpinBox(page);
        spin->setRange(0, 10);
        spin->setSingleStep(0.1);
        spin->setDecimals(1);
        spin->setValue(value);
        connect(spin, &QDoubleSpinBox::valueChanged, this, &SettingsDialog::revalidate);
        form->addRow(label, spin);
        m_thresholds << spin;
    }
    // Stale is measured against the aggregator's heartbeat (Chainlink USDC/USD on mainnet: 86,400 s).
    m_heartbeat = new QSpinBox(page);
    m_heartbeat->setObjectName(QStringLiteral("oracleHeartbeat"));
    m_heartbeat->setRange(1, 7 * 86400);
    m_heartbeat->setSuffix(tr(" s"));
    m_heartbeat->setValue(int(r.escalation.oracleHeartbeatS));
    form->addRow(tr("Oracle heartbeat:"), m_heartbeat);
    return page;
}

ConsoleSettings SettingsDialog::settings() const
{
    ConsoleSettings s = m_initial;
    s.storeUrl = m_url->text().trimmed();
    s.writeUrl = m_writeUrl->text().trimmed();
    s.person = PgConnection::cleanPerson(m_person->text());
    s.language = m_language->currentData().toString();
    s.explorerUrl = m_explorer->text().trimmed();
    s.feeds.clear();
    for (int row = 0; row < m_feeds->rowCount(); ++row) {
        s.feeds.append({m_feeds->item(row, Name)->text().trimmed(), m_feeds->item(row, Url)->text().trimmed(),
                        m_feeds->item(row, Adapter)->text().trimmed(),
                        m_feeds->item(row, Fallbacks)->text().split(QLatin1Char(' '), Qt::SkipEmptyParts)});
    }
    for (int f = 0; f < RiskScore::FactorCount && f < m_weights.size(); ++f)
        s.risk.weights[size_t(f)] = m_weights[f]->value();
    s.risk.raiseOracleFrequency = m_thresholds[0]->value();
    s.risk.alertOperations = m_thresholds[1]->value();
    if (m_heartbeat)
        s.risk.escalation.oracleHeartbeatS = m_heartbeat->value();
    s.risk.emergencyProtocol = m_thresholds[2]->value();
    return s;
}

QString SettingsDialog::password() const
{
    return m_password->text();
}

QString SettingsDialog::problem() const
{
    return m_problem->text();
}

void SettingsDialog::revalidate()
{
    if (m_weights.size() < 5 || m_thresholds.size() < 3)
        return;
    const auto valid = settings().risk.validate();
    QString problem = valid ? QString() : valid.error().message;
    const QString url = m_url->text().trimmed();
    if (problem.isEmpty() && !url.isEmpty() && !url.startsWith(QLatin1String("postgres")))
        problem = tr("The store URL must start with postgresql:// (or be empty for the embedded store).");
    // libpq parses both (several hosts included), so what it refuses is named here, before saving.
    for (const QString &candidate : {url, m_writeUrl->text().trimmed()}) {
        if (problem.isEmpty() && !candidate.isEmpty())
            if (auto valid = PgConnection::validateUrl(candidate); !valid)
                problem = valid.error().message;
    }
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace pegboard
