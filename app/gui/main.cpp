#include "mainwindow.h"

#include "history/historyview.h"
#include "plan/migrationplan.h"
#include "plan/planview.h"
#include "plan/presentationview.h"
#include "run/backfillspec.h"
#include "run/runview.h"
#include "settings/preferences.h"
#include "util/shutdownsignals.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QIcon>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QLocale>
#include <QPainter>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

// `--run file.json`: a saved migration plan (its "format" says so) or a
// backfill spec; neither: say why on stderr and show the Run tab empty.
void runFile(slipway::MainWindow &window, const QString &path)
{
    QFile file(path);
    const QJsonObject json = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                                            : QJsonObject();
    if (json.value(QStringLiteral("format")).toString() == QLatin1String("slipway-plan")) {
        QString error;
        if (!slipway::plan::MigrationPlan::load(path, &error))
            std::fprintf(stderr, "slipway: %s: %s\n", qPrintable(path), qPrintable(error));
        window.showRun()->setPlanFile(path); // the view shows the same error
        return;
    }
    QString specError;
    if (slipway::run::BackfillSpec::load(path, &specError)) {
        window.showRun()->setBackfillSpec(path);
        return;
    }
    std::fprintf(stderr, "slipway: %s\n",
                 qPrintable(QApplication::translate("main", "%1 is neither a migration plan (no \"format\": "
                                                            "\"slipway-plan\") nor a backfill spec: %2")
                                .arg(path, specError)));
    window.showRun();
}

// The application icon at every size the hicolor theme gets (resources/icons).
QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/hicolor/%1x%1/slipway.png").arg(size), QSize(size, size));
    return icon;
}

// The language of the preferences, else the system's.
void installTranslators(QApplication &app)
{
    const QString language = slipway::Preferences::load().language;
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    // English plural forms ("1 row", not "1 row(s)") under every language: the
    // last translator installed is asked first, so de/fr come after.
    auto *english = new QTranslator(&app);
    if (english->load(QStringLiteral(":/i18n/slipway_en.qm")))
        QApplication::installTranslator(english);
    if (locale.language() == QLocale::English)
        return;
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("slipway"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(ours);
}

// The main window with its open dialogs (the wizard, ...) drawn over it where
// they are, each with a thin frame: what a person in front of it sees.
QPixmap grabWithDialogs(QWidget &window)
{
    QPixmap shot = window.grab();
    QPainter painter(&shot);
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top == &window || !top->isVisible() || !top->isWindow() || top->parentWidget() != &window
            || !(top->windowType() == Qt::Dialog || top->windowType() == Qt::Sheet))
            continue;
        const QPoint at = top->mapToGlobal(QPoint(0, 0)) - window.mapToGlobal(QPoint(0, 0));
        painter.drawPixmap(at, top->grab());
        painter.setPen(top->palette().color(QPalette::Dark));
        painter.drawRect(QRect(at, top->size()).adjusted(-1, -1, 0, 0));
    }
    return shot;
}

// --screenshot: waits until the window has connected and loaded (or failed),
// lets it paint, grabs it, saves it and quits.
void scheduleScreenshot(slipway::MainWindow &window, const QString &file, int delayMs)
{
    auto *poll = new QTimer(&window);
    auto *clock = new QElapsedTimer;
    clock->start();
    poll->setInterval(200);
    QObject::connect(poll, &QTimer::timeout, &window, [&window, poll, clock, file, delayMs] {
        const bool timedOut = clock->elapsed() > 15 * 60 * 1000;
        if (!window.isSettled() && !timedOut)
            return;
        poll->stop();
        delete clock;
        if (timedOut)
            std::fprintf(stderr, "slipway: still busy after 15 minutes; taking the screenshot anyway\n");
        QTimer::singleShot(delayMs, &window, [&window, file] {
            const QPixmap shot = grabWithDialogs(window);
            int status = 0;
            if (!shot.save(file)) {
                std::fprintf(stderr, "slipway: could not write %s\n", qPrintable(QDir::toNativeSeparators(file)));
                status = 1;
            } else {
                std::printf("%s\n", qPrintable(QDir::toNativeSeparators(file)));
            }
            window.setAskBeforeStoppingRun(false);
            window.close();
            QApplication::exit(status);
        });
    });
    // Give --connect/--demo a moment to begin before polling.
    QTimer::singleShot(300, poll, qOverload<>(&QTimer::start));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("slipway"));
    QApplication::setOrganizationName(QStringLiteral("Slipway"));
    QApplication::setApplicationDisplayName(QStringLiteral("Slipway"));
    QApplication::setApplicationVersion(QStringLiteral(SLIPWAY_VERSION));
    QApplication::setWindowIcon(applicationIcon());
    QApplication::setDesktopFileName(QStringLiteral("io.github.slipway.Slipway"));
    installTranslators(app);
    // SIGINT/SIGTERM quit the event loop so the demo sandbox is stopped on the way out.
    QString signalError;
    if (!slipway::ShutdownSignals::install(&signalError))
        std::fprintf(stderr, "slipway: %s\n", qPrintable(signalError));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Slipway — a desktop workbench for safe PostgreSQL migrations."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Start a private sandbox (primary + replica) with the demo database, "
                                        "connect to it, and stop it on exit."));
    const QCommandLineOption demoRowsOption(
        QStringLiteral("demo-rows"),
        QApplication::translate("main", "Rows in the demo orders table (default: the demo's own size)."),
        QApplication::translate("main", "rows"));
    const QCommandLineOption workloadOption(
        QStringLiteral("demo-workload"),
        QApplication::translate("main", "With --demo: start the demo background workload once connected."));
    const QCommandLineOption connectOption(
        QStringLiteral("connect"),
        QApplication::translate("main", "Connect at start to a saved connection (by name), a libpq URI or a "
                                        "key=value conninfo."),
        QApplication::translate("main", "uri|name"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Once connected and loaded, save a picture of the main window to "
                                        "<file.png> and quit."),
        QApplication::translate("main", "file.png"));
    const QCommandLineOption delayOption(
        QStringLiteral("screenshot-delay"),
        QApplication::translate("main", "Wait this long before the screenshot (default 500)."),
        QApplication::translate("main", "ms"), QStringLiteral("500"));
    const QCommandLineOption monitorOption(
        QStringLiteral("monitor"),
        QApplication::translate("main", "Show the full monitor (lock waits, replication lag, progress, activity) "
                                        "as a tab at start."));
    const QCommandLineOption historyOption(
        QStringLiteral("history"),
        QApplication::translate("main", "Show the migration history of <folder> against the connected database "
                                        "as a tab at start."),
        QApplication::translate("main", "folder"));
    const QCommandLineOption driftOption(
        QStringLiteral("drift"),
        QApplication::translate("main", "With --history: check the connected database for drift against the "
                                        "folder once loaded (a scratch database on the same server)."));
    const QCommandLineOption runOption(
        QStringLiteral("run"),
        QApplication::translate("main", "Show the Run tab at start: the pending migrations of <folder>, or a "
                                        "backfill spec or a saved migration plan when given a .json file; --run= "
                                        "for the demo's folder."),
        QApplication::translate("main", "folder|spec.json|plan.json"));
    const QCommandLineOption startOption(
        QStringLiteral("start"),
        QApplication::translate("main", "With --run: start it once connected, in the --run-mode."));
    const QCommandLineOption runModeOption(
        QStringLiteral("run-mode"),
        QApplication::translate("main", "With --run: dry-run (the default), dry-run-each (migrations one "
                                        "transaction each) or run."),
        QApplication::translate("main", "mode"), QStringLiteral("dry-run"));
    const QCommandLineOption planOption(
        QStringLiteral("plan"),
        QApplication::translate("main", "Open a saved migration plan (.json) in a plan tab at start."),
        QApplication::translate("main", "file.json"));
    const QCommandLineOption presentOption(
        QStringLiteral("present"),
        QApplication::translate("main", "With --plan: present it (full screen, one step per slide) at start."));
    const QCommandLineOption slideOption(
        QStringLiteral("slide"),
        QApplication::translate("main", "With --present: start at slide <n> (1 is the title slide)."),
        QApplication::translate("main", "n"));
    const QCommandLineOption diffOption(
        QStringLiteral("diff"),
        QApplication::translate("main", "Open the Schema Diff tab and compare <from> with <to> (the next argument, "
                                        "or a second --diff): each a saved connection, a libpq URI or "
                                        "conninfo, or a snapshot .json file."),
        QApplication::translate("main", "from"));
    const QCommandLineOption wizardOption(
        QStringLiteral("wizard"),
        QApplication::translate("main", "Open the Expand/Contract wizard for <kind> (%1) at its inputs, with the "
                                        "connected database's schema.")
            .arg(slipway::MainWindow::planWizardKinds().join(QLatin1String(", "))),
        QApplication::translate("main", "kind"));
    const QCommandLineOption wizardInputOption(
        QStringLiteral("wizard-input"),
        QApplication::translate("main", "With --wizard: fill in one input, e.g. table=orders or notNull=true "
                                        "(repeatable)."),
        QApplication::translate("main", "key=value"));
    const QCommandLineOption wizardReviewOption(
        QStringLiteral("wizard-review"),
        QApplication::translate("main", "With --wizard: generate from the inputs and show the steps (or what is "
                                        "missing)."));
    parser.addOptions({demoOption, demoRowsOption, workloadOption, connectOption, screenshotOption, delayOption,
                       monitorOption, historyOption, driftOption, runOption, startOption, runModeOption, planOption,
                       presentOption,
                       slideOption, diffOption, wizardOption, wizardInputOption,
                       wizardReviewOption});
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QApplication::translate("main", "Migration files to open in editor tabs. A relative name that "
                                        "does not exist here is looked up among the bundled demo files, e.g. "
                                        "\"migrations/V002__*.sql\"."),
        QApplication::translate("main", "[files...]"));
    parser.process(app);
    auto fail = [](const QString &message) {
        std::fprintf(stderr, "slipway: %s\n", qPrintable(message));
        return 2;
    };

    if (parser.isSet(demoOption) && parser.isSet(connectOption)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::translate("main", "--demo and --connect cannot be combined.")));
        return 2;
    }
    bool delayOk = false;
    const int delayMs = parser.value(delayOption).toInt(&delayOk);
    if (!delayOk || delayMs < 0) {
        std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("main", "--screenshot-delay wants milliseconds.")));
        return 2;
    }
    qint64 demoRows = -1;
    if (parser.isSet(demoRowsOption)) {
        bool ok = false;
        demoRows = parser.value(demoRowsOption).toLongLong(&ok);
        if (!ok || demoRows < 1) {
            std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("main", "--demo-rows wants a positive number.")));
            return 2;
        }
    }

    int slide = 0;
    if (parser.isSet(slideOption)) {
        bool ok = false;
        slide = parser.value(slideOption).toInt(&ok);
        if (!ok || slide < 1 || !parser.isSet(presentOption) || !parser.isSet(planOption))
            return fail(QApplication::translate("main", "--slide wants a slide number from 1, with --plan and --present."));
    }
    QStringList files = parser.positionalArguments();
    QStringList diffSides = parser.values(diffOption);
    if (diffSides.size() == 1 && !files.isEmpty())
        diffSides << files.takeFirst();
    if (!diffSides.isEmpty() && diffSides.size() != 2)
        return fail(QApplication::translate("main", "--diff wants two sides: --diff <from> <to>."));
    QHash<QString, QString> wizardInputs;
    for (const QString &input : parser.values(wizardInputOption)) {
        const qsizetype equals = input.indexOf(QLatin1Char('='));
        if (equals < 1 || !parser.isSet(wizardOption))
            return fail(QApplication::translate("main", "--wizard-input wants key=value, with --wizard."));
        wizardInputs.insert(input.left(equals).trimmed(), input.mid(equals + 1));
    }

    slipway::MainWindow window;
    window.show();

    if (parser.isSet(demoOption))
        window.startDemo(demoRows, parser.isSet(workloadOption));
    if (parser.isSet(connectOption)) {
        QString error;
        if (!window.connectTo(parser.value(connectOption), &error))
            std::fprintf(stderr, "slipway: %s\n", qPrintable(error));
    }
    if (diffSides.size() == 2) { // after --connect: the same URI is the same entry in Connections
        QString error;
        if (!window.compareSchemas(diffSides.at(0), diffSides.at(1), &error))
            return fail(error);
    }
    const bool startedPlain = files.isEmpty() && diffSides.isEmpty() && !parser.isSet(demoOption)
        && !parser.isSet(screenshotOption) && !parser.isSet(monitorOption) && !parser.isSet(historyOption)
        && !parser.isSet(runOption) && !parser.isSet(driftOption)
        && !parser.isSet(planOption) && !parser.isSet(wizardOption);
    if (startedPlain) // the tabs of last time; a command line says what to open instead
        window.restoreSession();
    if (!files.isEmpty())
        window.openFiles(files);
    if (parser.isSet(monitorOption))
        window.showMonitor();
    if (parser.isSet(historyOption) || parser.isSet(driftOption)) {
        slipway::HistoryView *history = window.showHistory(
            parser.isSet(historyOption) ? QDir(parser.value(historyOption)).absolutePath() : QString());
        if (parser.isSet(driftOption))
            history->checkDriftWhenReady();
    }
    if (parser.isSet(runOption)) {
        const QString value = parser.value(runOption);
        const QFileInfo target(value);
        if (value.isEmpty()) // --run= : the History tab's or the demo's folder
            window.showRun();
        else if (target.isFile())
            runFile(window, target.absoluteFilePath());
        else
            window.showRun(target.absoluteFilePath());
        const QString mode = parser.value(runModeOption);
        if (mode == QLatin1String("run"))
            window.showRun()->setMode(slipway::RunView::Mode::Run);
        else if (mode == QLatin1String("dry-run-each"))
            window.showRun()->setMode(slipway::RunView::Mode::DryRunEach);
        else if (mode != QLatin1String("dry-run"))
            return fail(QApplication::translate("main", "--run-mode is dry-run, dry-run-each or run, not \"%1\".")
                            .arg(mode));
        if (parser.isSet(startOption))
            window.showRun()->startWhenReady();
    }
    if (parser.isSet(planOption)) {
        slipway::PlanView *plan = window.openPlanFile(parser.value(planOption));
        if (!plan) {
            std::fprintf(stderr, "slipway: %s\n",
                         qPrintable(QApplication::translate("main", "%1 is not a Slipway plan file.")
                                        .arg(parser.value(planOption))));
        } else if (parser.isSet(presentOption)) {
            slipway::PresentationView *show = window.present(plan->plan());
            if (slide > show->slideCount())
                return fail(QApplication::translate("main", "--slide %1: the plan has %n slide(s).", nullptr,
                                                    show->slideCount())
                                .arg(slide));
            if (slide > 0)
                show->setCurrentSlide(slide - 1);
        }
    }
    if (parser.isSet(wizardOption)) {
        QString error;
        if (!window.openPlanWizard(parser.value(wizardOption), wizardInputs, parser.isSet(wizardReviewOption),
                                   &error))
            return fail(error);
    }
    if (parser.isSet(screenshotOption))
        scheduleScreenshot(window, parser.value(screenshotOption), delayMs);

    return QApplication::exec();
}
