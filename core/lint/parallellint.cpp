#include "parallellint.h"

#include "lintengine.h"
#include "sql/sqlscript.h"

#include <QThread>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace slipway {

QList<QList<Finding>> lintInParallel(const QStringList &texts, const LintOptions &options, int threads)
{
    QList<QList<Finding>> findings(texts.size());
    std::atomic<qsizetype> next{0};
    // Scripts are taken one at a time, so a large file does not leave the other workers idle.
    auto work = [&] {
        LintEngine engine(options);
        engine.setIncremental(false);
        for (qsizetype i = next++; i < texts.size(); i = next++)
            findings[i] = engine.lint(SqlScript::parse(texts.at(i))); // one script alive per worker
    };
    if (threads <= 0)
        threads = QThread::idealThreadCount();
    const qsizetype workers = std::min<qsizetype>(threads, texts.size());
    if (workers <= 1) {
        work();
        return findings;
    }
    std::vector<std::thread> pool;
    for (qsizetype w = 1; w < workers; ++w)
        pool.emplace_back(work);
    work(); // this thread is a worker too
    for (std::thread &t : pool)
        t.join();
    return findings;
}

} // namespace slipway
