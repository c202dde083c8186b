#pragma once

#include "lint/lintoptions.h"
#include "scriptanalysis.h"

#include <QObject>
#include <QThreadPool>

#include <memory>

namespace slipway {

// Parses, lints and lock-classifies the editor's text on a worker thread (one
// at a time, in order), so typing never waits for it. The lint engine lives
// with the worker and keeps its per-statement cache between runs, so only the
// statements an edit changed are checked again. Every request bumps a
// generation; a result that is not the newest is dropped.
class ScriptAnalyzer : public QObject {
    Q_OBJECT

public:
    explicit ScriptAnalyzer(QObject *parent = nullptr);
    ~ScriptAnalyzer() override; // waits for the running analysis (never a database)

    // Server version and live table sizes; the next analysis uses them and
    // checks every statement again.
    void setOptions(const LintOptions &options);
    const LintOptions &options() const { return m_options; }

    // Starts an analysis of text now; analyzed() follows unless a newer one was asked for.
    void analyze(const QString &text);
    // Analyses again with the same text (after setOptions()).
    void reanalyze() { analyze(m_lastText); }

    const ScriptAnalysis &current() const { return m_current; }
    bool isBusy() const { return m_pending > 0; }
    quint64 generation() const { return m_generation; }

    // The work itself, on whatever thread calls it (used by the worker and benchmarks).
    struct Worker;
    static ScriptAnalysis run(Worker &worker, const QString &text, const LintOptions &options, quint64 optionsGeneration);

signals:
    void analyzed(const slipway::ScriptAnalysis &analysis);

private:
    LintOptions m_options;
    quint64 m_optionsGeneration = 0;
    quint64 m_generation = 0;
    int m_pending = 0;
    QString m_lastText;
    ScriptAnalysis m_current;
    std::shared_ptr<Worker> m_worker;
    QThreadPool m_pool; // one thread: analyses run in order, one at a time
};

} // namespace slipway
