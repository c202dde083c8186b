#include "planview.h"

#include "planstepdetail.h"
#include "planstepmodel.h"
#include "plansummarybar.h"
#include "runbookfile.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace slipway {

using namespace plan;

PlanView::PlanView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("planView"));
    m_summary = new PlanSummaryBar(this);
    m_model = new PlanStepModel(this);

    // The buttons first: Tab visits them first, as they are drawn on top.
    m_buttons = new QWidget(this);
    auto *buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    QPushButton *open = addButton(tr("&Open Plan…"), tr("Open a saved plan file (.json)"), QStringLiteral("openPlan"));
    QPushButton *save = addButton(tr("S&ave Plan…"), tr("Save the plan as a reviewable file (.json)"),
                                  QStringLiteral("savePlan"));
    QPushButton *exportButton = addButton(tr("E&xport Runbook…"),
                                          tr("Write the deployment runbook (Markdown or HTML)"),
                                          QStringLiteral("exportRunbook"));
    m_present = addButton(tr("&Present"), tr("Walk stakeholders through the plan, one step per screen, full screen"),
                          QStringLiteral("presentPlan"));
    m_run = addButton(tr("&Run…"), tr("Open this plan in the Run tab: dry run, run or roll back it step by step, "
                                      "with the monitor alongside"),
                      QStringLiteral("runPlan"));
    m_run->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    open->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    save->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_present->setIcon(style()->standardIcon(QStyle::SP_DesktopIcon));
    buttons->addStretch();
    connect(open, &QPushButton::clicked, this, &PlanView::openPlan);
    connect(save, &QPushButton::clicked, this, &PlanView::savePlanAs);
    connect(exportButton, &QPushButton::clicked, this, &PlanView::exportRunbook);
    connect(m_present, &QPushButton::clicked, this, &PlanView::present);
    connect(m_run, &QPushButton::clicked, this, [this] { emit runRequested(plan(), m_filePath); });


    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("planSteps"));
    m_table->setAccessibleName(tr("Plan steps"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(PlanStepModel::StatementColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(40);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PlanView::showStep);

    m_detail = new PlanStepDetail(this);


    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    // At least six steps in view above the details.
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height()
                              + 6 * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth());
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_buttons);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
}

QPushButton *PlanView::addButton(const QString &text, const QString &tip, const QString &name)
{
    auto *button = new QPushButton(text, m_buttons);
    button->setObjectName(name);
    button->setToolTip(tip);
    button->setAccessibleDescription(tip);
    m_buttons->layout()->addWidget(button);
    return button;
}

void PlanView::setPlan(const MigrationPlan &plan, const QString &filePath)
{
    m_filePath = filePath;
    m_model->setPlan(plan);
    m_summary->setPlan(plan);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(PlanStepModel::StatementColumn, QHeaderView::Stretch);
    for (int column : {int(PlanStepModel::LockColumn), int(PlanStepModel::DurationColumn)})
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), 320));
    if (!plan.steps.isEmpty())
        selectStep(0);
    else
        m_detail->setStep(nullptr);
    emit titleChanged(displayName());
}

const MigrationPlan &PlanView::plan() const
{
    return m_model->plan();
}

QString PlanView::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    return plan().title.isEmpty() ? tr("Plan") : plan().title;
}

int PlanView::currentStep() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void PlanView::selectStep(int index)
{
    const QModelIndex target = m_model->index(index, 0);
    if (!target.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(target);
    showStep();
}

void PlanView::showStep()
{
    m_detail->setStep(m_model->step(currentStep()));
}

bool PlanView::openFile(const QString &path, QString *error)
{
    std::optional<MigrationPlan> loaded = MigrationPlan::load(path, error);
    if (!loaded)
        return false;
    setPlan(*loaded, path);
    return true;
}

bool PlanView::saveFile(const QString &path, QString *error)
{
    if (!plan().save(path, error))
        return false;
    m_filePath = path;
    emit titleChanged(displayName());
    return true;
}

void PlanView::openPlan()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Plan"), QFileInfo(m_filePath).absolutePath(),
                                                      tr("Migration plans (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openFile(path, &error)) {
        QMessageBox::warning(this, tr("Open Plan"), error);
        return;
    }
    emit info(tr("Opened plan %1.").arg(QDir::toNativeSeparators(path)));
}

void PlanView::savePlanAs()
{
    QString start = m_filePath;
    if (start.isEmpty())
        start = QDir::home().filePath(tr("migration-plan.json"));
    QString path = QFileDialog::getSaveFileName(this, tr("Save Plan"), start, tr("Migration plans (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    QString error;
    if (!saveFile(path, &error)) {
        QMessageBox::warning(this, tr("Save Plan"), error);
        return;
    }
    emit info(tr("Saved plan to %1.").arg(QDir::toNativeSeparators(path)));
}

void PlanView::exportRunbook()
{
    QStringList filters;
    for (const RunbookFile::FormatInfo &info : RunbookFile::formats())
        filters << info.filter;
    const QString base = m_filePath.isEmpty() ? QDir::home().filePath(tr("runbook"))
                                              : QFileInfo(m_filePath).absolutePath() + QLatin1Char('/')
                                                    + QFileInfo(m_filePath).completeBaseName() + tr("-runbook");
    QString selected = filters.constFirst();
    QString path = QFileDialog::getSaveFileName(this, tr("Export Runbook"), base + QStringLiteral(".md"),
                                                filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    const RunbookFile::Format format = RunbookFile::formatFor(path, selected);
    if (QFileInfo(path).suffix().isEmpty()) {
        for (const RunbookFile::FormatInfo &info : RunbookFile::formats())
            if (info.format == format)
                path += QLatin1Char('.') + info.extension;
    }
    QString error;
    if (!RunbookFile::write(plan(), path, format, &error)) {
        QMessageBox::warning(this, tr("Export Runbook"), error);
        return;
    }
    emit info(tr("Runbook written to %1.").arg(QDir::toNativeSeparators(path)));
}

void PlanView::present()
{
    emit presentRequested(plan());
}

} // namespace slipway
