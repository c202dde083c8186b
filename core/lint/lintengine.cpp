#include "lintengine.h"

#include "scriptstate.h"
#include "sql/lockimpact.h"
#include "sql/sqlscript.h"
#include "statementcontext.h"

#include <QRegularExpression>

namespace slipway {

namespace {

struct Suppression {
    bool all = false;
    QSet<QString> rules;
    bool covers(const QString &rule) const { return all || rules.contains(rule); }
};

// "-- squawk-ignore a, b" / "/* slipway-ignore a */" -> {a, b}; `file` selects the -file form.
std::optional<Suppression> parseSuppression(const QString &comment, bool file)
{
    static const QRegularExpression statementForm(
        QStringLiteral(R"((?:squawk|slipway)-ignore(?!-file)\b([^\n*]*))"));
    static const QRegularExpression fileForm(QStringLiteral(R"((?:squawk|slipway)-ignore-file\b([^\n*]*))"));
    const QRegularExpressionMatch match = (file ? fileForm : statementForm).match(comment);
    if (!match.hasMatch())
        return std::nullopt;
    Suppression suppression;
    const QStringList names = match.captured(1).split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    for (const QString &name : names)
        suppression.rules.insert(LintEngine::canonicalRuleName(name.trimmed()));
    suppression.all = suppression.rules.isEmpty();
    return suppression;
}

// Ranges and fix edits relative to the statement start, so cached findings
// survive edits elsewhere in the file.
Finding toRelative(Finding f, int statementStart)
{
    f.range.start -= statementStart;
    f.range.end -= statementStart;
    if (f.fix) {
        for (TextEdit &edit : f.fix->edits) {
            edit.start -= statementStart;
            edit.end -= statementStart;
        }
    }
    return f;
}

Finding toAbsolute(Finding f, int statementStart, int statementIndex, const SourceText &source)
{
    f.range = source.rangeFromChars(f.range.start + statementStart, f.range.end + statementStart);
    f.statementIndex = statementIndex;
    if (f.fix) {
        for (TextEdit &edit : f.fix->edits) {
            edit.start += statementStart;
            edit.end += statementStart;
        }
    }
    return f;
}

} // namespace

LintEngine::LintEngine(LintOptions options)
    : m_options(std::move(options))
{
    m_rules = squawkRules();
    for (auto &rule : strongMigrationsRules())
        m_rules.push_back(std::move(rule));
}

void LintEngine::setOptions(const LintOptions &options)
{
    m_options = options;
    m_cache.clear();
}

void LintEngine::setIncremental(bool incremental)
{
    m_incremental = incremental;
    m_cache.clear();
}

const LintRule *LintEngine::rule(const QString &id) const
{
    for (const auto &rule : m_rules) {
        if (rule->id() == id)
            return rule.get();
    }
    return nullptr;
}

QString LintEngine::canonicalRuleName(const QString &name)
{
    // squawk accepts both spellings and reports the second.
    if (name == QLatin1String("prefer-timestamptz"))
        return QStringLiteral("prefer-timestamp-tz");
    return name;
}

bool LintEngine::isEnabled(const LintRule &rule) const
{
    const auto listed = [&](const QSet<QString> &names) {
        for (const QString &name : names) {
            if (canonicalRuleName(name) == rule.id())
                return true;
        }
        return false;
    };
    if (listed(m_options.excludedRules))
        return false;
    return rule.enabledByDefault() || listed(m_options.includedRules);
}

QList<Finding> LintEngine::lint(const SqlScript &script)
{
    m_lastChecked = 0;
    QList<Finding> out;

    Suppression fileSuppression;
    for (const SqlToken &token : script.tokens()) {
        if (!token.isComment())
            continue;
        const QByteArrayView bytes = QByteArrayView(script.source().utf8()).sliced(token.byteStart, token.byteEnd - token.byteStart);
        if (!bytes.contains("-ignore-file"))
            continue; // most comments are prose: no conversion, no regex
        if (auto s = parseSuppression(QString::fromUtf8(bytes), true)) {
            fileSuppression.all = fileSuppression.all || s->all;
            fileSuppression.rules.unite(s->rules);
        }
    }

    // The rules switched on, worked out once per file rather than per statement.
    std::vector<const LintRule *> enabled;
    enabled.reserve(m_rules.size());
    for (const auto &rule : m_rules) {
        if (isEnabled(*rule))
            enabled.push_back(rule.get());
    }

    ScriptState state;
    state.inTransaction = m_options.assumeInTransaction;
    QString fingerprint = m_incremental ? state.fingerprint() : QString();
    QHash<QString, CachedStatement> used;
    for (const SqlStatement &statement : script.statements()) {
        Suppression suppression = fileSuppression;
        for (const QString &comment : statement.leadingComments) {
            if (!comment.contains(QLatin1String("-ignore")))
                continue;
            if (auto s = parseSuppression(comment, false)) {
                suppression.all = suppression.all || s->all;
                suppression.rules.unite(s->rules);
            }
        }

        QList<Finding> findings;
        bool advanced = false;
        if (statement.error) {
            Finding f;
            f.rule = syntaxErrorRule();
            f.severity = Severity::Error;
            f.range = statement.error->range;
            f.statementIndex = statement.index;
            f.message = statement.error->message;
            f.explanation = tr("PostgreSQL will reject this statement; nothing after it in the same transaction runs.");
            findings << f;
        } else {
            // Some rules look at the file as a whole (is this the last statement,
            // is it the only one), so that is part of the key too.
            const int count = int(script.statements().size());
            QString key;
            auto cached = m_cache.constEnd();
            if (m_incremental) {
                key = statement.text + QChar(0x1f) + fingerprint + QChar(0x1f) + QString::number(int(count == 1))
                      + QString::number(int(statement.index == count - 1));
                cached = m_cache.constFind(key);
            }
            QList<Finding> relative;
            if (cached != m_cache.constEnd()) {
                // Same text after the same state: same findings, same state after it.
                relative = cached->findings;
                state = cached->next;
                fingerprint = cached->nextFingerprint;
                used.insert(key, *cached);
            } else {
                ++m_lastChecked;
                const LockImpact impact = LockClassifier::classify(statement, m_options.serverVersion);
                const StatementContext ctx(script, statement, impact, state, m_options);
                QList<Finding> found;
                for (const LintRule *rule : enabled) {
                    const qsizetype before = found.size();
                    rule->check(ctx, found);
                    for (qsizetype i = before; i < found.size(); ++i)
                        found[i].rule = rule->id();
                }
                for (const Finding &f : found)
                    relative << toRelative(f, statement.range.start);
                state.advance(statement, m_options);
                if (m_incremental) {
                    fingerprint = state.fingerprint();
                    used.insert(key, CachedStatement{relative, state, fingerprint});
                }
            }
            advanced = true;
            for (const Finding &f : relative)
                findings << toAbsolute(f, statement.range.start, statement.index, script.source());
        }
        for (const Finding &f : findings) {
            if (f.rule != syntaxErrorRule() && suppression.covers(f.rule))
                continue;
            out << f;
        }
        if (!advanced) {
            state.advance(statement, m_options);
            if (m_incremental)
                fingerprint = state.fingerprint();
        }
    }
    m_cache = used; // keep what the current text uses; memory stays bounded by the file
    return out;
}

} // namespace slipway
