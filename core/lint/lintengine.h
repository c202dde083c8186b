#pragma once

#include "finding.h"
#include "lintoptions.h"
#include "lintrule.h"
#include "scriptstate.h"

#include <QCoreApplication>
#include <QHash>

namespace slipway {

class SqlScript;

// Runs the rules over a script. Incremental: findings are cached per statement
// (its text and what the statements before it established), so after an edit
// only changed statements are checked again. Honors suppression comments:
// `-- squawk-ignore rule[, rule]` (or `-- slipway-ignore`) before a statement,
// `-- squawk-ignore-file [rule, ...]` (or `-- slipway-ignore-file`) anywhere.
class LintEngine {
    Q_DECLARE_TR_FUNCTIONS(LintEngine)

public:
    explicit LintEngine(LintOptions options = {});

    const LintOptions &options() const { return m_options; }
    void setOptions(const LintOptions &options); // drops the cache
    void clearCache() { m_cache.clear(); }
    // On by default (the editor re-lints on every edit). A one-shot caller such
    // as `slipway-cli lint` turns it off: no per-statement cache key, state
    // fingerprint or cached copy of the findings is made.
    void setIncremental(bool incremental);

    QList<Finding> lint(const SqlScript &script);
    int lastCheckedCount() const { return m_lastChecked; } // statements checked (not cached) by the last lint()

    const LintRules &rules() const { return m_rules; }
    const LintRule *rule(const QString &id) const;
    bool isEnabled(const LintRule &rule) const;

    static QString syntaxErrorRule() { return QStringLiteral("syntax-error"); }
    // Rule names as written by users, in the spelling the rules use ("prefer-timestamptz" -> "prefer-timestamp-tz").
    static QString canonicalRuleName(const QString &name);

private:

    // What one statement gave, by its text and the state before it.
    struct CachedStatement {
        QList<Finding> findings; // ranges relative to the statement
        ScriptState next;        // the state after it
        QString nextFingerprint;
    };

    LintOptions m_options;
    LintRules m_rules;
    QHash<QString, CachedStatement> m_cache;
    int m_lastChecked = 0;
    bool m_incremental = true;
};

} // namespace slipway
