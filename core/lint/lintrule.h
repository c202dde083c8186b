#pragma once

#include "finding.h"

#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace slipway {

class StatementContext;

// One check. Rules are stateless: everything they know comes from the context.
class LintRule {
public:
    virtual ~LintRule() = default;
    virtual QString id() const = 0;          // squawk's name where squawk has the rule
    virtual QString summary() const = 0;     // one line for rule lists
    virtual Severity defaultSeverity() const { return Severity::Warning; }
    virtual bool enabledByDefault() const { return true; }
    // Appends findings for ctx's statement.
    virtual void check(const StatementContext &ctx, QList<Finding> &out) const = 0;

protected:
    // A finding of this rule at its default severity.
    Finding make(const StatementContext &ctx, const TextRange &range, const QString &message,
                 const QString &explanation, const QString &help) const;
    // For a finding whose harm grows with the table: with live sizes, a small
    // table (< 100K rows) lowers it to a hint, a large one (> 10M rows) raises
    // it to an error, and the message says how big the table is.
    void scaleWithTable(const StatementContext &ctx, const QString &table, Finding &finding) const;
};

using LintRules = std::vector<std::unique_ptr<LintRule>>;

// The rule sets; each lists its rules in one place.
LintRules squawkRules();           // parity with squawk 2.x, same names
LintRules strongMigrationsRules();  // checks strong_migrations has and squawk lacks

} // namespace slipway
