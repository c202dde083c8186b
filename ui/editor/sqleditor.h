#pragma once

#include "lint/lintoptions.h"
#include "scriptanalysis.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPlainTextEdit>
#include <QTimer>

class QAction;
class QSyntaxHighlighter;

namespace slipway {

class EditorGutter;
class ScriptAnalyzer;
class SqlHighlighter;

// The SQL editor: PostgreSQL highlighting, line numbers, lint findings as wavy
// underlines in their severity colour with icons in the gutter, the lock each
// statement takes as a marker at its first line, tooltips with the why and
// the safe pattern, and quick fixes (gutter click, context menu, Ctrl+.)
// applied as one undoable edit. Lint runs on a worker after a short pause in
// typing; findings come back through analysisUpdated().
class SqlEditor : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit SqlEditor(QWidget *parent = nullptr);
    ~SqlEditor() override;

    SqlHighlighter *highlighter() const { return m_highlighter; }
    // The SQL dialect highlighted: "PostgreSQL" (the default, PostgreSQL's own
    // lexer) or a KSyntaxHighlighting definition such as "SQL (MySQL)", which
    // needs a build with KF6SyntaxHighlighting. Without it, or for an unknown
    // name, the PostgreSQL highlighting stays. True when the dialect's own
    // highlighting is in use. Lint always checks PostgreSQL.
    bool setDialect(const QString &name);
    QString dialect() const { return m_dialect; }
    static QString postgresDialect() { return QStringLiteral("PostgreSQL"); }
    QSyntaxHighlighter *activeHighlighter() const;
    ScriptAnalyzer *analyzer() const { return m_analyzer; }
    const ScriptAnalysis &analysis() const;
    // The findings and locks describe the text as it is now (no edit since).
    bool isAnalysisCurrent() const;

    // Server version and live table sizes (tooltips show the sizes too); lints again.
    void setLintOptions(const LintOptions &options, bool connected);
    void setDebounceInterval(int ms) { m_debounce.setInterval(ms); }
    void lintNow();

    // Findings whose range covers the position (or touches it at either end).
    QList<Finding> findingsAt(int position) const;
    QList<Finding> findingsOnLine(int line) const; // 1-based
    const StatementLock *lockOnLine(int line) const;
    QString toolTipAt(int position) const;          // "" when no finding there
    QString lockToolTip(const StatementLock &lock) const;
    QString lockAnnotation(const StatementLock &lock) const;

    // Applies the fix as one undoable edit. False when the analysis is stale.
    bool applyFix(const Finding &finding);
    // The quick fix at the cursor (Ctrl+.): one fix applies, several show a menu.
    bool quickFixAtCursor();
    QAction *quickFixAction() const { return m_quickFixAction; }
    // Shown in the context menu after the quick fixes (e.g. Run statement).
    void setContextActions(const QList<QAction *> &actions) { m_contextActions = actions; }

    void goToPosition(int position);
    void goToLine(int line, int column = 1);

    // Gutter, painted and hit-tested here.
    int gutterWidth() const;
    void paintGutter(QWidget *gutter, const QRect &rect);
    void gutterClicked(const QPoint &pos, const QPoint &globalPos);
    QString gutterToolTip(const QPoint &pos) const;

    qint64 lastHighlightScanMicroseconds() const;

signals:
    void analysisUpdated();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class GutterPart { None, Lock, LineNumber, Finding };
    struct GutterLayout {
        int lockX = 0, lockWidth = 0, numberX = 0, numberWidth = 0, iconX = 0, iconWidth = 0, width = 0;
    };
    GutterLayout gutterLayout() const;
    GutterPart gutterPartAt(const QPoint &pos, int *line) const;
    void onAnalyzed();
    void updateGutterGeometry();
    void updateExtraSelections();
    void showFixMenu(const QList<Finding> &fixable, const QPoint &globalPos);
    QList<QAction *> fixActions(const QList<Finding> &fixable, QObject *parent);

    SqlHighlighter *m_highlighter = nullptr;
    QSyntaxHighlighter *m_dialectHighlighter = nullptr; // another dialect's, when set and available
    QString m_dialect = postgresDialect();
    ScriptAnalyzer *m_analyzer = nullptr;
    EditorGutter *m_gutter = nullptr;
    QAction *m_quickFixAction = nullptr;
    QList<QAction *> m_contextActions;
    QTimer m_debounce;
    LintOptions m_options;
    bool m_connected = false;
    bool m_dirtySinceAnalysis = true;
    QHash<int, QList<int>> m_findingsByLine; // line -> indexes into analysis().findings
    QHash<int, int> m_lockByLine;            // first line -> index into analysis().locks
};

} // namespace slipway
