#include "abortwatch.h"

#include <QCommandLineParser>
#include <QMetaObject>
#include <QTextStream>

namespace slipway::cli {

namespace {

constexpr int kOwnRollbacksMs = 7000; // the sampler's error-rate window plus the statistics' flush

bool readNumber(const QCommandLineParser &parser, const QString &name, double *into)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || value < 0)
        return false;
    *into = value;
    return true;
}

} // namespace

QList<QCommandLineOption> AbortWatch::options()
{
    return {QCommandLineOption(QStringLiteral("replica"), QString(), QStringLiteral("conn")),
            QCommandLineOption(QStringLiteral("abort-lag"), QString(), QStringLiteral("S")),
            QCommandLineOption(QStringLiteral("abort-lock-wait"), QString(), QStringLiteral("S")),
            QCommandLineOption(QStringLiteral("abort-error-rate"), QString(), QStringLiteral("P")),
            QCommandLineOption(QStringLiteral("max-lag"), QString(), QStringLiteral("S")),
            QCommandLineOption(QStringLiteral("max-lock-wait"), QString(), QStringLiteral("S")),
            QCommandLineOption(QStringLiteral("no-monitor"))};
}

QString AbortWatch::optionsHelp()
{
    return tr("  --abort-lag S           stop the run when a replica lags more than S seconds (default 30)\n"
              "  --abort-lock-wait S     stop the run when a session waits for a lock longer than S seconds\n"
              "                          (default 60)\n"
              "  --abort-error-rate P    stop the run when more than P % of the database's transactions\n"
              "                          roll back (default 5; not counted in a dry run)\n"
              "  --max-lag S             with --plan: hold its backfill steps' batches while a replica lags\n"
              "                          more than S seconds (default 10)\n"
              "  --max-lock-wait S       with --plan: hold them while a session waits for a lock longer\n"
              "                          than S seconds (default 20)\n"
              "  --replica <conn>        also read the replay delay on this standby\n"
              "  --no-monitor            no monitor, no abort policy\n");
}

bool AbortWatch::configure(const QCommandLineParser &parser, QString *error)
{
    m_enabled = !parser.isSet(QStringLiteral("no-monitor"));
    if (readNumber(parser, QStringLiteral("abort-lag"), &m_thresholds.lagAbortSeconds)
        && readNumber(parser, QStringLiteral("abort-lock-wait"), &m_thresholds.lockWaitAbortSeconds)
        && readNumber(parser, QStringLiteral("abort-error-rate"), &m_thresholds.errorRateAbortPercent)
        && readNumber(parser, QStringLiteral("max-lag"), &m_thresholds.lagThrottleSeconds)
        && readNumber(parser, QStringLiteral("max-lock-wait"), &m_thresholds.lockWaitThrottleSeconds))
        return true;
    *error = tr("--abort-lag, --abort-lock-wait, --abort-error-rate, --max-lag and --max-lock-wait need a "
                "number >= 0.");
    return false;
}

bool AbortWatch::throttleThresholdsGiven(const QCommandLineParser &parser) const
{
    return parser.isSet(QStringLiteral("max-lag")) || parser.isSet(QStringLiteral("max-lock-wait"));
}

QString AbortWatch::replicaName(const QCommandLineParser &parser) const
{
    return parser.value(QStringLiteral("replica"));
}

void AbortWatch::start(const QString &conninfo, const QString &replicaConninfo, bool dryRun, DecisionSink decide)
{
    if (!m_enabled)
        return;
    AbortThresholds thresholds = m_thresholds;
    if (dryRun)
        thresholds.errorRateAbortPercent = thresholds.errorRateThrottlePercent = 0; // a dry run rolls back by design
    if (!m_throttling) // statements are not throttled: only the abort levels matter
        thresholds.lagThrottleSeconds = thresholds.lockWaitThrottleSeconds = thresholds.errorRateThrottlePercent = 0;
    m_monitor.policy()->setThresholds(thresholds);
    QObject::connect(&m_monitor, &Monitor::decided, &m_monitor, [this, decide](const PolicyDecision &decision) {
        if (m_abort)
            return;
        QTextStream err(stderr);
        switch (decision.action) {
        case PolicyDecision::Action::Abort:
            m_abort = decision;
            err << tr("Aborted by the monitor: %1").arg(decision.reason) << Qt::endl;
            break;
        case PolicyDecision::Action::Throttle:
        case PolicyDecision::Action::Resume: // the reason starts with "Throttle:" or "Resume:"
            err << tr("Monitor: %1").arg(decision.reason) << Qt::endl;
            break;
        }
        decide(decision);
    });
    m_monitor.start(conninfo, replicaConninfo);
}

void AbortWatch::stop()
{
    if (m_enabled)
        m_monitor.stop();
}

void AbortWatch::excuseOwnRollbacks()
{
    QMetaObject::invokeMethod(&m_monitor, [this] { m_monitor.policy()->excuseOwnRollbacks(kOwnRollbacksMs); },
                              Qt::QueuedConnection);
}

} // namespace slipway::cli
