#pragma once

#include <QPlainTextEdit>

namespace slipway {

// The Run log dock: a read-only, timestamped record of what happened in this
// window (connection events, errors, later migration runs).
class RunLogView : public QPlainTextEdit {
    Q_OBJECT

public:
    enum class Level { Info, Warning, Error };

    explicit RunLogView(QWidget *parent = nullptr);

    // Appends "[HH:mm:ss] message" (multi-line messages are indented).
    void append(Level level, const QString &message);
    int entryCount() const { return m_entries; }

private:
    int m_entries = 0;
};

} // namespace slipway
