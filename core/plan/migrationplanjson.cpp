// MigrationPlan <-> JSON. QJsonObject keeps keys sorted, so the file diffs
// stably in a pull request.
#include "migrationplan.h"

#include "util/jsonerrorposition.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace slipway::plan {

namespace {

QString lockKey(LockMode mode) { return mode == LockMode::None ? QStringLiteral("NONE") : lockModeName(mode); }

LockMode lockFromKey(const QString &key)
{
    for (int m = 1; m <= int(LockMode::AccessExclusive); ++m) {
        if (lockModeName(LockMode(m)) == key)
            return LockMode(m);
    }
    return LockMode::None;
}

// The keys of multi-step plans: written only when set, so one-statement
// plans stay as they were and older files (without them) still load.
void addStepExtras(QJsonObject &o, const PlanStep &s)
{
    auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("title", s.title);
    put("phase", phaseName(s.phase));
    put("deployNote", s.deployNote);
    put("rollbackVerificationSql", s.rollbackVerificationSql);
    if (s.backfill)
        o.insert(QStringLiteral("backfill"), s.backfill->toJson());
}

bool readStepExtras(PlanStep &s, const QJsonObject &o, QString *error)
{
    s.title = o.value(QStringLiteral("title")).toString();
    s.phase = phaseFromName(o.value(QStringLiteral("phase")).toString()).value_or(StepPhase::None);
    s.deployNote = o.value(QStringLiteral("deployNote")).toString();
    s.rollbackVerificationSql = o.value(QStringLiteral("rollbackVerificationSql")).toString();
    if (!o.contains(QStringLiteral("backfill")))
        return true;
    QString why;
    s.backfill = run::BackfillSpec::fromJson(o.value(QStringLiteral("backfill")).toObject(), &why);
    if (!s.backfill && error)
        *error = MigrationPlan::tr("Step %1: the backfill is not usable: %2").arg(s.index + 1).arg(why);
    return s.backfill.has_value();
}

QJsonObject stepToJson(const PlanStep &s)
{
    QJsonArray locks;
    for (const PlanLock &l : s.locks)
        locks.append(QJsonObject{{QStringLiteral("relation"), l.relation},
                                 {QStringLiteral("mode"), lockKey(l.mode)},
                                 {QStringLiteral("role"), l.role}});
    QJsonArray tables;
    for (const PlanTable &t : s.tables)
        tables.append(QJsonObject{{QStringLiteral("name"), t.name},
                                  {QStringLiteral("rows"), double(t.rows)},
                                  {QStringLiteral("bytes"), double(t.bytes)}});
    QJsonArray findings;
    for (const PlanFinding &f : s.findings)
        findings.append(QJsonObject{{QStringLiteral("rule"), f.rule},
                                    {QStringLiteral("severity"), f.severity},
                                    {QStringLiteral("message"), f.message}});
    QJsonObject o{
        {QStringLiteral("index"), s.index},
        {QStringLiteral("sql"), s.sql},
        {QStringLiteral("line"), s.line},
        {QStringLiteral("endLine"), s.endLine},
        {QStringLiteral("kind"), s.kind},
        {QStringLiteral("locks"), locks},
        {QStringLiteral("lockMode"), lockKey(s.lockMode)},
        {QStringLiteral("effect"), effectKey(s.effect)},
        {QStringLiteral("effectReason"), s.effectReason},
        {QStringLiteral("blocksReads"), s.blocksReads},
        {QStringLiteral("blocksWrites"), s.blocksWrites},
        {QStringLiteral("outsideTransaction"), s.outsideTransaction},
        {QStringLiteral("transactionNote"), s.transactionNote},
        {QStringLiteral("tables"), tables},
        {QStringLiteral("estimatedSeconds"), s.estimatedSeconds},
        {QStringLiteral("blockingSeconds"), s.blockingSeconds},
        {QStringLiteral("estimateBasis"), s.estimateBasis},
        {QStringLiteral("risk"), riskName(s.risk)},
        {QStringLiteral("riskReason"), s.riskReason},
        {QStringLiteral("pattern"), patternName(s.pattern)},
        {QStringLiteral("patternNote"), s.patternNote},
        {QStringLiteral("destructive"), s.destructive},
        {QStringLiteral("rollbackSql"), s.rollbackSql},
        {QStringLiteral("rollbackLoss"), s.rollbackLoss},
        {QStringLiteral("backupNeeded"), s.backupNeeded},
        {QStringLiteral("backupTables"), QJsonArray::fromStringList(s.backupTables)},
        {QStringLiteral("verificationSql"), s.verificationSql},
        {QStringLiteral("userImpact"), s.userImpact},
        {QStringLiteral("findings"), findings},
    };
    addStepExtras(o, s);
    return o;
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out << item.toString();
    return out;
}

PlanStep stepFromJson(const QJsonObject &o, bool *ok, QString *error)
{
    PlanStep s;
    s.index = o.value(QStringLiteral("index")).toInt();
    s.sql = o.value(QStringLiteral("sql")).toString();
    s.line = o.value(QStringLiteral("line")).toInt();
    s.endLine = o.value(QStringLiteral("endLine")).toInt();
    s.kind = o.value(QStringLiteral("kind")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("locks")).toArray()) {
        const QJsonObject l = v.toObject();
        s.locks << PlanLock{l.value(QStringLiteral("relation")).toString(),
                            lockFromKey(l.value(QStringLiteral("mode")).toString()),
                            l.value(QStringLiteral("role")).toString()};
    }
    s.lockMode = lockFromKey(o.value(QStringLiteral("lockMode")).toString());
    s.effect = effectFromKey(o.value(QStringLiteral("effect")).toString()).value_or(LockImpact::Effect::None);
    s.effectReason = o.value(QStringLiteral("effectReason")).toString();
    s.blocksReads = o.value(QStringLiteral("blocksReads")).toBool();
    s.blocksWrites = o.value(QStringLiteral("blocksWrites")).toBool();
    s.outsideTransaction = o.value(QStringLiteral("outsideTransaction")).toBool();
    s.transactionNote = o.value(QStringLiteral("transactionNote")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("tables")).toArray()) {
        const QJsonObject t = v.toObject();
        s.tables << PlanTable{t.value(QStringLiteral("name")).toString(),
                              qint64(t.value(QStringLiteral("rows")).toDouble(-1)),
                              qint64(t.value(QStringLiteral("bytes")).toDouble(-1))};
    }
    s.estimatedSeconds = o.value(QStringLiteral("estimatedSeconds")).toDouble(-1);
    s.blockingSeconds = o.value(QStringLiteral("blockingSeconds")).toDouble(-1);
    s.estimateBasis = o.value(QStringLiteral("estimateBasis")).toString();
    s.risk = riskFromName(o.value(QStringLiteral("risk")).toString()).value_or(RiskClass::Low);
    s.riskReason = o.value(QStringLiteral("riskReason")).toString();
    s.pattern = patternFromName(o.value(QStringLiteral("pattern")).toString()).value_or(Pattern::Direct);
    s.patternNote = o.value(QStringLiteral("patternNote")).toString();
    s.destructive = o.value(QStringLiteral("destructive")).toBool();
    s.rollbackSql = o.value(QStringLiteral("rollbackSql")).toString();
    s.rollbackLoss = o.value(QStringLiteral("rollbackLoss")).toString();
    s.backupNeeded = o.value(QStringLiteral("backupNeeded")).toBool();
    s.backupTables = stringList(o.value(QStringLiteral("backupTables")));
    s.verificationSql = o.value(QStringLiteral("verificationSql")).toString();
    s.userImpact = o.value(QStringLiteral("userImpact")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        s.findings << PlanFinding{f.value(QStringLiteral("rule")).toString(),
                                  f.value(QStringLiteral("severity")).toString(),
                                  f.value(QStringLiteral("message")).toString()};
    }
    *ok = readStepExtras(s, o, error);
    return s;
}

} // namespace

QJsonObject MigrationPlan::toJson() const
{
    QJsonArray stepArray;
    for (const PlanStep &step : steps)
        stepArray.append(stepToJson(step));
    const QJsonObject summaryJson{
        {QStringLiteral("risk"), riskName(summary.risk)},
        {QStringLiteral("lockSeconds"), summary.lockSeconds},
        {QStringLiteral("lockTimeUnknown"), summary.lockTimeUnknown},
        {QStringLiteral("downtime"), summary.downtime},
        {QStringLiteral("downtimeThresholdSeconds"), summary.downtimeThresholdSeconds},
        {QStringLiteral("approvals"), QJsonArray::fromStringList(summary.approvals)},
        {QStringLiteral("totalSeconds"), summary.totalSeconds},
    };
    QJsonObject json{
        {QStringLiteral("format"), QStringLiteral("slipway-plan")},
        {QStringLiteral("version"), kFormatVersion},
        {QStringLiteral("title"), title},
        {QStringLiteral("source"), QJsonObject{{QStringLiteral("kind"), plan::sourceName(source)},
                                               {QStringLiteral("name"), sourceName}}},
        {QStringLiteral("serverVersion"), serverVersion},
        {QStringLiteral("sizesFromLiveDatabase"), sizesFromLiveDatabase},
        {QStringLiteral("steps"), stepArray},
        {QStringLiteral("summary"), summaryJson},
    };
    if (!description.isEmpty())
        json.insert(QStringLiteral("description"), description);
    return json;
}

std::optional<MigrationPlan> MigrationPlan::fromJson(const QJsonObject &json, QString *error)
{
    if (json.value(QStringLiteral("format")).toString() != QLatin1String("slipway-plan")) {
        if (error)
            *error = tr("Not a Slipway plan (the \"format\" is not \"slipway-plan\").");
        return std::nullopt;
    }
    const int version = json.value(QStringLiteral("version")).toInt();
    if (version < 1 || version > kFormatVersion) {
        if (error)
            *error = tr("Plan format version %1 is not supported (this Slipway reads up to %2).")
                         .arg(version)
                         .arg(kFormatVersion);
        return std::nullopt;
    }
    MigrationPlan plan;
    plan.title = json.value(QStringLiteral("title")).toString();
    const QJsonObject source = json.value(QStringLiteral("source")).toObject();
    const QString kind = source.value(QStringLiteral("kind")).toString();
    plan.source = kind == QLatin1String("diff")     ? PlanSource::Diff
                  : kind == QLatin1String("editor") ? PlanSource::Editor
                  : kind == QLatin1String("wizard") ? PlanSource::Wizard
                                                    : PlanSource::File;
    plan.sourceName = source.value(QStringLiteral("name")).toString();
    plan.serverVersion = json.value(QStringLiteral("serverVersion")).toInt(150000);
    plan.sizesFromLiveDatabase = json.value(QStringLiteral("sizesFromLiveDatabase")).toBool();
    plan.description = json.value(QStringLiteral("description")).toString();
    for (const QJsonValue &v : json.value(QStringLiteral("steps")).toArray()) {
        bool ok = true;
        plan.steps << stepFromJson(v.toObject(), &ok, error);
        if (!ok)
            return std::nullopt;
    }
    const QJsonObject s = json.value(QStringLiteral("summary")).toObject();
    plan.summary.risk = riskFromName(s.value(QStringLiteral("risk")).toString()).value_or(RiskClass::Low);
    plan.summary.lockSeconds = s.value(QStringLiteral("lockSeconds")).toDouble();
    plan.summary.lockTimeUnknown = s.value(QStringLiteral("lockTimeUnknown")).toBool();
    plan.summary.downtime = s.value(QStringLiteral("downtime")).toBool();
    plan.summary.downtimeThresholdSeconds = s.value(QStringLiteral("downtimeThresholdSeconds")).toDouble(5);
    plan.summary.approvals = stringList(s.value(QStringLiteral("approvals")));
    plan.summary.totalSeconds = s.value(QStringLiteral("totalSeconds")).toDouble();
    return plan;
}

QByteArray MigrationPlan::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

bool MigrationPlan::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJsonBytes()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<MigrationPlan> MigrationPlan::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QByteArray data = file.readAll();
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (!doc.isObject()) {
        if (error) {
            const JsonErrorPosition at = JsonErrorPosition::at(data, parseError.offset);
            *error = parseError.error != QJsonParseError::NoError
                ? tr("%1:%2:%3: not valid JSON: %4").arg(path).arg(at.line).arg(at.column).arg(parseError.errorString())
                : tr("%1 is not a plan: the top level is not a JSON object.").arg(path);
        }
        return std::nullopt;
    }
    return fromJson(doc.object(), error);
}

} // namespace slipway::plan
