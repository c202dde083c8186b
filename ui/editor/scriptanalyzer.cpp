#include "scriptanalyzer.h"
#include "futurecallback.h"

#include "lint/lintengine.h"
#include "lint/touchedtables.h"
#include "sql/sqlscript.h"

#include <QElapsedTimer>
#include <QHash>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace slipway {

struct ScriptAnalyzer::Worker {
    LintEngine engine;
    quint64 optionsGeneration = 0;
    QHash<QString, LockImpact> locks; // statement text -> impact, for serverVersion
    int locksVersion = 0;
};

namespace {

QString summaryOf(const QString &statementText)
{
    QString flat = statementText.simplified();
    if (flat.size() > 80)
        flat = flat.left(77) + QStringLiteral("…");
    return flat;
}

} // namespace

ScriptAnalyzer::ScriptAnalyzer(QObject *parent)
    : QObject(parent)
    , m_worker(std::make_shared<Worker>())
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

ScriptAnalyzer::~ScriptAnalyzer()
{
    m_pool.waitForDone();
}

void ScriptAnalyzer::setOptions(const LintOptions &options)
{
    m_options = options;
    ++m_optionsGeneration;
}

ScriptAnalysis ScriptAnalyzer::run(Worker &worker, const QString &text, const LintOptions &options,
                                   quint64 optionsGeneration)
{
    QElapsedTimer clock;
    clock.start();
    if (worker.optionsGeneration != optionsGeneration) {
        worker.engine.setOptions(options);
        worker.optionsGeneration = optionsGeneration;
    }
    ScriptAnalysis analysis;
    analysis.text = text;
    analysis.serverVersion = options.serverVersion;
    const SqlScript script = SqlScript::parse(text);
    analysis.parseMicroseconds = clock.nsecsElapsed() / 1000;
    analysis.findings = worker.engine.lint(script);
    std::stable_sort(analysis.findings.begin(), analysis.findings.end(),
                     [](const Finding &a, const Finding &b) { return a.range.start < b.range.start; });
    analysis.checkedCount = worker.engine.lastCheckedCount();
    analysis.lintMicroseconds = clock.nsecsElapsed() / 1000 - analysis.parseMicroseconds;

    if (worker.locksVersion != options.serverVersion || worker.locks.size() > 4096) {
        worker.locks.clear();
        worker.locksVersion = options.serverVersion;
    }
    QHash<QString, LockImpact> used;
    for (const SqlStatement &statement : script.statements()) {
        if (statement.error || statement.tree.isEmpty())
            continue;
        LockImpact impact;
        auto cached = worker.locks.constFind(statement.text);
        if (cached != worker.locks.constEnd())
            impact = *cached;
        else
            impact = LockClassifier::classify(statement, options.serverVersion);
        used.insert(statement.text, impact);
        if (impact.locks.isEmpty())
            continue;
        analysis.locks.append(StatementLock{statement.index, statement.range, summaryOf(statement.text), impact});
    }
    worker.locks = std::move(used);
    analysis.statementCount = int(script.statements().size());
    analysis.touchedTables = touchedTables(script);
    analysis.totalMicroseconds = clock.nsecsElapsed() / 1000;
    return analysis;
}

void ScriptAnalyzer::analyze(const QString &text)
{
    m_lastText = text;
    const quint64 generation = ++m_generation;
    ++m_pending;
    onFinished(this, QtConcurrent::run(&m_pool,
                      [worker = m_worker, text, options = m_options, optionsGeneration = m_optionsGeneration,
                       generation] {
                          ScriptAnalysis analysis = run(*worker, text, options, optionsGeneration);
                          analysis.generation = generation;
                          return analysis;
                      }), [this](ScriptAnalysis analysis) {
            --m_pending;
            if (analysis.generation != m_generation)
                return; // a newer text is on its way
            m_current = std::move(analysis);
            emit analyzed(m_current);
        });
}

} // namespace slipway
