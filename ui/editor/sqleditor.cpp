#include "sqleditor.h"

#include "dialecthighlighter.h"
#include "editorgutter.h"
#include "editortooltips.h"
#include "lockstyle.h"
#include "scriptanalyzer.h"
#include "severitystyle.h"
#include "sqlhighlighter.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QMenu>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

#include <algorithm>

namespace slipway {

namespace {

constexpr int kDefaultDebounceMs = 150;

int severityRank(Severity s)
{
    return int(s);
}

QFont scaled(QFont font, qreal factor)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else if (font.pixelSize() > 0)
        font.setPixelSize(std::max(6, qRound(font.pixelSize() * factor)));
    return font;
}

} // namespace

SqlEditor::SqlEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new SqlHighlighter(document()))
    , m_analyzer(new ScriptAnalyzer(this))
    , m_gutter(new EditorGutter(this))
{
    setObjectName(QStringLiteral("sqlEditor"));
    setAccessibleName(tr("SQL editor"));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(font);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
    setMouseTracking(true);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDefaultDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SqlEditor::lintNow);
    connect(document(), &QTextDocument::contentsChange, this, [this](int, int removed, int added) {
        if (removed || added)
            m_debounce.start();
    });
    connect(m_analyzer, &ScriptAnalyzer::analyzed, this, &SqlEditor::onAnalyzed);

    connect(this, &QPlainTextEdit::blockCountChanged, this, &SqlEditor::updateGutterGeometry);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
        if (rect.contains(viewport()->rect()))
            updateGutterGeometry();
    });

    m_quickFixAction = new QAction(tr("Quick Fix"), this);
    m_quickFixAction->setObjectName(QStringLiteral("actionQuickFix"));
    m_quickFixAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_quickFixAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_quickFixAction->setIcon(SeverityStyle::fixIcon());
    m_quickFixAction->setStatusTip(tr("Apply the quick fix of the finding at the cursor"));
    connect(m_quickFixAction, &QAction::triggered, this, [this] { quickFixAtCursor(); });
    addAction(m_quickFixAction);

    updateGutterGeometry();
}

SqlEditor::~SqlEditor() = default;

const ScriptAnalysis &SqlEditor::analysis() const
{
    return m_analyzer->current();
}

bool SqlEditor::isAnalysisCurrent() const
{
    return m_analyzer->current().generation > 0 && m_analyzer->current().text == toPlainText();
}

qint64 SqlEditor::lastHighlightScanMicroseconds() const
{
    return m_highlighter->lastScanMicroseconds();
}

bool SqlEditor::setDialect(const QString &name)
{
    delete m_dialectHighlighter;
    m_dialectHighlighter = nullptr;
    const bool postgres = name.isEmpty() || name == postgresDialect();
    if (!postgres)
        m_dialectHighlighter = createDialectHighlighter(document(), name, SeverityStyle::isDark(palette()));
    m_dialect = m_dialectHighlighter ? name : postgresDialect();
    if (bool(m_highlighter->document()) == bool(m_dialectHighlighter))
        m_highlighter->setDocument(m_dialectHighlighter ? nullptr : document());
    return postgres || m_dialectHighlighter;
}

QSyntaxHighlighter *SqlEditor::activeHighlighter() const
{
    return m_dialectHighlighter ? m_dialectHighlighter : static_cast<QSyntaxHighlighter *>(m_highlighter);
}

void SqlEditor::setLintOptions(const LintOptions &options, bool connected)
{
    m_options = options;
    m_connected = connected;
    m_analyzer->setOptions(options);
    lintNow();
}

void SqlEditor::lintNow()
{
    m_debounce.stop();
    m_analyzer->analyze(toPlainText());
}

void SqlEditor::onAnalyzed()
{
    const ScriptAnalysis &a = analysis();
    m_findingsByLine.clear();
    m_lockByLine.clear();
    for (int i = 0; i < a.findings.size(); ++i) {
        const Finding &f = a.findings.at(i);
        m_findingsByLine[f.range.from.line].append(i); // the icon goes on the first line of the range
    }
    for (int i = 0; i < a.locks.size(); ++i)
        m_lockByLine.insert(a.locks.at(i).range.from.line, i);
    updateExtraSelections();
    updateGutterGeometry();
    m_gutter->update();
    viewport()->update();
    emit analysisUpdated();
}

void SqlEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    const int length = document()->characterCount() - 1;
    const QList<Finding> &findings = analysis().findings;
    // Paint the milder ones first so an error's underline wins where they overlap.
    QList<const Finding *> ordered;
    for (const Finding &f : findings)
        ordered << &f;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Finding *a, const Finding *b) { return severityRank(a->severity) < severityRank(b->severity); });
    for (const Finding *f : ordered) {
        QTextEdit::ExtraSelection selection;
        int start = std::clamp(f->range.start, 0, length);
        int end = std::clamp(f->range.end, 0, length);
        if (end <= start) { // an empty range still shows: one character
            if (start < length)
                end = start + 1;
            else if (start > 0)
                start = end - 1;
        }
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(start);
        selection.cursor.setPosition(end, QTextCursor::KeepAnchor);
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(SeverityStyle::color(f->severity, palette()));
        selection.format.setProperty(QTextFormat::UserProperty, f->rule);
        selection.format.setToolTip(f->message);
        selections << selection;
    }
    setExtraSelections(selections);
}

// --- queries ------------------------------------------------------------------

QList<Finding> SqlEditor::findingsAt(int position) const
{
    QList<Finding> out;
    for (const Finding &f : analysis().findings) {
        if (position >= f.range.start && position <= f.range.end)
            out << f;
    }
    return out;
}

QList<Finding> SqlEditor::findingsOnLine(int line) const
{
    QList<Finding> out;
    for (int i : m_findingsByLine.value(line))
        out << analysis().findings.at(i);
    return out;
}

const StatementLock *SqlEditor::lockOnLine(int line) const
{
    const auto it = m_lockByLine.constFind(line);
    if (it == m_lockByLine.constEnd())
        return nullptr;
    return &analysis().locks.at(*it);
}

QString SqlEditor::toolTipAt(int position) const
{
    const QList<Finding> here = findingsAt(position);
    if (here.isEmpty())
        return {};
    return EditorToolTips::findings(here, m_quickFixAction->shortcut());
}

QString SqlEditor::lockToolTip(const StatementLock &lock) const
{
    return EditorToolTips::lock(lock, m_options.tableStats, m_connected);
}

QString SqlEditor::lockAnnotation(const StatementLock &lock) const
{
    return EditorToolTips::lockAnnotation(lock, m_options.tableStats);
}

// --- quick fixes ----------------------------------------------------------------

bool SqlEditor::applyFix(const Finding &finding)
{
    if (!finding.fix || !isAnalysisCurrent())
        return false;
    QList<TextEdit> edits = finding.fix->edits;
    std::sort(edits.begin(), edits.end(), [](const TextEdit &a, const TextEdit &b) { return a.start > b.start; });
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    for (const TextEdit &edit : std::as_const(edits)) {
        cursor.setPosition(edit.start);
        cursor.setPosition(edit.end, QTextCursor::KeepAnchor);
        cursor.insertText(edit.replacement);
    }
    cursor.endEditBlock();
    lintNow();
    return true;
}

QList<QAction *> SqlEditor::fixActions(const QList<Finding> &fixable, QObject *parent)
{
    QList<QAction *> actions;
    for (const Finding &f : fixable) {
        auto *action = new QAction(SeverityStyle::fixIcon(), f.fix->title, parent);
        action->setToolTip(f.message);
        connect(action, &QAction::triggered, this, [this, f] { applyFix(f); });
        actions << action;
    }
    return actions;
}

void SqlEditor::showFixMenu(const QList<Finding> &fixable, const QPoint &globalPos)
{
    QMenu menu(this);
    menu.addActions(fixActions(fixable, &menu));
    menu.exec(globalPos);
}

bool SqlEditor::quickFixAtCursor()
{
    if (!isAnalysisCurrent()) {
        lintNow();
        return false;
    }
    const QTextCursor cursor = textCursor();
    QList<Finding> fixable;
    for (const Finding &f : findingsAt(cursor.position()))
        if (f.fix)
            fixable << f;
    if (fixable.isEmpty()) {
        for (const Finding &f : findingsOnLine(cursor.blockNumber() + 1))
            if (f.fix)
                fixable << f;
    }
    if (fixable.isEmpty())
        return false;
    if (fixable.size() == 1)
        return applyFix(fixable.first());
    showFixMenu(fixable, viewport()->mapToGlobal(cursorRect().bottomLeft()));
    return true;
}

// --- navigation --------------------------------------------------------------------

void SqlEditor::goToPosition(int position)
{
    QTextCursor cursor(document());
    cursor.setPosition(std::clamp(position, 0, document()->characterCount() - 1));
    setTextCursor(cursor);
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

void SqlEditor::goToLine(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(std::max(0, line - 1));
    if (!block.isValid())
        return;
    goToPosition(block.position() + std::clamp(column - 1, 0, block.length() - 1));
}

// --- gutter ------------------------------------------------------------------------

SqlEditor::GutterLayout SqlEditor::gutterLayout() const
{
    const QFontMetrics fm(font());
    QFont smallBold = scaled(font(), 0.85);
    smallBold.setBold(true);
    const QFontMetrics sm(smallBold);
    GutterLayout g;
    g.lockX = 3;
    g.lockWidth = sm.horizontalAdvance(QStringLiteral("SUE")) + 8 + 3 + sm.horizontalAdvance(tr("rewrite")) + 4;
    const int digits = std::max(3, int(QString::number(std::max(1, blockCount())).size()));
    g.numberX = g.lockX + g.lockWidth + 4;
    g.numberWidth = fm.horizontalAdvance(QLatin1Char('9')) * digits;
    g.iconX = g.numberX + g.numberWidth + 4;
    g.iconWidth = fm.height() + 6;
    g.width = g.iconX + g.iconWidth + 2;
    return g;
}

int SqlEditor::gutterWidth() const
{
    return gutterLayout().width;
}

void SqlEditor::updateGutterGeometry()
{
    const int width = gutterWidth();
    if (viewportMargins().left() != width)
        setViewportMargins(width, 0, 0, 0);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), width, cr.height()));
}

void SqlEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateGutterGeometry();
}

void SqlEditor::paintGutter(QWidget *gutter, const QRect &rect)
{
    QPainter p(gutter);
    const QPalette pal = palette();
    p.fillRect(rect, pal.color(QPalette::Window));
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(gutter->width() - 1, rect.top(), gutter->width() - 1, rect.bottom());

    const GutterLayout g = gutterLayout();
    const QFont small = scaled(font(), 0.85);
    QFont smallBold = small;
    smallBold.setBold(true);
    const QFontMetrics sm(smallBold);
    const int current = textCursor().blockNumber();

    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int lineHeight = fontMetrics().height();
    while (block.isValid() && top <= rect.bottom()) {
        if (block.isVisible() && bottom >= rect.top()) {
            const int line = block.blockNumber() + 1;
            // Lock marker: the mode in a pill of its colour, the effect in a word.
            if (const StatementLock *lock = lockOnLine(line)) {
                const LockMode mode = lock->impact.strongest();
                const QString abbr = LockStyle::abbreviation(mode);
                const QColor color = LockStyle::color(mode, pal);
                const int pillWidth = sm.horizontalAdvance(abbr) + 8;
                const QRect pill(g.lockX, top + 1, pillWidth, lineHeight - 2);
                p.setRenderHint(QPainter::Antialiasing);
                p.setPen(Qt::NoPen);
                p.setBrush(color);
                p.drawRoundedRect(pill, 3, 3);
                p.setFont(smallBold);
                p.setPen(Qt::white);
                p.drawText(pill, Qt::AlignCenter, abbr);
                const QString effect = LockStyle::effectWord(lock->impact.effect);
                if (!effect.isEmpty()) {
                    p.setFont(small);
                    p.setPen(lock->impact.effect == LockImpact::Effect::Rewrite
                                     || lock->impact.effect == LockImpact::Effect::Scan
                                     || lock->impact.effect == LockImpact::Effect::IndexBuild
                                 ? color
                                 : pal.color(QPalette::PlaceholderText));
                    p.drawText(QRect(pill.right() + 3, top, g.lockX + g.lockWidth - pill.right() - 3, lineHeight),
                               Qt::AlignLeft | Qt::AlignVCenter, effect);
                }
                p.setRenderHint(QPainter::Antialiasing, false);
            }
            // Line number.
            p.setFont(font());
            p.setPen(block.blockNumber() == current ? pal.color(QPalette::Text) : pal.color(QPalette::PlaceholderText));
            p.drawText(QRect(g.numberX, top, g.numberWidth, lineHeight), Qt::AlignRight | Qt::AlignVCenter,
                       QString::number(line));
            // Finding icon: the worst severity on the line; a lightbulb when it can be fixed.
            const QList<Finding> here = findingsOnLine(line);
            if (!here.isEmpty()) {
                Severity worst = Severity::Hint;
                bool fixable = false;
                for (const Finding &f : here) {
                    worst = std::max(worst, f.severity);
                    fixable = fixable || f.fix.has_value();
                }
                const int size = std::min(16, lineHeight - 2);
                const QRect iconRect(g.iconX, top + (lineHeight - size) / 2, size, size);
                SeverityStyle::icon(worst).paint(&p, iconRect);
                if (fixable) {
                    const int bulb = std::max(8, size * 2 / 3);
                    SeverityStyle::fixIcon().paint(&p, QRect(iconRect.right() - 1, iconRect.top() - 1, bulb, bulb));
                }
            }
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

SqlEditor::GutterPart SqlEditor::gutterPartAt(const QPoint &pos, int *line) const
{
    const QTextCursor cursor = cursorForPosition(QPoint(0, pos.y()));
    *line = cursor.blockNumber() + 1;
    const GutterLayout g = gutterLayout();
    if (pos.x() < g.numberX)
        return lockOnLine(*line) ? GutterPart::Lock : GutterPart::None;
    if (pos.x() >= g.iconX)
        return findingsOnLine(*line).isEmpty() ? GutterPart::None : GutterPart::Finding;
    return GutterPart::LineNumber;
}

QString SqlEditor::gutterToolTip(const QPoint &pos) const
{
    int line = 0;
    switch (gutterPartAt(pos, &line)) {
    case GutterPart::Lock: return lockToolTip(*lockOnLine(line));
    case GutterPart::Finding: return EditorToolTips::findings(findingsOnLine(line), m_quickFixAction->shortcut());
    default: return {};
    }
}

void SqlEditor::gutterClicked(const QPoint &pos, const QPoint &globalPos)
{
    int line = 0;
    const GutterPart part = gutterPartAt(pos, &line);
    if (part == GutterPart::Finding && isAnalysisCurrent()) {
        QList<Finding> fixable;
        for (const Finding &f : findingsOnLine(line))
            if (f.fix)
                fixable << f;
        if (fixable.size() == 1) {
            applyFix(fixable.first());
            return;
        }
        if (!fixable.isEmpty()) {
            showFixMenu(fixable, globalPos);
            return;
        }
    }
    if (part == GutterPart::Lock) {
        QToolTip::showText(globalPos, lockToolTip(*lockOnLine(line)), m_gutter);
        return;
    }
    goToLine(line);
}

// --- text area -------------------------------------------------------------------------

void SqlEditor::paintEvent(QPaintEvent *event)
{
    QPlainTextEdit::paintEvent(event);
    if (analysis().locks.isEmpty())
        return;
    // After the first line of each locking statement, in the lock's colour:
    // "ACCESS EXCLUSIVE on orders · table rewrite · about 1.0M rows".
    QPainter p(viewport());
    QFont small = scaled(font(), 0.9);
    small.setItalic(true);
    p.setFont(small);
    const QPalette pal = palette();
    QTextBlock block = firstVisibleBlock();
    const QPointF offset = contentOffset();
    while (block.isValid()) {
        const QRectF geometry = blockBoundingGeometry(block).translated(offset);
        if (geometry.top() > event->rect().bottom())
            break;
        if (const StatementLock *lock = lockOnLine(block.blockNumber() + 1); lock && block.layout()->lineCount() > 0) {
            const qreal textWidth = block.layout()->lineAt(0).naturalTextWidth();
            const QRectF area(geometry.left() + textWidth + fontMetrics().horizontalAdvance(QStringLiteral("    ")),
                              geometry.top(), viewport()->width(), fontMetrics().height());
            QColor color = LockStyle::color(lock->impact.strongest(), pal);
            color.setAlphaF(0.85f);
            p.setPen(color);
            p.drawText(area, Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("◂ ") + lockAnnotation(*lock));
        }
        block = block.next();
    }
}

bool SqlEditor::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor cursor = cursorForPosition(help->pos());
        QString text = toolTipAt(cursor.position());
        if (text.isEmpty()) {
            // Past the end of a statement's first line: the lock annotation.
            const QTextBlock block = cursor.block();
            if (const StatementLock *lock = lockOnLine(block.blockNumber() + 1);
                lock && cursor.atBlockEnd() && block.layout()->lineCount() > 0
                && help->pos().x() > block.layout()->lineAt(0).naturalTextWidth() + contentOffset().x())
                text = lockToolTip(*lock);
        }
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void SqlEditor::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    QAction *first = menu->actions().value(0);
    QList<Finding> fixable;
    if (isAnalysisCurrent()) {
        const int position = cursorForPosition(event->pos()).position();
        for (const Finding &f : findingsAt(position))
            if (f.fix)
                fixable << f;
        if (fixable.isEmpty())
            for (const Finding &f : findingsOnLine(cursorForPosition(event->pos()).blockNumber() + 1))
                if (f.fix)
                    fixable << f;
    }
    const QList<QAction *> fixes = fixActions(fixable, menu);
    if (!fixes.isEmpty()) {
        fixes.first()->setShortcut(m_quickFixAction->shortcut());
        menu->insertActions(first, fixes);
        menu->insertSeparator(first);
    }
    if (!m_contextActions.isEmpty()) {
        menu->addSeparator();
        menu->addActions(m_contextActions);
    }
    menu->exec(event->globalPos());
    delete menu;
}

void SqlEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setPalette(palette());
        updateExtraSelections();
        m_gutter->update();
    } else if (event->type() == QEvent::FontChange) {
        updateGutterGeometry();
    }
}

} // namespace slipway
