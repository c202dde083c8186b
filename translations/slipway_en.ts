<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BackfillRunner</name>
    <message numerus="yes">
        <location filename="../core/run/backfillworkerreport.cpp" line="124"/>
        <source>%n row(s) still match the predicate: written behind the walk while it ran. Run the backfill again from the start to do them.</source>
        <translation>
            <numerusform>%n row still matches the predicate: written behind the walk while it ran. Run the backfill again from the start to do them.</numerusform>
            <numerusform>%n rows still match the predicate: written behind the walk while it ran. Run the backfill again from the start to do them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/driftcommand.cpp" line="144"/>
        <source>No drift: the database matches its %n applied migration(s).</source>
        <translation>
            <numerusform>No drift: the database matches its %n applied migration.</numerusform>
            <numerusform>No drift: the database matches its %n applied migrations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/driftcommand.cpp" line="161"/>
        <source>%n drifted object(s) against %1 applied migration(s).</source>
        <translation>
            <numerusform>%n drifted object against %1 applied migration(s).</numerusform>
            <numerusform>%n drifted objects against %1 applied migration(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/journalcommand.cpp" line="103"/>
        <source>%n journal entry(s) written to %1.</source>
        <translation>
            <numerusform>%n journal entry written to %1.</numerusform>
            <numerusform>%n journal entries written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/migratecommand.cpp" line="199"/>
        <source>Plan: %1 (%n step(s))</source>
        <translation>
            <numerusform>Plan: %1 (%n step)</numerusform>
            <numerusform>Plan: %1 (%n steps)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommand.cpp" line="429"/>
        <source>Warning: this dry run runs %n migrations in one transaction and holds every lock they take until the final rollback; the application waits on them meanwhile. On a live database use --dry-run-each.</source>
        <translation>
            <numerusform>Warning: this dry run runs %n migration in one transaction and holds every lock it takes until the final rollback; the application waits on it meanwhile. On a live database use --dry-run-each.</numerusform>
            <numerusform>Warning: this dry run runs %n migrations in one transaction and holds every lock they take until the final rollback; the application waits on them meanwhile. On a live database use --dry-run-each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommand.cpp" line="473"/>
        <source>Dry run: %n migration(s) ran and were rolled back.</source>
        <translation>
            <numerusform>Dry run: %n migration ran and was rolled back.</numerusform>
            <numerusform>Dry run: %n migrations ran and were rolled back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommand.cpp" line="475"/>
        <source>Rolled back %n migration(s).</source>
        <translation>
            <numerusform>Rolled back %n migration.</numerusform>
            <numerusform>Rolled back %n migrations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommand.cpp" line="476"/>
        <source>Applied %n migration(s).</source>
        <translation>
            <numerusform>Applied %n migration.</numerusform>
            <numerusform>Applied %n migrations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommand.cpp" line="483"/>
        <source>Cancelled after %n migration(s).</source>
        <translation>
            <numerusform>Cancelled after %n migration.</numerusform>
            <numerusform>Cancelled after %n migrations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommand.cpp" line="486"/>
        <source>Failed after %n migration(s): %2</source>
        <translation>
            <numerusform>Failed after %n migration: %2</numerusform>
            <numerusform>Failed after %n migrations: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MigrationExecutor</name>
    <message numerus="yes">
        <location filename="../core/run/migrationexecutor.cpp" line="138"/>
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1: %n item</numerusform>
            <numerusform>%1: %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/migrationexecutor.cpp" line="370"/>
        <source>%1 ran in the dry run (rolled back; %n statement(s) skipped)</source>
        <translation>
            <numerusform>%1 ran in the dry run (rolled back; %n statement skipped)</numerusform>
            <numerusform>%1 ran in the dry run (rolled back; %n statements skipped)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MigrationPlan</name>
    <message numerus="yes">
        <location filename="../core/plan/stepmerge.cpp" line="30"/>
        <source>%n statement(s) in one transaction</source>
        <translation>
            <numerusform>%n statement in one transaction</numerusform>
            <numerusform>%n statements in one transaction</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message numerus="yes">
        <location filename="../core/diff/plan.cpp" line="37"/>
        <source>-- Slipway plan: %n change(s)</source>
        <translation>
            <numerusform>-- Slipway plan: %n change</numerusform>
            <numerusform>-- Slipway plan: %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/diff/plan.cpp" line="38"/>
        <source>, %n statement(s)</source>
        <translation>
            <numerusform>, %n statement</numerusform>
            <numerusform>, %n statements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanRunner</name>
    <message numerus="yes">
        <location filename="../core/plan/planexecution.cpp" line="326"/>
        <source>Step %1: backfill %2 done: %n row(s) in %3 batches.</source>
        <translation>
            <numerusform>Step %1: backfill %2 done: %n row in %3 batches.</numerusform>
            <numerusform>Step %1: backfill %2 done: %n rows in %3 batches.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message numerus="yes">
        <location filename="../core/diff/plangroups.cpp" line="121"/>
        <source>runs in one transaction with the next %n statement(s): the dependent views and triggers are dropped, the change made and they are created again, so readers never see them missing; the locks are held until the COMMIT</source>
        <translation>
            <numerusform>runs in one transaction with the next statement: the dependent views and triggers are dropped, the change made and they are created again, so readers never see them missing; the locks are held until the COMMIT</numerusform>
            <numerusform>runs in one transaction with the next %n statements: the dependent views and triggers are dropped, the change made and they are created again, so readers never see them missing; the locks are held until the COMMIT</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/diff/planner.cpp" line="92"/>
        <source> (about %n row(s))</source>
        <translation>
            <numerusform> (about %n row)</numerusform>
            <numerusform> (about %n rows)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RehearsalReport</name>
    <message numerus="yes">
        <location filename="../core/diff/rehearsalreport.cpp" line="52"/>
        <source>Rehearsal clean: the up plan (%n statement(s)) gave the target and the down plan (%1) gave the source back.</source>
        <translation>
            <numerusform>Rehearsal clean: the up plan (%n statement) gave the target and the down plan (%1) gave the source back.</numerusform>
            <numerusform>Rehearsal clean: the up plan (%n statements) gave the target and the down plan (%1) gave the source back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/diff/rehearsalreport.cpp" line="55"/>
        <source>Rehearsal clean: the up plan (%n statement(s)) gave the target.</source>
        <translation>
            <numerusform>Rehearsal clean: the up plan (%n statement) gave the target.</numerusform>
            <numerusform>Rehearsal clean: the up plan (%n statements) gave the target.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/diff/rehearsalreport.cpp" line="72"/>
        <source>Owners and privileges not rehearsed: the scratch server has no role %1 (%n statement(s) skipped).</source>
        <translation>
            <numerusform>Owners and privileges not rehearsed: the scratch server has no role %1 (%n statement skipped).</numerusform>
            <numerusform>Owners and privileges not rehearsed: the scratch server has no role %1 (%n statements skipped).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message numerus="yes">
        <location filename="../app/gui/main.cpp" line="367"/>
        <source>--slide %1: the plan has %n slide(s).</source>
        <translation>
            <numerusform>--slide %1: the plan has %n slide.</numerusform>
            <numerusform>--slide %1: the plan has %n slides.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::DiffDdlPane</name>
    <message numerus="yes">
        <location filename="../ui/diff/diffddlpane.cpp" line="138"/>
        <source>%1 — %n line(s) marked %2</source>
        <translation>
            <numerusform>%1 — %n line marked %2</numerusform>
            <numerusform>%1 — %n lines marked %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::DiffTreeModel</name>
    <message numerus="yes">
        <location filename="../ui/diff/difftreemodel.cpp" line="121"/>
        <source>%n differ(s)</source>
        <translation>
            <numerusform>%n differs</numerusform>
            <numerusform>%n differ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::DiffView</name>
    <message numerus="yes">
        <location filename="../ui/diff/diffview.cpp" line="346"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/diff/diffview.cpp" line="347"/>
        <source>%n plan statement(s)</source>
        <translation>
            <numerusform>%n plan statement</numerusform>
            <numerusform>%n plan statements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::EditorWorkspace</name>
    <message numerus="yes">
        <location filename="../ui/editor/editorworkspace.cpp" line="403"/>
        <source>Reading the sizes of %n table(s)…</source>
        <translation>
            <numerusform>Reading the sizes of %n table…</numerusform>
            <numerusform>Reading the sizes of %n tables…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/editorworkspace.cpp" line="414"/>
        <source>Table sizes: %1 of %n table(s) found; the lint now uses them.</source>
        <translation>
            <numerusform>Table sizes: %1 of %n table found; the lint now uses them.</numerusform>
            <numerusform>Table sizes: %1 of %n tables found; the lint now uses them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::FindReplaceBar</name>
    <message numerus="yes">
        <location filename="../ui/editor/findreplacebar.cpp" line="172"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="150"/>
        <source>%n saved connection(s) in %1.</source>
        <translation>
            <numerusform>%n saved connection in %1.</numerusform>
            <numerusform>%n saved connections in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindowconnections.cpp" line="194"/>
        <source>%n migration run(s) did not finish on this database</source>
        <translation>
            <numerusform>%n migration run did not finish on this database</numerusform>
            <numerusform>%n migration runs did not finish on this database</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::MonitorView</name>
    <message numerus="yes">
        <location filename="../ui/monitor/monitortext.cpp" line="61"/>
        <source>&lt;b&gt;%n session(s) waiting for locks&lt;/b&gt;, longest %1</source>
        <translation>
            <numerusform>&lt;b&gt;%n session waiting for locks&lt;/b&gt;, longest %1</numerusform>
            <numerusform>&lt;b&gt;%n sessions waiting for locks&lt;/b&gt;, longest %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::PastRunsDialog</name>
    <message numerus="yes">
        <location filename="../ui/pastrunsdialog.cpp" line="276"/>
        <source>Recorded by the monitor on %1: %n point(s), a minute before and after the run.</source>
        <translation>
            <numerusform>Recorded by the monitor on %1: %n point, a minute before and after the run.</numerusform>
            <numerusform>Recorded by the monitor on %1: %n points, a minute before and after the run.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::RunView</name>
    <message numerus="yes">
        <location filename="../ui/run/runviewexecution.cpp" line="59"/>
        <source>%1 of %n item(s) started on %2.</source>
        <translation>
            <numerusform>%1 of %n item started on %2.</numerusform>
            <numerusform>%1 of %n items started on %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/run/runviewexecution.cpp" line="108"/>
        <source>Dry run passed: %n item(s) in %1, everything rolled back.</source>
        <translation>
            <numerusform>Dry run passed: %n item in %1, everything rolled back.</numerusform>
            <numerusform>Dry run passed: %n items in %1, everything rolled back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/run/runviewexecution.cpp" line="110"/>
        <source>%n item(s) done in %1.</source>
        <translation>
            <numerusform>%n item done in %1.</numerusform>
            <numerusform>%n items done in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/run/runviewplan.cpp" line="182"/>
        <source>%1 of plan &quot;%2&quot; (%n step(s)) started on %3.</source>
        <translation>
            <numerusform>%1 of plan &quot;%2&quot; (%n step) started on %3.</numerusform>
            <numerusform>%1 of plan &quot;%2&quot; (%n steps) started on %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/run/runviewplan.cpp" line="265"/>
        <source>Dry run of the plan passed: %n step(s) in %1 s, everything rolled back.</source>
        <translation>
            <numerusform>Dry run of the plan passed: %n step in %1 s, everything rolled back.</numerusform>
            <numerusform>Dry run of the plan passed: %n steps in %1 s, everything rolled back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/run/runviewplan.cpp" line="267"/>
        <source>Plan rolled back: %n step(s) in %1 s, %2 verified.</source>
        <translation>
            <numerusform>Plan rolled back: %n step in %1 s, %2 verified.</numerusform>
            <numerusform>Plan rolled back: %n steps in %1 s, %2 verified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/run/runviewplan.cpp" line="269"/>
        <source>Plan done: %n step(s) in %1 s, %2 verified.</source>
        <translation>
            <numerusform>Plan done: %n step in %1 s, %2 verified.</numerusform>
            <numerusform>Plan done: %n steps in %1 s, %2 verified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/run/runviewplan.cpp" line="284"/>
        <source>Stopped after %n step(s): the running step was rolled back (a backfill keeps its committed batches).</source>
        <translation>
            <numerusform>Stopped after %n step: the running step was rolled back (a backfill keeps its committed batches).</numerusform>
            <numerusform>Stopped after %n steps: the running step was rolled back (a backfill keeps its committed batches).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/run/runviewrecording.cpp" line="58"/>
        <source>%1: %n migration(s)</source>
        <translation>
            <numerusform>%1: %n migration</numerusform>
            <numerusform>%1: %n migrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/run/runresultsexport.cpp" line="42"/>
        <source>%n migration(s)</source>
        <translation>
            <numerusform>%n migration</numerusform>
            <numerusform>%n migrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/run/runviewbackfill.cpp" line="219"/>
        <source>Dry run passed: %n batch(es) updated %1 rows in %2 s, each rolled back. Nothing changed and no checkpoint was written.</source>
        <translation>
            <numerusform>Dry run passed: %n batch updated %1 rows in %2 s, rolled back. Nothing changed and no checkpoint was written.</numerusform>
            <numerusform>Dry run passed: %n batches updated %1 rows in %2 s, each rolled back. Nothing changed and no checkpoint was written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::TableSize</name>
    <message numerus="yes">
        <location filename="../core/lint/tablesize.cpp" line="28"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
</TS>
