// MainWindow's entry points for a command line: a schema comparison started
// at once (`--diff`) and the Expand/Contract wizard at a kind's inputs
// (`--wizard`), with the connected database's schema as its context.
#include "mainwindow.h"

#include "activeconnection.h"
#include "diff/diffsidepicker.h"
#include "diff/diffview.h"
#include "futurecallback.h"
#include "profilemanager.h"
#include "wizard/planwizard.h"
#include "wizard/planwizardpages.h"

#include "catalog/introspector.h"
#include "catalog/schemamodel.h"
#include "db/session.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QPointer>

#include <algorithm>
#include <functional>
#include <memory>

namespace slipway {

namespace {

// Set on a wizard while the connected database's schema is read for it.
constexpr char kReadingModel[] = "slipwayReadingModel";

// The schema of the connected database, read on the session's worker, becomes
// the wizard's context: column types and keys from the model, live sizes for
// the estimates.
// `done` runs once it is there (or could not be read).
void readModelInto(PlanWizard *wizard, ActiveConnection *connection, const std::function<void()> &done)
{
    Session *session = connection->session();
    if (!session) {
        done();
        return;
    }
    wizard->setProperty(kReadingModel, true);
    catalog::IntrospectOptions options;
    options.exactSizes = false; // estimates are enough for a plan, and take no locks
    auto future = session->run<catalog::SchemaModel>(
        [options](pqxx::connection_base &c) { return catalog::Introspector::read(c, options); });
    const int version = connection->serverInfo().versionNumber;
    onFinished(wizard, future, [wizard, version, done](const DbResult<catalog::SchemaModel> &result) {
        wizard->setProperty(kReadingModel, false);
        if (!result.ok()) {
            done(); // the wizard still works: types are typed in
            return;
        }
        auto model = std::make_shared<const catalog::SchemaModel>(result.value);
        plan::wizards::WizardContext context;
        if (version > 0)
            context.serverVersion = version;
        for (const catalog::Table &t : model->tables) {
            const QString name = t.schema + QLatin1Char('.') + t.name;
            context.tables.insert(name, plan::PlanTable{name, t.stats.estimatedRows, t.stats.totalBytes});
        }
        wizard->setContext(context, model);
        done();
    });
}

bool fillInputs(PlanWizardInputsPage *page, const QString &kind, const QHash<QString, QString> &inputs,
                QString *error)
{
    for (auto it = inputs.constBegin(); it != inputs.constEnd(); ++it) {
        QWidget *field = page->field(it.key());
        if (!field) {
            if (error)
                *error = MainWindow::tr("The %1 wizard has no input \"%2\".").arg(kind, it.key());
            return false;
        }
        if (qobject_cast<QCheckBox *>(field)) {
            const QString value = it.value().toLower();
            page->setChecked(it.key(), value == QLatin1String("true") || value == QLatin1String("yes")
                                           || value == QLatin1String("1") || value == QLatin1String("on"));
        } else {
            page->setText(it.key(), it.value());
        }
    }
    return true;
}

} // namespace

QStringList MainWindow::planWizardKinds()
{
    // In the order of PlanWizard::Kind.
    return {QStringLiteral("rename-column"),  QStringLiteral("change-type"),
            QStringLiteral("add-not-null-column"), QStringLiteral("split-table"),
            QStringLiteral("add-foreign-key"), QStringLiteral("replace-index")};
}

PlanWizard *MainWindow::openPlanWizard(const QString &kind, const QHash<QString, QString> &inputs, bool review,
                                       QString *error)
{
    const int index = kind.isEmpty() ? -1 : int(planWizardKinds().indexOf(kind));
    if (!kind.isEmpty() && index < 0) {
        if (error)
            *error = tr("Unknown wizard \"%1\"; the wizards are: %2.")
                         .arg(kind, planWizardKinds().join(QLatin1String(", ")));
        return nullptr;
    }
    auto *wizard = new PlanWizard(this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (index >= 0) {
        wizard->setKind(PlanWizard::Kind(index));
        auto *page = qobject_cast<PlanWizardInputsPage *>(wizard->page(PlanWizard::FirstInputsPageId + index));
        if (!page || !fillInputs(page, kind, inputs, error)) {
            delete wizard;
            return nullptr;
        }
    }
    connect(wizard, &PlanWizard::planReady, this,
            [this](const plan::MigrationPlan &plan) { PlanWizard::savePlanAs(this, plan); });
    // With `review`, the inputs go to the generator once the schema is there:
    // the steps, or the inputs page with what is missing.
    const std::function<void()> ready = [wizard, review] {
        if (review && wizard->currentId() >= PlanWizard::FirstInputsPageId
            && wizard->currentId() < PlanWizard::ReviewPageId)
            wizard->next();
    };
    wizard->open();
    if (index >= 0)
        wizard->next(); // past "Which change?" to the inputs
    if (review) { // room for the steps' SQL, still centred on the window
        wizard->resize(wizard->size().expandedTo(QSize(1000, 680)).boundedTo(size()));
        wizard->move(mapToGlobal(rect().center()) - wizard->rect().center());
    }
    if (m_connection->isConnected()) {
        readModelInto(wizard, m_connection, ready);
    } else if (m_connection->state() == ActiveConnection::State::Connecting) {
        wizard->setProperty(kReadingModel, true);
        connect(m_connection, &ActiveConnection::stateChanged, wizard,
                [this, wizard, ready](ActiveConnection::State state) {
                    if (!wizard->property(kReadingModel).toBool() || state == ActiveConnection::State::Connecting)
                        return;
                    wizard->setProperty(kReadingModel, false);
                    if (state == ActiveConnection::State::Connected)
                        readModelInto(wizard, m_connection, ready);
                    else
                        ready();
                });
    } else if (index >= 0) {
        ready();
    }
    return wizard;
}

bool MainWindow::isReadingWizardModel() const
{
    const auto wizards = findChildren<PlanWizard *>();
    return std::any_of(wizards.cbegin(), wizards.cend(),
                       [](const PlanWizard *w) { return w->property(kReadingModel).toBool(); });
}

DiffView *MainWindow::compareSchemas(const QString &from, const QString &to, QString *error)
{
    auto sideOf = [this, error](const QString &text, DiffSide *side) {
        const QFileInfo file(text);
        if (file.isFile()) {
            side->kind = DiffSide::Kind::Snapshot;
            side->path = file.absoluteFilePath();
            return true;
        }
        if (text.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
            if (error)
                *error = tr("%1: no such snapshot file.").arg(text);
            return false;
        }
        QString message;
        const auto profile = m_profiles->resolve(text, &message);
        if (!profile) {
            if (error)
                *error = tr("%1 is neither a snapshot file nor a connection: %2").arg(text, message);
            return false;
        }
        side->kind = DiffSide::Kind::Connection;
        side->profileId = profile->id;
        if (m_profiles->byId(profile->id))
            return true;
        // The same URI as --connect's (or the other side's): one entry in the Connections list.
        for (const ConnectionProfile &known : m_profiles->all()) {
            if (!m_profiles->isSaved(known.id) && known.name == profile->name
                && known.displayTarget() == profile->displayTarget()) {
                side->profileId = known.id;
                return true;
            }
        }
        m_profiles->addTransient(*profile);
        return true;
    };
    DiffSide source, target;
    if (!sideOf(from, &source) || !sideOf(to, &target))
        return nullptr;
    DiffView *view = showDiff();
    for (auto [picker, side] : {std::pair{view->sourcePicker(), &source}, std::pair{view->targetPicker(), &target}}) {
        if (side->kind == DiffSide::Kind::Snapshot)
            picker->setSnapshotFile(side->path);
        else
            picker->setConnection(side->profileId);
    }
    // Once compared, the first changed object is shown: its two definitions and its part of the plan.
    connect(
        view, &DiffView::comparisonFinished, view,
        [view] {
            if (!view->result())
                return;
            for (const DiffObject &object : view->result()->objects)
                if (object.state == DiffObject::State::Different && view->selectObject(object.display()))
                    return;
        },
        Qt::SingleShotConnection);
    view->compare();
    return view;
}

} // namespace slipway
