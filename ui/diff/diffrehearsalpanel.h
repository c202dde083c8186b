#pragma once

#include "diff/planrehearsal.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace slipway {

class CredentialStore;
class MessageBanner;
class ProfileManager;
struct DiffResult;

// "Rehearsal" page of the diff view: picks a server for a throw-away
// database (a connection profile; never a production one by default), then
// Rehearse runs diff::PlanRehearsal on a worker thread: the source loaded into
// a scratch database, the up plan applied and re-diffed against the target,
// the down plan applied and re-diffed against the source. Progress and
// Cancel; the verdict as a banner and the report as text.
class DiffRehearsalPanel : public QWidget {
    Q_OBJECT

public:
    // `credentials` may be null (no keychain: libpq finds the password).
    DiffRehearsalPanel(ProfileManager *profiles, CredentialStore *credentials,
                       QWidget *parent = nullptr);
    ~DiffRehearsalPanel() override;

    // The comparison to rehearse (nullptr clears); `sourceProfileId` is the
    // source's connection, preferred as scratch server unless it is production.
    void setResult(std::shared_ptr<const DiffResult> result, const QString &sourceProfileId = {});
    void rehearse();
    void cancel();
    bool isRunning() const { return m_running; }
    const std::optional<diff::RehearsalReport> &report() const { return m_report; }

    QComboBox *serverCombo() const { return m_server; }
    QPushButton *rehearseButton() const { return m_rehearse; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    MessageBanner *banner() const { return m_banner; }
    QPlainTextEdit *reportEdit() const { return m_text; }

signals:
    void rehearsalFinished();

private:
    struct Run;
    void refreshServers(const QString &preferredId);
    void start(const QString &conninfo);
    void finish(const diff::RehearsalReport &report);
    void setRunning(bool running);

    ProfileManager *m_profiles = nullptr;
    CredentialStore *m_credentials = nullptr;
    std::shared_ptr<const DiffResult> m_result;
    std::shared_ptr<Run> m_run;
    std::optional<diff::RehearsalReport> m_report;
    bool m_running = false;
    quint64 m_generation = 0;

    QComboBox *m_server = nullptr;
    QPushButton *m_rehearse = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_step = nullptr;
    QTimer *m_poll = nullptr;
    MessageBanner *m_banner = nullptr;
    QPlainTextEdit *m_text = nullptr;
};

} // namespace slipway
