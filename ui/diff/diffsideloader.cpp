#include "diffsideloader.h"

#include "futurecallback.h"

#include "catalog/snapshot.h"
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

    m_progress->set(0, tr("Connecting to %1").arg(profile.displayTarget()));
    m_connection = new ActiveConnection(m_credentials, this);
    if (m_prompt) m_connection->setPasswordPrompt(m_prompt);
    connect(m_connection, &ActiveConnection::connected, this,
            [this, generation, options] {
                if (generation == m_generation) introspect(options);
            });
    connect(m_connection, &ActiveConnection::connectFailed, this, [this, generation](const DbError &error) {
        if (generation != m_generation) return;
        finish();
        emit failed(error);
    });
    m_connection->connectTo(profile);
}

void DiffSideLoader::introspect(const catalog::IntrospectOptions &options)
{
    Session *session = m_connection ? m_connection->session() : nullptr;
    if (!session) return;
    const quint64 generation = m_generation;
    auto progress = m_progress;
    progress->set(0, tr("Reading the catalog"));
    const auto future =
        session->run<catalog::SchemaModel>([options, progress](pqxx::connection_base &conn) {
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

void DiffSideLoader::finish()
{
    m_running = false;
    if (m_connection) {
        m_connection->disconnectFromServer();
        m_connection->deleteLater();
    }
    m_connection = nullptr;
}

void DiffSideLoader::cancel()
{
    ++m_generation;
    if (m_progress) m_progress->cancelled.store(true);
    finish();
}

} // namespace slipway
