// The New Expand/Contract Plan wizard, offscreen, driven by the keyboard:
// choose a change, fill its inputs, see problems, review the steps, finish
// with planReady and save the plan.
#include "wizard/planwizard.h"
#include "wizard/planwizardpages.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QtTest>

using namespace slipway;

namespace {

void typeInto(QWidget *field, const QString &text)
{
    QVERIFY(field);
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClicks(field, text);
}

} // namespace

class TestWizard : public QObject {
    Q_OBJECT

private slots:
    void keyboardToPlan()
    {
        PlanWizard wizard;
        std::optional<plan::MigrationPlan> ready;
        connect(&wizard, &PlanWizard::planReady, this, [&](const plan::MigrationPlan &p) { ready = p; });
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QApplication::setActiveWindow(&wizard);

        // Kind page: the list has focus; Down twice picks "Add a NOT NULL column".
        auto *kinds = wizard.findChild<QListWidget *>(QStringLiteral("wizardKinds"));
        QVERIFY(kinds);
        QVERIFY(!kinds->accessibleName().isEmpty());
        kinds->setFocus();
        QTRY_VERIFY(kinds->hasFocus());
        QTest::keyClick(kinds, Qt::Key_Down);
        QTest::keyClick(kinds, Qt::Key_Down);
        QCOMPARE(wizard.kind(), PlanWizard::AddNotNullColumn);
        QTest::keyClick(kinds, Qt::Key_Return);
        QCOMPARE(wizard.currentId(), PlanWizard::FirstInputsPageId + int(PlanWizard::AddNotNullColumn));

        auto *page = qobject_cast<PlanWizardInputsPage *>(wizard.currentPage());
        QVERIFY(page);
        for (const char *key : {"schema", "table", "column", "type", "default"})
            QVERIFY2(!page->field(QLatin1String(key))->accessibleName().isEmpty(), key);

        // Next with an empty table: stays, and says why.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(wizard.currentId(), PlanWizard::FirstInputsPageId + int(PlanWizard::AddNotNullColumn));
        auto *errors = page->findChild<QLabel *>(QStringLiteral("wizardErrors"));
        QVERIFY(errors && errors->isVisible());
        QVERIFY(errors->text().contains(QLatin1String("The table is required.")));

        // Tab through the form: schema (prefilled) -> table -> column -> type -> default.
        page->field(QStringLiteral("schema"))->setFocus();
        QTRY_VERIFY(page->field(QStringLiteral("schema"))->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        typeInto(page->field(QStringLiteral("table")), QStringLiteral("orders"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        typeInto(page->field(QStringLiteral("column")), QStringLiteral("channel"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        typeInto(page->field(QStringLiteral("type")), QStringLiteral("text"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        typeInto(page->field(QStringLiteral("default")), QStringLiteral("'web'"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(PlanWizard::ReviewPageId));
        QVERIFY(!errors->isVisible());

        // The review lists every step with its SQL, down and verify.
        auto *steps = wizard.findChild<QPlainTextEdit *>(QStringLiteral("planSteps"));
        QVERIFY(steps);
        const QString review = steps->toPlainText();
        QVERIFY(review.contains(QLatin1String("Step 1 [expand]")));
        QVERIFY(review.contains(QLatin1String("[migrate]")));
        QVERIFY(review.contains(QLatin1String("SET NOT NULL")));
        QVERIFY(review.contains(QLatin1String("Down:")));
        QVERIFY(review.contains(QLatin1String("Verify:")));
        QVERIFY(wizard.generatedPlan());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.json"));
        QString error;
        QVERIFY2(wizard.savePlan(path, &error), qPrintable(error));
        const auto loaded = plan::MigrationPlan::load(path, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->steps.size(), 5);
        QVERIFY(loaded->steps.at(1).backfill);

        // Finish (Return on the last page) hands the plan over.
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &wizard, Qt::Key_Return);
        QTRY_VERIFY(ready.has_value());
        QCOMPARE(ready->steps.size(), 5);
        QVERIFY(!wizard.isVisible());
    }

    void everyKindHasAnInputsPage()
    {
        PlanWizard wizard;
        for (int kind = 0; kind < PlanWizard::KindCount; ++kind) {
            auto *page = qobject_cast<PlanWizardInputsPage *>(wizard.page(PlanWizard::FirstInputsPageId + kind));
            QVERIFY(page);
            QVERIFY(!page->title().isEmpty());
            QVERIFY(page->field(QStringLiteral("table")));
        }
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
