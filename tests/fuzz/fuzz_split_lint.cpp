// libFuzzer target over the review path: split + parse (SqlScript), lock
// classification and every lint rule, with offsets checked against the text.
// Build: cmake -DSLIPWAY_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang ...
// Run:   fuzz_split_lint NEW_CORPUS_DIR resources/demo/migrations tests/data/lint -max_total_time=600
#include "lint/lintengine.h"
#include "sql/lockimpact.h"
#include "sql/sqlscript.h"

#include <cstdint>
#include <cstdlib>

using namespace slipway;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const SqlScript script = SqlScript::parse(text);
    const int length = int(script.source().text().size());
    for (const SqlStatement &statement : script.statements()) {
        if (statement.range.start < 0 || statement.range.end > length || statement.range.start > statement.range.end)
            std::abort();
        if (script.source().text().mid(statement.range.start, statement.range.end - statement.range.start) != statement.text)
            std::abort();
        LockClassifier::classify(statement, 150000);
        LockClassifier::classify(statement, 100000);
    }
    static LintEngine engine; // shared: exercises the incremental cache too
    for (const Finding &finding : engine.lint(script)) {
        if (finding.range.start < 0 || finding.range.end > length || finding.range.start > finding.range.end)
            std::abort();
        if (finding.fix) {
            for (const TextEdit &edit : finding.fix->edits) {
                if (edit.start < 0 || edit.end > length || edit.start > edit.end)
                    std::abort();
            }
            SqlScript::parse(applyFix(text, *finding.fix));
        }
    }
    return 0;
}
