#pragma once

#include "sql/sourcetext.h"

#include <QList>
#include <QString>

#include <optional>

namespace slipway {

enum class Severity { Hint, Warning, Error };
QString severityName(Severity severity);           // "hint", "warning", "error" (stable, for reports)
std::optional<Severity> severityFromName(const QString &name);

// Replace the characters [start, end) of the script with replacement.
struct TextEdit {
    int start = 0;
    int end = 0;
    QString replacement;
};

// A quick fix: edits applied together, as one undoable step.
struct Fix {
    QString title;         // "Create the index CONCURRENTLY"
    QList<TextEdit> edits; // non-overlapping, any order
};

// One problem a rule found in one statement.
struct Finding {
    QString rule;           // squawk's rule name where squawk has the rule
    Severity severity = Severity::Warning;
    TextRange range;        // in the script
    int statementIndex = -1;
    QString message;        // what is wrong here, specific to this statement and table
    QString explanation;    // why it is dangerous
    QString help;           // the safe way to write it
    std::optional<Fix> fix;
};

// Applies a fix's edits to text (used by the CLI, tests and the editor).
QString applyFix(const QString &text, const Fix &fix);

} // namespace slipway
