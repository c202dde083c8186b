#include "diffview.h"

#include "diffcontroller.h"
#include "diffddlpane.h"
#include "difffiltermodel.h"
#include "diffplanpanel.h"
#include "diffrehearsalpanel.h"
#include "diffsidepicker.h"
#include "futurecallback.h"
#include "difftreemodel.h"
#include "messagebanner.h"
#include "profilemanager.h"

#include "catalog/snapshot.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrent>

namespace slipway {

namespace {

QStringList schemaList(const QString &text)
{
    return text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
}

QCheckBox *checkBox(const QString &text, const QString &tip, QWidget *parent)
{
    auto *box = new QCheckBox(text, parent);
    box->setToolTip(tip);
    box->setAccessibleName(QString(text).remove(u'&'));
    return box;
}

} // namespace

DiffView::DiffView(ProfileManager *profiles, CredentialStore *credentials, QWidget *parent)
    : QWidget(parent), m_profiles(profiles), m_credentials(credentials)
{
    setAccessibleName(tr("Schema diff"));
    m_controller = new DiffController(credentials, this);
    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, [this] {
        m_progress->setValue(m_controller->percent());
        m_step->setText(m_controller->step());
    });
    connect(m_controller, &DiffController::finished, this, &DiffView::showResult);
    connect(m_controller, &DiffController::failed, this, &DiffView::showFailure);

    m_banner = new MessageBanner(this);
    m_banner->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildInputs());
    layout->addWidget(m_banner);
    layout->addWidget(buildResults(), 1);
    setRunning(false);
}

DiffView::~DiffView()
{
    m_controller->cancel();
}

void DiffView::setPasswordPrompt(const ActiveConnection::PasswordPrompt &prompt)
{
    m_controller->setPasswordPrompt(prompt);
}

QWidget *DiffView::buildInputs()
{
    auto *box = new QWidget(this);
    m_source = new DiffSidePicker(tr("Source (the plan runs here)"), m_profiles, box);
    m_target = new DiffSidePicker(tr("Target (the wanted schema)"), m_profiles, box);
    auto *swap = new QPushButton(tr("⇄"), box);
    swap->setToolTip(tr("Swap source and target"));
    swap->setAccessibleName(tr("Swap source and target"));
    connect(swap, &QPushButton::clicked, this, [this] {
        const DiffSide s = m_source->side();
        const DiffSide t = m_target->side();
        auto apply = [](DiffSidePicker *picker, const DiffSide &side) {
            picker->pathEdit()->setText(side.path);
            picker->setConnection(side.profileId);
            if (side.kind == DiffSide::Kind::Snapshot) picker->setSnapshotFile(side.path);
        };
        apply(m_source, t);
        apply(m_target, s);
    });
    auto *sides = new QHBoxLayout;
    sides->addWidget(m_source, 1);
    sides->addWidget(swap);
    sides->addWidget(m_target, 1);

    m_include = new QLineEdit(box);
    m_include->setPlaceholderText(tr("all schemas"));
    m_include->setAccessibleName(tr("Schemas to compare"));
    m_include->setToolTip(tr("Compare only these schemas (separated by commas or spaces)."));
    m_exclude = new QLineEdit(box);
    m_exclude->setPlaceholderText(tr("none"));
    m_exclude->setAccessibleName(tr("Schemas to leave out"));
    m_ignoreOwners = checkBox(tr("Ignore ow&ners"), tr("Do not compare who owns objects."), box);
    m_ignorePrivileges = checkBox(tr("Ignore &privileges"), tr("Do not compare grants."), box);
    m_ignoreComments = checkBox(tr("I&gnore comments"), tr("Do not compare comments."), box);
    m_compare = new QPushButton(tr("C&ompare"), box);
    m_compare->setAccessibleName(tr("Compare"));
    m_compare->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), box);
    m_cancel->setAccessibleName(tr("Cancel the comparison"));
    connect(m_compare, &QPushButton::clicked, this, &DiffView::compare);
    connect(m_cancel, &QPushButton::clicked, this, &DiffView::cancel);
    connect(m_source, &DiffSidePicker::changed, this, &DiffView::updateButtons);
    connect(m_target, &DiffSidePicker::changed, this, &DiffView::updateButtons);

    auto *options = new QHBoxLayout;
    auto *includeLabel = new QLabel(tr("&Schemas:"), box);
    includeLabel->setBuddy(m_include);
    auto *excludeLabel = new QLabel(tr("E&xcept:"), box);
    excludeLabel->setBuddy(m_exclude);
    options->addWidget(includeLabel);
    options->addWidget(m_include, 1);
    options->addWidget(excludeLabel);
    options->addWidget(m_exclude, 1);
    options->addWidget(m_ignoreOwners);
    options->addWidget(m_ignorePrivileges);
    options->addWidget(m_ignoreComments);
    options->addSpacing(12);
    options->addWidget(m_compare);
    options->addWidget(m_cancel);

    m_progress = new QProgressBar(box);
    m_progress->setRange(0, 100);
    m_progress->setAccessibleName(tr("Comparison progress"));
    m_step = new QLabel(box);
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_step, 2);

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(sides);
    layout->addLayout(options);
    layout->addLayout(progress);
    return box;
}

QWidget *DiffView::buildResults()
{
    auto *split = new QSplitter(Qt::Horizontal, this);

    auto *left = new QWidget(split);
    m_show = new QComboBox(left);
    m_show->setAccessibleName(tr("Show objects"));
    m_show->addItem(tr("All objects"), int(DiffFilterModel::Show::All));
    m_show->addItem(tr("All differences"), int(DiffFilterModel::Show::AllDifferences));
    m_show->addItem(tr("Different only"), int(DiffFilterModel::Show::Different));
    m_show->addItem(tr("Only in source"), int(DiffFilterModel::Show::OnlyInSource));
    m_show->addItem(tr("Only in target"), int(DiffFilterModel::Show::OnlyInTarget));
    m_textFilter = new QLineEdit(left);
    m_textFilter->setPlaceholderText(tr("Filter by name"));
    m_textFilter->setAccessibleName(tr("Filter objects by name"));
    m_textFilter->setClearButtonEnabled(true);
    m_counts = new QLabel(left);
    m_counts->setAccessibleName(tr("Object counts"));
    m_counts->setWordWrap(true);
    m_model = new DiffTreeModel(this);
    m_filter = new DiffFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_tree = new QTreeView(left);
    m_tree->setAccessibleName(tr("Objects of both sides"));
    m_tree->setModel(m_filter);
    m_tree->setUniformRowHeights(true);
    m_tree->setTextElideMode(Qt::ElideMiddle); // keeps the schema and the end of a long name
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(DiffTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(DiffTreeModel::StateColumn, QHeaderView::ResizeToContents);
    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setShow(DiffFilterModel::Show(m_show->currentData().toInt()));
        m_tree->expandAll();
    });
    connect(m_textFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        m_tree->expandAll();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showObject(m_filter->mapToSource(current)); });
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_show);
    filters->addWidget(m_textFilter, 1);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_counts);
    leftLayout->addWidget(m_tree, 1);

    m_details = new QTabWidget(split);
    m_details->setAccessibleName(tr("Comparison details"));
    auto *objectPage = new QSplitter(Qt::Vertical, m_details);
    m_ddl = new DiffDdlPane(objectPage);
    auto *planBox = new QWidget(objectPage);
    auto *planTitle = new QLabel(tr("Plan statements for this object, with their hazards:"), planBox);
    m_objectPlan = new QPlainTextEdit(planBox);
    m_objectPlan->setReadOnly(true);
    m_objectPlan->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_objectPlan->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_objectPlan->setAccessibleName(tr("Plan statements for the selected object"));
    m_openObjectPlan = new QPushButton(tr("Open in Editor"), planBox);
    m_openObjectPlan->setAccessibleName(tr("Open the object's statements in the SQL editor"));
    connect(m_openObjectPlan, &QPushButton::clicked, this, [this] {
        emit openInEditorRequested(m_objectPlan->toPlainText(), tr("Plan: %1").arg(m_ddl->property("object").toString()));
    });
    auto *planHeader = new QHBoxLayout;
    planHeader->addWidget(planTitle, 1);
    planHeader->addWidget(m_openObjectPlan);
    auto *planLayout = new QVBoxLayout(planBox);
    planLayout->setContentsMargins(0, 0, 0, 0);
    planLayout->addLayout(planHeader);
    planLayout->addWidget(m_objectPlan);
    objectPage->addWidget(m_ddl);
    objectPage->addWidget(planBox);
    objectPage->setStretchFactor(0, 3);
    objectPage->setStretchFactor(1, 2);
    m_details->addTab(objectPage, tr("Ob&ject"));

    auto *wholePage = new QWidget(m_details);
    m_plan = new DiffPlanPanel(wholePage);
    connect(m_plan, &DiffPlanPanel::openInEditorRequested, this, &DiffView::openInEditorRequested);
    m_save[0] = new QPushButton(tr("Save Source Snapshot…"), wholePage);
    m_save[1] = new QPushButton(tr("Save Target Snapshot…"), wholePage);
    for (int i = 0; i < 2; ++i) {
        m_save[i]->setAccessibleName(QString(m_save[i]->text()).remove(u'…'));
        m_save[i]->setToolTip(tr("Writes the schema read from the database to a JSON snapshot file."));
        connect(m_save[i], &QPushButton::clicked, this, [this, i] { askSaveSnapshot(i == 0); });
    }
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_save[0]);
    saveRow->addWidget(m_save[1]);
    auto *wholeLayout = new QVBoxLayout(wholePage);
    wholeLayout->addWidget(m_plan, 1);
    wholeLayout->addLayout(saveRow);
    m_details->addTab(wholePage, tr("&Whole plan"));
    m_rehearsal = new DiffRehearsalPanel(m_profiles, m_credentials, m_details);
    m_details->addTab(m_rehearsal, tr("Rehearsa&l"));

    split->addWidget(left);
    split->addWidget(m_details);
    split->setStretchFactor(0, 1); // object names ("public.customer_order_summary") stay readable
    split->setStretchFactor(1, 2);
    left->setMinimumWidth(320); // room for "schema.table_name" and its state
    split->setSizes({450, 900});
    updateCounts();
    return split;
}

diff::DiffOptions DiffView::options() const
{
    diff::DiffOptions o;
    o.includeSchemas = schemaList(m_include->text());
    o.excludeSchemas = schemaList(m_exclude->text());
    o.ignoreOwners = m_ignoreOwners->isChecked();
    o.ignorePrivileges = m_ignorePrivileges->isChecked();
    o.ignoreComments = m_ignoreComments->isChecked();
    return o;
}

void DiffView::compare()
{
    if (!m_source->isComplete() || !m_target->isComplete()) {
        m_banner->showMessage(MessageBanner::Level::Warning, tr("Nothing to compare yet"),
                              tr("Pick a connection or a snapshot file for both the source and the target."));
        return;
    }
    const DiffSide source = m_source->side();
    const DiffSide target = m_target->side();
    auto profileOf = [this](const DiffSide &side) {
        if (side.kind != DiffSide::Kind::Connection || !m_profiles) return ConnectionProfile();
        return m_profiles->byId(side.profileId).value_or(ConnectionProfile());
    };
    m_sideIsDatabase[0] = source.kind == DiffSide::Kind::Connection;
    m_sideIsDatabase[1] = target.kind == DiffSide::Kind::Connection;
    m_banner->setVisible(false);
    m_progress->setValue(0);
    setRunning(true);
    m_controller->start(source, profileOf(source), target, profileOf(target), options());
}

void DiffView::cancel()
{
    if (!m_controller->isRunning()) return;
    m_controller->cancel();
    setRunning(false);
    m_step->setText(tr("Cancelled."));
}

bool DiffView::isRunning() const
{
    return m_controller->isRunning();
}

void DiffView::setRunning(bool running)
{
    m_compare->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
    if (running) {
        m_step->setText(tr("Starting…"));
        m_poll->start();
    } else {
        m_poll->stop();
    }
    updateButtons();
}

void DiffView::updateButtons()
{
    const bool running = m_controller->isRunning();
    m_compare->setEnabled(!running && m_source->isComplete() && m_target->isComplete());
    for (int i = 0; i < 2; ++i) m_save[i]->setEnabled(!running && m_result && m_sideIsDatabase[i]);
}

void DiffView::showResult(std::shared_ptr<const DiffResult> result)
{
    m_result = std::move(result);
    setRunning(false);
    m_step->setText(m_result->changes.isEmpty()
                        ? tr("No differences.")
                        : tr("%1, %2.", "changes, plan statements")
                              .arg(tr("%n change(s)", nullptr, int(m_result->changes.size())),
                                   tr("%n plan statement(s)", nullptr, int(m_result->plan.statements.size()))));
    m_model->setResult(m_result);
    m_plan->setResult(m_result.get());
    const DiffSide source = m_source->side();
    m_rehearsal->setResult(m_result, source.kind == DiffSide::Kind::Connection ? source.profileId
                                                                              : QString());
    m_tree->expandAll();
    m_ddl->clear();
    m_objectPlan->clear();
    m_openObjectPlan->setEnabled(false);
    updateCounts();
    updateButtons();
    emit comparisonFinished();
}

void DiffView::showFailure(bool sourceSide, const DbError &error)
{
    setRunning(false);
    m_step->setText(tr("Failed."));
    const QString what = sourceSide ? m_source->describe() : m_target->describe();
    m_banner->showError(error, sourceSide ? tr("Could not read the source %1").arg(what)
                                          : tr("Could not read the target %1").arg(what));
}

void DiffView::showObject(const QModelIndex &index)
{
    const int at = index.isValid() ? index.data(DiffTreeModel::ObjectRole).toInt() : -1;
    if (!m_result || at < 0) {
        m_ddl->clear();
        m_objectPlan->clear();
        m_openObjectPlan->setEnabled(false);
        return;
    }
    const DiffObject &object = m_result->objects.at(at);
    const QString title = tr("%1 %2 — %3")
                              .arg(diff::SchemaChange::kindName(object.kind), object.display(),
                                   DiffObject::stateName(object.state));
    m_ddl->setProperty("object", object.display());
    m_ddl->setTexts(title, m_result->ddl(object, true), m_result->ddl(object, false));
    const QString plan = m_result->planText(object);
    m_objectPlan->setPlainText(plan.isEmpty() ? tr("-- Nothing to do: the object is the same on both sides.")
                                              : plan);
    m_openObjectPlan->setEnabled(!plan.isEmpty());
}

bool DiffView::selectObject(const QString &display)
{
    if (!m_result) return false;
    for (int i = 0; i < m_result->objects.size(); ++i) {
        if (m_result->objects.at(i).display() != display) continue;
        const QModelIndex index = m_filter->mapFromSource(m_model->indexOfObject(i));
        if (!index.isValid()) return false;
        m_tree->setCurrentIndex(index);
        m_details->setCurrentIndex(0);
        return true;
    }
    return false;
}

void DiffView::updateCounts()
{
    if (!m_result) {
        m_counts->setText(tr("Pick a source and a target, then Compare."));
        return;
    }
    using State = DiffObject::State;
    auto chip = [this](State state, const char *color, const QString &symbol) {
        return QStringLiteral("<span style=\"color:%1;font-weight:bold\">%2</span>&nbsp;%3&nbsp;%4")
            .arg(QLatin1String(color), symbol)
            .arg(m_result->count(state))
            .arg(DiffObject::stateName(state).toHtmlEscaped().replace(u' ', QLatin1String("&nbsp;")));
    };
    m_counts->setText(QStringList{chip(State::Different, "#d98c00", QStringLiteral("\u2260")),
                                  chip(State::OnlyInSource, "#c62828", QStringLiteral("\u2212")),
                                  chip(State::OnlyInTarget, "#2e7d32", QStringLiteral("+")),
                                  chip(State::Identical, "#8a8f98", QStringLiteral("="))}
                          .join(QLatin1String(" &nbsp; ")));
}

void DiffView::askSaveSnapshot(bool sourceSide)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Schema Snapshot"), QString(),
                                                      tr("Schema snapshots (*.json)"));
    if (!path.isEmpty()) saveSnapshot(sourceSide, path);
}

void DiffView::saveSnapshot(bool sourceSide, const QString &path)
{
    if (!m_result) return;
    auto result = m_result;
    const QFuture<QString> future = QtConcurrent::run([result, sourceSide, path] {
        QString error;
        return catalog::Snapshot::save(sourceSide ? result->source : result->target, path, &error)
                   ? QString()
                   : error;
    });
    onFinished(this, future, [this, path](const QString &error) {
        if (error.isEmpty())
            m_banner->showMessage(MessageBanner::Level::Success, tr("Snapshot saved"), path);
        else
            m_banner->showMessage(MessageBanner::Level::Error, tr("Could not save the snapshot"), error);
    });
}

} // namespace slipway
