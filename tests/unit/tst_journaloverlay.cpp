// Slipway's journal over another tool's history: what `migrate` ran counts as
// applied, a rollback takes it out, a failed attempt shows unless the tool
// has it applied.
#include "migrations/journaloverlay.h"
#include "migrations/migrationstatus.h"

#include <QtTest>

using namespace slipway::migrations;

class TestJournalOverlay : public QObject {
    Q_OBJECT

    static AppliedMigration flyway(const QString &version)
    {
        AppliedMigration m;
        m.tool = HistoryTool::Flyway;
        m.version = version;
        m.checksum = QStringLiteral("100") + version;
        return m;
    }

    static JournalEntry entry(const QString &version, JournalEntry::Status status)
    {
        JournalEntry e;
        e.version = version;
        e.name = QStringLiteral("m") + version;
        e.checksum = QStringLiteral("100") + version;
        e.status = status;
        return e;
    }

    static QMap<QString, QString> states(const QList<AppliedMigration> &rows)
    {
        QList<Migration> folder;
        for (const char *v : {"1", "2", "3", "4"}) {
            Migration m;
            m.version = QString::fromLatin1(v);
            m.checksum = QStringLiteral("100") + m.version;
            folder << m;
        }
        QMap<QString, QString> out;
        for (const MigrationStatus &s : MigrationStatus::join(folder, rows))
            out.insert(s.version, MigrationStatus::stateName(s.state));
        return out;
    }

private slots:
    void journalFillsInWhatSlipwayRan()
    {
        const QList<AppliedMigration> rows = overlayJournal(
            {flyway(QStringLiteral("1"))},
            {entry(QStringLiteral("2"), JournalEntry::Status::Succeeded),
             entry(QStringLiteral("3"), JournalEntry::Status::Failed)});
        const auto s = states(rows);
        QCOMPARE(s.value(QStringLiteral("1")), QStringLiteral("applied"));
        QCOMPARE(s.value(QStringLiteral("2")), QStringLiteral("applied"));
        QCOMPARE(s.value(QStringLiteral("3")), QStringLiteral("failed"));
        QCOMPARE(s.value(QStringLiteral("4")), QStringLiteral("pending"));
    }

    void newestJournalRowWins()
    {
        // Applied by Flyway, rolled back by Slipway: pending again.
        auto s = states(overlayJournal({flyway(QStringLiteral("1")), flyway(QStringLiteral("2"))},
                                       {entry(QStringLiteral("2"), JournalEntry::Status::RolledBack)}));
        QCOMPARE(s.value(QStringLiteral("2")), QStringLiteral("pending"));
        // Run, rolled back, run again: applied.
        s = states(overlayJournal({}, {entry(QStringLiteral("3"), JournalEntry::Status::Succeeded),
                                       entry(QStringLiteral("3"), JournalEntry::Status::RolledBack),
                                       entry(QStringLiteral("3"), JournalEntry::Status::Succeeded)}));
        QCOMPARE(s.value(QStringLiteral("3")), QStringLiteral("applied"));
        // A failed rollback attempt does not undo what the tool applied.
        s = states(overlayJournal({flyway(QStringLiteral("1"))},
                                  {entry(QStringLiteral("1"), JournalEntry::Status::Failed)}));
        QCOMPARE(s.value(QStringLiteral("1")), QStringLiteral("applied"));
    }

    void editorScriptsAndPlanStepsAreNotFolderMigrations()
    {
        const QList<AppliedMigration> rows = overlayJournal(
            {}, {entry(QStringLiteral("script:orders.sql"), JournalEntry::Status::Succeeded),
                 entry(QStringLiteral("plan:add-priority#1"), JournalEntry::Status::Succeeded),
                 entry(QStringLiteral("3"), JournalEntry::Status::Succeeded)});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].version, QStringLiteral("3"));
    }

    void scriptsWithoutVersionAreIgnored()
    {
        const QList<AppliedMigration> rows =
            overlayJournal({flyway(QStringLiteral("1"))}, {entry(QString(), JournalEntry::Status::Succeeded)});
        QCOMPARE(rows.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestJournalOverlay)
#include "tst_journaloverlay.moc"
