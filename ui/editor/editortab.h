#pragma once

#include <QWidget>

namespace slipway {

class FindReplaceBar;
class SqlEditor;

// One open migration: the SQL editor with its find/replace bar, the file it
// came from (none for a new one), loading and saving as UTF-8.
class EditorTab : public QWidget {
    Q_OBJECT

public:
    explicit EditorTab(QWidget *parent = nullptr);

    SqlEditor *editor() const { return m_editor; }
    FindReplaceBar *findBar() const { return m_findBar; }

    QString filePath() const { return m_path; }
    void setUntitledName(const QString &name) { m_untitled = name; }
    QString displayName() const;      // file name, or "Untitled 1"
    bool isModified() const;

    bool load(const QString &path, QString *error = nullptr);
    bool saveTo(const QString &path, QString *error = nullptr); // becomes the tab's file on success

signals:
    void titleChanged();

private:
    SqlEditor *m_editor = nullptr;
    FindReplaceBar *m_findBar = nullptr;
    QString m_path;
    QString m_untitled;
};

} // namespace slipway
