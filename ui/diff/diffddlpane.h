#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace slipway {

// Source DDL and target DDL side by side, read-only, the lines that differ
// marked by LineDiff: tinted, bold, and a "−" or "+" beside them (the header
// counts them; the editors' accessible descriptions list them).
class DiffDdlPane : public QWidget {
    Q_OBJECT

public:
    explicit DiffDdlPane(QWidget *parent = nullptr);

    // An empty text: that side does not have the object.
    void setTexts(const QString &title, const QString &source, const QString &target);
    void clear();
    // What the headers call the two sides (default "Source", "Target").
    void setSideNames(const QString &source, const QString &target);

    QPlainTextEdit *sourceEdit() const { return m_source; }
    QPlainTextEdit *targetEdit() const { return m_target; }
    // 0-based numbers of the marked lines of one side.
    QList<int> markedLines(bool sourceSide) const;

private:
    void mark(QPlainTextEdit *edit, const QList<bool> &changed, const QColor &tint);
    void describe(QPlainTextEdit *edit, const QList<bool> &changed);

    QLabel *m_title = nullptr;
    QLabel *m_sourceHeader = nullptr;
    QLabel *m_targetHeader = nullptr;
    QPlainTextEdit *m_source = nullptr;
    QPlainTextEdit *m_target = nullptr;
    QWidget *m_sourceMarks = nullptr;
    QWidget *m_targetMarks = nullptr;
    QList<bool> m_sourceChanged;
    QList<bool> m_targetChanged;
    QString m_sourceName;
    QString m_targetName;
};

} // namespace slipway
