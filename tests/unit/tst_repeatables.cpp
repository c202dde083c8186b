// Flyway repeatable migrations (R__*.sql) in a run: after the versioned ones,
// only when never applied or changed since (Flyway's history row or Slipway's
// journal, keyed R__<description>), never for a partial migrate (--to).
#include "migrations/journaloverlay.h"
#include "run/executionitem.h"
#include "run/pendingmigrations.h"

#include <QtTest>

using namespace slipway;
using namespace slipway::migrations;
using slipway::run::AppliedState;
using slipway::run::ExecutionItem;

class TestRepeatables : public QObject {
    Q_OBJECT

    static Migration versioned(const QString &version)
    {
        Migration m;
        m.version = version;
        m.name = QStringLiteral("step ") + version;
        m.upSql = QStringLiteral("SELECT 1;");
        m.checksum = version;
        m.checksumKind = ChecksumKind::FlywayCrc32;
        return m;
    }

    static Migration repeatable(const QString &name, const QString &checksum)
    {
        Migration m;
        m.name = name;
        m.repeatable = true;
        m.upSql = QStringLiteral("CREATE OR REPLACE VIEW v AS SELECT 1;");
        m.checksum = checksum;
        m.checksumKind = ChecksumKind::FlywayCrc32;
        return m;
    }

    static AppliedMigration flywayRow(const QString &version, const QString &description, const QString &checksum)
    {
        AppliedMigration a;
        a.tool = HistoryTool::Flyway;
        a.version = version;
        a.description = description;
        a.checksum = checksum;
        return a;
    }

    static JournalEntry journaled(const QString &version, const QString &checksum)
    {
        JournalEntry e;
        e.version = version;
        e.checksum = checksum;
        e.status = JournalEntry::Status::Succeeded;
        return e;
    }

    static QStringList names(const QList<Migration> &migrations)
    {
        QStringList out;
        for (const Migration &m : migrations)
            out << (m.repeatable ? Migration::repeatableKey(m.name) : m.version);
        return out;
    }

    static AppliedState stateOf(const QList<Migration> &folder, const QList<AppliedMigration> &history,
                                const QList<JournalEntry> &journal)
    {
        AppliedState state;
        state.history = history;
        state.journal = journal;
        state.applied = AppliedState::appliedVersions(folder, history, journal);
        return state;
    }

private slots:
    void runAfterTheVersionedOnesWhenNewOrChanged()
    {
        const QList<Migration> folder{versioned(QStringLiteral("1")), versioned(QStringLiteral("2")),
                                      repeatable(QStringLiteral("orders view"), QStringLiteral("100")),
                                      repeatable(QStringLiteral("users view"), QStringLiteral("200"))};
        // Flyway applied V1 and both repeatables; "users view" changed since.
        const QList<AppliedMigration> history{flywayRow(QStringLiteral("1"), QStringLiteral("step 1"), QStringLiteral("1")),
                                              flywayRow({}, QStringLiteral("orders view"), QStringLiteral("100")),
                                              flywayRow({}, QStringLiteral("users view"), QStringLiteral("199"))};
        AppliedState state = stateOf(folder, history, {});
        QCOMPARE(names(state.pending(folder)), (QStringList{QStringLiteral("2"), QStringLiteral("R__users view")}));
        // A partial migrate leaves them for the full one.
        QCOMPARE(names(state.pending(folder, QStringLiteral("2"))), QStringList{QStringLiteral("2")});

        // Slipway ran the changed one: its journal row (R__users view) is the newer word.
        state = stateOf(folder, history, {journaled(QStringLiteral("2"), QStringLiteral("2")),
                                          journaled(QStringLiteral("R__users view"), QStringLiteral("200"))});
        QCOMPARE(names(state.pending(folder)), QStringList());

        // Never applied anywhere: pending.
        state = stateOf(folder, {flywayRow(QStringLiteral("1"), QStringLiteral("step 1"), QStringLiteral("1"))}, {});
        QCOMPARE(names(state.pending(folder)), (QStringList{QStringLiteral("2"), QStringLiteral("R__orders view"),
                                                            QStringLiteral("R__users view")}));
    }

    void journaledUnderTheirKey()
    {
        const ExecutionItem item = ExecutionItem::up(repeatable(QStringLiteral("users view"), QStringLiteral("200")));
        QCOMPARE(item.version, QStringLiteral("R__users view"));
        QCOMPARE(item.displayName(), QStringLiteral("R__users view"));
        // Read back, the journal row stands for the Flyway row it replaces.
        const QList<AppliedMigration> overlaid =
            overlayJournal({flywayRow({}, QStringLiteral("users view"), QStringLiteral("199"))},
                           {journaled(QStringLiteral("R__users view"), QStringLiteral("200"))});
        QCOMPARE(overlaid.size(), 1);
        QCOMPARE(overlaid.first().version, QString());
        QCOMPARE(overlaid.first().description, QStringLiteral("users view")); // from the key
        QCOMPARE(overlaid.first().checksum, QStringLiteral("200"));
    }
};

QTEST_GUILESS_MAIN(TestRepeatables)
#include "tst_repeatables.moc"
