#pragma once

#include <QString>

namespace slipway {

class LocalStore;

// Keeps a run of the Run tab in the local store (Migration > Past Runs): its
// title and database, every line of its log as it is written, and how it
// ended. Without a store (or one that failed to open) it does nothing.
class RunRecorder {
public:
    explicit RunRecorder(LocalStore *store = nullptr) : m_store(store) {}

    void setStore(LocalStore *store) { m_store = store; }
    // Starts a new run; returns its id (0 without a store).
    qint64 begin(const QString &title, const QString &target);
    void line(const QString &level, const QString &message); // "info", "ok", "warning", "error"
    void finish(const QString &status); // "succeeded", "failed", "aborted"
    qint64 runId() const { return m_runId; }
    // What the journal's run_log says for this run ("slipway-local-run:<id>"), empty without one.
    QString reference() const;

private:
    LocalStore *m_store;
    qint64 m_runId = 0;
};

} // namespace slipway
