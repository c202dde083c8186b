#pragma once

#include "db/connectionprofile.h"
#include "db/session.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace slipway {

class MessageBanner;

// Adds or edits a connection profile: name, environment (production ticks
// read-only), and the target as a URI/conninfo, as fields, or as a service
// name; a password that may go to the system keychain; and "Test connection",
// which connects on a throw-away Session without blocking the dialog.
class ConnectionDialog : public QDialog {
    Q_OBJECT

public:
    enum SourceTab { ConnectionStringTab, FieldsTab, ServiceTab };

    explicit ConnectionDialog(const ConnectionProfile &profile, bool isNew, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // The profile as the form describes it now (keeps the original id).
    ConnectionProfile profile() const;
    QString password() const;
    // True when the user chose "Save and connect".
    bool connectRequested() const { return m_connectRequested; }

    // The inline validation message, empty when the form is valid.
    QString validationError() const;
    // The conninfo that will be used, without the password.
    QString conninfoPreview() const;

    bool isTesting() const { return m_testSession != nullptr; }
    MessageBanner *testResult() const { return m_testResult; }

public slots:
    void testConnection();
    void cancelTest();

private:
    QWidget *buildConnectionStringTab();
    QWidget *buildFieldsTab();
    QWidget *buildServiceTab();
    QWidget *fileField(QLineEdit *edit, const QString &title);
    void load(const ConnectionProfile &profile);
    void validate();
    void environmentChanged();
    void sourceChanged(int tab);
    void setTesting(bool testing);

    ConnectionProfile m_original;
    bool m_isNew = true;
    bool m_connectRequested = false;
    int m_lastSourceTab = FieldsTab;
    Environment m_lastEnvironment = Environment::Development;

    QLineEdit *m_name = nullptr;
    QComboBox *m_environment = nullptr;
    QCheckBox *m_readOnly = nullptr;
    QTabWidget *m_source = nullptr;
    QLineEdit *m_connectionString = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLineEdit *m_sslRootCert = nullptr;
    QLineEdit *m_sslCert = nullptr;
    QLineEdit *m_sslKey = nullptr;
    QSpinBox *m_timeout = nullptr;
    QLineEdit *m_service = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_monitorReplica = nullptr;
    QCheckBox *m_savePassword = nullptr;
    QLabel *m_validation = nullptr;
    QLabel *m_preview = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_cancelTest = nullptr;
    QProgressBar *m_testBusy = nullptr;
    MessageBanner *m_testResult = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_saveAndConnect = nullptr;
    QPointer<Session> m_testSession;
};

} // namespace slipway
