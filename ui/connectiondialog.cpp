#include "connectiondialog.h"
#include "futurecallback.h"

#include "environmentstyle.h"
#include "messagebanner.h"
#include "sessionreaper.h"

#include "db/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace slipway {

ConnectionDialog::ConnectionDialog(const ConnectionProfile &profile, bool isNew, QWidget *parent)
    : QDialog(parent)
    , m_original(profile)
    , m_isNew(isNew)
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(isNew ? tr("New Connection") : tr("Edit Connection — %1").arg(profile.name));
    setMinimumWidth(560);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. Shop production"));

    m_environment = new QComboBox(this);
    m_environment->setObjectName(QStringLiteral("environment"));
    for (Environment env : {Environment::Development, Environment::Staging, Environment::Production}) {
        const EnvironmentStyle style = EnvironmentStyle::forEnvironment(env);
        QPixmap swatch(12, 12);
        swatch.fill(style.background);
        m_environment->addItem(QIcon(swatch), style.label, int(env));
    }
    m_environment->setToolTip(tr("Production connections are read-only unless you untick it, "
                                 "and show a red banner while connected."));

    m_readOnly = new QCheckBox(tr("Read-only sessions (default_transaction_read_only = on)"), this);
    m_readOnly->setObjectName(QStringLiteral("readOnly"));

    auto *general = new QFormLayout;
    general->addRow(tr("&Name:"), m_name);
    general->addRow(tr("&Environment:"), m_environment);
    general->addRow(QString(), m_readOnly);

    m_source = new QTabWidget(this);
    m_source->setObjectName(QStringLiteral("source"));
    m_source->addTab(buildConnectionStringTab(), tr("URI / conninfo"));
    m_source->addTab(buildFieldsTab(), tr("Fields"));
    m_source->addTab(buildServiceTab(), tr("Service"));

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Optional: .pgpass and PGPASSWORD are honoured"));
    m_savePassword = new QCheckBox(tr("Save password in the system keychain"), this);
    m_savePassword->setObjectName(QStringLiteral("savePassword"));
    m_savePassword->setToolTip(tr("Never written to a file. Without a keychain, the password is asked for "
                                  "on each connect."));
    m_monitorReplica = new QLineEdit(this);
    m_monitorReplica->setObjectName(QStringLiteral("monitorReplica"));
    m_monitorReplica->setPlaceholderText(tr("Optional: postgresql://replica-host/db — for the monitor's replay delay"));
    m_monitorReplica->setToolTip(tr("A standby of this server. The monitor reads its replay delay there; "
                                    "replication lag from the primary is shown either way."));
    m_monitorReplica->setAccessibleName(tr("Replica for monitoring"));
    auto *auth = new QFormLayout;
    auth->addRow(tr("&Password:"), m_password);
    auth->addRow(QString(), m_savePassword);
    auth->addRow(tr("&Replica:"), m_monitorReplica);

    m_validation = new QLabel(this);
    m_validation->setObjectName(QStringLiteral("validation"));
    m_validation->setWordWrap(true);
    m_validation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_validation->font();
    bold.setBold(true);
    m_validation->setFont(bold);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setForegroundRole(QPalette::PlaceholderText);
    m_preview->setToolTip(tr("What libpq will be given (without the password)"));

    m_test = new QPushButton(tr("&Test Connection"), this);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_cancelTest = new QPushButton(tr("Cancel Test"), this);
    m_cancelTest->setObjectName(QStringLiteral("cancelTest"));
    m_cancelTest->hide();
    m_testBusy = new QProgressBar(this);
    m_testBusy->setRange(0, 0);
    m_testBusy->setTextVisible(false);
    m_testBusy->setMaximumHeight(m_test->sizeHint().height() / 2);
    m_testBusy->hide();
    m_testResult = new MessageBanner(this);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_cancelTest, &QPushButton::clicked, this, &ConnectionDialog::cancelTest);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testBusy, 1);
    testRow->addWidget(m_cancelTest);
    testRow->addStretch();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveAndConnect = m_buttons->addButton(tr("Save and &Connect"), QDialogButtonBox::AcceptRole);
    m_saveAndConnect->setObjectName(QStringLiteral("saveAndConnect"));
    connect(m_saveAndConnect, &QPushButton::clicked, this, [this] { m_connectRequested = true; });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(general);
    layout->addWidget(m_source);
    layout->addLayout(auth);
    layout->addWidget(m_validation);
    layout->addWidget(m_preview);
    layout->addLayout(testRow);
    layout->addWidget(m_testResult);
    layout->addStretch();
    layout->addWidget(m_buttons);

    load(profile);

    const auto changed = [this] { validate(); };
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        if (edit != m_password)
            connect(edit, &QLineEdit::textChanged, this, changed);
    }
    for (QSpinBox *spin : {m_port, m_timeout})
        connect(spin, &QSpinBox::valueChanged, this, changed);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, changed);
    connect(m_readOnly, &QCheckBox::toggled, this, changed);
    connect(m_environment, &QComboBox::currentIndexChanged, this, &ConnectionDialog::environmentChanged);
    connect(m_source, &QTabWidget::currentChanged, this, &ConnectionDialog::sourceChanged);
    validate();
}

ConnectionDialog::~ConnectionDialog()
{
    if (m_testSession)
        retireSession(m_testSession);
}

QWidget *ConnectionDialog::buildConnectionStringTab()
{
    auto *page = new QWidget(this);
    m_connectionString = new QLineEdit(page);
    m_connectionString->setObjectName(QStringLiteral("connectionString"));
    m_connectionString->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/database?sslmode=require"));
    auto *help = new QLabel(tr("A libpq URI or key=value conninfo (host=… dbname=… user=…). "
                               "A password typed here is used for this session and never saved."),
                            page);
    help->setWordWrap(true);
    help->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QFormLayout(page);
    layout->addRow(tr("&Connection string:"), m_connectionString);
    layout->addRow(QString(), help);
    return page;
}

QWidget *ConnectionDialog::fileField(QLineEdit *edit, const QString &title)
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(edit, 1);
    auto *browse = new QToolButton(box);
    browse->setText(QStringLiteral("…"));
    browse->setToolTip(tr("Choose a file"));
    browse->setAccessibleName(tr("Browse for %1").arg(title));
    row->addWidget(browse);
    connect(browse, &QToolButton::clicked, this, [this, edit, title] {
        const QString file = QFileDialog::getOpenFileName(this, title, edit->text());
        if (!file.isEmpty())
            edit->setText(file);
    });
    return box;
}

QWidget *ConnectionDialog::buildFieldsTab()
{
    auto *page = new QWidget(this);
    m_host = new QLineEdit(page);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("localhost"));
    m_port = new QSpinBox(page);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default (5432)"));
    m_database = new QLineEdit(page);
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setPlaceholderText(tr("same as the user name"));
    m_user = new QLineEdit(page);
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setPlaceholderText(tr("your operating-system user"));
    m_sslMode = new QComboBox(page);
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    m_sslMode->addItem(tr("default (prefer)"), QString());
    for (const char *mode : {"disable", "allow", "prefer", "require", "verify-ca", "verify-full"})
        m_sslMode->addItem(QString::fromLatin1(mode), QString::fromLatin1(mode));
    m_sslRootCert = new QLineEdit(page);
    m_sslRootCert->setObjectName(QStringLiteral("sslRootCert"));
    m_sslCert = new QLineEdit(page);
    m_sslCert->setObjectName(QStringLiteral("sslCert"));
    m_sslKey = new QLineEdit(page);
    m_sslKey->setObjectName(QStringLiteral("sslKey"));
    // Their labels sit beside a field-plus-button row, so name them directly.
    m_sslRootCert->setAccessibleName(tr("Root certificate"));
    m_sslCert->setAccessibleName(tr("Client certificate"));
    m_sslKey->setAccessibleName(tr("Client key"));
    m_timeout = new QSpinBox(page);
    m_timeout->setObjectName(QStringLiteral("connectTimeout"));
    m_timeout->setRange(0, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setSpecialValueText(tr("no timeout"));

    auto *portRow = new QHBoxLayout;
    portRow->addWidget(m_host, 1);
    auto *portLabel = new QLabel(tr("P&ort:"), page);
    portLabel->setBuddy(m_port);
    portRow->addWidget(portLabel);
    portRow->addWidget(m_port);

    auto *layout = new QFormLayout(page);
    auto *hostLabel = new QLabel(tr("&Host:"), page);
    layout->addRow(hostLabel, portRow);
    hostLabel->setBuddy(m_host); // after addRow: a row whose field is a layout clears the buddy
    layout->addRow(tr("&Database:"), m_database);
    layout->addRow(tr("&User:"), m_user);
    layout->addRow(tr("SSL &mode:"), m_sslMode);
    layout->addRow(tr("Root certificate:"), fileField(m_sslRootCert, tr("SSL root certificate")));
    layout->addRow(tr("Client certificate:"), fileField(m_sslCert, tr("SSL client certificate")));
    layout->addRow(tr("Client key:"), fileField(m_sslKey, tr("SSL client key")));
    layout->addRow(tr("Connect &timeout:"), m_timeout);
    return page;
}

QWidget *ConnectionDialog::buildServiceTab()
{
    auto *page = new QWidget(this);
    m_service = new QLineEdit(page);
    m_service->setObjectName(QStringLiteral("service"));
    m_service->setPlaceholderText(tr("e.g. shop-prod"));
    auto *help = new QLabel(tr("A service from pg_service.conf (PGSERVICEFILE, ~/.pg_service.conf or "
                               "PGSYSCONFDIR). Host, database and user from the Fields tab, when set, "
                               "override the service's."),
                            page);
    help->setWordWrap(true);
    help->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QFormLayout(page);
    layout->addRow(tr("&Service name:"), m_service);
    layout->addRow(QString(), help);
    return page;
}

void ConnectionDialog::load(const ConnectionProfile &p)
{
    m_name->setText(p.name);
    m_environment->setCurrentIndex(m_environment->findData(int(p.environment)));
    m_lastEnvironment = p.environment;
    m_readOnly->setChecked(p.readOnly);
    m_monitorReplica->setText(p.monitorReplica);
    m_connectionString->setText(p.connectionString);
    m_host->setText(p.host);
    m_port->setValue(p.port);
    m_database->setText(p.database);
    m_user->setText(p.user);
    m_sslMode->setCurrentIndex(qMax(0, m_sslMode->findData(p.sslMode)));
    m_sslRootCert->setText(p.sslRootCert);
    m_sslCert->setText(p.sslCert);
    m_sslKey->setText(p.sslKey);
    m_timeout->setValue(p.connectTimeoutSeconds);
    m_service->setText(p.service);
    m_savePassword->setChecked(p.savePassword);
    if (!m_isNew && p.savePassword)
        m_password->setPlaceholderText(tr("Stored in the keychain — leave empty to keep it"));
    switch (p.source) {
    case ConnectionProfile::Source::ConnectionString: m_lastSourceTab = ConnectionStringTab; break;
    case ConnectionProfile::Source::Fields: m_lastSourceTab = FieldsTab; break;
    case ConnectionProfile::Source::Service: m_lastSourceTab = ServiceTab; break;
    }
    m_source->setCurrentIndex(m_lastSourceTab);
}

ConnectionProfile ConnectionDialog::profile() const
{
    ConnectionProfile p = m_original;
    p.name = m_name->text().trimmed();
    p.environment = Environment(m_environment->currentData().toInt());
    p.readOnly = m_readOnly->isChecked();
    p.monitorReplica = m_monitorReplica->text().trimmed();
    switch (m_source->currentIndex()) {
    case ConnectionStringTab: p.source = ConnectionProfile::Source::ConnectionString; break;
    case ServiceTab: p.source = ConnectionProfile::Source::Service; break;
    default: p.source = ConnectionProfile::Source::Fields; break;
    }
    p.connectionString = m_connectionString->text().trimmed();
    p.host = m_host->text().trimmed();
    p.port = m_port->value();
    p.database = m_database->text().trimmed();
    p.user = m_user->text().trimmed();
    p.sslMode = m_sslMode->currentData().toString();
    p.sslRootCert = m_sslRootCert->text().trimmed();
    p.sslCert = m_sslCert->text().trimmed();
    p.sslKey = m_sslKey->text().trimmed();
    p.connectTimeoutSeconds = m_timeout->value();
    p.service = m_service->text().trimmed();
    p.savePassword = m_savePassword->isChecked();
    return p;
}

QString ConnectionDialog::password() const
{
    return m_password->text();
}

QString ConnectionDialog::validationError() const
{
    return m_validation->isVisibleTo(this) ? m_validation->text() : QString();
}

QString ConnectionDialog::conninfoPreview() const
{
    return profile().conninfo();
}

void ConnectionDialog::validate()
{
    const ConnectionProfile p = profile();
    DbError error;
    p.parameters(&error);
    QString problem;
    if (error.isError())
        problem = error.message;
    else if (p.name.isEmpty())
        problem = tr("Give the connection a name.");
    else
        problem = p.monitorReplicaProblem();

    m_validation->setText(problem);
    m_validation->setVisible(!problem.isEmpty());
    m_validation->setToolTip(problem);
    m_preview->setText(error.isError() ? QString() : p.conninfo());
    m_preview->setVisible(!error.isError());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
    m_saveAndConnect->setEnabled(problem.isEmpty());
    m_test->setEnabled(!error.isError() && !isTesting());
}

void ConnectionDialog::environmentChanged()
{
    const auto env = Environment(m_environment->currentData().toInt());
    if (env == Environment::Production)
        m_readOnly->setChecked(true);
    else if (m_lastEnvironment == Environment::Production)
        m_readOnly->setChecked(false);
    m_lastEnvironment = env;
    validate();
}

void ConnectionDialog::sourceChanged(int tab)
{
    // Moving from a valid connection string to empty fields carries it over.
    if (m_lastSourceTab == ConnectionStringTab && tab == FieldsTab && m_host->text().isEmpty()
        && m_database->text().isEmpty() && m_user->text().isEmpty() && !m_connectionString->text().isEmpty()) {
        DbError error;
        const ConnectionProfile parsed = ConnectionProfile::fromConnectionString(m_connectionString->text(), &error);
        if (!error.isError()) {
            m_host->setText(parsed.host);
            m_port->setValue(parsed.port);
            m_database->setText(parsed.database);
            m_user->setText(parsed.user);
            m_sslMode->setCurrentIndex(qMax(0, m_sslMode->findData(parsed.sslMode)));
            m_sslRootCert->setText(parsed.sslRootCert);
            m_sslCert->setText(parsed.sslCert);
            m_sslKey->setText(parsed.sslKey);
        }
    }
    m_lastSourceTab = tab;
    validate();
}

void ConnectionDialog::setTesting(bool testing)
{
    m_testBusy->setVisible(testing);
    m_cancelTest->setVisible(testing);
    m_test->setEnabled(!testing);
    if (testing)
        m_testResult->hide();
}

void ConnectionDialog::testConnection()
{
    if (isTesting())
        return;
    DbError error;
    const ConnectionProfile p = profile();
    const QString conninfo = p.conninfo(password(), &error);
    if (error.isError()) {
        m_testResult->showError(error);
        return;
    }
    m_testSession = new Session(this);
    setTesting(true);
    Session *session = m_testSession;
    onFinished(this, session->open(conninfo), [this, session](DbResult<ServerInfo> result) {
        if (session != m_testSession)
            return; // cancelled
        m_testSession = nullptr;
        retireSession(session);
        setTesting(false);
        validate();
        if (result.ok()) {
            const ServerInfo &s = result.value;
            QStringList facts;
            facts << tr("PostgreSQL %1").arg(s.version)
                  << tr("user %1%2").arg(s.user, s.superuser ? tr(" (superuser)") : QString())
                  << tr("database %1").arg(s.database);
            if (s.inRecovery)
                facts << tr("standby (read-only)");
            else if (s.readOnly)
                facts << tr("read-only session");
            m_testResult->showMessage(MessageBanner::Level::Success, tr("Connection works"),
                                      facts.join(QStringLiteral(" · ")));
            return;
        }
        DbError e = result.error;
        if (e.kind == DbError::Kind::PasswordRequired && password().isEmpty() && e.hint.isEmpty())
            e.hint = tr("Type the password above and test again.");
        m_testResult->showError(e);
    });
}

void ConnectionDialog::cancelTest()
{
    if (!m_testSession)
        return;
    retireSession(m_testSession);
    m_testSession = nullptr;
    setTesting(false);
    validate();
    m_testResult->showMessage(MessageBanner::Level::Information, tr("Test cancelled"), QString());
}

} // namespace slipway
