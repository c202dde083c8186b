#include "diffsideloader.h"

#include "futurecallback.h"

#include "sessionreaper.h"

#include "catalog/snapshot.h"
#include "db/credentialstore.h"
#include "db/session.h"

#include <QMutex>
#include <QtConcurrent/QtConcurrent>

#include <atomic>

namespace slipway {

struct DiffSideLoader::Progress {
    std::atomic_int percent{0};
    std::atomic_bool cancelled{false};
    mutable QMutex mutex;
    QString step;

    void set(int value, const QString &text)
    {
        percent.store(value);
        QMutexLocker lock(&mutex);
        step = text;
    }
};

namespace {
struct LoadedSnapshot {
    std::optional<catalog::SchemaModel> model;
    QString error;
};
} // namespace

DiffSideLoader::DiffSideLoader(CredentialStore *credentials, QObject *parent)
    : QObject(parent), m_credentials(credentials)
{
}

DiffSideLoader::~DiffSideLoader()
{
    cancel();
}

void DiffSideLoader::setPasswordPrompt(ActiveConnection::PasswordPrompt prompt)
{
    m_prompt = std::move(prompt);
}

int DiffSideLoader::percent() const
{
    return m_progress ? m_progress->percent.load() : 0;
}

QString DiffSideLoader::step() const
{
    if (!m_progress) return {};
    QMutexLocker lock(&m_progress->mutex);
    return m_progress->step;
}

void DiffSideLoader::load(const DiffSide &side, const ConnectionProfile &profile,
                          const catalog::IntrospectOptions &options)
{
    cancel();
    m_running = true;
    m_progress = std::make_shared<Progress>();
    const quint64 generation = ++m_generation;

    if (side.kind == DiffSide::Kind::Snapshot) {
        m_progress->set(0, tr("Reading %1").arg(side.path));
        const QString path = side.path;
        const QFuture<LoadedSnapshot> future = QtConcurrent::run([path] {
            LoadedSnapshot out;
            out.model = catalog::Snapshot::load(path, &out.error);
            return out;
        });
        onFinished(this, future, [this, generation](const LoadedSnapshot &out) {
            if (generation != m_generation) return;
            finish();
            if (out.model) {
                emit loaded(*out.model);
            } else {
                DbError error;
                error.kind = DbError::Kind::InvalidInput;
                error.message = out.error;
                emit failed(error);
            }
        });
        return;
    }

    m_profile = profile;
    m_options = options;
    m_progress->set(0, tr("Connecting to %1").arg(profile.displayTarget()));
    if (!profile.savePassword || !m_credentials) {
        connectWith(QString());
        return;
    }
    QPointer<DiffSideLoader> self(this);
    m_credentials->readPassword(profile.id, [self, generation](const CredentialStore::Result &result) {
        if (!self || generation != self->m_generation) return;
        // Not found or no keychain: libpq may still find one, else the prompt asks.
        self->connectWith(result.status == CredentialStore::Result::Status::Ok ? result.password : QString());
    });
}

void DiffSideLoader::connectWith(const QString &password)
{
    DbError invalid;
    const QString conninfo = m_profile.conninfo(password, &invalid);
    if (invalid.isError()) {
        fail(invalid);
        return;
    }
    if (m_session) retireSession(m_session);
    m_session = new Session(this);
    const quint64 generation = m_generation;
    onFinished(this, m_session->open(conninfo), [this, generation](const DbResult<ServerInfo> &result) {
        if (generation != m_generation) return;
        if (result.ok()) {
            introspect();
            return;
        }
        const bool wantsPassword = result.error.kind == DbError::Kind::PasswordRequired ||
                                   result.error.kind == DbError::Kind::AuthenticationFailed;
        if (wantsPassword && m_prompt) {
            const std::optional<QString> typed = m_prompt(m_profile, result.error);
            if (generation != m_generation) return; // cancelled while the prompt was open
            if (typed) {
                connectWith(*typed);
                return;
            }
        }
        fail(result.error);
    });
}

void DiffSideLoader::introspect()
{
    if (!m_session) return;
    const quint64 generation = m_generation;
    auto progress = m_progress;
    progress->set(0, tr("Reading the catalog"));
    const auto future = m_session->run<catalog::SchemaModel>(
        [options = m_options, progress](pqxx::connection_base &conn) {
            return catalog::Introspector::read(
                conn, options, [progress](int percent, const QString &step) { progress->set(percent, step); },
                &progress->cancelled);
        });
    onFinished(this, future, [this, generation](const DbResult<catalog::SchemaModel> &result) {
        if (generation != m_generation) return;
        finish();
        if (result.ok())
            emit loaded(result.value);
        else
            emit failed(result.error);
    });
}

void DiffSideLoader::fail(const DbError &error)
{
    finish();
    emit failed(error);
}

void DiffSideLoader::finish()
{
    m_running = false;
    if (m_session) retireSession(m_session); // never waits: closes and deletes in the background
    m_session = nullptr;
}

void DiffSideLoader::cancel()
{
    ++m_generation;
    if (m_progress) m_progress->cancelled.store(true);
    finish();
}

} // namespace slipway
