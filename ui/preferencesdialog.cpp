#include "preferencesdialog.h"

#include "monitor/sampler.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace slipway {

namespace {

QSpinBox *spin(const char *name, int minimum, int maximum, int step, const QString &suffix,
               const QString &zeroText = {})
{
    auto *box = new QSpinBox;
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(minimum, maximum);
    box->setSingleStep(step);
    box->setSuffix(suffix);
    box->setSpecialValueText(zeroText);
    box->setAlignment(Qt::AlignRight);
    return box;
}

QDoubleSpinBox *seconds(const char *name, const QString &suffix)
{
    auto *box = new QDoubleSpinBox;
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(0.5, 86400);
    box->setDecimals(1);
    box->setSingleStep(1);
    box->setSuffix(suffix);
    box->setAlignment(Qt::AlignRight);
    return box;
}

} // namespace

PreferencesDialog::PreferencesDialog(const Preferences &preferences, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    setMinimumWidth(560);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("preferencesTabs"));
    tabs->addTab(executionPage(), tr("&Execution"));
    tabs->addTab(backfillPage(), tr("&Backfill"));
    tabs->addTab(monitorPage(), tr("&Monitor"));
    tabs->addTab(appearancePage(), tr("Editor && &Language"));

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("preferencesProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setAccessibleName(tr("Problem with the preferences"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                         | QDialogButtonBox::RestoreDefaults,
                                     this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        Preferences defaults;
        defaults.language = m_language->currentData().toString(); // a language change needs a restart: keep it
        setPreferences(defaults);
    });

    m_problemIcon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_problemIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_problemIcon->setAlignment(Qt::AlignTop);
    auto *problemRow = new QHBoxLayout;
    problemRow->addWidget(m_problemIcon);
    problemRow->addWidget(m_problem, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addLayout(problemRow);
    layout->addWidget(m_buttons);

    setPreferences(preferences);
    const auto changed = [this] { revalidate(); };
    for (QSpinBox *box : findChildren<QSpinBox *>())
        connect(box, &QSpinBox::valueChanged, this, changed);
    for (QDoubleSpinBox *box : findChildren<QDoubleSpinBox *>())
        connect(box, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_fontChoice, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_font->setEnabled(index == 1);
        m_fontSize->setEnabled(index == 1);
    });
    revalidate();
}

void PreferencesDialog::addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &tip)
{
    auto *text = new QLabel(label);
    text->setBuddy(field);
    field->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    field->setToolTip(tip);
    field->setAccessibleDescription(tip);
    form->addRow(text, field);
}

QWidget *PreferencesDialog::executionPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_lockTimeout = spin("lockTimeout", 0, 600000, 500, tr(" ms"), tr("none"));
    m_statementTimeout = spin("statementTimeout", 0, 86400000, 1000, tr(" ms"), tr("none"));
    m_retries = spin("lockRetries", 0, 100, 1, QString(), tr("no retry"));
    addRow(form, tr("&Lock timeout:"), m_lockTimeout,
           tr("SET lock_timeout before each statement: how long application queries may queue behind a "
              "migration's lock request before it gives up (and retries)."));
    addRow(form, tr("&Statement timeout:"), m_statementTimeout,
           tr("SET statement_timeout before each statement (CONCURRENTLY index builds are not limited)."));
    addRow(form, tr("&Retries after a lock timeout:"), m_retries,
           tr("How many times a statement that timed out waiting for its lock is tried again, with backoff."));
    return page;
}

QWidget *PreferencesDialog::backfillPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_batchTarget = spin("batchTarget", 10, 60000, 50, tr(" ms"));
    m_batchPause = spin("batchPause", 0, 60000, 50, tr(" ms"), tr("none"));
    addRow(form, tr("Batch &target duration:"), m_batchTarget,
           tr("Batch sizes adapt so that each batch's transaction takes about this long."));
    addRow(form, tr("&Pause between batches:"), m_batchPause,
           tr("Time left to the application (and to the replicas) between two batches."));
    return page;
}

QWidget *PreferencesDialog::monitorPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_sampling = spin("samplingInterval", Sampler::kMinimumIntervalMs, 60000, 250, tr(" ms"));
    m_lagThrottle = seconds("lagThrottle", tr(" s"));
    m_lagAbort = seconds("lagAbort", tr(" s"));
    m_lockWaitThrottle = seconds("lockWaitThrottle", tr(" s"));
    m_lockWaitAbort = seconds("lockWaitAbort", tr(" s"));
    m_errorThrottle = seconds("errorRateThrottle", tr(" %"));
    m_errorThrottle->setRange(0.1, 100);
    m_errorAbort = seconds("errorRateAbort", tr(" %"));
    m_errorAbort->setRange(0.1, 100);
    m_errorVolume = spin("errorRateMinTransactions", 1, 1000000, 10, tr(" transactions"));
    addRow(form, tr("Sampling &interval:"), m_sampling,
           tr("How often the monitor reads lock waits, replication lag, progress and activity."));
    addRow(form, tr("Replication lag: &throttle above:"), m_lagThrottle,
           tr("A backfill slows down while the largest replica lag is above this."));
    addRow(form, tr("Replication lag: &abort above:"), m_lagAbort,
           tr("A run or backfill stops when the replica lag goes above this."));
    addRow(form, tr("Lock wait: t&hrottle above:"), m_lockWaitThrottle,
           tr("A backfill slows down while some session has waited for a lock longer than this."));
    addRow(form, tr("Lock wait: a&bort above:"), m_lockWaitAbort,
           tr("A run or backfill stops when some session has waited for a lock longer than this."));
    addRow(form, tr("Error rate: thr&ottle above:"), m_errorThrottle,
           tr("A backfill slows down while this share of the database's transactions ends in a rollback "
              "(over the last few seconds)."));
    addRow(form, tr("Error rate: abort abo&ve:"), m_errorAbort,
           tr("A run or backfill stops when this share of the database's transactions ends in a rollback "
              "(the reference runbook's \"error rate spike > 5%\")."));
    addRow(form, tr("Error rate: &minimum volume:"), m_errorVolume,
           tr("The error rate counts only once this many transactions ended in the window, so that one "
              "failure among a handful of transactions on a quiet server does not stop a run."));
    return page;
}

QWidget *PreferencesDialog::appearancePage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_fontChoice = new QComboBox;
    m_fontChoice->setObjectName(QStringLiteral("fontChoice"));
    m_fontChoice->addItem(tr("System fixed-width font"));
    m_fontChoice->addItem(tr("Chosen font"));
    m_font = new QFontComboBox;
    m_font->setObjectName(QStringLiteral("editorFont"));
    m_font->setFontFilters(QFontComboBox::MonospacedFonts);
    m_fontSize = spin("editorFontSize", 6, 72, 1, tr(" pt"));
    m_theme = new QComboBox;
    m_theme->setObjectName(QStringLiteral("editorTheme"));
    m_theme->addItem(tr("Follow the system"), int(Preferences::EditorTheme::System));
    m_theme->addItem(tr("Light"), int(Preferences::EditorTheme::Light));
    m_theme->addItem(tr("Dark"), int(Preferences::EditorTheme::Dark));
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System language"), QString());
    // Each language in its own name, so it can be found by someone who cannot read the current one.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    addRow(form, tr("Editor &font:"), m_fontChoice, tr("The font of the SQL editor."));
    addRow(form, tr("Font &family:"), m_font, tr("A fixed-width font for the SQL editor."));
    addRow(form, tr("Font si&ze:"), m_fontSize, tr("The size of the SQL editor's font."));
    addRow(form, tr("Editor t&heme:"), m_theme, tr("Light or dark colours for the SQL editor."));
    addRow(form, tr("&Language:"), m_language, tr("The language of Slipway's windows and messages."));
    auto *note = new QLabel(tr("A new language takes effect the next time Slipway starts."));
    note->setWordWrap(true);
    note->setEnabled(false);
    form->addRow(QString(), note);
    return page;
}

void PreferencesDialog::setPreferences(const Preferences &p)
{
    m_resumeSettings = p.thresholds;
    m_lockTimeout->setValue(p.lockTimeoutMs);
    m_statementTimeout->setValue(p.statementTimeoutMs);
    m_retries->setValue(p.lockRetries);
    m_batchTarget->setValue(p.backfillBatchTargetMs);
    m_batchPause->setValue(p.backfillPauseMs);
    m_sampling->setValue(p.samplingIntervalMs);
    m_lagThrottle->setValue(p.thresholds.lagThrottleSeconds);
    m_lagAbort->setValue(p.thresholds.lagAbortSeconds);
    m_lockWaitThrottle->setValue(p.thresholds.lockWaitThrottleSeconds);
    m_lockWaitAbort->setValue(p.thresholds.lockWaitAbortSeconds);
    m_errorThrottle->setValue(p.thresholds.errorRateThrottlePercent);
    m_errorAbort->setValue(p.thresholds.errorRateAbortPercent);
    m_errorVolume->setValue(p.thresholds.errorRateMinTransactions);
    const QFont system = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const bool chosen = !p.editorFontFamily.isEmpty();
    m_fontChoice->setCurrentIndex(chosen ? 1 : 0);
    m_font->setCurrentFont(QFont(chosen ? p.editorFontFamily : system.family()));
    m_fontSize->setValue(p.editorFontSize > 0 ? p.editorFontSize : qMax(6, system.pointSize()));
    m_font->setEnabled(chosen);
    m_fontSize->setEnabled(chosen);
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(int(p.editorTheme))));
    m_language->setCurrentIndex(qMax(0, m_language->findData(p.language)));
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.lockTimeoutMs = m_lockTimeout->value();
    p.statementTimeoutMs = m_statementTimeout->value();
    p.lockRetries = m_retries->value();
    p.backfillBatchTargetMs = m_batchTarget->value();
    p.backfillPauseMs = m_batchPause->value();
    p.samplingIntervalMs = m_sampling->value();
    p.thresholds = m_resumeSettings;
    p.thresholds.lagThrottleSeconds = m_lagThrottle->value();
    p.thresholds.lagAbortSeconds = m_lagAbort->value();
    p.thresholds.lockWaitThrottleSeconds = m_lockWaitThrottle->value();
    p.thresholds.lockWaitAbortSeconds = m_lockWaitAbort->value();
    p.thresholds.errorRateThrottlePercent = m_errorThrottle->value();
    p.thresholds.errorRateAbortPercent = m_errorAbort->value();
    p.thresholds.errorRateMinTransactions = m_errorVolume->value();
    if (m_fontChoice->currentIndex() == 1) {
        p.editorFontFamily = m_font->currentFont().family();
        p.editorFontSize = m_fontSize->value();
    }
    p.editorTheme = Preferences::EditorTheme(m_theme->currentData().toInt());
    p.language = m_language->currentData().toString();
    return p;
}

QString PreferencesDialog::problem() const
{
    return m_problem->text();
}

void PreferencesDialog::revalidate()
{
    const QString problem = preferences().validate();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_problemIcon->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace slipway
