#pragma once

#include "lint/finding.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace slipway {

// What the reporters format: each linted file with its text and findings.
// Unreadable files and syntax errors are findings too (severity error), so
// every reporter and the exit code treat them alike.
struct FileReport {
    QString path;           // as the user named it
    QString text;           // the source (empty when unreadable)
    QList<Finding> findings; // in source order
};

// A rule as the rule list and SARIF describe it.
struct RuleDescription {
    QString id;
    QString summary;
    Severity severity = Severity::Warning;
    bool enabledByDefault = true;
};

// The pseudo-rule of a file that could not be read.
inline QString unreadableFileRule() { return QStringLiteral("unreadable-file"); }

// The finding that says a file could not be read.
Finding unreadableFileFinding(const QString &reason);

// How many findings are at or above `threshold`.
int countAtOrAbove(const QList<FileReport> &files, Severity threshold);
int findingCount(const QList<FileReport> &files);

// One-based line/column span of a finding, made safe for reports: at least
// line 1, column 1; endColumn is exclusive (one past the last character).
struct ReportSpan {
    int startLine = 1;
    int startColumn = 1;
    int endLine = 1;
    int endColumn = 1;
};
ReportSpan reportSpan(const Finding &finding);

// The lines of a text, without line terminators.
QStringList sourceLines(const QString &text);

} // namespace slipway
