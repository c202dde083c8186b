#include "migrationsource.h"

#include "checksum.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace slipway::migrations {

namespace {

using Tr = MigrationSource;

struct Reader {
    MigrationSet &set;

    void error(const QString &path, const QString &message) { set.errors.append({path, message}); }

    // The file's bytes; nullopt (and an error naming the file) when unreadable.
    std::optional<QByteArray> read(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            error(path, Tr::tr("%1: cannot read the file: %2")
                            .arg(QDir::toNativeSeparators(path), file.errorString()));
            return std::nullopt;
        }
        return file.readAll();
    }

    // True (and an error naming both files) when another file already has this
    // version. `duplicateMessage` takes %1 this file, %2 the version, %3 the other file.
    bool isDuplicate(const QHash<QString, QString> &seen, const QString &version, const QString &path,
                     const QString &duplicateMessage = Tr::tr("%1: duplicate version %2 (also %3)"))
    {
        const auto other = seen.constFind(version);
        if (other == seen.constEnd())
            return false;
        error(path, duplicateMessage.arg(QDir::toNativeSeparators(path), version, QDir::toNativeSeparators(*other)));
        return true;
    }

    // Puts each down (undo) script on the migration of its version; one
    // without a migration is an error. `orphanMessage` takes %1 the file, %2 the version.
    void attachDowns(QHash<QString, Migration> &migrations, const QHash<QString, QString> &downs,
                     const QString &orphanMessage)
    {
        for (auto it = downs.cbegin(); it != downs.cend(); ++it) {
            auto found = migrations.find(it.key());
            if (found == migrations.end()) {
                error(it.value(), orphanMessage.arg(QDir::toNativeSeparators(it.value()), it.key()));
                continue;
            }
            if (const auto bytes = read(it.value())) {
                found->downSql = QString::fromUtf8(*bytes);
                found->downPath = it.value();
            }
        }
    }
};

QStringList sqlFiles(const QString &directory)
{
    return QDir(directory).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
}

const QRegularExpression &flywayPattern()
{
    static const QRegularExpression re(QStringLiteral("^([VU])([0-9][0-9._]*?)__(.*)\\.sql$"));
    return re;
}
const QRegularExpression &flywayRepeatablePattern()
{
    static const QRegularExpression re(QStringLiteral("^R__(.+)\\.sql$"));
    return re;
}
const QRegularExpression &golangPattern()
{
    static const QRegularExpression re(QStringLiteral("^([0-9]+)(?:_(.*))?\\.(up|down)\\.sql$"));
    return re;
}
const QRegularExpression &numberedPattern()
{
    static const QRegularExpression re(QStringLiteral("^([0-9]+)(?:[_\\-. ](.*))?\\.sql$"));
    return re;
}

QString stripZeros(QString version)
{
    while (version.size() > 1 && version.startsWith(u'0')) version.remove(0, 1);
    return version;
}

QString humanName(QString text) { return text.replace(u'_', u' ').trimmed(); }

void sortByVersion(QList<Migration> &list)
{
    std::stable_sort(list.begin(), list.end(), [](const Migration &a, const Migration &b) {
        if (a.repeatable != b.repeatable) return !a.repeatable; // repeatables run last
        if (a.repeatable) return a.name < b.name;
        return MigrationSource::compareVersions(a.version, b.version) < 0;
    });
}

// Flyway's per-script settings: V1__x.sql.conf with executeInTransaction=false.
bool flywayOutsideTransaction(const QString &sqlPath)
{
    QFile conf(sqlPath + QStringLiteral(".conf"));
    if (!conf.open(QIODevice::ReadOnly)) return false;
    const QString text = QString::fromUtf8(conf.readAll());
    static const QRegularExpression re(
        QStringLiteral("^\\s*executeInTransaction\\s*=\\s*false\\s*$"),
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

void loadFlyway(Reader &r, const QString &dir)
{
    QHash<QString, Migration> versioned; // normalised version -> migration
    QHash<QString, QString> versionedPaths; // version -> path
    QHash<QString, QString> undo;        // version -> path
    QList<Migration> repeatables;
    for (const QString &fileName : sqlFiles(dir)) {
        const QString path = QDir(dir).filePath(fileName);
        if (const auto m = flywayRepeatablePattern().match(fileName); m.hasMatch()) {
            const auto bytes = r.read(path);
            if (!bytes) continue;
            Migration migration;
            migration.name = humanName(m.captured(1));
            migration.repeatable = true;
            migration.upSql = QString::fromUtf8(*bytes);
            migration.upPath = path;
            migration.checksum = QString::number(Checksum::flyway(*bytes));
            migration.checksumKind = ChecksumKind::FlywayCrc32;
            migration.mustRunOutsideTransaction = flywayOutsideTransaction(path);
            repeatables.append(migration);
            continue;
        }
        const auto m = flywayPattern().match(fileName);
        if (!m.hasMatch()) {
            r.error(path, Tr::tr("%1: not a Flyway migration name (expected V<version>__<description>.sql, "
                                 "U<version>__<description>.sql or R__<description>.sql)")
                              .arg(QDir::toNativeSeparators(path)));
            continue;
        }
        QString version = m.captured(2);
        version.replace(u'_', u'.');
        const auto bytes = r.read(path);
        if (!bytes) continue;
        if (m.captured(1) == QLatin1String("U")) {
            if (!r.isDuplicate(undo, version, path,
                               Tr::tr("%1: duplicate undo migration for version %2 (also %3)")))
                undo.insert(version, path);
            continue;
        }
        if (r.isDuplicate(versionedPaths, version, path))
            continue;
        versionedPaths.insert(version, path);
        Migration migration;
        migration.version = version;
        migration.name = humanName(m.captured(3));
        migration.upSql = QString::fromUtf8(*bytes);
        migration.upPath = path;
        migration.checksum = QString::number(Checksum::flyway(*bytes));
        migration.checksumKind = ChecksumKind::FlywayCrc32;
        migration.mustRunOutsideTransaction = flywayOutsideTransaction(path);
        versioned.insert(version, migration);
    }
    r.attachDowns(versioned, undo, Tr::tr("%1: undo migration without a versioned migration %2"));
    QList<Migration> list = versioned.values();
    list.append(repeatables);
    sortByVersion(list);
    r.set.migrations = list;
}

void loadGolangMigrate(Reader &r, const QString &dir)
{
    QHash<QString, Migration> ups;
    QHash<QString, QString> upPaths; // version -> path
    QHash<QString, QString> downs;   // version -> path
    for (const QString &fileName : sqlFiles(dir)) {
        const QString path = QDir(dir).filePath(fileName);
        const auto m = golangPattern().match(fileName);
        if (!m.hasMatch()) {
            r.error(path, Tr::tr("%1: not a golang-migrate file name (expected "
                                 "<version>_<name>.up.sql or <version>_<name>.down.sql)")
                              .arg(QDir::toNativeSeparators(path)));
            continue;
        }
        // golang-migrate stores the version as a bigint: 000001 is 1.
        const QString version = stripZeros(m.captured(1));
        const bool up = m.captured(3) == QLatin1String("up");
        const auto bytes = r.read(path);
        if (!bytes) continue;
        if (!up) {
            if (!r.isDuplicate(downs, version, path,
                               Tr::tr("%1: duplicate down migration for version %2 (also %3)")))
                downs.insert(version, path);
            continue;
        }
        if (r.isDuplicate(upPaths, version, path))
            continue;
        upPaths.insert(version, path);
        Migration migration;
        migration.version = version;
        migration.name = humanName(m.captured(2));
        migration.upSql = QString::fromUtf8(*bytes);
        migration.upPath = path;
        migration.checksum = Checksum::sha256Hex(*bytes);
        ups.insert(version, migration);
    }
    r.attachDowns(ups, downs, Tr::tr("%1: down migration without an up migration for version %2"));
    QList<Migration> list = ups.values();
    sortByVersion(list);
    r.set.migrations = list;
}

void loadDbmate(Reader &r, const QString &dir)
{
    static const QRegularExpression marker(QStringLiteral("^--\\s*migrate:(\\S*)(.*)$"));
    QHash<QString, QString> seen;
    QList<Migration> list;
    for (const QString &fileName : sqlFiles(dir)) {
        const QString path = QDir(dir).filePath(fileName);
        const auto m = numberedPattern().match(fileName);
        if (!m.hasMatch()) {
            r.error(path, Tr::tr("%1: not a dbmate file name (expected <version>_<name>.sql)")
                              .arg(QDir::toNativeSeparators(path)));
            continue;
        }
        const QString version = m.captured(1);
        if (r.isDuplicate(seen, version, path))
            continue;
        const auto bytes = r.read(path);
        if (!bytes) continue;
        Migration migration;
        migration.version = version;
        migration.name = humanName(m.captured(2));
        migration.upPath = path;
        migration.downPath = path;
        migration.checksum = Checksum::sha256Hex(*bytes);
        enum { None, Up, Down } section = None;
        bool sawUp = false;
        bool bad = false;
        bool upNoTransaction = false;
        bool downNoTransaction = false;
        QStringList up;
        QStringList down;
        const QStringList lines = QString::fromUtf8(*bytes).split(u'\n');
        for (int i = 0; i < lines.size(); ++i) {
            const QString line = lines.at(i);
            const auto mm = marker.match(line.trimmed());
            if (mm.hasMatch()) {
                const QString which = mm.captured(1);
                const QStringList options = mm.captured(2).split(u' ', Qt::SkipEmptyParts);
                bool noTransaction = false;
                for (const QString &option : options) {
                    if (option == QLatin1String("transaction:false")) {
                        noTransaction = true;
                    } else if (option != QLatin1String("transaction:true")) {
                        r.error(path, Tr::tr("%1:%2: unknown dbmate option \"%3\"")
                                          .arg(QDir::toNativeSeparators(path))
                                          .arg(i + 1)
                                          .arg(option));
                        bad = true;
                    }
                }
                if (which == QLatin1String("up")) {
                    section = Up;
                    sawUp = true;
                    upNoTransaction = noTransaction;
                } else if (which == QLatin1String("down")) {
                    section = Down;
                    downNoTransaction = noTransaction;
                } else {
                    r.error(path, Tr::tr("%1:%2: unknown dbmate marker \"-- migrate:%3\"")
                                      .arg(QDir::toNativeSeparators(path))
                                      .arg(i + 1)
                                      .arg(which));
                    bad = true;
                }
                continue;
            }
            if (section == Up) up.append(line);
            else if (section == Down) down.append(line);
        }
        if (!sawUp) {
            r.error(path, Tr::tr("%1: no \"-- migrate:up\" marker").arg(QDir::toNativeSeparators(path)));
            continue;
        }
        if (bad) continue;
        migration.upSql = up.join(u'\n').trimmed();
        migration.downSql = down.join(u'\n').trimmed();
        migration.mustRunOutsideTransaction = upNoTransaction;
        Q_UNUSED(downNoTransaction)
        seen.insert(version, path);
        list.append(migration);
    }
    sortByVersion(list);
    r.set.migrations = list;
}

void loadSqitch(Reader &r, const QString &dir)
{
    const QString planPath = QDir(dir).filePath(QStringLiteral("sqitch.plan"));
    const auto plan = r.read(planPath);
    if (!plan) return;
    static const QRegularExpression changeLine(QStringLiteral("^([^\\s@%#:\\[][^\\s\\[]*)\\s*(.*)$"));
    static const QRegularExpression tagLine(QStringLiteral("^@([^\\s]+)"));
    // One entry per plan line of a change; a change reworked after a tag has
    // several. Each but the last deploys the scripts named after the first tag
    // that follows it (deploy/users@v1.0.sql), as `sqitch rework` copies them.
    struct Entry {
        QString change;
        QString name;
        int line = 0;
        QString tagAfter;
    };
    QList<Entry> entries;
    QHash<QString, int> lastEntry; // change -> index into entries
    const QStringList lines = QString::fromUtf8(*plan).split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u'%')) continue;
        if (line.startsWith(u'@')) {
            const QString tag = tagLine.match(line).captured(1);
            for (Entry &e : entries)
                if (e.tagAfter.isEmpty()) e.tagAfter = tag;
            continue;
        }
        const auto m = changeLine.match(line);
        if (!m.hasMatch()) {
            r.error(planPath, Tr::tr("%1:%2: cannot read this plan line")
                                  .arg(QDir::toNativeSeparators(planPath))
                                  .arg(i + 1));
            continue;
        }
        const QString change = m.captured(1);
        if (lastEntry.contains(change) && entries.at(lastEntry.value(change)).tagAfter.isEmpty()) {
            // A rework needs a tag between the two (sqitch rework refuses otherwise).
            r.error(planPath, Tr::tr("%1:%2: change \"%3\" appears twice (also line %4) without a tag between")
                                  .arg(QDir::toNativeSeparators(planPath))
                                  .arg(i + 1)
                                  .arg(change)
                                  .arg(entries.at(lastEntry.value(change)).line));
            continue;
        }
        Entry entry;
        entry.change = change;
        entry.line = i + 1;
        const qsizetype hash = m.captured(2).indexOf(QLatin1String(" # "));
        entry.name = hash >= 0 ? m.captured(2).mid(hash + 3).trimmed() : change;
        lastEntry.insert(change, int(entries.size()));
        entries.append(entry);
    }
    QSet<QString> usedScripts;
    for (int at = 0; at < entries.size(); ++at) {
        const Entry &e = entries.at(at);
        const bool reworkedLater = lastEntry.value(e.change) != at;
        const QString script = reworkedLater ? QStringLiteral("%1@%2.sql").arg(e.change, e.tagAfter)
                                             : QStringLiteral("%1.sql").arg(e.change);
        Migration migration;
        migration.version = reworkedLater ? e.change + QLatin1Char('@') + e.tagAfter : e.change;
        migration.name = e.name;
        migration.upPath = QDir(dir).filePath(QStringLiteral("deploy/") + script);
        migration.downPath = QDir(dir).filePath(QStringLiteral("revert/") + script);
        migration.verifyPath = QDir(dir).filePath(QStringLiteral("verify/") + script);
        usedScripts.insert(script);
        if (!QFileInfo::exists(migration.upPath)) {
            r.error(migration.upPath, Tr::tr("%1: deploy script of change \"%2\" is missing")
                                          .arg(QDir::toNativeSeparators(migration.upPath), migration.version));
            continue;
        }
        const auto up = r.read(migration.upPath);
        if (!up) continue;
        migration.upSql = QString::fromUtf8(*up);
        migration.checksum = Checksum::sha1Hex(*up);
        migration.checksumKind = ChecksumKind::Sha1Hex;
        if (QFileInfo::exists(migration.downPath)) {
            if (const auto down = r.read(migration.downPath)) migration.downSql = QString::fromUtf8(*down);
        } else {
            migration.downPath.clear();
        }
        if (QFileInfo::exists(migration.verifyPath)) {
            if (const auto verify = r.read(migration.verifyPath))
                migration.verifySql = QString::fromUtf8(*verify);
        } else {
            migration.verifyPath.clear();
        }
        r.set.migrations.append(migration);
    }
    // Scripts the plan does not name: a revert without a deploy is an error.
    for (const QString &sub : {QStringLiteral("revert"), QStringLiteral("verify")}) {
        const QString subDir = QDir(dir).filePath(sub);
        for (const QString &fileName : sqlFiles(subDir)) {
            if (usedScripts.contains(fileName)) continue;
            const QString path = QDir(subDir).filePath(fileName);
            r.error(path, Tr::tr("%1: %2 script for a change that is not in sqitch.plan")
                              .arg(QDir::toNativeSeparators(path), sub));
        }
    }
}

QString prismaRoot(const QString &dir)
{
    const QString nested = QDir(dir).filePath(QStringLiteral("migrations"));
    if (QFileInfo(nested).isDir() && !QFileInfo::exists(QDir(dir).filePath(QStringLiteral("migration_lock.toml"))))
        return nested;
    return dir;
}

void loadPrisma(Reader &r, const QString &dir)
{
    static const QRegularExpression folder(QStringLiteral("^([0-9]+)_(.+)$"));
    const QString root = prismaRoot(dir);
    QHash<QString, QString> seen;
    for (const QString &name : QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString sub = QDir(root).filePath(name);
        const QString path = QDir(sub).filePath(QStringLiteral("migration.sql"));
        const auto m = folder.match(name);
        if (!m.hasMatch()) {
            r.error(sub, Tr::tr("%1: not a Prisma migration folder (expected <timestamp>_<name>)")
                             .arg(QDir::toNativeSeparators(sub)));
            continue;
        }
        if (!QFileInfo::exists(path)) {
            r.error(path, Tr::tr("%1: missing migration.sql").arg(QDir::toNativeSeparators(path)));
            continue;
        }
        const QString version = m.captured(1);
        if (r.isDuplicate(seen, version, path))
            continue;
        const auto bytes = r.read(path);
        if (!bytes) continue;
        seen.insert(version, path);
        Migration migration;
        migration.version = version;
        migration.name = m.captured(2);
        migration.upSql = QString::fromUtf8(*bytes);
        migration.upPath = path;
        migration.checksum = Checksum::sha256Hex(*bytes);
        migration.acceptedChecksums = Checksum::prismaAccepted(*bytes);
        r.set.migrations.append(migration);
    }
    sortByVersion(r.set.migrations);
}

void loadPlain(Reader &r, const QString &dir)
{
    QHash<QString, QString> seen; // numeric version -> path
    QList<Migration> list;
    for (const QString &fileName : sqlFiles(dir)) {
        const QString path = QDir(dir).filePath(fileName);
        const auto m = numberedPattern().match(fileName);
        if (!m.hasMatch()) {
            r.error(path, Tr::tr("%1: not a numbered migration (expected <number>_<name>.sql)")
                              .arg(QDir::toNativeSeparators(path)));
            continue;
        }
        const QString version = stripZeros(m.captured(1));
        if (r.isDuplicate(seen, version, path))
            continue;
        const auto bytes = r.read(path);
        if (!bytes) continue;
        seen.insert(version, path);
        Migration migration;
        migration.version = version;
        migration.name = humanName(m.captured(2));
        migration.upSql = QString::fromUtf8(*bytes);
        migration.upPath = path;
        migration.checksum = Checksum::sha256Hex(*bytes);
        list.append(migration);
    }
    sortByVersion(list);
    r.set.migrations = list;
}

bool startsWithDbmateMarker(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return false;
    return file.read(1 << 16).contains("-- migrate:");
}

} // namespace

MigrationFormat MigrationSource::detect(const QString &directory)
{
    const QDir dir(directory);
    if (QFileInfo::exists(dir.filePath(QStringLiteral("sqitch.plan")))) return MigrationFormat::Sqitch;
    const QString prisma = prismaRoot(directory);
    if (QFileInfo::exists(QDir(prisma).filePath(QStringLiteral("migration_lock.toml"))))
        return MigrationFormat::Prisma;
    for (const QString &name : QDir(prisma).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (QFileInfo::exists(QDir(QDir(prisma).filePath(name)).filePath(QStringLiteral("migration.sql"))))
            return MigrationFormat::Prisma;
    }
    const QStringList files = sqlFiles(directory);
    if (files.isEmpty()) return MigrationFormat::Unknown;
    int flyway = 0, golang = 0, dbmate = 0, numbered = 0;
    for (const QString &name : files) {
        if (flywayPattern().match(name).hasMatch() || flywayRepeatablePattern().match(name).hasMatch())
            ++flyway;
        else if (golangPattern().match(name).hasMatch())
            ++golang;
        else if (numberedPattern().match(name).hasMatch()) {
            ++numbered;
            if (startsWithDbmateMarker(dir.filePath(name))) ++dbmate;
        }
    }
    if (flyway > 0 && flyway >= golang && flyway >= numbered) return MigrationFormat::Flyway;
    if (golang > 0 && golang >= numbered) return MigrationFormat::GolangMigrate;
    if (dbmate > 0) return MigrationFormat::Dbmate;
    if (numbered > 0) return MigrationFormat::Plain;
    return MigrationFormat::Unknown;
}

MigrationSet MigrationSource::load(const QString &directory, MigrationFormat format)
{
    MigrationSet set;
    set.directory = directory;
    Reader reader{set};
    if (!QFileInfo(directory).isDir()) {
        reader.error(directory, tr("%1: not a folder").arg(QDir::toNativeSeparators(directory)));
        return set;
    }
    if (format == MigrationFormat::Unknown) format = detect(directory);
    set.format = format;
    switch (format) {
    case MigrationFormat::Flyway: loadFlyway(reader, directory); break;
    case MigrationFormat::GolangMigrate: loadGolangMigrate(reader, directory); break;
    case MigrationFormat::Dbmate: loadDbmate(reader, directory); break;
    case MigrationFormat::Sqitch: loadSqitch(reader, directory); break;
    case MigrationFormat::Prisma: loadPrisma(reader, directory); break;
    case MigrationFormat::Plain: loadPlain(reader, directory); break;
    case MigrationFormat::Unknown:
        reader.error(directory, tr("%1: no migrations found in a known layout (Flyway, "
                                   "golang-migrate, dbmate, Sqitch, Prisma, numbered .sql)")
                                    .arg(QDir::toNativeSeparators(directory)));
        break;
    }
    return set;
}

QString MigrationSource::formatName(MigrationFormat format)
{
    switch (format) {
    case MigrationFormat::Flyway: return QStringLiteral("flyway");
    case MigrationFormat::GolangMigrate: return QStringLiteral("golang-migrate");
    case MigrationFormat::Dbmate: return QStringLiteral("dbmate");
    case MigrationFormat::Sqitch: return QStringLiteral("sqitch");
    case MigrationFormat::Prisma: return QStringLiteral("prisma");
    case MigrationFormat::Plain: return QStringLiteral("plain");
    case MigrationFormat::Unknown: break;
    }
    return QStringLiteral("unknown");
}

std::optional<MigrationFormat> MigrationSource::formatFromName(const QString &name)
{
    for (const MigrationFormat f :
         {MigrationFormat::Flyway, MigrationFormat::GolangMigrate, MigrationFormat::Dbmate,
          MigrationFormat::Sqitch, MigrationFormat::Prisma, MigrationFormat::Plain}) {
        if (name.compare(formatName(f), Qt::CaseInsensitive) == 0) return f;
    }
    if (name == QLatin1String("auto")) return MigrationFormat::Unknown;
    return std::nullopt;
}

int MigrationSource::compareVersions(const QString &a, const QString &b)
{
    static const QRegularExpression split(QStringLiteral("[._\\-]"));
    const QStringList pa = a.split(split);
    const QStringList pb = b.split(split);
    for (qsizetype i = 0; i < qMax(pa.size(), pb.size()); ++i) {
        const QString x = pa.value(i, QStringLiteral("0"));
        const QString y = pb.value(i, QStringLiteral("0"));
        bool okX = false, okY = false;
        const qulonglong nx = x.toULongLong(&okX);
        const qulonglong ny = y.toULongLong(&okY);
        if (okX && okY) {
            if (nx != ny) return nx < ny ? -1 : 1;
            continue;
        }
        if (const int c = x.compare(y); c != 0) return c < 0 ? -1 : 1;
    }
    return 0;
}

} // namespace slipway::migrations
