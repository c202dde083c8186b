#include "planwizard.h"

#include "planwizardpages.h"

#include "plan/wizards/addforeignkeywizard.h"
#include "plan/wizards/addnotnullcolumnwizard.h"
#include "plan/wizards/changetypewizard.h"
#include "plan/wizards/renamecolumnwizard.h"
#include "plan/wizards/replaceindexwizard.h"
#include "plan/wizards/splittablewizard.h"

#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QVBoxLayout>

namespace slipway {

using namespace slipway::plan;
using namespace slipway::plan::wizards;

namespace {

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

PlanWizardField text(const char *key, const QString &label, const QString &placeholder = {},
                     const QString &defaultText = {})
{
    return {QLatin1String(key), label, placeholder, false, false, defaultText};
}

PlanWizardField check(const char *key, const QString &label, bool on = false)
{
    return {QLatin1String(key), label, QString(), true, on, QString()};
}

class KindPage : public QWizardPage {
public:
    explicit KindPage(QListWidget *list, QWidget *parent) : QWizardPage(parent)
    {
        setTitle(PlanWizard::tr("Which change?"));
        setSubTitle(PlanWizard::tr("Each one becomes a plan of small steps that never hold a long lock: "
                                   "expand, backfill, switch, contract."));
        auto *layout = new QVBoxLayout(this);
        auto *label = new QLabel(PlanWizard::tr("&Change:"), this);
        label->setBuddy(list);
        layout->addWidget(label);
        layout->addWidget(list);
    }
};

} // namespace

PlanWizard::PlanWizard(QWidget *parent) : QWizard(parent)
{
    setObjectName(QStringLiteral("planWizard"));
    setWindowTitle(tr("New Expand/Contract Plan"));
    setAccessibleName(windowTitle());
    m_kinds = new QListWidget;
    m_kinds->setObjectName(QStringLiteral("wizardKinds"));
    m_kinds->setAccessibleName(tr("Kind of change"));
    m_kinds->addItems({tr("Rename a column"), tr("Change a column's type"), tr("Add a NOT NULL column with a default"),
                       tr("Split a table (move columns to a new 1:1 table)"), tr("Add a foreign key to a large table"),
                       tr("Replace an index")});
    m_kinds->setCurrentRow(0);
    setPage(KindPageId, new KindPage(m_kinds, this));

    const QString schema = tr("&Schema:"), table = tr("&Table:"), column = tr("&Column:");
    const QString typeHint = tr("needed without a connection, e.g. text");
    const QList<QPair<QString, QList<PlanWizardField>>> kinds{
        {tr("Rename a column"),
         {text("schema", schema, {}, QStringLiteral("public")), text("table", table), text("column", column),
          text("newName", tr("New na&me:")), text("type", tr("T&ype:"), typeHint),
          check("notNull", tr("The column is NOT NU&LL"))}},
        {tr("Change a column's type"),
         {text("schema", schema, {}, QStringLiteral("public")), text("table", table), text("column", column),
          text("oldType", tr("C&urrent type:"), typeHint), text("newType", tr("New t&ype:"), tr("e.g. bigint")),
          text("using", tr("Con&version:"), tr("optional, default column::new type")),
          text("reverse", tr("&Reverse conversion:"), tr("optional, default column::current type")),
          check("notNull", tr("The column is NOT NU&LL"))}},
        {tr("Add a NOT NULL column with a default"),
         {text("schema", schema, {}, QStringLiteral("public")), text("table", table), text("column", column),
          text("type", tr("T&ype:"), tr("e.g. text")), text("default", tr("&Default:"), tr("e.g. 'web' or now()"))}},
        {tr("Split a table"),
         {text("schema", schema, {}, QStringLiteral("public")), text("table", table),
          text("newTable", tr("New tab&le:")), text("columns", tr("&Moved columns:"), tr("name type, name type")),
          text("key", tr("&Key column:"), tr("the single-column primary key"), QStringLiteral("id")),
          text("keyType", tr("Key t&ype:"), {}, QStringLiteral("bigint"))}},
        {tr("Add a foreign key to a large table"),
         {text("schema", schema, {}, QStringLiteral("public")), text("table", table),
          text("columns", tr("&Columns:"), tr("referencing, comma separated")),
          text("refSchema", tr("Re&ferenced schema:"), {}, QStringLiteral("public")),
          text("refTable", tr("&Referenced table:")), text("refColumns", tr("Referenced c&olumns:"), tr("default: id")),
          text("name", tr("Constraint na&me:"), tr("optional")),
          text("onDelete", tr("On &delete:"), tr("optional: CASCADE, SET NULL, RESTRICT")),
          check("createIndex", tr("&Index the columns first (concurrently)"), true)}},
        {tr("Replace an index"),
         {text("schema", schema, {}, QStringLiteral("public")), text("table", table),
          text("oldIndex", tr("&Old index:")), text("newIndex", tr("New &index name:")),
          text("keys", tr("&Keys:"), tr("e.g. customer_id, placed_at DESC")),
          text("predicate", tr("&Where:"), tr("optional, for a partial index")),
          text("method", tr("&Method:"), tr("optional, default btree")),
          text("oldDefinition", tr("Old &definition:"), tr("CREATE INDEX … of the old one, for the way back")),
          check("unique", tr("&Unique")), check("keepOldName", tr("&Give the new index the old name at the end"))}},
    };
    for (int i = 0; i < kinds.size(); ++i) {
        auto *page = new PlanWizardInputsPage(kinds.at(i).first, tr("The few inputs this change needs."),
                                              kinds.at(i).second, this);
        m_inputs << page;
        setPage(FirstInputsPageId + i, page);
    }
    setPage(ReviewPageId, new PlanWizardReviewPage(this));
}

void PlanWizard::setContext(const WizardContext &context, std::shared_ptr<const catalog::SchemaModel> model)
{
    m_context = context;
    m_model = std::move(model);
    if (m_model) m_context.model = m_model.get();
}

PlanWizard::Kind PlanWizard::kind() const { return Kind(qBound(0, m_kinds->currentRow(), int(KindCount) - 1)); }

void PlanWizard::setKind(Kind kind) { m_kinds->setCurrentRow(int(kind)); }

int PlanWizard::nextId() const
{
    if (currentId() == KindPageId)
        return FirstInputsPageId + int(kind());
    if (currentId() >= FirstInputsPageId && currentId() < FirstInputsPageId + int(KindCount))
        return ReviewPageId;
    return -1;
}

bool PlanWizard::generate()
{
    const PlanWizardInputsPage *p = m_inputs.at(int(kind()));
    QStringList errors;
    std::optional<MigrationPlan> plan;
    switch (kind()) {
    case RenameColumn: {
        RenameColumnInputs in{p->text(QStringLiteral("schema")), p->text(QStringLiteral("table")),
                              p->text(QStringLiteral("column")), p->text(QStringLiteral("newName")),
                              p->text(QStringLiteral("type")), p->checked(QStringLiteral("notNull"))};
        plan = RenameColumnWizard::generate(in, m_context, &errors);
        break;
    }
    case ChangeType: {
        ChangeTypeInputs in{p->text(QStringLiteral("schema")), p->text(QStringLiteral("table")),
                            p->text(QStringLiteral("column")), p->text(QStringLiteral("newType")),
                            p->text(QStringLiteral("using")), p->text(QStringLiteral("reverse")),
                            p->text(QStringLiteral("oldType")), p->checked(QStringLiteral("notNull"))};
        plan = ChangeTypeWizard::generate(in, m_context, &errors);
        break;
    }
    case AddNotNullColumn: {
        AddNotNullColumnInputs in{p->text(QStringLiteral("schema")), p->text(QStringLiteral("table")),
                                  p->text(QStringLiteral("column")), p->text(QStringLiteral("type")),
                                  p->text(QStringLiteral("default"))};
        plan = AddNotNullColumnWizard::generate(in, m_context, &errors);
        break;
    }
    case SplitTable: {
        SplitTableInputs in;
        in.schema = p->text(QStringLiteral("schema"));
        in.table = p->text(QStringLiteral("table"));
        in.newTable = p->text(QStringLiteral("newTable"));
        in.key = p->text(QStringLiteral("key"));
        in.keyType = p->text(QStringLiteral("keyType"));
        for (const QString &c : splitList(p->text(QStringLiteral("columns")))) {
            const qsizetype space = c.indexOf(u' ');
            in.columns << SplitColumn{space < 0 ? c : c.left(space), space < 0 ? QString() : c.mid(space + 1).trimmed(),
                                      false};
        }
        plan = SplitTableWizard::generate(in, m_context, &errors);
        break;
    }
    case AddForeignKey: {
        AddForeignKeyInputs in;
        in.schema = p->text(QStringLiteral("schema"));
        in.table = p->text(QStringLiteral("table"));
        in.columns = splitList(p->text(QStringLiteral("columns")));
        in.referencedSchema = p->text(QStringLiteral("refSchema"));
        in.referencedTable = p->text(QStringLiteral("refTable"));
        in.referencedColumns = splitList(p->text(QStringLiteral("refColumns")));
        in.constraintName = p->text(QStringLiteral("name"));
        in.onDelete = p->text(QStringLiteral("onDelete"));
        in.createIndex = p->checked(QStringLiteral("createIndex"));
        plan = AddForeignKeyWizard::generate(in, m_context, &errors);
        break;
    }
    case ReplaceIndex:
    case KindCount: {
        ReplaceIndexInputs in;
        in.schema = p->text(QStringLiteral("schema"));
        in.table = p->text(QStringLiteral("table"));
        in.oldIndex = p->text(QStringLiteral("oldIndex"));
        in.newIndex = p->text(QStringLiteral("newIndex"));
        in.keys = p->text(QStringLiteral("keys"));
        in.method = p->text(QStringLiteral("method"));
        in.predicate = p->text(QStringLiteral("predicate"));
        in.unique = p->checked(QStringLiteral("unique"));
        in.keepOldName = p->checked(QStringLiteral("keepOldName"));
        in.oldDefinition = p->text(QStringLiteral("oldDefinition"));
        plan = ReplaceIndexWizard::generate(in, m_context, &errors);
        break;
    }
    }
    m_inputs.at(int(kind()))->showErrors(errors);
    m_plan = plan;
    return plan.has_value();
}

bool PlanWizard::savePlan(const QString &path, QString *error) const
{
    if (!m_plan) {
        if (error)
            *error = tr("No plan has been generated yet.");
        return false;
    }
    return m_plan->save(path, error);
}

bool PlanWizard::savePlanAs(QWidget *parent, const MigrationPlan &plan)
{
    const QString path = QFileDialog::getSaveFileName(parent, tr("Save Plan"), QString(),
                                                      tr("Slipway plans (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!plan.save(path, &error)) {
        QMessageBox::warning(parent, tr("Save Plan"), error);
        return false;
    }
    return true;
}

void PlanWizard::accept()
{
    if (m_plan)
        emit planReady(*m_plan);
    QWizard::accept();
}

} // namespace slipway
