#include "pastrunsdialog.h"

#include "futurecallback.h"
#include "monitor/monitorview.h"

#include "monitor/monitor.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace slipway {

namespace {

constexpr qint64 kMarginMs = 60 * 1000; // charts show a minute before and after a run

// A store of its own on the worker thread (Qt Sql connections are per thread).
template<typename T, typename F>
QFuture<T> readStore(const QString &path, F read)
{
    return QtConcurrent::run([path, read]() -> T {
        LocalStore store(path);
        if (!store.open())
            return T{};
        return read(store);
    });
}

// The end of a run's time: when it finished, else its last log line (a run
// the app did not see to the end), else a few minutes after its start.
QDateTime endOf(const LocalStore::RunLogEntry &run, const QList<LocalStore::RunLogLine> &log)
{
    if (run.finishedAt.isValid())
        return run.finishedAt;
    if (!log.isEmpty() && log.last().at.isValid())
        return log.last().at;
    return run.startedAt.addSecs(5 * 60);
}

QString durationText(qint64 ms)
{
    if (ms < 1000)
        return PastRunsDialog::tr("%1 ms").arg(ms);
    if (ms < 120 * 1000)
        return PastRunsDialog::tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
    if (ms < 120 * 60 * 1000)
        return PastRunsDialog::tr("%1 min").arg(ms / 60000);
    return PastRunsDialog::tr("%1 h %2 min").arg(ms / 3600000).arg((ms / 60000) % 60);
}

// Words and an icon for a status (colour is never the only signal).
QPair<QString, QStyle::StandardPixmap> statusLook(const QString &status)
{
    using P = QPair<QString, QStyle::StandardPixmap>;
    if (status == QLatin1String("succeeded"))
        return P(PastRunsDialog::tr("succeeded"), QStyle::SP_DialogApplyButton);
    if (status == QLatin1String("failed"))
        return P(PastRunsDialog::tr("failed"), QStyle::SP_MessageBoxCritical);
    if (status == QLatin1String("aborted"))
        return P(PastRunsDialog::tr("aborted"), QStyle::SP_BrowserStop);
    if (status == QLatin1String("running"))
        return P(PastRunsDialog::tr("did not finish"), QStyle::SP_MessageBoxWarning);
    if (status == QLatin1String("monitored"))
        return P(PastRunsDialog::tr("monitored"), QStyle::SP_ComputerIcon);
    return P(status, QStyle::SP_MessageBoxInformation);
}

QPair<QString, QStyle::StandardPixmap> levelLook(const QString &level)
{
    using P = QPair<QString, QStyle::StandardPixmap>;
    if (level == QLatin1String("error"))
        return P(PastRunsDialog::tr("error"), QStyle::SP_MessageBoxCritical);
    if (level == QLatin1String("warning"))
        return P(PastRunsDialog::tr("warning"), QStyle::SP_MessageBoxWarning);
    if (level == QLatin1String("ok"))
        return P(PastRunsDialog::tr("ok"), QStyle::SP_DialogApplyButton);
    return P(PastRunsDialog::tr("info"), QStyle::SP_MessageBoxInformation);
}

} // namespace

PastRunsDialog::PastRunsDialog(const QString &storePath, const AbortThresholds &thresholds, QWidget *parent)
    : QDialog(parent)
    , m_storePath(storePath)
    , m_runs(new QTreeWidget(this))
    , m_heading(new QLabel(this))
    , m_log(new QTreeWidget(this))
    , m_monitor(new Monitor(this))
{
    setWindowTitle(tr("Past Runs"));
    m_monitor->policy()->setThresholds(thresholds);
    m_charts = new MonitorView(m_monitor, MonitorView::Mode::Review, nullptr, this);

    m_runs->setObjectName(QStringLiteral("pastRunsList"));
    m_runs->setAccessibleName(tr("Past runs"));
    m_runs->setHeaderLabels({tr("Started"), tr("What"), tr("Status"), tr("Took"), tr("Where")});
    m_runs->setRootIsDecorated(false);
    m_runs->setUniformRowHeights(true);
    m_runs->setAlternatingRowColors(true);
    m_runs->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_runs->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_runs->header()->resizeSection(1, 190);
    m_runs->setTextElideMode(Qt::ElideMiddle);

    m_heading->setObjectName(QStringLiteral("pastRunHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_log->setObjectName(QStringLiteral("pastRunLog"));
    m_log->setAccessibleName(tr("Run log"));
    m_log->setHeaderLabels({tr("Time"), tr("Severity"), tr("What happened")});
    m_log->setRootIsDecorated(false);
    m_log->setUniformRowHeights(true);
    m_log->setAlternatingRowColors(true);
    m_log->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_log->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *runLabel = new QLabel(tr("&Runs and monitoring sessions, newest first:"), this);
    runLabel->setBuddy(m_runs);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(runLabel);
    leftLayout->addWidget(m_runs, 1);

    auto *right = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(right);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_heading);
    topLayout->addWidget(m_log, 1);
    right->addWidget(top);
    right->addWidget(m_charts);
    right->setStretchFactor(0, 2);
    right->setStretchFactor(1, 3);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({430, 970});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *refresh = buttons->addButton(tr("Re&fresh"), QDialogButtonBox::ActionRole);
    connect(refresh, &QPushButton::clicked, this, &PastRunsDialog::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(1400, 900);

    connect(m_runs, &QTreeWidget::currentItemChanged, this, &PastRunsDialog::runSelected);
    m_heading->setText(tr("Choose a run to see its log and the monitor's charts of its time."));
    reload();
}

PastRunsDialog::~PastRunsDialog() = default;

void PastRunsDialog::reload()
{
    ++m_loading;
    onFinished(this, readStore<QList<LocalStore::RunLogEntry>>(m_storePath, [](LocalStore &store) {
                   return store.runs(500);
               }),
               [this](const QList<LocalStore::RunLogEntry> &runs) {
                   --m_loading;
                   showRuns(runs);
                   emit loaded();
               });
}

void PastRunsDialog::selectRun(qint64 runId)
{
    for (int i = 0; i < m_runs->topLevelItemCount(); ++i) {
        if (m_runs->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == runId) {
            m_runs->setCurrentItem(m_runs->topLevelItem(i));
            return;
        }
    }
    m_pendingSelection = runId; // not listed yet
}

void PastRunsDialog::showRuns(const QList<LocalStore::RunLogEntry> &runs)
{
    const qint64 current = m_runs->currentItem() ? m_runs->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
    m_entries = runs;
    m_runs->clear();
    const QLocale locale;
    for (const LocalStore::RunLogEntry &run : runs) {
        const auto look = statusLook(run.status);
        const QString took = run.finishedAt.isValid() ? durationText(run.startedAt.msecsTo(run.finishedAt)) : QString();
        auto *item = new QTreeWidgetItem(m_runs, {locale.toString(run.startedAt.toLocalTime(), QLocale::ShortFormat),
                                                  run.title, look.first, took, run.target});
        item->setIcon(2, style()->standardIcon(look.second));
        item->setData(0, Qt::UserRole, run.id);
        item->setToolTip(1, run.title);
    }
    if (runs.isEmpty())
        m_heading->setText(tr("No runs recorded yet: runs from the Run tab and monitoring sessions are kept here."));
    selectRun(m_pendingSelection ? m_pendingSelection : current);
    m_pendingSelection = 0;
}

void PastRunsDialog::runSelected()
{
    QTreeWidgetItem *item = m_runs->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    const auto found = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                    [id](const LocalStore::RunLogEntry &e) { return e.id == id; });
    if (found == m_entries.cend())
        return;
    const LocalStore::RunLogEntry run = *found;
    ++m_loading;
    onFinished(this, readStore<RunDetail>(m_storePath, [run](LocalStore &store) {
                   RunDetail detail;
                   detail.log = store.runLog(run.id);
                   const QDateTime end = endOf(run, detail.log);
                   detail.points = store.recordedSeries(run.target, run.startedAt.addMSecs(-kMarginMs),
                                                        end.addMSecs(kMarginMs));
                   return detail;
               }),
               [this, run](const RunDetail &detail) {
                   --m_loading;
                   // Only the run still selected (the user may have moved on).
                   if (m_runs->currentItem() && m_runs->currentItem()->data(0, Qt::UserRole).toLongLong() == run.id)
                       showRun(run, detail);
                   emit loaded();
               });
}

void PastRunsDialog::showRun(const LocalStore::RunLogEntry &run, const RunDetail &detail)
{
    const QLocale locale;
    const QDateTime end = endOf(run, detail.log);
    const auto look = statusLook(run.status);
    m_heading->setText(tr("<b>%1</b> on %2: %3, %4 to %5")
                           .arg(run.title.toHtmlEscaped(), run.target.toHtmlEscaped(), look.first,
                                locale.toString(run.startedAt.toLocalTime(), QLocale::ShortFormat),
                                locale.toString(end.toLocalTime().time(), QLocale::ShortFormat)));

    m_log->clear();
    for (const LocalStore::RunLogLine &line : detail.log) {
        const auto level = levelLook(line.level);
        auto *item = new QTreeWidgetItem(m_log, {line.at.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")),
                                                 level.first, line.message});
        item->setIcon(1, style()->standardIcon(level.second));
        item->setToolTip(2, line.message);
    }
    if (detail.log.isEmpty() && run.status != QLatin1String("monitored"))
        new QTreeWidgetItem(m_log, {QString(), QString(), tr("No log lines were kept for this run.")});

    m_monitor->clear();
    for (const LocalStore::SeriesPointRow &point : detail.points)
        m_monitor->addRecorded(point.series, point.at.toMSecsSinceEpoch(), point.value);
    const qint64 spanSeconds = (run.startedAt.msecsTo(end) + 2 * kMarginMs) / 1000;
    int window = 60;
    for (const int option : {60, 300, 900, 3600, 6 * 3600}) {
        window = option;
        if (option >= spanSeconds)
            break;
    }
    m_charts->setCaption(detail.points.isEmpty()
                             ? tr("The monitor recorded nothing on %1 at that time.").arg(run.target.toHtmlEscaped())
                             : tr("Recorded by the monitor on %1: %n point(s), a minute before and after the run.",
                                  nullptr, int(detail.points.size()))
                                   .arg(run.target.toHtmlEscaped()));
    m_charts->setWindowSeconds(window);
}

} // namespace slipway
