#pragma once

#include "diffresult.h"
#include "diffsideloader.h"

#include <QObject>

#include <memory>

namespace slipway {

class CredentialStore;

// One comparison from start to result: both sides read at once (two
// DiffSideLoaders), then SchemaDiff, the up and down plans and the object
// states computed on a QtConcurrent worker (DiffResult::build). Nothing here
// blocks the GUI thread; cancel() drops whatever is under way.
class DiffController : public QObject {
    Q_OBJECT

public:
    explicit DiffController(CredentialStore *credentials, QObject *parent = nullptr);

    void setPasswordPrompt(const ActiveConnection::PasswordPrompt &prompt);

    void start(const DiffSide &source, const ConnectionProfile &sourceProfile, const DiffSide &target,
               const ConnectionProfile &targetProfile, const diff::DiffOptions &options);
    void cancel();
    bool isRunning() const { return m_running; }
    int percent() const;  // 0..100 over both reads and the diff
    QString step() const; // what is under way

signals:
    void finished(std::shared_ptr<const slipway::DiffResult> result);
    // `sourceSide` says which side failed to load.
    void failed(bool sourceSide, const slipway::DbError &error);

private:
    void sideLoaded(bool sourceSide, const catalog::SchemaModel &model);
    void sideFailed(bool sourceSide, const DbError &error);
    void compare();

    DiffSideLoader *m_loader[2] = {};
    std::optional<catalog::SchemaModel> m_model[2];
    diff::DiffOptions m_options;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_comparing = false;
};

} // namespace slipway
