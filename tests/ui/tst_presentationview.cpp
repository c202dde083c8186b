// Presentation mode for a plan built offline with known sizes: the slides'
// words, navigation keys, Esc and F, type that stays large at projector and
// full-HD sizes, and the live charts while a run is in progress. With
// SLIPWAY_SCREENSHOT_DIR set, saves pictures of the slides and the plan view.

#include "monitor/monitor.h"
#include "plan/planbuilder.h"
#include "plan/planslides.h"
#include "plan/planview.h"
#include "plan/presentationcharts.h"
#include "plan/presentationview.h"
#include "plan/riskstyle.h"

#include <QSignalSpy>
#include <QtTest>

using namespace slipway;
using namespace slipway::plan;

namespace {

MigrationPlan samplePlan()
{
    PlanContext context;
    context.title = QStringLiteral("Orders: customer notes and wider amounts");
    context.sourceName = QStringLiteral("V042__orders.sql");
    context.tables.insert(QStringLiteral("app.orders"),
                          PlanTable{QStringLiteral("app.orders"), 2'000'000, qint64(800) * 1024 * 1024});
    MigrationPlan plan = PlanBuilder::build(
        QStringLiteral("ALTER TABLE app.orders ADD COLUMN note text;\n"
                       "CREATE INDEX CONCURRENTLY orders_created_idx ON app.orders (created_at);\n"
                       "ALTER TABLE app.orders ALTER COLUMN amount TYPE numeric(12,2);\n"
                       "ALTER TABLE app.orders DROP COLUMN legacy_code;\n"),
        context);
    plan.sizesFromLiveDatabase = true;
    plan.steps[0].deployNote = QStringLiteral("Deploy the app version that writes note after this step.");
    return plan;
}

Sample sampleAt(const QDateTime &at, int i)
{
    Sample s;
    s.at = at;
    s.sequence = i + 1;
    if (i > 5 && i < 15) {
        LockWait w;
        w.pid = 300;
        w.blockedBy = {200};
        w.lockType = QStringLiteral("relation");
        w.relation = QStringLiteral("app.orders");
        w.mode = QStringLiteral("RowExclusiveLock");
        w.waitSeconds = i - 5;
        s.lockWaits << w;
    }
    return s;
}

void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SLIPWAY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

} // namespace

class TestPresentationView : public QObject {
    Q_OBJECT

private slots:
    void slidesSayWhatStakeholdersAsk();
    void navigationKeys();
    void escapeAndFullScreen();
    void typeStaysLarge_data();
    void typeStaysLarge();
    void liveChartsDuringRun();
    void screenshots();
};

void TestPresentationView::slidesSayWhatStakeholdersAsk()
{
    const MigrationPlan plan = samplePlan();
    const QList<Slide> slides = PlanSlides::build(plan);
    QCOMPARE(slides.size(), plan.steps.size() + 2);
    QCOMPARE(slides.first().kind, Slide::Kind::Title);
    QCOMPARE(slides.last().kind, Slide::Kind::Closing);
    const QString title = slides.first().plainText();
    QVERIFY(title.contains(plan.title));
    QVERIFY(title.contains(RiskStyle::text(plan.summary.risk)));
    QVERIFY(title.contains(QStringLiteral("Downtime")));
    QVERIFY(title.contains(QStringLiteral("Approvals needed")));
    for (int i = 1; i <= plan.steps.size(); ++i) {
        const Slide &slide = slides.at(i);
        QCOMPARE(slide.step, i - 1);
        const QString text = slide.plainText();
        for (const char *caption : {"What changes", "What it locks, for how long", "What users will notice",
                                    "How we roll back"})
            QVERIFY2(text.contains(QLatin1String(caption)), caption);
    }
    // "Why it is safe" only where the step as written is safe: a rewrite the
    // plan advises against gets the safer way and its risk instead.
    const auto safety = [&](int step) {
        for (const Slide::Section &section : slides.at(step + 1).sections)
            if (section.caption == QStringLiteral("Why it is safe") || section.caption == QStringLiteral("A safer way")
                || section.caption == QStringLiteral("Why it is risky"))
                return section;
        return Slide::Section{};
    };
    QCOMPARE(safety(0).caption, QStringLiteral("Why it is safe")); // ADD COLUMN: metadata only
    QVERIFY2(safety(0).text.contains(QStringLiteral("low-risk")), qPrintable(safety(0).text));
    QCOMPARE(safety(1).caption, QStringLiteral("Why it is safe")); // CREATE INDEX CONCURRENTLY
    QCOMPARE(safety(2).caption, QStringLiteral("A safer way"));    // ALTER COLUMN TYPE rewrites
    QVERIFY(safety(2).text.contains(plan.steps.at(2).patternNote));
    QVERIFY(safety(2).text.contains(plan.steps.at(2).riskReason));
    QVERIFY(slides.at(1).plainText().contains(QStringLiteral("Deploy the app version")));
    // Each step's rollback slide section says what rolling back loses.
    for (int i = 1; i <= plan.steps.size(); ++i) {
        const PlanStep &step = plan.steps.at(i - 1);
        for (const Slide::Section &section : slides.at(i).sections)
            if (section.caption == QStringLiteral("How we roll back") && !step.rollbackLoss.isEmpty())
                QVERIFY2(section.text.contains(step.rollbackLoss), qPrintable(section.text));
    }
}

void TestPresentationView::navigationKeys()
{
    PresentationView view(samplePlan());
    view.resize(1024, 768);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const int count = view.slideCount();
    QCOMPARE(count, 6);
    QCOMPARE(view.currentSlide(), 0);
    QCOMPARE(view.counterText(), QStringLiteral("1 / 6"));
    QSignalSpy changed(&view, &PresentationView::currentSlideChanged);
    QTest::keyClick(&view, Qt::Key_Right);
    QTest::keyClick(&view, Qt::Key_Space);
    QTest::keyClick(&view, Qt::Key_PageDown);
    QCOMPARE(view.currentSlide(), 3);
    QCOMPARE(view.counterText(), QStringLiteral("4 / 6"));
    QTest::keyClick(&view, Qt::Key_Left);
    QTest::keyClick(&view, Qt::Key_PageUp);
    QCOMPARE(view.currentSlide(), 1);
    QTest::keyClick(&view, Qt::Key_Backspace);
    QCOMPARE(view.currentSlide(), 0);
    QTest::keyClick(&view, Qt::Key_Left); // stays on the first
    QCOMPARE(view.currentSlide(), 0);
    QTest::keyClick(&view, Qt::Key_End);
    QCOMPARE(view.currentSlide(), count - 1);
    QTest::keyClick(&view, Qt::Key_Right); // stays on the last
    QCOMPARE(view.currentSlide(), count - 1);
    QTest::keyClick(&view, Qt::Key_Home);
    QCOMPARE(view.currentSlide(), 0);
    QCOMPARE(changed.count(), 8);
    QVERIFY(view.accessibleDescription().contains(QStringLiteral("1 / 6")));
}

void TestPresentationView::escapeAndFullScreen()
{
    PresentationView view(samplePlan());
    view.resize(1024, 768);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!(view.windowState() & Qt::WindowFullScreen));
    QTest::keyClick(&view, Qt::Key_F);
    QVERIFY(view.windowState() & Qt::WindowFullScreen);
    QTest::keyClick(&view, Qt::Key_F);
    QVERIFY(!(view.windowState() & Qt::WindowFullScreen));
    QSignalSpy closed(&view, &PresentationView::closed);
    QTest::keyClick(&view, Qt::Key_Escape);
    QCOMPARE(closed.count(), 1);
    QVERIFY(!view.isVisible());
}

void TestPresentationView::typeStaysLarge_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("minimum");
    QTest::newRow("projector 1024x768") << QSize(1024, 768) << 18;
    QTest::newRow("full HD 1920x1080") << QSize(1920, 1080) << 26;
}

void TestPresentationView::typeStaysLarge()
{
    QFETCH(QSize, size);
    QFETCH(int, minimum);
    PresentationView view(samplePlan());
    view.resize(size);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (int i = 0; i < view.slideCount(); ++i) {
        view.setCurrentSlide(i);
        QVERIFY2(view.bodyPixelSize() >= minimum,
                 qPrintable(QStringLiteral("slide %1: %2 px").arg(i + 1).arg(view.bodyPixelSize())));
    }
}

void TestPresentationView::liveChartsDuringRun()
{
    Monitor monitor;
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-30);
    for (int i = 0; i < 30; ++i)
        monitor.addSample(sampleAt(start.addSecs(i), i));
    PresentationView view(samplePlan());
    view.resize(1024, 768);
    view.setMonitor(&monitor);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *charts = view.findChild<PresentationCharts *>();
    QVERIFY(charts);
    QVERIFY(!view.chartsShown());
    QVERIFY(!charts->isVisible());
    const int roomy = view.bodyPixelSize();
    view.setRunInProgress(true);
    QVERIFY(view.chartsShown());
    QVERIFY(charts->isVisible());
    QVERIFY(view.rect().contains(charts->geometry()));
    QVERIFY(charts->geometry().height() > 150);
    QVERIFY(view.bodyPixelSize() <= roomy);
    view.setCurrentSlide(3);
    QVERIFY(view.bodyPixelSize() >= 14);
    saveShot(&view, QStringLiteral("presentation-live-1024x768.png"));
    view.setRunInProgress(false);
    QVERIFY(!charts->isVisible());
}

void TestPresentationView::screenshots()
{
    if (qEnvironmentVariable("SLIPWAY_SCREENSHOT_DIR").isEmpty())
        QSKIP("SLIPWAY_SCREENSHOT_DIR not set");
    for (const QSize size : {QSize(1920, 1080), QSize(1024, 768)}) {
        const QString suffix = QStringLiteral("%1x%2.png").arg(size.width()).arg(size.height());
        PresentationView view(samplePlan());
        view.resize(size);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (int i : {0, 3, 4, view.slideCount() - 1}) {
            view.setCurrentSlide(i);
            saveShot(&view, QStringLiteral("presentation-%1-").arg(i + 1) + suffix);
        }
        PlanView plan;
        plan.setPlan(samplePlan());
        plan.resize(size);
        plan.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plan));
        plan.selectStep(2);
        saveShot(&plan, QStringLiteral("planview-") + suffix);
    }
}

QTEST_MAIN(TestPresentationView)
#include "tst_presentationview.moc"
