#pragma once

#include <QTreeWidget>

namespace slipway {

namespace run {
struct BackfillEvent;
struct ExecutionEvent;
} // namespace run
struct PolicyDecision;

// The live log of a run: one line per executor or backfill event and per
// abort-policy decision, with its time, an icon and words for its severity
// (colour is never the only signal), newest at the bottom and followed
// unless the user scrolled up.
class RunEventLog : public QTreeWidget {
    Q_OBJECT

public:
    enum class Severity { Info, Success, Warning, Error };

    explicit RunEventLog(QWidget *parent = nullptr);

    void addExecutionEvent(const run::ExecutionEvent &event);
    void addBackfillEvent(const run::BackfillEvent &event);
    void addDecision(const PolicyDecision &decision);
    void addLine(Severity severity, const QString &what, const QString &message, const QString &detail = {});
    int count(Severity severity) const;
    QString plainText() const; // for copying into a ticket

signals:
    void lineAdded(slipway::RunEventLog::Severity severity, const QString &message);

private:
    QList<int> m_counts = {0, 0, 0, 0};
};

} // namespace slipway
