#include "editor/dialecthighlighter.h"
#include "editor/editortab.h"
#include "editor/editorworkspace.h"
#include "editor/findreplacebar.h"
#include "editor/lockstyle.h"
#include "editor/scriptanalyzer.h"
#include "editor/sqleditor.h"
#include "editor/sqlhighlighter.h"
#include "mainwindow.h"
#include "problemsview.h"

#include <QAction>
#include <QCheckBox>
#include <QHelpEvent>
#include <QLineEdit>
#include <QMenu>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeView>
#include <QToolTip>
#include <QtTest>

using namespace slipway;

namespace {

const QString kUnsafeIndex = QStringLiteral("CREATE INDEX i ON orders (created_at);");

// The format QSyntaxHighlighter gave the character at column in block (empty when none).
QTextCharFormat formatAt(const QTextBlock &block, int column)
{
    const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &r : ranges) {
        if (column >= r.start && column < r.start + r.length)
            return r.format;
    }
    return {};
}

// Runs open() (which may show the quick-fix menu when several fixes apply) and
// picks the fix titled `title` from the menu if one comes up.
void pickFix(const std::function<void()> &open, const QString &title)
{
    QTimer::singleShot(50, [title] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *a : menu->actions()) {
            if (a->text() == title) {
                menu->setActiveAction(a);
                QTest::keyClick(menu, Qt::Key_Return);
                return;
            }
        }
        menu->close();
    });
    open();
}

bool sameColor(const QTextCharFormat &a, const QTextCharFormat &b)
{
    return a.hasProperty(QTextFormat::ForegroundBrush) && a.foreground().color() == b.foreground().color();
}

} // namespace

class TestSqlEditor : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;

    MainWindow::Options options() const
    {
        MainWindow::Options o;
        o.profilesPath = m_home.filePath(QStringLiteral("connections.json"));
        o.localStorePath = m_home.filePath(QStringLiteral("local.sqlite"));
        o.persistLayout = false;
        return o;
    }

    static bool waitForAnalysis(SqlEditor *editor)
    {
        return QTest::qWaitFor([editor] { return editor->isAnalysisCurrent() && !editor->analyzer()->isBusy(); }, 5000);
    }

    static const Finding *findRule(const SqlEditor *editor, const QString &rule)
    {
        for (const Finding &f : editor->analysis().findings)
            if (f.rule == rule)
                return &f;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("SlipwayTest"));
        QCoreApplication::setApplicationName(QStringLiteral("slipway-tst-sqleditor"));
    }

    void typingUnsafeIndexShowsSquiggleTooltipAndProblem()
    {
        MainWindow window(options());
        window.show();
        EditorTab *tab = window.editors()->newFile();
        SqlEditor *editor = tab->editor();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        editor->setFocus();
        QTest::keyClicks(editor, kUnsafeIndex);
        QCOMPARE(editor->toPlainText(), kUnsafeIndex);
        QVERIFY(waitForAnalysis(editor));

        const Finding *finding = findRule(editor, QStringLiteral("require-concurrent-index-creation"));
        QVERIFY2(finding, "no require-concurrent-index-creation finding");
        QVERIFY(finding->fix.has_value());

        // The squiggle: an extra selection over exactly the finding's range, wavy, in the severity colour.
        bool squiggle = false;
        for (const QTextEdit::ExtraSelection &s : editor->extraSelections()) {
            if (s.cursor.selectionStart() == finding->range.start && s.cursor.selectionEnd() == finding->range.end
                && s.format.underlineStyle() == QTextCharFormat::WaveUnderline
                && s.format.underlineColor().isValid())
                squiggle = true;
        }
        QVERIFY2(squiggle, "no wavy extra selection over the finding's range");

        // The tooltip: message, why, and the safe pattern.
        const QString tip = editor->toolTipAt(finding->range.start + 3);
        QVERIFY(tip.contains(finding->message.toHtmlEscaped()));
        QVERIFY(tip.contains(finding->explanation.toHtmlEscaped()));
        QVERIFY(tip.contains(finding->help.toHtmlEscaped()));
        QVERIFY(tip.contains(QStringLiteral("CONCURRENTLY")));

        // ... and through a real help event on the viewport.
        QTextCursor c(editor->document());
        c.setPosition(finding->range.start + 3);
        const QPoint at = editor->cursorRect(c).center();
        QHelpEvent help(QEvent::ToolTip, at, editor->viewport()->mapToGlobal(at));
        QCoreApplication::sendEvent(editor->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY(QToolTip::text().contains(finding->message.toHtmlEscaped()));
        QToolTip::hideText();

        // The Problems panel lists it, with the tab's name and the line/column.
        QStandardItemModel *problems = window.problems()->model();
        QTRY_VERIFY(problems->rowCount() >= 1);
        bool listed = false;
        for (int row = 0; row < problems->rowCount(); ++row) {
            if (problems->item(row, ProblemsView::RuleColumn)->text() == finding->rule) {
                listed = true;
                QCOMPARE(problems->item(row, ProblemsView::LocationColumn)->text(),
                         QStringLiteral("%1:1:1").arg(tab->displayName()));
                QCOMPARE(problems->item(row, ProblemsView::MessageColumn)->text(), finding->message);
            }
        }
        QVERIFY(listed);

        // Activating the problem puts the cursor on it.
        editor->moveCursor(QTextCursor::End);
        for (int row = 0; row < problems->rowCount(); ++row) {
            if (problems->item(row, ProblemsView::RuleColumn)->text() == finding->rule) {
                emit window.problems()->view()->activated(problems->index(row, ProblemsView::MessageColumn));
                break;
            }
        }
        QCOMPARE(editor->textCursor().position(), finding->range.start);

    }

    void quickFixIsOneUndoableEdit()
    {
        MainWindow window(options());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        EditorTab *tab = window.editors()->newFile();
        SqlEditor *editor = tab->editor();
        editor->setFocus();
        QTest::keyClicks(editor, kUnsafeIndex);
        QVERIFY(waitForAnalysis(editor));
        editor->moveCursor(QTextCursor::Start);
        editor->moveCursor(QTextCursor::Right);
        const Finding *finding = findRule(editor, QStringLiteral("require-concurrent-index-creation"));
        QVERIFY(finding && finding->fix);
        const QString title = finding->fix->title;

        // Through the window's Quick Fix action (Ctrl+.).
        QAction *quickFix = window.findChild<QAction *>(QStringLiteral("actionQuickFixCurrent"));
        QVERIFY(quickFix);
        QCOMPARE(quickFix->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Period));
        QVERIFY(quickFix->isEnabled());
        pickFix([quickFix] { quickFix->trigger(); }, title);
        QCOMPARE(editor->toPlainText(), QStringLiteral("CREATE INDEX CONCURRENTLY i ON orders (created_at);"));
        QVERIFY(waitForAnalysis(editor));
        QVERIFY(!findRule(editor, QStringLiteral("require-concurrent-index-creation")));

        editor->undo();
        QCOMPARE(editor->toPlainText(), kUnsafeIndex);
        QVERIFY(waitForAnalysis(editor));
        QVERIFY(findRule(editor, QStringLiteral("require-concurrent-index-creation")));

        // The key itself works where the editor has the focus.
        pickFix([editor] { QTest::keyClick(editor, Qt::Key_Period, Qt::ControlModifier); }, title);
        QCOMPARE(editor->toPlainText(), QStringLiteral("CREATE INDEX CONCURRENTLY i ON orders (created_at);"));
    }

    void addColumnReferencesQuickFixIsOneUndoableEdit()
    {
        SqlEditor editor;
        const QString unsafe = QStringLiteral("ALTER TABLE orders ADD COLUMN customer_id bigint REFERENCES customers (id);\n");
        editor.setPlainText(unsafe);
        editor.lintNow();
        QVERIFY(waitForAnalysis(&editor));
        const Finding *finding = findRule(&editor, QStringLiteral("adding-foreign-key-constraint"));
        QVERIFY(finding && finding->fix);
        const Finding fk = *finding;
        QVERIFY(editor.applyFix(fk));
        QCOMPARE(editor.toPlainText(),
                 QStringLiteral("ALTER TABLE orders ADD COLUMN customer_id bigint;\n"
                                "ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) "
                                "REFERENCES customers (id) NOT VALID;\n"
                                "ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_id_fkey;\n"));
        editor.lintNow();
        QVERIFY(waitForAnalysis(&editor));
        QVERIFY(!findRule(&editor, QStringLiteral("adding-foreign-key-constraint")));

        editor.undo(); // one step back to the original
        QCOMPARE(editor.toPlainText(), unsafe);
        editor.lintNow();
        QVERIFY(waitForAnalysis(&editor));
        QVERIFY(findRule(&editor, QStringLiteral("adding-foreign-key-constraint")));
    }

    void otherDialectsFallBackToPostgresHighlighting()
    {
        SqlEditor editor;
        editor.setPlainText(QStringLiteral("SELECT 'x' FROM t; -- note"));
        const QTextCharFormat keyword = editor.highlighter()->format(SqlHighlighter::Role::Keyword);
        QTextDocument *doc = editor.document();
        QCOMPARE(editor.dialect(), SqlEditor::postgresDialect());
        QCOMPARE(editor.activeHighlighter(), editor.highlighter());

        // MySQL: KSyntaxHighlighting's definition when the build has KF6, else PostgreSQL's lexer stays.
        const bool own = editor.setDialect(QStringLiteral("SQL (MySQL)"));
        QCOMPARE(own, dialectHighlightingAvailable());
        if (own) {
            QCOMPARE(editor.dialect(), QStringLiteral("SQL (MySQL)"));
            QVERIFY(editor.activeHighlighter() != editor.highlighter());
            QVERIFY(!editor.highlighter()->document());
        } else {
            QCOMPARE(editor.dialect(), SqlEditor::postgresDialect());
            QCOMPARE(editor.activeHighlighter(), editor.highlighter());
            QVERIFY(sameColor(formatAt(doc->firstBlock(), 0), keyword));
        }
        QTextDocument other;
        QCOMPARE(createDialectHighlighter(&other, QStringLiteral("SQL (MySQL)"), false) != nullptr,
                 dialectHighlightingAvailable());

        // An unknown dialect never leaves the editor without highlighting.
        QVERIFY(!editor.setDialect(QStringLiteral("No Such Dialect")));
        QCOMPARE(editor.dialect(), SqlEditor::postgresDialect());
        QCOMPARE(editor.activeHighlighter(), editor.highlighter());
        QCOMPARE(editor.highlighter()->document(), doc);
        editor.setPlainText(QStringLiteral("UPDATE t SET a = 1;"));
        QVERIFY(sameColor(formatAt(doc->firstBlock(), 0), keyword));
        QVERIFY(editor.setDialect(SqlEditor::postgresDialect()));
        QVERIFY(sameColor(formatAt(doc->firstBlock(), 0), keyword));
    }

    void highlightsDollarQuotesAndNestedComments()
    {
        SqlEditor editor;
        const SqlHighlighter *h = editor.highlighter();
        editor.setPlainText(QStringLiteral("CREATE FUNCTION f() RETURNS int AS $body$\n"
                                           "SELECT 1;\n"
                                           "-- not a comment: inside the body\n"
                                           "$body$ LANGUAGE sql;\n"
                                           "/* outer /* nested */ still comment */ SELECT 'x';"));
        const QTextCharFormat string = h->format(SqlHighlighter::Role::String);
        const QTextCharFormat comment = h->format(SqlHighlighter::Role::Comment);
        const QTextCharFormat keyword = h->format(SqlHighlighter::Role::Keyword);
        QTextDocument *doc = editor.document();
        QVERIFY(sameColor(formatAt(doc->findBlockByNumber(0), 0), keyword));  // CREATE
        QVERIFY(sameColor(formatAt(doc->findBlockByNumber(0), 36), string)); // $body$
        for (int line : {1, 2}) {
            const QTextBlock block = doc->findBlockByNumber(line);
            for (int column = 0; column < block.length() - 1; ++column)
                QVERIFY2(sameColor(formatAt(block, column), string), qPrintable(QStringLiteral("line %1 column %2").arg(line + 1).arg(column)));
        }
        QVERIFY(sameColor(formatAt(doc->findBlockByNumber(3), 0), string));  // closing $body$
        QVERIFY(sameColor(formatAt(doc->findBlockByNumber(3), 7), keyword)); // LANGUAGE
        const QTextBlock last = doc->findBlockByNumber(4);
        const int still = int(last.text().indexOf(QStringLiteral("still")));
        QVERIFY(sameColor(formatAt(last, still), comment)); // after the nested */: still the outer comment
        QVERIFY(sameColor(formatAt(last, int(last.text().indexOf(QStringLiteral("SELECT")))), keyword));
        QVERIFY(sameColor(formatAt(last, int(last.text().indexOf(QStringLiteral("'x'")))), string));

        // Opening a dollar quote on line 1 re-highlights the lines after it (block states).
        editor.setPlainText(QStringLiteral("SELECT\nSELECT 1;\nSELECT 2;"));
        QVERIFY(sameColor(formatAt(doc->findBlockByNumber(1), 0), keyword));
        QTextCursor cursor(doc->findBlockByNumber(0));
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.insertText(QStringLiteral(" $$"));
        QVERIFY(sameColor(formatAt(doc->findBlockByNumber(1), 0), string));
        QVERIFY(sameColor(formatAt(doc->findBlockByNumber(2), 0), string));
        // ... and closing it again restores them.
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QStringLiteral("\n$$;"));
        cursor = QTextCursor(doc->findBlockByNumber(1));
        cursor.insertText(QStringLiteral("$$"));
        QVERIFY(sameColor(formatAt(doc->findBlockByNumber(1), 3), keyword)); // "SELECT" after the closing $$
        QVERIFY(sameColor(formatAt(doc->findBlockByNumber(2), 0), keyword));
    }

    void lockMarkerForAlterColumnType()
    {
        SqlEditor editor;
        editor.resize(900, 300);
        editor.show();
        editor.setPlainText(QStringLiteral("-- widen\nALTER TABLE orders ALTER COLUMN total_cents TYPE bigint;\n"
                                           "CREATE INDEX CONCURRENTLY o_idx ON orders (placed_at);\n"));
        editor.lintNow();
        QVERIFY(waitForAnalysis(&editor));
        QVERIFY(!editor.lockOnLine(1)); // the comment line
        const StatementLock *lock = editor.lockOnLine(2);
        QVERIFY(lock);
        QCOMPARE(lock->impact.strongest(), LockMode::AccessExclusive);
        QCOMPARE(LockStyle::abbreviation(lock->impact.strongest()), QStringLiteral("AE"));
        QCOMPARE(lock->impact.effect, LockImpact::Effect::Rewrite);
        const QString tip = editor.lockToolTip(*lock);
        QVERIFY(tip.contains(QStringLiteral("ACCESS EXCLUSIVE")));
        QVERIFY(tip.contains(QStringLiteral("orders")));
        QVERIFY(tip.contains(LockImpact::effectName(LockImpact::Effect::Rewrite)));
        QVERIFY(editor.lockAnnotation(*lock).startsWith(QStringLiteral("ACCESS EXCLUSIVE on orders")));
        // The gutter's lock column shows the same tooltip.
        const QRect line2 = editor.cursorRect(QTextCursor(editor.document()->findBlockByNumber(1)));
        QCOMPARE(editor.gutterToolTip(QPoint(5, line2.center().y())), tip);

        const StatementLock *concurrent = editor.lockOnLine(3);
        QVERIFY(concurrent);
        QCOMPARE(concurrent->impact.strongest(), LockMode::ShareUpdateExclusive);
        QCOMPARE(LockStyle::abbreviation(concurrent->impact.strongest()), QStringLiteral("SUE"));
        QVERIFY(!lockBlocksWrites(concurrent->impact.strongest()));
    }

    void openAndSaveRoundTrip()
    {
        const QString path = m_home.filePath(QStringLiteral("V100__café.sql"));
        const QByteArray original = QStringLiteral("-- Ünïcode ✓\nCREATE FUNCTION f() RETURNS text AS $$ SELECT 'ø' $$ "
                                                   "LANGUAGE sql;\n")
                                        .toUtf8();
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(original);
        }
        MainWindow window(options());
        QCOMPARE(window.openFiles({path}), 1);
        EditorTab *tab = window.editors()->currentTab();
        QVERIFY(tab);
        QCOMPARE(tab->filePath(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(tab->editor()->toPlainText().toUtf8(), original);
        QVERIFY(!tab->isModified());
        QCOMPARE(window.tabs()->tabText(window.tabs()->currentIndex()), QStringLiteral("V100__café.sql"));

        // Opening it again brings the same tab forward.
        const int tabs = window.tabs()->count();
        QCOMPARE(window.editors()->openFile(path), tab);
        QCOMPARE(window.tabs()->count(), tabs);

        tab->editor()->moveCursor(QTextCursor::End);
        tab->editor()->insertPlainText(QStringLiteral("SELECT 1;\n"));
        QVERIFY(tab->isModified());
        QVERIFY(window.tabs()->tabText(window.tabs()->currentIndex()).endsWith(QStringLiteral("•")));
        QVERIFY(window.editors()->save(tab));
        QVERIFY(!tab->isModified());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), original + QByteArray("SELECT 1;\n"));
        QCOMPARE(window.tabs()->tabText(window.tabs()->currentIndex()), QStringLiteral("V100__café.sql"));

        // Unchanged now: closes without asking.
        QVERIFY(window.editors()->closeTab(tab));
        QCOMPARE(window.editors()->editorTabs().size(), 0);
    }

    void opensBundledDemoMigrationsByPattern()
    {
        MainWindow window(options());
        QCOMPARE(window.openFiles({QStringLiteral("migrations/V006__*.sql")}), 1);
        EditorTab *tab = window.editors()->currentTab();
        QVERIFY(tab);
        QVERIFY(tab->displayName().startsWith(QStringLiteral("V006__")));
        QVERIFY(tab->editor()->toPlainText().contains(QStringLiteral("ALTER COLUMN total_cents TYPE bigint")));
        QVERIFY(waitForAnalysis(tab->editor()));
        bool accessExclusive = false;
        for (const StatementLock &lock : tab->editor()->analysis().locks)
            accessExclusive = accessExclusive || lock.impact.strongest() == LockMode::AccessExclusive;
        QVERIFY(accessExclusive);
    }

    void findAndReplace()
    {
        SqlEditor editor;
        FindReplaceBar bar(&editor);
        editor.setPlainText(QStringLiteral("select a from t;\nSELECT b from t;\n"));
        bar.findField()->setText(QStringLiteral("select"));
        QVERIFY(bar.findNext());
        QCOMPARE(editor.textCursor().selectionStart(), 0);
        QVERIFY(bar.findNext());
        QCOMPARE(editor.textCursor().selectionStart(), 17);
        bar.caseSensitive()->setChecked(true);
        editor.moveCursor(QTextCursor::Start);
        QVERIFY(bar.findNext());
        QVERIFY(bar.findNext()); // wraps around to the only lower-case one
        QCOMPARE(editor.textCursor().selectionStart(), 0);
        bar.caseSensitive()->setChecked(false);
        bar.replaceField()->setText(QStringLiteral("SELECT"));
        QCOMPARE(bar.replaceAll(), 2);
        QCOMPARE(editor.toPlainText(), QStringLiteral("SELECT a from t;\nSELECT b from t;\n"));
        editor.undo();
        QCOMPARE(editor.toPlainText(), QStringLiteral("select a from t;\nSELECT b from t;\n"));
    }

    void relintIsIncrementalAndFast()
    {
        // 2,000 lines: 500 four-line statements.
        QString text;
        for (int i = 0; i < 500; ++i)
            text += QStringLiteral("ALTER TABLE t%1\n    ADD COLUMN c%1 integer;\n-- statement %1\nCREATE INDEX CONCURRENTLY i%1 ON t%1 (c%1);\n").arg(i);
        SqlEditor editor;
        editor.setPlainText(text);
        QCOMPARE(editor.document()->blockCount(), 2001);
        editor.lintNow();
        QVERIFY(waitForAnalysis(&editor));
        const ScriptAnalysis first = editor.analysis();
        QCOMPARE(first.statementCount, 1000);

        // One keystroke in the middle: only that statement is checked again.
        QTextCursor cursor(editor.document()->findBlockByNumber(1001));
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.movePosition(QTextCursor::Left);
        QElapsedTimer highlight;
        highlight.start();
        cursor.insertText(QStringLiteral("2"));
        const qint64 highlightUs = highlight.nsecsElapsed() / 1000;
        editor.lintNow();
        QVERIFY(waitForAnalysis(&editor));
        const ScriptAnalysis &second = editor.analysis();
        QVERIFY2(second.checkedCount <= 2, qPrintable(QString::number(second.checkedCount)));
        qInfo("2,000 lines, one keystroke: highlight (scan + blocks) %lld us (scan %lld us); on the worker: parse %lld us, "
              "lint %lld us (%d of %d statements checked), total %lld us; first full lint %lld us",
              highlightUs, editor.lastHighlightScanMicroseconds(), second.parseMicroseconds, second.lintMicroseconds,
              second.checkedCount, second.statementCount, second.totalMicroseconds, first.totalMicroseconds);
    }
};

QTEST_MAIN(TestSqlEditor)
#include "tst_sqleditor.moc"
