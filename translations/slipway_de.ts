<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="30"/>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="147"/>
        <source>%1: not a Flyway migration name (expected V&lt;version&gt;__&lt;description&gt;.sql, U&lt;version&gt;__&lt;description&gt;.sql or R__&lt;description&gt;.sql)</source>
        <translation>%1: kein Flyway-Migrationsname (erwartet V&lt;version&gt;__&lt;beschreibung&gt;.sql, U&lt;version&gt;__&lt;beschreibung&gt;.sql oder R__&lt;beschreibung&gt;.sql)</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="158"/>
        <source>%1: duplicate undo migration for version %2 (also %3)</source>
        <translation>%1: doppelte Undo-Migration für Version %2 (auch %3)</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="40"/>
        <source>%1: duplicate version %2 (also %3)</source>
        <translation>%1: doppelte Version %2 (auch %3)</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="175"/>
        <source>%1: undo migration without a versioned migration %2</source>
        <translation>%1: Undo-Migration ohne versionierte Migration %2</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="191"/>
        <source>%1: not a golang-migrate file name (expected &lt;version&gt;_&lt;name&gt;.up.sql or &lt;version&gt;_&lt;name&gt;.down.sql)</source>
        <translation>%1: kein golang-migrate-Dateiname (erwartet &lt;version&gt;_&lt;name&gt;.up.sql oder &lt;version&gt;_&lt;name&gt;.down.sql)</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="203"/>
        <source>%1: duplicate down migration for version %2 (also %3)</source>
        <translation>%1: doppelte Down-Migration für Version %2 (auch %3)</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="218"/>
        <source>%1: down migration without an up migration for version %2</source>
        <translation>%1: Down-Migration ohne Up-Migration für Version %2</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="233"/>
        <source>%1: not a dbmate file name (expected &lt;version&gt;_&lt;name&gt;.sql)</source>
        <translation>%1: kein dbmate-Dateiname (erwartet &lt;version&gt;_&lt;name&gt;.sql)</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="267"/>
        <source>%1:%2: unknown dbmate option &quot;%3&quot;</source>
        <translation>%1:%2: unbekannte dbmate-Option „%3“</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="282"/>
        <source>%1:%2: unknown dbmate marker &quot;-- migrate:%3&quot;</source>
        <translation>%1:%2: unbekannte dbmate-Markierung „-- migrate:%3“</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="294"/>
        <source>%1: no &quot;-- migrate:up&quot; marker</source>
        <translation>%1: keine Markierung „-- migrate:up“</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="339"/>
        <source>%1:%2: cannot read this plan line</source>
        <translation>%1:%2: diese Planzeile kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="347"/>
        <source>%1:%2: change &quot;%3&quot; appears twice (also line %4) without a tag between</source>
        <translation>%1:%2: Änderung „%3“ kommt zweimal vor (auch Zeile %4) ohne Tag dazwischen</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="376"/>
        <source>%1: deploy script of change &quot;%2&quot; is missing</source>
        <translation>%1: Deploy-Skript der Änderung „%2“ fehlt</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="404"/>
        <source>%1: %2 script for a change that is not in sqitch.plan</source>
        <translation>%1: %2-Skript für eine Änderung, die nicht in sqitch.plan steht</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="428"/>
        <source>%1: not a Prisma migration folder (expected &lt;timestamp&gt;_&lt;name&gt;)</source>
        <translation>%1: kein Prisma-Migrationsordner (erwartet &lt;zeitstempel&gt;_&lt;name&gt;)</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="433"/>
        <source>%1: missing migration.sql</source>
        <translation>%1: migration.sql fehlt</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="462"/>
        <source>%1: not a numbered migration (expected &lt;number&gt;_&lt;name&gt;.sql)</source>
        <translation>%1: keine nummerierte Migration (erwartet &lt;nummer&gt;_&lt;name&gt;.sql)</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="150"/>
        <location filename="../core/sql/lockclassifier.cpp" line="197"/>
        <location filename="../core/sql/lockclassifier.cpp" line="206"/>
        <location filename="../core/sql/lockclassifier.cpp" line="232"/>
        <location filename="../core/sql/lockclassifier.cpp" line="316"/>
        <location filename="../core/sql/lockclassifier.cpp" line="357"/>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="154"/>
        <source>%1 column %2 fills every row from a sequence</source>
        <translation>%1-Spalte %2 füllt jede Zeile aus einer Sequenz</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="162"/>
        <source>stored generated column %1 is computed for every row</source>
        <translation>gespeicherte generierte Spalte %1 wird für jede Zeile berechnet</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="164"/>
        <source>identity column %1 fills every row from a sequence</source>
        <translation>Identitätsspalte %1 füllt jede Zeile aus einer Sequenz</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="170"/>
        <source>before PostgreSQL 11 any default on a new column rewrites the table</source>
        <translation>vor PostgreSQL 11 schreibt jeder Vorgabewert einer neuen Spalte die Tabelle neu</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="172"/>
        <source>volatile default %1() is evaluated for every row</source>
        <translation>flüchtiger (volatile) Vorgabewert %1() wird für jede Zeile ausgewertet</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="174"/>
        <source>default calls %1(); if that function is volatile every row is rewritten</source>
        <translation>Vorgabewert ruft %1() auf; ist diese Funktion volatile, wird jede Zeile neu geschrieben</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="178"/>
        <source>CHECK constraint on %1 is verified against every row</source>
        <translation>CHECK-Constraint auf %1 wird gegen jede Zeile geprüft</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="180"/>
        <source>builds a unique index for %1</source>
        <translation>baut einen Unique-Index für %1</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="183"/>
        <location filename="../core/sql/lockclassifier.cpp" line="199"/>
        <source>referenced table</source>
        <translation>referenzierte Tabelle</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="186"/>
        <source>constant default is stored in the catalog (PostgreSQL 11+)</source>
        <translation>konstanter Vorgabewert wird im Katalog gespeichert (PostgreSQL 11+)</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="187"/>
        <source>new nullable column without default</source>
        <translation>neue Spalte, die NULL erlaubt, ohne Vorgabewert</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="201"/>
        <source>foreign key added NOT VALID: existing rows are not checked</source>
        <translation>Fremdschlüssel als NOT VALID hinzugefügt: vorhandene Zeilen werden nicht geprüft</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="203"/>
        <source>foreign key is validated against every existing row</source>
        <translation>Fremdschlüssel wird gegen jede vorhandene Zeile validiert</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="209"/>
        <source>CHECK added NOT VALID: existing rows are not checked</source>
        <translation>CHECK als NOT VALID hinzugefügt: vorhandene Zeilen werden nicht geprüft</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="211"/>
        <source>CHECK constraint %1 is verified against every row</source>
        <translation>CHECK-Constraint %1 wird gegen jede Zeile geprüft</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="215"/>
        <source>constraint uses the existing index %1</source>
        <translation>Constraint verwendet den vorhandenen Index %1</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="218"/>
        <source>builds the constraint&apos;s index while holding ACCESS EXCLUSIVE</source>
        <translation>baut den Index des Constraints unter ACCESS EXCLUSIVE</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="229"/>
        <location filename="../core/sql/lockclassifier.cpp" line="312"/>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="230"/>
        <source>materialized view</source>
        <translation>materialisierte Sicht</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="231"/>
        <source>view</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="244"/>
        <source>VALIDATE CONSTRAINT %1 reads every row without blocking reads or writes</source>
        <translation>VALIDATE CONSTRAINT %1 liest jede Zeile, ohne Lese- oder Schreibzugriffe zu blockieren</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="247"/>
        <source>changing the type of %1 rewrites the table and its indexes (unless the new type is binary-compatible, e.g. varchar(n) to text)</source>
        <translation>Typänderung von %1 schreibt die Tabelle und ihre Indexe neu (außer der neue Typ ist binärkompatibel, z. B. varchar(n) zu text)</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="254"/>
        <source>SET NOT NULL on %1 scans every row, unless a valid CHECK (%1 IS NOT NULL) exists</source>
        <translation>SET NOT NULL auf %1 durchsucht jede Zeile, außer es gibt einen gültigen CHECK (%1 IS NOT NULL)</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="255"/>
        <source>SET NOT NULL on %1 scans every row</source>
        <translation>SET NOT NULL auf %1 durchsucht jede Zeile</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="272"/>
        <location filename="../core/sql/lockclassifier.cpp" line="279"/>
        <location filename="../core/sql/lockclassifier.cpp" line="283"/>
        <source>partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="273"/>
        <source>the partition %1 is scanned to check the partition bound, unless a matching CHECK constraint exists</source>
        <translation>die Partition %1 wird durchsucht, um die Partitionsgrenze zu prüfen, außer ein passender CHECK-Constraint existiert</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="280"/>
        <source>DETACH PARTITION CONCURRENTLY cannot run inside a transaction block</source>
        <translation>DETACH PARTITION CONCURRENTLY kann nicht in einem Transaktionsblock laufen</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="289"/>
        <source>the table is copied in full</source>
        <translation>die Tabelle wird vollständig kopiert</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="314"/>
        <source>DROP INDEX also takes ACCESS EXCLUSIVE on the index&apos;s table</source>
        <translation>DROP INDEX nimmt auch ACCESS EXCLUSIVE auf die Tabelle des Index</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="316"/>
        <source>relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="320"/>
        <source>DROP INDEX CONCURRENTLY cannot run inside a transaction block</source>
        <translation>DROP INDEX CONCURRENTLY kann nicht in einem Transaktionsblock laufen</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="362"/>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="73"/>
        <source>%1 + unknown (table sizes not known)</source>
        <translation>%1 + unbekannt (Tabellengrößen nicht bekannt)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="75"/>
        <location filename="../core/plan/runbookhtml.cpp" line="99"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="76"/>
        <source>Required approvals</source>
        <translation>Erforderliche Freigaben</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="77"/>
        <source>Expected lock time</source>
        <translation>Erwartete Sperrdauer</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="78"/>
        <source>Downtime</source>
        <translation>Ausfallzeit</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="78"/>
        <source>yes (reads or writes blocked longer than %1 s)</source>
        <translation>ja (Lese- oder Schreibzugriffe länger als %1 s blockiert)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="79"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="80"/>
        <source>Estimated total duration</source>
        <translation>Geschätzte Gesamtdauer</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="81"/>
        <source>Table sizes</source>
        <translation>Tabellengrößen</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="81"/>
        <source>from the live database</source>
        <translation>aus der laufenden Datenbank</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="82"/>
        <source>not known (offline plan)</source>
        <translation>nicht bekannt (Offline-Plan)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="90"/>
        <source>Application deploy:</source>
        <translation>Anwendungs-Deployment:</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="94"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="96"/>
        <source>Backfill</source>
        <translation>Backfill</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="97"/>
        <source>Lock</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="98"/>
        <source>Estimated duration</source>
        <translation>Geschätzte Dauer</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="98"/>
        <location filename="../core/plan/runbookresults.cpp" line="58"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="100"/>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="101"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="103"/>
        <source>Runs outside a transaction</source>
        <translation>Läuft außerhalb einer Transaktion</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="104"/>
        <source>What users will notice</source>
        <translation>Was Benutzer bemerken</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="106"/>
        <source>Lint: %1</source>
        <translation>Lint: %1</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="110"/>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="37"/>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="39"/>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="40"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="46"/>
        <source>not measured (no monitor samples)</source>
        <translation>nicht gemessen (keine Monitor-Messungen)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="47"/>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="58"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="60"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="62"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="64"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="64"/>
        <source>%1 (took %2)</source>
        <translation>%1 (dauerte %2)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="66"/>
        <location filename="../core/plan/runbookresults.cpp" line="165"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="66"/>
        <location filename="../core/plan/runbookresults.cpp" line="88"/>
        <location filename="../core/plan/runbookresults.cpp" line="178"/>
        <source>SQLSTATE %1: %2</source>
        <translation>SQLSTATE %1: %2</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="67"/>
        <location filename="../core/plan/runbookresults.cpp" line="71"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="69"/>
        <source> (at most %1 of WAL behind)</source>
        <translation> (höchstens %1 WAL Rückstand)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="70"/>
        <source>Replication lag peak</source>
        <translation>Spitze der Replikationsverzögerung</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="71"/>
        <source>Longest lock wait</source>
        <translation>Längste Sperrwartezeit</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="72"/>
        <source>Most sessions waiting on a lock</source>
        <translation>Höchste Zahl auf eine Sperre wartender Sitzungen</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="75"/>
        <source>Error rate peak</source>
        <translation>Spitze der Fehlerrate</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="75"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="76"/>
        <source>Throttle / abort events</source>
        <translation>Drosselungs- / Abbruchereignisse</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="77"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="78"/>
        <source>%1 throttle(s)%2</source>
        <translation>%1 Drosselung(en)%2</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="78"/>
        <source>, aborted</source>
        <translation>, abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="80"/>
        <source>Monitor samples</source>
        <translation>Monitor-Messungen</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="87"/>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="87"/>
        <source>verification failed</source>
        <translation>Verifikation fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="90"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="103"/>
        <source>%1 = %2 (threshold %3)</source>
        <translation>%1 = %2 (Schwelle %3)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="162"/>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="162"/>
        <location filename="../core/plan/runbookresults.cpp" line="165"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="162"/>
        <location filename="../core/plan/runbookresults.cpp" line="165"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="162"/>
        <location filename="../core/plan/runbookresults.cpp" line="165"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="162"/>
        <source>Error / verification</source>
        <translation>Fehler / Verifikation</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="165"/>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="165"/>
        <source>Statement</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="165"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="167"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="167"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="167"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="167"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="167"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="172"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="172"/>
        <source>%1 (dry run, rolled back)</source>
        <translation>%1 (Probelauf, zurückgerollt)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="173"/>
        <source>Rows this run</source>
        <translation>Zeilen in diesem Lauf</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="174"/>
        <source>Rows done in total</source>
        <translation>Zeilen insgesamt erledigt</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="175"/>
        <source>Batches</source>
        <translation>Batches</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="176"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="178"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>AbortWatch</name>
    <message>
        <location filename="../app/cli/abortwatch.cpp" line="40"/>
        <source>  --abort-lag S           stop the run when a replica lags more than S seconds (default 30)
  --abort-lock-wait S     stop the run when a session waits for a lock longer than S seconds
                          (default 60)
  --abort-error-rate P    stop the run when more than P % of the database&apos;s transactions
                          roll back (default 5; not counted in a dry run)
  --max-lag S             with --plan: hold its backfill steps&apos; batches while a replica lags
                          more than S seconds (default 10)
  --max-lock-wait S       with --plan: hold them while a session waits for a lock longer
                          than S seconds (default 20)
  --replica &lt;conn&gt;        also read the replay delay on this standby
  --no-monitor            no monitor, no abort policy
</source>
        <translation>  --abort-lag S           den Lauf stoppen, wenn ein Replikat mehr als S Sekunden zurückliegt (Standard 30)
  --abort-lock-wait S     den Lauf stoppen, wenn eine Sitzung länger als S Sekunden auf eine Sperre
                          wartet (Standard 60)
  --abort-error-rate P    den Lauf stoppen, wenn mehr als P % der Transaktionen der Datenbank
                          zurückgerollt werden (Standard 5; in einem Probelauf nicht gezählt)
  --max-lag S             mit --plan: die Batches seiner Backfill-Schritte anhalten, solange ein Replikat
                          mehr als S Sekunden zurückliegt (Standard 10)
  --max-lock-wait S       mit --plan: sie anhalten, solange eine Sitzung länger als S Sekunden auf
                          eine Sperre wartet (Standard 20)
  --replica &lt;conn&gt;        auch die Replay-Verzögerung auf diesem Standby lesen
  --no-monitor            kein Monitor, keine Abbruchregel
</translation>
    </message>
    <message>
        <location filename="../app/cli/abortwatch.cpp" line="62"/>
        <source>--abort-lag, --abort-lock-wait, --abort-error-rate, --max-lag and --max-lock-wait need a number &gt;= 0.</source>
        <translation>--abort-lag, --abort-lock-wait, --abort-error-rate, --max-lag und --max-lock-wait brauchen eine Zahl &gt;= 0.</translation>
    </message>
    <message>
        <location filename="../app/cli/abortwatch.cpp" line="94"/>
        <source>Aborted by the monitor: %1</source>
        <translation>Vom Monitor abgebrochen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/abortwatch.cpp" line="98"/>
        <source>Monitor: %1</source>
        <translation>Monitor: %1</translation>
    </message>
</context>
<context>
    <name>AddForeignKeyWizard</name>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="37"/>
        <source>The schema</source>
        <translation>Das Schema</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="38"/>
        <source>The table</source>
        <translation>Die Tabelle</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="39"/>
        <source>The referenced schema</source>
        <translation>Das referenzierte Schema</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="40"/>
        <source>The referenced table</source>
        <translation>Die referenzierte Tabelle</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="42"/>
        <source>Choose the referencing column(s).</source>
        <translation>Die referenzierende(n) Spalte(n) wählen.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="44"/>
        <source>A referencing column</source>
        <translation>Eine referenzierende Spalte</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="46"/>
        <source>A referenced column</source>
        <translation>Eine referenzierte Spalte</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="48"/>
        <source>Give as many referenced columns as referencing ones.</source>
        <translation>Ebenso viele referenzierte wie referenzierende Spalten angeben.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="50"/>
        <source>The constraint name</source>
        <translation>Der Constraint-Name</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="52"/>
        <source>ON DELETE must be one of %1.</source>
        <translation>ON DELETE muss einer von %1 sein.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="62"/>
        <source>Table %1&apos;s primary key does not match the referencing columns; name the referenced columns.</source>
        <translation>Der Primärschlüssel von Tabelle %1 passt nicht zu den referenzierenden Spalten; die referenzierten Spalten angeben.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="91"/>
        <source>Index %1 (%2) concurrently</source>
        <translation>Index %1 (%2) nebenläufig anlegen</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="96"/>
        <source>Nothing; deletes in %1 check %2 by scanning again.</source>
        <translation>Nichts; Löschungen in %1 prüfen %2 wieder per Scan.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="98"/>
        <source>Without it every delete or key update in %1 scans %2. CONCURRENTLY: writes go on; runs outside a transaction; a failure leaves an INVALID index to drop.</source>
        <translation>Ohne ihn durchsucht jedes DELETE oder Schlüssel-UPDATE in %1 die Tabelle %2. CONCURRENTLY: Schreibzugriffe laufen weiter; läuft außerhalb einer Transaktion; ein Fehler hinterlässt einen INVALID-Index, der zu löschen ist.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="101"/>
        <source>No deploy needed.</source>
        <translation>Kein Deployment nötig.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="106"/>
        <source>Add %1 NOT VALID</source>
        <translation>%1 NOT VALID hinzufügen</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="112"/>
        <source>Nothing.</source>
        <translation>Nichts.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="114"/>
        <source>NOT VALID: only new and changed rows are checked; the lock on both tables is short.</source>
        <translation>NOT VALID: nur neue und geänderte Zeilen werden geprüft; die Sperre auf beiden Tabellen ist kurz.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="115"/>
        <source>Before this step, deploy the version that never writes a %1 without its %2 row: from here on such writes fail.</source>
        <translation>Vor diesem Schritt die Version deployen, die nie ein %1 ohne seine %2-Zeile schreibt: ab hier scheitern solche Schreibzugriffe.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="127"/>
        <source>Validate %1</source>
        <translation>%1 validieren</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="130"/>
        <source>Nothing to undo: validating changes no data; the previous step&apos;s down drops the constraint.</source>
        <translation>Nichts rückgängig zu machen: Validieren ändert keine Daten; das Down des vorherigen Schritts löscht den Constraint.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="133"/>
        <source>Scans %1 under SHARE UPDATE EXCLUSIVE (reads and writes go on). Orphans make it fail; find them first with: SELECT child.* FROM %1 AS child WHERE %2 AND NOT EXISTS (SELECT 1 FROM %3 AS referenced WHERE %4) LIMIT 100</source>
        <translation>Durchsucht %1 unter SHARE UPDATE EXCLUSIVE (Lese- und Schreibzugriffe laufen weiter). Verwaiste Zeilen lassen es scheitern; zuerst finden mit: SELECT child.* FROM %1 AS child WHERE %2 AND NOT EXISTS (SELECT 1 FROM %3 AS referenced WHERE %4) LIMIT 100</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="139"/>
        <source>Add foreign key %1.%2 -&gt; %3</source>
        <translation>Fremdschlüssel %1.%2 -&gt; %3 hinzufügen</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="141"/>
        <source>Two-phase constraint: NOT VALID first, VALIDATE separately, after indexing the referencing columns concurrently.</source>
        <translation>Zweiphasiger Constraint: zuerst NOT VALID, separat VALIDATE, nachdem die referenzierenden Spalten nebenläufig indiziert wurden.</translation>
    </message>
</context>
<context>
    <name>AddNotNullColumnWizard</name>
    <message>
        <location filename="../core/plan/wizards/addnotnullcolumnwizard.cpp" line="12"/>
        <source>The schema</source>
        <translation>Das Schema</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addnotnullcolumnwizard.cpp" line="13"/>
        <source>The table</source>
        <translation>Die Tabelle</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addnotnullcolumnwizard.cpp" line="14"/>
        <source>The column</source>
        <translation>Die Spalte</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addnotnullcolumnwizard.cpp" line="15"/>
        <source>The type</source>
        <translation>Der Typ</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addnotnullcolumnwizard.cpp" line="16"/>
        <source>The default</source>
        <translation>Der Vorgabewert</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addnotnullcolumnwizard.cpp" line="20"/>
        <source>Column %1 already exists in %2.</source>
        <translation>Spalte %1 existiert bereits in %2.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addnotnullcolumnwizard.cpp" line="22"/>
        <source>Table %1 has no primary key: the backfill walks the table by its key.</source>
        <translation>Tabelle %1 hat keinen Primärschlüssel: der Backfill durchläuft die Tabelle nach ihrem Schlüssel.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addnotnullcolumnwizard.cpp" line="41"/>
        <source>Add column %1 (nullable) with its default for new rows</source>
        <translation>Spalte %1 (NULL erlaubt) mit ihrem Vorgabewert für neue Zeilen hinzufügen</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addnotnullcolumnwizard.cpp" line="46"/>
        <source>The values written into %1 are lost.</source>
        <translation>Die in %1 geschriebenen Werte gehen verloren.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addnotnullcolumnwizard.cpp" line="48"/>
        <source>Added without a default, then the default set: existing rows stay NULL (no rewrite, even for a volatile default) and new rows get the default.</source>
        <translation>Ohne Vorgabewert hinzugefügt, dann der Vorgabewert gesetzt: vorhandene Zeilen bleiben NULL (kein Neuschreiben, auch bei einem volatilen Vorgabewert) und neue Zeilen erhalten den Vorgabewert.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addnotnullcolumnwizard.cpp" line="50"/>
        <source>No deploy needed before this step.</source>
        <translation>Vor diesem Schritt ist kein Deployment nötig.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addnotnullcolumnwizard.cpp" line="54"/>
        <source>Fill %1 for existing rows</source>
        <translation>%1 für vorhandene Zeilen füllen</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addnotnullcolumnwizard.cpp" line="62"/>
        <source>Nothing to undo: the down of step 1 drops the column.</source>
        <translation>Nichts rückgängig zu machen: das Down von Schritt 1 löscht die Spalte.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addnotnullcolumnwizard.cpp" line="64"/>
        <source>Keyset batches by the backfill runner: short row locks, resumable.</source>
        <translation>Keyset-Batches durch den Backfill-Runner: kurze Zeilensperren, fortsetzbar.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addnotnullcolumnwizard.cpp" line="68"/>
        <source>After this step, deploy the version that relies on %1 being set.</source>
        <translation>Nach diesem Schritt die Version deployen, die sich darauf verlässt, dass %1 gesetzt ist.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addnotnullcolumnwizard.cpp" line="71"/>
        <source>Add %1.%2 NOT NULL DEFAULT %3</source>
        <translation>%1.%2 NOT NULL DEFAULT %3 hinzufügen</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addnotnullcolumnwizard.cpp" line="73"/>
        <source>NOT NULL in steps: nullable column with a default, batched backfill, then a validated check lets SET NOT NULL skip its scan.</source>
        <translation>NOT NULL in Schritten: Spalte mit NULL und Vorgabewert, Backfill in Batches, dann lässt ein validierter CHECK SET NOT NULL die Prüfung überspringen.</translation>
    </message>
</context>
<context>
    <name>AddingFieldWithDefault</name>
    <message>
        <location filename="../core/lint/rules/addingfieldwithdefault.cpp" line="67"/>
        <source>A new column whose default is computed per row rewrites the table</source>
        <translation>Eine neue Spalte, deren Vorgabewert pro Zeile berechnet wird, schreibt die Tabelle neu</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingfieldwithdefault.cpp" line="85"/>
        <source>Adding the %1 column %2 rewrites %3: every row gets a value from the sequence.</source>
        <translation>Das Hinzufügen der %1-Spalte %2 schreibt %3 neu: jede Zeile erhält einen Wert aus der Sequenz.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingfieldwithdefault.cpp" line="97"/>
        <source>Adding the stored generated column %1 rewrites %2.</source>
        <translation>Das Hinzufügen der gespeicherten generierten Spalte %1 schreibt %2 neu.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingfieldwithdefault.cpp" line="99"/>
        <source>Adding the identity column %1 rewrites %2: every row gets a value from the sequence.</source>
        <translation>Das Hinzufügen der Identitätsspalte %1 schreibt %2 neu: jede Zeile erhält einen Wert aus der Sequenz.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingfieldwithdefault.cpp" line="102"/>
        <source>Adding %1 with a default rewrites %2 before PostgreSQL 11.</source>
        <translation>Das Hinzufügen von %1 mit Vorgabewert schreibt %2 vor PostgreSQL 11 neu.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingfieldwithdefault.cpp" line="104"/>
        <source>Adding %1 with a default that may be computed per row rewrites %2.</source>
        <translation>Das Hinzufügen von %1 mit einem möglicherweise pro Zeile berechneten Vorgabewert schreibt %2 neu.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingfieldwithdefault.cpp" line="121"/>
        <source>The table and all its indexes are rewritten while an ACCESS EXCLUSIVE lock blocks every read and write.</source>
        <translation>Die Tabelle und alle ihre Indexe werden neu geschrieben, während eine ACCESS-EXCLUSIVE-Sperre jeden Lese- und Schreibzugriff blockiert.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingfieldwithdefault.cpp" line="125"/>
        <source>Add the column without the default, set the default separately (applies to new rows only), and backfill existing rows in batches; add NOT NULL afterwards through a validated CHECK.</source>
        <translation>Die Spalte ohne Vorgabewert hinzufügen, den Vorgabewert separat setzen (gilt nur für neue Zeilen) und vorhandene Zeilen in Batches nachfüllen (Backfill); NOT NULL danach über einen validierten CHECK hinzufügen.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingfieldwithdefault.cpp" line="167"/>
        <source>-- Backfill existing rows in batches, e.g. UPDATE %1 SET %2 = %3 WHERE %2 IS NULL AND &lt;key range&gt;;</source>
        <translation>-- Vorhandene Zeilen in Batches nachfüllen, z. B. UPDATE %1 SET %2 = %3 WHERE %2 IS NULL AND &lt;Schlüsselbereich&gt;;</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingfieldwithdefault.cpp" line="180"/>
        <source>-- After the next step:</source>
        <translation>-- Nach dem nächsten Schritt:</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingfieldwithdefault.cpp" line="183"/>
        <source>Split into add column, set default, backfill%1</source>
        <translation>Aufteilen in Spalte hinzufügen, Vorgabewert setzen, Backfill%1</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingfieldwithdefault.cpp" line="183"/>
        <source>, validated NOT NULL</source>
        <translation>, validiertes NOT NULL</translation>
    </message>
</context>
<context>
    <name>AddingForeignKeyConstraint</name>
    <message>
        <location filename="../core/lint/rules/addingforeignkeyconstraint.cpp" line="20"/>
        <source>A validated foreign key blocks writes to both tables while it checks every row</source>
        <translation>Ein validierter Fremdschlüssel blockiert Schreibzugriffe auf beide Tabellen, während er jede Zeile prüft</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingforeignkeyconstraint.cpp" line="50"/>
        <source>The foreign key from %1 to %2 is validated while writes to both tables wait.</source>
        <translation>Der Fremdschlüssel von %1 nach %2 wird validiert, während Schreibzugriffe auf beide Tabellen warten.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingforeignkeyconstraint.cpp" line="51"/>
        <source>Adding a foreign key takes SHARE ROW EXCLUSIVE locks on %1 and %2 and checks every existing row before it commits; inserts, updates and deletes queue behind it.</source>
        <translation>Das Hinzufügen eines Fremdschlüssels nimmt SHARE-ROW-EXCLUSIVE-Sperren auf %1 und %2 und prüft vor dem Commit jede vorhandene Zeile; INSERT, UPDATE und DELETE warten dahinter.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingforeignkeyconstraint.cpp" line="53"/>
        <source>Add the column without REFERENCES, then add the foreign key as a separate constraint NOT VALID and VALIDATE it in a later transaction.</source>
        <translation>Die Spalte ohne REFERENCES hinzufügen, dann den Fremdschlüssel als separaten Constraint NOT VALID hinzufügen und in einer späteren Transaktion mit VALIDATE validieren.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingforeignkeyconstraint.cpp" line="55"/>
        <source>Add the constraint NOT VALID (instant), then run VALIDATE CONSTRAINT in a separate transaction; validation does not block writes.</source>
        <translation>Den Constraint NOT VALID hinzufügen (sofort), dann VALIDATE CONSTRAINT in einer separaten Transaktion ausführen; die Validierung blockiert keine Schreibzugriffe.</translation>
    </message>
</context>
<context>
    <name>AddingNotNullableField</name>
    <message>
        <location filename="../core/lint/rules/addingnotnullablefield.cpp" line="21"/>
        <source>SET NOT NULL scans the table while blocking reads and writes</source>
        <translation>SET NOT NULL durchsucht die Tabelle und blockiert dabei Lese- und Schreibzugriffe</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingnotnullablefield.cpp" line="41"/>
        <source>Setting %1.%2 NOT NULL scans every row of %1 while reads and writes wait.</source>
        <translation>SET NOT NULL für %1.%2 durchsucht jede Zeile von %1, während Lese- und Schreibzugriffe warten.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingnotnullablefield.cpp" line="42"/>
        <source>SET NOT NULL takes an ACCESS EXCLUSIVE lock and checks every row before it commits; on a large table everything queues behind it.</source>
        <translation>SET NOT NULL nimmt eine ACCESS-EXCLUSIVE-Sperre und prüft vor dem Commit jede Zeile; bei einer großen Tabelle staut sich alles dahinter.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingnotnullablefield.cpp" line="45"/>
        <source>Add CHECK (%1 IS NOT NULL) NOT VALID, VALIDATE it (no blocking lock), then SET NOT NULL, which then skips the scan, and drop the CHECK.</source>
        <translation>CHECK (%1 IS NOT NULL) NOT VALID hinzufügen, mit VALIDATE validieren (keine blockierende Sperre), dann SET NOT NULL, das dann die Prüfung überspringt, und den CHECK löschen.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingnotnullablefield.cpp" line="47"/>
        <source>Before PostgreSQL 12 SET NOT NULL always scans: keep the column nullable and enforce it with a CHECK (%1 IS NOT NULL) constraint added NOT VALID and validated.</source>
        <translation>Vor PostgreSQL 12 durchsucht SET NOT NULL immer: die Spalte NULL-fähig lassen und mit einem CHECK-Constraint (%1 IS NOT NULL) erzwingen, der NOT VALID hinzugefügt und validiert wird.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingnotnullablefield.cpp" line="54"/>
        <source>Prove NOT NULL with a validated CHECK first</source>
        <translation>NOT NULL zuerst mit einem validierten CHECK nachweisen</translation>
    </message>
</context>
<context>
    <name>AddingRequiredField</name>
    <message>
        <location filename="../core/lint/rules/addingrequiredfield.cpp" line="20"/>
        <source>A new NOT NULL column without a default fails on a table with rows</source>
        <translation>Eine neue NOT-NULL-Spalte ohne Vorgabewert scheitert an einer Tabelle mit Zeilen</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingrequiredfield.cpp" line="51"/>
        <source>Adding the NOT NULL column %1 to %2 without a default fails if %2 has any rows.</source>
        <translation>Das Hinzufügen der NOT-NULL-Spalte %1 zu %2 ohne Vorgabewert scheitert, wenn %2 Zeilen enthält.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingrequiredfield.cpp" line="52"/>
        <source>PostgreSQL must fill the new column for every existing row; with no default the value is NULL, which violates NOT NULL, and the whole migration aborts.</source>
        <translation>PostgreSQL muss die neue Spalte für jede vorhandene Zeile füllen; ohne Vorgabewert ist der Wert NULL, was NOT NULL verletzt, und die ganze Migration bricht ab.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingrequiredfield.cpp" line="54"/>
        <source>Add the column as nullable (or with a constant DEFAULT), backfill it in batches, then add a CHECK (%1 IS NOT NULL) NOT VALID constraint, VALIDATE it and SET NOT NULL.</source>
        <translation>Die Spalte NULL-fähig (oder mit konstantem DEFAULT) hinzufügen, in Batches nachfüllen, dann einen CHECK (%1 IS NOT NULL) NOT VALID hinzufügen, mit VALIDATE validieren und SET NOT NULL ausführen.</translation>
    </message>
</context>
<context>
    <name>AppliedState</name>
    <message>
        <location filename="../core/run/pendingmigrations.cpp" line="80"/>
        <source>Version %1 is not in the folder.</source>
        <translation>Version %1 ist nicht im Ordner.</translation>
    </message>
    <message>
        <location filename="../core/run/pendingmigrations.cpp" line="81"/>
        <source>Version %1 is not applied.</source>
        <translation>Version %1 ist nicht angewendet.</translation>
    </message>
    <message>
        <location filename="../core/run/pendingmigrations.cpp" line="87"/>
        <source>Version %1 has no down script: nothing was rolled back.</source>
        <translation>Version %1 hat kein Down-Skript: nichts wurde zurückgerollt.</translation>
    </message>
</context>
<context>
    <name>BackfillCommand</name>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="85"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="86"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="87"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="93"/>
        <source> / %1%2 (%3 %)</source>
        <translation> / %1%2 (%3 %)</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="97"/>
        <source>%1 [%2] %3%4 rows, %5 rows/s, ETA %6, batch %7 (%8 ms)</source>
        <translation>%1 [%2] %3%4 Zeilen, %5 Zeilen/s, Restzeit %6, Batch %7 (%8 ms)</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="145"/>
        <source>Show this help</source>
        <translation>Diese Hilfe anzeigen</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="37"/>
        <source>Usage: slipway-cli backfill &lt;conn&gt; --spec &lt;file.json|file.yaml&gt; [options]

Runs a batched backfill: the table&apos;s keys are walked in key order, each batch
one short transaction (lock_timeout and statement_timeout set per batch) that
also records the last key done in slipway.backfill_checkpoint, so an interrupted
backfill resumes with --resume from the last committed batch. The batch size
adapts to the spec&apos;s target duration. A monitor on a second connection
throttles the backfill (holds batches) when replication lag or lock waits
rise, resumes it when they fall, and aborts it at the abort thresholds.
Progress goes to stderr. Ctrl+C stops after the current batch commits.

Spec (JSON): {&quot;name&quot;, &quot;table&quot;, &quot;set&quot; | &quot;template&quot; (with {{batch}}),
&quot;predicate&quot;, &quot;key&quot;: [...], &quot;target_batch_ms&quot;, &quot;initial_batch_size&quot;,
&quot;min_batch_size&quot;, &quot;max_batch_size&quot;, &quot;pause_ms&quot;, &quot;lock_timeout_ms&quot;,
&quot;statement_timeout_ms&quot;, &quot;max_retries&quot;}; or the same fields as YAML
(&quot;name: value&quot; lines) in a file ending in .yaml or .yml.

Options:
  --spec &lt;file&gt;          the backfill spec (required)
  --resume               go on from the checkpoint (fresh start when there is none)
  --restart              start over, resetting the checkpoint
  --force                resume although the spec changed
  --dry-run              run one batch and roll it back
  --wait-lock &lt;ms&gt;       wait for another runner of this spec (default 0)
  --replica &lt;conn&gt;       also read the replay delay on this standby
  --max-lag &lt;s&gt;          throttle at this replication lag (default 10)
  --abort-lag &lt;s&gt;        abort at this replication lag (default 30)
  --max-lock-wait &lt;s&gt;    throttle at this lock wait (default 20)
  --abort-lock-wait &lt;s&gt;  abort at this lock wait (default 60)
  --resume-hold &lt;s&gt;      calm time before a throttle is lifted (default 5)
  --interval &lt;ms&gt;        monitor sampling interval (default 1000)
  --no-monitor           no throttle or abort from the monitor
  --json                 print the result as JSON on stdout

Exit codes: 0 done, 1 failed, 3 aborted (policy or user), 4 another runner
holds this backfill, 64 usage.
</source>
        <translation>Aufruf: slipway-cli backfill &lt;conn&gt; --spec &lt;datei.json|datei.yaml&gt; [Optionen]

Führt einen Backfill in Batches aus: die Schlüssel der Tabelle werden in Schlüsselreihenfolge durchlaufen, jeder Batch
ist eine kurze Transaktion (lock_timeout und statement_timeout je Batch gesetzt), die
auch den zuletzt erledigten Schlüssel in slipway.backfill_checkpoint festhält, sodass ein unterbrochener
Backfill mit --resume ab dem letzten festgeschriebenen Batch fortgesetzt wird. Die Batchgröße
passt sich der Zieldauer der Spezifikation an. Ein Monitor auf einer zweiten Verbindung
drosselt den Backfill (hält Batches an), wenn Replikationsverzögerung oder Sperrwartezeiten
steigen, setzt ihn fort, wenn sie sinken, und bricht ihn an den Abbruchschwellen ab.
Der Fortschritt geht nach stderr. Strg+C hält nach dem Commit des aktuellen Batches an.

Spezifikation (JSON): {&quot;name&quot;, &quot;table&quot;, &quot;set&quot; | &quot;template&quot; (mit {{batch}}),
&quot;predicate&quot;, &quot;key&quot;: [...], &quot;target_batch_ms&quot;, &quot;initial_batch_size&quot;,
&quot;min_batch_size&quot;, &quot;max_batch_size&quot;, &quot;pause_ms&quot;, &quot;lock_timeout_ms&quot;,
&quot;statement_timeout_ms&quot;, &quot;max_retries&quot;}; oder dieselben Felder als YAML
(Zeilen „name: wert“) in einer Datei mit der Endung .yaml oder .yml.

Optionen:
  --spec &lt;datei&gt;         die Backfill-Spezifikation (erforderlich)
  --resume               ab dem Checkpoint fortsetzen (Neustart, wenn keiner existiert)
  --restart              von vorn beginnen, Checkpoint zurücksetzen
  --force                fortsetzen, obwohl sich die Spezifikation geändert hat
  --dry-run              einen Batch ausführen und zurückrollen
  --wait-lock &lt;ms&gt;       auf einen anderen Runner dieser Spezifikation warten (Vorgabe 0)
  --replica &lt;conn&gt;       auch die Replay-Verzögerung auf diesem Standby lesen
  --max-lag &lt;s&gt;          bei dieser Replikationsverzögerung drosseln (Vorgabe 10)
  --abort-lag &lt;s&gt;        bei dieser Replikationsverzögerung abbrechen (Vorgabe 30)
  --max-lock-wait &lt;s&gt;    bei dieser Sperrwartezeit drosseln (Vorgabe 20)
  --abort-lock-wait &lt;s&gt;  bei dieser Sperrwartezeit abbrechen (Vorgabe 60)
  --resume-hold &lt;s&gt;      Ruhezeit, bevor eine Drosselung aufgehoben wird (Vorgabe 5)
  --interval &lt;ms&gt;        Abtastintervall des Monitors (Vorgabe 1000)
  --no-monitor           keine Drosselung oder Abbruch durch den Monitor
  --json                 das Ergebnis als JSON auf stdout ausgeben

Exit-Codes: 0 fertig, 1 fehlgeschlagen, 3 abgebrochen (Richtlinie oder Benutzer), 4 ein anderer Runner
hält diesen Backfill, 64 Aufruffehler.</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="146"/>
        <source>Spec file (JSON, or YAML when it ends in .yaml or .yml)</source>
        <translation>Spezifikationsdatei (JSON, oder YAML bei der Endung .yaml oder .yml)</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="147"/>
        <source>Resume from the checkpoint</source>
        <translation>Ab dem Checkpoint fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="148"/>
        <source>Start over</source>
        <translation>Von vorn beginnen</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="149"/>
        <source>Resume a changed spec</source>
        <translation>Geänderte Spezifikation fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="150"/>
        <source>One batch, rolled back</source>
        <translation>Ein Batch, zurückgerollt</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="151"/>
        <source>Wait for the runner lock</source>
        <translation>Auf die Runner-Sperre warten</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="153"/>
        <source>Standby to read</source>
        <translation>Zu lesender Standby</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="154"/>
        <source>Throttle lag</source>
        <translation>Drosselungsverzögerung</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="155"/>
        <source>Abort lag</source>
        <translation>Abbruchverzögerung</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="156"/>
        <source>Throttle lock wait</source>
        <translation>Sperrwartezeit für Drosselung</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="158"/>
        <source>Abort lock wait</source>
        <translation>Sperrwartezeit für Abbruch</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="160"/>
        <source>Calm time before resuming</source>
        <translation>Ruhezeit vor dem Fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="162"/>
        <source>Sampling interval</source>
        <translation>Abtastintervall</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="164"/>
        <source>No monitor</source>
        <translation>Kein Monitor</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="165"/>
        <source>JSON result</source>
        <translation>JSON-Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="188"/>
        <source>Missing &lt;conn&gt;.</source>
        <translation>&lt;conn&gt; fehlt.</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="189"/>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="191"/>
        <source>Missing --spec &lt;file&gt;.</source>
        <translation>--spec &lt;datei&gt; fehlt.</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="193"/>
        <source>--resume and --restart exclude each other.</source>
        <translation>--resume und --restart schließen sich gegenseitig aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="195"/>
        <source>Thresholds are seconds (a number &gt;= 0).</source>
        <translation>Schwellenwerte sind Sekunden (eine Zahl &gt;= 0).</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="197"/>
        <source>--wait-lock wants milliseconds &gt;= 0, --interval at least %1.</source>
        <translation>--wait-lock erwartet Millisekunden &gt;= 0, --interval mindestens %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="261"/>
        <source>Interrupted by signal %1; stopping after the current batch.</source>
        <translation>Durch Signal %1 unterbrochen; Abbruch nach dem aktuellen Batch.</translation>
    </message>
</context>
<context>
    <name>BackfillRunner</name>
    <message>
        <location filename="../core/run/backfillworker.cpp" line="76"/>
        <source>Reconnected; going on from the checkpoint after %1 rows.</source>
        <translation>Wieder verbunden; Fortsetzung ab dem Checkpoint nach %1 Zeilen.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworker.cpp" line="123"/>
        <source>Aborted while the connection was lost.</source>
        <translation>Abgebrochen, während die Verbindung unterbrochen war.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworker.cpp" line="127"/>
        <source>The connection was lost %1 times in a row; giving up.</source>
        <translation>Die Verbindung ging %1-mal hintereinander verloren; Abbruch.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworker.cpp" line="130"/>
        <source>Connection lost; reconnecting (attempt %1 of %2).</source>
        <translation>Verbindung verloren; neuer Verbindungsversuch (%1 von %2).</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworker.cpp" line="181"/>
        <source>Backfill %1 is already running: %2.</source>
        <translation>Backfill %1 läuft bereits: %2.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworker.cpp" line="182"/>
        <source>Backfill %1 is already running in another session.</source>
        <translation>Backfill %1 läuft bereits in einer anderen Sitzung.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworker.cpp" line="197"/>
        <source>The checkpoint of backfill %1 disappeared while reconnecting.</source>
        <translation>Der Checkpoint von Backfill %1 ist beim Wiederverbinden verschwunden.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworker.cpp" line="200"/>
        <source>Backfill %1 has a checkpoint (%2, %3 rows done, %4 batches): resume it or start over.</source>
        <translation>Backfill %1 hat einen Checkpoint (%2, %3 Zeilen erledigt, %4 Batches): fortsetzen oder von vorn beginnen.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworker.cpp" line="205"/>
        <source>Backfill %1 walked the key (%2) and the spec now says (%3): start over to change the key.</source>
        <translation>Backfill %1 hat den Schlüssel (%2) durchlaufen und die Spezifikation nennt jetzt (%3): zum Ändern des Schlüssels von vorn beginnen.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworker.cpp" line="209"/>
        <source>The spec of backfill %1 changed since its checkpoint (table, set/template or predicate); force the resume if the change is compatible, or start over.</source>
        <translation>Die Spezifikation von Backfill %1 hat sich seit dem Checkpoint geändert (Tabelle, set/template oder Prädikat); Fortsetzen erzwingen, wenn die Änderung kompatibel ist, oder von vorn beginnen.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworker.cpp" line="213"/>
        <source>The spec changed since the checkpoint; resuming as forced.</source>
        <translation>Die Spezifikation hat sich seit dem Checkpoint geändert; Fortsetzung wie erzwungen.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworker.cpp" line="223"/>
        <source>The checkpoint of backfill %1 has a last key that does not fit the key columns.</source>
        <translation>Der Checkpoint von Backfill %1 hat einen letzten Schlüssel, der nicht zu den Schlüsselspalten passt.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworker.cpp" line="242"/>
        <source>A key column allows NULL: rows with a NULL key are not visited.</source>
        <translation>Eine Schlüsselspalte erlaubt NULL: Zeilen mit NULL-Schlüssel werden nicht besucht.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworker.cpp" line="245"/>
        <source>Resuming backfill %1 after %2 rows in %3 batches (last key %4).</source>
        <translation>Backfill %1 wird nach %2 Zeilen in %3 Batches fortgesetzt (letzter Schlüssel %4).</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworker.cpp" line="249"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworker.cpp" line="252"/>
        <source>Starting backfill %1 on %2, key (%3)%4.</source>
        <translation>Backfill %1 auf %2 startet, Schlüssel (%3)%4.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworker.cpp" line="254"/>
        <source>, dry run</source>
        <translation>, Probelauf</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworker.cpp" line="312"/>
        <source>Batch of %1 keys failed (%2, SQLSTATE %3); retry %4 of %5 in %6 ms with %7 keys.</source>
        <translation>Batch mit %1 Schlüsseln fehlgeschlagen (%2, SQLSTATE %3); Wiederholung %4 von %5 in %6 ms mit %7 Schlüsseln.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworkerreport.cpp" line="98"/>
        <source>%1% done: %2 of %3 rows</source>
        <translation>%1 % erledigt: %2 von %3 Zeilen</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworkerreport.cpp" line="99"/>
        <source>%1 rows done</source>
        <translation>%1 Zeilen erledigt</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworkerreport.cpp" line="100"/>
        <source>%1, %2 rows/s, batch of %3 keys (%4 ms)</source>
        <translation>%1, %2 Zeilen/s, Batch von %3 Schlüsseln (%4 ms)</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworkerreport.cpp" line="105"/>
        <source>, about %1 s to go</source>
        <translation>, noch etwa %1 s</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworkerreport.cpp" line="106"/>
        <source>, about %1 min to go</source>
        <translation>, noch etwa %1 min</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworkerreport.cpp" line="107"/>
        <source>, about %1 h to go</source>
        <translation>, noch etwa %1 h</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/backfillworkerreport.cpp" line="124"/>
        <source>%n row(s) still match the predicate: written behind the walk while it ran. Run the backfill again from the start to do them.</source>
        <translation>
            <numerusform>%n Zeile passt noch auf das Prädikat: hinter dem Durchlauf geschrieben, während er lief. Den Backfill erneut von vorn ausführen, um sie zu erfassen.</numerusform>
            <numerusform>%n Zeilen passen noch auf das Prädikat: hinter dem Durchlauf geschrieben, während er lief. Den Backfill erneut von vorn ausführen, um sie zu erfassen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/run/backfillworkerreport.cpp" line="141"/>
        <source>Could not write the final state to the checkpoint: %1</source>
        <translation>Der Endzustand konnte nicht in den Checkpoint geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworkerreport.cpp" line="159"/>
        <source>Dry run: %1 rows in %2 batches, rolled back.</source>
        <translation>Probelauf: %1 Zeilen in %2 Batches, zurückgerollt.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworkerreport.cpp" line="160"/>
        <source>Done: %1 rows in %2 batches.</source>
        <translation>Fertig: %1 Zeilen in %2 Batches.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworkerreport.cpp" line="163"/>
        <source>Aborted.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>BackfillSpec</name>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="120"/>
        <source>&quot;name&quot; is required: it names the checkpoint and the runner lock.</source>
        <translation>„name“ ist erforderlich: er benennt den Checkpoint und die Runner-Sperre.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="123"/>
        <source>&quot;table&quot; is required (schema.table).</source>
        <translation>„table“ ist erforderlich (schema.table).</translation>
    </message>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="125"/>
        <source>&quot;table&quot; is not a table name: %1 (write schema.table, quoting parts with &quot;&quot; when needed).</source>
        <translation>„table“ ist kein Tabellenname: %1 (schema.table schreiben, Teile bei Bedarf mit &quot;&quot; quotieren).</translation>
    </message>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="130"/>
        <source>Give exactly one of &quot;set&quot; (a SET clause) and &quot;template&quot; (a statement with %1).</source>
        <translation>Genau eines von „set“ (eine SET-Klausel) und „template“ (eine Anweisung mit %1) angeben.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="133"/>
        <source>&quot;template&quot; must contain %1 where the batch&apos;s key range goes.</source>
        <translation>„template“ muss %1 enthalten, wo der Schlüsselbereich des Batches eingesetzt wird.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="138"/>
        <source>&quot;key&quot; has an empty column name.</source>
        <translation>„key“ hat einen leeren Spaltennamen.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="140"/>
        <source>&quot;key&quot; names column %1 twice.</source>
        <translation>„key“ nennt Spalte %1 zweimal.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="145"/>
        <source>&quot;%1&quot; must be at least %2 (it is %3).</source>
        <translation>„%1“ muss mindestens %2 sein (ist %3).</translation>
    </message>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="148"/>
        <source>&quot;min_batch_size&quot; (%1) is above &quot;max_batch_size&quot; (%2).</source>
        <translation>„min_batch_size“ (%1) ist größer als „max_batch_size“ (%2).</translation>
    </message>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="150"/>
        <source>&quot;initial_batch_size&quot; (%1) must lie between &quot;min_batch_size&quot; (%2) and &quot;max_batch_size&quot; (%3).</source>
        <translation>„initial_batch_size“ (%1) muss zwischen „min_batch_size“ (%2) und „max_batch_size“ (%3) liegen.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="201"/>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>„%1“ muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="210"/>
        <source>&quot;%1&quot; must be a whole number &gt;= %2.</source>
        <translation>„%1“ muss eine ganze Zahl &gt;= %2 sein.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="218"/>
        <source>&quot;key&quot; must be a list of column names.</source>
        <translation>„key“ muss eine Liste von Spaltennamen sein.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="222"/>
        <source>&quot;key&quot; must be a column name or a list of column names.</source>
        <translation>„key“ muss ein Spaltenname oder eine Liste von Spaltennamen sein.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="226"/>
        <source>Unknown field &quot;%1&quot; (fields starting with _ are comments).</source>
        <translation>Unbekanntes Feld „%1“ (Felder, die mit _ beginnen, sind Kommentare).</translation>
    </message>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="237"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="247"/>
        <source>%1:%2:%3: not valid YAML: %4</source>
        <translation>%1:%2:%3: kein gültiges YAML: %4</translation>
    </message>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="251"/>
        <source>%1 must hold one mapping (name: value lines).</source>
        <translation>%1 muss genau eine Zuordnung enthalten (Zeilen „name: wert“).</translation>
    </message>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="260"/>
        <source>%1:%2:%3: not valid JSON: %4</source>
        <translation>%1:%2:%3: kein gültiges JSON: %4</translation>
    </message>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="264"/>
        <source>%1 must hold one JSON object.</source>
        <translation>%1 muss genau ein JSON-Objekt enthalten.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="271"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="279"/>
        <location filename="../core/run/backfillspec.cpp" line="284"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>BackfillSql</name>
    <message>
        <location filename="../core/run/backfillsql.cpp" line="57"/>
        <source>Table %1.%2 does not exist (or is not a table).</source>
        <translation>Tabelle %1.%2 existiert nicht (oder ist keine Tabelle).</translation>
    </message>
    <message>
        <location filename="../core/run/backfillsql.cpp" line="71"/>
        <source>Table %1.%2 has no primary key: name the key columns in the spec (&quot;key&quot;).</source>
        <translation>Tabelle %1.%2 hat keinen Primärschlüssel: die Schlüsselspalten in der Spezifikation angeben („key“).</translation>
    </message>
    <message>
        <location filename="../core/run/backfillsql.cpp" line="85"/>
        <source>&quot;key&quot;: table %1.%2 has no column %3.</source>
        <translation>„key“: Tabelle %1.%2 hat keine Spalte %3.</translation>
    </message>
</context>
<context>
    <name>BanConcurrentIndexCreationInTransaction</name>
    <message>
        <location filename="../core/lint/rules/requireconcurrentindexcreation.cpp" line="48"/>
        <source>CREATE INDEX CONCURRENTLY cannot run inside a transaction</source>
        <translation>CREATE INDEX CONCURRENTLY kann nicht in einer Transaktion laufen</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentindexcreation.cpp" line="61"/>
        <source>CREATE INDEX CONCURRENTLY inside a transaction block fails.</source>
        <translation>CREATE INDEX CONCURRENTLY in einem Transaktionsblock schlägt fehl.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentindexcreation.cpp" line="62"/>
        <source>PostgreSQL refuses CONCURRENTLY in a transaction: the migration stops here and everything before it in the transaction is rolled back.</source>
        <translation>PostgreSQL lehnt CONCURRENTLY in einer Transaktion ab: die Migration stoppt hier und alles davor in der Transaktion wird zurückgerollt.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentindexcreation.cpp" line="64"/>
        <source>Run this statement on its own, outside BEGIN/COMMIT (and tell your migration tool not to wrap this file in a transaction).</source>
        <translation>Diese Anweisung allein ausführen, außerhalb von BEGIN/COMMIT (und dem Migrationswerkzeug sagen, diese Datei nicht in eine Transaktion zu packen).</translation>
    </message>
</context>
<context>
    <name>BanDropColumn</name>
    <message>
        <location filename="../core/lint/rules/bandropcolumn.cpp" line="19"/>
        <source>Dropping a column loses its data and breaks code that still uses it</source>
        <translation>Das Löschen einer Spalte verliert ihre Daten und bricht Code, der sie noch verwendet</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bandropcolumn.cpp" line="30"/>
        <source>Dropping %1.%2 deletes its data.</source>
        <translation>Das Löschen von %1.%2 löscht ihre Daten.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bandropcolumn.cpp" line="31"/>
        <source>Queries and ORMs that still select or insert the column fail as soon as it is gone, and the values can only come back from a backup.</source>
        <translation>Abfragen und ORMs, die die Spalte noch lesen oder einfügen, schlagen fehl, sobald sie weg ist, und die Werte kommen nur aus einem Backup zurück.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bandropcolumn.cpp" line="33"/>
        <source>Stop reading and writing the column in a deployed release first (expand/contract), back up the values, then drop it in a later migration.</source>
        <translation>Zuerst in einem deployten Release aufhören, die Spalte zu lesen und zu schreiben (Expand/Contract), die Werte sichern, dann in einer späteren Migration löschen.</translation>
    </message>
</context>
<context>
    <name>BanDropDatabase</name>
    <message>
        <location filename="../core/lint/rules/bandropdatabase.cpp" line="19"/>
        <source>DROP DATABASE does not belong in a migration</source>
        <translation>DROP DATABASE gehört nicht in eine Migration</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bandropdatabase.cpp" line="26"/>
        <source>Dropping the database %1 deletes everything in it.</source>
        <translation>Das Löschen der Datenbank %1 löscht alles darin.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bandropdatabase.cpp" line="27"/>
        <source>Every table, row and object of the database is gone at once; nothing but a backup brings it back.</source>
        <translation>Jede Tabelle, Zeile und jedes Objekt der Datenbank ist auf einmal weg; nur ein Backup bringt es zurück.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bandropdatabase.cpp" line="28"/>
        <source>Drop databases by hand, deliberately, outside the migration history.</source>
        <translation>Datenbanken von Hand und bewusst löschen, außerhalb der Migrationshistorie.</translation>
    </message>
</context>
<context>
    <name>BanDropNotNull</name>
    <message>
        <location filename="../core/lint/rules/bandropnotnull.cpp" line="19"/>
        <source>Dropping NOT NULL lets NULLs in that running code does not expect</source>
        <translation>Das Entfernen von NOT NULL lässt NULL-Werte zu, die laufender Code nicht erwartet</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bandropnotnull.cpp" line="32"/>
        <source>%1.%2 becomes nullable.</source>
        <translation>%1.%2 erlaubt nun NULL.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bandropnotnull.cpp" line="33"/>
        <source>Code deployed today assumes the column is never NULL; once NULLs are written, older application versions and reports break, and restoring NOT NULL needs a full scan.</source>
        <translation>Heute deployter Code nimmt an, dass die Spalte nie NULL ist; sobald NULL-Werte geschrieben werden, brechen ältere Anwendungsversionen und Berichte, und NOT NULL wiederherzustellen erfordert einen vollständigen Scan.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bandropnotnull.cpp" line="35"/>
        <source>Make sure every reader handles NULL (deploy that first), then drop the constraint.</source>
        <translation>Sicherstellen, dass jeder Leser NULL verarbeitet (das zuerst deployen), dann den Constraint entfernen.</translation>
    </message>
</context>
<context>
    <name>BanDropTable</name>
    <message>
        <location filename="../core/lint/rules/bandroptable.cpp" line="16"/>
        <source>Dropping a table loses its data and breaks its readers</source>
        <translation>Das Löschen einer Tabelle verliert ihre Daten und bricht ihre Leser</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bandroptable.cpp" line="33"/>
        <source>Dropping %1 deletes all its rows.</source>
        <translation>Das Löschen von %1 löscht alle ihre Zeilen.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bandroptable.cpp" line="34"/>
        <source>Dropping %1 deletes all their rows.</source>
        <translation>Das Löschen von %1 löscht alle deren Zeilen.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bandroptable.cpp" line="35"/>
        <source>Application code still reading or writing the table fails at once, and the data can only come back from a backup.</source>
        <translation>Anwendungscode, der die Tabelle noch liest oder schreibt, schlägt sofort fehl, und die Daten kommen nur aus einem Backup zurück.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bandroptable.cpp" line="37"/>
        <source>First deploy code that no longer uses the table; take a backup (pg_dump -t, or CREATE TABLE ... AS); then drop it in a later migration.</source>
        <translation>Zuerst Code deployen, der die Tabelle nicht mehr nutzt; ein Backup anlegen (pg_dump -t oder CREATE TABLE ... AS); dann in einer späteren Migration löschen.</translation>
    </message>
</context>
<context>
    <name>BanDuplicateColumnAssignments</name>
    <message>
        <location filename="../core/lint/rules/banduplicatecolumnassignments.cpp" line="21"/>
        <source>A column assigned twice in one statement is an error</source>
        <translation>Eine in einer Anweisung zweimal zugewiesene Spalte ist ein Fehler</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/banduplicatecolumnassignments.cpp" line="61"/>
        <source>Column %1 is assigned more than once.</source>
        <translation>Spalte %1 wird mehr als einmal zugewiesen.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/banduplicatecolumnassignments.cpp" line="62"/>
        <source>PostgreSQL rejects the statement (&quot;multiple assignments to same column&quot;), so the migration stops here.</source>
        <translation>PostgreSQL lehnt die Anweisung ab („multiple assignments to same column“), die Migration stoppt also hier.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/banduplicatecolumnassignments.cpp" line="64"/>
        <source>Assign each column once.</source>
        <translation>Jede Spalte nur einmal zuweisen.</translation>
    </message>
</context>
<context>
    <name>BanExclusionConstraint</name>
    <message>
        <location filename="../core/lint/rules/strongbanexclusionconstraint.cpp" line="19"/>
        <source>Adding an exclusion constraint locks the table while every row is checked</source>
        <translation>Ein Exclusion-Constraint sperrt die Tabelle, während jede Zeile geprüft wird</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongbanexclusionconstraint.cpp" line="37"/>
        <source>Adding an exclusion constraint to %1 blocks reads and writes until every row is checked.</source>
        <translation>Das Hinzufügen eines Exclusion-Constraints zu %1 blockiert Lese- und Schreibzugriffe, bis jede Zeile geprüft ist.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongbanexclusionconstraint.cpp" line="39"/>
        <source>Adding the exclusion constraint %1 to %2 blocks reads and writes until every row is checked.</source>
        <translation>Das Hinzufügen des Exclusion-Constraints %1 zu %2 blockiert Lese- und Schreibzugriffe, bis jede Zeile geprüft ist.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongbanexclusionconstraint.cpp" line="41"/>
        <source>ALTER TABLE ... ADD ... EXCLUDE takes an ACCESS EXCLUSIVE lock and builds the constraint&apos;s index while holding it. Unlike CHECK and foreign keys it cannot be added NOT VALID and validated later, and there is no USING INDEX form.</source>
        <translation>ALTER TABLE ... ADD ... EXCLUDE nimmt eine ACCESS-EXCLUSIVE-Sperre und baut den Index des Constraints, während es sie hält. Anders als CHECK und Fremdschlüssel kann er nicht NOT VALID hinzugefügt und später validiert werden, und es gibt keine USING-INDEX-Form.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongbanexclusionconstraint.cpp" line="44"/>
        <source>Declare exclusion constraints when the table is created. On an existing busy table, enforce the rule in the application or with a trigger, or schedule the change in a maintenance window with a lock_timeout.</source>
        <translation>Exclusion-Constraints beim Anlegen der Tabelle deklarieren. Bei einer bestehenden, stark genutzten Tabelle die Regel in der Anwendung oder mit einem Trigger durchsetzen, oder die Änderung in einem Wartungsfenster mit lock_timeout einplanen.</translation>
    </message>
</context>
<context>
    <name>BanTruncateCascade</name>
    <message>
        <location filename="../core/lint/rules/bantruncatecascade.cpp" line="19"/>
        <source>TRUNCATE ... CASCADE empties every table that references these</source>
        <translation>TRUNCATE ... CASCADE leert jede Tabelle, die diese referenziert</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bantruncatecascade.cpp" line="31"/>
        <source>TRUNCATE %1 CASCADE also empties every table with a foreign key to it, recursively.</source>
        <translation>TRUNCATE %1 CASCADE leert auch jede Tabelle mit einem Fremdschlüssel darauf, rekursiv.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bantruncatecascade.cpp" line="33"/>
        <source>CASCADE follows foreign keys without listing what it empties: tables you did not name lose all their rows, under ACCESS EXCLUSIVE locks.</source>
        <translation>CASCADE folgt Fremdschlüsseln, ohne aufzulisten, was es leert: nicht genannte Tabellen verlieren alle Zeilen, unter ACCESS-EXCLUSIVE-Sperren.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bantruncatecascade.cpp" line="35"/>
        <source>Name every table to truncate explicitly and leave CASCADE out; PostgreSQL then refuses instead of deleting more than intended.</source>
        <translation>Jede zu leerende Tabelle ausdrücklich nennen und CASCADE weglassen; PostgreSQL verweigert dann, statt mehr als beabsichtigt zu löschen.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bantruncatecascade.cpp" line="39"/>
        <source>Remove CASCADE (TRUNCATE refuses if other tables reference these)</source>
        <translation>CASCADE entfernen (TRUNCATE verweigert, wenn andere Tabellen diese referenzieren)</translation>
    </message>
</context>
<context>
    <name>BanUncommittedTransaction</name>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="68"/>
        <source>A transaction opened in the file is never committed</source>
        <translation>Eine in der Datei geöffnete Transaktion wird nie committet</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="78"/>
        <source>The transaction opened by BEGIN is still open at the end of the file.</source>
        <translation>Die mit BEGIN geöffnete Transaktion ist am Dateiende noch offen.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="79"/>
        <source>Depending on the tool the work is rolled back when the session ends, or the open transaction keeps its locks and blocks other sessions until someone notices.</source>
        <translation>Je nach Werkzeug wird die Arbeit beim Sitzungsende zurückgerollt, oder die offene Transaktion behält ihre Sperren und blockiert andere Sitzungen, bis es jemand bemerkt.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="81"/>
        <source>End the file with COMMIT.</source>
        <translation>Die Datei mit COMMIT beenden.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="83"/>
        <source>Add COMMIT at the end</source>
        <translation>COMMIT am Ende hinzufügen</translation>
    </message>
</context>
<context>
    <name>ChangeTypeWizard</name>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="34"/>
        <source>The schema</source>
        <translation>Das Schema</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="35"/>
        <source>The table</source>
        <translation>Die Tabelle</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="36"/>
        <source>The column</source>
        <translation>Die Spalte</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="37"/>
        <source>The new type</source>
        <translation>Der neue Typ</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="38"/>
        <source>The conversion expression</source>
        <translation>Der Konvertierungsausdruck</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="39"/>
        <source>The reverse expression</source>
        <translation>Der Umkehrausdruck</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="44"/>
        <source>Column %1 already has type %2.</source>
        <translation>Spalte %1 hat bereits den Typ %2.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="46"/>
        <source>Column %1 is an identity column; change its sequence&apos;s type instead.</source>
        <translation>Spalte %1 ist eine Identitätsspalte; stattdessen den Typ ihrer Sequenz ändern.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="49"/>
        <source>Column %1 already exists in %2.</source>
        <translation>Spalte %1 existiert bereits in %2.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="51"/>
        <source>Table %1 has no primary key: the backfill walks the table by its key.</source>
        <translation>Tabelle %1 hat keinen Primärschlüssel: der Backfill durchläuft die Tabelle nach ihrem Schlüssel.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="53"/>
        <source>The current type</source>
        <translation>Der aktuelle Typ</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="95"/>
        <source>Add column %1 of type %2</source>
        <translation>Spalte %1 vom Typ %2 hinzufügen</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="98"/>
        <source>Nothing: the new column holds only converted copies.</source>
        <translation>Nichts: die neue Spalte enthält nur konvertierte Kopien.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="100"/>
        <source>A nullable column without a default: a catalog change, no rewrite.</source>
        <translation>Eine Spalte mit NULL ohne Vorgabewert: eine Katalogänderung, kein Neuschreiben.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="101"/>
        <source>No deploy needed: the application does not see the new column.</source>
        <translation>Kein Deployment nötig: die Anwendung sieht die neue Spalte nicht.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="105"/>
        <source>Convert %1 into %2 on every write (trigger)</source>
        <translation>%1 bei jedem Schreibzugriff in %2 konvertieren (Trigger)</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="108"/>
        <source>Nothing.</source>
        <translation>Nichts.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="110"/>
        <source>New and changed rows get the converted value at once; a conversion error fails the write, so test the expression first.</source>
        <translation>Neue und geänderte Zeilen erhalten sofort den konvertierten Wert; ein Konvertierungsfehler lässt den Schreibzugriff scheitern, also den Ausdruck zuerst testen.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="115"/>
        <source>Convert existing rows</source>
        <translation>Vorhandene Zeilen konvertieren</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="123"/>
        <source>Nothing to undo: the down of step 1 drops the column.</source>
        <translation>Nichts rückgängig zu machen: das Down von Schritt 1 löscht die Spalte.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="126"/>
        <source>Keyset batches by the backfill runner: short row locks, resumable.</source>
        <translation>Keyset-Batches durch den Backfill-Runner: kurze Zeilensperren, fortsetzbar.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="133"/>
        <source>Swap: %1 becomes the %2 column</source>
        <translation>Tausch: %1 wird zur Spalte %2</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="150"/>
        <source>Nothing: the old column was kept current by the reverse trigger.</source>
        <translation>Nichts: die alte Spalte wurde durch den Umkehr-Trigger aktuell gehalten.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="152"/>
        <source>Renames only: one short ACCESS EXCLUSIVE lock. The old column stays, filled back by a trigger, so this step can be undone without losing writes.</source>
        <translation>Nur Umbenennungen: eine kurze ACCESS-EXCLUSIVE-Sperre. Die alte Spalte bleibt, per Trigger zurückbefüllt, sodass dieser Schritt ohne Verlust von Schreibzugriffen rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="154"/>
        <source>Before this step, deploy the version that works with %1 as %2 (and does not name %3).</source>
        <translation>Vor diesem Schritt die Version deployen, die mit %1 als %2 arbeitet (und %3 nicht nennt).</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="159"/>
        <source>Drop the old column %1</source>
        <translation>Die alte Spalte %1 löschen</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="168"/>
        <source>The old column comes back nullable, refilled by one UPDATE (run it as a backfill on a large table); its indexes and constraints are not recreated.</source>
        <translation>Die alte Spalte kommt mit NULL erlaubt zurück, durch ein UPDATE neu befüllt (bei einer großen Tabelle als Backfill ausführen); ihre Indexe und Constraints werden nicht neu angelegt.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="171"/>
        <source>Indexes on the old column go with it: build them on the new column (CONCURRENTLY) before the swap.</source>
        <translation>Indexe auf der alten Spalte verschwinden mit ihr: sie vor dem Tausch auf der neuen Spalte bauen (CONCURRENTLY).</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="173"/>
        <source>After a cool-down with the new type in production; no deploy reads %1.</source>
        <translation>Nach einer Abkühlphase mit dem neuen Typ in Produktion; kein Deployment liest %1.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="176"/>
        <source>Change %1.%2 to %3</source>
        <translation>%1.%2 zu %3 ändern</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="177"/>
        <source>Parallel column: the new type is filled beside the old one and swapped in by renaming, so no rewrite holds ACCESS EXCLUSIVE.</source>
        <translation>Parallele Spalte: der neue Typ wird neben dem alten befüllt und per Umbenennung eingetauscht, sodass kein Neuschreiben ACCESS EXCLUSIVE hält.</translation>
    </message>
</context>
<context>
    <name>ChangingColumnType</name>
    <message>
        <location filename="../core/lint/rules/changingcolumntype.cpp" line="19"/>
        <source>Changing a column&apos;s type usually rewrites the table under ACCESS EXCLUSIVE</source>
        <translation>Eine Typänderung einer Spalte schreibt die Tabelle meist unter ACCESS EXCLUSIVE neu</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/changingcolumntype.cpp" line="31"/>
        <source>Changing the type of %1.%2 rewrites %1: %3.</source>
        <translation>Die Typänderung von %1.%2 schreibt %1 neu: %3.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/changingcolumntype.cpp" line="32"/>
        <source>Changing the type of %1.%2 locks %1 (ACCESS EXCLUSIVE).</source>
        <translation>Die Typänderung von %1.%2 sperrt %1 (ACCESS EXCLUSIVE).</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/changingcolumntype.cpp" line="33"/>
        <source>Unless the new type is binary-compatible (varchar(n) to a larger n or to text), the table and every index are rewritten while all reads and writes wait; running code may also not understand the new type.</source>
        <translation>Außer der neue Typ ist binärkompatibel (varchar(n) zu größerem n oder zu text), werden die Tabelle und jeder Index neu geschrieben, während alle Lese- und Schreibzugriffe warten; laufender Code versteht den neuen Typ womöglich nicht.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/changingcolumntype.cpp" line="36"/>
        <source>Add a new column with the new type, backfill it in batches, switch the code over, then drop the old column (expand/contract).</source>
        <translation>Eine neue Spalte mit dem neuen Typ hinzufügen, in Batches befüllen, den Code umstellen, dann die alte Spalte löschen (Expand/Contract).</translation>
    </message>
</context>
<context>
    <name>CheckpointStore</name>
    <message>
        <location filename="../core/run/checkpoint.cpp" line="162"/>
        <source>The checkpoint of backfill %1 moved under this runner (another runner?); the batch is rolled back.</source>
        <translation>Der Checkpoint von Backfill %1 hat sich unter diesem Runner verändert (ein anderer Runner?); der Batch wird zurückgerollt.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="33"/>
        <source>Start, inspect or stop a private PostgreSQL primary and replica</source>
        <translation>Einen privaten PostgreSQL-Primary und -Replica starten, prüfen oder stoppen</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="36"/>
        <source>Check migration files for risky statements (for CI)</source>
        <translation>Migrationsdateien auf riskante Anweisungen prüfen (für CI)</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="37"/>
        <source>Write a database&apos;s schema to a JSON snapshot</source>
        <translation>Das Schema einer Datenbank in einen JSON-Snapshot schreiben</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="38"/>
        <source>Print lock waits, replication lag, progress and TPS once a second</source>
        <translation>Sperrwartezeiten, Replikationsverzögerung, Fortschritt und TPS einmal pro Sekunde ausgeben</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="39"/>
        <source>Compare two schemas and print a lock-safe plan from one to the other</source>
        <translation>Zwei Schemas vergleichen und einen sperrsicheren Plan von einem zum anderen ausgeben</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="40"/>
        <source>Run a batched backfill with checkpoints, throttled by lag and lock waits</source>
        <translation>Einen Backfill in Batches mit Checkpoints ausführen, gedrosselt durch Verzögerung und Sperrwartezeiten</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="41"/>
        <source>Show which migrations of a folder are applied, pending or changed</source>
        <translation>Anzeigen, welche Migrationen eines Ordners angewendet, ausstehend oder geändert sind</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="42"/>
        <source>Run pending migrations (or a dry run, or a rollback) safely, journaled</source>
        <translation>Ausstehende Migrationen sicher und protokolliert ausführen (oder einen Probelauf oder ein Rollback)</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="43"/>
        <source>Compare a database with what its migrations folder says it should be</source>
        <translation>Eine Datenbank mit dem vergleichen, was ihr Migrationsordner vorgibt</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="44"/>
        <source>Write a migration plan and runbook (risk, locks, rollback) for a SQL file</source>
        <translation>Einen Migrationsplan und ein Runbook (Risiko, Sperren, Rollback) für eine SQL-Datei schreiben</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="45"/>
        <source>Print Slipway&apos;s journal of a database as the JSON migration log</source>
        <translation>Slipways Journal einer Datenbank als JSON-Migrationsprotokoll ausgeben</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="54"/>
        <source>Usage: slipway-cli &lt;command&gt; [options]</source>
        <translation>Aufruf: slipway-cli &lt;befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="55"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="60"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="61"/>
        <source>Show this help</source>
        <translation>Diese Hilfe anzeigen</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="62"/>
        <source>Show the version</source>
        <translation>Die Version anzeigen</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="63"/>
        <source>Run &quot;slipway-cli &lt;command&gt; --help&quot; for the options of a command.</source>
        <translation>„slipway-cli &lt;befehl&gt; --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="98"/>
        <source>Unknown command &quot;%1&quot;. Run &quot;slipway-cli --help&quot; for the list of commands.</source>
        <translation>Unbekannter Befehl „%1“. „slipway-cli --help“ listet die Befehle.</translation>
    </message>
</context>
<context>
    <name>ColumnTypeRule</name>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="40"/>
        <source>char(n) pads with spaces and is never faster than text</source>
        <translation>char(n) füllt mit Leerzeichen auf und ist nie schneller als text</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="41"/>
        <source>varchar(n) limits are changed later only with an ACCESS EXCLUSIVE lock</source>
        <translation>varchar(n)-Grenzen lassen sich später nur mit einer ACCESS-EXCLUSIVE-Sperre ändern</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="42"/>
        <source>timestamp without time zone loses the offset of what it stores</source>
        <translation>timestamp without time zone verliert den Offset des gespeicherten Werts</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="43"/>
        <source>integer ids and counters run out at 2^31</source>
        <translation>integer-IDs und -Zähler laufen bei 2^31 über</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="44"/>
        <source>smallint runs out at 32767</source>
        <translation>smallint läuft bei 32767 über</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="45"/>
        <source>serial columns have ownership and permission quirks; use identity columns</source>
        <translation>serial-Spalten haben Eigenheiten bei Besitz und Rechten; Identitätsspalten verwenden</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="63"/>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="108"/>
        <source>%1 is declared %2; char types pad values with spaces.</source>
        <translation>%1 ist als %2 deklariert; char-Typen füllen Werte mit Leerzeichen auf.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="109"/>
        <source>%1 is declared %2; changing that limit later locks the table.</source>
        <translation>%1 ist als %2 deklariert; diese Grenze später zu ändern sperrt die Tabelle.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="110"/>
        <source>%1 is declared %2, which drops the time zone.</source>
        <translation>%1 ist als %2 deklariert, was die Zeitzone verwirft.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="111"/>
        <source>%1 is declared %2, which overflows at 2,147,483,647.</source>
        <translation>%1 ist als %2 deklariert, was bei 2.147.483.647 überläuft.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="112"/>
        <source>%1 is declared %2, which overflows at 32,767.</source>
        <translation>%1 ist als %2 deklariert, was bei 32.767 überläuft.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="113"/>
        <source>%1 is declared %2 instead of an identity column.</source>
        <translation>%1 ist als %2 statt als Identitätsspalte deklariert.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="122"/>
        <source>char(n) stores blank-padded values, compares with trailing spaces ignored and is no faster than text; growing it later needs a table rewrite.</source>
        <translation>char(n) speichert mit Leerzeichen aufgefüllte Werte, vergleicht unter Ignorieren nachfolgender Leerzeichen und ist nicht schneller als text; eine spätere Vergrößerung erfordert ein Neuschreiben der Tabelle.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="125"/>
        <source>Raising a varchar(n) limit is cheap, but lowering it or changing the type rewrites the table under ACCESS EXCLUSIVE; a CHECK on length() can be changed NOT VALID without blocking.</source>
        <translation>Eine varchar(n)-Grenze anzuheben ist billig, sie zu senken oder den Typ zu ändern schreibt die Tabelle aber unter ACCESS EXCLUSIVE neu; ein CHECK auf length() lässt sich NOT VALID ohne Blockieren ändern.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="128"/>
        <source>timestamp stores the wall-clock value without the offset, so values from sessions in different time zones cannot be compared, and DST changes make them ambiguous.</source>
        <translation>timestamp speichert die Uhrzeit ohne Offset, daher sind Werte aus Sitzungen in verschiedenen Zeitzonen nicht vergleichbar, und Sommerzeitwechsel machen sie mehrdeutig.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="132"/>
        <source>When the column runs out, inserts fail; widening it later rewrites the table and its indexes under ACCESS EXCLUSIVE. bigint costs 4 more bytes per row.</source>
        <translation>Läuft die Spalte über, schlagen INSERTs fehl; eine spätere Verbreiterung schreibt die Tabelle und ihre Indexe unter ACCESS EXCLUSIVE neu. bigint kostet 4 Bytes mehr pro Zeile.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="135"/>
        <source>serial creates a separately owned sequence with its own grants and dump quirks; identity columns are the SQL-standard replacement and keep the sequence tied to the column.</source>
        <translation>serial legt eine separat besessene Sequenz mit eigenen Rechten und Dump-Eigenheiten an; Identitätsspalten sind der SQL-Standard-Ersatz und binden die Sequenz an die Spalte.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="144"/>
        <source>Use text (or varchar without a limit), with a CHECK constraint if a length matters.</source>
        <translation>text (oder varchar ohne Grenze) verwenden, mit einem CHECK-Constraint, wenn die Länge wichtig ist.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="145"/>
        <source>Use text with a CHECK (length(col) &lt;= n) constraint.</source>
        <translation>text mit einem CHECK-Constraint (length(col) &lt;= n) verwenden.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="146"/>
        <source>Use timestamptz (timestamp with time zone).</source>
        <translation>timestamptz (timestamp with time zone) verwenden.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="148"/>
        <source>Use bigint (or bigserial / a bigint identity column).</source>
        <translation>bigint verwenden (oder bigserial / eine bigint-Identitätsspalte).</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="149"/>
        <source>Use bigint GENERATED BY DEFAULT AS IDENTITY (or GENERATED ALWAYS).</source>
        <translation>bigint GENERATED BY DEFAULT AS IDENTITY (oder GENERATED ALWAYS) verwenden.</translation>
    </message>
</context>
<context>
    <name>ConnectionArguments</name>
    <message>
        <location filename="../app/cli/connectionargument.cpp" line="22"/>
        <source>Unknown connection &quot;%1&quot;.</source>
        <translation>Unbekannte Verbindung „%1“.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="28"/>
        <source>out of memory</source>
        <translation>Speicher erschöpft</translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="60"/>
        <source>Invalid port &quot;%1&quot;: expected a number from 1 to 65535.</source>
        <translation>Ungültiger Port „%1“: erwartet eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="68"/>
        <source>Unknown sslmode &quot;%1&quot;; expected one of %2.</source>
        <translation>Unbekannter sslmode „%1“; erwartet einer von %2.</translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="154"/>
        <source>The connection string is empty.</source>
        <translation>Die Verbindungszeichenfolge ist leer.</translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="170"/>
        <source>No service name given.</source>
        <translation>Kein Dienstname angegeben.</translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="189"/>
        <source>Port %1 is out of range (1-65535).</source>
        <translation>Port %1 liegt außerhalb des Bereichs (1-65535).</translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="246"/>
        <location filename="../core/db/connectionprofile.cpp" line="251"/>
        <source>Replica: %1</source>
        <translation>Replica: %1</translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="248"/>
        <source>Replica: leave the password out (it would be saved in a file); .pgpass or this connection&apos;s password is used.</source>
        <translation>Replica: das Passwort weglassen (es würde in einer Datei gespeichert); .pgpass oder das Passwort dieser Verbindung wird verwendet.</translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="285"/>
        <source>service %1</source>
        <translation>Dienst %1</translation>
    </message>
</context>
<context>
    <name>ConstraintMissingNotValid</name>
    <message>
        <location filename="../core/lint/rules/constraintmissingnotvalid.cpp" line="21"/>
        <source>Adding a constraint without NOT VALID checks every row under a blocking lock</source>
        <translation>Ein Constraint ohne NOT VALID prüft jede Zeile unter einer blockierenden Sperre</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/constraintmissingnotvalid.cpp" line="37"/>
        <source>Validating %1 in the same transaction that added it NOT VALID keeps the blocking lock during the scan.</source>
        <translation>%1 in derselben Transaktion zu validieren, die ihn NOT VALID hinzugefügt hat, hält die blockierende Sperre während des Scans.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/constraintmissingnotvalid.cpp" line="39"/>
        <source>ADD CONSTRAINT ... NOT VALID took an ACCESS EXCLUSIVE lock on %1 that is held until COMMIT, so the VALIDATE scan runs while every read and write waits.</source>
        <translation>ADD CONSTRAINT ... NOT VALID hat auf %1 eine ACCESS-EXCLUSIVE-Sperre genommen, die bis COMMIT gehalten wird, sodass der VALIDATE-Scan läuft, während jeder Lese- und Schreibzugriff wartet.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/constraintmissingnotvalid.cpp" line="41"/>
        <source>COMMIT after adding the constraint NOT VALID and run VALIDATE CONSTRAINT in its own transaction (or a later migration).</source>
        <translation>Nach dem Hinzufügen des Constraints NOT VALID committen und VALIDATE CONSTRAINT in einer eigenen Transaktion (oder einer späteren Migration) ausführen.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/constraintmissingnotvalid.cpp" line="55"/>
        <source>The new constraint on %1 is checked against every row while the table is locked.</source>
        <translation>Der neue Constraint auf %1 wird gegen jede Zeile geprüft, während die Tabelle gesperrt ist.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/constraintmissingnotvalid.cpp" line="56"/>
        <source>Constraint %1 on %2 is checked against every row while the table is locked.</source>
        <translation>Constraint %1 auf %2 wird gegen jede Zeile geprüft, während die Tabelle gesperrt ist.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/constraintmissingnotvalid.cpp" line="57"/>
        <source>Without NOT VALID, PostgreSQL verifies all existing rows inside the ALTER TABLE, holding a lock that blocks writes (and, for most constraints, reads) for the whole scan.</source>
        <translation>Ohne NOT VALID prüft PostgreSQL alle vorhandenen Zeilen innerhalb des ALTER TABLE und hält dabei eine Sperre, die Schreibzugriffe (und bei den meisten Constraints auch Lesezugriffe) für den ganzen Scan blockiert.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/constraintmissingnotvalid.cpp" line="59"/>
        <source>A UNIQUE, PRIMARY KEY or EXCLUDE constraint cannot be NOT VALID: build the index with CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... USING INDEX.</source>
        <translation>Ein UNIQUE-, PRIMARY-KEY- oder EXCLUDE-Constraint kann nicht NOT VALID sein: den Index mit CREATE UNIQUE INDEX CONCURRENTLY bauen, dann ADD CONSTRAINT ... USING INDEX.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/constraintmissingnotvalid.cpp" line="61"/>
        <source>Add the constraint NOT VALID (only new rows are checked), then run ALTER TABLE ... VALIDATE CONSTRAINT in a separate transaction; it does not block reads or writes.</source>
        <translation>Den Constraint NOT VALID hinzufügen (nur neue Zeilen werden geprüft), dann ALTER TABLE ... VALIDATE CONSTRAINT in einer separaten Transaktion ausführen; das blockiert weder Lese- noch Schreibzugriffe.</translation>
    </message>
</context>
<context>
    <name>DbError</name>
    <message>
        <location filename="../core/db/dberror.cpp" line="56"/>
        <source>Invalid connection settings</source>
        <translation>Ungültige Verbindungseinstellungen</translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="57"/>
        <source>Server unreachable</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="58"/>
        <source>Authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="59"/>
        <source>Password required</source>
        <translation>Passwort erforderlich</translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="60"/>
        <source>Database does not exist</source>
        <translation>Datenbank existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="61"/>
        <source>Role does not exist</source>
        <translation>Rolle existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="62"/>
        <source>TLS/SSL failure</source>
        <translation>TLS/SSL-Fehler</translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="63"/>
        <source>Connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="64"/>
        <source>Query cancelled</source>
        <translation>Abfrage abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="65"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="66"/>
        <source>The server rejected the statement</source>
        <translation>Der Server hat die Anweisung abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="67"/>
        <source>Internal error</source>
        <translation>Interner Fehler</translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="97"/>
        <source>SQLSTATE: %1</source>
        <translation>SQLSTATE: %1</translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="100"/>
        <source>At line %1, column %2</source>
        <translation>In Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="102"/>
        <source>Detail: %1</source>
        <translation>Detail: %1</translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="104"/>
        <source>Hint: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="106"/>
        <source>Context: %1</source>
        <translation>Kontext: %1</translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="44"/>
        <source>Cannot read the embedded demo file %1: %2</source>
        <translation>Die eingebettete Demodatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="58"/>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="83"/>
        <source>Invalid connection string: %1</source>
        <translation>Ungültige Verbindungszeichenfolge: %1</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="102"/>
        <source>Loading the demo failed in %1, line %2 (statement %3: %4)
%5</source>
        <translation>Laden der Demo fehlgeschlagen in %1, Zeile %2 (Anweisung %3: %4)
%5</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="119"/>
        <source>The demo database needs a name.</source>
        <translation>Die Demodatenbank braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="121"/>
        <source>The number of demo orders must be between 1 and %1, not %2.</source>
        <translation>Die Anzahl der Demo-Bestellungen muss zwischen 1 und %1 liegen, nicht %2.</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="135"/>
        <source>schema.sql has no &quot;-- slipway:post-data&quot; line.</source>
        <translation>schema.sql hat keine Zeile „-- slipway:post-data“.</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="147"/>
        <source>Creating tables, types, functions and views</source>
        <translation>Tabellen, Typen, Funktionen und Sichten anlegen</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="151"/>
        <source>Building keys, indexes and triggers</source>
        <translation>Schlüssel, Indexe und Trigger bauen</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="158"/>
        <source>Generating rows for %1</source>
        <translation>Zeilen für %1 erzeugen</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="159"/>
        <source>Generating data</source>
        <translation>Daten erzeugen</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="164"/>
        <source>Analyzing tables</source>
        <translation>Tabellen analysieren</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="168"/>
        <source>Creating database %1</source>
        <translation>Datenbank %1 anlegen</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="177"/>
        <source>Cannot connect to the server to create the demo database: %1</source>
        <translation>Keine Verbindung zum Server, um die Demodatenbank anzulegen: %1</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="180"/>
        <source>Cannot create the demo database %1: %2</source>
        <translation>Die Demodatenbank %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="187"/>
        <source>Connecting to %1</source>
        <translation>Verbinden mit %1</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="205"/>
        <source>Committing</source>
        <translation>Commit</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="208"/>
        <source>Lost the connection to the demo database %1: %2</source>
        <translation>Verbindung zur Demodatenbank %1 verloren: %2</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="211"/>
        <source>Loading the demo database %1 failed: %2</source>
        <translation>Laden der Demodatenbank %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="214"/>
        <source>Demo database %1 is ready</source>
        <translation>Demodatenbank %1 ist bereit</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="221"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="230"/>
        <source>The demo migrations are missing from this build.</source>
        <translation>Die Demo-Migrationen fehlen in diesem Build.</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="239"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <location filename="../app/cli/diffcommand.cpp" line="46"/>
        <source>Run &quot;slipway-cli diff --help&quot; for usage.</source>
        <translation>„slipway-cli diff --help“ zeigt die Verwendung.</translation>
    </message>
    <message>
        <location filename="../app/cli/diffcommand.cpp" line="51"/>
        <source>Usage: slipway-cli diff &lt;from&gt; &lt;to&gt; [--format sql|json] [--down] [--exit-code]
                        [--schema S]... [--exclude-schema S]...
                        [--ignore-owners] [--ignore-privileges] [--ignore-comments]
                        [--rehearse &lt;scratch-conn&gt;]

Compares two schemas and prints the plan that turns &lt;from&gt; into &lt;to&gt;: statements
in dependency order taking the gentlest locks (CONCURRENTLY, NOT VALID then
VALIDATE, ...), each with its hazards, then queries that verify the result.

&lt;from&gt; and &lt;to&gt; are each a snapshot file (slipway-cli snapshot -o FILE.json),
a saved profile name, a libpq URI (postgresql://...) or a key=value conninfo.

Options:
  --format sql|json       output format (default sql)
  --down                  print the reverse plan (from &lt;to&gt; back to &lt;from&gt;)
  --exit-code             exit with 2 when the schemas differ, 0 when not
  --schema S              compare only schema S (repeatable)
  --exclude-schema S      leave out schema S (repeatable)
  --ignore-owners         do not compare owners
  --ignore-privileges     do not compare grants
  --ignore-comments       do not compare comments
  --lock-timeout MS       lock_timeout set before each statement (default 3000)
  --statement-timeout MS  statement_timeout before each statement (default 0:
                          none; index builds and validations always get 0)
  --rehearse CONN         check the plan before printing it: create a throw-away
                          database on the CONN server (its role needs CREATEDB),
                          load &lt;from&gt; into it, run the up plan statement by
                          statement, re-diff against &lt;to&gt; (must be empty), run the
                          down plan, re-diff against &lt;from&gt;; the database is
                          dropped again. The verdict goes to stderr (&quot;rehearsal&quot;
                          in JSON); exit code 1 when it is not clean.
</source>
        <translation>Aufruf: slipway-cli diff &lt;von&gt; &lt;nach&gt; [--format sql|json] [--down] [--exit-code]
                        [--schema S]... [--exclude-schema S]...
                        [--ignore-owners] [--ignore-privileges] [--ignore-comments]
                        [--rehearse &lt;scratch-conn&gt;]

Vergleicht zwei Schemas und gibt den Plan aus, der &lt;von&gt; in &lt;nach&gt; überführt: Anweisungen
in Abhängigkeitsreihenfolge mit den schonendsten Sperren (CONCURRENTLY, NOT VALID dann
VALIDATE, ...), jeweils mit ihren Gefahren, dann Abfragen, die das Ergebnis prüfen.

&lt;von&gt; und &lt;nach&gt; sind jeweils eine Snapshot-Datei (slipway-cli snapshot -o DATEI.json),
ein gespeicherter Profilname, eine libpq-URI (postgresql://...) oder ein key=value-Conninfo.

Optionen:
  --format sql|json       Ausgabeformat (Vorgabe sql)
  --down                  den Umkehrplan ausgeben (von &lt;nach&gt; zurück zu &lt;von&gt;)
  --exit-code             mit 2 beenden, wenn die Schemas sich unterscheiden, sonst 0
  --schema S              nur Schema S vergleichen (wiederholbar)
  --exclude-schema S      Schema S auslassen (wiederholbar)
  --ignore-owners         Besitzer nicht vergleichen
  --ignore-privileges     Rechte nicht vergleichen
  --ignore-comments       Kommentare nicht vergleichen
  --lock-timeout MS       vor jeder Anweisung gesetzter lock_timeout (Vorgabe 3000)
  --statement-timeout MS  statement_timeout vor jeder Anweisung (Vorgabe 0:
                          keiner; Indexaufbau und Validierungen erhalten immer 0)
  --rehearse CONN         den Plan vor der Ausgabe prüfen: eine Wegwerf-Datenbank
                          auf dem Server CONN anlegen (seine Rolle braucht CREATEDB),
                          &lt;von&gt; hineinladen, den Up-Plan Anweisung für Anweisung
                          ausführen, erneut gegen &lt;nach&gt; vergleichen (muss leer sein), den
                          Down-Plan ausführen, erneut gegen &lt;von&gt; vergleichen; die Datenbank wird
                          wieder gelöscht. Das Urteil geht nach stderr („rehearsal“
                          im JSON); Exit-Code 1, wenn es nicht sauber ist.
</translation>
    </message>
    <message>
        <location filename="../app/cli/diffcommand.cpp" line="123"/>
        <location filename="../app/cli/diffcommand.cpp" line="137"/>
        <source>Interrupted.</source>
        <translation>Unterbrochen.</translation>
    </message>
    <message>
        <location filename="../app/cli/diffcommand.cpp" line="175"/>
        <source>Interrupted: cancelling and dropping the scratch database...</source>
        <translation>Unterbrochen: Abbruch und Löschen der Scratch-Datenbank ...</translation>
    </message>
    <message>
        <location filename="../app/cli/diffcommand.cpp" line="215"/>
        <source>Expected &lt;from&gt; and &lt;to&gt;.</source>
        <translation>&lt;von&gt; und &lt;nach&gt; erwartet.</translation>
    </message>
    <message>
        <location filename="../app/cli/diffcommand.cpp" line="216"/>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/diffcommand.cpp" line="222"/>
        <source>Unknown format &quot;%1&quot; (sql or json).</source>
        <translation>Unbekanntes Format „%1“ (sql oder json).</translation>
    </message>
    <message>
        <location filename="../app/cli/diffcommand.cpp" line="233"/>
        <source>Timeouts are whole milliseconds.</source>
        <translation>Timeouts sind ganze Millisekunden.</translation>
    </message>
    <message>
        <location filename="../app/cli/diffcommand.cpp" line="290"/>
        <source>-- No differences.</source>
        <translation>-- Keine Unterschiede.</translation>
    </message>
</context>
<context>
    <name>DiffEntries</name>
    <message>
        <location filename="../core/diff/diffentry.cpp" line="107"/>
        <source>identical</source>
        <translation>identisch</translation>
    </message>
    <message>
        <location filename="../core/diff/diffentry.cpp" line="108"/>
        <source>different</source>
        <translation>unterschiedlich</translation>
    </message>
    <message>
        <location filename="../core/diff/diffentry.cpp" line="109"/>
        <source>only in source</source>
        <translation>nur in der Quelle</translation>
    </message>
    <message>
        <location filename="../core/diff/diffentry.cpp" line="110"/>
        <source>only in target</source>
        <translation>nur im Ziel</translation>
    </message>
</context>
<context>
    <name>DiffObject</name>
    <message>
        <location filename="../ui/diff/diffresult.cpp" line="185"/>
        <source>identical</source>
        <translation>identisch</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffresult.cpp" line="186"/>
        <source>different</source>
        <translation>unterschiedlich</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffresult.cpp" line="187"/>
        <source>only in source</source>
        <translation>nur in der Quelle</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffresult.cpp" line="188"/>
        <source>only in target</source>
        <translation>nur im Ziel</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffresult.cpp" line="196"/>
        <source>Schemas</source>
        <translation>Schemas</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffresult.cpp" line="197"/>
        <source>Extensions</source>
        <translation>Erweiterungen</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffresult.cpp" line="198"/>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffresult.cpp" line="199"/>
        <source>Sequences</source>
        <translation>Sequenzen</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffresult.cpp" line="200"/>
        <source>Views</source>
        <translation>Sichten</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffresult.cpp" line="201"/>
        <source>Materialized views</source>
        <translation>Materialisierte Sichten</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffresult.cpp" line="202"/>
        <source>Functions and procedures</source>
        <translation>Funktionen und Prozeduren</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffresult.cpp" line="203"/>
        <source>Aggregates</source>
        <translation>Aggregate</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffresult.cpp" line="204"/>
        <source>Enum types</source>
        <translation>Enum-Typen</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffresult.cpp" line="205"/>
        <source>Domains</source>
        <translation>Domänen</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffresult.cpp" line="206"/>
        <source>Composite types</source>
        <translation>Zusammengesetzte Typen</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffresult.cpp" line="285"/>
        <source>lock: %1 on %2</source>
        <translation>Sperre: %1 auf %2</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffresult.cpp" line="289"/>
        <source>hazard (%1): %2</source>
        <translation>Gefahr (%1): %2</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffresult.cpp" line="293"/>
        <source>outside a transaction (run it on its own)</source>
        <translation>außerhalb einer Transaktion (einzeln ausführen)</translation>
    </message>
</context>
<context>
    <name>DmlWithoutWhere</name>
    <message>
        <location filename="../core/lint/rules/strongdmlwithoutwhere.cpp" line="18"/>
        <source>UPDATE or DELETE without WHERE changes the whole table in one transaction</source>
        <translation>UPDATE oder DELETE ohne WHERE ändert die ganze Tabelle in einer Transaktion</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongdmlwithoutwhere.cpp" line="28"/>
        <source>This UPDATE has no WHERE clause: it rewrites every row of %1 in one transaction.</source>
        <translation>Dieses UPDATE hat keine WHERE-Klausel: es schreibt jede Zeile von %1 in einer Transaktion neu.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongdmlwithoutwhere.cpp" line="29"/>
        <source>This DELETE has no WHERE clause: it deletes every row of %1 in one transaction.</source>
        <translation>Dieses DELETE hat keine WHERE-Klausel: es löscht jede Zeile von %1 in einer Transaktion.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongdmlwithoutwhere.cpp" line="30"/>
        <source>Every changed row stays locked until the statement commits, so concurrent writers to those rows wait; the table doubles in size with dead row versions until vacuum, WAL volume spikes and replicas fall behind.</source>
        <translation>Jede geänderte Zeile bleibt bis zum Commit der Anweisung gesperrt, sodass gleichzeitige Schreiber dieser Zeilen warten; die Tabelle verdoppelt sich mit toten Zeilenversionen bis zum VACUUM, das WAL-Volumen steigt sprunghaft und Replicas fallen zurück.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongdmlwithoutwhere.cpp" line="33"/>
        <source>Backfill in batches: UPDATE ... WHERE id &gt; $last AND id &lt;= $last + 10000, committing between batches and pausing when replication lag grows.</source>
        <translation>Backfill in Batches: UPDATE ... WHERE id &gt; $last AND id &lt;= $last + 10000, mit Commit zwischen den Batches und Pause, wenn die Replikationsverzögerung wächst.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongdmlwithoutwhere.cpp" line="35"/>
        <source>Delete in batches with a keyset WHERE clause, committing between batches; to empty the table on purpose, TRUNCATE is instant (but takes ACCESS EXCLUSIVE).</source>
        <translation>In Batches mit einer Keyset-WHERE-Klausel löschen, mit Commit zwischen den Batches; um die Tabelle absichtlich zu leeren, ist TRUNCATE sofort (nimmt aber ACCESS EXCLUSIVE).</translation>
    </message>
</context>
<context>
    <name>DomainConstraintRule</name>
    <message>
        <location filename="../core/lint/rules/domainconstraintrule.cpp" line="25"/>
        <source>Constraints on domains are checked against every column using the domain</source>
        <translation>Constraints auf Domänen werden gegen jede Spalte geprüft, die die Domäne verwendet</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/domainconstraintrule.cpp" line="44"/>
        <source>Adding a constraint to domain %1 checks every column of that type.</source>
        <translation>Ein Constraint auf Domäne %1 prüft jede Spalte dieses Typs.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/domainconstraintrule.cpp" line="45"/>
        <source>Domain %1 carries a constraint.</source>
        <translation>Domäne %1 trägt einen Constraint.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/domainconstraintrule.cpp" line="46"/>
        <source>Domain constraints are checked for every table column of the domain, with locks on those tables, and they cannot be changed or validated per table; changing them later is hard to do without blocking.</source>
        <translation>Domänen-Constraints werden für jede Tabellenspalte der Domäne geprüft, mit Sperren auf diesen Tabellen, und lassen sich nicht pro Tabelle ändern oder validieren; sie später zu ändern ist kaum ohne Blockieren möglich.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/domainconstraintrule.cpp" line="49"/>
        <source>Put the CHECK constraint on the table columns instead (added NOT VALID, then validated).</source>
        <translation>Den CHECK-Constraint stattdessen auf die Tabellenspalten legen (NOT VALID hinzugefügt, dann validiert).</translation>
    </message>
</context>
<context>
    <name>DriftCheck</name>
    <message>
        <location filename="../core/migrations/driftcheck.cpp" line="111"/>
        <source>Applying %1</source>
        <translation>%1 wird angewendet</translation>
    </message>
    <message>
        <location filename="../core/migrations/driftcheck.cpp" line="143"/>
        <source>The migrations did not apply (%1).</source>
        <translation>Die Migrationen wurden nicht angewendet (%1).</translation>
    </message>
    <message>
        <location filename="../core/migrations/driftcheck.cpp" line="214"/>
        <source>Reading the migrations folder</source>
        <translation>Migrationsordner wird gelesen</translation>
    </message>
    <message>
        <location filename="../core/migrations/driftcheck.cpp" line="220"/>
        <source>Reading the applied migrations</source>
        <translation>Angewendete Migrationen werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/migrations/driftcheck.cpp" line="228"/>
        <source>Creating a scratch database</source>
        <translation>Scratch-Datenbank wird angelegt</translation>
    </message>
    <message>
        <location filename="../core/migrations/driftcheck.cpp" line="243"/>
        <source>Reading the expected schema</source>
        <translation>Erwartetes Schema wird gelesen</translation>
    </message>
    <message>
        <location filename="../core/migrations/driftcheck.cpp" line="246"/>
        <source>Reading the live schema</source>
        <translation>Live-Schema wird gelesen</translation>
    </message>
    <message>
        <location filename="../core/migrations/driftcheck.cpp" line="248"/>
        <source>Comparing</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../core/migrations/driftcheck.cpp" line="268"/>
        <source>Dropping the scratch database</source>
        <translation>Scratch-Datenbank wird gelöscht</translation>
    </message>
    <message>
        <location filename="../core/migrations/driftcheck.cpp" line="272"/>
        <source>Could not drop the scratch database %1; drop it by hand.</source>
        <translation>Die Scratch-Datenbank %1 konnte nicht gelöscht werden; bitte von Hand löschen.</translation>
    </message>
    <message>
        <location filename="../core/migrations/driftcheck.cpp" line="273"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>DriftCommand</name>
    <message>
        <location filename="../app/cli/driftcommand.cpp" line="47"/>
        <source>Run &quot;slipway-cli drift --help&quot; for usage.</source>
        <translation>„slipway-cli drift --help“ zeigt die Verwendung.</translation>
    </message>
    <message>
        <location filename="../app/cli/driftcommand.cpp" line="53"/>
        <source>Usage: slipway-cli drift &lt;conn&gt; --dir FOLDER --scratch &lt;conn&gt; [--format text|sql|json]
                         [--exit-code] [--all | --to VERSION] [--schema S]...
                         [--exclude-schema S]... [--ignore-owners]
                         [--ignore-privileges] [--ignore-comments]

Applies the migrations of FOLDER that &lt;conn&gt; has applied to a throw-away database
created on the --scratch server (dropped afterwards), compares it with &lt;conn&gt; and
prints the drift: what the database has that the migrations do not explain, and
the reverse. History tables and the slipway schema are left out.
Text lines: &quot;+&quot; only in the database, &quot;-&quot; only in the migrations, &quot;~&quot; differs
(what the migrations say -&gt; what the database has).

&lt;conn&gt; is a saved profile name, a libpq URI (postgresql://...) or a key=value
conninfo string. The --scratch role needs CREATEDB.

Options:
  --dir FOLDER            the migrations folder
  --scratch CONN          server for the throw-away database
  --format text|sql|json  drifted objects (default), the plan that removes the
                          drift, or everything as JSON
  --migrations-format F   flyway, golang-migrate, dbmate, sqitch, prisma or plain
                          (default: detected)
  --exit-code             exit with 2 when there is drift
  --all                   apply every migration of the folder, applied or not
  --to VERSION            apply the folder&apos;s migrations up to VERSION
  --schema S              compare only schema S (repeatable)
  --exclude-schema S      leave out schema S (repeatable)
  --ignore-owners         do not compare owners
  --ignore-privileges     do not compare grants
  --ignore-comments       do not compare comments

Exit codes: 0 no drift (or drift without --exit-code), 1 could not check or a
migration does not apply cleanly, 2 drift with --exit-code, 3 interrupted.
</source>
        <translation>Aufruf: slipway-cli drift &lt;conn&gt; --dir ORDNER --scratch &lt;conn&gt; [--format text|sql|json]
                         [--exit-code] [--all | --to VERSION] [--schema S]...
                         [--exclude-schema S]... [--ignore-owners]
                         [--ignore-privileges] [--ignore-comments]

Wendet die Migrationen von ORDNER, die &lt;conn&gt; angewendet hat, auf eine Wegwerf-Datenbank
auf dem --scratch-Server an (danach gelöscht), vergleicht sie mit &lt;conn&gt; und
gibt die Abweichung (Drift) aus: was die Datenbank hat, das die Migrationen nicht erklären, und
umgekehrt. Historientabellen und das Schema slipway werden ausgelassen.
Textzeilen: „+“ nur in der Datenbank, „-“ nur in den Migrationen, „~“ unterschiedlich
(was die Migrationen sagen -&gt; was die Datenbank hat).

&lt;conn&gt; ist ein gespeicherter Profilname, eine libpq-URI (postgresql://...) oder ein key=value-
Conninfo. Die --scratch-Rolle braucht CREATEDB.

Optionen:
  --dir ORDNER            der Migrationsordner
  --scratch CONN          Server für die Wegwerf-Datenbank
  --format text|sql|json  abweichende Objekte (Vorgabe), der Plan, der die
                          Abweichung beseitigt, oder alles als JSON
  --migrations-format F   flyway, golang-migrate, dbmate, sqitch, prisma oder plain
                          (Vorgabe: erkannt)
  --exit-code             mit 2 beenden, wenn es Abweichungen gibt
  --all                   jede Migration des Ordners anwenden, angewendet oder nicht
  --to VERSION            die Migrationen des Ordners bis VERSION anwenden
  --schema S              nur Schema S vergleichen (wiederholbar)
  --exclude-schema S      Schema S auslassen (wiederholbar)
  --ignore-owners         Besitzer nicht vergleichen
  --ignore-privileges     Rechte nicht vergleichen
  --ignore-comments       Kommentare nicht vergleichen

Exit-Codes: 0 keine Abweichung (oder Abweichung ohne --exit-code), 1 Prüfung nicht möglich oder eine
Migration lässt sich nicht sauber anwenden, 2 Abweichung mit --exit-code, 3 unterbrochen.
</translation>
    </message>
    <message>
        <location filename="../app/cli/driftcommand.cpp" line="109"/>
        <source>(only in the database)</source>
        <translation>(nur in der Datenbank)</translation>
    </message>
    <message>
        <location filename="../app/cli/driftcommand.cpp" line="112"/>
        <source>(only in the migrations)</source>
        <translation>(nur in den Migrationen)</translation>
    </message>
    <message>
        <location filename="../app/cli/driftcommand.cpp" line="116"/>
        <source>(differs)</source>
        <translation>(unterschiedlich)</translation>
    </message>
    <message>
        <location filename="../app/cli/driftcommand.cpp" line="121"/>
        <location filename="../app/cli/driftcommand.cpp" line="122"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../app/cli/driftcommand.cpp" line="130"/>
        <source>%1 %2 does not apply cleanly: %3: %4</source>
        <translation>%1 %2 lässt sich nicht sauber anwenden: %3: %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/driftcommand.cpp" line="144"/>
        <source>No drift: the database matches its %n applied migration(s).</source>
        <translation>
            <numerusform>Keine Abweichung: die Datenbank entspricht ihrer %n angewendeten Migration.</numerusform>
            <numerusform>Keine Abweichung: die Datenbank entspricht ihren %n angewendeten Migrationen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/driftcommand.cpp" line="161"/>
        <source>%n drifted object(s) against %1 applied migration(s).</source>
        <translation>
            <numerusform>%n abweichendes Objekt gegenüber %1 angewendeten Migrationen.</numerusform>
            <numerusform>%n abweichende Objekte gegenüber %1 angewendeten Migrationen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/driftcommand.cpp" line="236"/>
        <source>Missing &lt;conn&gt;.</source>
        <translation>&lt;conn&gt; fehlt.</translation>
    </message>
    <message>
        <location filename="../app/cli/driftcommand.cpp" line="238"/>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/driftcommand.cpp" line="239"/>
        <source>Missing --dir FOLDER.</source>
        <translation>--dir ORDNER fehlt.</translation>
    </message>
    <message>
        <location filename="../app/cli/driftcommand.cpp" line="241"/>
        <source>Missing --scratch CONN (a server where a throw-away database may be created).</source>
        <translation>--scratch CONN fehlt (ein Server, auf dem eine Wegwerf-Datenbank angelegt werden darf).</translation>
    </message>
    <message>
        <location filename="../app/cli/driftcommand.cpp" line="246"/>
        <source>Unknown format &quot;%1&quot; (text, sql or json).</source>
        <translation>Unbekanntes Format „%1“ (text, sql oder json).</translation>
    </message>
    <message>
        <location filename="../app/cli/driftcommand.cpp" line="248"/>
        <source>--all and --to exclude each other.</source>
        <translation>--all und --to schließen sich gegenseitig aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/driftcommand.cpp" line="250"/>
        <source>No folder %1.</source>
        <translation>Kein Ordner %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/driftcommand.cpp" line="256"/>
        <source>Unknown migrations format &quot;%1&quot;.</source>
        <translation>Unbekanntes Migrationsformat „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/driftcommand.cpp" line="301"/>
        <source>Interrupted: cancelling and dropping the scratch database...</source>
        <translation>Unterbrochen: Abbruch und Löschen der Scratch-Datenbank ...</translation>
    </message>
    <message>
        <location filename="../app/cli/driftcommand.cpp" line="308"/>
        <source>Could not drop the scratch database %1; drop it by hand.</source>
        <translation>Die Scratch-Datenbank %1 konnte nicht gelöscht werden; bitte von Hand löschen.</translation>
    </message>
    <message>
        <location filename="../app/cli/driftcommand.cpp" line="315"/>
        <source>-- No drift.</source>
        <translation>-- Keine Abweichung.</translation>
    </message>
    <message>
        <location filename="../app/cli/driftcommand.cpp" line="330"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>EditorToolTips</name>
    <message>
        <location filename="../ui/editor/editortooltips.cpp" line="29"/>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <location filename="../ui/editor/editortooltips.cpp" line="31"/>
        <source>Safe pattern:</source>
        <translation>Sicheres Muster:</translation>
    </message>
    <message>
        <location filename="../ui/editor/editortooltips.cpp" line="35"/>
        <source>Quick fix%1: %2</source>
        <translation>Schnellkorrektur%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/editor/editortooltips.cpp" line="53"/>
        <source>%1 lock</source>
        <translation>%1-Sperre</translation>
    </message>
    <message>
        <location filename="../ui/editor/editortooltips.cpp" line="57"/>
        <source>Effect:</source>
        <translation>Wirkung:</translation>
    </message>
    <message>
        <location filename="../ui/editor/editortooltips.cpp" line="65"/>
        <source>size unknown</source>
        <translation>Größe unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/editor/editortooltips.cpp" line="73"/>
        <source>Cannot run inside a transaction block. %1</source>
        <translation>Kann nicht in einem Transaktionsblock laufen. %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/editortooltips.cpp" line="75"/>
        <source>The answer depends on the server version.</source>
        <translation>Die Antwort hängt von der Serverversion ab.</translation>
    </message>
    <message>
        <location filename="../ui/editor/editortooltips.cpp" line="77"/>
        <source>Connect to see the table sizes on this database.</source>
        <translation>Verbinden, um die Tabellengrößen dieser Datenbank zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/editor/editortooltips.cpp" line="92"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>ExecutionEvent</name>
    <message>
        <location filename="../core/run/executionevent.cpp" line="57"/>
        <source>statement %1 (line %2)</source>
        <translation>Anweisung %1 (Zeile %2)</translation>
    </message>
    <message>
        <location filename="../core/run/executionevent.cpp" line="58"/>
        <source>statement %1</source>
        <translation>Anweisung %1</translation>
    </message>
    <message>
        <location filename="../core/run/executionevent.cpp" line="62"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/run/executionevent.cpp" line="65"/>
        <source>%1 done in %2 ms, %3 rows (%4)</source>
        <translation>%1 fertig in %2 ms, %3 Zeilen (%4)</translation>
    </message>
    <message>
        <location filename="../core/run/executionevent.cpp" line="66"/>
        <source>%1 done in %2 ms (%3)</source>
        <translation>%1 fertig in %2 ms (%3)</translation>
    </message>
    <message>
        <location filename="../core/run/executionevent.cpp" line="70"/>
        <source>line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../core/run/executionevent.cpp" line="72"/>
        <source>ERROR %1 at %2%3:%4: %5</source>
        <translation>FEHLER %1 bei %2%3:%4: %5</translation>
    </message>
    <message>
        <location filename="../core/run/executionevent.cpp" line="77"/>
        <source>ERROR %1: %2</source>
        <translation>FEHLER %1: %2</translation>
    </message>
    <message>
        <location filename="../core/run/executionevent.cpp" line="78"/>
        <source>DETAIL: %1</source>
        <translation>DETAIL: %1</translation>
    </message>
    <message>
        <location filename="../core/run/executionevent.cpp" line="79"/>
        <source>HINT: %1</source>
        <translation>HINWEIS: %1</translation>
    </message>
    <message>
        <location filename="../core/run/executionevent.cpp" line="84"/>
        <source>retry: %1</source>
        <translation>Wiederholung: %1</translation>
    </message>
</context>
<context>
    <name>ExecutionPlan</name>
    <message>
        <location filename="../core/run/executionplan.cpp" line="99"/>
        <source>The migration is marked to run without a transaction: each statement commits on its own.</source>
        <translation>Die Migration ist ohne Transaktion markiert: jede Anweisung committet für sich.</translation>
    </message>
    <message>
        <location filename="../core/run/executionplan.cpp" line="102"/>
        <source>The script controls its own transactions (BEGIN/COMMIT): its statements run as written, without an extra transaction around them.</source>
        <translation>Das Skript steuert seine Transaktionen selbst (BEGIN/COMMIT): seine Anweisungen laufen wie geschrieben, ohne zusätzliche umgebende Transaktion.</translation>
    </message>
    <message>
        <location filename="../core/run/executionplan.cpp" line="115"/>
        <source>Statement %1 (line %2) runs outside a transaction: %3.</source>
        <translation>Anweisung %1 (Zeile %2) läuft außerhalb einer Transaktion: %3.</translation>
    </message>
    <message>
        <location filename="../core/run/executionplan.cpp" line="121"/>
        <source>The migration runs in %1 steps; if a later step fails, the earlier ones stay applied.</source>
        <translation>Die Migration läuft in %1 Schritten; schlägt ein späterer Schritt fehl, bleiben die früheren angewendet.</translation>
    </message>
</context>
<context>
    <name>FreePort</name>
    <message>
        <location filename="../core/db/freeport.cpp" line="28"/>
        <source>%1 is not an IPv4 address</source>
        <translation>%1 ist keine IPv4-Adresse</translation>
    </message>
    <message>
        <location filename="../core/db/freeport.cpp" line="54"/>
        <source>No free TCP port on %1: %2</source>
        <translation>Kein freier TCP-Port auf %1: %2</translation>
    </message>
</context>
<context>
    <name>IdentifierTooLong</name>
    <message>
        <location filename="../core/lint/rules/identifiertoolong.cpp" line="19"/>
        <source>Identifiers longer than 63 bytes are silently truncated</source>
        <translation>Bezeichner über 63 Bytes werden stillschweigend gekürzt</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/identifiertoolong.cpp" line="33"/>
        <source>Identifier %1 is %2 bytes; PostgreSQL keeps only the first 63.</source>
        <translation>Bezeichner %1 hat %2 Bytes; PostgreSQL behält nur die ersten 63.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/identifiertoolong.cpp" line="34"/>
        <source>The name is truncated without an error, so the object gets a different name than the migration says, and two long names can collide.</source>
        <translation>Der Name wird ohne Fehler gekürzt, das Objekt erhält also einen anderen Namen als in der Migration, und zwei lange Namen können kollidieren.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/identifiertoolong.cpp" line="36"/>
        <source>Use a name of at most 63 bytes.</source>
        <translation>Einen Namen mit höchstens 63 Bytes verwenden.</translation>
    </message>
</context>
<context>
    <name>IndexConstraintRule</name>
    <message>
        <location filename="../core/lint/rules/indexconstraintrule.cpp" line="27"/>
        <source>Adding a primary key builds its index while reads and writes wait</source>
        <translation>Ein Primärschlüssel baut seinen Index, während Lese- und Schreibzugriffe warten</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/indexconstraintrule.cpp" line="28"/>
        <source>Adding a UNIQUE constraint builds its index while reads and writes wait</source>
        <translation>Ein UNIQUE-Constraint baut seinen Index, während Lese- und Schreibzugriffe warten</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/indexconstraintrule.cpp" line="53"/>
        <source>Adding a primary key to %1 builds a unique index while the table is locked.</source>
        <translation>Das Hinzufügen eines Primärschlüssels zu %1 baut einen Unique-Index, während die Tabelle gesperrt ist.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/indexconstraintrule.cpp" line="54"/>
        <source>Adding a UNIQUE constraint to %1 builds a unique index while the table is locked.</source>
        <translation>Das Hinzufügen eines UNIQUE-Constraints zu %1 baut einen Unique-Index, während die Tabelle gesperrt ist.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/indexconstraintrule.cpp" line="55"/>
        <source>The constraint&apos;s index is built inside the ALTER TABLE under an ACCESS EXCLUSIVE lock: every read and write of %1 waits until the whole table has been indexed.</source>
        <translation>Der Index des Constraints wird im ALTER TABLE unter einer ACCESS-EXCLUSIVE-Sperre gebaut: jeder Lese- und Schreibzugriff auf %1 wartet, bis die ganze Tabelle indiziert ist.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/indexconstraintrule.cpp" line="57"/>
        <source>CREATE UNIQUE INDEX CONCURRENTLY first (make the columns NOT NULL safely too), then ALTER TABLE ... ADD CONSTRAINT ... PRIMARY KEY USING INDEX.</source>
        <translation>Zuerst CREATE UNIQUE INDEX CONCURRENTLY (und die Spalten sicher NOT NULL machen), dann ALTER TABLE ... ADD CONSTRAINT ... PRIMARY KEY USING INDEX.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/indexconstraintrule.cpp" line="59"/>
        <source>CREATE UNIQUE INDEX CONCURRENTLY first, then ALTER TABLE ... ADD CONSTRAINT ... UNIQUE USING INDEX, which is instant.</source>
        <translation>Zuerst CREATE UNIQUE INDEX CONCURRENTLY, dann ALTER TABLE ... ADD CONSTRAINT ... UNIQUE USING INDEX, was sofort geht.</translation>
    </message>
</context>
<context>
    <name>IndexTooManyColumns</name>
    <message>
        <location filename="../core/lint/rules/strongindextoomanycolumns.cpp" line="21"/>
        <source>A non-unique index over more than three columns rarely pays off</source>
        <translation>Ein nicht eindeutiger Index über mehr als drei Spalten lohnt sich selten</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongindextoomanycolumns.cpp" line="33"/>
        <source>This index on %1 has %2 key columns.</source>
        <translation>Dieser Index auf %1 hat %2 Schlüsselspalten.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongindextoomanycolumns.cpp" line="34"/>
        <source>Index %1 on %2 has %3 key columns.</source>
        <translation>Index %1 auf %2 hat %3 Schlüsselspalten.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongindextoomanycolumns.cpp" line="35"/>
        <source>Beyond the first few columns a B-tree rarely narrows a search further, but every INSERT and UPDATE pays for the wider entries, the index is larger to build and to keep in memory, and HOT updates become rarer.</source>
        <translation>Jenseits der ersten Spalten grenzt ein B-Baum eine Suche kaum weiter ein, aber jedes INSERT und UPDATE zahlt für die breiteren Einträge, der Index ist größer beim Bauen und im Speicher, und HOT-Updates werden seltener.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongindextoomanycolumns.cpp" line="38"/>
        <source>Index the %1 most selective columns that queries filter on; move columns that are only read into INCLUDE (...) for an index-only scan.</source>
        <translation>Die %1 selektivsten Spalten indizieren, nach denen Abfragen filtern; nur gelesene Spalten in INCLUDE (...) verschieben für einen Index-Only-Scan.</translation>
    </message>
</context>
<context>
    <name>Introspector</name>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="20"/>
        <source>Schema introspection was cancelled.</source>
        <translation>Die Schema-Introspektion wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="66"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="72"/>
        <source>Reading server information</source>
        <translation>Serverinformationen werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="85"/>
        <source>Reading schemas</source>
        <translation>Schemas werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="104"/>
        <source>Reading comments</source>
        <translation>Kommentare werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="122"/>
        <source>Reading privileges</source>
        <translation>Rechte werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="139"/>
        <source>Reading extensions</source>
        <translation>Erweiterungen werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="152"/>
        <source>Reading tables and views</source>
        <translation>Tabellen und Sichten werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="197"/>
        <source>Reading partitions and inheritance</source>
        <translation>Partitionen und Vererbung werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="215"/>
        <source>Reading types</source>
        <translation>Typen werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="263"/>
        <source>Reading columns</source>
        <translation>Spalten werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="301"/>
        <source>Reading constraints</source>
        <translation>Constraints werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="347"/>
        <source>Reading indexes</source>
        <translation>Indexe werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogreader.cpp" line="10"/>
        <source>Reading sequences</source>
        <translation>Sequenzen werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogreader.cpp" line="34"/>
        <source>Reading functions and procedures</source>
        <translation>Funktionen und Prozeduren werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogreader.cpp" line="57"/>
        <source>Reading aggregates</source>
        <translation>Aggregate lesen</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogreader.cpp" line="110"/>
        <source>Reading triggers</source>
        <translation>Trigger werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogreader.cpp" line="132"/>
        <source>Reading row-level security policies</source>
        <translation>Zeilensicherheitsrichtlinien werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogreader.cpp" line="150"/>
        <source>Reading sizes</source>
        <translation>Größen werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="395"/>
        <source>%1 (process %2)</source>
        <translation>%1 (Prozess %2)</translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="398"/>
        <source>Could not read the schema: a relation stayed locked by another session for more than %1 ms. Try again later.</source>
        <translation>Das Schema konnte nicht gelesen werden: eine Relation blieb länger als %1 ms von einer anderen Sitzung gesperrt. Später erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="401"/>
        <source>Could not read the schema: waited %1 ms for locks. </source>
        <translation>Das Schema konnte nicht gelesen werden: %1 ms auf Sperren gewartet. </translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="404"/>
        <source>Locked exclusively, probably by a running migration: %1. </source>
        <translation>Exklusiv gesperrt, vermutlich durch eine laufende Migration: %1. </translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="407"/>
        <source>Waiting for an exclusive lock: %1. </source>
        <translation>Wartet auf eine exklusive Sperre: %1. </translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="409"/>
        <source>Try again when it has finished.</source>
        <translation>Erneut versuchen, wenn sie beendet ist.</translation>
    </message>
</context>
<context>
    <name>JournalCommand</name>
    <message>
        <location filename="../app/cli/journalcommand.cpp" line="32"/>
        <source>Usage: slipway-cli journal &lt;conn&gt; [-o FILE]

Prints Slipway&apos;s journal of a database (slipway.journal: every migration
Slipway ran there, oldest first, with status, duration, rows, who, the SQL,
errors with SQLSTATE and where its full run log is) as the JSON migration
log: a list with one object per migration. Reads only; an empty list when
Slipway never ran there.

&lt;conn&gt; is a saved profile name, a libpq URI (postgresql://...) or a key=value
conninfo string.

Options:
  -o, --output FILE       write the log to FILE instead of standard output
</source>
        <translation>Aufruf: slipway-cli journal &lt;conn&gt; [-o DATEI]

Gibt Slipways Journal einer Datenbank (slipway.journal: jede Migration, die
Slipway dort ausgeführt hat, älteste zuerst, mit Status, Dauer, Zeilen, wer,
dem SQL, Fehlern mit SQLSTATE und wo sein vollständiges Laufprotokoll liegt)
als JSON-Migrationsprotokoll aus: eine Liste mit einem Objekt pro Migration.
Nur lesend; eine leere Liste, wo Slipway nie lief.

&lt;conn&gt; ist ein gespeicherter Profilname, eine libpq-URI (postgresql://...) oder
eine key=value-Conninfo.

Optionen:
  -o, --output DATEI      das Protokoll in DATEI statt auf die Standardausgabe schreiben
</translation>
    </message>
    <message>
        <location filename="../app/cli/journalcommand.cpp" line="66"/>
        <source>Missing &lt;conn&gt;.</source>
        <translation>&lt;conn&gt; fehlt.</translation>
    </message>
    <message>
        <location filename="../app/cli/journalcommand.cpp" line="67"/>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/journalcommand.cpp" line="103"/>
        <source>%n journal entry(s) written to %1.</source>
        <translation>
            <numerusform>%n Journaleintrag nach %1 geschrieben.</numerusform>
            <numerusform>%n Journaleinträge nach %1 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LintCommand</name>
    <message>
        <location filename="../app/cli/lintcommand.cpp" line="48"/>
        <source>Run &quot;slipway-cli lint --help&quot; for usage.</source>
        <translation>„slipway-cli lint --help“ zeigt die Verwendung.</translation>
    </message>
    <message>
        <location filename="../app/cli/lintcommand.cpp" line="53"/>
        <source>Usage: slipway-cli lint [options] &lt;file|directory|glob&gt;...
       slipway-cli lint --list-rules

Checks migration files for statements that lock, rewrite or break a live database
(squawk&apos;s rules under squawk&apos;s names, plus strong_migrations&apos; checks). A directory
means every *.sql file under it; quoted globs are expanded (** = any depth); &quot;-&quot;
reads standard input.

Options:
  --reporter FORMAT      tty (default), gcc, json (squawk&apos;s fields), gitlab (Code
                         Quality) or sarif (SARIF 2.1.0)
  -o, --output FILE      write the report to FILE instead of standard output
  --fail-on SEVERITY     exit 1 when a finding is at or above hint, warning
                         (default) or error; syntax errors and unreadable files
                         always count
  --include RULES        switch on opt-in rules (comma-separated, repeatable)
  --exclude RULES        switch rules off (comma-separated, repeatable; wins over
                         --include)
  --pg-version VERSION   the server the migrations run on: 11, 13.4 or 150000
                         (default: the connected server&apos;s, else 15)
  --assume-in-transaction  the migration tool wraps each file in a transaction
  --connect CONN         read row counts and sizes of the tables the files touch
                         (a saved profile name, libpq URI or key=value conninfo):
                         small tables lower findings to hints, large ones raise
                         them to errors
  --stdin-filepath PATH  the name to report for &quot;-&quot;
  --list-rules           list the rules (with --reporter json: as JSON)

Inside GitHub Actions (GITHUB_ACTIONS=true) findings are also printed as workflow
annotations (on standard error when the report itself is JSON on standard output).
Exit codes: 0 clean, 1 findings at or above --fail-on (or no connection), 64 usage.
</source>
        <translation>Aufruf: slipway-cli lint [Optionen] &lt;datei|verzeichnis|glob&gt;...
       slipway-cli lint --list-rules

Prüft Migrationsdateien auf Anweisungen, die eine laufende Datenbank sperren, neu schreiben oder brechen
(die Regeln von squawk unter squawks Namen, dazu die Prüfungen von strong_migrations). Ein Verzeichnis
bedeutet jede *.sql-Datei darunter; quotierte Globs werden expandiert (** = beliebige Tiefe); „-“
liest die Standardeingabe.

Optionen:
  --reporter FORMAT      tty (Vorgabe), gcc, json (Felder von squawk), gitlab (Code
                         Quality) oder sarif (SARIF 2.1.0)
  -o, --output DATEI     den Bericht in DATEI statt auf die Standardausgabe schreiben
  --fail-on SCHWERE      mit 1 beenden, wenn ein Befund mindestens hint, warning
                         (Vorgabe) oder error ist; Syntaxfehler und unlesbare Dateien
                         zählen immer
  --include REGELN       optionale Regeln einschalten (kommagetrennt, wiederholbar)
  --exclude REGELN       Regeln ausschalten (kommagetrennt, wiederholbar; hat Vorrang vor
                         --include)
  --pg-version VERSION   der Server, auf dem die Migrationen laufen: 11, 13.4 oder 150000
                         (Vorgabe: der des verbundenen Servers, sonst 15)
  --assume-in-transaction  das Migrationswerkzeug packt jede Datei in eine Transaktion
  --connect CONN         Zeilenzahlen und Größen der betroffenen Tabellen lesen
                         (ein gespeicherter Profilname, eine libpq-URI oder ein key=value-Conninfo):
                         kleine Tabellen senken Befunde zu Hinweisen, große heben
                         sie zu Fehlern an
  --stdin-filepath PFAD  der für „-“ gemeldete Name
  --list-rules           die Regeln auflisten (mit --reporter json: als JSON)

In GitHub Actions (GITHUB_ACTIONS=true) werden Befunde auch als Workflow-
Annotationen ausgegeben (auf der Standardfehlerausgabe, wenn der Bericht selbst JSON auf der Standardausgabe ist).
Exit-Codes: 0 sauber, 1 Befunde ab --fail-on (oder keine Verbindung), 64 Aufruffehler.
</translation>
    </message>
    <message>
        <location filename="../app/cli/lintcommand.cpp" line="161"/>
        <source>opt-in</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../app/cli/lintcommand.cpp" line="185"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/lintcommand.cpp" line="229"/>
        <source>Unknown reporter &quot;%1&quot;: use tty, gcc, json, gitlab or sarif.</source>
        <translation>Unbekannter Reporter „%1“: tty, gcc, json, gitlab oder sarif verwenden.</translation>
    </message>
    <message>
        <location filename="../app/cli/lintcommand.cpp" line="235"/>
        <source>Unknown severity &quot;%1&quot; for --fail-on: use hint, warning or error.</source>
        <translation>Unbekannte Schwere „%1“ für --fail-on: hint, warning oder error verwenden.</translation>
    </message>
    <message>
        <location filename="../app/cli/lintcommand.cpp" line="246"/>
        <source>Invalid --pg-version &quot;%1&quot;: write 11, 13.4 or 150000.</source>
        <translation>Ungültige --pg-version „%1“: 11, 13.4 oder 150000 schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/lintcommand.cpp" line="261"/>
        <source>Unknown rule(s): %1. Run &quot;slipway-cli lint --list-rules&quot; for the list.</source>
        <translation>Unbekannte Regel(n): %1. „slipway-cli lint --list-rules“ zeigt die Liste.</translation>
    </message>
    <message>
        <location filename="../app/cli/lintcommand.cpp" line="275"/>
        <location filename="../app/cli/lintcommand.cpp" line="287"/>
        <source>No files to lint.</source>
        <translation>Keine Dateien zu prüfen.</translation>
    </message>
    <message>
        <location filename="../app/cli/lintcommand.cpp" line="284"/>
        <source>warning: no SQL files match %1</source>
        <translation>Warnung: keine SQL-Dateien passen auf %1</translation>
    </message>
    <message>
        <location filename="../app/cli/lintcommand.cpp" line="301"/>
        <source>warning: saved connection profiles not read: %1</source>
        <translation>Warnung: gespeicherte Verbindungsprofile nicht gelesen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/lintcommand.cpp" line="318"/>
        <source>Cannot read table sizes from %1:</source>
        <translation>Tabellengrößen können nicht aus %1 gelesen werden:</translation>
    </message>
    <message>
        <location filename="../app/cli/lintcommand.cpp" line="361"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>LintEngine</name>
    <message>
        <location filename="../core/lint/lintengine.cpp" line="168"/>
        <source>PostgreSQL will reject this statement; nothing after it in the same transaction runs.</source>
        <translation>PostgreSQL wird diese Anweisung ablehnen; nichts danach in derselben Transaktion läuft.</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <location filename="../core/db/localstore.cpp" line="71"/>
        <source>The local store %1 cannot be used: %2. Slipway goes on without history and recent items; the file was left as it is.</source>
        <translation>Der lokale Speicher %1 kann nicht verwendet werden: %2. Slipway läuft ohne Verlauf und zuletzt verwendete Einträge weiter; die Datei bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../core/db/localstore.cpp" line="79"/>
        <source>the Qt SQLite driver is not installed</source>
        <translation>der Qt-SQLite-Treiber ist nicht installiert</translation>
    </message>
    <message>
        <location filename="../core/db/localstore.cpp" line="95"/>
        <source>it was written by a newer Slipway (schema %1, this one knows %2)</source>
        <translation>er wurde von einem neueren Slipway geschrieben (Schema %1, dieses kennt %2)</translation>
    </message>
    <message>
        <location filename="../core/db/localstore.cpp" line="103"/>
        <source>integrity check failed: %1</source>
        <translation>Integritätsprüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/db/localstore.cpp" line="115"/>
        <location filename="../core/db/localstore.cpp" line="121"/>
        <source>upgrading its schema to version %1 failed: %2</source>
        <translation>Aktualisierung seines Schemas auf Version %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/db/localstore.cpp" line="145"/>
        <source>The local store is not open.</source>
        <translation>Der lokale Speicher ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>LockClassifier</name>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="382"/>
        <source>no table work</source>
        <translation>keine Tabellenarbeit</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="383"/>
        <source>metadata only</source>
        <translation>nur Metadaten</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="384"/>
        <source>full table scan</source>
        <translation>vollständiger Tabellenscan</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="385"/>
        <source>index build</source>
        <translation>Indexaufbau</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="386"/>
        <source>table rewrite</source>
        <translation>Neuschreiben der Tabelle</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="387"/>
        <source>row changes</source>
        <translation>Zeilenänderungen</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="388"/>
        <source>reads</source>
        <translation>Lesezugriffe</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="404"/>
        <location filename="../core/sql/lockclassifier.cpp" line="408"/>
        <location filename="../core/sql/lockclassifier.cpp" line="420"/>
        <location filename="../core/sql/lockclassifier.cpp" line="425"/>
        <location filename="../core/sql/lockclassifier.cpp" line="432"/>
        <location filename="../core/sql/lockclassifier.cpp" line="440"/>
        <location filename="../core/sql/lockclassifier.cpp" line="449"/>
        <location filename="../core/sql/lockclassifier.cpp" line="454"/>
        <location filename="../core/sql/lockclassifier.cpp" line="462"/>
        <location filename="../core/sql/lockclassifier.cpp" line="465"/>
        <location filename="../core/sql/lockclassifier.cpp" line="496"/>
        <location filename="../core/sql/lockclassifier.cpp" line="502"/>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="405"/>
        <source>CREATE INDEX CONCURRENTLY cannot run inside a transaction block</source>
        <translation>CREATE INDEX CONCURRENTLY kann nicht in einem Transaktionsblock laufen</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="406"/>
        <source>builds the index while reads and writes go on (two table scans)</source>
        <translation>baut den Index, während Lese- und Schreibzugriffe weiterlaufen (zwei Tabellenscans)</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="409"/>
        <source>builds the index while blocking every write to the table</source>
        <translation>baut den Index und blockiert dabei jeden Schreibzugriff auf die Tabelle</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="420"/>
        <location filename="../core/sql/lockclassifier.cpp" line="449"/>
        <location filename="../core/sql/lockclassifier.cpp" line="452"/>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="422"/>
        <source>a rename is instant, but every query using the old name fails</source>
        <translation>eine Umbenennung ist sofort, aber jede Abfrage mit dem alten Namen schlägt fehl</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="426"/>
        <source>TRUNCATE replaces the table&apos;s files: all rows are gone</source>
        <translation>TRUNCATE ersetzt die Dateien der Tabelle: alle Zeilen sind weg</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="434"/>
        <source>VACUUM FULL rewrites the table</source>
        <translation>VACUUM FULL schreibt die Tabelle neu</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="436"/>
        <source>VACUUM cannot run inside a transaction block</source>
        <translation>VACUUM kann nicht in einem Transaktionsblock laufen</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="442"/>
        <source>CLUSTER without a table cannot run inside a transaction block</source>
        <translation>CLUSTER ohne Tabelle kann nicht in einem Transaktionsblock laufen</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="443"/>
        <source>CLUSTER rewrites the table in index order</source>
        <translation>CLUSTER schreibt die Tabelle in Indexreihenfolge neu</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="450"/>
        <source>REINDEX CONCURRENTLY cannot run inside a transaction block</source>
        <translation>REINDEX CONCURRENTLY kann nicht in einem Transaktionsblock laufen</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="458"/>
        <source>REINDEX SCHEMA/DATABASE/SYSTEM cannot run inside a transaction block</source>
        <translation>REINDEX SCHEMA/DATABASE/SYSTEM kann nicht in einem Transaktionsblock laufen</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="459"/>
        <source>rebuilds the index while reads and writes go on</source>
        <translation>baut den Index neu, während Lese- und Schreibzugriffe weiterlaufen</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="460"/>
        <source>rebuilds the index while blocking writes to its table</source>
        <translation>baut den Index neu und blockiert dabei Schreibzugriffe auf seine Tabelle</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="477"/>
        <source>referenced table</source>
        <translation>referenzierte Tabelle</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="483"/>
        <source>parent table</source>
        <translation>Elterntabelle</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="484"/>
        <source>creates a new table</source>
        <translation>legt eine neue Tabelle an</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="488"/>
        <source>materialized view</source>
        <translation>materialisierte Sicht</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="490"/>
        <source>recomputes the view and applies the differences while reads go on</source>
        <translation>berechnet die Sicht neu und wendet die Unterschiede an, während Lesezugriffe weiterlaufen</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="492"/>
        <source>recomputes the view into new files; reads wait</source>
        <translation>berechnet die Sicht in neue Dateien; Lesezugriffe warten</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="497"/>
        <source>held until the transaction ends</source>
        <translation>bis zum Ende der Transaktion gehalten</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="518"/>
        <location filename="../core/sql/lockclassifier.cpp" line="524"/>
        <location filename="../core/sql/lockclassifier.cpp" line="547"/>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="525"/>
        <source>copies rows into a new table</source>
        <translation>kopiert Zeilen in eine neue Tabelle</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="529"/>
        <source>before PostgreSQL 12, ALTER TYPE ... ADD VALUE cannot run inside a transaction block</source>
        <translation>vor PostgreSQL 12 kann ALTER TYPE ... ADD VALUE nicht in einem Transaktionsblock laufen</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="534"/>
        <source>this command cannot run inside a transaction block</source>
        <translation>dieser Befehl kann nicht in einem Transaktionsblock laufen</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="542"/>
        <source>the DO block commits or rolls back itself, which works only outside a transaction block</source>
        <translation>der DO-Block committet oder rollt selbst zurück, was nur außerhalb eines Transaktionsblocks funktioniert</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="549"/>
        <source>view</source>
        <translation>Sicht</translation>
    </message>
</context>
<context>
    <name>LockStyle</name>
    <message>
        <location filename="../ui/editor/lockstyle.cpp" line="38"/>
        <source>instant</source>
        <comment>metadata-only change</comment>
        <translation>sofort</translation>
    </message>
    <message>
        <location filename="../ui/editor/lockstyle.cpp" line="39"/>
        <source>scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../ui/editor/lockstyle.cpp" line="40"/>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location filename="../ui/editor/lockstyle.cpp" line="41"/>
        <source>rewrite</source>
        <translation>Neuschreiben</translation>
    </message>
    <message>
        <location filename="../ui/editor/lockstyle.cpp" line="42"/>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/editor/lockstyle.cpp" line="50"/>
        <source>blocks reads and writes</source>
        <translation>blockiert Lese- und Schreibzugriffe</translation>
    </message>
    <message>
        <location filename="../ui/editor/lockstyle.cpp" line="52"/>
        <source>blocks writes, reads go on</source>
        <translation>blockiert Schreibzugriffe, Lesezugriffe laufen weiter</translation>
    </message>
    <message>
        <location filename="../ui/editor/lockstyle.cpp" line="53"/>
        <source>blocks neither reads nor writes</source>
        <translation>blockiert weder Lese- noch Schreibzugriffe</translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="50"/>
        <source>Run &quot;slipway-cli migrate --help&quot; for usage.</source>
        <translation>„slipway-cli migrate --help“ zeigt die Verwendung.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="98"/>
        <source>
Exit codes: 0 done, 1 failed, 3 aborted (by the monitor&apos;s abort policy, SIGINT),
4 another runner holds the lock, 64 usage.
</source>
        <translation>
Exit-Codes: 0 fertig, 1 fehlgeschlagen, 3 abgebrochen (durch die Abbruchregel des Monitors, SIGINT),
4 ein anderer Runner hält die Sperre, 64 Aufruffehler.
</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="134"/>
        <source>CONTEXT: %1</source>
        <translation>KONTEXT: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommand.cpp" line="199"/>
        <source>Plan: %1 (%n step(s))</source>
        <translation>
            <numerusform>Plan: %1 (%n Schritt)</numerusform>
            <numerusform>Plan: %1 (%n Schritte)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="224"/>
        <source>Interrupted: cancelling the running step...</source>
        <translation>Unterbrochen: der laufende Schritt wird abgebrochen ...</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="241"/>
        <source>Cannot write the run log: %1</source>
        <translation>Das Ausführungsprotokoll kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="247"/>
        <source>(verified)</source>
        <translation>(verifiziert)</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="247"/>
        <source>(verification FAILED)</source>
        <translation>(Verifikation FEHLGESCHLAGEN)</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="254"/>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="299"/>
        <source>Missing &lt;conn&gt;.</source>
        <translation>&lt;conn&gt; fehlt.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="301"/>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="305"/>
        <source>--plan cannot be combined with --dir, --format, --to or --rollback.</source>
        <translation>--plan lässt sich nicht mit --dir, --format, --to oder --rollback kombinieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="306"/>
        <source>--down needs --plan.</source>
        <translation>--down braucht --plan.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="307"/>
        <source>Missing --dir FOLDER.</source>
        <translation>--dir ORDNER fehlt.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="310"/>
        <source>--rollback cannot be combined with --to or --dry-run.</source>
        <translation>--rollback lässt sich nicht mit --to oder --dry-run kombinieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="312"/>
        <source>Choose one of --dry-run and --dry-run-each.</source>
        <translation>Entweder --dry-run oder --dry-run-each wählen.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="318"/>
        <source>--max-lag and --max-lock-wait need --plan: they throttle its backfill steps.</source>
        <translation>--max-lag und --max-lock-wait brauchen --plan: sie drosseln dessen Backfill-Schritte.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="333"/>
        <source>Not a duration: &quot;%1&quot;.</source>
        <translation>Keine Dauer: „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="340"/>
        <source>--retries needs a number of at least 1.</source>
        <translation>--retries braucht eine Zahl von mindestens 1.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="344"/>
        <source>--wait-for-lock needs seconds.</source>
        <translation>--wait-for-lock braucht Sekunden.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="380"/>
        <source>Unknown format &quot;%1&quot;.</source>
        <translation>Unbekanntes Format „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="387"/>
        <source>Not running: the folder has errors.</source>
        <translation>Nicht ausgeführt: der Ordner enthält Fehler.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="363"/>
        <location filename="../app/cli/migratecommand.cpp" line="399"/>
        <source>Pass --yes-production %1 to confirm.</source>
        <translation>Zur Bestätigung --yes-production %1 übergeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="55"/>
        <source>Usage: slipway-cli migrate &lt;conn&gt; --dir FOLDER [--format F] [--dry-run | --dry-run-each]
                           [--to VERSION]
                           [--rollback VERSION] [--lock-timeout 3s] [--statement-timeout 0]
                           [--retries 5] [--wait-for-lock SECONDS] [--backup]
                           [--yes-production DBNAME] [--json]

Runs the pending migrations of a folder, in order, each in its own transaction
(statements that cannot run in one, such as CREATE INDEX CONCURRENTLY, run alone with
a note). Before each statement lock_timeout and statement_timeout are set; a statement
that times out waiting for a lock is retried with backoff, so application queries never
queue behind it for longer than the lock timeout. Only one runner per database: a
second one reports who holds the lock. Every migration is recorded in slipway.journal.
Progress goes to stderr; a summary to stdout.

Options:
  --dir FOLDER            the migrations folder
  --plan PLAN.json        run a saved plan (e.g. from an expand/contract wizard) step by
                          step: SQL through the executor, backfills through the backfill
                          runner, each step verified and journaled. The monitor holds a
                          backfill step&apos;s batches at --max-lag / --max-lock-wait
  --down                  with --plan: run the steps&apos; rollback SQL, last step first
                          (with --plan, --dry-run runs every step in one rolled-back
                          transaction that holds its locks to the end: rehearse on a copy)
  --format F              flyway, golang-migrate, dbmate, sqitch, prisma or plain
  --dry-run               run everything in one transaction that is rolled back; every
                          lock taken is held until that final rollback
  --dry-run-each          each migration in its own transaction, rolled back at its end
                          (locks held one migration at a time; a migration that needs an
                          earlier one&apos;s changes fails)
  --to VERSION            stop after this version
  --rollback VERSION      run the down scripts of the applied migrations from the newest
                          down to and including VERSION
  --lock-timeout T        per statement (default 3s; ms, s or min)
  --statement-timeout T   per statement (default 0: none)
  --retries N             tries of a statement that hit the lock timeout (default 5)
  --wait-for-lock S       wait up to S seconds for another runner (default 0: give up)
  --backup                copy tables before DROP/TRUNCATE/DELETE without WHERE
  --yes-production DB     confirm a production connection by its database name
  --json                  progress as JSON lines on stderr (one event per line)
  --log-json FILE         write the run log to FILE: one JSON object per migration or plan
                          step (migration_id, status, duration_ms, rows_affected, ...)
</source>
        <translation>Aufruf: slipway-cli migrate &lt;conn&gt; --dir ORDNER [--format F] [--dry-run | --dry-run-each]
                           [--to VERSION]
                           [--rollback VERSION] [--lock-timeout 3s] [--statement-timeout 0]
                           [--retries 5] [--wait-for-lock SEKUNDEN] [--backup]
                           [--yes-production DBNAME] [--json]

Führt die ausstehenden Migrationen eines Ordners der Reihe nach aus, jede in ihrer eigenen Transaktion
(Anweisungen, die nicht in einer laufen können, wie CREATE INDEX CONCURRENTLY, laufen allein mit
einem Hinweis). Vor jeder Anweisung werden lock_timeout und statement_timeout gesetzt; eine Anweisung,
die beim Warten auf eine Sperre in den Timeout läuft, wird mit Backoff wiederholt, sodass Anwendungsabfragen nie
länger als das Sperr-Timeout hinter ihr warten. Nur ein Runner pro Datenbank: ein
zweiter meldet, wer die Sperre hält. Jede Migration wird in slipway.journal protokolliert.
Der Fortschritt geht nach stderr, eine Zusammenfassung nach stdout.

Optionen:
  --dir ORDNER            der Migrationsordner
  --plan PLAN.json        einen gespeicherten Plan (z. B. aus einem Expand/Contract-Assistenten) Schritt
                          für Schritt ausführen: SQL über den Executor, Backfills über den Backfill-
                          Runner, jeder Schritt verifiziert und im Journal. Der Monitor hält die
                          Batches eines Backfill-Schritts bei --max-lag / --max-lock-wait an
  --down                  mit --plan: das Rollback-SQL der Schritte ausführen, letzter Schritt zuerst
                          (mit --plan führt --dry-run jeden Schritt in einer zurückgerollten
                          Transaktion aus, die ihre Sperren bis zum Ende hält: auf einer Kopie proben)
  --format F              flyway, golang-migrate, dbmate, sqitch, prisma oder plain
  --dry-run               alles in einer Transaktion ausführen, die zurückgerollt wird; jede
                          genommene Sperre wird bis zu diesem abschließenden Rollback gehalten
  --dry-run-each          jede Migration in ihrer eigenen Transaktion, an ihrem Ende zurückgerollt
                          (Sperren jeweils nur für eine Migration gehalten; eine Migration, die die
                          Änderungen einer früheren braucht, scheitert)
  --to VERSION            nach dieser Version anhalten
  --rollback VERSION      die Down-Skripte der angewendeten Migrationen von der neuesten
                          bis einschließlich VERSION ausführen
  --lock-timeout T        pro Anweisung (Vorgabe 3s; ms, s oder min)
  --statement-timeout T   pro Anweisung (Vorgabe 0: keiner)
  --retries N             Versuche einer Anweisung, die das Sperr-Timeout erreicht (Vorgabe 5)
  --wait-for-lock S       bis zu S Sekunden auf einen anderen Runner warten (Vorgabe 0: aufgeben)
  --backup                Tabellen vor DROP/TRUNCATE/DELETE ohne WHERE kopieren
  --yes-production DB     eine Produktionsverbindung mit ihrem Datenbanknamen bestätigen
  --json                  Fortschritt als JSON-Zeilen auf stderr (ein Ereignis pro Zeile)
  --log-json DATEI        das Ausführungsprotokoll in DATEI schreiben: ein JSON-Objekt pro Migration
                          oder Planschritt (migration_id, status, duration_ms, rows_affected, ...)
</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="424"/>
        <source>Nothing to run: every migration is applied.</source>
        <translation>Nichts auszuführen: jede Migration ist angewendet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommand.cpp" line="429"/>
        <source>Warning: this dry run runs %n migrations in one transaction and holds every lock they take until the final rollback; the application waits on them meanwhile. On a live database use --dry-run-each.</source>
        <translation>
            <numerusform>Warnung: dieser Probelauf führt %n Migration in einer Transaktion aus und hält jede ihrer Sperren bis zum abschließenden Rollback; die Anwendung wartet währenddessen darauf. Auf einer Live-Datenbank --dry-run-each verwenden.</numerusform>
            <numerusform>Warnung: dieser Probelauf führt %n Migrationen in einer Transaktion aus und hält jede ihrer Sperren bis zum abschließenden Rollback; die Anwendung wartet währenddessen darauf. Auf einer Live-Datenbank --dry-run-each verwenden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="456"/>
        <source>Interrupted: cancelling the running statement...</source>
        <translation>Unterbrochen: die laufende Anweisung wird abgebrochen ...</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommand.cpp" line="473"/>
        <source>Dry run: %n migration(s) ran and were rolled back.</source>
        <translation>
            <numerusform>Probelauf: %n Migration lief und wurde zurückgerollt.</numerusform>
            <numerusform>Probelauf: %n Migrationen liefen und wurden zurückgerollt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommand.cpp" line="475"/>
        <source>Rolled back %n migration(s).</source>
        <translation>
            <numerusform>%n Migration zurückgerollt.</numerusform>
            <numerusform>%n Migrationen zurückgerollt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommand.cpp" line="476"/>
        <source>Applied %n migration(s).</source>
        <translation>
            <numerusform>%n Migration angewendet.</numerusform>
            <numerusform>%n Migrationen angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="480"/>
        <source>Another runner holds the migration lock: %1</source>
        <translation>Ein anderer Runner hält die Migrationssperre: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommand.cpp" line="483"/>
        <source>Cancelled after %n migration(s).</source>
        <translation>
            <numerusform>Abgebrochen nach %n Migration.</numerusform>
            <numerusform>Abgebrochen nach %n Migrationen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommand.cpp" line="486"/>
        <source>Failed after %n migration(s): %2</source>
        <translation>
            <numerusform>Fehlgeschlagen nach %n Migration: %2</numerusform>
            <numerusform>Fehlgeschlagen nach %n Migrationen: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="251"/>
        <location filename="../app/cli/migratecommand.cpp" line="490"/>
        <source>INVALID index %1.%2 left behind; clean up with: %3</source>
        <translation>Ungültiger (INVALID) Index %1.%2 zurückgeblieben; aufräumen mit: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="255"/>
        <location filename="../app/cli/migratecommand.cpp" line="492"/>
        <source>Verification failed.</source>
        <translation>Verifikation fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>MigrationExecutor</name>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="67"/>
        <source>The connection is not open.</source>
        <translation>Die Verbindung ist nicht offen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/migrationexecutor.cpp" line="138"/>
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1: %n Element</numerusform>
            <numerusform>%1: %n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="214"/>
        <source>Run succeeded.</source>
        <translation>Lauf erfolgreich.</translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="216"/>
        <source>Run failed.</source>
        <translation>Lauf fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="219"/>
        <source>Run cancelled.</source>
        <translation>Lauf abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="221"/>
        <source>Run not started: the runner lock is held.</source>
        <translation>Lauf nicht gestartet: die Runner-Sperre ist belegt.</translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="237"/>
        <source>another session</source>
        <translation>eine andere Sitzung</translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="241"/>
        <source>Another runner holds this database&apos;s migration lock: %1. Waiting up to %2 s.</source>
        <translation>Ein anderer Runner hält die Migrationssperre dieser Datenbank: %1. Warte bis zu %2 s.</translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="254"/>
        <source>Another Slipway runner holds this database&apos;s migration lock: %1.</source>
        <translation>Ein anderer Slipway-Runner hält die Migrationssperre dieser Datenbank: %1.</translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="290"/>
        <source>Rolling back %1</source>
        <translation>%1 wird zurückgerollt</translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="291"/>
        <source>Running %1</source>
        <translation>%1 wird ausgeführt</translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="318"/>
        <source>%1 has no down script.</source>
        <translation>%1 hat kein Down-Skript.</translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="366"/>
        <source>%1 rolled back</source>
        <translation>%1 zurückgerollt</translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="367"/>
        <source>%1 applied</source>
        <translation>%1 angewendet</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/migrationexecutor.cpp" line="370"/>
        <source>%1 ran in the dry run (rolled back; %n statement(s) skipped)</source>
        <translation>
            <numerusform>%1 lief im Probelauf (zurückgerollt; %n Anweisung übersprungen)</numerusform>
            <numerusform>%1 lief im Probelauf (zurückgerollt; %n Anweisungen übersprungen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="375"/>
        <source>%1 cancelled</source>
        <translation>%1 abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="379"/>
        <source>%1 failed; its transaction was rolled back</source>
        <translation>%1 fehlgeschlagen; ihre Transaktion wurde zurückgerollt</translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="380"/>
        <source>%1 failed; steps before the failing one stay applied</source>
        <translation>%1 fehlgeschlagen; Schritte vor dem fehlerhaften bleiben angewendet</translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="94"/>
        <source>cancelled: %1</source>
        <translation>abgebrochen: %1</translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="403"/>
        <source>Could not record the outcome in slipway.journal (row %1 stays &apos;running&apos;): %2</source>
        <translation>Ergebnis konnte nicht in slipway.journal festgehalten werden (Zeile %1 bleibt &apos;running&apos;): %2</translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="430"/>
        <source>Not run: the backup failed. %1</source>
        <translation>Nicht ausgeführt: das Backup ist fehlgeschlagen. %1</translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="459"/>
        <source>the verify query returned false</source>
        <translation>die Verifikationsabfrage lieferte false</translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="471"/>
        <source>Verification after rollback passed: the change is gone (%1).</source>
        <translation>Verifikation nach dem Rollback bestanden: die Änderung ist weg (%1).</translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="472"/>
        <source>Verification after rollback FAILED: the verify script still succeeds.</source>
        <translation>Verifikation nach dem Rollback FEHLGESCHLAGEN: das Verify-Skript gelingt noch.</translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="474"/>
        <source>Verification passed.</source>
        <translation>Verifikation bestanden.</translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="474"/>
        <source>Verification FAILED: %1</source>
        <translation>Verifikation FEHLGESCHLAGEN: %1</translation>
    </message>
    <message>
        <location filename="../core/run/statementgroups.cpp" line="66"/>
        <source>%1 (SQLSTATE %2): the transaction was rolled back; try %3 of %4 in %5 ms.</source>
        <translation>%1 (SQLSTATE %2): die Transaktion wurde zurückgerollt; Versuch %3 von %4 in %5 ms.</translation>
    </message>
    <message>
        <location filename="../core/run/statementgroups.cpp" line="67"/>
        <source>%1 (SQLSTATE %2): try %3 of %4 in %5 ms.</source>
        <translation>%1 (SQLSTATE %2): Versuch %3 von %4 in %5 ms.</translation>
    </message>
    <message>
        <location filename="../core/run/statementgroups.cpp" line="82"/>
        <location filename="../core/run/statementgroups.cpp" line="134"/>
        <source>Cancelled on request.</source>
        <translation>Auf Anfrage abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/run/statementgroups.cpp" line="143"/>
        <source>Skipped in the dry run: transaction control.</source>
        <translation>Im Probelauf übersprungen: Transaktionssteuerung.</translation>
    </message>
    <message>
        <location filename="../core/run/statementgroups.cpp" line="144"/>
        <source>Skipped in the dry run: %1.</source>
        <translation>Im Probelauf übersprungen: %1.</translation>
    </message>
    <message>
        <location filename="../core/run/statementgroups.cpp" line="212"/>
        <source>The failed build left index %1.%2 INVALID; dropped it before the next try.</source>
        <translation>Der fehlgeschlagene Aufbau hinterließ Index %1.%2 INVALID; vor dem nächsten Versuch gelöscht.</translation>
    </message>
    <message>
        <location filename="../core/run/statementgroups.cpp" line="215"/>
        <source>The failed build left index %1.%2 INVALID (it slows writes and is never used). Drop it with: %3</source>
        <translation>Der fehlgeschlagene Aufbau hinterließ Index %1.%2 INVALID (er bremst Schreibzugriffe und wird nie verwendet). Löschen mit: %3</translation>
    </message>
</context>
<context>
    <name>MigrationPlan</name>
    <message>
        <location filename="../core/plan/migrationplan.cpp" line="106"/>
        <source>1 reviewer</source>
        <translation>1 Prüfer</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplan.cpp" line="107"/>
        <source>2 reviewers</source>
        <translation>2 Prüfer</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplan.cpp" line="108"/>
        <source>Tech lead</source>
        <translation>Tech Lead</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplan.cpp" line="108"/>
        <source>DBA</source>
        <translation>DBA</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplan.cpp" line="109"/>
        <source>Architecture review</source>
        <translation>Architektur-Review</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplan.cpp" line="117"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplan.cpp" line="118"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplan.cpp" line="119"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplan.cpp" line="120"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplan.cpp" line="128"/>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplan.cpp" line="129"/>
        <source>Batched</source>
        <translation>In Batches</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplan.cpp" line="130"/>
        <source>Expand/contract</source>
        <translation>Expand/Contract</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplan.cpp" line="131"/>
        <source>Concurrent</source>
        <translation>Nebenläufig</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplan.cpp" line="139"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplan.cpp" line="141"/>
        <source>under 1 s</source>
        <translation>unter 1 s</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplan.cpp" line="143"/>
        <source>~%1 s</source>
        <translation>~%1 s</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplan.cpp" line="145"/>
        <source>~%1 min</source>
        <translation>~%1 min</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplan.cpp" line="146"/>
        <source>~%1 h</source>
        <translation>~%1 h</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplanjson.cpp" line="54"/>
        <source>Step %1: the backfill is not usable: %2</source>
        <translation>Schritt %1: der Backfill ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplanjson.cpp" line="205"/>
        <source>Not a Slipway plan (the &quot;format&quot; is not &quot;slipway-plan&quot;).</source>
        <translation>Kein Slipway-Plan („format“ ist nicht „slipway-plan“).</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplanjson.cpp" line="211"/>
        <source>Plan format version %1 is not supported (this Slipway reads up to %2).</source>
        <translation>Planformat-Version %1 wird nicht unterstützt (dieses Slipway liest bis %2).</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplanjson.cpp" line="255"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplanjson.cpp" line="266"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplanjson.cpp" line="276"/>
        <source>%1:%2:%3: not valid JSON: %4</source>
        <translation>%1:%2:%3: kein gültiges JSON: %4</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplanjson.cpp" line="277"/>
        <source>%1 is not a plan: the top level is not a JSON object.</source>
        <translation>%1 ist kein Plan: die oberste Ebene ist kein JSON-Objekt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/plan/stepmerge.cpp" line="30"/>
        <source>%n statement(s) in one transaction</source>
        <translation>
            <numerusform>%n Anweisung in einer Transaktion</numerusform>
            <numerusform>%n Anweisungen in einer Transaktion</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/plan/stepmerge.cpp" line="31"/>
        <source>Runs as one transaction: readers never see the objects it drops and re-creates missing; every lock is held until it commits.</source>
        <translation>Läuft als eine Transaktion: Leser sehen die Objekte, die sie löscht und neu anlegt, nie fehlen; jede Sperre wird bis zum COMMIT gehalten.</translation>
    </message>
</context>
<context>
    <name>MigrationSource</name>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="530"/>
        <source>%1: not a folder</source>
        <translation>%1: kein Ordner</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="543"/>
        <source>%1: no migrations found in a known layout (Flyway, golang-migrate, dbmate, Sqitch, Prisma, numbered .sql)</source>
        <translation>%1: keine Migrationen in einem bekannten Layout gefunden (Flyway, golang-migrate, dbmate, Sqitch, Prisma, nummerierte .sql)</translation>
    </message>
</context>
<context>
    <name>MigrationStatus</name>
    <message>
        <location filename="../core/migrations/migrationstatus.cpp" line="50"/>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationstatus.cpp" line="51"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationstatus.cpp" line="52"/>
        <source>missing from folder</source>
        <translation>fehlt im Ordner</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationstatus.cpp" line="53"/>
        <source>changed since applied</source>
        <translation>seit dem Anwenden geändert</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationstatus.cpp" line="54"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationstatus.cpp" line="55"/>
        <source>dirty</source>
        <translation>unsauber (dirty)</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationstatus.cpp" line="56"/>
        <source>out of order</source>
        <translation>außer der Reihe</translation>
    </message>
</context>
<context>
    <name>MixedSchemaAndDataChange</name>
    <message>
        <location filename="../core/lint/rules/strongmixedschemaanddatachange.cpp" line="19"/>
        <source>A schema change and a backfill in one transaction keep the table locked for the whole backfill</source>
        <translation>Eine Schemaänderung und ein Backfill in einer Transaktion halten die Tabelle für den ganzen Backfill gesperrt</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongmixedschemaanddatachange.cpp" line="29"/>
        <source>This backfill of %1 runs in the same transaction as the schema change to %2 above: %2 stays locked until the backfill commits.</source>
        <translation>Dieser Backfill von %1 läuft in derselben Transaktion wie die Schemaänderung an %2 oben: %2 bleibt gesperrt, bis der Backfill committet.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongmixedschemaanddatachange.cpp" line="32"/>
        <source>A lock taken by ALTER TABLE, CREATE INDEX or RENAME is held until the transaction ends. Every query on %1 queues behind it for as long as the backfill runs, and a failure late in the backfill also undoes the schema change.</source>
        <translation>Eine von ALTER TABLE, CREATE INDEX oder RENAME genommene Sperre wird bis zum Transaktionsende gehalten. Jede Abfrage auf %1 wartet dahinter, solange der Backfill läuft, und ein später Fehler im Backfill macht auch die Schemaänderung rückgängig.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongmixedschemaanddatachange.cpp" line="36"/>
        <source>Commit the schema change in its own short migration, then backfill in batches outside it, each batch its own transaction.</source>
        <translation>Die Schemaänderung in einer eigenen kurzen Migration committen, dann außerhalb davon in Batches nachfüllen, jeder Batch eine eigene Transaktion.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongmixedschemaanddatachange.cpp" line="45"/>
        <source>This schema change to %1 runs in the same transaction as the backfill of %2 above.</source>
        <translation>Diese Schemaänderung an %1 läuft in derselben Transaktion wie der Backfill von %2 oben.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongmixedschemaanddatachange.cpp" line="47"/>
        <source>The backfill&apos;s row locks are held until the transaction ends, this statement then waits for its own lock while holding them, and if it fails the whole backfill is rolled back.</source>
        <translation>Die Zeilensperren des Backfills werden bis zum Transaktionsende gehalten, diese Anweisung wartet dann auf ihre eigene Sperre, während sie sie hält, und schlägt sie fehl, wird der ganze Backfill zurückgerollt.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongmixedschemaanddatachange.cpp" line="50"/>
        <source>Put the schema change and the backfill in separate migrations; run the backfill in batches, each batch its own transaction.</source>
        <translation>Schemaänderung und Backfill in getrennte Migrationen legen; den Backfill in Batches ausführen, jeder Batch eine eigene Transaktion.</translation>
    </message>
</context>
<context>
    <name>MonitorCommand</name>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="34"/>
        <source>Usage: slipway-cli monitor &lt;conn&gt; [--replica &lt;conn&gt;] [--interval ms] [--json]

Samples a server on its own connection and prints one line per sample until
interrupted (Ctrl+C): lock waits and who blocks them, replication lag per
replica, progress of CREATE INDEX / CLUSTER / VACUUM / COPY / ANALYZE,
transactions per second and sessions. Throttle and abort decisions of the
abort policy (lag &gt; 10 s / 30 s, lock wait &gt; 20 s / 60 s) are printed as
they happen.

&lt;conn&gt; is a saved connection&apos;s name, a libpq URI or a key=value conninfo.

Options:
  --replica &lt;conn&gt;  also read the replay delay on this standby
  --interval ms     time between samples (default 1000, at least 250)
  --json            one JSON object per line
</source>
        <translation>Aufruf: slipway-cli monitor &lt;conn&gt; [--replica &lt;conn&gt;] [--interval ms] [--json]

Tastet einen Server über eine eigene Verbindung ab und gibt eine Zeile pro Messung aus, bis
unterbrochen wird (Strg+C): Sperrwartezeiten und wer sie blockiert, Replikationsverzögerung pro
Replica, Fortschritt von CREATE INDEX / CLUSTER / VACUUM / COPY / ANALYZE,
Transaktionen pro Sekunde und Sitzungen. Drosselungs- und Abbruchentscheidungen der
Abbruchrichtlinie (Verzögerung &gt; 10 s / 30 s, Sperrwartezeit &gt; 20 s / 60 s) werden ausgegeben,
sobald sie eintreten.

&lt;conn&gt; ist der Name einer gespeicherten Verbindung, eine libpq-URI oder ein key=value-Conninfo.

Optionen:
  --replica &lt;conn&gt;  auch die Replay-Verzögerung auf diesem Standby lesen
  --interval ms     Zeit zwischen Messungen (Vorgabe 1000, mindestens 250)
  --json            ein JSON-Objekt pro Zeile
</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="67"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="68"/>
        <source>locks %1</source>
        <translation>Sperren %1</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="74"/>
        <source> (longest %1: pid %2 wants %3 on %4, blocked by %5)</source>
        <translation> (längste %1: PID %2 will %3 auf %4, blockiert von %5)</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="81"/>
        <source>lag %1 %2 / %3</source>
        <translation>Verzögerung %1 %2 / %3</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="83"/>
        <source>standby delay %1 / %2%3</source>
        <translation>Standby-Verzögerung %1 / %2%3</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="86"/>
        <source> (replay paused)</source>
        <translation> (Replay pausiert)</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="88"/>
        <source>standby: %1</source>
        <translation>Standby: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="89"/>
        <source>tps %1</source>
        <translation>TPS %1</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="90"/>
        <source>active %1, idle in tx %2</source>
        <translation>aktiv %1, idle in Transaktion %2</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="92"/>
        <source>oldest tx %1 (pid %2)</source>
        <translation>älteste Transaktion %1 (PID %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="102"/>
        <source> eta %1</source>
        <translation> Restzeit %1</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="105"/>
        <source>(%1 ms)</source>
        <translation>(%1 ms)</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="115"/>
        <source>Show this help</source>
        <translation>Diese Hilfe anzeigen</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="116"/>
        <source>Standby to read</source>
        <translation>Zu lesender Standby</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="118"/>
        <source>Milliseconds between samples</source>
        <translation>Millisekunden zwischen Messungen</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="120"/>
        <source>JSON lines</source>
        <translation>JSON-Zeilen</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="134"/>
        <source>Missing &lt;conn&gt;.</source>
        <translation>&lt;conn&gt; fehlt.</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="135"/>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="136"/>
        <source>--interval wants milliseconds, at least %1.</source>
        <translation>--interval erwartet Millisekunden, mindestens %1.</translation>
    </message>
</context>
<context>
    <name>ObjectBadge</name>
    <message>
        <location filename="../ui/objectbadges.cpp" line="31"/>
        <source>pending migration</source>
        <translation>ausstehende Migration</translation>
    </message>
    <message>
        <location filename="../ui/objectbadges.cpp" line="32"/>
        <source>changed migration</source>
        <translation>geänderte Migration</translation>
    </message>
    <message>
        <location filename="../ui/objectbadges.cpp" line="33"/>
        <source>drift</source>
        <translation>Abweichung</translation>
    </message>
</context>
<context>
    <name>PgTool</name>
    <message>
        <location filename="../core/db/sandboxcleanup.cpp" line="88"/>
        <source>The PostgreSQL program %1 was not found. Install PostgreSQL 15 (postgresql-15) or point SLIPWAY_PG_BINDIR at its bin directory.</source>
        <translation>Das PostgreSQL-Programm %1 wurde nicht gefunden. PostgreSQL 15 (postgresql-15) installieren oder SLIPWAY_PG_BINDIR auf sein bin-Verzeichnis setzen.</translation>
    </message>
    <message>
        <location filename="../core/db/sandboxcleanup.cpp" line="115"/>
        <source>Could not run %1: %2</source>
        <translation>%1 konnte nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/db/sandboxcleanup.cpp" line="133"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/db/sandboxcleanup.cpp" line="135"/>
        <source>%1 did not finish within %2 seconds.
%3</source>
        <translation>%1 wurde nicht innerhalb von %2 Sekunden fertig.
%3</translation>
    </message>
    <message>
        <location filename="../core/db/sandboxcleanup.cpp" line="140"/>
        <source>%1 crashed.
%2</source>
        <translation>%1 ist abgestürzt.
%2</translation>
    </message>
    <message>
        <location filename="../core/db/sandboxcleanup.cpp" line="143"/>
        <source>%1 failed (exit code %2).
%3</source>
        <translation>%1 fehlgeschlagen (Exit-Code %2).
%3</translation>
    </message>
    <message>
        <location filename="../core/db/sandboxcleanup.cpp" line="152"/>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/db/sandboxcleanup.cpp" line="160"/>
        <source>Running as root, the servers run as the user &quot;%1&quot;, but %2 could not be given to that user: %3</source>
        <translation>Als root laufen die Server als Benutzer „%1“, aber %2 konnte diesem Benutzer nicht übergeben werden: %3</translation>
    </message>
    <message>
        <location filename="../core/db/sandboxcleanup.cpp" line="163"/>
        <source>no such user</source>
        <translation>Benutzer existiert nicht</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message numerus="yes">
        <location filename="../core/diff/plan.cpp" line="37"/>
        <source>-- Slipway plan: %n change(s)</source>
        <translation>
            <numerusform>-- Slipway-Plan: %n Änderung</numerusform>
            <numerusform>-- Slipway-Plan: %n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/diff/plan.cpp" line="38"/>
        <source>, %n statement(s)</source>
        <translation>
            <numerusform>, %n Anweisung</numerusform>
            <numerusform>, %n Anweisungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/diff/plan.cpp" line="39"/>
        <source>-- Run the statements in order, each in its own transaction unless it says &quot;outside a transaction&quot; or is inside BEGIN/COMMIT.</source>
        <translation>-- Die Anweisungen der Reihe nach ausführen, jede in ihrer eigenen Transaktion, außer sie sagt „außerhalb einer Transaktion“ oder steht zwischen BEGIN/COMMIT.</translation>
    </message>
    <message>
        <location filename="../core/diff/plan.cpp" line="51"/>
        <source>one transaction: readers never see the dependent objects missing</source>
        <translation>eine Transaktion: Leser sehen die abhängigen Objekte nie fehlen</translation>
    </message>
    <message>
        <location filename="../core/diff/plan.cpp" line="58"/>
        <source>hazard</source>
        <translation>Gefahr</translation>
    </message>
    <message>
        <location filename="../core/diff/plan.cpp" line="61"/>
        <source>outside a transaction</source>
        <translation>außerhalb einer Transaktion</translation>
    </message>
    <message>
        <location filename="../core/diff/plan.cpp" line="66"/>
        <source>-- Verification (each returns true once the plan has run):</source>
        <translation>-- Verifikation (jede liefert true, sobald der Plan gelaufen ist):</translation>
    </message>
</context>
<context>
    <name>PlanBuilder</name>
    <message>
        <location filename="../core/plan/diffplanbuilder.cpp" line="17"/>
        <source>schema diff</source>
        <translation>Schema-Diff</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="46"/>
        <source>measured rate</source>
        <translation>gemessene Rate</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="46"/>
        <source>default rate</source>
        <translation>Standardrate</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="49"/>
        <source>catalog change only</source>
        <translation>nur Katalogänderung</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="63"/>
        <source>table size unknown (offline)</source>
        <translation>Tabellengröße unbekannt (offline)</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="69"/>
        <source>%1 of %2 MB at %3 MB/s (%4)</source>
        <translation>%1 von %2 MB bei %3 MB/s (%4)</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="73"/>
        <source>rewrite</source>
        <translation>Neuschreiben</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="74"/>
        <source>index build</source>
        <translation>Indexaufbau</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="76"/>
        <source>scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="84"/>
        <source>%1 rows at %2 rows/s (%3)</source>
        <translation>%1 Zeilen bei %2 Zeilen/s (%3)</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="88"/>
        <source>depends on the rows the statement selects</source>
        <translation>hängt von den Zeilen ab, die die Anweisung auswählt</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="99"/>
        <source>the objects it names</source>
        <translation>die Objekte, die sie nennt</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="106"/>
        <source>Reads and writes on %1 wait for %2; queries queue up behind the lock.</source>
        <translation>Lese- und Schreibzugriffe auf %1 warten %2; Abfragen stauen sich hinter der Sperre.</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="109"/>
        <source>Writes (INSERT/UPDATE/DELETE) on %1 wait for %2; reads continue.</source>
        <translation>Schreibzugriffe (INSERT/UPDATE/DELETE) auf %1 warten %2; Lesezugriffe laufen weiter.</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="112"/>
        <source>No blocking; extra I/O load while it runs (%1).</source>
        <translation>Keine Blockierung; zusätzliche E/A-Last während der Ausführung (%1).</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="114"/>
        <source>Nothing noticeable.</source>
        <translation>Nichts Spürbares.</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="122"/>
        <source>Contract step: run only after every application release has stopped using what it removes, with a verified backup.</source>
        <translation>Contract-Schritt: erst ausführen, wenn kein Anwendungsrelease mehr nutzt, was er entfernt, und mit geprüftem Backup.</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="126"/>
        <source>Add the foreign key NOT VALID, then VALIDATE CONSTRAINT in a separate step.</source>
        <translation>Den Fremdschlüssel NOT VALID hinzufügen, dann VALIDATE CONSTRAINT in einem separaten Schritt.</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="131"/>
        <source>Use CREATE INDEX CONCURRENTLY (outside a transaction) so writes continue.</source>
        <translation>CREATE INDEX CONCURRENTLY verwenden (außerhalb einer Transaktion), damit Schreibzugriffe weiterlaufen.</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="133"/>
        <source>Builds without blocking writes; if it fails, drop the INVALID index and retry.</source>
        <translation>Baut, ohne Schreibzugriffe zu blockieren; bei einem Fehler den INVALID-Index löschen und erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="138"/>
        <source>Run as a batched backfill (slipway-cli backfill) in small transactions.</source>
        <translation>Als Backfill in Batches (slipway-cli backfill) in kleinen Transaktionen ausführen.</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="141"/>
        <source>Add a new column, backfill it in batches, switch the application, then drop the old one.</source>
        <translation>Eine neue Spalte hinzufügen, in Batches befüllen, die Anwendung umstellen, dann die alte löschen.</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="144"/>
        <source>Add a CHECK constraint NOT VALID, VALIDATE it separately, then apply the change.</source>
        <translation>Einen CHECK-Constraint NOT VALID hinzufügen, separat validieren, dann die Änderung anwenden.</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="190"/>
        <source>destructive: %1</source>
        <translation>destruktiv: %1</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="191"/>
        <source>foreign key change</source>
        <translation>Fremdschlüsseländerung</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="192"/>
        <source>%1, table size unknown</source>
        <translation>%1, Tabellengröße unbekannt</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="193"/>
        <source>%1 on %2 rows</source>
        <translation>%1 auf %2 Zeilen</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="249"/>
        <source>Migration plan for %1</source>
        <translation>Migrationsplan für %1</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="249"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="31"/>
        <source>Usage: slipway-cli plan &lt;conn|--offline&gt; &lt;file.sql&gt; [options]

Writes a migration plan and runbook for a SQL file: each statement&apos;s lock and
for how long, estimated duration, risk class (low/medium/high/critical),
pattern, rollback, backup and verification query, and the approvals needed.
With a connection (saved profile name, libpq URI or key=value conninfo) table
sizes and the server version come from that database; --offline judges the
SQL alone. &quot;-&quot; reads standard input.

Options:
  --format FORMAT       md (default), html, pdf (A4, needs -o) or json (the plan file)
  -o, --output FILE     write to FILE instead of standard output
  --pg-version VERSION  the server the migration runs on: 11, 13.4 or 150000
                        (default: the connected server&apos;s, else 15)
  --title TEXT          the runbook&apos;s title

Exit codes: 0 written, 1 unreadable file, no connection or write error, 64 usage.
</source>
        <translation>Aufruf: slipway-cli plan &lt;conn|--offline&gt; &lt;datei.sql&gt; [Optionen]

Schreibt einen Migrationsplan und ein Runbook für eine SQL-Datei: Sperre jeder Anweisung und
deren Dauer, geschätzte Dauer, Risikoklasse (low/medium/high/critical),
Muster, Rollback, Backup und Verifikationsabfrage sowie die nötigen Freigaben.
Mit einer Verbindung (gespeicherter Profilname, libpq-URI oder key=value-Conninfo) kommen Tabellen-
größen und Serverversion aus dieser Datenbank; --offline bewertet nur das
SQL. „-“ liest die Standardeingabe.

Optionen:
  --format FORMAT       md (Vorgabe), html, pdf (A4, braucht -o) oder json (die Plandatei)
  -o, --output DATEI    in DATEI statt auf die Standardausgabe schreiben
  --pg-version VERSION  der Server, auf dem die Migration läuft: 11, 13.4 oder 150000
                        (Vorgabe: der des verbundenen Servers, sonst 15)
  --title TEXT          der Titel des Runbooks

Exit-Codes: 0 geschrieben, 1 unlesbare Datei, keine Verbindung oder Schreibfehler, 64 Aufruffehler.
</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="71"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="82"/>
        <source>warning: saved connection profiles not read: %1</source>
        <translation>Warnung: gespeicherte Verbindungsprofile nicht gelesen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="100"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="129"/>
        <source>Give a connection (or --offline) and one SQL file.</source>
        <translation>Eine Verbindung (oder --offline) und eine SQL-Datei angeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="135"/>
        <source>Unknown format &quot;%1&quot; (md, html, pdf or json).</source>
        <translation>Unbekanntes Format „%1“ (md, html, pdf oder json).</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="140"/>
        <source>--format pdf needs -o FILE.</source>
        <translation>--format pdf braucht -o DATEI.</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="147"/>
        <source>Cannot read --pg-version &quot;%1&quot;.</source>
        <translation>--pg-version „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="161"/>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="173"/>
        <source>Cannot read table sizes from %1:</source>
        <translation>Tabellengrößen können nicht aus %1 gelesen werden:</translation>
    </message>
</context>
<context>
    <name>PlanExecution</name>
    <message>
        <location filename="../core/plan/planexecution.cpp" line="41"/>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location filename="../core/plan/planexecution.cpp" line="43"/>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
</context>
<context>
    <name>PlanJournal</name>
    <message>
        <location filename="../core/plan/planjournal.cpp" line="58"/>
        <source>the step did not run</source>
        <translation>der Schritt lief nicht</translation>
    </message>
    <message>
        <location filename="../core/plan/planjournal.cpp" line="73"/>
        <source>aborted: %1</source>
        <translation>abgebrochen: %1</translation>
    </message>
    <message>
        <location filename="../core/plan/planjournal.cpp" line="75"/>
        <source>the backfill did not finish (%1)</source>
        <translation>der Backfill wurde nicht fertig (%1)</translation>
    </message>
</context>
<context>
    <name>PlanRehearsal</name>
    <message>
        <location filename="../core/diff/planrehearsal.cpp" line="192"/>
        <source>Loading the source</source>
        <translation>Quelle wird geladen</translation>
    </message>
    <message>
        <location filename="../core/diff/planrehearsal.cpp" line="193"/>
        <source>Up plan</source>
        <translation>Up-Plan</translation>
    </message>
    <message>
        <location filename="../core/diff/planrehearsal.cpp" line="194"/>
        <source>Down plan</source>
        <translation>Down-Plan</translation>
    </message>
    <message>
        <location filename="../core/diff/planrehearsal.cpp" line="195"/>
        <source>%1: statement %2 of %3</source>
        <translation>%1: Anweisung %2 von %3</translation>
    </message>
    <message>
        <location filename="../core/diff/planrehearsal.cpp" line="246"/>
        <source>Creating a scratch database</source>
        <translation>Scratch-Datenbank wird angelegt</translation>
    </message>
    <message>
        <location filename="../core/diff/planrehearsal.cpp" line="265"/>
        <source>Reading the scratch database</source>
        <translation>Scratch-Datenbank wird gelesen</translation>
    </message>
    <message>
        <location filename="../core/diff/planrehearsal.cpp" line="274"/>
        <source>Reading the source copy</source>
        <translation>Kopie der Quelle wird gelesen</translation>
    </message>
    <message>
        <location filename="../core/diff/planrehearsal.cpp" line="279"/>
        <source>Reading after the up plan</source>
        <translation>Lesen nach dem Up-Plan</translation>
    </message>
    <message>
        <location filename="../core/diff/planrehearsal.cpp" line="286"/>
        <source>Reading after the down plan</source>
        <translation>Lesen nach dem Down-Plan</translation>
    </message>
    <message>
        <location filename="../core/diff/planrehearsal.cpp" line="311"/>
        <source>Dropping the scratch database</source>
        <translation>Scratch-Datenbank wird gelöscht</translation>
    </message>
    <message>
        <location filename="../core/diff/planrehearsal.cpp" line="313"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>PlanRunner</name>
    <message>
        <location filename="../core/plan/planexecution.cpp" line="172"/>
        <source>the verify query returned false</source>
        <translation>die Verifikationsabfrage lieferte false</translation>
    </message>
    <message>
        <location filename="../core/plan/planexecution.cpp" line="208"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/plan/planexecution.cpp" line="241"/>
        <location filename="../core/plan/planrunsupport.cpp" line="32"/>
        <source>Another runner holds the migration lock: %1</source>
        <translation>Ein anderer Runner hält die Migrationssperre: %1</translation>
    </message>
    <message>
        <location filename="../core/plan/planexecution.cpp" line="321"/>
        <source>The backfill %1 did not finish.</source>
        <translation>Der Backfill %1 wurde nicht beendet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/plan/planexecution.cpp" line="326"/>
        <source>Step %1: backfill %2 done: %n row(s) in %3 batches.</source>
        <translation>
            <numerusform>Schritt %1: Backfill %2 fertig: %n Zeile in %3 Batches.</numerusform>
            <numerusform>Schritt %1: Backfill %2 fertig: %n Zeilen in %3 Batches.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/plan/planexecution.cpp" line="337"/>
        <source>Step %1: verification passed.</source>
        <translation>Schritt %1: Verifikation bestanden.</translation>
    </message>
    <message>
        <location filename="../core/plan/planexecution.cpp" line="338"/>
        <source>Step %1: verification FAILED: %2</source>
        <translation>Schritt %1: Verifikation FEHLGESCHLAGEN: %2</translation>
    </message>
    <message>
        <location filename="../core/plan/planexecution.cpp" line="298"/>
        <location filename="../core/plan/planexecution.cpp" line="482"/>
        <source>Cancelled on request.</source>
        <translation>Auf Anfrage abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/plan/planexecution.cpp" line="101"/>
        <source>Step %1: could not record it in slipway.journal: %2</source>
        <translation>Schritt %1: konnte nicht in slipway.journal eingetragen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/plan/planexecution.cpp" line="108"/>
        <source>Step %1: could not record its outcome in slipway.journal (row %2 stays &apos;running&apos;): %3</source>
        <translation>Schritt %1: sein Ergebnis konnte nicht in slipway.journal eingetragen werden (Zeile %2 bleibt &apos;running&apos;): %3</translation>
    </message>
    <message>
        <location filename="../core/plan/planexecution.cpp" line="506"/>
        <source>Step %1 %2: %3</source>
        <translation>Schritt %1 %2: %3</translation>
    </message>
    <message>
        <location filename="../core/plan/planexecution.cpp" line="506"/>
        <source>down</source>
        <translation>down</translation>
    </message>
    <message>
        <location filename="../core/plan/planexecution.cpp" line="506"/>
        <source>up</source>
        <translation>up</translation>
    </message>
    <message>
        <location filename="../core/plan/planrunsupport.cpp" line="33"/>
        <source>another session</source>
        <translation>eine andere Sitzung</translation>
    </message>
</context>
<context>
    <name>PlanSlides</name>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="37"/>
        <source>Migration plan</source>
        <translation>Migrationsplan</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="39"/>
        <source>One step, %1 of work</source>
        <translation>Ein Schritt, %1 Arbeit</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="40"/>
        <source>%1 steps, %2 of work in all</source>
        <translation>%1 Schritte, insgesamt %2 Arbeit</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="46"/>
        <source>Downtime</source>
        <translation>Ausfallzeit</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="47"/>
        <source>Yes: users will wait on some step for longer than %1 s, or for a time we cannot estimate.</source>
        <translation>Ja: Benutzer warten bei einem Schritt länger als %1 s oder unbestimmt lange.</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="50"/>
        <source>No: nothing blocks users for longer than %1 s.</source>
        <translation>Nein: nichts blockiert Benutzer länger als %1 s.</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="52"/>
        <source>Tables locked for</source>
        <translation>Tabellen gesperrt für</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="53"/>
        <source>Approvals needed</source>
        <translation>Nötige Freigaben</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="54"/>
        <source>The usual review</source>
        <translation>Das übliche Review</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="56"/>
        <source>Estimates based on</source>
        <translation>Schätzungen basierend auf</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="58"/>
        <source>The live database&apos;s table sizes.</source>
        <translation>Den Tabellengrößen der laufenden Datenbank.</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="59"/>
        <source>No table sizes (planned offline): durations that depend on size are unknown.</source>
        <translation>Keine Tabellengrößen (offline geplant): größenabhängige Dauern sind unbekannt.</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="63"/>
        <source>Riskiest step</source>
        <translation>Riskantester Schritt</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="64"/>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="75"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="76"/>
        <source>A prepared rollback undoes it. It loses: %1</source>
        <translation>Ein vorbereitetes Rollback macht es rückgängig. Es verliert: %1</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="78"/>
        <source>No automatic rollback.</source>
        <translation>Kein automatisches Rollback.</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="86"/>
        <source>We restore from the backup taken before it (%1).</source>
        <translation>Wir stellen aus dem vorher erstellten Backup wieder her (%1).</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="109"/>
        <location filename="../ui/plan/planslides.cpp" line="125"/>
        <source>Risk: %1</source>
        <translation>Risiko: %1</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="119"/>
        <source>A low-risk change: it runs as one short statement.</source>
        <translation>Eine Änderung mit geringem Risiko: sie läuft als eine kurze Anweisung.</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="124"/>
        <source>A safer way</source>
        <translation>Ein sichererer Weg</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="125"/>
        <source>Why it is risky</source>
        <translation>Warum es riskant ist</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="132"/>
        <source>We check %1 by hand: this plan has no verification query.</source>
        <translation>Wir prüfen %1 von Hand: dieser Plan hat keine Verifikationsabfrage.</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="134"/>
        <source>A verification query confirms the result on %1.</source>
        <translation>Eine Verifikationsabfrage bestätigt das Ergebnis auf %1.</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="135"/>
        <source>%1 verification queries confirm the result on %2.</source>
        <translation>%1 Verifikationsabfragen bestätigen das Ergebnis auf %2.</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="148"/>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="149"/>
        <source>Step %1 of %2 · %3 phase</source>
        <translation>Schritt %1 von %2 · Phase %3</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="155"/>
        <source>What changes</source>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="121"/>
        <source>Why it is safe</source>
        <translation>Warum es sicher ist</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="157"/>
        <source>What it locks, for how long</source>
        <translation>Was es sperrt, wie lange</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="158"/>
        <source>%1 for %2; %3</source>
        <translation>%1 für %2; %3</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="160"/>
        <source>What users will notice</source>
        <translation>Was Benutzer bemerken</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="161"/>
        <source>Nothing expected.</source>
        <translation>Nichts zu erwarten.</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="162"/>
        <source>How we roll back</source>
        <translation>Wie wir zurückrollen</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="164"/>
        <source>Application deploy</source>
        <translation>Anwendungs-Deployment</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="165"/>
        <source>The statement</source>
        <translation>Die Anweisung</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="179"/>
        <source>Go / no-go</source>
        <translation>Go / No-Go</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="193"/>
        <source>Before we start</source>
        <translation>Bevor wir beginnen</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="195"/>
        <source>Approvals: %1. No step needs a table backup.</source>
        <translation>Freigaben: %1. Kein Schritt braucht ein Tabellen-Backup.</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="197"/>
        <source>the usual review</source>
        <translation>das übliche Review</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="199"/>
        <source>Approvals: %1. Backups of %2.</source>
        <translation>Freigaben: %1. Backups von %2.</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="202"/>
        <source>While it runs</source>
        <translation>Während es läuft</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="203"/>
        <source>We watch lock waits, replication lag and errors live, and stop at once when a threshold is crossed.</source>
        <translation>Wir beobachten Sperrwartezeiten, Replikationsverzögerung und Fehler live und stoppen sofort, wenn eine Schwelle überschritten wird.</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="205"/>
        <source>Afterwards</source>
        <translation>Danach</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message numerus="yes">
        <location filename="../core/diff/planner.cpp" line="92"/>
        <source> (about %n row(s))</source>
        <translation>
            <numerusform>(etwa %n Zeile)</numerusform>
            <numerusform>(etwa %n Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/diff/planner.cpp" line="110"/>
        <source>takes %1 on %2: blocks %3 while waiting for and holding it</source>
        <translation>nimmt %1 auf %2: blockiert %3, während sie darauf wartet und sie hält</translation>
    </message>
    <message>
        <location filename="../core/diff/planner.cpp" line="112"/>
        <source>reads and writes</source>
        <translation>Lese- und Schreibzugriffe</translation>
    </message>
    <message>
        <location filename="../core/diff/planner.cpp" line="112"/>
        <source>writes</source>
        <translation>Schreibzugriffe</translation>
    </message>
    <message>
        <location filename="../core/diff/planner.cpp" line="116"/>
        <source>rewrites the table</source>
        <translation>schreibt die Tabelle neu</translation>
    </message>
    <message>
        <location filename="../core/diff/planner.cpp" line="120"/>
        <source>builds an index: time grows with the table</source>
        <translation>baut einen Index: die Dauer wächst mit der Tabelle</translation>
    </message>
    <message>
        <location filename="../core/diff/planner.cpp" line="123"/>
        <source>reads every row of the table</source>
        <translation>liest jede Zeile der Tabelle</translation>
    </message>
    <message>
        <location filename="../core/diff/planner.cpp" line="214"/>
        <source>%1 comes back empty: the data the up plan dropped is not restored (restore it from a backup)</source>
        <translation>%1 kommt leer zurück: die vom Up-Plan gelöschten Daten werden nicht wiederhergestellt (aus einem Backup wiederherstellen)</translation>
    </message>
    <message>
        <location filename="../core/diff/planobjects.cpp" line="74"/>
        <source>drops schema %1 (it must be empty)</source>
        <translation>löscht Schema %1 (es muss leer sein)</translation>
    </message>
    <message>
        <location filename="../core/diff/planobjects.cpp" line="87"/>
        <source>installs the extension&apos;s objects (not compared one by one)</source>
        <translation>installiert die Objekte der Erweiterung (nicht einzeln verglichen)</translation>
    </message>
    <message>
        <location filename="../core/diff/planobjects.cpp" line="90"/>
        <source>drops the extension and every object it installed</source>
        <translation>löscht die Erweiterung und jedes von ihr installierte Objekt</translation>
    </message>
    <message>
        <location filename="../core/diff/planobjects.cpp" line="124"/>
        <source>drops the sequence and its current value</source>
        <translation>löscht die Sequenz und ihren aktuellen Wert</translation>
    </message>
    <message>
        <location filename="../core/diff/planobjects.cpp" line="155"/>
        <source>dropped and created again around the change: it is missing in between</source>
        <translation>um die Änderung herum gelöscht und neu angelegt: dazwischen fehlt es</translation>
    </message>
    <message>
        <location filename="../core/diff/planobjects.cpp" line="163"/>
        <source>runs the view&apos;s query to fill it</source>
        <translation>führt die Abfrage der Sicht aus, um sie zu füllen</translation>
    </message>
    <message>
        <location filename="../core/diff/planobjects.cpp" line="182"/>
        <source>aggregate %1: write its CREATE AGGREGATE by hand</source>
        <translation>Aggregat %1: sein CREATE AGGREGATE von Hand schreiben</translation>
    </message>
    <message>
        <location filename="../core/diff/planobjects.cpp" line="184"/>
        <source>aggregates are not generated: write CREATE AGGREGATE by hand</source>
        <translation>Aggregate werden nicht erzeugt: CREATE AGGREGATE von Hand schreiben</translation>
    </message>
    <message>
        <location filename="../core/diff/planobjects.cpp" line="190"/>
        <source>the function body&apos;s uses of tables, columns and other functions are not tracked: check them</source>
        <translation>die Verwendung von Tabellen, Spalten und anderen Funktionen im Funktionsrumpf wird nicht verfolgt: bitte prüfen</translation>
    </message>
    <message>
        <location filename="../core/diff/planobjects.cpp" line="196"/>
        <source>callers of the function (application, other function bodies) are not tracked</source>
        <translation>Aufrufer der Funktion (Anwendung, andere Funktionsrümpfe) werden nicht verfolgt</translation>
    </message>
    <message>
        <location filename="../core/diff/planobjects.cpp" line="239"/>
        <source>labels removed or moved (%1 -&gt; %2): the type is rebuilt; rows holding a removed label make the conversion fail</source>
        <translation>Labels entfernt oder verschoben (%1 -&gt; %2): der Typ wird neu gebaut; Zeilen mit einem entfernten Label lassen die Konvertierung scheitern</translation>
    </message>
    <message>
        <location filename="../core/diff/planobjects.cpp" line="277"/>
        <source>rewrites %1%2</source>
        <translation>schreibt %1%2 neu</translation>
    </message>
    <message>
        <location filename="../core/diff/planobjects.cpp" line="299"/>
        <source>base type changes: the domain is dropped and created again (fails while columns use it)</source>
        <translation>Basistyp ändert sich: die Domäne wird gelöscht und neu angelegt (scheitert, solange Spalten sie verwenden)</translation>
    </message>
    <message>
        <location filename="../core/diff/planobjects.cpp" line="315"/>
        <location filename="../core/diff/planobjects.cpp" line="328"/>
        <source>checks every column of this domain</source>
        <translation>prüft jede Spalte dieser Domäne</translation>
    </message>
    <message>
        <location filename="../core/diff/planobjects.cpp" line="367"/>
        <source>dropped or retyped attributes change data in columns of this type</source>
        <translation>gelöschte oder umtypisierte Attribute ändern Daten in Spalten dieses Typs</translation>
    </message>
    <message>
        <location filename="../core/diff/planobjects.cpp" line="388"/>
        <source>owned by %1</source>
        <translation>Besitzer %1</translation>
    </message>
    <message>
        <location filename="../core/diff/planobjects.cpp" line="389"/>
        <source>owner %1 -&gt; %2</source>
        <translation>Besitzer %1 -&gt; %2</translation>
    </message>
    <message>
        <location filename="../core/diff/planobjects.cpp" line="426"/>
        <source>%1 loses %2</source>
        <translation>%1 verliert %2</translation>
    </message>
    <message>
        <location filename="../core/diff/planobjects.cpp" line="434"/>
        <source>%1 gains %2</source>
        <translation>%1 erhält %2</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="66"/>
        <source>row level security: rows are visible only through policies</source>
        <translation>Zeilensicherheit: Zeilen sind nur über Richtlinien sichtbar</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="90"/>
        <source>drops table %1 and all its rows%2</source>
        <translation>löscht Tabelle %1 und alle ihre Zeilen%2</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="97"/>
        <source>the partition key changes (%1 -&gt; %2): PostgreSQL cannot change it in place, so the table and all its partitions are dropped and created again EMPTY; copy the rows out first (or create the new table beside it, copy, and swap the names)</source>
        <translation>der Partitionsschlüssel ändert sich (%1 -&gt; %2): PostgreSQL kann ihn nicht an Ort und Stelle ändern, daher werden die Tabelle und alle ihre Partitionen gelöscht und LEER neu angelegt; kopieren Sie die Zeilen vorher heraus (oder legen Sie die neue Tabelle daneben an, kopieren und tauschen die Namen)</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="101"/>
        <source>its partitioning changes: the table is dropped and created again empty; copy the rows out first</source>
        <translation>ihre Partitionierung ändert sich: die Tabelle wird gelöscht und leer neu angelegt; kopieren Sie die Zeilen vorher heraus</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="116"/>
        <source>possible rename to %1: a drop and a create lose the data; rename with ALTER TABLE ... RENAME TO instead</source>
        <translation>mögliche Umbenennung in %1: Löschen und Anlegen verliert die Daten; stattdessen mit ALTER TABLE ... RENAME TO umbenennen</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="135"/>
        <source>rewrites the table%1</source>
        <translation>schreibt die Tabelle neu%1</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="141"/>
        <source>enables row level security: rows are visible only through policies</source>
        <translation>aktiviert Zeilensicherheit: Zeilen sind nur über Richtlinien sichtbar</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="142"/>
        <source>disables row level security: policies stop applying</source>
        <translation>deaktiviert Zeilensicherheit: Richtlinien gelten nicht mehr</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="147"/>
        <source>changes whether the owner is subject to policies</source>
        <translation>ändert, ob der Besitzer den Richtlinien unterliegt</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="190"/>
        <source>NOT NULL without a default: fill %1 in the existing rows (e.g. slipway-cli backfill) before the NOT NULL steps below</source>
        <translation>NOT NULL ohne Vorgabewert: %1 in den vorhandenen Zeilen füllen (z. B. slipway-cli backfill), vor den NOT-NULL-Schritten unten</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="197"/>
        <source>fills the new column in every row: rewrites the table%1</source>
        <translation>füllt die neue Spalte in jeder Zeile: schreibt die Tabelle neu%1</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="205"/>
        <source>drops column %1 and its data%2</source>
        <translation>löscht Spalte %1 und ihre Daten%2</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="211"/>
        <source>possible rename to %1: a drop and an add lose the data; use ALTER TABLE ... RENAME COLUMN instead</source>
        <translation>mögliche Umbenennung in %1: Löschen und Hinzufügen verliert die Daten; stattdessen ALTER TABLE ... RENAME COLUMN verwenden</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="243"/>
        <source>type %1 -&gt; %2: rewrites the table and its indexes unless the types are binary compatible%3</source>
        <translation>Typ %1 -&gt; %2: schreibt die Tabelle und ihre Indexe neu, außer die Typen sind binärkompatibel%3</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="281"/>
        <source>the identity changes direction and restarts at %1: the values it gives may repeat values already in the table</source>
        <translation>die Identity ändert die Richtung und beginnt neu bei %1: die vergebenen Werte können Werte wiederholen, die schon in der Tabelle stehen</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="285"/>
        <source>GENERATED ALWAYS: inserts that give %1 a value fail from now on (unless they say OVERRIDING SYSTEM VALUE)</source>
        <translation>GENERATED ALWAYS: Inserts, die %1 einen Wert geben, scheitern ab jetzt (außer mit OVERRIDING SYSTEM VALUE)</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="291"/>
        <source>the identity&apos;s range narrows: fails when the sequence&apos;s current value is outside it, and inserts fail once it is exhausted%1</source>
        <translation>der Bereich der Identity wird enger: scheitert, wenn der aktuelle Wert der Sequenz außerhalb liegt, und Inserts scheitern, sobald er ausgeschöpft ist%1</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="293"/>
        <source> (CYCLE: it wraps around and may repeat values)</source>
        <translation> (CYCLE: sie beginnt von vorn und kann Werte wiederholen)</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="303"/>
        <source>scans the whole table under ACCESS EXCLUSIVE%1</source>
        <translation>durchsucht die ganze Tabelle unter ACCESS EXCLUSIVE%1</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="312"/>
        <source>scans the table to prove no NULLs, without blocking reads or writes%1</source>
        <translation>durchsucht die Tabelle, um das Fehlen von NULLs nachzuweisen, ohne Lese- oder Schreibzugriffe zu blockieren%1</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="315"/>
        <source>no scan: the validated CHECK (%1 IS NOT NULL) proves it, so the lock is held for an instant</source>
        <translation>kein Scan: der validierte CHECK (%1 IS NOT NULL) beweist es, die Sperre wird also nur einen Augenblick gehalten</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="332"/>
        <source>drops the index behind %1</source>
        <translation>löscht den Index hinter %1</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="360"/>
        <source>a partitioned table cannot take NOT VALID: checks every row while locked</source>
        <translation>eine partitionierte Tabelle kann kein NOT VALID: prüft jede Zeile unter Sperre</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="369"/>
        <source>checks every row without blocking writes%1</source>
        <translation>prüft jede Zeile, ohne Schreibzugriffe zu blockieren%1</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="385"/>
        <source>builds the unique index without blocking writes; time grows with the table%1</source>
        <translation>baut den Unique-Index, ohne Schreibzugriffe zu blockieren; die Dauer wächst mit der Tabelle%1</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="399"/>
        <source>builds the index while holding its lock%1</source>
        <translation>baut den Index, während seine Sperre gehalten wird%1</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="407"/>
        <source>builds the index while holding ACCESS EXCLUSIVE%1</source>
        <translation>baut den Index unter ACCESS EXCLUSIVE%1</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="430"/>
        <source>builds the index without blocking writes (two table scans)%1</source>
        <translation>baut den Index, ohne Schreibzugriffe zu blockieren (zwei Tabellenscans)%1</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="432"/>
        <source>builds the index while blocking writes (partitioned tables cannot build concurrently)%1</source>
        <translation>baut den Index und blockiert dabei Schreibzugriffe (partitionierte Tabellen können nicht nebenläufig bauen)%1</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="449"/>
        <source>rebuilds the index while blocking writes%1</source>
        <translation>baut den Index neu und blockiert dabei Schreibzugriffe%1</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="456"/>
        <source>builds the new index beside the old one without blocking writes%1</source>
        <translation>baut den neuen Index neben dem alten, ohne Schreibzugriffe zu blockieren%1</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="485"/>
        <source>runs a function on every matching row: what it does is not tracked</source>
        <translation>führt eine Funktion auf jeder passenden Zeile aus: was sie tut, wird nicht verfolgt</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="499"/>
        <location filename="../core/diff/plantables.cpp" line="505"/>
        <location filename="../core/diff/plantables.cpp" line="514"/>
        <location filename="../core/diff/plantables.cpp" line="522"/>
        <source>changes which rows roles can see or change</source>
        <translation>ändert, welche Zeilen Rollen sehen oder ändern können</translation>
    </message>
    <message>
        <location filename="../core/diff/verify.cpp" line="131"/>
        <source>comment on %1 is as in the target</source>
        <translation>Kommentar zu %1 entspricht dem Ziel</translation>
    </message>
    <message>
        <location filename="../core/diff/verify.cpp" line="138"/>
        <source>%1 is owned by %2</source>
        <translation>%1 gehört %2</translation>
    </message>
    <message>
        <location filename="../core/diff/verify.cpp" line="144"/>
        <source>%1 is gone</source>
        <translation>%1 ist weg</translation>
    </message>
    <message>
        <location filename="../core/diff/verify.cpp" line="151"/>
        <source>%1 is attached again %2</source>
        <translation>%1 wird wieder angehängt %2</translation>
    </message>
    <message>
        <location filename="../core/diff/verify.cpp" line="154"/>
        <source>%1 exists with its type and nullability</source>
        <translation>%1 existiert mit seinem Typ und seiner NULL-Fähigkeit</translation>
    </message>
    <message>
        <location filename="../core/diff/verify.cpp" line="157"/>
        <source>%1 has its labels in order</source>
        <translation>%1 hat seine Labels in der richtigen Reihenfolge</translation>
    </message>
    <message>
        <location filename="../core/diff/verify.cpp" line="164"/>
        <source>%1 exists (%2)</source>
        <translation>%1 existiert (%2)</translation>
    </message>
    <message>
        <location filename="../core/diff/verify.cpp" line="164"/>
        <source>validated</source>
        <translation>validiert</translation>
    </message>
    <message>
        <location filename="../core/diff/verify.cpp" line="164"/>
        <source>NOT VALID</source>
        <translation>NOT VALID</translation>
    </message>
    <message>
        <location filename="../core/diff/verify.cpp" line="167"/>
        <source>%1 exists</source>
        <translation>%1 existiert</translation>
    </message>
    <message>
        <location filename="../core/diff/aggregates.cpp" line="152"/>
        <source>queries and function bodies that call the aggregate are not tracked; views that use it make the DROP fail</source>
        <translation>Abfragen und Funktionsrümpfe, die das Aggregat aufrufen, werden nicht verfolgt; Views, die es verwenden, lassen das DROP scheitern</translation>
    </message>
    <message>
        <location filename="../core/diff/aggregates.cpp" line="159"/>
        <source>aggregate %1: its definition is not in the snapshot; write its CREATE AGGREGATE by hand</source>
        <translation>Aggregat %1: seine Definition steht nicht im Snapshot; schreiben Sie sein CREATE AGGREGATE von Hand</translation>
    </message>
    <message>
        <location filename="../core/diff/aggregates.cpp" line="162"/>
        <source>the snapshot was written before aggregates were read in full</source>
        <translation>der Snapshot wurde geschrieben, bevor Aggregate vollständig gelesen wurden</translation>
    </message>
    <message>
        <location filename="../core/diff/aggregates.cpp" line="174"/>
        <source>its arguments, result or kind change: dropped and created again; views that use it make the DROP fail, and it is missing in between</source>
        <translation>seine Argumente, sein Ergebnis oder seine Art ändern sich: gelöscht und neu angelegt; Views, die es verwenden, lassen das DROP scheitern, und dazwischen fehlt es</translation>
    </message>
    <message>
        <location filename="../core/diff/aggregates.cpp" line="176"/>
        <source>CREATE OR REPLACE AGGREGATE needs PostgreSQL 12: dropped and created again; views that use it make the DROP fail, and it is missing in between</source>
        <translation>CREATE OR REPLACE AGGREGATE braucht PostgreSQL 12: gelöscht und neu angelegt; Views, die es verwenden, lassen das DROP scheitern, und dazwischen fehlt es</translation>
    </message>
    <message>
        <location filename="../core/diff/aggregates.cpp" line="189"/>
        <source>privileges granted on the aggregate beyond the defaults must be granted again</source>
        <translation>über die Standardrechte hinaus vergebene Rechte am Aggregat müssen neu vergeben werden</translation>
    </message>
    <message>
        <location filename="../core/diff/aggregates.cpp" line="193"/>
        <source>replaced in place: queries running it keep the old definition until they end</source>
        <translation>an Ort und Stelle ersetzt: laufende Abfragen, die es ausführen, behalten die alte Definition bis zu ihrem Ende</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/diff/plangroups.cpp" line="121"/>
        <source>runs in one transaction with the next %n statement(s): the dependent views and triggers are dropped, the change made and they are created again, so readers never see them missing; the locks are held until the COMMIT</source>
        <translation>
            <numerusform>läuft in einer Transaktion mit der nächsten Anweisung: die abhängigen Views und Trigger werden gelöscht, die Änderung gemacht und sie neu angelegt, sodass Leser sie nie fehlen sehen; die Sperren werden bis zum COMMIT gehalten</numerusform>
            <numerusform>läuft in einer Transaktion mit den nächsten %n Anweisungen: die abhängigen Views und Trigger werden gelöscht, die Änderung gemacht und sie neu angelegt, sodass Leser sie nie fehlen sehen; die Sperren werden bis zum COMMIT gehalten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/diff/planpartitions.cpp" line="82"/>
        <source>detaches in two transactions under SHARE UPDATE EXCLUSIVE: reads and writes of %1 go on; it waits for the transactions that use the partition. Should it be interrupted, finish it with ALTER TABLE %1 DETACH PARTITION %2 FINALIZE</source>
        <translation>löst in zwei Transaktionen unter SHARE UPDATE EXCLUSIVE: Lesen und Schreiben von %1 gehen weiter; es wartet auf die Transaktionen, die die Partition nutzen. Wird es unterbrochen, beenden Sie es mit ALTER TABLE %1 DETACH PARTITION %2 FINALIZE</translation>
    </message>
    <message>
        <location filename="../core/diff/planpartitions.cpp" line="88"/>
        <source>DETACH without CONCURRENTLY (%1): blocks reads and writes of %2 while waiting for and holding its lock</source>
        <translation>DETACH ohne CONCURRENTLY (%1): blockiert Lesen und Schreiben von %2, während es auf seine Sperre wartet und sie hält</translation>
    </message>
    <message>
        <location filename="../core/diff/planpartitions.cpp" line="91"/>
        <source>it needs PostgreSQL 14</source>
        <translation>es braucht PostgreSQL 14</translation>
    </message>
    <message>
        <location filename="../core/diff/planpartitions.cpp" line="92"/>
        <source>%1 has a default partition</source>
        <translation>%1 hat eine Default-Partition</translation>
    </message>
    <message>
        <location filename="../core/diff/planpartitions.cpp" line="95"/>
        <source>until the ATTACH below, the rows of %1 are not seen through %2, and rows written to %2 for its range go to the default partition or fail</source>
        <translation>bis zum ATTACH unten sind die Zeilen von %1 über %2 nicht sichtbar, und Zeilen, die für ihren Bereich in %2 geschrieben werden, landen in der Default-Partition oder scheitern</translation>
    </message>
    <message>
        <location filename="../core/diff/planpartitions.cpp" line="100"/>
        <source>foreign keys reference %1: the DETACH fails while rows of other tables reference rows of %2</source>
        <translation>Fremdschlüssel verweisen auf %1: das DETACH scheitert, solange Zeilen anderer Tabellen auf Zeilen von %2 verweisen</translation>
    </message>
    <message>
        <location filename="../core/diff/planpartitions.cpp" line="113"/>
        <source>checks every row against the new bound without blocking writes%1; fails when a row lies outside it (count them first: %2)</source>
        <translation>prüft jede Zeile gegen die neue Grenze, ohne Schreiben zu blockieren%1; scheitert, wenn eine Zeile außerhalb liegt (zählen Sie sie vorher: %2)</translation>
    </message>
    <message>
        <location filename="../core/diff/planpartitions.cpp" line="120"/>
        <source>no scan of %1: the validated CHECK proves the new bound</source>
        <translation>kein Scan von %1: der validierte CHECK beweist die neue Grenze</translation>
    </message>
    <message>
        <location filename="../core/diff/planpartitions.cpp" line="121"/>
        <source>scans %1 under ACCESS EXCLUSIVE to prove the new bound; fails when a row lies outside it (count them first: %2)</source>
        <translation>scannt %1 unter ACCESS EXCLUSIVE, um die neue Grenze zu beweisen; scheitert, wenn eine Zeile außerhalb liegt (zählen Sie sie vorher: %2)</translation>
    </message>
    <message>
        <location filename="../core/diff/planpartitions.cpp" line="125"/>
        <source>scans the default partition %1 for rows of the new range while holding its lock, and fails if it holds any: move them out first</source>
        <translation>scannt die Default-Partition %1 nach Zeilen des neuen Bereichs, während es ihre Sperre hält, und scheitert, wenn sie welche enthält: verschieben Sie sie vorher</translation>
    </message>
</context>
<context>
    <name>PreferJsonb</name>
    <message>
        <location filename="../core/lint/rules/strongpreferjsonb.cpp" line="18"/>
        <source>A json column breaks SELECT DISTINCT and UNION; use jsonb</source>
        <translation>Eine json-Spalte bricht SELECT DISTINCT und UNION; jsonb verwenden</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongpreferjsonb.cpp" line="54"/>
        <source>Column %1 of %2 is json; use jsonb.</source>
        <translation>Spalte %1 von %2 ist json; jsonb verwenden.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongpreferjsonb.cpp" line="55"/>
        <source>The json type has no equality operator: SELECT DISTINCT, UNION and GROUP BY over rows of %1 fail with &quot;could not identify an equality operator for type json&quot;. It is also re-parsed on every access and cannot be indexed with GIN.</source>
        <translation>Der Typ json hat keinen Gleichheitsoperator: SELECT DISTINCT, UNION und GROUP BY über Zeilen von %1 scheitern mit „could not identify an equality operator for type json“. Er wird außerdem bei jedem Zugriff neu geparst und kann nicht mit GIN indiziert werden.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongpreferjsonb.cpp" line="59"/>
        <source>Use jsonb. Keep json only when you must preserve key order, duplicate keys or whitespace exactly as sent.</source>
        <translation>jsonb verwenden. json nur behalten, wenn Schlüsselreihenfolge, doppelte Schlüssel oder Leerraum exakt wie gesendet erhalten bleiben müssen.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongpreferjsonb.cpp" line="65"/>
        <source>Use jsonb</source>
        <translation>jsonb verwenden</translation>
    </message>
</context>
<context>
    <name>PreferRepack</name>
    <message>
        <location filename="../core/lint/rules/preferrepack.cpp" line="20"/>
        <source>CLUSTER and VACUUM FULL block the table; REPACK (CONCURRENTLY) does not</source>
        <translation>CLUSTER und VACUUM FULL blockieren die Tabelle; REPACK (CONCURRENTLY) nicht</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/preferrepack.cpp" line="60"/>
        <source>%1 holds ACCESS EXCLUSIVE while it rewrites the table.</source>
        <translation>%1 hält ACCESS EXCLUSIVE, während es die Tabelle neu schreibt.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/preferrepack.cpp" line="61"/>
        <source>Every read and write of the table waits until the rewrite finishes.</source>
        <translation>Jeder Lese- und Schreibzugriff auf die Tabelle wartet, bis das Neuschreiben beendet ist.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/preferrepack.cpp" line="62"/>
        <source>Use REPACK (CONCURRENTLY), which rewrites the table without blocking reads and writes.</source>
        <translation>REPACK (CONCURRENTLY) verwenden, das die Tabelle neu schreibt, ohne Lese- und Schreibzugriffe zu blockieren.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/preferrepack.cpp" line="63"/>
        <source>Use REPACK (CONCURRENTLY)</source>
        <translation>REPACK (CONCURRENTLY) verwenden</translation>
    </message>
</context>
<context>
    <name>PreferRobustStmts</name>
    <message>
        <location filename="../core/lint/rules/preferrobuststmts.cpp" line="21"/>
        <source>Statements outside a transaction should be safe to run twice</source>
        <translation>Anweisungen außerhalb einer Transaktion sollten zweimal ausführbar sein</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/preferrobuststmts.cpp" line="35"/>
        <source>CREATE INDEX without IF NOT EXISTS fails when run again.</source>
        <translation>CREATE INDEX ohne IF NOT EXISTS scheitert bei erneuter Ausführung.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/preferrobuststmts.cpp" line="44"/>
        <source>CREATE TABLE without IF NOT EXISTS fails when run again.</source>
        <translation>CREATE TABLE ohne IF NOT EXISTS scheitert bei erneuter Ausführung.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/preferrobuststmts.cpp" line="52"/>
        <source>DROP without IF EXISTS fails when run again.</source>
        <translation>DROP ohne IF EXISTS scheitert bei erneuter Ausführung.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/preferrobuststmts.cpp" line="85"/>
        <source>Drop the constraint IF EXISTS first</source>
        <translation>Den Constraint zuerst mit IF EXISTS löschen</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/preferrobuststmts.cpp" line="92"/>
        <source>This ALTER TABLE step fails or changes something else when run again.</source>
        <translation>Dieser ALTER-TABLE-Schritt scheitert oder ändert bei erneuter Ausführung etwas anderes.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/preferrobuststmts.cpp" line="102"/>
        <source>This ALTER TABLE step fails when run again.</source>
        <translation>Dieser ALTER-TABLE-Schritt scheitert bei erneuter Ausführung.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/preferrobuststmts.cpp" line="110"/>
        <source>Outside a transaction, a migration that fails part way leaves the earlier statements applied; running it again then fails on them, and someone has to repair it by hand.</source>
        <translation>Außerhalb einer Transaktion lässt eine teilweise gescheiterte Migration die früheren Anweisungen angewendet; eine erneute Ausführung scheitert dann daran, und jemand muss von Hand reparieren.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/preferrobuststmts.cpp" line="112"/>
        <source>Use IF NOT EXISTS / IF EXISTS (or DROP CONSTRAINT IF EXISTS before ADD CONSTRAINT) so the file can be re-run, or run it inside a transaction.</source>
        <translation>IF NOT EXISTS / IF EXISTS verwenden (oder DROP CONSTRAINT IF EXISTS vor ADD CONSTRAINT), damit die Datei erneut ausgeführt werden kann, oder sie in einer Transaktion ausführen.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/preferrobuststmts.cpp" line="121"/>
        <location filename="../core/lint/rules/preferrobuststmts.cpp" line="134"/>
        <source>Add%1</source>
        <translation>Hinzufügen:%1</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../core/settings/preferences.cpp" line="116"/>
        <source>The replication lag throttle threshold (%1 s) must be below its abort threshold (%2 s).</source>
        <translation>Die Drosselschwelle für die Replikationsverzögerung (%1 s) muss unter ihrer Abbruchschwelle (%2 s) liegen.</translation>
    </message>
    <message>
        <location filename="../core/settings/preferences.cpp" line="120"/>
        <source>The lock wait throttle threshold (%1 s) must be below its abort threshold (%2 s).</source>
        <translation>Die Drosselschwelle für die Sperrwartezeit (%1 s) muss unter ihrer Abbruchschwelle (%2 s) liegen.</translation>
    </message>
    <message>
        <location filename="../core/settings/preferences.cpp" line="124"/>
        <source>The error rate throttle threshold (%1 %) must be below its abort threshold (%2 %).</source>
        <translation>Die Drosselschwelle für die Fehlerrate (%1 %) muss unter ihrer Abbruchschwelle (%2 %) liegen.</translation>
    </message>
    <message>
        <location filename="../core/settings/preferences.cpp" line="128"/>
        <source>The error rate abort threshold (%1 %) cannot be above 100 %.</source>
        <translation>Die Abbruchschwelle für die Fehlerrate (%1 %) kann nicht über 100 % liegen.</translation>
    </message>
    <message>
        <location filename="../core/settings/preferences.cpp" line="130"/>
        <source>The error rate needs a minimum of at least one transaction.</source>
        <translation>Die Fehlerrate braucht ein Minimum von mindestens einer Transaktion.</translation>
    </message>
    <message>
        <location filename="../core/settings/preferences.cpp" line="132"/>
        <source>The sampling interval must be at least %1 ms.</source>
        <translation>Das Abtastintervall muss mindestens %1 ms betragen.</translation>
    </message>
    <message>
        <location filename="../core/settings/preferences.cpp" line="134"/>
        <source>The lock timeout (%1 ms) must not exceed the statement timeout (%2 ms).</source>
        <translation>Das Sperr-Timeout (%1 ms) darf das Anweisungs-Timeout (%2 ms) nicht überschreiten.</translation>
    </message>
</context>
<context>
    <name>ProductionGuard</name>
    <message>
        <location filename="../core/run/productionguard.cpp" line="17"/>
        <source>This is the production database &quot;%1&quot;. Type its name to run.</source>
        <translation>Dies ist die Produktionsdatenbank „%1“. Zum Ausführen ihren Namen eintippen.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../core/db/profilestore.cpp" line="31"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/db/profilestore.cpp" line="41"/>
        <source>%1:%2:%3: not a valid connections file: %4</source>
        <translation>%1:%2:%3: keine gültige Verbindungsdatei: %4</translation>
    </message>
    <message>
        <location filename="../core/db/profilestore.cpp" line="46"/>
        <source>%1 is not a valid connections file: the top level is not a JSON object.</source>
        <translation>%1 ist keine gültige Verbindungsdatei: die oberste Ebene ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../core/db/profilestore.cpp" line="69"/>
        <location filename="../core/db/profilestore.cpp" line="75"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/db/profilestore.cpp" line="126"/>
        <source>&quot;%1&quot; is neither a saved connection profile nor a libpq URI or key=value conninfo.</source>
        <translation>„%1“ ist weder ein gespeichertes Verbindungsprofil noch eine libpq-URI oder ein key=value-Conninfo.</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <location filename="../ui/recentmenu.cpp" line="15"/>
        <source>No recent items</source>
        <translation>Keine zuletzt verwendeten Einträge</translation>
    </message>
    <message>
        <location filename="../ui/recentmenu.cpp" line="29"/>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
</context>
<context>
    <name>RehearsalReport</name>
    <message numerus="yes">
        <location filename="../core/diff/rehearsalreport.cpp" line="52"/>
        <source>Rehearsal clean: the up plan (%n statement(s)) gave the target and the down plan (%1) gave the source back.</source>
        <translation>
            <numerusform>Probe sauber: der Up-Plan (%n Anweisung) ergab das Ziel und der Down-Plan (%1) stellte die Quelle wieder her.</numerusform>
            <numerusform>Probe sauber: der Up-Plan (%n Anweisungen) ergab das Ziel und der Down-Plan (%1) stellte die Quelle wieder her.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/diff/rehearsalreport.cpp" line="55"/>
        <source>Rehearsal clean: the up plan (%n statement(s)) gave the target.</source>
        <translation>
            <numerusform>Probe sauber: der Up-Plan (%n Anweisung) ergab das Ziel.</numerusform>
            <numerusform>Probe sauber: der Up-Plan (%n Anweisungen) ergab das Ziel.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/diff/rehearsalreport.cpp" line="59"/>
        <source>Rehearsal not clean: the plan ran, but differences are left.</source>
        <translation>Probe nicht sauber: der Plan lief, aber es bleiben Unterschiede.</translation>
    </message>
    <message>
        <location filename="../core/diff/rehearsalreport.cpp" line="62"/>
        <source>Rehearsal failed: a statement did not run on the scratch database.</source>
        <translation>Probe fehlgeschlagen: eine Anweisung lief auf der Scratch-Datenbank nicht.</translation>
    </message>
    <message>
        <location filename="../core/diff/rehearsalreport.cpp" line="65"/>
        <source>Could not rehearse: %1</source>
        <translation>Probe nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../core/diff/rehearsalreport.cpp" line="68"/>
        <source>Rehearsal cancelled.</source>
        <translation>Probe abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/diff/rehearsalreport.cpp" line="72"/>
        <source>Owners and privileges not rehearsed: the scratch server has no role %1 (%n statement(s) skipped).</source>
        <translation>
            <numerusform>Besitzer und Rechte nicht geprobt: der Scratch-Server hat keine Rolle %1 (%n Anweisung übersprungen).</numerusform>
            <numerusform>Besitzer und Rechte nicht geprobt: der Scratch-Server hat keine Rolle %1 (%n Anweisungen übersprungen).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/diff/rehearsalreport.cpp" line="75"/>
        <source>The scratch database could not reproduce the source:</source>
        <translation>Die Scratch-Datenbank konnte die Quelle nicht nachbilden:</translation>
    </message>
    <message>
        <location filename="../core/diff/rehearsalreport.cpp" line="77"/>
        <source>Left after the up plan (scratch vs target):</source>
        <translation>Verbleibend nach dem Up-Plan (Scratch gegen Ziel):</translation>
    </message>
    <message>
        <location filename="../core/diff/rehearsalreport.cpp" line="78"/>
        <source>Left after the down plan (scratch vs source):</source>
        <translation>Verbleibend nach dem Down-Plan (Scratch gegen Quelle):</translation>
    </message>
    <message>
        <location filename="../core/diff/rehearsalreport.cpp" line="81"/>
        <source>loading the source</source>
        <translation>Laden der Quelle</translation>
    </message>
    <message>
        <location filename="../core/diff/rehearsalreport.cpp" line="82"/>
        <source>up plan</source>
        <translation>Up-Plan</translation>
    </message>
    <message>
        <location filename="../core/diff/rehearsalreport.cpp" line="83"/>
        <source>down plan</source>
        <translation>Down-Plan</translation>
    </message>
    <message>
        <location filename="../core/diff/rehearsalreport.cpp" line="84"/>
        <source>Failed in the %1, statement %2:</source>
        <translation>Fehlgeschlagen im %1, Anweisung %2:</translation>
    </message>
    <message>
        <location filename="../core/diff/rehearsalreport.cpp" line="94"/>
        <source>Detail: %1</source>
        <translation>Detail: %1</translation>
    </message>
    <message>
        <location filename="../core/diff/rehearsalreport.cpp" line="96"/>
        <source>Hint: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../core/diff/rehearsalreport.cpp" line="99"/>
        <source>Could not drop the scratch database %1; drop it by hand.</source>
        <translation>Die Scratch-Datenbank %1 konnte nicht gelöscht werden; bitte von Hand löschen.</translation>
    </message>
</context>
<context>
    <name>RenameColumnWizard</name>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="41"/>
        <source>The schema</source>
        <translation>Das Schema</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="42"/>
        <source>The table</source>
        <translation>Die Tabelle</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="43"/>
        <source>The column</source>
        <translation>Die Spalte</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="44"/>
        <source>The new name</source>
        <translation>Der neue Name</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="46"/>
        <source>The new name is the same as the current one.</source>
        <translation>Der neue Name ist derselbe wie der aktuelle.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="51"/>
        <source>Column %1 already exists in %2.</source>
        <translation>Spalte %1 existiert bereits in %2.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="53"/>
        <source>Table %1 has no primary key: the backfill walks the table by its key.</source>
        <translation>Tabelle %1 hat keinen Primärschlüssel: der Backfill durchläuft die Tabelle nach ihrem Schlüssel.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="55"/>
        <source>The column type</source>
        <translation>Der Spaltentyp</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="86"/>
        <source>Add column %1</source>
        <translation>Spalte %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="89"/>
        <source>Nothing: the new column holds only copies.</source>
        <translation>Nichts: die neue Spalte enthält nur Kopien.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="91"/>
        <source>A nullable column without a default: a catalog change, no rewrite.</source>
        <translation>Eine Spalte mit NULL ohne Vorgabewert: eine Katalogänderung, kein Neuschreiben.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="92"/>
        <source>No deploy needed before this step: nothing uses the new column yet.</source>
        <translation>Vor diesem Schritt ist kein Deployment nötig: noch nutzt nichts die neue Spalte.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="96"/>
        <source>Keep %1 and %2 in sync (dual-write trigger)</source>
        <translation>%1 und %2 synchron halten (Dual-Write-Trigger)</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="99"/>
        <source>Nothing: the copies already written stay.</source>
        <translation>Nichts: die bereits geschriebenen Kopien bleiben.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="101"/>
        <source>Whichever column a deploy writes, the trigger copies it to the other one.</source>
        <translation>Welche Spalte ein Deployment auch schreibt, der Trigger kopiert sie in die andere.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="102"/>
        <source>After this step, deploy the version that reads %1 and writes %1 (old instances still write %2; the trigger keeps both equal).</source>
        <translation>Nach diesem Schritt die Version deployen, die %1 liest und %1 schreibt (alte Instanzen schreiben noch %2; der Trigger hält beide gleich).</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="107"/>
        <source>Copy %1 into %2 for existing rows</source>
        <translation>%1 für vorhandene Zeilen in %2 kopieren</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="115"/>
        <source>Nothing to undo: the down of step 1 drops the column.</source>
        <translation>Nichts rückgängig zu machen: das Down von Schritt 1 löscht die Spalte.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="118"/>
        <source>Keyset batches by the backfill runner, so no long row locks and a resumable checkpoint.</source>
        <translation>Keyset-Batches durch den Backfill-Runner: keine langen Zeilensperren und ein fortsetzbarer Checkpoint.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="125"/>
        <source>Drop the old column %1</source>
        <translation>Die alte Spalte %1 löschen</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="138"/>
        <source>The old column comes back nullable, refilled by one UPDATE (run it as a backfill on a large table); indexes and constraints it had are not recreated.</source>
        <translation>Die alte Spalte kommt mit NULL erlaubt zurück, durch ein UPDATE neu befüllt (bei einer großen Tabelle als Backfill ausführen); ihre früheren Indexe und Constraints werden nicht neu angelegt.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="141"/>
        <source>Only after every instance stopped using %1.</source>
        <translation>Erst wenn keine Instanz mehr %1 verwendet.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="142"/>
        <source>Before this step, deploy the version that no longer reads or writes %1, on every instance.</source>
        <translation>Vor diesem Schritt auf jeder Instanz die Version deployen, die %1 weder liest noch schreibt.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="146"/>
        <source>Rename %1.%2 to %3</source>
        <translation>%1.%2 in %3 umbenennen</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="147"/>
        <source>Expand/contract rename: both columns live side by side, kept equal by a trigger, until no deploy uses the old name.</source>
        <translation>Expand/Contract-Umbenennung: beide Spalten existieren nebeneinander, durch einen Trigger gleich gehalten, bis kein Deployment mehr den alten Namen verwendet.</translation>
    </message>
</context>
<context>
    <name>RenamingEnumValue</name>
    <message>
        <location filename="../core/lint/rules/strongrenamingenumvalue.cpp" line="18"/>
        <source>Renaming an enum value breaks code that still uses the old label</source>
        <translation>Das Umbenennen eines Enum-Werts bricht Code, der noch das alte Label verwendet</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongrenamingenumvalue.cpp" line="38"/>
        <source>Renaming the value &apos;%1&apos; of %2 to &apos;%3&apos; breaks code that still uses &apos;%1&apos;.</source>
        <translation>Das Umbenennen des Werts &apos;%1&apos; von %2 in &apos;%3&apos; bricht Code, der noch &apos;%1&apos; verwendet.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongrenamingenumvalue.cpp" line="40"/>
        <source>The rename is instant and there is no moment when both labels exist: application servers still running the old code fail on every INSERT, UPDATE or comparison that uses &apos;%1&apos; (invalid input value for enum %2).</source>
        <translation>Die Umbenennung ist sofort und es gibt keinen Moment, in dem beide Labels existieren: Anwendungsserver mit dem alten Code scheitern bei jedem INSERT, UPDATE oder Vergleich mit &apos;%1&apos; (invalid input value for enum %2).</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongrenamingenumvalue.cpp" line="43"/>
        <source>Add the new label (ALTER TYPE %1 ADD VALUE &apos;%2&apos;), deploy code that writes &apos;%2&apos; and reads both, backfill the rows in batches, and leave &apos;%3&apos; unused.</source>
        <translation>Das neue Label hinzufügen (ALTER TYPE %1 ADD VALUE &apos;%2&apos;), Code deployen, der &apos;%2&apos; schreibt und beide liest, die Zeilen in Batches nachfüllen und &apos;%3&apos; ungenutzt lassen.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongrenamingenumvalue.cpp" line="47"/>
        <source>(RENAME VALUE needs PostgreSQL 10 or later.)</source>
        <translation>(RENAME VALUE erfordert PostgreSQL 10 oder neuer.)</translation>
    </message>
</context>
<context>
    <name>RenamingRule</name>
    <message>
        <location filename="../core/lint/rules/renamingrule.cpp" line="23"/>
        <source>Renaming a table breaks every query that uses the old name</source>
        <translation>Das Umbenennen einer Tabelle bricht jede Abfrage, die den alten Namen verwendet</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/renamingrule.cpp" line="24"/>
        <source>Renaming a column breaks every query that uses the old name</source>
        <translation>Das Umbenennen einer Spalte bricht jede Abfrage, die den alten Namen verwendet</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/renamingrule.cpp" line="36"/>
        <source>Renaming %1 to %2 breaks code that still uses %1.</source>
        <translation>Das Umbenennen von %1 in %2 bricht Code, der noch %1 verwendet.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/renamingrule.cpp" line="37"/>
        <source>The rename is instant, but every running application instance, view definition written as text, and report that names the table fails at once.</source>
        <translation>Die Umbenennung ist sofort, aber jede laufende Anwendungsinstanz, als Text geschriebene Sichtdefinition und jeder Bericht, der die Tabelle nennt, scheitert sofort.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/renamingrule.cpp" line="39"/>
        <source>Create the new table name as a view over the old one (or the reverse) while code moves over, or copy with dual writes; drop the old name once nothing uses it.</source>
        <translation>Den neuen Tabellennamen als Sicht über den alten anlegen (oder umgekehrt), während der Code umzieht, oder mit Dual-Writes kopieren; den alten Namen löschen, sobald ihn nichts mehr verwendet.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/renamingrule.cpp" line="44"/>
        <source>Renaming %1.%2 to %3 breaks code that still uses %2.</source>
        <translation>Das Umbenennen von %1.%2 in %3 bricht Code, der noch %2 verwendet.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/renamingrule.cpp" line="45"/>
        <source>The rename is instant, but application instances still running the previous release select and write the old column name and fail.</source>
        <translation>Die Umbenennung ist sofort, aber Anwendungsinstanzen mit dem vorherigen Release lesen und schreiben den alten Spaltennamen und scheitern.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/renamingrule.cpp" line="47"/>
        <source>Add the new column, write to both, backfill, move reads over, then drop the old column in a later release.</source>
        <translation>Die neue Spalte hinzufügen, in beide schreiben, nachfüllen, die Lesezugriffe umstellen, dann die alte Spalte in einem späteren Release löschen.</translation>
    </message>
</context>
<context>
    <name>RenamingSchema</name>
    <message>
        <location filename="../core/lint/rules/strongrenamingschema.cpp" line="18"/>
        <source>Renaming a schema breaks every query that names it</source>
        <translation>Das Umbenennen eines Schemas bricht jede Abfrage, die es nennt</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongrenamingschema.cpp" line="28"/>
        <source>Renaming the schema %1 to %2 breaks every query, function and search_path that names %1.</source>
        <translation>Das Umbenennen des Schemas %1 in %2 bricht jede Abfrage, Funktion und jeden search_path, die %1 nennen.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongrenamingschema.cpp" line="30"/>
        <source>Running application code, views&apos; callers, functions with SET search_path, grants scripts and connection settings keep using %1 and fail with &quot;relation does not exist&quot; as soon as the rename commits.</source>
        <translation>Laufender Anwendungscode, Aufrufer von Sichten, Funktionen mit SET search_path, Rechte-Skripte und Verbindungseinstellungen verwenden weiter %1 und scheitern mit „relation does not exist“, sobald die Umbenennung committet ist.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongrenamingschema.cpp" line="33"/>
        <source>Create schema %2, move the objects with ALTER ... SET SCHEMA %2 while code reaches them through a search_path that lists both schemas, deploy code that names %2, and drop %1 once nothing uses it.</source>
        <translation>Schema %2 anlegen, die Objekte mit ALTER ... SET SCHEMA %2 verschieben, während der Code sie über einen search_path mit beiden Schemas erreicht, Code deployen, der %2 nennt, und %1 löschen, sobald ihn nichts mehr verwendet.</translation>
    </message>
</context>
<context>
    <name>ReplaceIndexWizard</name>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="30"/>
        <source>The schema</source>
        <translation>Das Schema</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="31"/>
        <source>The table</source>
        <translation>Die Tabelle</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="32"/>
        <source>The old index</source>
        <translation>Der alte Index</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="33"/>
        <source>The new index name</source>
        <translation>Der neue Indexname</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="35"/>
        <source>The new index needs its own name while both exist (tick &quot;keep the old name&quot; to rename it at the end).</source>
        <translation>Der neue Index braucht einen eigenen Namen, solange beide existieren („alten Namen behalten“ ankreuzen, um ihn am Ende umzubenennen).</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="37"/>
        <source>The key columns</source>
        <translation>Die Schlüsselspalten</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="38"/>
        <source>The WHERE condition</source>
        <translation>Die WHERE-Bedingung</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="40"/>
        <source>The index method</source>
        <translation>Die Indexmethode</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="42"/>
        <source>The old definition must be a CREATE INDEX statement.</source>
        <translation>Die alte Definition muss eine CREATE-INDEX-Anweisung sein.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="47"/>
        <source>Index %1 does not exist on %2.</source>
        <translation>Index %1 existiert nicht auf %2.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="49"/>
        <source>Index %1 backs constraint %2: replace the constraint instead.</source>
        <translation>Index %1 stützt Constraint %2: stattdessen den Constraint ersetzen.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="51"/>
        <source>Index %1 already exists.</source>
        <translation>Index %1 existiert bereits.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="71"/>
        <source>Build %1 concurrently</source>
        <translation>%1 nebenläufig bauen</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="79"/>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="112"/>
        <source>Nothing.</source>
        <translation>Nichts.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="81"/>
        <source>CREATE INDEX CONCURRENTLY: writes go on; it runs outside a transaction and a failure leaves an INVALID index (the verify catches it) to drop before retrying.</source>
        <translation>CREATE INDEX CONCURRENTLY: Schreibzugriffe laufen weiter; es läuft außerhalb einer Transaktion, und ein Fehler hinterlässt einen INVALID-Index (die Verifikation erkennt ihn), der vor einem neuen Versuch zu löschen ist.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="83"/>
        <source>No deploy needed; after this step check with EXPLAIN that the queries use %1.</source>
        <translation>Kein Deployment nötig; nach diesem Schritt mit EXPLAIN prüfen, dass die Abfragen %1 verwenden.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="88"/>
        <source>Drop the old index %1 concurrently</source>
        <translation>Den alten Index %1 nebenläufig löschen</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="94"/>
        <source>Nothing; the rebuild takes as long as the first build.</source>
        <translation>Nichts; der Neuaufbau dauert so lange wie der erste Aufbau.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="96"/>
        <source>No way back without the old definition: note it before running this step.</source>
        <translation>Ohne die alte Definition kein Weg zurück: sie vor diesem Schritt notieren.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="99"/>
        <source>DROP INDEX CONCURRENTLY waits for running queries instead of blocking new ones.</source>
        <translation>DROP INDEX CONCURRENTLY wartet auf laufende Abfragen, statt neue zu blockieren.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="100"/>
        <source>Before this step, make sure no query relies on %1 (pg_stat_user_indexes.idx_scan of the new index grows).</source>
        <translation>Vor diesem Schritt sicherstellen, dass keine Abfrage auf %1 angewiesen ist (pg_stat_user_indexes.idx_scan des neuen Index wächst).</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="106"/>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="114"/>
        <source>A catalog change; only the name moves.</source>
        <translation>Eine Katalogänderung; nur der Name ändert sich.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="118"/>
        <source>Replace index %1 with %2</source>
        <translation>Index %1 durch %2 ersetzen</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="119"/>
        <source>Build the new index concurrently, then drop the old one concurrently: writes never wait for an index build.</source>
        <translation>Den neuen Index nebenläufig bauen, dann den alten nebenläufig löschen: Schreibzugriffe warten nie auf einen Indexaufbau.</translation>
    </message>
</context>
<context>
    <name>RequireConcurrentIndexCreation</name>
    <message>
        <location filename="../core/lint/rules/requireconcurrentindexcreation.cpp" line="15"/>
        <source>CREATE INDEX without CONCURRENTLY blocks writes to the table</source>
        <translation>CREATE INDEX ohne CONCURRENTLY blockiert Schreibzugriffe auf die Tabelle</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentindexcreation.cpp" line="29"/>
        <source>Creating an index on %1 without CONCURRENTLY blocks writes to it until the build ends.</source>
        <translation>Das Anlegen eines Index auf %1 ohne CONCURRENTLY blockiert Schreibzugriffe darauf, bis der Aufbau endet.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentindexcreation.cpp" line="30"/>
        <source>CREATE INDEX holds a SHARE lock on the table for the whole build: every INSERT, UPDATE and DELETE waits, and the time grows with the table.</source>
        <translation>CREATE INDEX hält für den ganzen Aufbau eine SHARE-Sperre auf der Tabelle: jedes INSERT, UPDATE und DELETE wartet, und die Dauer wächst mit der Tabelle.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentindexcreation.cpp" line="32"/>
        <source>Use CREATE INDEX CONCURRENTLY, outside a transaction block. If it fails, drop the INVALID index it leaves and try again.</source>
        <translation>CREATE INDEX CONCURRENTLY verwenden, außerhalb eines Transaktionsblocks. Schlägt es fehl, den zurückgelassenen INVALID-Index löschen und erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentindexcreation.cpp" line="36"/>
        <source>Create the index CONCURRENTLY</source>
        <translation>Den Index CONCURRENTLY anlegen</translation>
    </message>
</context>
<context>
    <name>RequireConcurrentIndexDeletion</name>
    <message>
        <location filename="../core/lint/rules/requireconcurrentindexdeletion.cpp" line="19"/>
        <source>DROP INDEX without CONCURRENTLY blocks reads and writes of the table</source>
        <translation>DROP INDEX ohne CONCURRENTLY blockiert Lese- und Schreibzugriffe auf die Tabelle</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentindexdeletion.cpp" line="30"/>
        <source>Dropping index %1 without CONCURRENTLY locks its table.</source>
        <translation>Das Löschen von Index %1 ohne CONCURRENTLY sperrt seine Tabelle.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentindexdeletion.cpp" line="31"/>
        <source>DROP INDEX takes an ACCESS EXCLUSIVE lock on the table; if a long query holds the table, the DROP waits and every other query queues behind it.</source>
        <translation>DROP INDEX nimmt eine ACCESS-EXCLUSIVE-Sperre auf die Tabelle; hält eine lange Abfrage die Tabelle, wartet das DROP und jede andere Abfrage staut sich dahinter.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentindexdeletion.cpp" line="33"/>
        <source>Use DROP INDEX CONCURRENTLY, outside a transaction block (one index per statement).</source>
        <translation>DROP INDEX CONCURRENTLY verwenden, außerhalb eines Transaktionsblocks (ein Index pro Anweisung).</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentindexdeletion.cpp" line="37"/>
        <source>Drop the index CONCURRENTLY</source>
        <translation>Den Index CONCURRENTLY löschen</translation>
    </message>
</context>
<context>
    <name>RequireConcurrentPartitionDetach</name>
    <message>
        <location filename="../core/lint/rules/requireconcurrentpartitiondetach.cpp" line="19"/>
        <source>DETACH PARTITION without CONCURRENTLY blocks the whole partitioned table</source>
        <translation>DETACH PARTITION ohne CONCURRENTLY blockiert die ganze partitionierte Tabelle</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentpartitiondetach.cpp" line="37"/>
        <source>Detaching %1 from %2 locks %2 against reads and writes.</source>
        <translation>Das Abhängen von %1 von %2 sperrt %2 gegen Lese- und Schreibzugriffe.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentpartitiondetach.cpp" line="38"/>
        <source>A plain DETACH PARTITION takes ACCESS EXCLUSIVE on the partitioned table, so every query on any partition waits for it.</source>
        <translation>Ein einfaches DETACH PARTITION nimmt ACCESS EXCLUSIVE auf die partitionierte Tabelle, sodass jede Abfrage auf jeder Partition darauf wartet.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentpartitiondetach.cpp" line="40"/>
        <source>Use DETACH PARTITION ... CONCURRENTLY (outside a transaction block).</source>
        <translation>DETACH PARTITION ... CONCURRENTLY verwenden (außerhalb eines Transaktionsblocks).</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentpartitiondetach.cpp" line="41"/>
        <source>DETACH PARTITION ... CONCURRENTLY needs PostgreSQL 14; before that, run the detach in a quiet window with a short lock_timeout.</source>
        <translation>DETACH PARTITION ... CONCURRENTLY erfordert PostgreSQL 14; davor das Abhängen in einem ruhigen Zeitfenster mit kurzem lock_timeout ausführen.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentpartitiondetach.cpp" line="44"/>
        <source>Detach CONCURRENTLY</source>
        <translation>CONCURRENTLY abhängen</translation>
    </message>
</context>
<context>
    <name>RequireConcurrentReindex</name>
    <message>
        <location filename="../core/lint/rules/requireconcurrentreindex.cpp" line="19"/>
        <source>REINDEX without CONCURRENTLY blocks writes (and reads using the index)</source>
        <translation>REINDEX ohne CONCURRENTLY blockiert Schreibzugriffe (und Lesezugriffe über den Index)</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentreindex.cpp" line="31"/>
        <source>REINDEX without CONCURRENTLY locks the table while the index is rebuilt.</source>
        <translation>REINDEX ohne CONCURRENTLY sperrt die Tabelle, während der Index neu gebaut wird.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentreindex.cpp" line="32"/>
        <source>REINDEX holds a SHARE lock on the table (blocking writes) and ACCESS EXCLUSIVE on the index (blocking queries that would use it) for the whole rebuild.</source>
        <translation>REINDEX hält für den ganzen Neuaufbau eine SHARE-Sperre auf der Tabelle (blockiert Schreibzugriffe) und ACCESS EXCLUSIVE auf dem Index (blockiert Abfragen, die ihn nutzen würden).</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentreindex.cpp" line="34"/>
        <source>Use REINDEX ... CONCURRENTLY, outside a transaction block.</source>
        <translation>REINDEX ... CONCURRENTLY verwenden, außerhalb eines Transaktionsblocks.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentreindex.cpp" line="35"/>
        <source>REINDEX CONCURRENTLY needs PostgreSQL 12; before that, build a new index CONCURRENTLY and drop the old one.</source>
        <translation>REINDEX CONCURRENTLY erfordert PostgreSQL 12; davor einen neuen Index CONCURRENTLY bauen und den alten löschen.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentreindex.cpp" line="41"/>
        <source>Reindex CONCURRENTLY</source>
        <translation>CONCURRENTLY neu indizieren</translation>
    </message>
</context>
<context>
    <name>RequireEnumValueOrdering</name>
    <message>
        <location filename="../core/lint/rules/requireenumvalueordering.cpp" line="19"/>
        <source>ADD VALUE without BEFORE/AFTER puts the value last, whatever the order means</source>
        <translation>ADD VALUE ohne BEFORE/AFTER setzt den Wert ans Ende, was auch immer die Reihenfolge bedeutet</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireenumvalueordering.cpp" line="27"/>
        <source>Value &apos;%1&apos; is added at the end of enum %2.</source>
        <translation>Wert &apos;%1&apos; wird am Ende von Enum %2 hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireenumvalueordering.cpp" line="28"/>
        <source>Enum values sort in declaration order (ORDER BY, &lt;, &gt;); appending puts the new value after all others, which is often not the intended order and cannot be changed later.</source>
        <translation>Enum-Werte sortieren in Deklarationsreihenfolge (ORDER BY, &lt;, &gt;); Anhängen setzt den neuen Wert hinter alle anderen, was oft nicht die gewollte Reihenfolge ist und sich später nicht ändern lässt.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireenumvalueordering.cpp" line="30"/>
        <source>Say where it belongs: ADD VALUE &apos;...&apos; BEFORE &apos;...&apos; or AFTER &apos;...&apos;.</source>
        <translation>Angeben, wohin er gehört: ADD VALUE &apos;...&apos; BEFORE &apos;...&apos; oder AFTER &apos;...&apos;.</translation>
    </message>
</context>
<context>
    <name>RequireTableSchema</name>
    <message>
        <location filename="../core/lint/rules/requiretableschema.cpp" line="19"/>
        <source>Tables named without a schema depend on the session&apos;s search_path</source>
        <translation>Ohne Schema genannte Tabellen hängen vom search_path der Sitzung ab</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requiretableschema.cpp" line="49"/>
        <source>Table %1 is not schema-qualified.</source>
        <translation>Tabelle %1 ist nicht schemaqualifiziert.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requiretableschema.cpp" line="50"/>
        <source>Which table is meant depends on search_path when the migration runs; a different role or connection setting can create or change a table in the wrong schema.</source>
        <translation>Welche Tabelle gemeint ist, hängt beim Lauf der Migration vom search_path ab; eine andere Rolle oder Verbindungseinstellung kann eine Tabelle im falschen Schema anlegen oder ändern.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requiretableschema.cpp" line="52"/>
        <source>Write schema.table (e.g. public.%1).</source>
        <translation>schema.table schreiben (z. B. public.%1).</translation>
    </message>
</context>
<context>
    <name>RequireTimeoutRule</name>
    <message>
        <location filename="../core/lint/rules/requiretimeoutrule.cpp" line="25"/>
        <source>Set lock_timeout before DDL so a blocked lock fails fast instead of queueing everyone</source>
        <translation>lock_timeout vor DDL setzen, damit eine blockierte Sperre schnell scheitert, statt alle warten zu lassen</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requiretimeoutrule.cpp" line="26"/>
        <source>Set statement_timeout before DDL so a runaway statement is cancelled</source>
        <translation>statement_timeout vor DDL setzen, damit eine ausufernde Anweisung abgebrochen wird</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requiretimeoutrule.cpp" line="38"/>
        <source>No lock_timeout is set before this statement.</source>
        <translation>Vor dieser Anweisung ist kein lock_timeout gesetzt.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requiretimeoutrule.cpp" line="39"/>
        <source>No lock_timeout is set before this statement, which takes %1.</source>
        <translation>Vor dieser Anweisung, die %1 nimmt, ist kein lock_timeout gesetzt.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requiretimeoutrule.cpp" line="40"/>
        <source>While a DDL statement waits for its lock (behind any long query), every later query on the table queues behind it: a short wait becomes an outage.</source>
        <translation>Während eine DDL-Anweisung auf ihre Sperre wartet (hinter einer langen Abfrage), staut sich jede spätere Abfrage auf der Tabelle dahinter: aus kurzem Warten wird ein Ausfall.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requiretimeoutrule.cpp" line="42"/>
        <source>Start the migration with SET lock_timeout = &apos;3s&apos; (and retry on failure).</source>
        <translation>Die Migration mit SET lock_timeout = &apos;3s&apos; beginnen (und bei Fehlschlag wiederholen).</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requiretimeoutrule.cpp" line="43"/>
        <source>No statement_timeout is set before this statement.</source>
        <translation>Vor dieser Anweisung ist kein statement_timeout gesetzt.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requiretimeoutrule.cpp" line="44"/>
        <source>A statement that runs far longer than expected keeps its locks for as long as it runs.</source>
        <translation>Eine Anweisung, die viel länger als erwartet läuft, hält ihre Sperren, solange sie läuft.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requiretimeoutrule.cpp" line="45"/>
        <source>Start the migration with SET statement_timeout (e.g. &apos;5min&apos;), sized for the slowest step.</source>
        <translation>Die Migration mit SET statement_timeout (z. B. &apos;5min&apos;) beginnen, bemessen für den langsamsten Schritt.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requiretimeoutrule.cpp" line="46"/>
        <source>Set lock_timeout first</source>
        <translation>Zuerst lock_timeout setzen</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requiretimeoutrule.cpp" line="46"/>
        <source>Set statement_timeout first</source>
        <translation>Zuerst statement_timeout setzen</translation>
    </message>
</context>
<context>
    <name>RiskStyle</name>
    <message>
        <location filename="../ui/plan/riskstyle.cpp" line="60"/>
        <source>Low risk</source>
        <translation>Niedriges Risiko</translation>
    </message>
    <message>
        <location filename="../ui/plan/riskstyle.cpp" line="62"/>
        <source>Medium risk</source>
        <translation>Mittleres Risiko</translation>
    </message>
    <message>
        <location filename="../ui/plan/riskstyle.cpp" line="64"/>
        <source>High risk</source>
        <translation>Hohes Risiko</translation>
    </message>
    <message>
        <location filename="../ui/plan/riskstyle.cpp" line="66"/>
        <source>Critical risk</source>
        <translation>Kritisches Risiko</translation>
    </message>
</context>
<context>
    <name>RunLog</name>
    <message>
        <location filename="../core/plan/runlog.cpp" line="80"/>
        <source>succeeded on try %1 after lock timeouts</source>
        <translation>beim Versuch %1 nach Sperr-Timeouts gelungen</translation>
    </message>
    <message>
        <location filename="../core/plan/runlog.cpp" line="82"/>
        <source>verification query passed</source>
        <translation>Verifikationsabfrage bestanden</translation>
    </message>
    <message>
        <location filename="../core/plan/runlog.cpp" line="82"/>
        <source>verification query failed</source>
        <translation>Verifikationsabfrage fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/plan/runlog.cpp" line="84"/>
        <source>dry run: rolled back</source>
        <translation>Probelauf: zurückgerollt</translation>
    </message>
    <message>
        <location filename="../core/plan/runlog.cpp" line="122"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message>
        <location filename="../core/plan/runreport.cpp" line="36"/>
        <source>hint: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../core/plan/runreport.cpp" line="285"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../core/plan/runreport.cpp" line="287"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../core/plan/runreport.cpp" line="289"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../core/plan/runreport.cpp" line="290"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../core/plan/runreport.cpp" line="296"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/plan/runreport.cpp" line="296"/>
        <source>failed (%1)</source>
        <translation>fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <location filename="../core/plan/runreport.cpp" line="298"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../core/plan/runreport.cpp" line="300"/>
        <source>ok after %1 tries</source>
        <translation>ok nach %1 Versuchen</translation>
    </message>
    <message>
        <location filename="../core/plan/runreport.cpp" line="300"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../core/plan/runreport.cpp" line="301"/>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
</context>
<context>
    <name>RunbookExport</name>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="19"/>
        <source>%1 (size unknown)</source>
        <translation>%1 (Größe unbekannt)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="20"/>
        <source>%1 (~%2 rows, %3 MB)</source>
        <translation>%1 (~%2 Zeilen, %3 MB)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="28"/>
        <source>%1 + unknown (table sizes not known)</source>
        <translation>%1 + unbekannt (Tabellengrößen nicht bekannt)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="30"/>
        <source>- **Risk:** %1
</source>
        <translation>- **Risiko:** %1
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="31"/>
        <source>- **Required approvals:** %1
</source>
        <translation>- **Erforderliche Freigaben:** %1
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="32"/>
        <source>- **Expected lock time:** %1
</source>
        <translation>- **Erwartete Sperrdauer:** %1
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="33"/>
        <source>- **Downtime:** %1
</source>
        <translation>- **Ausfallzeit:** %1
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="34"/>
        <source>yes (reads or writes blocked longer than %1 s)</source>
        <translation>ja (Lese- oder Schreibzugriffe länger als %1 s blockiert)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="36"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="37"/>
        <source>- **Estimated total duration:** %1
</source>
        <translation>- **Geschätzte Gesamtdauer:** %1
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="38"/>
        <source>- **Server version:** %1; table sizes %2
</source>
        <translation>- **Serverversion:** %1; Tabellengrößen %2
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="40"/>
        <source>from the live database</source>
        <translation>aus der laufenden Datenbank</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="41"/>
        <source>not known (offline plan)</source>
        <translation>nicht bekannt (Offline-Plan)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="49"/>
        <source>&gt; **Application deploy:** %1

</source>
        <translation>&gt; **Anwendungs-Deployment:** %1

</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="52"/>
        <source>- **Phase:** %1
</source>
        <translation>- **Phase:** %1
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="54"/>
        <source>- **Backfill:** %1
</source>
        <translation>- **Backfill:** %1
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="55"/>
        <source>- **Lock:** %1
</source>
        <translation>- **Sperre:** %1
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="56"/>
        <source>- **Work:** %1%2
</source>
        <translation>- **Arbeit:** %1%2
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="62"/>
        <source>- **Tables:** %1
</source>
        <translation>- **Tabellen:** %1
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="63"/>
        <source>- **Estimated duration:** %1 (%2)
</source>
        <translation>- **Geschätzte Dauer:** %1 (%2)
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="65"/>
        <source>- **Risk:** %1 (%2)
</source>
        <translation>- **Risiko:** %1 (%2)
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="66"/>
        <source>- **Pattern:** %1%2
</source>
        <translation>- **Muster:** %1%2
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="70"/>
        <source>- **Runs outside a transaction:** %1
</source>
        <translation>- **Läuft außerhalb einer Transaktion:** %1
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="71"/>
        <source>- **What users will notice:** %1
</source>
        <translation>- **Was Benutzer bemerken:** %1
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="73"/>
        <source>- **Lint (%1, %2):** %3
</source>
        <translation>- **Lint (%1, %2):** %3
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="77"/>
        <source>- **Actual:** %1
</source>
        <translation>- **Tatsächlich:** %1
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="106"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="112"/>
        <source>blocks reads and writes</source>
        <translation>blockiert Lese- und Schreibzugriffe</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="113"/>
        <source>blocks writes</source>
        <translation>blockiert Schreibzugriffe</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="114"/>
        <source>blocks neither reads nor writes</source>
        <translation>blockiert weder Lese- noch Schreibzugriffe</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="115"/>
        <source>%1 on %2 for %3; %4</source>
        <translation>%1 auf %2 für %3; %4</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="123"/>
        <source>Step %1 (line %2)</source>
        <translation>Schritt %1 (Zeile %2)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="124"/>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="131"/>
        <source>Expand</source>
        <translation>Expand</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="132"/>
        <source>Migrate (backfill)</source>
        <translation>Migrate (Backfill)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="133"/>
        <source>Switch</source>
        <translation>Switch</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="134"/>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="142"/>
        <source>every row</source>
        <translation>jede Zeile</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="143"/>
        <source>batched by the backfill runner on %1: %2, %3, batches of ~%4 ms (throttled by lag and lock waits)</source>
        <translation>in Batches durch den Backfill-Runner auf %1: %2, %3, Batches von ~%4 ms (gedrosselt durch Verzögerung und Sperrwartezeiten)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="150"/>
        <source># Migration Runbook: %1

</source>
        <translation># Migrations-Runbook: %1

</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="151"/>
        <source>## Summary

</source>
        <translation>## Zusammenfassung

</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="155"/>
        <source>## Pre-flight

</source>
        <translation>## Vorab-Checks

</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="156"/>
        <source>- [ ] Backup commands executed and verified
</source>
        <translation>- [ ] Backup-Befehle ausgeführt und geprüft
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="159"/>
        <source>- [ ] Lock timeout set (`SET lock_timeout = &apos;5s&apos;;`)
</source>
        <translation>- [ ] Sperr-Timeout gesetzt (`SET lock_timeout = &apos;5s&apos;;`)
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="160"/>
        <source>- [ ] Off-peak deployment window confirmed
</source>
        <translation>- [ ] Deployment-Fenster außerhalb der Spitzenzeit bestätigt
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="161"/>
        <source>- [ ] Application code deployed (if dual-write needed)
</source>
        <translation>- [ ] Anwendungscode deployt (falls Dual-Write nötig)
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="162"/>
        <source>- [ ] Approvals recorded: %1

</source>
        <translation>- [ ] Freigaben festgehalten: %1

</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="164"/>
        <source>## Execute

</source>
        <translation>## Ausführung

</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="168"/>
        <source>## Verification

</source>
        <translation>## Verifikation

</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="171"/>
        <source>Step %1:

</source>
        <translation>Schritt %1:

</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="174"/>
        <source>## Rollback (if needed)

</source>
        <translation>## Rollback (falls nötig)

</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="175"/>
        <source>Run in reverse order, then verify; restore from the backup where data was lost.

</source>
        <translation>In umgekehrter Reihenfolge ausführen, dann prüfen; wo Daten verloren gingen, aus dem Backup wiederherstellen.

</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="177"/>
        <source>### Undo step %1

</source>
        <translation>### Schritt %1 rückgängig machen

</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="181"/>
        <source>No rollback SQL can be derived.

</source>
        <translation>Es lässt sich kein Rollback-SQL ableiten.

</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="183"/>
        <source>Verify after the undo:

</source>
        <translation>Nach dem Rückgängigmachen verifizieren:

</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="185"/>
        <source>- **Loses:** %1

</source>
        <translation>- **Verliert:** %1

</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="188"/>
        <source>## Post-migration

</source>
        <translation>## Nach der Migration

</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="189"/>
        <source>- [ ] Verification queries return the expected results
</source>
        <translation>- [ ] Verifikationsabfragen liefern die erwarteten Ergebnisse
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="190"/>
        <source>- [ ] Error rates and latency monitored for 15 minutes
</source>
        <translation>- [ ] Fehlerraten und Latenz 15 Minuten lang überwacht
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="191"/>
        <source>- [ ] Remove old column/compatibility code (after soak period)
</source>
        <translation>- [ ] Alte Spalte/Kompatibilitätscode entfernen (nach der Beobachtungsphase)
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="192"/>
        <source>- [ ] Update documentation
</source>
        <translation>- [ ] Dokumentation aktualisieren
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="193"/>
        <source>- [ ] Close migration ticket
</source>
        <translation>- [ ] Migrationsticket schließen
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="120"/>
        <location filename="../ui/export/runbookpdf.cpp" line="121"/>
        <source>Migration Runbook: %1</source>
        <translation>Migrations-Runbook: %1</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="124"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="129"/>
        <source>Backup commands executed and verified</source>
        <translation>Backup-Befehle ausgeführt und geprüft</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="132"/>
        <source>Lock timeout set (SET lock_timeout = &apos;5s&apos;;)</source>
        <translation>Sperr-Timeout gesetzt (SET lock_timeout = &apos;5s&apos;;)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="133"/>
        <source>Off-peak deployment window confirmed</source>
        <translation>Deployment-Fenster außerhalb der Spitzenzeit bestätigt</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="133"/>
        <source>Application code deployed (if dual-write needed)</source>
        <translation>Anwendungscode deployt (falls Dual-Write nötig)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="134"/>
        <source>Approvals recorded: %1</source>
        <translation>Freigaben festgehalten: %1</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="135"/>
        <source>Pre-flight</source>
        <translation>Vorab-Checks</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="137"/>
        <source>Execute</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="141"/>
        <source>Verification</source>
        <translation>Verifikation</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="144"/>
        <source>Step %1:</source>
        <translation>Schritt %1:</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="148"/>
        <source>Rollback (if needed)</source>
        <translation>Rollback (falls nötig)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="149"/>
        <source>Run in reverse order, then verify; restore from the backup where data was lost.</source>
        <translation>In umgekehrter Reihenfolge ausführen, dann prüfen; wo Daten verloren gingen, aus dem Backup wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="151"/>
        <source>Undo step %1</source>
        <translation>Schritt %1 rückgängig machen</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="152"/>
        <source>No rollback SQL can be derived.</source>
        <translation>Es lässt sich kein Rollback-SQL ableiten.</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="155"/>
        <source>Verify after the undo:</source>
        <translation>Nach dem Rückgängigmachen verifizieren:</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="157"/>
        <source>Loses:</source>
        <translation>Verliert:</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="160"/>
        <source>Post-migration</source>
        <translation>Nach der Migration</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="161"/>
        <source>Verification queries return the expected results</source>
        <translation>Verifikationsabfragen liefern die erwarteten Ergebnisse</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="162"/>
        <source>Error rates and latency monitored for 15 minutes</source>
        <translation>Fehlerraten und Latenz 15 Minuten lang überwacht</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="163"/>
        <source>Remove old column/compatibility code (after soak period)</source>
        <translation>Alte Spalte/Kompatibilitätscode entfernen (nach der Beobachtungsphase)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="164"/>
        <source>Update documentation</source>
        <translation>Dokumentation aktualisieren</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="164"/>
        <source>Close migration ticket</source>
        <translation>Migrationsticket schließen</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="225"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="227"/>
        <source>, %1 rows</source>
        <translation>, %1 Zeilen</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="237"/>
        <source>## What happened

</source>
        <translation>## Was geschah

</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="242"/>
        <source>### Migrations

</source>
        <translation>### Migrationen

</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="244"/>
        <source>### Statements

</source>
        <translation>### Anweisungen

</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="246"/>
        <source>### Backfill

</source>
        <translation>### Backfill

</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="252"/>
        <source>### Throttle and abort events

</source>
        <translation>### Drosselungs- und Abbruchereignisse

</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="254"/>
        <source>### Charts

</source>
        <translation>### Diagramme

</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="263"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="266"/>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="268"/>
        <source>Statements</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="270"/>
        <source>Backfill</source>
        <translation>Backfill</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="272"/>
        <source>Throttle and abort events</source>
        <translation>Drosselungs- und Abbruchereignisse</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="274"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
</context>
<context>
    <name>RunbookFile</name>
    <message>
        <location filename="../ui/plan/runbookfile.cpp" line="13"/>
        <source>Markdown runbook (*.md)</source>
        <translation>Markdown-Runbook (*.md)</translation>
    </message>
    <message>
        <location filename="../ui/plan/runbookfile.cpp" line="14"/>
        <source>HTML runbook (*.html)</source>
        <translation>HTML-Runbook (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/plan/runbookfile.cpp" line="46"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RunbookPdf</name>
    <message>
        <location filename="../ui/export/runbookpdf.cpp" line="115"/>
        <source>Writing a PDF needs a QGuiApplication (QT_QPA_PLATFORM=offscreen works headless).</source>
        <translation>Zum Schreiben eines PDFs ist eine QGuiApplication nötig (QT_QPA_PLATFORM=offscreen funktioniert ohne Anzeige).</translation>
    </message>
    <message>
        <location filename="../ui/export/runbookpdf.cpp" line="119"/>
        <location filename="../ui/export/runbookpdf.cpp" line="167"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/export/runbookpdf.cpp" line="144"/>
        <source>Risk: %1</source>
        <translation>Risiko: %1</translation>
    </message>
    <message>
        <location filename="../ui/export/runbookpdf.cpp" line="145"/>
        <source>Generated by Slipway %1, %2</source>
        <translation>Erstellt von Slipway %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/export/runbookpdf.cpp" line="150"/>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation>%1 kann nicht geschrieben werden: das PDF konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <location filename="../ui/export/runbookpdf.cpp" line="163"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>RunnerLock</name>
    <message>
        <location filename="../core/run/runnerlock.cpp" line="26"/>
        <source>%1 from %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../core/run/runnerlock.cpp" line="27"/>
        <source>PID %1 (%2, &quot;%3&quot;, connected %4)</source>
        <translation>PID %1 (%2, „%3“, verbunden %4)</translation>
    </message>
</context>
<context>
    <name>SandboxCleanup</name>
    <message>
        <location filename="../core/db/sandboxcleanup.cpp" line="231"/>
        <source>Could not create the sandbox folder %1.</source>
        <translation>Der Sandbox-Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/db/sandboxcleanup.cpp" line="241"/>
        <source>The sandbox folder %1 is not a folder of ours; remove it or set SLIPWAY_SANDBOX_BASE.</source>
        <translation>Der Sandbox-Ordner %1 gehört nicht zu uns; entfernen oder SLIPWAY_SANDBOX_BASE setzen.</translation>
    </message>
    <message>
        <location filename="../core/db/sandboxcleanup.cpp" line="291"/>
        <source>%1 does not hold a sandbox; not removing it.</source>
        <translation>%1 enthält keine Sandbox; wird nicht entfernt.</translation>
    </message>
    <message>
        <location filename="../core/db/sandboxcleanup.cpp" line="299"/>
        <source>Could not remove the sandbox folder %1.</source>
        <translation>Der Sandbox-Ordner %1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <location filename="../core/db/sandboxcleanup.cpp" line="357"/>
        <source>The server of %1 (process %2) does not stop.</source>
        <translation>Der Server von %1 (Prozess %2) hält nicht an.</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="44"/>
        <source>Run &quot;slipway-cli sandbox --help&quot; for usage.</source>
        <translation>„slipway-cli sandbox --help“ zeigt die Verwendung.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="49"/>
        <source>Usage: slipway-cli sandbox start [--dir DIR] [--demo] [--no-replica] [--json]
       slipway-cli sandbox status [--dir DIR] [--json]
       slipway-cli sandbox stop [--dir DIR]

A private PostgreSQL 15 primary and streaming replica on loopback ports, to try
migrations on. &quot;start&quot; returns once both servers are ready and leaves them
running; &quot;stop&quot; stops them and deletes the folder.

Options:
  --dir DIR     the sandbox folder; without it, start makes a new folder in
                %1
                and status and stop use the only sandbox there
  --demo        also load the demo database (slipway_demo) and write its
                migrations folder into the sandbox
  --no-replica  start the primary only
  --json        print sandbox.json (status adds whether each server runs)

status fails (exit code 1) when a server of the sandbox is not running.
</source>
        <translation>Aufruf: slipway-cli sandbox start [--dir VERZ] [--demo] [--no-replica] [--json]
       slipway-cli sandbox status [--dir VERZ] [--json]
       slipway-cli sandbox stop [--dir VERZ]

Ein privater PostgreSQL-15-Primary und eine Streaming-Replica auf Loopback-Ports, um
Migrationen auszuprobieren. „start“ kehrt zurück, sobald beide Server bereit sind, und lässt sie
laufen; „stop“ hält sie an und löscht den Ordner.

Optionen:
  --dir VERZ    der Sandbox-Ordner; ohne ihn legt start einen neuen Ordner in
                %1
                an und status und stop verwenden die einzige Sandbox dort
  --demo        auch die Demodatenbank (slipway_demo) laden und ihren
                Migrationsordner in die Sandbox schreiben
  --no-replica  nur den Primary starten
  --json        sandbox.json ausgeben (status ergänzt, ob jeder Server läuft)

status scheitert (Exit-Code 1), wenn ein Server der Sandbox nicht läuft.
</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="105"/>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="107"/>
        <source>&quot;sandbox %1&quot; does not take %2</source>
        <translation>„sandbox %1“ akzeptiert %2 nicht</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="120"/>
        <source>Invalid option value.</source>
        <translation>Ungültiger Optionswert.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="128"/>
        <source>primary: %1</source>
        <translation>Primary: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="129"/>
        <source>replica: %1</source>
        <translation>Replica: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="131"/>
        <location filename="../app/cli/sandboxcommand.cpp" line="254"/>
        <source>demo:    %1 (migrations in %2)</source>
        <translation>Demo:    %1 (Migrationen in %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="161"/>
        <source>Interrupted; removing the unfinished sandbox...</source>
        <translation>Unterbrochen; die unfertige Sandbox wird entfernt ...</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="167"/>
        <source>Interrupted: the sandbox was not started.</source>
        <translation>Unterbrochen: die Sandbox wurde nicht gestartet.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="168"/>
        <source>Could not start the sandbox: %1</source>
        <translation>Die Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="177"/>
        <source>Sandbox ready in %1. Stop it with: slipway-cli sandbox stop --dir %1</source>
        <translation>Sandbox bereit in %1. Anhalten mit: slipway-cli sandbox stop --dir %1</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="199"/>
        <source>There is no sandbox in %1.</source>
        <translation>In %1 gibt es keine Sandbox.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="209"/>
        <source>No sandbox is running under %1. Start one with: slipway-cli sandbox start</source>
        <translation>Unter %1 läuft keine Sandbox. Eine starten mit: slipway-cli sandbox start</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="214"/>
        <source>Several sandboxes are running under %1; choose one with --dir:</source>
        <translation>Unter %1 laufen mehrere Sandboxen; eine mit --dir auswählen:</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="228"/>
        <source>The sandbox in %1 is not ready: %2</source>
        <translation>Die Sandbox in %1 ist nicht bereit: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="242"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="243"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="244"/>
        <source>sandbox: %1 (%2)</source>
        <translation>Sandbox: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="246"/>
        <source>owned by process %1</source>
        <translation>gehört Prozess %1</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="247"/>
        <source>detached</source>
        <translation>abgekoppelt</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="248"/>
        <source>primary: %1 (%2)</source>
        <translation>Primary: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="251"/>
        <source>replica: %1 (%2)</source>
        <translation>Replica: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="266"/>
        <source>Removed the stopped sandbox %1.</source>
        <translation>Die angehaltene Sandbox %1 wurde entfernt.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="272"/>
        <source>Stopping the sandbox in %1...</source>
        <translation>Sandbox in %1 wird angehalten ...</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="275"/>
        <source>Could not stop the sandbox: %1</source>
        <translation>Die Sandbox konnte nicht angehalten werden: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="278"/>
        <source>Stopped and removed %1.</source>
        <translation>%1 angehalten und entfernt.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="300"/>
        <source>Missing sandbox command.</source>
        <translation>Sandbox-Befehl fehlt.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="301"/>
        <source>Unknown sandbox command &quot;%1&quot;.</source>
        <translation>Unbekannter Sandbox-Befehl „%1“.</translation>
    </message>
</context>
<context>
    <name>SarifReporter</name>
    <message>
        <location filename="../core/lint/reporters/sarifreporter.cpp" line="50"/>
        <source>PostgreSQL cannot parse the statement</source>
        <translation>PostgreSQL kann die Anweisung nicht parsen</translation>
    </message>
    <message>
        <location filename="../core/lint/reporters/sarifreporter.cpp" line="52"/>
        <source>The file could not be read</source>
        <translation>Die Datei konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>SchemaChange</name>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="46"/>
        <source>schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="47"/>
        <source>extension</source>
        <translation>Erweiterung</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="48"/>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="49"/>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="50"/>
        <source>constraint</source>
        <translation>Constraint</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="51"/>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="52"/>
        <source>trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="53"/>
        <source>policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="54"/>
        <source>sequence</source>
        <translation>Sequenz</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="55"/>
        <source>view</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="56"/>
        <source>materialized view</source>
        <translation>materialisierte Sicht</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="57"/>
        <source>function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="58"/>
        <source>enum</source>
        <translation>Enum</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="59"/>
        <source>domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="60"/>
        <source>composite type</source>
        <translation>zusammengesetzter Typ</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="61"/>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="62"/>
        <source>privileges</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="63"/>
        <source>owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="64"/>
        <source>aggregate</source>
        <translation>Aggregat</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="72"/>
        <source>create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="73"/>
        <source>drop</source>
        <translation>löschen</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="74"/>
        <source>alter</source>
        <translation>ändern</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="83"/>
        <source>of %1 %2</source>
        <translation>von %1 %2</translation>
    </message>
</context>
<context>
    <name>SchemaJson</name>
    <message>
        <location filename="../core/catalog/schemajson.cpp" line="423"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../core/catalog/schemajson.cpp" line="424"/>
        <source>a boolean</source>
        <translation>ein Boolescher Wert</translation>
    </message>
    <message>
        <location filename="../core/catalog/schemajson.cpp" line="425"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../core/catalog/schemajson.cpp" line="426"/>
        <location filename="../core/catalog/schemajson.cpp" line="440"/>
        <location filename="../core/catalog/schemajson.cpp" line="508"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/catalog/schemajson.cpp" line="427"/>
        <location filename="../core/catalog/schemajson.cpp" line="482"/>
        <location filename="../core/catalog/schemajson.cpp" line="517"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location filename="../core/catalog/schemajson.cpp" line="428"/>
        <location filename="../core/catalog/schemajson.cpp" line="548"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../core/catalog/schemajson.cpp" line="429"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../core/catalog/schemajson.cpp" line="435"/>
        <source>expected %1, found %2</source>
        <translation>%1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <location filename="../core/catalog/schemajson.cpp" line="446"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../core/catalog/schemajson.cpp" line="463"/>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../core/catalog/schemajson.cpp" line="471"/>
        <source>%1 is out of range</source>
        <translation>%1 liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <location filename="../core/catalog/schemajson.cpp" line="505"/>
        <source>unknown value &quot;%1&quot; (expected one of: %2)</source>
        <translation>unbekannter Wert „%1“ (erwartet einer von: %2)</translation>
    </message>
    <message>
        <location filename="../core/catalog/schemajson.cpp" line="575"/>
        <source>expected a date and time (ISO 8601), found %1</source>
        <translation>Datum und Uhrzeit (ISO 8601) erwartet, %1 gefunden</translation>
    </message>
</context>
<context>
    <name>SeriesRecorder</name>
    <message>
        <location filename="../core/monitor/seriesrecorder.cpp" line="34"/>
        <source>The local store is not open.</source>
        <translation>Der lokale Speicher ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>SeverityStyle</name>
    <message>
        <location filename="../ui/editor/severitystyle.cpp" line="136"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/editor/severitystyle.cpp" line="137"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/editor/severitystyle.cpp" line="138"/>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <location filename="../core/catalog/snapshot.cpp" line="43"/>
        <source>not valid JSON: %1 at line %2, column %3</source>
        <translation>kein gültiges JSON: %1 in Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <location filename="../core/catalog/snapshot.cpp" line="50"/>
        <source>not a Slipway schema snapshot (the top level is not a JSON object)</source>
        <translation>kein Slipway-Schema-Snapshot (die oberste Ebene ist kein JSON-Objekt)</translation>
    </message>
    <message>
        <location filename="../core/catalog/snapshot.cpp" line="57"/>
        <source>not a Slipway schema snapshot (no &quot;format&quot; key)</source>
        <translation>kein Slipway-Schema-Snapshot (kein Schlüssel „format“)</translation>
    </message>
    <message>
        <location filename="../core/catalog/snapshot.cpp" line="58"/>
        <source>not a Slipway schema snapshot (format is &quot;%1&quot;, expected &quot;%2&quot;)</source>
        <translation>kein Slipway-Schema-Snapshot (Format ist „%1“, erwartet „%2“)</translation>
    </message>
    <message>
        <location filename="../core/catalog/snapshot.cpp" line="65"/>
        <source>the snapshot has no valid &quot;version&quot; (expected a whole number &gt;= 1)</source>
        <translation>der Snapshot hat keine gültige „version“ (erwartet eine ganze Zahl &gt;= 1)</translation>
    </message>
    <message>
        <location filename="../core/catalog/snapshot.cpp" line="69"/>
        <source>unsupported snapshot version %1: this Slipway reads versions up to %2; a newer Slipway wrote it</source>
        <translation>nicht unterstützte Snapshot-Version %1: dieses Slipway liest Versionen bis %2; ein neueres Slipway hat ihn geschrieben</translation>
    </message>
    <message>
        <location filename="../core/catalog/snapshot.cpp" line="78"/>
        <source>malformed snapshot: %1</source>
        <translation>fehlerhafter Snapshot: %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/snapshot.cpp" line="89"/>
        <location filename="../core/catalog/snapshot.cpp" line="94"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/snapshot.cpp" line="105"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>SnapshotCommand</name>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="40"/>
        <source>Run &quot;slipway-cli snapshot --help&quot; for usage.</source>
        <translation>„slipway-cli snapshot --help“ zeigt die Verwendung.</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="45"/>
        <source>Usage: slipway-cli snapshot &lt;conn&gt; -o FILE [--schema S]... [--exclude-schema S]...

Reads the schema of a database from its catalog (tables, columns, constraints,
indexes, sequences, views, functions, triggers, types, policies, comments,
grants, extensions) and writes it as a JSON snapshot, to compare later or keep
in git. Progress goes to stderr.

&lt;conn&gt; is a saved profile name, a libpq URI (postgresql://...) or a key=value
conninfo string.

Options:
  -o, --output FILE       where to write the snapshot (&quot;-&quot;: standard output)
  --schema S              read only schema S (repeatable)
  --exclude-schema S      leave out schema S (repeatable)
  --no-exact-sizes        table sizes from pg_class estimates instead of
                          pg_total_relation_size (much faster on big catalogs)
</source>
        <translation>Aufruf: slipway-cli snapshot &lt;conn&gt; -o DATEI [--schema S]... [--exclude-schema S]...

Liest das Schema einer Datenbank aus ihrem Katalog (Tabellen, Spalten, Constraints,
Indexe, Sequenzen, Sichten, Funktionen, Trigger, Typen, Richtlinien, Kommentare,
Rechte, Erweiterungen) und schreibt es als JSON-Snapshot, um es später zu vergleichen oder
in Git abzulegen. Der Fortschritt geht nach stderr.

&lt;conn&gt; ist ein gespeicherter Profilname, eine libpq-URI (postgresql://...) oder ein key=value-
Conninfo.

Optionen:
  -o, --output DATEI      wohin der Snapshot geschrieben wird („-“: Standardausgabe)
  --schema S              nur Schema S lesen (wiederholbar)
  --exclude-schema S      Schema S auslassen (wiederholbar)
  --no-exact-sizes        Tabellengrößen aus den Schätzungen in pg_class statt aus
                          pg_total_relation_size (viel schneller bei großen Katalogen)
</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="99"/>
        <source>Missing &lt;conn&gt;.</source>
        <translation>&lt;conn&gt; fehlt.</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="100"/>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="102"/>
        <source>Missing -o FILE.</source>
        <translation>-o DATEI fehlt.</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="121"/>
        <source>Interrupted.</source>
        <translation>Unterbrochen.</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="164"/>
        <source>Read %1 schemas, %2 tables, %3 views, %4 sequences, %5 functions and %6 types from %7 in %8 ms.</source>
        <translation>%1 Schemas, %2 Tabellen, %3 Sichten, %4 Sequenzen, %5 Funktionen und %6 Typen aus %7 in %8 ms gelesen.</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="175"/>
        <source>Snapshot written to %1.</source>
        <translation>Snapshot nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>SplitTableWizard</name>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="45"/>
        <source>The schema</source>
        <translation>Das Schema</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="46"/>
        <source>The table</source>
        <translation>Die Tabelle</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="47"/>
        <source>The new table</source>
        <translation>Die neue Tabelle</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="49"/>
        <source>Choose at least one column to move.</source>
        <translation>Mindestens eine zu verschiebende Spalte auswählen.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="51"/>
        <source>A moved column</source>
        <translation>Eine verschobene Spalte</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="53"/>
        <source>The type of %1</source>
        <translation>Der Typ von %1</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="56"/>
        <source>The key column</source>
        <translation>Die Schlüsselspalte</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="57"/>
        <source>The key type</source>
        <translation>Der Schlüsseltyp</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="63"/>
        <source>Table %1 needs a single-column primary key to be split.</source>
        <translation>Tabelle %1 braucht zum Aufteilen einen einspaltigen Primärschlüssel.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="67"/>
        <source>The key column %1 cannot be moved.</source>
        <translation>Die Schlüsselspalte %1 kann nicht verschoben werden.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="70"/>
        <source>Table %1 already exists.</source>
        <translation>Tabelle %1 existiert bereits.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="103"/>
        <source>Create table %1</source>
        <translation>Tabelle %1 anlegen</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="112"/>
        <source>Nothing while %1 still holds the columns.</source>
        <translation>Nichts, solange %1 die Spalten noch enthält.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="114"/>
        <source>Keyed by %1&apos;s primary key and referencing it, so rows stay 1:1 and go with their parent.</source>
        <translation>Über den Primärschlüssel von %1 verknüpft und darauf verweisend, sodass Zeilen 1:1 bleiben und mit ihrem Elternteil gehen.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="116"/>
        <source>No deploy needed before this step.</source>
        <translation>Vor diesem Schritt ist kein Deployment nötig.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="120"/>
        <source>Copy writes of the moved columns to %1 (trigger)</source>
        <translation>Schreibzugriffe auf die verschobenen Spalten nach %1 kopieren (Trigger)</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="123"/>
        <source>Nothing.</source>
        <translation>Nichts.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="125"/>
        <source>Every insert and every update of the moved columns is upserted into the new table.</source>
        <translation>Jedes INSERT und jedes UPDATE der verschobenen Spalten wird per Upsert in die neue Tabelle übernommen.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="129"/>
        <source>Copy existing rows into %1</source>
        <translation>Vorhandene Zeilen nach %1 kopieren</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="140"/>
        <source>Nothing to undo: the down of step 1 drops the table.</source>
        <translation>Nichts rückgängig zu machen: das Down von Schritt 1 löscht die Tabelle.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="145"/>
        <source>Keyset batches by the backfill runner; rows the trigger already copied are skipped.</source>
        <translation>Keyset-Batches durch den Backfill-Runner; vom Trigger bereits kopierte Zeilen werden übersprungen.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="146"/>
        <source>After this step, deploy the version that reads the moved columns from %1 (joined on %2) and writes them there too.</source>
        <translation>Nach diesem Schritt die Version deployen, die die verschobenen Spalten aus %1 liest (verknüpft über %2) und sie auch dort schreibt.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="151"/>
        <source>Drop the moved columns from %1</source>
        <translation>Die verschobenen Spalten aus %1 löschen</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="166"/>
        <source>The columns come back nullable, refilled from %1 by one UPDATE; their indexes and constraints are not recreated.</source>
        <translation>Die Spalten kommen mit NULL erlaubt zurück, durch ein UPDATE aus %1 neu befüllt; ihre Indexe und Constraints werden nicht neu angelegt.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="174"/>
        <source>Only when no deploy reads or writes the columns in %1 any more.</source>
        <translation>Erst wenn kein Deployment mehr die Spalten in %1 liest oder schreibt.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="175"/>
        <source>Before this step, every instance must run the version that uses %1 only.</source>
        <translation>Vor diesem Schritt muss jede Instanz die Version ausführen, die nur %1 verwendet.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="179"/>
        <source>Split %1 into %2</source>
        <translation>%1 in %2 aufteilen</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="180"/>
        <source>Extract and link: the new table is filled beside the old columns, kept current by a trigger, then the old columns are dropped.</source>
        <translation>Extrahieren und verknüpfen: die neue Tabelle wird neben den alten Spalten befüllt, per Trigger aktuell gehalten, dann werden die alten Spalten gelöscht.</translation>
    </message>
</context>
<context>
    <name>SqlScript</name>
    <message>
        <location filename="../core/sql/sqlscript.cpp" line="250"/>
        <source>psql meta-command &quot;%1&quot; is not SQL: Slipway runs SQL statements only. Remove it, or run this file with psql.</source>
        <translation>Der psql-Metabefehl „%1“ ist kein SQL: Slipway führt nur SQL-Anweisungen aus. Entfernen oder diese Datei mit psql ausführen.</translation>
    </message>
</context>
<context>
    <name>StaleRuns</name>
    <message>
        <location filename="../core/run/staleruns.cpp" line="25"/>
        <source>abandoned: the run ended without recording its outcome (crash or lost connection)</source>
        <translation>verwaist: der Lauf endete, ohne sein Ergebnis festzuhalten (Absturz oder Verbindungsverlust)</translation>
    </message>
    <message>
        <location filename="../core/run/staleruns.cpp" line="33"/>
        <source>%1: started %2 by %3, never finished (journal #%4)</source>
        <translation>%1: gestartet %2 von %3, nie beendet (Journal #%4)</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="44"/>
        <source>Run &quot;slipway-cli status --help&quot; for usage.</source>
        <translation>„slipway-cli status --help“ zeigt die Verwendung.</translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="49"/>
        <source>Usage: slipway-cli status &lt;conn&gt; --dir FOLDER [--format F] [--history TOOL] [--json]
                          [--fail-on-pending]

Reads a migrations folder and the migration history of a database (only reads;
nothing is created) and prints where each migration stands: applied, pending,
missing (in the history, not in the folder), changed (checksum differs from the
one recorded when applied), failed, dirty or out of order.

&lt;conn&gt; is a saved profile name, a libpq URI (postgresql://...) or a key=value
conninfo string.

Options:
  --dir FOLDER        the migrations folder
  --format F          flyway, golang-migrate, dbmate, sqitch, prisma or plain
                      (default: detected from the folder)
  --history TOOL      which history table to read when there are several: flyway,
                      liquibase, golang-migrate, dbmate, prisma, rails, django,
                      alembic, sqitch, slipway (default: the one of the folder&apos;s tool)
  --json              print JSON instead of a table
  --fail-on-pending   exit 1 when anything is pending, changed, failed, dirty or out
                      of order, or the folder has errors
</source>
        <translation>Aufruf: slipway-cli status &lt;conn&gt; --dir ORDNER [--format F] [--history TOOL] [--json]
                          [--fail-on-pending]

Liest einen Migrationsordner und die Migrationshistorie einer Datenbank (nur lesend;
nichts wird angelegt) und zeigt den Stand jeder Migration: angewendet, ausstehend,
fehlend (in der Historie, nicht im Ordner), geändert (Prüfsumme weicht von der
beim Anwenden festgehaltenen ab), fehlgeschlagen, unsauber (dirty) oder außer der Reihe.

&lt;conn&gt; ist ein gespeicherter Profilname, eine libpq-URI (postgresql://...) oder ein key=value-
Conninfo.

Optionen:
  --dir ORDNER        der Migrationsordner
  --format F          flyway, golang-migrate, dbmate, sqitch, prisma oder plain
                      (Vorgabe: aus dem Ordner erkannt)
  --history TOOL      welche Historientabelle gelesen wird, wenn es mehrere gibt: flyway,
                      liquibase, golang-migrate, dbmate, prisma, rails, django,
                      alembic, sqitch, slipway (Vorgabe: die des Werkzeugs des Ordners)
  --json              JSON statt einer Tabelle ausgeben
  --fail-on-pending   mit 1 beenden, wenn etwas ausstehend, geändert, fehlgeschlagen, unsauber oder außer
                      der Reihe ist oder der Ordner Fehler enthält
</translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="111"/>
        <source>Missing &lt;conn&gt;.</source>
        <translation>&lt;conn&gt; fehlt.</translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="112"/>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="114"/>
        <source>Missing --dir FOLDER.</source>
        <translation>--dir ORDNER fehlt.</translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="122"/>
        <source>Unknown format &quot;%1&quot;.</source>
        <translation>Unbekanntes Format „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="135"/>
        <source>Unknown history tool &quot;%1&quot;.</source>
        <translation>Unbekanntes Historienwerkzeug „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="156"/>
        <source>No %1 history table in this database.</source>
        <translation>Keine %1-Historientabelle in dieser Datenbank.</translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="229"/>
        <source>Folder: %1 (%2)</source>
        <translation>Ordner: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="233"/>
        <source>History: %1 (%2.%3)</source>
        <translation>Historie: %1 (%2.%3)</translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="235"/>
        <source>History: none found; everything is pending</source>
        <translation>Historie: keine gefunden; alles ist ausstehend</translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="243"/>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="244"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="245"/>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="246"/>
        <source>APPLIED AT</source>
        <translation>ANGEWENDET AM</translation>
    </message>
</context>
<context>
    <name>StepDeriver</name>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="62"/>
        <source>The index has no name in the script; look it up in pg_indexes to drop it.</source>
        <translation>Der Index hat im Skript keinen Namen; zum Löschen in pg_indexes nachschlagen.</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="68"/>
        <source>Nothing: the index can be built again.</source>
        <translation>Nichts: der Index kann erneut gebaut werden.</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="93"/>
        <source>Data loss: every value written into %1 since the migration.</source>
        <translation>Datenverlust: jeder seit der Migration in %1 geschriebene Wert.</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="97"/>
        <source>drops column %1 and its data</source>
        <translation>löscht Spalte %1 und ihre Daten</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="99"/>
        <source>No rollback: the values of %1 are gone; restore them from the backup.</source>
        <translation>Kein Rollback: die Werte von %1 sind weg; aus dem Backup wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="106"/>
        <source>Rewrites the table again; values written since that do not fit %1 make it fail.</source>
        <translation>Schreibt die Tabelle erneut um; seither geschriebene Werte, die nicht in %1 passen, lassen es fehlschlagen.</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="110"/>
        <source>Change %1 back with ALTER COLUMN ... TYPE &lt;previous type&gt; (rewrites the table again; values that do not fit the previous type make it fail).</source>
        <translation>%1 mit ALTER COLUMN ... TYPE &lt;vorheriger Typ&gt; zurückändern (schreibt die Tabelle erneut neu; Werte, die nicht in den vorherigen Typ passen, lassen es scheitern).</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="120"/>
        <source>The constraint has no name in the script; look it up in pg_constraint to drop it.</source>
        <translation>Der Constraint hat im Skript keinen Namen; zum Löschen in pg_constraint nachschlagen.</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="123"/>
        <source>Nothing: dropping constraint %1 keeps all rows.</source>
        <translation>Nichts: das Löschen von Constraint %1 behält alle Zeilen.</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="127"/>
        <source>Nothing to undo: validation only checks existing rows.</source>
        <translation>Nichts rückgängig zu machen: die Validierung prüft nur vorhandene Zeilen.</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="142"/>
        <source>Nothing, unless rows written since break %1: then VALIDATE fails.</source>
        <translation>Nichts, außer seither geschriebene Zeilen verletzen %1: dann schlägt VALIDATE fehl.</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="143"/>
        <source>Nothing, unless rows written since break %1; re-adding it builds its index under a lock that blocks writes.</source>
        <translation>Nichts, außer seither geschriebene Zeilen verletzen %1; das erneute Hinzufügen baut seinen Index unter einer Sperre, die Schreibzugriffe blockiert.</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="147"/>
        <source>Re-add constraint %1 from its definition (pg_get_constraintdef before the drop).</source>
        <translation>Constraint %1 aus seiner Definition neu hinzufügen (pg_get_constraintdef vor dem Löschen).</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="152"/>
        <source>Nothing.</source>
        <translation>Nichts.</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="156"/>
        <source>Fails if NULLs were written since; scans the table under an exclusive lock.</source>
        <translation>Scheitert, wenn seitdem NULL-Werte geschrieben wurden; durchsucht die Tabelle unter einer exklusiven Sperre.</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="159"/>
        <source>No automatic rollback for %1; write it by hand.</source>
        <translation>Kein automatisches Rollback für %1; von Hand schreiben.</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="184"/>
        <source>drops %1 with all its rows</source>
        <translation>löscht %1 mit allen Zeilen</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="186"/>
        <source>No rollback: the table and its rows are gone; restore from the backup.</source>
        <translation>Kein Rollback: die Tabelle und ihre Zeilen sind weg; aus dem Backup wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="205"/>
        <source>Nothing: the index is built again (CONCURRENTLY, so writes go on).</source>
        <translation>Nichts: der Index wird neu gebaut (CONCURRENTLY, Schreibzugriffe laufen weiter).</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="207"/>
        <source>Recreate the index from its definition (pg_indexes.indexdef, saved before the drop).</source>
        <translation>Den Index aus seiner Definition neu anlegen (pg_indexes.indexdef, vor dem Löschen gesichert).</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="211"/>
        <source>Recreate the dropped objects from their definitions.</source>
        <translation>Die gelöschten Objekte aus ihren Definitionen neu anlegen.</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="219"/>
        <source>deletes rows of %1</source>
        <translation>löscht Zeilen von %1</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="221"/>
        <source>No automatic rollback: restore the changed rows of %1 from the backup.</source>
        <translation>Kein automatisches Rollback: die geänderten Zeilen von %1 aus dem Backup wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="250"/>
        <source>Data loss: every row written into %1 since the migration.</source>
        <translation>Datenverlust: jede seit der Migration in %1 geschriebene Zeile.</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="258"/>
        <source>empties %1</source>
        <translation>leert %1</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="259"/>
        <source>No rollback: the rows are gone; restore from the backup.</source>
        <translation>Kein Rollback: die Zeilen sind weg; aus dem Backup wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="273"/>
        <source>Nothing, but clients using the new name break again.</source>
        <translation>Nichts, aber Clients mit dem neuen Namen brechen erneut.</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="276"/>
        <source>Rename it back by hand.</source>
        <translation>Von Hand zurückbenennen.</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="279"/>
        <source>No automatic rollback for this statement; write it by hand.</source>
        <translation>Kein automatisches Rollback für diese Anweisung; von Hand schreiben.</translation>
    </message>
</context>
<context>
    <name>StepText</name>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="27"/>
        <source>no lock</source>
        <translation>keine Sperre</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="35"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="41"/>
        <source>blocks reads and writes</source>
        <translation>blockiert Lese- und Schreibzugriffe</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="43"/>
        <source>blocks writes, reads go on</source>
        <translation>blockiert Schreibzugriffe, Lesezugriffe laufen weiter</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="44"/>
        <source>blocks neither reads nor writes</source>
        <translation>blockiert weder Lese- noch Schreibzugriffe</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="51"/>
        <source>no table work</source>
        <translation>keine Tabellenarbeit</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="53"/>
        <source>metadata only (catalog change, instant)</source>
        <translation>nur Metadaten (Katalogänderung, sofort)</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="55"/>
        <source>scans the whole table</source>
        <translation>durchsucht die ganze Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="57"/>
        <source>builds an index (reads the whole table)</source>
        <translation>baut einen Index (liest die ganze Tabelle)</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="59"/>
        <source>rewrites the whole table and its indexes</source>
        <translation>schreibt die ganze Tabelle und ihre Indexe neu</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="61"/>
        <source>changes rows</source>
        <translation>ändert Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="63"/>
        <source>reads rows</source>
        <translation>liest Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="72"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="74"/>
        <source>metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="76"/>
        <source>scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="78"/>
        <source>index build</source>
        <translation>Indexaufbau</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="80"/>
        <source>rewrite</source>
        <translation>Neuschreiben</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="82"/>
        <source>row changes</source>
        <translation>Zeilenänderungen</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="84"/>
        <source>reads</source>
        <translation>Lesezugriffe</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="92"/>
        <source>%1 (size unknown)</source>
        <translation>%1 (Größe unbekannt)</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="94"/>
        <source>%1 (~%2 rows, %3)</source>
        <translation>%1 (~%2 Zeilen, %3)</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="111"/>
        <source>%1 (blocks for %2)</source>
        <translation>%1 (blockiert für %2)</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="121"/>
        <source>Expand</source>
        <translation>Expand</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="123"/>
        <source>Migrate</source>
        <translation>Migrate</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="125"/>
        <source>Switch</source>
        <translation>Switch</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="127"/>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="135"/>
        <source>%1 + unknown (table sizes not known)</source>
        <translation>%1 + unbekannt (Tabellengrößen nicht bekannt)</translation>
    </message>
</context>
<context>
    <name>TableBackup</name>
    <message>
        <location filename="../core/run/tablebackup.cpp" line="56"/>
        <source>%1: no such table, nothing to back up.</source>
        <translation>%1: Tabelle existiert nicht, nichts zu sichern.</translation>
    </message>
    <message>
        <location filename="../core/run/tablebackup.cpp" line="70"/>
        <source>%1 is %2, too large to copy inside the database; keep a copy with: %3</source>
        <translation>%1 ist %2 groß, zu groß zum Kopieren innerhalb der Datenbank; eine Kopie anlegen mit: %3</translation>
    </message>
    <message>
        <location filename="../core/run/tablebackup.cpp" line="86"/>
        <source>Backup of %1 copied %2 rows but the table has %3.</source>
        <translation>Backup von %1 hat %2 Zeilen kopiert, die Tabelle hat aber %3.</translation>
    </message>
    <message>
        <location filename="../core/run/tablebackup.cpp" line="95"/>
        <source>Slipway backup of %1 taken %2</source>
        <translation>Slipway-Backup von %1, erstellt %2</translation>
    </message>
    <message>
        <location filename="../core/run/tablebackup.cpp" line="103"/>
        <source>%1 backed up to %2 (%3 rows, counts match).</source>
        <translation>%1 nach %2 gesichert (%3 Zeilen, Anzahl stimmt).</translation>
    </message>
    <message>
        <location filename="../core/run/tablebackup.cpp" line="109"/>
        <source>Backup of %1 failed: %2</source>
        <translation>Backup von %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>TransactionNesting</name>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="37"/>
        <source>BEGIN/COMMIT that do not match the transaction the file runs in</source>
        <translation>BEGIN/COMMIT, die nicht zur Transaktion passen, in der die Datei läuft</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="45"/>
        <source>BEGIN in a file the migration tool already runs in a transaction.</source>
        <translation>BEGIN in einer Datei, die das Migrationswerkzeug bereits in einer Transaktion ausführt.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="46"/>
        <source>BEGIN while a transaction is already open.</source>
        <translation>BEGIN, während bereits eine Transaktion offen ist.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="47"/>
        <source>PostgreSQL only warns and ignores a nested BEGIN, so the COMMIT that was meant for the inner block commits everything early, including the runner&apos;s own work.</source>
        <translation>PostgreSQL warnt bei einem verschachtelten BEGIN nur und ignoriert es, sodass das für den inneren Block gedachte COMMIT alles vorzeitig committet, einschließlich der Arbeit des Runners.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="49"/>
        <source>Remove BEGIN/COMMIT and let the migration tool manage the transaction.</source>
        <translation>BEGIN/COMMIT entfernen und die Transaktion dem Migrationswerkzeug überlassen.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="50"/>
        <source>Remove the inner BEGIN (use SAVEPOINT for a nested unit of work).</source>
        <translation>Das innere BEGIN entfernen (für eine verschachtelte Arbeitseinheit SAVEPOINT verwenden).</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="53"/>
        <source>%1 in a file the migration tool already runs in a transaction.</source>
        <translation>%1 in einer Datei, die das Migrationswerkzeug bereits in einer Transaktion ausführt.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="54"/>
        <source>%1 without an open transaction.</source>
        <translation>%1 ohne offene Transaktion.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="55"/>
        <source>Ending a transaction the file did not start commits (or discards) the runner&apos;s work early; what follows runs outside the transaction the tool expects.</source>
        <translation>Das Beenden einer Transaktion, die die Datei nicht begonnen hat, committet (oder verwirft) die Arbeit des Runners vorzeitig; was folgt, läuft außerhalb der Transaktion, die das Werkzeug erwartet.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="57"/>
        <source>Remove it, or pair it with a BEGIN in this file and tell the tool not to wrap the file.</source>
        <translation>Entfernen oder mit einem BEGIN in dieser Datei paaren und dem Werkzeug sagen, die Datei nicht zu umschließen.</translation>
    </message>
</context>
<context>
    <name>TtyReporter</name>
    <message>
        <location filename="../core/lint/reporters/ttyreporter.cpp" line="122"/>
        <source>why</source>
        <translation>warum</translation>
    </message>
    <message>
        <location filename="../core/lint/reporters/ttyreporter.cpp" line="124"/>
        <source>help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../core/lint/reporters/ttyreporter.cpp" line="126"/>
        <source>fix</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <location filename="../core/lint/reporters/ttyreporter.cpp" line="137"/>
        <source>No findings (checked files: %1).</source>
        <translation>Keine Befunde (geprüfte Dateien: %1).</translation>
    </message>
    <message>
        <location filename="../core/lint/reporters/ttyreporter.cpp" line="139"/>
        <source>Findings: %1 in %2 of %3 checked files (errors: %4, warnings: %5, hints: %6).</source>
        <translation>Befunde: %1 in %2 von %3 geprüften Dateien (Fehler: %4, Warnungen: %5, Hinweise: %6).</translation>
    </message>
</context>
<context>
    <name>WizardSupport</name>
    <message>
        <location filename="../core/plan/wizards/wizardsupport.cpp" line="91"/>
        <source>changes rows in short keyset batches, each its own transaction</source>
        <translation>ändert Zeilen in kurzen Keyset-Batches, jeder eine eigene Transaktion</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/wizardsupport.cpp" line="94"/>
        <source>touches every row, in batches that hold row locks for about %1 ms each</source>
        <translation>berührt jede Zeile, in Batches, die Zeilensperren jeweils etwa %1 ms halten</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/wizardsupport.cpp" line="105"/>
        <source>batched by the backfill runner; duration adapts to the load</source>
        <translation>in Batches durch den Backfill-Runner; die Dauer passt sich der Last an</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/wizardsupport.cpp" line="106"/>
        <source>Writes to the same rows may wait up to one batch (about %1 ms).</source>
        <translation>Schreibzugriffe auf dieselben Zeilen warten eventuell bis zu einem Batch (etwa %1 ms).</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/wizardsupport.cpp" line="187"/>
        <source>Add CHECK (%1 IS NOT NULL) NOT VALID</source>
        <translation>CHECK (%1 IS NOT NULL) NOT VALID hinzufügen</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/wizardsupport.cpp" line="194"/>
        <source>NOT VALID: new and changed rows are checked at once, existing rows are not scanned under the lock.</source>
        <translation>NOT VALID: neue und geänderte Zeilen werden sofort geprüft, vorhandene Zeilen werden nicht unter der Sperre durchsucht.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/wizardsupport.cpp" line="196"/>
        <source>Validate the NOT NULL check</source>
        <translation>Den NOT-NULL-Check validieren</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/wizardsupport.cpp" line="199"/>
        <source>Nothing to undo: validating changes no data; the previous step&apos;s down drops the check.</source>
        <translation>Nichts rückgängig zu machen: Validieren ändert keine Daten; das Down des vorherigen Schritts löscht den Check.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/wizardsupport.cpp" line="201"/>
        <source>VALIDATE scans the table under SHARE UPDATE EXCLUSIVE: reads and writes go on.</source>
        <translation>VALIDATE durchsucht die Tabelle unter SHARE UPDATE EXCLUSIVE: Lese- und Schreibzugriffe laufen weiter.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/wizardsupport.cpp" line="203"/>
        <source>Set %1 NOT NULL</source>
        <translation>%1 auf NOT NULL setzen</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/wizardsupport.cpp" line="211"/>
        <source>The validated check proves no NULL exists, so SET NOT NULL skips the scan (PostgreSQL 12+).</source>
        <translation>Der validierte Check beweist, dass kein NULL existiert, daher überspringt SET NOT NULL den Scan (PostgreSQL 12+).</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/wizardsupport.cpp" line="218"/>
        <location filename="../core/plan/wizards/wizardsupport.cpp" line="229"/>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/wizardsupport.cpp" line="220"/>
        <source>%1 &quot;%2&quot; is longer than PostgreSQL&apos;s 63 bytes.</source>
        <translation>%1 „%2“ ist länger als die 63 Bytes von PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/wizardsupport.cpp" line="222"/>
        <source>%1 &quot;%2&quot; starts or ends with spaces.</source>
        <translation>%1 „%2“ beginnt oder endet mit Leerzeichen.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/wizardsupport.cpp" line="233"/>
        <source>%1 must be a single expression, without &quot;;&quot;.</source>
        <translation>%1 muss ein einzelner Ausdruck sein, ohne „;“.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/wizardsupport.cpp" line="243"/>
        <source>Table %1 does not exist in the database.</source>
        <translation>Tabelle %1 existiert nicht in der Datenbank.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/wizardsupport.cpp" line="253"/>
        <source>Column %1 does not exist in %2.</source>
        <translation>Spalte %1 existiert nicht in %2.</translation>
    </message>
</context>
<context>
    <name>YamlJson</name>
    <message>
        <location filename="../core/util/yamljson.cpp" line="54"/>
        <source>nested deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <location filename="../core/util/yamljson.cpp" line="72"/>
        <source>a key must be a plain name, not a list or a mapping</source>
        <translation>ein Schlüssel muss ein einfacher Name sein, keine Liste und keine Zuordnung</translation>
    </message>
    <message>
        <location filename="../core/util/yamljson.cpp" line="75"/>
        <source>&quot;%1&quot; is given twice</source>
        <translation>„%1“ ist doppelt angegeben</translation>
    </message>
    <message>
        <location filename="../core/util/yamljson.cpp" line="125"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../core/util/yamljson.cpp" line="131"/>
        <source>only one document is read; this file has another</source>
        <translation>nur ein Dokument wird gelesen; diese Datei hat ein weiteres</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="52"/>
        <source>%1 is neither a migration plan (no &quot;format&quot;: &quot;slipway-plan&quot;) nor a backfill spec: %2</source>
        <translation>%1 ist weder ein Migrationsplan (kein &quot;format&quot;: &quot;slipway-plan&quot;) noch eine Backfill-Spezifikation: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="161"/>
        <source>Slipway — a desktop workbench for safe PostgreSQL migrations.</source>
        <translation>Slipway — eine Desktop-Werkbank für sichere PostgreSQL-Migrationen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="166"/>
        <source>Start a private sandbox (primary + replica) with the demo database, connect to it, and stop it on exit.</source>
        <translation>Eine private Sandbox (Primary + Replica) mit der Demodatenbank starten, verbinden und beim Beenden anhalten.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="170"/>
        <source>Rows in the demo orders table (default: the demo&apos;s own size).</source>
        <translation>Zeilen in der Demo-Bestelltabelle (Vorgabe: die eigene Größe der Demo).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="171"/>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="174"/>
        <source>With --demo: start the demo background workload once connected.</source>
        <translation>Mit --demo: die Demo-Hintergrundlast nach dem Verbinden starten.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="177"/>
        <source>Connect at start to a saved connection (by name), a libpq URI or a key=value conninfo.</source>
        <translation>Beim Start mit einer gespeicherten Verbindung (per Name), einer libpq-URI oder einem key=value-Conninfo verbinden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="179"/>
        <source>uri|name</source>
        <translation>uri|name</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="182"/>
        <source>Once connected and loaded, save a picture of the main window to &lt;file.png&gt; and quit.</source>
        <translation>Nach Verbinden und Laden ein Bild des Hauptfensters in &lt;datei.png&gt; speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="184"/>
        <source>file.png</source>
        <translation>datei.png</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="187"/>
        <source>Wait this long before the screenshot (default 500).</source>
        <translation>So lange vor dem Screenshot warten (Vorgabe 500).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="188"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="191"/>
        <source>Show the full monitor (lock waits, replication lag, progress, activity) as a tab at start.</source>
        <translation>Beim Start den vollständigen Monitor (Sperrwartezeiten, Replikationsverzögerung, Fortschritt, Aktivität) als Tab zeigen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="195"/>
        <source>Show the migration history of &lt;folder&gt; against the connected database as a tab at start.</source>
        <translation>Beim Start die Migrationshistorie von &lt;ordner&gt; gegen die verbundene Datenbank als Tab zeigen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="197"/>
        <source>folder</source>
        <translation>ordner</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="200"/>
        <source>With --history: check the connected database for drift against the folder once loaded (a scratch database on the same server).</source>
        <translation>Mit --history: die verbundene Datenbank nach dem Laden auf Abweichungen gegenüber dem Ordner prüfen (eine Scratch-Datenbank auf demselben Server).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="204"/>
        <source>Show the Run tab at start: the pending migrations of &lt;folder&gt;, or a backfill spec or a saved migration plan when given a .json file; --run= for the demo&apos;s folder.</source>
        <translation>Beim Start den Tab „Ausführen“ zeigen: die ausstehenden Migrationen von &lt;folder&gt;, oder eine Backfill-Spezifikation oder einen gespeicherten Migrationsplan bei einer .json-Datei; --run= für den Ordner der Demo.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="207"/>
        <source>folder|spec.json|plan.json</source>
        <translation>ordner|spec.json|plan.json</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="210"/>
        <source>With --run: start it once connected, in the --run-mode.</source>
        <translation>Mit --run: nach dem Verbinden starten, im --run-mode.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="213"/>
        <source>With --run: dry-run (the default), dry-run-each (migrations one transaction each) or run.</source>
        <translation>Mit --run: dry-run (Vorgabe), dry-run-each (Migrationen je eine Transaktion) oder run.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="215"/>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="218"/>
        <source>Open a saved migration plan (.json) in a plan tab at start.</source>
        <translation>Beim Start einen gespeicherten Migrationsplan (.json) in einem Plan-Tab öffnen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="219"/>
        <source>file.json</source>
        <translation>datei.json</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="222"/>
        <source>With --plan: present it (full screen, one step per slide) at start.</source>
        <translation>Mit --plan: ihn beim Start präsentieren (Vollbild, ein Schritt pro Folie).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="225"/>
        <source>With --present: start at slide &lt;n&gt; (1 is the title slide).</source>
        <translation>Mit --present: bei Folie &lt;n&gt; beginnen (1 ist die Titelfolie).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="226"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="229"/>
        <source>Open the Schema Diff tab and compare &lt;from&gt; with &lt;to&gt; (the next argument, or a second --diff): each a saved connection, a libpq URI or conninfo, or a snapshot .json file.</source>
        <translation>Den Tab Schema-Diff öffnen und &lt;from&gt; mit &lt;to&gt; vergleichen (das nächste Argument oder ein zweites --diff): jeweils eine gespeicherte Verbindung, eine libpq-URI oder ein Conninfo oder eine Snapshot-.json-Datei.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="232"/>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="235"/>
        <source>Open the Expand/Contract wizard for &lt;kind&gt; (%1) at its inputs, with the connected database&apos;s schema.</source>
        <translation>Den Expand/Contract-Assistenten für &lt;kind&gt; (%1) bei seinen Eingaben öffnen, mit dem Schema der verbundenen Datenbank.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="238"/>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="241"/>
        <source>With --wizard: fill in one input, e.g. table=orders or notNull=true (repeatable).</source>
        <translation>Mit --wizard: eine Eingabe ausfüllen, z. B. table=orders oder notNull=true (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="243"/>
        <source>key=value</source>
        <translation>key=value</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="246"/>
        <source>With --wizard: generate from the inputs and show the steps (or what is missing).</source>
        <translation>Mit --wizard: aus den Eingaben erzeugen und die Schritte zeigen (oder was fehlt).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="255"/>
        <source>Migration files to open in editor tabs. A relative name that does not exist here is looked up among the bundled demo files, e.g. &quot;migrations/V002__*.sql&quot;.</source>
        <translation>Migrationsdateien, die in Editor-Tabs geöffnet werden. Ein relativer Name, der hier nicht existiert, wird unter den mitgelieferten Demodateien gesucht, z. B. „migrations/V002__*.sql“.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="258"/>
        <source>[files...]</source>
        <translation>[dateien...]</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="267"/>
        <source>--demo and --connect cannot be combined.</source>
        <translation>--demo und --connect lassen sich nicht kombinieren.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="273"/>
        <source>--screenshot-delay wants milliseconds.</source>
        <translation>--screenshot-delay erwartet Millisekunden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="281"/>
        <source>--demo-rows wants a positive number.</source>
        <translation>--demo-rows erwartet eine positive Zahl.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="291"/>
        <source>--slide wants a slide number from 1, with --plan and --present.</source>
        <translation>--slide will eine Foliennummer ab 1, mit --plan und --present.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="298"/>
        <source>--diff wants two sides: --diff &lt;from&gt; &lt;to&gt;.</source>
        <translation>--diff will zwei Seiten: --diff &lt;from&gt; &lt;to&gt;.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="303"/>
        <source>--wizard-input wants key=value, with --wizard.</source>
        <translation>--wizard-input will key=value, mit --wizard.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="353"/>
        <source>--run-mode is dry-run, dry-run-each or run, not &quot;%1&quot;.</source>
        <translation>--run-mode ist dry-run, dry-run-each oder run, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="362"/>
        <source>%1 is not a Slipway plan file.</source>
        <translation>%1 ist keine Slipway-Plandatei.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main.cpp" line="367"/>
        <source>--slide %1: the plan has %n slide(s).</source>
        <translation>
            <numerusform>--slide %1: der Plan hat %n Folie.</numerusform>
            <numerusform>--slide %1: der Plan hat %n Folien.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::AbortPolicy</name>
    <message>
        <location filename="../core/monitor/abortpolicy.cpp" line="171"/>
        <source>Abort: replication lag %1 s is above the abort threshold (%2 s).</source>
        <translation>Abbruch: Replikationsverzögerung %1 s liegt über der Abbruchschwelle (%2 s).</translation>
    </message>
    <message>
        <location filename="../core/monitor/abortpolicy.cpp" line="175"/>
        <source>Abort: a session has waited %1 s for a lock, above the abort threshold (%2 s).</source>
        <translation>Abbruch: eine Sitzung hat %1 s auf eine Sperre gewartet, über der Abbruchschwelle (%2 s).</translation>
    </message>
    <message>
        <location filename="../core/monitor/abortpolicy.cpp" line="173"/>
        <source>Throttle: replication lag %1 s is above %2 s.</source>
        <translation>Drosseln: Replikationsverzögerung %1 s liegt über %2 s.</translation>
    </message>
    <message>
        <location filename="../core/monitor/abortpolicy.cpp" line="157"/>
        <source>Resume: replication lag %1 s, lock waits %2 s and errors %3 % have stayed below %4 s, %5 s and %6 % for %7 s.</source>
        <translation>Fortsetzen: Replikationsverzögerung %1 s, Sperrwartezeiten %2 s und Fehler %3 % blieben %7 s lang unter %4 s, %5 s und %6 %.</translation>
    </message>
    <message>
        <location filename="../core/monitor/abortpolicy.cpp" line="177"/>
        <source>Throttle: a session has waited %1 s for a lock, above %2 s.</source>
        <translation>Drosseln: eine Sitzung hat %1 s auf eine Sperre gewartet, über %2 s.</translation>
    </message>
    <message>
        <location filename="../core/monitor/abortpolicy.cpp" line="179"/>
        <source>Abort: %1 % of the last %2 transactions in the database rolled back (errors), above the abort threshold (%3 %).</source>
        <translation>Abbruch: %1 % der letzten %2 Transaktionen in der Datenbank wurden zurückgerollt (Fehler), über der Abbruchschwelle (%3 %).</translation>
    </message>
    <message>
        <location filename="../core/monitor/abortpolicy.cpp" line="184"/>
        <source>Throttle: %1 % of the last %2 transactions in the database rolled back (errors), above %3 %.</source>
        <translation>Drosseln: %1 % der letzten %2 Transaktionen in der Datenbank wurden zurückgerollt (Fehler), über %3 %.</translation>
    </message>
</context>
<context>
    <name>slipway::ActiveConnection</name>
    <message>
        <location filename="../ui/activeconnection.cpp" line="30"/>
        <source>Connecting to %1 (%2)…</source>
        <translation>Verbinden mit %1 (%2) …</translation>
    </message>
    <message>
        <location filename="../ui/activeconnection.cpp" line="48"/>
        <source>No system keychain is available; the password will be asked for. %1</source>
        <translation>Kein System-Schlüsselbund verfügbar; das Passwort wird abgefragt. %1</translation>
    </message>
    <message>
        <location filename="../ui/activeconnection.cpp" line="52"/>
        <source>Could not read the password from the keychain: %1</source>
        <translation>Das Passwort konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/activeconnection.cpp" line="74"/>
        <source>Connection to %1 lost: %2</source>
        <translation>Verbindung zu %1 verloren: %2</translation>
    </message>
    <message>
        <location filename="../ui/activeconnection.cpp" line="85"/>
        <source>Connected to %1 — PostgreSQL %2, role %3%4, backend PID %5.</source>
        <translation>Verbunden mit %1 — PostgreSQL %2, Rolle %3%4, Backend-PID %5.</translation>
    </message>
    <message>
        <location filename="../ui/activeconnection.cpp" line="87"/>
        <source> (superuser)</source>
        <translation> (Superuser)</translation>
    </message>
    <message>
        <location filename="../ui/activeconnection.cpp" line="92"/>
        <source>Password saved in the system keychain.</source>
        <translation>Passwort im System-Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/activeconnection.cpp" line="94"/>
        <source>Could not save the password in the keychain: %1</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/activeconnection.cpp" line="103"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/activeconnection.cpp" line="132"/>
        <source>Disconnected from %1.</source>
        <translation>Verbindung zu %1 getrennt.</translation>
    </message>
</context>
<context>
    <name>slipway::BlockingTree</name>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="22"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="23"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="46"/>
        <source>No session waits for a lock.</source>
        <translation>Keine Sitzung wartet auf eine Sperre.</translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="47"/>
        <source>Cancel Query…</source>
        <translation>Abfrage abbrechen …</translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="48"/>
        <source>Terminate Session…</source>
        <translation>Sitzung beenden …</translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="52"/>
        <source>&lt;b&gt;Blocking tree&lt;/b&gt; — who blocks whom</source>
        <translation>&lt;b&gt;Blockierungsbaum&lt;/b&gt; — wer blockiert wen</translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="55"/>
        <source>Blocking sessions</source>
        <translation>Blockierende Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="57"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="57"/>
        <source>Waits for</source>
        <translation>Wartet auf</translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="57"/>
        <source>Waiting</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="57"/>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="57"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="73"/>
        <source>Cancel the statement the selected session runs (pg_cancel_backend)</source>
        <translation>Die Anweisung abbrechen, die die gewählte Sitzung ausführt (pg_cancel_backend)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="74"/>
        <source>End the selected session and roll back its transaction (pg_terminate_backend)</source>
        <translation>Die gewählte Sitzung beenden und ihre Transaktion zurückrollen (pg_terminate_backend)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="124"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="129"/>
        <source>— (holds the lock)</source>
        <translation>— (hält die Sperre)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="135"/>
        <source>(tx %1)</source>
        <translation>(Tx %1)</translation>
    </message>
</context>
<context>
    <name>slipway::ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="35"/>
        <source>New Connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="35"/>
        <source>Edit Connection — %1</source>
        <translation>Verbindung bearbeiten — %1</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="40"/>
        <source>e.g. Shop production</source>
        <translation>z. B. Shop Produktion</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="50"/>
        <source>Production connections are read-only unless you untick it, and show a red banner while connected.</source>
        <translation>Produktionsverbindungen sind schreibgeschützt, außer Sie entfernen das Häkchen, und zeigen während der Verbindung ein rotes Banner.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="53"/>
        <source>Read-only sessions (default_transaction_read_only = on)</source>
        <translation>Schreibgeschützte Sitzungen (default_transaction_read_only = on)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="57"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="58"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="63"/>
        <source>URI / conninfo</source>
        <translation>URI / Conninfo</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="64"/>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="65"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="70"/>
        <source>Optional: .pgpass and PGPASSWORD are honoured</source>
        <translation>Optional: .pgpass und PGPASSWORD werden berücksichtigt</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="71"/>
        <source>Save password in the system keychain</source>
        <translation>Passwort im System-Schlüsselbund speichern</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="73"/>
        <source>Never written to a file. Without a keychain, the password is asked for on each connect.</source>
        <translation>Wird nie in eine Datei geschrieben. Ohne Schlüsselbund wird das Passwort bei jedem Verbinden abgefragt.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="77"/>
        <source>Optional: postgresql://replica-host/db — for the monitor&apos;s replay delay</source>
        <translation>Optional: postgresql://replica-host/db — für die Replay-Verzögerung im Monitor</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="78"/>
        <source>A standby of this server. The monitor reads its replay delay there; replication lag from the primary is shown either way.</source>
        <translation>Ein Standby dieses Servers. Der Monitor liest dort die Replay-Verzögerung; die Replikationsverzögerung vom Primary wird in jedem Fall angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="80"/>
        <source>Replica for monitoring</source>
        <translation>Replica für das Monitoring</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="82"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="84"/>
        <source>&amp;Replica:</source>
        <translation>&amp;Replica:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="100"/>
        <source>What libpq will be given (without the password)</source>
        <translation>Was libpq übergeben wird (ohne Passwort)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="102"/>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="104"/>
        <source>Cancel Test</source>
        <translation>Test abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="123"/>
        <source>Save and &amp;Connect</source>
        <translation>Speichern und &amp;verbinden</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="168"/>
        <source>A libpq URI or key=value conninfo (host=… dbname=… user=…). A password typed here is used for this session and never saved.</source>
        <translation>Eine libpq-URI oder ein key=value-Conninfo (host=… dbname=… user=…). Ein hier eingegebenes Passwort gilt für diese Sitzung und wird nie gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="174"/>
        <source>&amp;Connection string:</source>
        <translation>&amp;Verbindungszeichenfolge:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="187"/>
        <source>Choose a file</source>
        <translation>Eine Datei wählen</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="188"/>
        <source>Browse for %1</source>
        <translation>%1 suchen</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="203"/>
        <source>localhost</source>
        <translation>localhost</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="207"/>
        <source>default (5432)</source>
        <translation>Standard (5432)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="210"/>
        <source>same as the user name</source>
        <translation>wie der Benutzername</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="213"/>
        <source>your operating-system user</source>
        <translation>Ihr Betriebssystem-Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="216"/>
        <source>default (prefer)</source>
        <translation>Standard (prefer)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="226"/>
        <source>Root certificate</source>
        <translation>Stammzertifikat</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="227"/>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="228"/>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="232"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="233"/>
        <source>no timeout</source>
        <translation>kein Timeout</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="237"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="243"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="246"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="247"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="248"/>
        <source>SSL &amp;mode:</source>
        <translation>SSL-&amp;Modus:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="249"/>
        <source>Root certificate:</source>
        <translation>Stammzertifikat:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="249"/>
        <source>SSL root certificate</source>
        <translation>SSL-Stammzertifikat</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="250"/>
        <source>Client certificate:</source>
        <translation>Client-Zertifikat:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="250"/>
        <source>SSL client certificate</source>
        <translation>SSL-Client-Zertifikat</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="251"/>
        <source>Client key:</source>
        <translation>Client-Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="251"/>
        <source>SSL client key</source>
        <translation>SSL-Client-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="252"/>
        <source>Connect &amp;timeout:</source>
        <translation>Verbindungs-&amp;Timeout:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="261"/>
        <source>e.g. shop-prod</source>
        <translation>z. B. shop-prod</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="262"/>
        <source>A service from pg_service.conf (PGSERVICEFILE, ~/.pg_service.conf or PGSYSCONFDIR). Host, database and user from the Fields tab, when set, override the service&apos;s.</source>
        <translation>Ein Dienst aus pg_service.conf (PGSERVICEFILE, ~/.pg_service.conf oder PGSYSCONFDIR). Host, Datenbank und Benutzer aus dem Tab Felder überschreiben, falls gesetzt, die des Dienstes.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="269"/>
        <source>&amp;Service name:</source>
        <translation>&amp;Dienstname:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="294"/>
        <source>Stored in the keychain — leave empty to keep it</source>
        <translation>Im Schlüsselbund gespeichert — leer lassen, um es zu behalten</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="354"/>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="434"/>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="435"/>
        <source>user %1%2</source>
        <translation>Benutzer %1%2</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="435"/>
        <source> (superuser)</source>
        <translation> (Superuser)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="436"/>
        <source>database %1</source>
        <translation>Datenbank %1</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="438"/>
        <source>standby (read-only)</source>
        <translation>Standby (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="440"/>
        <source>read-only session</source>
        <translation>schreibgeschützte Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="441"/>
        <source>Connection works</source>
        <translation>Verbindung funktioniert</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="447"/>
        <source>Type the password above and test again.</source>
        <translation>Das Passwort oben eingeben und erneut testen.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="460"/>
        <source>Test cancelled</source>
        <translation>Test abgebrochen</translation>
    </message>
</context>
<context>
    <name>slipway::ConnectionList</name>
    <message>
        <location filename="../ui/connectionlist.cpp" line="111"/>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/connectionlist.cpp" line="159"/>
        <source>%1
%2
%3%4%5</source>
        <translation>%1
%2
%3%4%5</translation>
    </message>
    <message>
        <location filename="../ui/connectionlist.cpp" line="161"/>
        <source> — read-only</source>
        <translation> — schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../ui/connectionlist.cpp" line="162"/>
        <source>
For this run only: not saved</source>
        <translation>
Nur für diesen Lauf: nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/connectionlist.cpp" line="168"/>
        <source>not saved</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/connectionlist.cpp" line="170"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>slipway::ConnectionStatusWidget</name>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="17"/>
        <source>Environment of the active connection</source>
        <translation>Umgebung der aktiven Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="18"/>
        <source>Whether this session may write</source>
        <translation>Ob diese Sitzung schreiben darf</translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="19"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="20"/>
        <source>Role the session runs as</source>
        <translation>Rolle, unter der die Sitzung läuft</translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="21"/>
        <source>Server version</source>
        <translation>Serverversion</translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="22"/>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="57"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="74"/>
        <source>Connecting to %1…</source>
        <translation>Verbinden mit %1 …</translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="88"/>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="90"/>
        <source>%1 (superuser)</source>
        <translation>%1 (Superuser)</translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="91"/>
        <source>db: %1</source>
        <translation>DB: %1</translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="94"/>
        <source>read-only (standby)</source>
        <translation>schreibgeschützt (Standby)</translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="96"/>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="98"/>
        <source>read-write</source>
        <translation>Lesen/Schreiben</translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="100"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="101"/>
        <source>Connected to %1:%2, backend PID %3</source>
        <translation>Verbunden mit %1:%2, Backend-PID %3</translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="113"/>
        <source>Connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
</context>
<context>
    <name>slipway::DemoController</name>
    <message>
        <location filename="../ui/democontroller.cpp" line="47"/>
        <source>Starting the demo sandbox…</source>
        <translation>Demo-Sandbox wird gestartet …</translation>
    </message>
    <message>
        <location filename="../ui/democontroller.cpp" line="47"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/democontroller.cpp" line="49"/>
        <source>Slipway demo</source>
        <translation>Slipway-Demo</translation>
    </message>
    <message>
        <location filename="../ui/democontroller.cpp" line="60"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <location filename="../ui/democontroller.cpp" line="77"/>
        <source>The sandbox did not start.</source>
        <translation>Die Sandbox ist nicht gestartet.</translation>
    </message>
</context>
<context>
    <name>slipway::DiffController</name>
    <message>
        <location filename="../ui/diff/diffcontroller.cpp" line="61"/>
        <source>Comparing and planning</source>
        <translation>Vergleich und Planung</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffcontroller.cpp" line="63"/>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffcontroller.cpp" line="64"/>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
</context>
<context>
    <name>slipway::DiffDdlPane</name>
    <message>
        <location filename="../ui/diff/diffddlpane.cpp" line="87"/>
        <source>Source definition</source>
        <translation>Quelldefinition</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffddlpane.cpp" line="88"/>
        <source>Target definition</source>
        <translation>Zieldefinition</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffddlpane.cpp" line="115"/>
        <source>Select an object to compare its definitions.</source>
        <translation>Ein Objekt wählen, um seine Definitionen zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffddlpane.cpp" line="116"/>
        <location filename="../ui/diff/diffddlpane.cpp" line="140"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffddlpane.cpp" line="117"/>
        <location filename="../ui/diff/diffddlpane.cpp" line="141"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffddlpane.cpp" line="136"/>
        <source>%1 — not present</source>
        <translation>%1 — nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffddlpane.cpp" line="137"/>
        <source>%1 — same</source>
        <translation>%1 — gleich</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/diff/diffddlpane.cpp" line="138"/>
        <source>%1 — %n line(s) marked %2</source>
        <translation>
            <numerusform>%1 — %n Zeile markiert %2</numerusform>
            <numerusform>%1 — %n Zeilen markiert %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/diff/diffddlpane.cpp" line="140"/>
        <source>− (removed or changed)</source>
        <translation>− (entfernt oder geändert)</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffddlpane.cpp" line="141"/>
        <source>+ (added or changed)</source>
        <translation>+ (hinzugefügt oder geändert)</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffddlpane.cpp" line="157"/>
        <source>Differing lines: %1</source>
        <translation>Abweichende Zeilen: %1</translation>
    </message>
</context>
<context>
    <name>slipway::DiffPlanPanel</name>
    <message>
        <location filename="../ui/diff/diffplanpanel.cpp" line="21"/>
        <source>-- Verification: each query returns true once the plan has run.</source>
        <translation>-- Verifikation: jede Abfrage liefert true, sobald der Plan gelaufen ist.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffplanpanel.cpp" line="32"/>
        <source>Whole plan</source>
        <translation>Gesamter Plan</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffplanpanel.cpp" line="33"/>
        <source>Up plan</source>
        <translation>Up-Plan</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffplanpanel.cpp" line="33"/>
        <source>&amp;Up plan (source → target)</source>
        <translation>&amp;Up-Plan (Quelle → Ziel)</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffplanpanel.cpp" line="34"/>
        <source>Down plan</source>
        <translation>Down-Plan</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffplanpanel.cpp" line="34"/>
        <source>&amp;Down plan (undoes it)</source>
        <translation>&amp;Down-Plan (macht ihn rückgängig)</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffplanpanel.cpp" line="35"/>
        <source>Verification queries</source>
        <translation>Verifikationsabfragen</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffplanpanel.cpp" line="35"/>
        <source>Ver&amp;ification</source>
        <translation>Ver&amp;ifikation</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffplanpanel.cpp" line="58"/>
        <source>Open &amp;as Plan</source>
        <translation>&amp;Als Plan öffnen</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffplanpanel.cpp" line="50"/>
        <source>Open in Editor</source>
        <translation>Im Editor öffnen</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffplanpanel.cpp" line="51"/>
        <source>Open %1 in the SQL editor</source>
        <translation>%1 im SQL-Editor öffnen</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffplanpanel.cpp" line="52"/>
        <source>Opens the script in a new SQL editor tab, where it is linted.</source>
        <translation>Öffnet das Skript in einem neuen SQL-Editor-Tab, wo es geprüft (Lint) wird.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffplanpanel.cpp" line="59"/>
        <source>Reviews the up plan step by step: locks, estimated durations, risk, rollback and approvals, ready to save, export or present.</source>
        <translation>Prüft den Up-Plan Schritt für Schritt: Sperren, geschätzte Dauern, Risiko, Rollback und Freigaben, bereit zum Speichern, Exportieren oder Präsentieren.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffplanpanel.cpp" line="80"/>
        <source>-- No differences.</source>
        <translation>-- Keine Unterschiede.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffplanpanel.cpp" line="80"/>
        <source>-- Compare to see the plan.</source>
        <translation>-- Vergleichen, um den Plan zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffplanpanel.cpp" line="84"/>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffplanpanel.cpp" line="85"/>
        <source>Plan for %1</source>
        <translation>Plan für %1</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffplanpanel.cpp" line="86"/>
        <source>Down plan for %1</source>
        <translation>Down-Plan für %1</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffplanpanel.cpp" line="87"/>
        <source>Verify %1</source>
        <translation>%1 verifizieren</translation>
    </message>
</context>
<context>
    <name>slipway::DiffRehearsalPanel</name>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="38"/>
        <source>Plan rehearsal</source>
        <translation>Planprobe</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="40"/>
        <source>Runs the up plan on a throw-away copy of the source&apos;s schema (no data), re-compares it with the target, then runs the down plan and compares with the source. The scratch database is dropped afterwards.</source>
        <translation>Führt den Up-Plan auf einer Wegwerf-Kopie des Quellschemas aus (ohne Daten), vergleicht sie erneut mit dem Ziel, führt dann den Down-Plan aus und vergleicht mit der Quelle. Die Scratch-Datenbank wird danach gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="46"/>
        <source>Scratch server</source>
        <translation>Scratch-Server</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="47"/>
        <source>The server where the scratch database is created; its role needs CREATEDB.</source>
        <translation>Der Server, auf dem die Scratch-Datenbank angelegt wird; seine Rolle braucht CREATEDB.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="48"/>
        <source>Scr&amp;atch server:</source>
        <translation>Scr&amp;atch-Server:</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="50"/>
        <source>&amp;Rehearse</source>
        <translation>&amp;Proben</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="51"/>
        <source>Rehearse the plan</source>
        <translation>Den Plan proben</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="52"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="53"/>
        <source>Cancel the rehearsal</source>
        <translation>Die Probe abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="58"/>
        <source>Rehearsal progress</source>
        <translation>Fortschritt der Probe</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="66"/>
        <source>Rehearsal report</source>
        <translation>Probebericht</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="67"/>
        <source>Compare, pick a scratch server and press Rehearse.</source>
        <translation>Vergleichen, einen Scratch-Server wählen und Proben drücken.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="113"/>
        <source>%1 (production)</source>
        <translation>%1 (Produktion)</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="141"/>
        <source>No scratch server</source>
        <translation>Kein Scratch-Server</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="142"/>
        <source>Pick a connection whose server may hold a throw-away database.</source>
        <translation>Eine Verbindung wählen, deren Server eine Wegwerf-Datenbank aufnehmen darf.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="155"/>
        <source>Could not use %1</source>
        <translation>%1 kann nicht verwendet werden</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="206"/>
        <source>Rehearsal clean</source>
        <translation>Probe sauber</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="207"/>
        <source>Up gave the target, down gave the source back.</source>
        <translation>Up ergab das Ziel, Down stellte die Quelle wieder her.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="210"/>
        <source>Rehearsal not clean</source>
        <translation>Probe nicht sauber</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="211"/>
        <source>The plan ran, but differences are left: see the report.</source>
        <translation>Der Plan lief, aber es bleiben Unterschiede: siehe Bericht.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="214"/>
        <source>A statement failed</source>
        <translation>Eine Anweisung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="218"/>
        <source>Could not rehearse</source>
        <translation>Probe nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="221"/>
        <source>Rehearsal cancelled</source>
        <translation>Probe abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="224"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="235"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="247"/>
        <source>Starting…</source>
        <translation>Startet …</translation>
    </message>
</context>
<context>
    <name>slipway::DiffSideLoader</name>
    <message>
        <location filename="../ui/diff/diffsideloader.cpp" line="75"/>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffsideloader.cpp" line="99"/>
        <source>Connecting to %1</source>
        <translation>Verbinden mit %1</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffsideloader.cpp" line="148"/>
        <source>Reading the catalog</source>
        <translation>Katalog wird gelesen</translation>
    </message>
</context>
<context>
    <name>slipway::DiffSidePicker</name>
    <message>
        <location filename="../ui/diff/diffsidepicker.cpp" line="18"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffsidepicker.cpp" line="19"/>
        <source>Snapshot file</source>
        <translation>Snapshot-Datei</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffsidepicker.cpp" line="20"/>
        <source>%1 kind</source>
        <translation>%1-Art</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffsidepicker.cpp" line="23"/>
        <source>%1 connection</source>
        <translation>%1-Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffsidepicker.cpp" line="27"/>
        <source>%1 snapshot file</source>
        <translation>%1-Snapshot-Datei</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffsidepicker.cpp" line="28"/>
        <source>schema snapshot (.json)</source>
        <translation>Schema-Snapshot (.json)</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffsidepicker.cpp" line="29"/>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffsidepicker.cpp" line="30"/>
        <source>Choose the %1 snapshot file</source>
        <translation>Die %1-Snapshot-Datei wählen</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffsidepicker.cpp" line="64"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffsidepicker.cpp" line="73"/>
        <source>Open Schema Snapshot</source>
        <translation>Schema-Snapshot öffnen</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffsidepicker.cpp" line="74"/>
        <source>Schema snapshots (*.json);;All files (*)</source>
        <translation>Schema-Snapshots (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>slipway::DiffTreeModel</name>
    <message>
        <location filename="../ui/diff/difftreemodel.cpp" line="119"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/diff/difftreemodel.cpp" line="120"/>
        <source>all identical</source>
        <translation>alle identisch</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/diff/difftreemodel.cpp" line="121"/>
        <source>%n differ(s)</source>
        <translation>
            <numerusform>%n Unterschied</numerusform>
            <numerusform>%n Unterschiede</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/diff/difftreemodel.cpp" line="133"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/diff/difftreemodel.cpp" line="150"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../ui/diff/difftreemodel.cpp" line="150"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>slipway::DiffView</name>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="58"/>
        <source>Schema diff</source>
        <translation>Schema-Diff</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="91"/>
        <source>Source (the plan runs here)</source>
        <translation>Quelle (hier läuft der Plan)</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="92"/>
        <source>Target (the wanted schema)</source>
        <translation>Ziel (das gewünschte Schema)</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="93"/>
        <source>⇄</source>
        <translation>⇄</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="94"/>
        <location filename="../ui/diff/diffview.cpp" line="95"/>
        <source>Swap source and target</source>
        <translation>Quelle und Ziel tauschen</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="113"/>
        <source>all schemas</source>
        <translation>alle Schemas</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="114"/>
        <source>Schemas to compare</source>
        <translation>Zu vergleichende Schemas</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="115"/>
        <source>Compare only these schemas (separated by commas or spaces).</source>
        <translation>Nur diese Schemas vergleichen (durch Kommas oder Leerzeichen getrennt).</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="117"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="118"/>
        <source>Schemas to leave out</source>
        <translation>Auszulassende Schemas</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="119"/>
        <source>Do not compare who owns objects.</source>
        <translation>Nicht vergleichen, wem Objekte gehören.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="119"/>
        <source>Ignore ow&amp;ners</source>
        <translation>Be&amp;sitzer ignorieren</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="120"/>
        <source>Ignore &amp;privileges</source>
        <translation>&amp;Rechte ignorieren</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="120"/>
        <source>Do not compare grants.</source>
        <translation>Rechte (Grants) nicht vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="121"/>
        <source>Do not compare comments.</source>
        <translation>Kommentare nicht vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="121"/>
        <source>I&amp;gnore comments</source>
        <translation>Kommentare i&amp;gnorieren</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="122"/>
        <source>C&amp;ompare</source>
        <translation>Verglei&amp;chen</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="123"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="125"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="126"/>
        <source>Cancel the comparison</source>
        <translation>Den Vergleich abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="133"/>
        <source>&amp;Schemas:</source>
        <translation>&amp;Schemas:</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="135"/>
        <source>E&amp;xcept:</source>
        <translation>A&amp;ußer:</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="150"/>
        <source>Comparison progress</source>
        <translation>Vergleichsfortschritt</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="170"/>
        <source>Show objects</source>
        <translation>Objekte anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="171"/>
        <source>All objects</source>
        <translation>Alle Objekte</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="172"/>
        <source>All differences</source>
        <translation>Alle Unterschiede</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="173"/>
        <source>Different only</source>
        <translation>Nur unterschiedliche</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="174"/>
        <source>Only in source</source>
        <translation>Nur in der Quelle</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="175"/>
        <source>Only in target</source>
        <translation>Nur im Ziel</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="177"/>
        <source>Filter by name</source>
        <translation>Nach Name filtern</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="178"/>
        <source>Filter objects by name</source>
        <translation>Objekte nach Name filtern</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="181"/>
        <source>Object counts</source>
        <translation>Objektanzahlen</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="187"/>
        <source>Objects of both sides</source>
        <translation>Objekte beider Seiten</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="214"/>
        <source>Comparison details</source>
        <translation>Vergleichsdetails</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="218"/>
        <source>Plan statements for this object, with their hazards:</source>
        <translation>Planschritte für dieses Objekt, mit ihren Gefahren:</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="223"/>
        <source>Plan statements for the selected object</source>
        <translation>Planschritte für das gewählte Objekt</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="224"/>
        <source>Open in Editor</source>
        <translation>Im Editor öffnen</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="225"/>
        <source>Open the object&apos;s statements in the SQL editor</source>
        <translation>Die Anweisungen des Objekts im SQL-Editor öffnen</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="227"/>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="240"/>
        <source>Ob&amp;ject</source>
        <translation>Ob&amp;jekt</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="261"/>
        <source>Rehearsa&amp;l</source>
        <translation>Prob&amp;elauf</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="345"/>
        <source>%1, %2.</source>
        <comment>changes, plan statements</comment>
        <translation>%1, %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/diff/diffview.cpp" line="346"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/diff/diffview.cpp" line="347"/>
        <source>%n plan statement(s)</source>
        <translation>
            <numerusform>%n Planschritt</numerusform>
            <numerusform>%n Planschritte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="245"/>
        <source>Save Source Snapshot…</source>
        <translation>Quell-Snapshot speichern …</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="246"/>
        <source>Save Target Snapshot…</source>
        <translation>Ziel-Snapshot speichern …</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="249"/>
        <source>Writes the schema read from the database to a JSON snapshot file.</source>
        <translation>Schreibt das aus der Datenbank gelesene Schema in eine JSON-Snapshot-Datei.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="259"/>
        <source>&amp;Whole plan</source>
        <translation>&amp;Gesamter Plan</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="287"/>
        <source>Nothing to compare yet</source>
        <translation>Noch nichts zu vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="288"/>
        <source>Pick a connection or a snapshot file for both the source and the target.</source>
        <translation>Für Quelle und Ziel jeweils eine Verbindung oder Snapshot-Datei wählen.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="310"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="324"/>
        <source>Starting…</source>
        <translation>Startet …</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="344"/>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="365"/>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="367"/>
        <source>Could not read the source %1</source>
        <translation>Die Quelle %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="368"/>
        <source>Could not read the target %1</source>
        <translation>Das Ziel %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="381"/>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="387"/>
        <source>-- Nothing to do: the object is the same on both sides.</source>
        <translation>-- Nichts zu tun: das Objekt ist auf beiden Seiten gleich.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="409"/>
        <source>Pick a source and a target, then Compare.</source>
        <translation>Quelle und Ziel wählen, dann Vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="428"/>
        <source>Save Schema Snapshot</source>
        <translation>Schema-Snapshot speichern</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="429"/>
        <source>Schema snapshots (*.json)</source>
        <translation>Schema-Snapshots (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="445"/>
        <source>Snapshot saved</source>
        <translation>Snapshot gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="447"/>
        <source>Could not save the snapshot</source>
        <translation>Der Snapshot konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>slipway::DriftPanel</name>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="74"/>
        <source>Drift check progress</source>
        <translation>Fortschritt der Abweichungsprüfung</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="75"/>
        <source>Cancel Drift Chec&amp;k</source>
        <translation>Drift-Prüfung abbre&amp;chen</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="77"/>
        <source>Stop the check; the scratch database is dropped</source>
        <translation>Die Prüfung stoppen; die Scratch-Datenbank wird gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="95"/>
        <source>Objects that drifted</source>
        <translation>Abweichende Objekte</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="105"/>
        <source>Live database</source>
        <translation>Laufende Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="105"/>
        <source>Expected (migrations)</source>
        <translation>Erwartet (Migrationen)</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="126"/>
        <source>Drift check stopped</source>
        <translation>Abweichungsprüfung gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="127"/>
        <source>The connection was closed while it ran.</source>
        <translation>Die Verbindung wurde während der Prüfung geschlossen.</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="179"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="180"/>
        <source>Connect to the database to check it for drift.</source>
        <translation>Mit der Datenbank verbinden, um sie auf Abweichungen zu prüfen.</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="194"/>
        <source>Starting the drift check…</source>
        <translation>Abweichungsprüfung startet …</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="225"/>
        <source>Reading the snapshot…</source>
        <translation>Snapshot wird gelesen …</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="241"/>
        <source>Reading the live schema</source>
        <translation>Live-Schema wird gelesen</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="274"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="300"/>
        <source>No drift</source>
        <translation>Keine Abweichung</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="301"/>
        <source>The live database matches %1.</source>
        <translation>Die laufende Datenbank entspricht %1.</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="306"/>
        <source>Drift in 1 object</source>
        <translation>Abweichung in 1 Objekt</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="306"/>
        <source>Drift in %1 objects</source>
        <translation>Abweichung in %1 Objekten</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="307"/>
        <source>The live database differs from %1 (%2 changes). Select an object: left, the live database; right, what the migrations build.</source>
        <translation>Die laufende Datenbank weicht von %1 ab (%2 Änderungen). Ein Objekt wählen: links die laufende Datenbank, rechts, was die Migrationen bauen.</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="323"/>
        <source>Drift check cancelled</source>
        <translation>Abweichungsprüfung abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="325"/>
        <source>Nothing was left behind.</source>
        <translation>Nichts wurde zurückgelassen.</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="326"/>
        <source>The scratch database %1 could not be dropped; drop it by hand.</source>
        <translation>Die Scratch-Datenbank %1 konnte nicht gelöscht werden; bitte von Hand löschen.</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="331"/>
        <source>Could not check for drift</source>
        <translation>Abweichungsprüfung nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="340"/>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="342"/>
        <source>Migration %1 %2 does not apply cleanly to a fresh database, so the folder cannot be compared with the live database.</source>
        <translation>Migration %1 %2 lässt sich nicht sauber auf eine frische Datenbank anwenden, daher kann der Ordner nicht mit der laufenden Datenbank verglichen werden.</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="347"/>
        <source>SQLSTATE %1: %2</source>
        <translation>SQLSTATE %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="349"/>
        <source>Detail: %1</source>
        <translation>Detail: %1</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="351"/>
        <source>Hint: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="352"/>
        <source>Migration %1 failed on the scratch database</source>
        <translation>Migration %1 ist auf der Scratch-Datenbank fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="366"/>
        <source>same on both sides</source>
        <translation>auf beiden Seiten gleich</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="367"/>
        <source>differs</source>
        <translation>unterschiedlich</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="368"/>
        <source>only in the live database</source>
        <translation>nur in der laufenden Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="369"/>
        <source>missing from the live database</source>
        <translation>fehlt in der laufenden Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="371"/>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
</context>
<context>
    <name>slipway::EditorTab</name>
    <message>
        <location filename="../ui/editor/editortab.cpp" line="51"/>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 ist kein UTF-8-Text.</translation>
    </message>
</context>
<context>
    <name>slipway::EditorWorkspace</name>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="36"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="51"/>
        <source>&amp;New Migration</source>
        <translation>&amp;Neue Migration</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="52"/>
        <source>Start a new migration in an editor tab</source>
        <translation>Eine neue Migration in einem Editor-Tab beginnen</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="53"/>
        <source>&amp;Open Migration…</source>
        <translation>Migration ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="54"/>
        <source>Open migration files in editor tabs</source>
        <translation>Migrationsdateien in Editor-Tabs öffnen</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="55"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="56"/>
        <source>Save the migration</source>
        <translation>Die Migration speichern</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="57"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="58"/>
        <source>Save the migration under a new name</source>
        <translation>Die Migration unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="59"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="60"/>
        <source>Find in the migration</source>
        <translation>In der Migration suchen</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="61"/>
        <source>&amp;Replace…</source>
        <translation>Erse&amp;tzen …</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="62"/>
        <source>Find and replace in the migration</source>
        <translation>In der Migration suchen und ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="63"/>
        <source>&amp;Lint</source>
        <translation>&amp;Lint</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="64"/>
        <source>Check the migration now; findings go to the Problems panel</source>
        <translation>Die Migration jetzt prüfen; Befunde erscheinen im Bereich Probleme</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="65"/>
        <source>&amp;Quick Fix</source>
        <translation>Schnell&amp;korrektur</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="66"/>
        <source>Apply the quick fix of the finding at the cursor</source>
        <translation>Die Schnellkorrektur des Befunds am Cursor anwenden</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="67"/>
        <source>Run &amp;Statement</source>
        <translation>&amp;Anweisung ausführen</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="68"/>
        <source>Run the statement at the cursor in the Run tab, with timeouts, retries and the monitor</source>
        <translation>Die Anweisung am Cursor im Tab Ausführen ausführen, mit Timeouts, Wiederholungen und dem Monitor</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="69"/>
        <source>Run S&amp;election</source>
        <translation>A&amp;uswahl ausführen</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="70"/>
        <source>Run the selected statements in the Run tab, with timeouts, retries and the monitor</source>
        <translation>Die ausgewählten Anweisungen im Tab Ausführen ausführen, mit Timeouts, Wiederholungen und dem Monitor</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="97"/>
        <source>No quick fix at the cursor.</source>
        <translation>Keine Schnellkorrektur am Cursor.</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="194"/>
        <source>Untitled %1</source>
        <translation>Unbenannt %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="213"/>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="221"/>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="233"/>
        <source>Open Migration</source>
        <translation>Migration öffnen</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="233"/>
        <location filename="../ui/editor/editorworkspace.cpp" line="261"/>
        <source>SQL files (*.sql);;All files (*)</source>
        <translation>SQL-Dateien (*.sql);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="244"/>
        <location filename="../ui/editor/editorworkspace.cpp" line="266"/>
        <source>Save Migration</source>
        <translation>Migration speichern</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="245"/>
        <location filename="../ui/editor/editorworkspace.cpp" line="267"/>
        <source>Could not save %1:
%2</source>
        <translation>%1 konnte nicht gespeichert werden:
%2</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="249"/>
        <location filename="../ui/editor/editorworkspace.cpp" line="271"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="260"/>
        <source>Save Migration As</source>
        <translation>Migration speichern unter</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="281"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="281"/>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation>%1 hat ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="338"/>
        <source>Could not record the recent file: %1</source>
        <translation>Die zuletzt verwendete Datei konnte nicht festgehalten werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/editorworkspace.cpp" line="403"/>
        <source>Reading the sizes of %n table(s)…</source>
        <translation>
            <numerusform>Größe von %n Tabelle wird gelesen …</numerusform>
            <numerusform>Größen von %n Tabellen werden gelesen …</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="409"/>
        <source>Could not read table sizes for the linter: %1</source>
        <translation>Tabellengrößen für den Linter konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/editorworkspace.cpp" line="414"/>
        <source>Table sizes: %1 of %n table(s) found; the lint now uses them.</source>
        <translation>
            <numerusform>Tabellengrößen: %1 von %n Tabelle gefunden; der Lint verwendet sie jetzt.</numerusform>
            <numerusform>Tabellengrößen: %1 von %n Tabellen gefunden; der Lint verwendet sie jetzt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::EnvironmentBanner</name>
    <message>
        <location filename="../ui/environmentbanner.cpp" line="29"/>
        <source>Connection environment</source>
        <translation>Verbindungsumgebung</translation>
    </message>
    <message>
        <location filename="../ui/environmentbanner.cpp" line="36"/>
        <location filename="../ui/environmentbanner.cpp" line="57"/>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../ui/environmentbanner.cpp" line="36"/>
        <location filename="../ui/environmentbanner.cpp" line="57"/>
        <source>read-write</source>
        <translation>Lesen/Schreiben</translation>
    </message>
    <message>
        <location filename="../ui/environmentbanner.cpp" line="37"/>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <location filename="../ui/environmentbanner.cpp" line="56"/>
        <source>Environment: %1
Access: %2
Target: %3
Connection: %4</source>
        <translation>Umgebung: %1
Zugriff: %2
Ziel: %3
Verbindung: %4</translation>
    </message>
</context>
<context>
    <name>slipway::EnvironmentStyle</name>
    <message>
        <location filename="../ui/environmentstyle.cpp" line="14"/>
        <source>PRODUCTION</source>
        <translation>PRODUKTION</translation>
    </message>
    <message>
        <location filename="../ui/environmentstyle.cpp" line="16"/>
        <source>STAGING</source>
        <translation>STAGING</translation>
    </message>
    <message>
        <location filename="../ui/environmentstyle.cpp" line="20"/>
        <source>DEVELOPMENT</source>
        <translation>ENTWICKLUNG</translation>
    </message>
</context>
<context>
    <name>slipway::FindReplaceBar</name>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="21"/>
        <source>&amp;Case sensitive</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="26"/>
        <location filename="../ui/editor/findreplacebar.cpp" line="28"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="30"/>
        <location filename="../ui/editor/findreplacebar.cpp" line="31"/>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="33"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="34"/>
        <source>Find the next match (Enter)</source>
        <translation>Nächsten Treffer suchen (Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="35"/>
        <source>&amp;Previous</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="36"/>
        <source>Find the previous match (Shift+Enter)</source>
        <translation>Vorherigen Treffer suchen (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="37"/>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="38"/>
        <source>Replace &amp;All</source>
        <translation>&amp;Alle ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="42"/>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="124"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="129"/>
        <source>Wrapped around</source>
        <translation>Am Anfang fortgesetzt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/findreplacebar.cpp" line="172"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::HistoryModel</name>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="56"/>
        <source>%1 applied</source>
        <translation>%1 angewendet</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="57"/>
        <source>%1 pending</source>
        <translation>%1 ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="58"/>
        <source>%1 missing</source>
        <translation>%1 fehlend</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="59"/>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="60"/>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="61"/>
        <source>%1 dirty</source>
        <translation>%1 unsauber</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="62"/>
        <source>%1 out of order</source>
        <translation>%1 außer der Reihe</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="108"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="114"/>
        <source>not applied</source>
        <translation>nicht angewendet</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="116"/>
        <source>no file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="118"/>
        <source>differs (recorded %1, file %2)</source>
        <translation>unterschiedlich (festgehalten %1, Datei %2)</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="120"/>
        <source>not recorded</source>
        <translation>nicht festgehalten</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="121"/>
        <source>matches</source>
        <translation>stimmt überein</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="129"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="130"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="198"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="199"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="200"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="201"/>
        <source>Applied at</source>
        <translation>Angewendet am</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="202"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="203"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="204"/>
        <source>Checksum</source>
        <translation>Prüfsumme</translation>
    </message>
</context>
<context>
    <name>slipway::HistoryView</name>
    <message>
        <location filename="../ui/history/historyview.cpp" line="62"/>
        <source>Pick the migrations folder to compare with the database&apos;s history</source>
        <translation>Den Migrationsordner wählen, der mit der Historie der Datenbank verglichen wird</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="63"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="64"/>
        <source>Read the folder and the history table again</source>
        <translation>Ordner und Historientabelle erneut lesen</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="65"/>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="70"/>
        <source>Check &amp;Drift Against Folder</source>
        <translation>&amp;Abweichung gegen Ordner prüfen</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="72"/>
        <source>Apply the folder&apos;s applied migrations to a scratch database on this server and compare it with the live schema</source>
        <translation>Die angewendeten Migrationen des Ordners auf eine Scratch-Datenbank auf diesem Server anwenden und mit dem Live-Schema vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="74"/>
        <source>Drift Against S&amp;napshot…</source>
        <translation>Abweichung gegen S&amp;napshot …</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="76"/>
        <source>Compare the live schema with a saved schema snapshot file</source>
        <translation>Das Live-Schema mit einer gespeicherten Schema-Snapshot-Datei vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="84"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="94"/>
        <source>Filter migrations</source>
        <translation>Migrationen filtern</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="95"/>
        <source>Filter by version or name</source>
        <translation>Nach Version oder Name filtern</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="97"/>
        <source>&amp;Open SQL</source>
        <translation>SQL ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="98"/>
        <source>Open the selected migration in the SQL editor (it is linted there)</source>
        <translation>Die gewählte Migration im SQL-Editor öffnen (dort wird sie geprüft)</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="61"/>
        <source>Choose Fo&amp;lder…</source>
        <translation>Ordner wäh&amp;len…</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="99"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="101"/>
        <source>Show migrations with status</source>
        <translation>Migrationen mit diesem Status zeigen</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="105"/>
        <source>History ta&amp;ble:</source>
        <translation>Historientab&amp;elle:</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="108"/>
        <source>History table</source>
        <translation>Historientabelle</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="109"/>
        <source>This database has several migration history tables: the one to show</source>
        <translation>Diese Datenbank hat mehrere Migrationshistorientabellen: die anzuzeigende</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="142"/>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="199"/>
        <source>Migrations Folder</source>
        <translation>Migrationsordner</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="209"/>
        <source>(none — choose a migrations folder)</source>
        <translation>(keiner — einen Migrationsordner wählen)</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="219"/>
        <source>No folder chosen.</source>
        <translation>Kein Ordner gewählt.</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="223"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="240"/>
        <source>Not connected: every migration is shown as pending.</source>
        <translation>Nicht verbunden: jede Migration wird als ausstehend angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="249"/>
        <source>The history read was cancelled.</source>
        <translation>Das Lesen der Historie wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="254"/>
        <source>Could not read the history: %1</source>
        <translation>Die Historie konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="258"/>
        <source>History: %1 (%2.%3)</source>
        <translation>Historie: %1 (%2.%3)</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="261"/>
        <source>No history table in this database: nothing applied yet.</source>
        <translation>Keine Historientabelle in dieser Datenbank: noch nichts angewendet.</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="280"/>
        <source>Folder problems (%1):</source>
        <translation>Probleme im Ordner (%1):</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="351"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="353"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="358"/>
        <source>Automatic: %1</source>
        <translation>Automatisch: %1</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="393"/>
        <source>Schema Snapshot</source>
        <translation>Schema-Snapshot</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="394"/>
        <source>Schema snapshots (*.json);;All files (*)</source>
        <translation>Schema-Snapshots (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>slipway::LintReport</name>
    <message>
        <location filename="../core/lint/reporters/lintreport.cpp" line="15"/>
        <source>The file could not be linted.</source>
        <translation>Die Datei konnte nicht geprüft werden.</translation>
    </message>
</context>
<context>
    <name>slipway::LintRule</name>
    <message>
        <location filename="../core/lint/lintrule.cpp" line="26"/>
        <source>(the table is created earlier in this file, so it is empty)</source>
        <translation>(die Tabelle wird weiter oben in dieser Datei angelegt, ist also leer)</translation>
    </message>
</context>
<context>
    <name>slipway::LockMode</name>
    <message>
        <location filename="../core/sql/lockmode.cpp" line="10"/>
        <source>no lock</source>
        <translation>keine Sperre</translation>
    </message>
</context>
<context>
    <name>slipway::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="74"/>
        <location filename="../ui/mainwindow.cpp" line="542"/>
        <source>Slipway</source>
        <translation>Slipway</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="105"/>
        <source>Migrations in the History tab&apos;s folder</source>
        <translation>Migrationen im Ordner des Tabs Historie</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Loaded %1 objects in %2 ms</source>
        <translation>%1 Objekte in %2 ms geladen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134"/>
        <source>Could not load the object list — %1</source>
        <translation>Die Objektliste konnte nicht geladen werden — %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="147"/>
        <source>Could not read the saved connections (%1): %2</source>
        <translation>Die gespeicherten Verbindungen konnten nicht gelesen werden (%1): %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="148"/>
        <source>Saved connections could not be read</source>
        <translation>Gespeicherte Verbindungen konnten nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="150"/>
        <source>%n saved connection(s) in %1.</source>
        <translation>
            <numerusform>%n gespeicherte Verbindung in %1.</numerusform>
            <numerusform>%n gespeicherte Verbindungen in %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="155"/>
        <source>The local store is not available; going on without recent items and run history. %1</source>
        <translation>Der lokale Speicher ist nicht verfügbar; es geht ohne zuletzt verwendete Einträge und Ausführungsverlauf weiter. %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="157"/>
        <source>Local store unavailable: %1</source>
        <translation>Lokaler Speicher nicht verfügbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="26"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="32"/>
        <source>Add a saved connection</source>
        <translation>Eine gespeicherte Verbindung hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="34"/>
        <source>&amp;Edit Connection…</source>
        <translation>Verbindung &amp;bearbeiten …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="35"/>
        <source>Edit the selected connection</source>
        <translation>Die gewählte Verbindung bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="37"/>
        <source>De&amp;lete Connection</source>
        <translation>Verbindung &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="38"/>
        <source>Delete the selected connection and its saved password</source>
        <translation>Die gewählte Verbindung und ihr gespeichertes Passwort löschen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="40"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="41"/>
        <source>Connect to the selected connection</source>
        <translation>Mit der gewählten Verbindung verbinden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="43"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="44"/>
        <source>Close the active connection</source>
        <translation>Die aktive Verbindung schließen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="46"/>
        <source>&amp;Reconnect</source>
        <translation>&amp;Erneut verbinden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="47"/>
        <source>Open the active connection again</source>
        <translation>Die aktive Verbindung erneut öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="49"/>
        <source>Re&amp;fresh Objects</source>
        <translation>Objekte a&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="50"/>
        <source>Reload the object list</source>
        <translation>Die Objektliste neu laden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="51"/>
        <source>Close &amp;Tab</source>
        <translation>&amp;Tab schließen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="52"/>
        <source>Close the current tab</source>
        <translation>Den aktuellen Tab schließen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="53"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="54"/>
        <source>Quit Slipway</source>
        <translation>Slipway beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="56"/>
        <source>&amp;Start Page</source>
        <translation>&amp;Startseite</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="57"/>
        <source>Show the Start tab</source>
        <translation>Den Tab Start anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="58"/>
        <source>&amp;Monitor</source>
        <translation>&amp;Monitor</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="59"/>
        <source>Live lock waits, blocking tree, replication lag, progress and activity in a tab</source>
        <translation>Live-Sperrwartezeiten, Blockierungsbaum, Replikationsverzögerung, Fortschritt und Aktivität in einem Tab</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="61"/>
        <source>&amp;Next Tab</source>
        <translation>&amp;Nächster Tab</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="62"/>
        <source>Show the tab to the right</source>
        <translation>Den Tab rechts anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="63"/>
        <source>Pre&amp;vious Tab</source>
        <translation>&amp;Vorheriger Tab</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="64"/>
        <source>Show the tab to the left</source>
        <translation>Den Tab links anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="66"/>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Layout zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="67"/>
        <source>Put the panels back where they started</source>
        <translation>Die Bereiche an ihre Ausgangsposition zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="68"/>
        <source>&amp;About Slipway</source>
        <translation>Ü&amp;ber Slipway</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="69"/>
        <source>Version and licence</source>
        <translation>Version und Lizenz</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="70"/>
        <source>About Slipway</source>
        <translation>Über Slipway</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="71"/>
        <source>&lt;h3&gt;Slipway %1&lt;/h3&gt;&lt;p&gt;A desktop workbench for safe PostgreSQL migrations.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Slipway %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Werkbank für sichere PostgreSQL-Migrationen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="77"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="79"/>
        <source>Timeouts, backfill batches, monitor thresholds, editor font and language</source>
        <translation>Timeouts, Backfill-Batches, Monitor-Schwellen, Editor-Schrift und Sprache</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="82"/>
        <source>&amp;Run Migrations…</source>
        <translation>&amp;Migrationen ausführen …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="83"/>
        <source>Dry-run, run or roll back pending migrations or a backfill, with the monitor alongside</source>
        <translation>Ausstehende Migrationen oder einen Backfill probeweise ausführen, ausführen oder zurückrollen, mit dem Monitor daneben</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="85"/>
        <source>Run &amp;Current Script…</source>
        <translation>Aktuelles &amp;Skript ausführen …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="87"/>
        <source>Run the current editor tab as one migration, with timeouts, retries and the monitor</source>
        <translation>Den aktuellen Editor-Tab als eine Migration ausführen, mit Timeouts, Wiederholungen und dem Monitor</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="89"/>
        <source>Past R&amp;uns…</source>
        <translation>Frühere Lä&amp;ufe…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="90"/>
        <source>Earlier runs and monitoring sessions with their logs and the monitor&apos;s charts</source>
        <translation>Frühere Läufe und Überwachungssitzungen mit ihren Protokollen und den Diagrammen des Monitors</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="92"/>
        <source>&amp;Plan for Current Script</source>
        <translation>&amp;Plan für aktuelles Skript</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="94"/>
        <source>Steps, locks, estimated durations, risk, rollback and approvals for the current editor tab (table sizes from the connected database)</source>
        <translation>Schritte, Sperren, geschätzte Dauern, Risiko, Rollback und Freigaben für den aktuellen Editor-Tab (Tabellengrößen aus der verbundenen Datenbank)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="97"/>
        <source>Open P&amp;lan…</source>
        <translation>P&amp;lan öffnen …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="98"/>
        <source>Open a saved migration plan (.json) for review</source>
        <translation>Einen gespeicherten Migrationsplan (.json) zur Prüfung öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="99"/>
        <source>Presen&amp;t Plan</source>
        <translation>Plan präsen&amp;tieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="100"/>
        <source>Walk stakeholders through the current plan, one step per screen, full screen</source>
        <translation>Stakeholder durch den aktuellen Plan führen, ein Schritt pro Bildschirm, im Vollbild</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="103"/>
        <source>Compare two databases or snapshots and plan lock-safe DDL, with its down plan</source>
        <translation>Zwei Datenbanken oder Snapshots vergleichen und sperrsicheres DDL samt Down-Plan planen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="105"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="106"/>
        <source>Every keyboard shortcut, by menu</source>
        <translation>Alle Tastenkürzel, nach Menü</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="109"/>
        <source>Demo &amp;Workload</source>
        <translation>Demo-&amp;Last</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="112"/>
        <source>Run a small shop workload against the demo database</source>
        <translation>Eine kleine Shop-Last gegen die Demodatenbank ausführen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="118"/>
        <source>Demo workload started against %1.</source>
        <translation>Demo-Last gegen %1 gestartet.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="121"/>
        <source>Demo workload stopping…</source>
        <translation>Demo-Last wird angehalten …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="102"/>
        <source>Schema &amp;Diff…</source>
        <translation>Schema-&amp;Diff …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="31"/>
        <source>New &amp;Connection…</source>
        <translation>Neue &amp;Verbindung …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="133"/>
        <source>Migration &amp;History</source>
        <translation>Migrations&amp;historie</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="134"/>
        <source>Applied, pending and changed migrations of a folder against this database</source>
        <translation>Angewendete, ausstehende und geänderte Migrationen eines Ordners gegenüber dieser Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="254"/>
        <source>Show or hide the %1 panel (%2)</source>
        <translation>Den Bereich %1 ein- oder ausblenden (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287"/>
        <source>&amp;Connections</source>
        <translation>Ver&amp;bindungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="290"/>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="290"/>
        <source>&amp;Objects</source>
        <translation>&amp;Objekte</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="293"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="293"/>
        <source>&amp;Problems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="294"/>
        <source>Run Log</source>
        <translation>Ausführungsprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="294"/>
        <source>Run &amp;Log</source>
        <translation>&amp;Ausführungsprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="296"/>
        <location filename="../ui/mainwindowtabs.cpp" line="205"/>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="140"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="144"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="157"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="166"/>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="169"/>
        <source>Recent C&amp;onnections</source>
        <translation>&amp;Zuletzt verwendete Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="181"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="193"/>
        <source>&amp;Migration</source>
        <translation>&amp;Migration</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="211"/>
        <source>New E&amp;xpand/Contract Plan…</source>
        <translation>Neuer E&amp;xpand/Contract-Plan…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="213"/>
        <source>Generate a multi-step plan for a rename, type change, NOT NULL column, table split, foreign key or index replacement</source>
        <translation>Einen mehrstufigen Plan für Umbenennung, Typänderung, NOT-NULL-Spalte, Tabellenteilung, Fremdschlüssel oder Indexersatz erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="219"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="223"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="227"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="229"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="330"/>
        <source>Panel layout reset.</source>
        <translation>Bereichslayout zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="342"/>
        <source>Preferences saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="344"/>
        <source>The new language takes effect the next time Slipway starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Slipway.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowclose.cpp" line="35"/>
        <source>Stopping the demo sandbox…</source>
        <translation>Demo-Sandbox wird angehalten …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowclose.cpp" line="45"/>
        <source>Run in Progress</source>
        <translation>Lauf in Arbeit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowclose.cpp" line="46"/>
        <source>A backfill is running. Stop it and quit?</source>
        <translation>Ein Backfill läuft. Anhalten und beenden?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowclose.cpp" line="47"/>
        <source>A migration run is in progress. Stop it and quit?</source>
        <translation>Eine Migration läuft. Anhalten und beenden?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowclose.cpp" line="50"/>
        <source>The batch running now rolls back. The checkpoint keeps every batch done before it, so the backfill can be resumed later.</source>
        <translation>Der laufende Batch wird zurückgerollt. Der Checkpoint behält jeden Batch davor, der Backfill kann später fortgesetzt werden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowclose.cpp" line="52"/>
        <source>The statement running now is cancelled and its transaction rolled back; slipway.journal records the migration as failed.</source>
        <translation>Die laufende Anweisung wird abgebrochen und ihre Transaktion zurückgerollt; slipway.journal verzeichnet die Migration als fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowclose.cpp" line="54"/>
        <source>&amp;Stop and Quit</source>
        <translation>&amp;Anhalten und beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="143"/>
        <source>Connections not saved</source>
        <translation>Verbindungen nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="79"/>
        <source>Delete Connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="80"/>
        <source>Delete the connection &quot;%1&quot; (%2)?%3</source>
        <translation>Die Verbindung „%1“ (%2) löschen?%3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="82"/>
        <source>
Its password is removed from the keychain too.</source>
        <translation>
Ihr Passwort wird auch aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="114"/>
        <source>Cannot connect to &quot;%1&quot;</source>
        <translation>Verbindung zu „%1“ nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="115"/>
        <source>Cannot connect to &quot;%1&quot;: %2</source>
        <translation>Verbindung zu „%1“ nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="148"/>
        <source>%1
%2

Password for %3:</source>
        <translation>%1
%2

Passwort für %3:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="149"/>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="163"/>
        <source>Could not record the recent connection: %1</source>
        <translation>Die zuletzt verwendete Verbindung konnte nicht festgehalten werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="183"/>
        <source>Could not look for unfinished runs in slipway.journal: %1</source>
        <translation>Nach unfertigen Läufen in slipway.journal konnte nicht gesucht werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="191"/>
        <source>Unfinished run: %1</source>
        <translation>Unfertiger Lauf: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindowconnections.cpp" line="194"/>
        <source>%n migration run(s) did not finish on this database</source>
        <translation>
            <numerusform>%n Migrationslauf wurde auf dieser Datenbank nicht beendet</numerusform>
            <numerusform>%n Migrationsläufe wurden auf dieser Datenbank nicht beendet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="198"/>
        <source>Slipway (or its connection) stopped while they ran. Their transactions were rolled back by the server, but statements run outside a transaction may have taken effect: inspect the database before running again.</source>
        <translation>Slipway (oder seine Verbindung) wurde während der Ausführung beendet. Ihre Transaktionen hat der Server zurückgerollt, aber außerhalb einer Transaktion ausgeführte Anweisungen können wirksam geworden sein: die Datenbank prüfen, bevor erneut ausgeführt wird.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="202"/>
        <source>Show History</source>
        <translation>Historie anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="210"/>
        <source>Could not connect to %1 — %2</source>
        <translation>Verbindung zu %1 nicht möglich — %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="211"/>
        <source>Could not connect to %1</source>
        <translation>Verbindung zu %1 nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="212"/>
        <source>Edit Connection…</source>
        <translation>Verbindung bearbeiten …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="212"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="213"/>
        <source>Connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="219"/>
        <source>Connection to %1 lost</source>
        <translation>Verbindung zu %1 verloren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="220"/>
        <source>Reconnect</source>
        <translation>Erneut verbinden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="296"/>
        <source>Moni&amp;tor Panel</source>
        <translation>Moni&amp;tor-Bereich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="377"/>
        <source>Demo sandbox: %1 (%2%)</source>
        <translation>Demo-Sandbox: %1 (%2%)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="381"/>
        <source>The demo sandbox did not start: %1</source>
        <translation>Die Demo-Sandbox ist nicht gestartet: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="382"/>
        <source>The demo sandbox did not start</source>
        <translation>Die Demo-Sandbox ist nicht gestartet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="394"/>
        <source>Demo workload stopped.</source>
        <translation>Demo-Last angehalten.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="401"/>
        <source>Starting the demo sandbox (PostgreSQL primary + replica with the demo shop database)…</source>
        <translation>Demo-Sandbox wird gestartet (PostgreSQL-Primary + Replica mit der Demo-Shop-Datenbank) …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="409"/>
        <source>Demo sandbox ready in %1: primary %2, replica %3. Demo migrations: %4</source>
        <translation>Demo-Sandbox bereit in %1: Primary %2, Replica %3. Demo-Migrationen: %4</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="414"/>
        <source>Sandbox demo</source>
        <translation>Sandbox-Demo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="431"/>
        <source>Demo workload: %1 committed, %2 failed, %3 reconnects</source>
        <translation>Demo-Last: %1 committet, %2 fehlgeschlagen, %3 Neuverbindungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="435"/>
        <source>Last failure: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="484"/>
        <source>No migration file matches %1.</source>
        <translation>Keine Migrationsdatei passt auf %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="524"/>
        <source>Start or stop a small shop workload against the demo database</source>
        <translation>Eine kleine Shop-Last gegen die Demodatenbank starten oder anhalten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="525"/>
        <source>Connect to &quot;Sandbox demo&quot; to run the demo workload</source>
        <translation>Mit „Sandbox-Demo“ verbinden, um die Demo-Last auszuführen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="526"/>
        <source>Start Slipway with --demo to get a sandbox with a demo workload</source>
        <translation>Slipway mit --demo starten, um eine Sandbox mit Demo-Last zu erhalten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="545"/>
        <location filename="../ui/mainwindow.cpp" line="547"/>
        <source>connecting…</source>
        <translation>verbinde …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="552"/>
        <source>standby</source>
        <translation>Standby</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="554"/>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="556"/>
        <source>%1 — %2 — Slipway</source>
        <translation>%1 — %2 — Slipway</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="561"/>
        <location filename="../ui/mainwindow.cpp" line="563"/>
        <source>connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowtabs.cpp" line="38"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowtabs.cpp" line="55"/>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowtabs.cpp" line="88"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowtabs.cpp" line="130"/>
        <source>There is no statement at the cursor.</source>
        <translation>Am Cursor steht keine Anweisung.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowtabs.cpp" line="134"/>
        <source>%1, statement at line %2</source>
        <translation>%1, Anweisung in Zeile %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowtabs.cpp" line="145"/>
        <source>Select the statements to run first.</source>
        <translation>Zuerst die auszuführenden Anweisungen markieren.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowtabs.cpp" line="148"/>
        <source>%1, selection</source>
        <translation>%1, Auswahl</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowplan.cpp" line="61"/>
        <location filename="../ui/mainwindowtabs.cpp" line="156"/>
        <source>A run is in progress; wait for it to finish or abort it.</source>
        <translation>Ein Lauf ist im Gange; warten, bis er fertig ist, oder ihn abbrechen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowtabs.cpp" line="174"/>
        <source>Close %1</source>
        <translation>%1 schließen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowtabs.cpp" line="191"/>
        <source>Schema Diff</source>
        <translation>Schema-Diff</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsession.cpp" line="38"/>
        <source>%1 no longer exists; removed from the recent files.</source>
        <translation>%1 existiert nicht mehr; aus den zuletzt geöffneten Dateien entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsession.cpp" line="47"/>
        <source>Could not clear the recent files: %1</source>
        <translation>Die zuletzt geöffneten Dateien konnten nicht geleert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsession.cpp" line="69"/>
        <source>Could not clear the recent connections: %1</source>
        <translation>Die zuletzt verwendeten Verbindungen konnten nicht geleert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsession.cpp" line="156"/>
        <source>Not reopened, no longer on disk: %1</source>
        <translation>Nicht wieder geöffnet, nicht mehr auf der Festplatte: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowplan.cpp" line="72"/>
        <source>Open or write a migration first: the plan is made from the current editor tab.</source>
        <translation>Zuerst eine Migration öffnen oder schreiben: der Plan entsteht aus dem aktuellen Editor-Tab.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowplan.cpp" line="79"/>
        <source>Migration plan for %1</source>
        <translation>Migrationsplan für %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowplan.cpp" line="84"/>
        <source>Planned %1 offline: not connected, so durations that depend on table sizes are unknown.</source>
        <translation>%1 offline geplant: nicht verbunden, daher sind größenabhängige Dauern unbekannt.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowplan.cpp" line="90"/>
        <source>Planning %1 with the table sizes of %2…</source>
        <translation>%1 wird mit den Tabellengrößen von %2 geplant …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowplan.cpp" line="100"/>
        <source>Plan ready, with the table sizes of %1.</source>
        <translation>Plan fertig, mit den Tabellengrößen von %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowplan.cpp" line="104"/>
        <source>Could not read table sizes from %1 (%2); planned offline instead.</source>
        <translation>Tabellengrößen konnten nicht aus %1 gelesen werden (%2); stattdessen offline geplant.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowplan.cpp" line="118"/>
        <source>Opened plan %1.</source>
        <translation>Plan %1 geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowplan.cpp" line="124"/>
        <location filename="../ui/mainwindowplan.cpp" line="129"/>
        <source>Open Plan</source>
        <translation>Plan öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowplan.cpp" line="125"/>
        <source>Migration plans (*.json);;All files (*)</source>
        <translation>Migrationspläne (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowplan.cpp" line="129"/>
        <source>%1 is not a Slipway plan file.</source>
        <translation>%1 ist keine Slipway-Plandatei.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowplan.cpp" line="156"/>
        <source>Open a plan first (Migration › Plan for Current Script, or File › Open Plan).</source>
        <translation>Zuerst einen Plan öffnen (Migration › Plan für aktuelles Skript oder Datei › Plan öffnen).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowstart.cpp" line="76"/>
        <source>The %1 wizard has no input &quot;%2&quot;.</source>
        <translation>Der Assistent %1 hat keine Eingabe „%2“.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowstart.cpp" line="106"/>
        <source>Unknown wizard &quot;%1&quot;; the wizards are: %2.</source>
        <translation>Unbekannter Assistent „%1“; die Assistenten sind: %2.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowstart.cpp" line="174"/>
        <source>%1: no such snapshot file.</source>
        <translation>%1: keine solche Snapshot-Datei.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowstart.cpp" line="181"/>
        <source>%1 is neither a snapshot file nor a connection: %2</source>
        <translation>%1 ist weder eine Snapshot-Datei noch eine Verbindung: %2</translation>
    </message>
</context>
<context>
    <name>slipway::MessageBanner</name>
    <message>
        <location filename="../ui/messagebanner.cpp" line="50"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/messagebanner.cpp" line="51"/>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <location filename="../ui/messagebanner.cpp" line="86"/>
        <source>Detail: %1</source>
        <translation>Detail: %1</translation>
    </message>
    <message>
        <location filename="../ui/messagebanner.cpp" line="88"/>
        <source>Hint: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../ui/messagebanner.cpp" line="90"/>
        <source>SQLSTATE %1</source>
        <translation>SQLSTATE %1</translation>
    </message>
    <message>
        <location filename="../ui/messagebanner.cpp" line="96"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>slipway::MigrationStatusTracker</name>
    <message>
        <location filename="../ui/history/migrationstatustracker.cpp" line="48"/>
        <source>Pending migration %1 works on it</source>
        <translation>Ausstehende Migration %1 arbeitet daran</translation>
    </message>
    <message>
        <location filename="../ui/history/migrationstatustracker.cpp" line="51"/>
        <source>Migration %1 changed after it was applied</source>
        <translation>Migration %1 wurde nach dem Anwenden geändert</translation>
    </message>
    <message>
        <location filename="../ui/history/migrationstatustracker.cpp" line="61"/>
        <source>Drift: differs from what the migrations folder builds</source>
        <translation>Abweichung: unterscheidet sich von dem, was der Migrationsordner baut</translation>
    </message>
    <message>
        <location filename="../ui/history/migrationstatustracker.cpp" line="144"/>
        <source>%1 pending</source>
        <translation>%1 ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/history/migrationstatustracker.cpp" line="146"/>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <location filename="../ui/history/migrationstatustracker.cpp" line="148"/>
        <source>%1 missing</source>
        <translation>%1 fehlend</translation>
    </message>
    <message>
        <location filename="../ui/history/migrationstatustracker.cpp" line="150"/>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/history/migrationstatustracker.cpp" line="152"/>
        <source>%1 dirty</source>
        <translation>%1 unsauber</translation>
    </message>
    <message>
        <location filename="../ui/history/migrationstatustracker.cpp" line="154"/>
        <source>drift in 1 object</source>
        <translation>Abweichung in 1 Objekt</translation>
    </message>
    <message>
        <location filename="../ui/history/migrationstatustracker.cpp" line="154"/>
        <source>drift in %1 objects</source>
        <translation>Abweichung in %1 Objekten</translation>
    </message>
    <message>
        <location filename="../ui/history/migrationstatustracker.cpp" line="156"/>
        <source>Migrations up to date (%1 applied)</source>
        <translation>Migrationen aktuell (%1 angewendet)</translation>
    </message>
    <message>
        <location filename="../ui/history/migrationstatustracker.cpp" line="157"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../ui/history/migrationstatustracker.cpp" line="162"/>
        <source>Migrations of %1 against the connected database</source>
        <translation>Migrationen von %1 gegenüber der verbundenen Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/history/migrationstatustracker.cpp" line="167"/>
        <source>%1 objects are marked in the Objects tree</source>
        <translation>%1 Objekte sind im Objektbaum markiert</translation>
    </message>
</context>
<context>
    <name>slipway::MonitorChart</name>
    <message>
        <location filename="../ui/monitor/monitorchart.cpp" line="49"/>
        <source>paused by you</source>
        <translation>von Ihnen pausiert</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorchart.cpp" line="51"/>
        <source>resumed by you</source>
        <translation>von Ihnen fortgesetzt</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorchart.cpp" line="53"/>
        <source>aborted by you</source>
        <translation>von Ihnen abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorchart.cpp" line="75"/>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>slipway::MonitorController</name>
    <message>
        <location filename="../ui/monitor/monitorcontroller.cpp" line="17"/>
        <location filename="../ui/monitor/monitorcontroller.cpp" line="19"/>
        <source>Monitor: %1</source>
        <translation>Monitor: %1</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorcontroller.cpp" line="22"/>
        <source>Could not write the monitor series to the local store: %1</source>
        <translation>Die Monitor-Messreihen konnten nicht in den lokalen Speicher geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorcontroller.cpp" line="49"/>
        <location filename="../ui/monitor/monitorcontroller.cpp" line="86"/>
        <source>The monitor series will not be kept: %1</source>
        <translation>Die Monitor-Messreihen werden nicht aufbewahrt: %1</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorcontroller.cpp" line="82"/>
        <source>Monitor %1</source>
        <translation>Monitor %1</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorcontroller.cpp" line="92"/>
        <source>every %1 s</source>
        <translation>alle %1 s</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorcontroller.cpp" line="94"/>
        <source>Monitoring %1 %2 on a connection of its own.</source>
        <translation>Überwache %1 %2 über eine eigene Verbindung.</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorcontroller.cpp" line="95"/>
        <source>Monitoring %1 and its replica %2 on connections of their own.</source>
        <translation>Überwache %1 und seine Replica %2 über eigene Verbindungen.</translation>
    </message>
</context>
<context>
    <name>slipway::MonitorView</name>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="20"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="22"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="24"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="25"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="49"/>
        <location filename="../ui/monitor/monitorview.cpp" line="174"/>
        <source>Lock waits</source>
        <translation>Sperrwartezeiten</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="49"/>
        <source>longest wait (s)</source>
        <translation>max. Warten (s)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="51"/>
        <source>sessions waiting</source>
        <translation>Wartende</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="52"/>
        <source>longest wait</source>
        <translation>längste Wartezeit</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="53"/>
        <source>waiting sessions</source>
        <translation>wartende Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="72"/>
        <source>%1 (dotted: bytes)</source>
        <translation>%1 (gepunktet: Bytes)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="345"/>
        <location filename="../ui/monitor/monitorview.cpp" line="347"/>
        <source>throttle %1 s</source>
        <translation>drosseln %1 s</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="346"/>
        <location filename="../ui/monitor/monitorview.cpp" line="348"/>
        <source>abort %1 s</source>
        <translation>abbrechen %1 s</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="58"/>
        <location filename="../ui/monitor/monitorview.cpp" line="174"/>
        <source>Replication lag</source>
        <translation>Replikationsverzögerung</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="58"/>
        <source>lag (s)</source>
        <translation>Verzögerung (s)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="60"/>
        <source>behind</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="73"/>
        <source>%1 behind</source>
        <translation>%1 Rückstand</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="77"/>
        <source>standby replay delay</source>
        <translation>Replay-Verzögerung des Standby</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="85"/>
        <location filename="../ui/monitor/monitorview.cpp" line="175"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="85"/>
        <source>% done</source>
        <translation>% erledigt</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="97"/>
        <source>CREATE INDEX (pid %1)</source>
        <translation>CREATE INDEX (PID %1)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="98"/>
        <source>VACUUM (pid %1)</source>
        <translation>VACUUM (PID %1)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="99"/>
        <source>CLUSTER (pid %1)</source>
        <translation>CLUSTER (PID %1)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="100"/>
        <source>COPY (pid %1)</source>
        <translation>COPY (PID %1)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="101"/>
        <source>Backfill (pid %1)</source>
        <translation>Backfill (PID %1)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="102"/>
        <source>ANALYZE (pid %1)</source>
        <translation>ANALYZE (PID %1)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="104"/>
        <source>Backfill</source>
        <translation>Backfill</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="112"/>
        <location filename="../ui/monitor/monitorview.cpp" line="175"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="112"/>
        <location filename="../ui/monitor/monitorview.cpp" line="116"/>
        <source>transactions/s</source>
        <translation>Transaktionen/s</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="114"/>
        <source>sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="115"/>
        <source>errors (%)</source>
        <translation>Fehler (%)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="117"/>
        <source>rollbacks/s</source>
        <translation>Rollbacks/s</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="118"/>
        <source>error rate</source>
        <translation>Fehlerrate</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="119"/>
        <source>active sessions</source>
        <translation>aktive Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="120"/>
        <source>idle in transaction</source>
        <translation>idle in Transaktion</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="137"/>
        <source>Export Chart as PNG…</source>
        <translation>Diagramm als PNG exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="144"/>
        <source>Export Series as CSV…</source>
        <translation>Messreihen als CSV exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="154"/>
        <location filename="../ui/monitor/monitorview.cpp" line="293"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="157"/>
        <source>Freeze the charts (sampling goes on); drag over a chart to zoom</source>
        <translation>Diagramme einfrieren (die Abtastung läuft weiter); zum Zoomen über ein Diagramm ziehen</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="160"/>
        <source>1 min</source>
        <translation>1 min</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="160"/>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="160"/>
        <source>15 min</source>
        <translation>15 min</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="161"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="161"/>
        <source>6 hours</source>
        <translation>6 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="165"/>
        <source>How much time the charts show</source>
        <translation>Welchen Zeitraum die Diagramme zeigen</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="170"/>
        <source> Window: </source>
        <translation> Zeitfenster: </translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="180"/>
        <source>Export PNG</source>
        <translation>PNG exportieren</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="185"/>
        <source>Save a chart as a PNG picture</source>
        <translation>Ein Diagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="187"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="188"/>
        <source>Save every series (one column each) as CSV</source>
        <translation>Alle Messreihen (je eine Spalte) als CSV speichern</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="192"/>
        <source>Open Full View</source>
        <translation>Vollansicht öffnen</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="194"/>
        <source>The monitor as a tab, with the blocking tree and progress details</source>
        <translation>Der Monitor als Tab, mit Blockierungsbaum und Fortschrittsdetails</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="293"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="350"/>
        <source>throttle %1 % errors</source>
        <translation>drosseln %1 % Fehler</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="351"/>
        <source>abort %1 % errors</source>
        <translation>abbrechen %1 % Fehler</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="45"/>
        <source>&lt;b&gt;Not monitoring.&lt;/b&gt; Connect to a database: lock waits, replication lag, progress and activity are sampled once a second on a connection of their own.</source>
        <translation>&lt;b&gt;Keine Überwachung.&lt;/b&gt; Mit einer Datenbank verbinden: Sperrwartezeiten, Replikationsverzögerung, Fortschritt und Aktivität werden einmal pro Sekunde über eine eigene Verbindung abgetastet.</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="48"/>
        <source>Waiting for the first sample…</source>
        <translation>Warten auf die erste Messung …</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="49"/>
        <source>The monitor cannot sample: %1</source>
        <translation>Der Monitor kann nicht abtasten: %1</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="53"/>
        <source>No lock waits</source>
        <translation>Keine Sperrwartezeiten</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/monitor/monitortext.cpp" line="61"/>
        <source>&lt;b&gt;%n session(s) waiting for locks&lt;/b&gt;, longest %1</source>
        <translation>
            <numerusform>&lt;b&gt;%n Sitzung wartet auf Sperren&lt;/b&gt;, längste %1</numerusform>
            <numerusform>&lt;b&gt;%n Sitzungen warten auf Sperren&lt;/b&gt;, längste %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="63"/>
        <source> (pid %1 wants %2 on %3, blocked by pid %4)</source>
        <translation> (PID %1 will %2 auf %3, blockiert von PID %4)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="71"/>
        <source>replica lag %1 (%2 behind)</source>
        <translation>Replica-Verzögerung %1 (%2 Rückstand)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="73"/>
        <source>, replay paused</source>
        <translation>, Replay pausiert</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="76"/>
        <source>no replicas</source>
        <translation>keine Replicas</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="79"/>
        <source>%1 tx/s, %2 active</source>
        <translation>%1 Tx/s, %2 aktiv</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="86"/>
        <source>%1 % of %2 transactions rolled back</source>
        <translation>%1 % von %2 Transaktionen zurückgerollt</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="90"/>
        <source> (too few to count)</source>
        <translation> (zu wenige zum Zählen)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="95"/>
        <source>%1 %2 %3%</source>
        <translation>%1 %2 %3%</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="98"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="103"/>
        <source>Abort policy: OK</source>
        <translation>Abbruchrichtlinie: OK</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="106"/>
        <source>&lt;b&gt;Abort policy: THROTTLE&lt;/b&gt;</source>
        <translation>&lt;b&gt;Abbruchrichtlinie: DROSSELN&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="109"/>
        <source>&lt;b&gt;Abort policy: ABORT&lt;/b&gt;</source>
        <translation>&lt;b&gt;Abbruchrichtlinie: ABBRECHEN&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="115"/>
        <source>last sample failed</source>
        <translation>letzte Messung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="122"/>
        <source>&lt;b&gt;Progress&lt;/b&gt;&lt;br&gt;No CREATE INDEX, CLUSTER, VACUUM, COPY or ANALYZE is running.</source>
        <translation>&lt;b&gt;Fortschritt&lt;/b&gt;&lt;br&gt;Kein CREATE INDEX, CLUSTER, VACUUM, COPY oder ANALYZE läuft.</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="126"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 (pid %3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 (PID %3)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="128"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="131"/>
        <source>phase: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="134"/>
        <source>waiting for %1 of %2 transaction(s) to finish</source>
        <translation>Warten auf Ende von %1 von %2 Transaktion(en)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="136"/>
        <source>, now pid %1</source>
        <translation>, jetzt PID %1</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="139"/>
        <source>%1% — %2 of %3 %4</source>
        <translation>%1% — %2 von %3 %4</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="143"/>
        <source>%1 %2 done</source>
        <translation>%1 %2 erledigt</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="146"/>
        <source>rate %1 %2/s</source>
        <translation>Rate %1 %2/s</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="148"/>
        <source>, ETA %1</source>
        <translation>, Restzeit %1</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="151"/>
        <source>&lt;b&gt;Progress&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;Fortschritt&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="386"/>
        <source>terminate</source>
        <translation>beenden</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="386"/>
        <source>cancel</source>
        <translation>abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="387"/>
        <source>Terminate session %1? Its transaction is rolled back and the client is disconnected.</source>
        <translation>Sitzung %1 beenden? Ihre Transaktion wird zurückgerollt und der Client getrennt.</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="389"/>
        <source>Cancel the statement session %1 is running?</source>
        <translation>Die Anweisung abbrechen, die Sitzung %1 ausführt?</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="395"/>
        <source>Terminate on production</source>
        <translation>Auf Produktion beenden</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="395"/>
        <source>Cancel on production</source>
        <translation>Auf Produktion abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="396"/>
        <source>%1

This is a PRODUCTION connection. Type the database name &quot;%2&quot; to %3 backend %4:</source>
        <translation>%1

Dies ist eine PRODUKTIONS-Verbindung. Den Datenbanknamen „%2“ eingeben, um Backend %4 zu %3:</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="403"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="404"/>
        <source>The name typed does not match &quot;%1&quot;; backend %2 was left alone.</source>
        <translation>Der eingegebene Name stimmt nicht mit „%1“ überein; Backend %2 blieb unberührt.</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="405"/>
        <source>Refused to %1 backend %2 on production: the database name was not confirmed.</source>
        <translation>Abgelehnt, Backend %2 auf Produktion zu %1: der Datenbankname wurde nicht bestätigt.</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="408"/>
        <source>Terminate Session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="408"/>
        <source>Cancel Query</source>
        <translation>Abfrage abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="416"/>
        <source>Could not %1 backend %2: %3</source>
        <translation>Backend %2 ließ sich nicht %1: %3</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="418"/>
        <source>The server did not %1 backend %2 (it may have ended already).</source>
        <translation>Der Server konnte Backend %2 nicht %1 (es ist womöglich schon beendet).</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="420"/>
        <source>Asked the server to %1 backend %2.</source>
        <translation>Server gebeten, Backend %2 zu %1.</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="442"/>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="443"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="447"/>
        <source>Chart saved to %1.</source>
        <translation>Diagramm nach %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="449"/>
        <source>Could not save the chart to %1.</source>
        <translation>Das Diagramm konnte nicht nach %1 gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="454"/>
        <source>Export Series</source>
        <translation>Messreihen exportieren</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="455"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="460"/>
        <source>Monitor series saved to %1.</source>
        <translation>Monitor-Messreihen nach %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="462"/>
        <source>Could not save the series to %1: %2</source>
        <translation>Die Messreihen konnten nicht nach %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>slipway::ObjectBrowser</name>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="47"/>
        <source>schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="48"/>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="49"/>
        <source>partitioned table</source>
        <translation>partitionierte Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="50"/>
        <source>foreign table</source>
        <translation>Fremdtabelle</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="51"/>
        <source>view</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="52"/>
        <source>materialized view</source>
        <translation>materialisierte Sicht</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="53"/>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="54"/>
        <source>function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="55"/>
        <source>procedure</source>
        <translation>Prozedur</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="76"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="76"/>
        <source>Rows (est.)</source>
        <translation>Zeilen (gesch.)</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="76"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="80"/>
        <source>Estimated from pg_class.reltuples, as of the last VACUUM or ANALYZE</source>
        <translation>Geschätzt aus pg_class.reltuples, Stand des letzten VACUUM oder ANALYZE</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="81"/>
        <source>Total on-disk size, including indexes and TOAST</source>
        <translation>Gesamtgröße auf der Festplatte, einschließlich Indexen und TOAST</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="93"/>
        <source>Database objects</source>
        <translation>Datenbankobjekte</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="100"/>
        <location filename="../ui/objectbrowser.cpp" line="102"/>
        <source>Filter objects</source>
        <translation>Objekte filtern</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="111"/>
        <source>Reload the object list (F5)</source>
        <translation>Die Objektliste neu laden (F5)</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="112"/>
        <source>Refresh objects</source>
        <translation>Objekte aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="120"/>
        <source>Loading objects</source>
        <translation>Objekte werden geladen</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="148"/>
        <location filename="../ui/objectbrowser.cpp" line="167"/>
        <source>Connect to a database to browse its schemas, tables, indexes, views and functions.</source>
        <translation>Mit einer Datenbank verbinden, um ihre Schemas, Tabellen, Indexe, Sichten und Funktionen zu durchsuchen.</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="182"/>
        <source>Could not load the objects</source>
        <translation>Die Objekte konnten nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="199"/>
        <source>Loading objects…</source>
        <translation>Objekte werden geladen …</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="235"/>
        <source>Schema %1</source>
        <translation>Schema %1</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="257"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="262"/>
        <source>returns %1</source>
        <translation>liefert %1</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="264"/>
        <source>owner %1</source>
        <translation>Besitzer %1</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="273"/>
        <source>Not analyzed yet: no estimate</source>
        <translation>Noch nicht analysiert: keine Schätzung</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="275"/>
        <source>Estimated from page counts: some relation was locked</source>
        <translation>Aus Seitenzahlen geschätzt: eine Relation war gesperrt</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="287"/>
        <location filename="../ui/objectbrowser.cpp" line="335"/>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="291"/>
        <source>Views</source>
        <translation>Sichten</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="294"/>
        <source>Materialized views</source>
        <translation>Materialisierte Sichten</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="300"/>
        <source>Indexes</source>
        <translation>Indexe</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="304"/>
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="312"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="317"/>
        <source>This database has no user schemas.</source>
        <translation>Diese Datenbank hat keine Benutzerschemas.</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="346"/>
        <source>%1 schemas, %2 tables, %3 objects in all — loaded in %4 ms</source>
        <translation>%1 Schemas, %2 Tabellen, %3 Objekte insgesamt — geladen in %4 ms</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="352"/>
        <source>Sizes are estimates: a relation was locked.</source>
        <translation>Größen sind Schätzungen: eine Relation war gesperrt.</translation>
    </message>
</context>
<context>
    <name>slipway::PastRunsDialog</name>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="51"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="53"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="55"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="56"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="64"/>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="66"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="68"/>
        <source>aborted</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="70"/>
        <source>did not finish</source>
        <translation>nicht beendet</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="72"/>
        <source>monitored</source>
        <translation>überwacht</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="80"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="82"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="84"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="85"/>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="98"/>
        <source>Past Runs</source>
        <translation>Frühere Läufe</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="103"/>
        <source>Past runs</source>
        <translation>Frühere Läufe</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="104"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="104"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="104"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="104"/>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="104"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="118"/>
        <source>Run log</source>
        <translation>Ausführungsprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="119"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="119"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="119"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="126"/>
        <source>&amp;Runs and monitoring sessions, newest first:</source>
        <translation>&amp;Läufe und Überwachungssitzungen, neueste zuerst:</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="153"/>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="163"/>
        <source>Choose a run to see its log and the monitor&apos;s charts of its time.</source>
        <translation>Einen Lauf wählen, um sein Protokoll und die Diagramme des Monitors aus seiner Zeit zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="209"/>
        <source>No runs recorded yet: runs from the Run tab and monitoring sessions are kept here.</source>
        <translation>Noch keine Läufe aufgezeichnet: Läufe aus dem Tab „Ausführen“ und Überwachungssitzungen werden hier aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="248"/>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2: %3, %4 to %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; auf %2: %3, %4 bis %5</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="262"/>
        <source>No log lines were kept for this run.</source>
        <translation>Für diesen Lauf wurden keine Protokollzeilen aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="275"/>
        <source>The monitor recorded nothing on %1 at that time.</source>
        <translation>Der Monitor hat zu dieser Zeit auf %1 nichts aufgezeichnet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pastrunsdialog.cpp" line="276"/>
        <source>Recorded by the monitor on %1: %n point(s), a minute before and after the run.</source>
        <translation>
            <numerusform>Vom Monitor auf %1 aufgezeichnet: %n Punkt, eine Minute vor und nach dem Lauf.</numerusform>
            <numerusform>Vom Monitor auf %1 aufgezeichnet: %n Punkte, eine Minute vor und nach dem Lauf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::PlanStepDetail</name>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="38"/>
        <source>Step details</source>
        <translation>Schrittdetails</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="42"/>
        <source>Step SQL</source>
        <translation>Schritt-SQL</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="43"/>
        <source>Statement SQL</source>
        <translation>Anweisungs-SQL</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="44"/>
        <source>Rollback SQL</source>
        <translation>Rollback-SQL</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="45"/>
        <source>Verification SQL</source>
        <translation>Verifikations-SQL</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="46"/>
        <source>&amp;Statement</source>
        <translation>&amp;Anweisung</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="47"/>
        <source>Roll&amp;back</source>
        <translation>&amp;Rücknahme</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="48"/>
        <source>Ver&amp;ification</source>
        <translation>Ver&amp;ifikation</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="76"/>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="78"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="81"/>
        <source>Lock</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="81"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="82"/>
        <source>Effect</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="84"/>
        <location filename="../ui/plan/planstepdetail.cpp" line="89"/>
        <location filename="../ui/plan/planstepdetail.cpp" line="91"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="86"/>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="87"/>
        <source>Estimated</source>
        <translation>Geschätzt</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="90"/>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="94"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="96"/>
        <source>Deploy</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="98"/>
        <source>Backfill</source>
        <translation>Backfill</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="98"/>
        <source>run in keyset batches by the backfill runner</source>
        <translation>in Keyset-Batches durch den Backfill-Runner ausgeführt</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="100"/>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="100"/>
        <source>runs outside a transaction. %1</source>
        <translation>läuft außerhalb einer Transaktion. %1</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="101"/>
        <source>Users notice</source>
        <translation>Benutzer bemerken</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="101"/>
        <source>nothing expected</source>
        <translation>nichts zu erwarten</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="102"/>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="103"/>
        <source>needed before this step: %1</source>
        <translation>vor diesem Schritt nötig: %1</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="104"/>
        <source>not needed</source>
        <translation>nicht nötig</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="105"/>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="105"/>
        <source>see the Rollback tab. Loses: %1</source>
        <translation>siehe Tab Rollback. Verliert: %1</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="106"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="107"/>
        <source>none derived. %1</source>
        <translation>keines abgeleitet. %1</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="108"/>
        <source>Verification</source>
        <translation>Verifikation</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="108"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="108"/>
        <source>see the Verification tab</source>
        <translation>siehe Tab Verifikation</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="111"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="112"/>
        <source>Lint</source>
        <translation>Lint</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="112"/>
        <source>no findings</source>
        <translation>keine Befunde</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="120"/>
        <source>&lt;p&gt;Select a step to see its lock, risk, rollback and verification.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Einen Schritt wählen, um Sperre, Risiko, Rollback und Verifikation zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="127"/>
        <source>-- No rollback SQL could be derived.</source>
        <translation>-- Es konnte kein Rollback-SQL abgeleitet werden.</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="129"/>
        <source>-- Loses: %1</source>
        <translation>-- Verliert: %1</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="131"/>
        <source>-- No verification query.</source>
        <translation>-- Keine Verifikationsabfrage.</translation>
    </message>
</context>
<context>
    <name>slipway::PlanStepModel</name>
    <message>
        <location filename="../ui/plan/planstepmodel.cpp" line="44"/>
        <location filename="../ui/plan/planstepmodel.cpp" line="70"/>
        <location filename="../ui/plan/planstepmodel.cpp" line="74"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepmodel.cpp" line="67"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepmodel.cpp" line="113"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepmodel.cpp" line="115"/>
        <source>Statement</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepmodel.cpp" line="117"/>
        <source>Lock (on)</source>
        <translation>Sperre (auf)</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepmodel.cpp" line="119"/>
        <source>Effect</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepmodel.cpp" line="121"/>
        <source>Estimated</source>
        <translation>Geschätzt</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepmodel.cpp" line="123"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepmodel.cpp" line="125"/>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
</context>
<context>
    <name>slipway::PlanSummaryBar</name>
    <message>
        <location filename="../ui/plan/plansummarybar.cpp" line="51"/>
        <source>Migration plan</source>
        <translation>Migrationsplan</translation>
    </message>
    <message>
        <location filename="../ui/plan/plansummarybar.cpp" line="54"/>
        <source>none beyond the usual review</source>
        <translation>keine über das übliche Review hinaus</translation>
    </message>
    <message>
        <location filename="../ui/plan/plansummarybar.cpp" line="57"/>
        <source>&lt;b&gt;Yes&lt;/b&gt; — a step blocks reads or writes longer than %1 s (or for an unknown time)</source>
        <translation>&lt;b&gt;Ja&lt;/b&gt; — ein Schritt blockiert Lese- oder Schreibzugriffe länger als %1 s (oder unbekannt lange)</translation>
    </message>
    <message>
        <location filename="../ui/plan/plansummarybar.cpp" line="59"/>
        <source>No — nothing blocks reads or writes longer than %1 s</source>
        <translation>Nein — nichts blockiert Lese- oder Schreibzugriffe länger als %1 s</translation>
    </message>
    <message>
        <location filename="../ui/plan/plansummarybar.cpp" line="61"/>
        <source>table sizes read from the live database</source>
        <translation>Tabellengrößen aus der laufenden Datenbank gelesen</translation>
    </message>
    <message>
        <location filename="../ui/plan/plansummarybar.cpp" line="62"/>
        <source>offline: no table sizes, estimates are unknown where size matters</source>
        <translation>offline: keine Tabellengrößen, Schätzungen sind unbekannt, wo die Größe zählt</translation>
    </message>
    <message>
        <location filename="../ui/plan/plansummarybar.cpp" line="66"/>
        <source>&lt;b&gt;Riskiest step:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Riskantester Schritt:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/plan/plansummarybar.cpp" line="67"/>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location filename="../ui/plan/plansummarybar.cpp" line="68"/>
        <source>step %1 — %2</source>
        <translation>Schritt %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/plan/plansummarybar.cpp" line="71"/>
        <source>&lt;b&gt;Expected lock time:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Erwartete Sperrdauer:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/plan/plansummarybar.cpp" line="72"/>
        <source>&lt;b&gt;Downtime:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ausfallzeit:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/plan/plansummarybar.cpp" line="73"/>
        <source>&lt;b&gt;Approvals:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Freigaben:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/plan/plansummarybar.cpp" line="74"/>
        <source>&lt;b&gt;Steps:&lt;/b&gt; %1, %2 in all</source>
        <translation>&lt;b&gt;Schritte:&lt;/b&gt; %1, insgesamt %2</translation>
    </message>
    <message>
        <location filename="../ui/plan/plansummarybar.cpp" line="75"/>
        <source>&lt;b&gt;Sizes:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Größen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/plan/plansummarybar.cpp" line="78"/>
        <source>Plan summary</source>
        <translation>Planübersicht</translation>
    </message>
</context>
<context>
    <name>slipway::PlanView</name>
    <message>
        <location filename="../ui/plan/planview.cpp" line="60"/>
        <source>Plan steps</source>
        <translation>Planschritte</translation>
    </message>
    <message>
        <location filename="../ui/plan/planview.cpp" line="35"/>
        <source>&amp;Open Plan…</source>
        <translation>Plan ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../ui/plan/planview.cpp" line="35"/>
        <source>Open a saved plan file (.json)</source>
        <translation>Eine gespeicherte Plandatei (.json) öffnen</translation>
    </message>
    <message>
        <location filename="../ui/plan/planview.cpp" line="36"/>
        <source>Save the plan as a reviewable file (.json)</source>
        <translation>Den Plan als prüfbare Datei (.json) speichern</translation>
    </message>
    <message>
        <location filename="../ui/plan/planview.cpp" line="36"/>
        <source>S&amp;ave Plan…</source>
        <translation>Plan spei&amp;chern…</translation>
    </message>
    <message>
        <location filename="../ui/plan/planview.cpp" line="38"/>
        <source>E&amp;xport Runbook…</source>
        <translation>Runbook e&amp;xportieren …</translation>
    </message>
    <message>
        <location filename="../ui/plan/planview.cpp" line="39"/>
        <source>Write the deployment runbook (Markdown or HTML)</source>
        <translation>Das Deployment-Runbook schreiben (Markdown oder HTML)</translation>
    </message>
    <message>
        <location filename="../ui/plan/planview.cpp" line="41"/>
        <source>&amp;Present</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <location filename="../ui/plan/planview.cpp" line="41"/>
        <source>Walk stakeholders through the plan, one step per screen, full screen</source>
        <translation>Stakeholder durch den Plan führen, ein Schritt pro Bildschirm, im Vollbild</translation>
    </message>
    <message>
        <location filename="../ui/plan/planview.cpp" line="43"/>
        <source>&amp;Run…</source>
        <translation>&amp;Ausführen…</translation>
    </message>
    <message>
        <location filename="../ui/plan/planview.cpp" line="43"/>
        <source>Open this plan in the Run tab: dry run, run or roll back it step by step, with the monitor alongside</source>
        <translation>Diesen Plan im Tab „Ausführen“ öffnen: Probelauf, Ausführung oder Rücknahme Schritt für Schritt, mit dem Monitor daneben</translation>
    </message>
    <message>
        <location filename="../ui/plan/planview.cpp" line="126"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../ui/plan/planview.cpp" line="170"/>
        <location filename="../ui/plan/planview.cpp" line="176"/>
        <source>Open Plan</source>
        <translation>Plan öffnen</translation>
    </message>
    <message>
        <location filename="../ui/plan/planview.cpp" line="171"/>
        <source>Migration plans (*.json);;All files (*)</source>
        <translation>Migrationspläne (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/plan/planview.cpp" line="179"/>
        <source>Opened plan %1.</source>
        <translation>Plan %1 geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/plan/planview.cpp" line="186"/>
        <source>migration-plan.json</source>
        <translation>migrationsplan.json</translation>
    </message>
    <message>
        <location filename="../ui/plan/planview.cpp" line="187"/>
        <location filename="../ui/plan/planview.cpp" line="194"/>
        <source>Save Plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <location filename="../ui/plan/planview.cpp" line="187"/>
        <source>Migration plans (*.json)</source>
        <translation>Migrationspläne (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/plan/planview.cpp" line="197"/>
        <source>Saved plan to %1.</source>
        <translation>Plan nach %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/plan/planview.cpp" line="205"/>
        <source>runbook</source>
        <translation>runbook</translation>
    </message>
    <message>
        <location filename="../ui/plan/planview.cpp" line="207"/>
        <source>-runbook</source>
        <translation>-runbook</translation>
    </message>
    <message>
        <location filename="../ui/plan/planview.cpp" line="209"/>
        <location filename="../ui/plan/planview.cpp" line="221"/>
        <source>Export Runbook</source>
        <translation>Runbook exportieren</translation>
    </message>
    <message>
        <location filename="../ui/plan/planview.cpp" line="224"/>
        <source>Runbook written to %1.</source>
        <translation>Runbook nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>slipway::PlanWizard</name>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="49"/>
        <source>Which change?</source>
        <translation>Welche Änderung?</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="50"/>
        <source>Each one becomes a plan of small steps that never hold a long lock: expand, backfill, switch, contract.</source>
        <translation>Jede wird zu einem Plan kleiner Schritte, die nie lange eine Sperre halten: Expand, Backfill, Switch, Contract.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="53"/>
        <source>&amp;Change:</source>
        <translation>&amp;Änderung:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="65"/>
        <source>New Expand/Contract Plan</source>
        <translation>Neuer Expand/Contract-Plan</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="69"/>
        <source>Kind of change</source>
        <translation>Art der Änderung</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="70"/>
        <location filename="../ui/wizard/planwizard.cpp" line="79"/>
        <source>Rename a column</source>
        <translation>Eine Spalte umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="70"/>
        <location filename="../ui/wizard/planwizard.cpp" line="83"/>
        <source>Change a column&apos;s type</source>
        <translation>Den Typ einer Spalte ändern</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="70"/>
        <location filename="../ui/wizard/planwizard.cpp" line="89"/>
        <source>Add a NOT NULL column with a default</source>
        <translation>Eine NOT-NULL-Spalte mit Vorgabewert hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="71"/>
        <source>Split a table (move columns to a new 1:1 table)</source>
        <translation>Eine Tabelle aufteilen (Spalten in eine neue 1:1-Tabelle verschieben)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="71"/>
        <location filename="../ui/wizard/planwizard.cpp" line="97"/>
        <source>Add a foreign key to a large table</source>
        <translation>Einer großen Tabelle einen Fremdschlüssel hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="72"/>
        <location filename="../ui/wizard/planwizard.cpp" line="105"/>
        <source>Replace an index</source>
        <translation>Einen Index ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="76"/>
        <source>&amp;Schema:</source>
        <translation>&amp;Schema:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="76"/>
        <source>&amp;Table:</source>
        <translation>&amp;Tabelle:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="76"/>
        <source>&amp;Column:</source>
        <translation>S&amp;palte:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="77"/>
        <source>needed without a connection, e.g. text</source>
        <translation>ohne Verbindung nötig, z. B. text</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="107"/>
        <source>New &amp;index name:</source>
        <translation>Name des neuen &amp;Index:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="81"/>
        <location filename="../ui/wizard/planwizard.cpp" line="91"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="81"/>
        <source>New na&amp;me:</source>
        <translation>Neuer Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="82"/>
        <location filename="../ui/wizard/planwizard.cpp" line="88"/>
        <source>The column is NOT NU&amp;LL</source>
        <translation>Die Spalte ist NOT NU&amp;LL</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="85"/>
        <source>C&amp;urrent type:</source>
        <translation>&amp;Aktueller Typ:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="85"/>
        <source>e.g. bigint</source>
        <translation>z. B. bigint</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="85"/>
        <source>New t&amp;ype:</source>
        <translation>Neuer T&amp;yp:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="86"/>
        <source>Con&amp;version:</source>
        <translation>&amp;Konvertierung:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="86"/>
        <source>optional, default column::new type</source>
        <translation>optional, Vorgabe spalte::neuer Typ</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="87"/>
        <source>&amp;Reverse conversion:</source>
        <translation>&amp;Umkehrkonvertierung:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="87"/>
        <source>optional, default column::current type</source>
        <translation>optional, Vorgabe spalte::aktueller Typ</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="91"/>
        <source>e.g. text</source>
        <translation>z. B. text</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="91"/>
        <source>&amp;Default:</source>
        <translation>&amp;Vorgabewert:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="91"/>
        <source>e.g. &apos;web&apos; or now()</source>
        <translation>z. B. &apos;web&apos; oder now()</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="92"/>
        <source>Split a table</source>
        <translation>Eine Tabelle aufteilen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="94"/>
        <source>&amp;Moved columns:</source>
        <translation>&amp;Verschobene Spalten:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="94"/>
        <source>name type, name type</source>
        <translation>name typ, name typ</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="94"/>
        <source>New tab&amp;le:</source>
        <translation>Neue Tabe&amp;lle:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="95"/>
        <source>&amp;Key column:</source>
        <translation>Schl&amp;üsselspalte:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="95"/>
        <source>the single-column primary key</source>
        <translation>der einspaltige Primärschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="96"/>
        <source>Key t&amp;ype:</source>
        <translation>Schlüssel&amp;typ:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="99"/>
        <source>&amp;Columns:</source>
        <translation>S&amp;palten:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="99"/>
        <source>referencing, comma separated</source>
        <translation>referenzierend, kommagetrennt</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="100"/>
        <source>Re&amp;ferenced schema:</source>
        <translation>Re&amp;ferenziertes Schema:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="101"/>
        <source>&amp;Referenced table:</source>
        <translation>&amp;Referenzierte Tabelle:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="101"/>
        <source>Referenced c&amp;olumns:</source>
        <translation>Referenzierte Spa&amp;lten:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="101"/>
        <source>default: id</source>
        <translation>Vorgabe: id</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="102"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="102"/>
        <source>Constraint na&amp;me:</source>
        <translation>Name der Einschränk&amp;ung:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="103"/>
        <source>On &amp;delete:</source>
        <translation>On &amp;Delete:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="103"/>
        <source>optional: CASCADE, SET NULL, RESTRICT</source>
        <translation>optional: CASCADE, SET NULL, RESTRICT</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="104"/>
        <source>&amp;Index the columns first (concurrently)</source>
        <translation>Die Spalten zuerst &amp;indizieren (nebenläufig)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="107"/>
        <source>&amp;Old index:</source>
        <translation>&amp;Alter Index:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="108"/>
        <source>&amp;Keys:</source>
        <translation>Sch&amp;lüssel:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="108"/>
        <source>e.g. customer_id, placed_at DESC</source>
        <translation>z. B. customer_id, placed_at DESC</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="109"/>
        <source>&amp;Where:</source>
        <translation>&amp;Where:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="109"/>
        <source>optional, for a partial index</source>
        <translation>optional, für einen partiellen Index</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="110"/>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="110"/>
        <source>optional, default btree</source>
        <translation>optional, Vorgabe btree</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="111"/>
        <source>Old &amp;definition:</source>
        <translation>Alte &amp;Definition:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="111"/>
        <source>CREATE INDEX … of the old one, for the way back</source>
        <translation>CREATE INDEX … des alten Index, für den Weg zurück</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="112"/>
        <source>&amp;Unique</source>
        <translation>&amp;Eindeutig</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="112"/>
        <source>&amp;Give the new index the old name at the end</source>
        <translation>Dem neuen Index am Ende den alten Namen &amp;geben</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="115"/>
        <source>The few inputs this change needs.</source>
        <translation>Die wenigen Angaben, die diese Änderung braucht.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="226"/>
        <source>No plan has been generated yet.</source>
        <translation>Es wurde noch kein Plan erzeugt.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="234"/>
        <location filename="../ui/wizard/planwizard.cpp" line="240"/>
        <source>Save Plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="235"/>
        <source>Slipway plans (*.json);;All files (*)</source>
        <translation>Slipway-Pläne (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>slipway::PlanWizardInputsPage</name>
    <message>
        <location filename="../ui/wizard/planwizardpages.cpp" line="47"/>
        <source>Problems with the inputs</source>
        <translation>Probleme mit den Angaben</translation>
    </message>
</context>
<context>
    <name>slipway::PlanWizardReviewPage</name>
    <message>
        <location filename="../ui/wizard/planwizardpages.cpp" line="94"/>
        <source>Review the plan</source>
        <translation>Den Plan prüfen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizardpages.cpp" line="95"/>
        <source>Each step runs on its own, with its down and verify SQL. Save the plan to review it in a pull request and run it with slipway-cli migrate --plan.</source>
        <translation>Jeder Schritt läuft für sich, mit seinem Down- und Verify-SQL. Den Plan speichern, um ihn in einem Pull-Request zu prüfen, und mit slipway-cli migrate --plan ausführen.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizardpages.cpp" line="100"/>
        <source>Generated steps</source>
        <translation>Erzeugte Schritte</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizardpages.cpp" line="106"/>
        <source>&amp;Save Plan…</source>
        <translation>Plan &amp;speichern …</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizardpages.cpp" line="108"/>
        <source>Save plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizardpages.cpp" line="128"/>
        <source>Step %1 [%2] %3</source>
        <translation>Schritt %1 [%2] %3</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizardpages.cpp" line="129"/>
        <source>  Lock: %1; risk: %2; pattern: %3</source>
        <translation>  Sperre: %1; Risiko: %2; Muster: %3</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizardpages.cpp" line="133"/>
        <source>  Deploy: %1</source>
        <translation>  Deployment: %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizardpages.cpp" line="135"/>
        <source>  Why: %1</source>
        <translation>  Warum: %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizardpages.cpp" line="137"/>
        <source>  Backfill %1 by the runner (keyset batches of ~%2 ms):</source>
        <translation>  Backfill %1 durch den Runner (Keyset-Batches von ~%2 ms):</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizardpages.cpp" line="139"/>
        <source>  Up:</source>
        <translation>  Up:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizardpages.cpp" line="142"/>
        <source>  Down:</source>
        <translation>  Down:</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizardpages.cpp" line="149"/>
        <source>  Verify:</source>
        <translation>  Verify:</translation>
    </message>
</context>
<context>
    <name>slipway::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="53"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="57"/>
        <source>&amp;Execution</source>
        <translation>&amp;Ausführung</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="58"/>
        <source>&amp;Backfill</source>
        <translation>&amp;Backfill</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="59"/>
        <source>&amp;Monitor</source>
        <translation>&amp;Monitor</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="60"/>
        <source>Editor &amp;&amp; &amp;Language</source>
        <translation>Editor &amp;&amp; Sprac&amp;he</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="66"/>
        <source>Problem with the preferences</source>
        <translation>Problem mit den Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="119"/>
        <location filename="../ui/preferencesdialog.cpp" line="120"/>
        <location filename="../ui/preferencesdialog.cpp" line="136"/>
        <location filename="../ui/preferencesdialog.cpp" line="137"/>
        <location filename="../ui/preferencesdialog.cpp" line="149"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="119"/>
        <location filename="../ui/preferencesdialog.cpp" line="120"/>
        <location filename="../ui/preferencesdialog.cpp" line="137"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="121"/>
        <source>no retry</source>
        <translation>keine Wiederholung</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="122"/>
        <source>&amp;Lock timeout:</source>
        <translation>&amp;Sperr-Timeout:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="123"/>
        <source>SET lock_timeout before each statement: how long application queries may queue behind a migration&apos;s lock request before it gives up (and retries).</source>
        <translation>SET lock_timeout vor jeder Anweisung: wie lange Anwendungsabfragen hinter der Sperranforderung einer Migration warten dürfen, bevor diese aufgibt (und es erneut versucht).</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="125"/>
        <source>&amp;Statement timeout:</source>
        <translation>A&amp;nweisungs-Timeout:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="126"/>
        <source>SET statement_timeout before each statement (CONCURRENTLY index builds are not limited).</source>
        <translation>SET statement_timeout vor jeder Anweisung (CONCURRENTLY-Indexaufbauten sind nicht begrenzt).</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="127"/>
        <source>&amp;Retries after a lock timeout:</source>
        <translation>&amp;Wiederholungen nach Sperr-Timeout:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="128"/>
        <source>How many times a statement that timed out waiting for its lock is tried again, with backoff.</source>
        <translation>Wie oft eine Anweisung, die beim Warten auf ihre Sperre in den Timeout lief, mit Backoff erneut versucht wird.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="138"/>
        <source>Batch &amp;target duration:</source>
        <translation>&amp;Zieldauer pro Batch:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="139"/>
        <source>Batch sizes adapt so that each batch&apos;s transaction takes about this long.</source>
        <translation>Batchgrößen passen sich an, sodass die Transaktion jedes Batches etwa so lange dauert.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="140"/>
        <source>&amp;Pause between batches:</source>
        <translation>&amp;Pause zwischen Batches:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="141"/>
        <source>Time left to the application (and to the replicas) between two batches.</source>
        <translation>Zeit, die der Anwendung (und den Replicas) zwischen zwei Batches bleibt.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="150"/>
        <location filename="../ui/preferencesdialog.cpp" line="151"/>
        <location filename="../ui/preferencesdialog.cpp" line="152"/>
        <location filename="../ui/preferencesdialog.cpp" line="153"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="154"/>
        <location filename="../ui/preferencesdialog.cpp" line="156"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="158"/>
        <source> transactions</source>
        <translation> Transaktionen</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="159"/>
        <source>Sampling &amp;interval:</source>
        <translation>Abtast&amp;intervall:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="160"/>
        <source>How often the monitor reads lock waits, replication lag, progress and activity.</source>
        <translation>Wie oft der Monitor Sperrwartezeiten, Replikationsverzögerung, Fortschritt und Aktivität liest.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="161"/>
        <source>Replication lag: &amp;throttle above:</source>
        <translation>Replikationsverzögerung: &amp;drosseln ab:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="162"/>
        <source>A backfill slows down while the largest replica lag is above this.</source>
        <translation>Ein Backfill wird langsamer, solange die größte Replica-Verzögerung darüber liegt.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="163"/>
        <source>Replication lag: &amp;abort above:</source>
        <translation>Replikationsverzögerung: a&amp;bbrechen ab:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="164"/>
        <source>A run or backfill stops when the replica lag goes above this.</source>
        <translation>Ein Lauf oder Backfill stoppt, wenn die Replica-Verzögerung darüber steigt.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="165"/>
        <source>Lock wait: t&amp;hrottle above:</source>
        <translation>Sperrwartezeit: d&amp;rosseln ab:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="166"/>
        <source>A backfill slows down while some session has waited for a lock longer than this.</source>
        <translation>Ein Backfill wird langsamer, solange eine Sitzung länger als dies auf eine Sperre gewartet hat.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="167"/>
        <source>Lock wait: a&amp;bort above:</source>
        <translation>Sperrwartezeit: abbr&amp;echen ab:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="168"/>
        <source>A run or backfill stops when some session has waited for a lock longer than this.</source>
        <translation>Ein Lauf oder Backfill stoppt, wenn eine Sitzung länger als dies auf eine Sperre gewartet hat.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="169"/>
        <source>Error rate: thr&amp;ottle above:</source>
        <translation>Fehlerrate: dr&amp;osseln ab:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="170"/>
        <source>A backfill slows down while this share of the database&apos;s transactions ends in a rollback (over the last few seconds).</source>
        <translation>Ein Backfill wird langsamer, solange dieser Anteil der Transaktionen der Datenbank mit einem Rollback endet (über die letzten Sekunden).</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="173"/>
        <source>A run or backfill stops when this share of the database&apos;s transactions ends in a rollback (the reference runbook&apos;s &quot;error rate spike &gt; 5%&quot;).</source>
        <translation>Ein Lauf oder Backfill stoppt, wenn dieser Anteil der Transaktionen der Datenbank mit einem Rollback endet (das „error rate spike &gt; 5%“ des Referenz-Runbooks).</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="172"/>
        <source>Error rate: abort abo&amp;ve:</source>
        <translation>Fehlerrate: abbre&amp;chen ab:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="175"/>
        <source>Error rate: &amp;minimum volume:</source>
        <translation>Fehlerrate: &amp;Mindestvolumen:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="176"/>
        <source>The error rate counts only once this many transactions ended in the window, so that one failure among a handful of transactions on a quiet server does not stop a run.</source>
        <translation>Die Fehlerrate zählt erst, wenn so viele Transaktionen im Zeitfenster endeten, damit ein Fehler unter einer Handvoll Transaktionen auf einem ruhigen Server keinen Lauf stoppt.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="187"/>
        <source>System fixed-width font</source>
        <translation>Feste Systemschrift</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="188"/>
        <source>Chosen font</source>
        <translation>Gewählte Schrift</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="192"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="195"/>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="196"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="197"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="200"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="205"/>
        <source>Editor &amp;font:</source>
        <translation>&amp;Editor-Schrift:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="205"/>
        <source>The font of the SQL editor.</source>
        <translation>Die Schrift des SQL-Editors.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="206"/>
        <source>Font &amp;family:</source>
        <translation>Schrift&amp;familie:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="206"/>
        <source>A fixed-width font for the SQL editor.</source>
        <translation>Eine Schrift fester Breite für den SQL-Editor.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="207"/>
        <source>Font si&amp;ze:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="207"/>
        <source>The size of the SQL editor&apos;s font.</source>
        <translation>Die Schriftgröße des SQL-Editors.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="208"/>
        <source>Editor t&amp;heme:</source>
        <translation>Editor-&amp;Design:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="208"/>
        <source>Light or dark colours for the SQL editor.</source>
        <translation>Helle oder dunkle Farben für den SQL-Editor.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="209"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="209"/>
        <source>The language of Slipway&apos;s windows and messages.</source>
        <translation>Die Sprache der Fenster und Meldungen von Slipway.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="210"/>
        <source>A new language takes effect the next time Slipway starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Slipway.</translation>
    </message>
</context>
<context>
    <name>slipway::PresentationCharts</name>
    <message>
        <location filename="../ui/plan/presentationcharts.cpp" line="24"/>
        <source>Live charts of the running migration</source>
        <translation>Live-Diagramme der laufenden Migration</translation>
    </message>
    <message>
        <location filename="../ui/plan/presentationcharts.cpp" line="25"/>
        <source>Users waiting on locks</source>
        <translation>Auf Sperren wartende Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/plan/presentationcharts.cpp" line="25"/>
        <source>longest wait (s)</source>
        <translation>max. Warten (s)</translation>
    </message>
    <message>
        <location filename="../ui/plan/presentationcharts.cpp" line="27"/>
        <source>sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/plan/presentationcharts.cpp" line="28"/>
        <source>longest wait</source>
        <translation>längste Wartezeit</translation>
    </message>
    <message>
        <location filename="../ui/plan/presentationcharts.cpp" line="29"/>
        <source>sessions waiting</source>
        <translation>Wartende</translation>
    </message>
    <message>
        <location filename="../ui/plan/presentationcharts.cpp" line="32"/>
        <source>Replicas behind</source>
        <translation>Rückstand der Replicas</translation>
    </message>
    <message>
        <location filename="../ui/plan/presentationcharts.cpp" line="32"/>
        <source>lag (s)</source>
        <translation>Verzögerung (s)</translation>
    </message>
    <message>
        <location filename="../ui/plan/presentationcharts.cpp" line="42"/>
        <source>standby delay</source>
        <translation>Standby-Verzögerung</translation>
    </message>
</context>
<context>
    <name>slipway::PresentationView</name>
    <message>
        <location filename="../ui/plan/presentationview.cpp" line="27"/>
        <source>Presenting: %1</source>
        <translation>Präsentation: %1</translation>
    </message>
    <message>
        <location filename="../ui/plan/presentationview.cpp" line="28"/>
        <source>Presentation of %1</source>
        <translation>Präsentation von %1</translation>
    </message>
    <message>
        <location filename="../ui/plan/presentationview.cpp" line="58"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/plan/presentationview.cpp" line="67"/>
        <source>Slide %1. %2</source>
        <translation>Folie %1. %2</translation>
    </message>
    <message>
        <location filename="../ui/plan/presentationview.cpp" line="229"/>
        <source>→ / Space next · ← back · Home / End · F full screen · Esc leave</source>
        <translation>→ / Leertaste weiter · ← zurück · Pos1 / Ende · F Vollbild · Esc verlassen</translation>
    </message>
</context>
<context>
    <name>slipway::ProblemsView</name>
    <message>
        <location filename="../ui/problemsview.cpp" line="17"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/problemsview.cpp" line="17"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/problemsview.cpp" line="17"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../ui/problemsview.cpp" line="17"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../ui/problemsview.cpp" line="25"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../ui/problemsview.cpp" line="31"/>
        <source>Findings of the migration linter for the open migrations; double-click one to go there.</source>
        <translation>Befunde des Migrations-Linters für die geöffneten Migrationen; Doppelklick springt dorthin.</translation>
    </message>
</context>
<context>
    <name>slipway::ProfileManager</name>
    <message>
        <location filename="../ui/profilemanager.cpp" line="52"/>
        <source>Unknown connection &quot;%1&quot;.</source>
        <translation>Unbekannte Verbindung „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/profilemanager.cpp" line="69"/>
        <location filename="../ui/profilemanager.cpp" line="93"/>
        <source>Could not save the connections to %1: %2</source>
        <translation>Die Verbindungen konnten nicht nach %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/profilemanager.cpp" line="71"/>
        <source>Saved connection &quot;%1&quot; (%2).</source>
        <translation>Verbindung „%1“ gespeichert (%2).</translation>
    </message>
    <message>
        <location filename="../ui/profilemanager.cpp" line="75"/>
        <source>Password saved in the system keychain.</source>
        <translation>Passwort im System-Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/profilemanager.cpp" line="77"/>
        <source>Could not save the password in the keychain; it will be asked for. %1</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden; es wird abgefragt. %1</translation>
    </message>
    <message>
        <location filename="../ui/profilemanager.cpp" line="97"/>
        <source>Deleted connection &quot;%1&quot;.</source>
        <translation>Verbindung „%1“ gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/profilemanager.cpp" line="112"/>
        <source>Could not remove the password from the keychain: %1</source>
        <translation>Das Passwort konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>slipway::RunEventLog</name>
    <message>
        <location filename="../ui/run/runeventlog.cpp" line="57"/>
        <source>Run log</source>
        <translation>Ausführungsprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/run/runeventlog.cpp" line="58"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/run/runeventlog.cpp" line="58"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/run/runeventlog.cpp" line="58"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location filename="../ui/run/runeventlog.cpp" line="72"/>
        <location filename="../ui/run/runeventlog.cpp" line="98"/>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/run/runeventlog.cpp" line="72"/>
        <location filename="../ui/run/runeventlog.cpp" line="98"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../ui/run/runeventlog.cpp" line="72"/>
        <location filename="../ui/run/runeventlog.cpp" line="98"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/run/runeventlog.cpp" line="72"/>
        <location filename="../ui/run/runeventlog.cpp" line="98"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/run/runeventlog.cpp" line="105"/>
        <location filename="../ui/run/runeventlog.cpp" line="116"/>
        <source>policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location filename="../ui/run/runeventlog.cpp" line="106"/>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../ui/run/runeventlog.cpp" line="107"/>
        <source>backfill</source>
        <translation>Backfill</translation>
    </message>
</context>
<context>
    <name>slipway::RunLogView</name>
    <message>
        <location filename="../ui/runlogview.cpp" line="19"/>
        <source>Connection events, errors and migration runs are logged here.</source>
        <translation>Verbindungsereignisse, Fehler und Migrationsläufe werden hier protokolliert.</translation>
    </message>
    <message>
        <location filename="../ui/runlogview.cpp" line="20"/>
        <source>Run log</source>
        <translation>Ausführungsprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/runlogview.cpp" line="29"/>
        <source>WARN </source>
        <translation>WARN </translation>
    </message>
    <message>
        <location filename="../ui/runlogview.cpp" line="30"/>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
</context>
<context>
    <name>slipway::RunPreview</name>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="32"/>
        <source>Run plan</source>
        <translation>Ausführungsplan</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="33"/>
        <location filename="../ui/run/runpreview.cpp" line="50"/>
        <location filename="../ui/run/runpreview.cpp" line="51"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="33"/>
        <location filename="../ui/run/runpreview.cpp" line="50"/>
        <location filename="../ui/run/runpreview.cpp" line="51"/>
        <source>Lock</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="33"/>
        <location filename="../ui/run/runpreview.cpp" line="50"/>
        <location filename="../ui/run/runpreview.cpp" line="51"/>
        <source>Effect</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="33"/>
        <location filename="../ui/run/runpreview.cpp" line="51"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="50"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="50"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="66"/>
        <source>done, verified</source>
        <translation>erledigt, geprüft</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="86"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="96"/>
        <source>Runs outside a transaction: %1</source>
        <translation>Läuft außerhalb einer Transaktion: %1</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="105"/>
        <source>Syntax error: %1</source>
        <translation>Syntaxfehler: %1</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="122"/>
        <location filename="../ui/run/runpreview.cpp" line="207"/>
        <source>outside a transaction</source>
        <translation>außerhalb einer Transaktion</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="122"/>
        <location filename="../ui/run/runpreview.cpp" line="208"/>
        <source>one transaction</source>
        <translation>eine Transaktion</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="145"/>
        <source>No rollback SQL, not run: step(s) %1</source>
        <translation>Kein Rücknahme-SQL, nicht ausgeführt: Schritt(e) %1</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="151"/>
        <source>No step of this plan has rollback SQL.</source>
        <translation>Kein Schritt dieses Plans hat Rücknahme-SQL.</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="152"/>
        <source>This plan has no steps.</source>
        <translation>Dieser Plan hat keine Schritte.</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="161"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="162"/>
        <source>%1. %2 · %3</source>
        <translation>%1. %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="163"/>
        <source>%1 (roll back)</source>
        <translation>%1 (Rücknahme)</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="166"/>
        <source>Untick to leave this step for a later run (after an application deploy).</source>
        <translation>Abhaken entfernen, um diesen Schritt für einen späteren Lauf aufzuheben (nach einem Anwendungs-Deployment).</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="173"/>
        <source>Application deploy (on the way up): %1</source>
        <translation>Anwendungs-Deployment (auf dem Weg nach oben): %1</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="174"/>
        <source>Application deploy: %1</source>
        <translation>Anwendungs-Deployment: %1</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="188"/>
        <source>Backfill %1: %2 where %3, batches of about %4 ms</source>
        <translation>Backfill %1: %2 wo %3, Batches von etwa %4 ms</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="190"/>
        <source>(every row)</source>
        <translation>(jede Zeile)</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="192"/>
        <source>ROW EXCLUSIVE on %1</source>
        <translation>ROW EXCLUSIVE auf %1</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="192"/>
        <source>row changes, batch by batch</source>
        <translation>Zeilenänderungen, Batch für Batch</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="194"/>
        <source>Each batch is its own short transaction: row locks only, resumable from the checkpoint. A dry run runs the whole update once, rolled back.</source>
        <translation>Jeder Batch ist eine eigene kurze Transaktion: nur Zeilensperren, fortsetzbar ab dem Checkpoint. Ein Probelauf führt das ganze Update einmal aus und rollt es zurück.</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="204"/>
        <source>Verified after the step with:
%1</source>
        <translation>Nach dem Schritt geprüft mit:
%1</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="206"/>
        <source>batched</source>
        <translation>in Batches</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="214"/>
        <source>Rolling back: %1</source>
        <translation>Rücknahme: %1</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="227"/>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="228"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="229"/>
        <source>dry run ok</source>
        <translation>Probelauf ok</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="230"/>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="231"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="232"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="235"/>
        <source>, verified</source>
        <translation>, geprüft</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="235"/>
        <source>, verification FAILED</source>
        <translation>, Prüfung FEHLGESCHLAGEN</translation>
    </message>
</context>
<context>
    <name>slipway::RunView</name>
    <message>
        <location filename="../ui/run/runview.cpp" line="58"/>
        <source>What to run</source>
        <translation>Was ausgeführt wird</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="59"/>
        <source>Pending migrations of a folder</source>
        <translation>Ausstehende Migrationen eines Ordners</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="60"/>
        <source>Script from the editor</source>
        <translation>Skript aus dem Editor</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="61"/>
        <source>Backfill spec</source>
        <translation>Backfill-Spezifikation</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="62"/>
        <source>Saved migration plan</source>
        <translation>Gespeicherter Migrationsplan</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="65"/>
        <source>Folder or file</source>
        <translation>Ordner oder Datei</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="66"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="69"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="70"/>
        <location filename="../ui/run/runview.cpp" line="321"/>
        <source>Dry run, all in one transaction</source>
        <translation>Probelauf, alles in einer Transaktion</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="71"/>
        <source>Dry run, each migration apart</source>
        <translation>Probelauf, jede Migration einzeln</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="325"/>
        <source>Every migration in one transaction, rolled back at the end: later migrations see earlier ones, but every lock is held until the end</source>
        <translation>Alle Migrationen in einer Transaktion, am Ende zurückgerollt: spätere Migrationen sehen frühere, aber jede Sperre wird bis zum Ende gehalten</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="72"/>
        <source>Each migration in its own transaction, rolled back at its end: locks are held one migration at a time, but a migration that needs an earlier one&apos;s changes fails</source>
        <translation>Jede Migration in ihrer eigenen Transaktion, an ihrem Ende zurückgerollt: Sperren werden jeweils nur für eine Migration gehalten, aber eine Migration, die die Änderungen einer früheren braucht, scheitert</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="75"/>
        <location filename="../ui/run/runviewplan.cpp" line="181"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="76"/>
        <source>Roll back to…</source>
        <translation>Zurückrollen bis …</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="79"/>
        <source>Roll back down to and including this version</source>
        <translation>Bis einschließlich dieser Version zurückrollen</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="81"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="83"/>
        <location filename="../ui/run/runview.cpp" line="364"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="85"/>
        <source>&amp;Abort</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="87"/>
        <source>Cancel the running statement; the transaction rolls back</source>
        <translation>Die laufende Anweisung abbrechen; die Transaktion wird zurückgerollt</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="90"/>
        <source>Run progress</source>
        <translation>Ausführungsfortschritt</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="119"/>
        <source>M&amp;ode:</source>
        <translation>Mod&amp;us:</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="185"/>
        <source>Backfill specs (*.json *.yaml *.yml)</source>
        <translation>Backfill-Spezifikationen (*.json *.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="321"/>
        <source>Dry run, a few batches rolled back</source>
        <translation>Probelauf, einige Batches zurückgerollt</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="340"/>
        <source>&lt;b&gt;This dry run holds every lock until its final rollback.&lt;/b&gt; All migrations run in one transaction: an ACCESS EXCLUSIVE lock taken by the first one blocks the application&apos;s queries on that table until the last one has run. On a live database choose &lt;i&gt;Dry run, each migration apart&lt;/i&gt;.</source>
        <translation>&lt;b&gt;Dieser Probelauf hält jede Sperre bis zu seinem abschließenden Rollback.&lt;/b&gt; Alle Migrationen laufen in einer Transaktion: eine von der ersten genommene ACCESS-EXCLUSIVE-Sperre blockiert die Abfragen der Anwendung auf dieser Tabelle, bis die letzte gelaufen ist. Auf einer Live-Datenbank &lt;i&gt;Probelauf, jede Migration einzeln&lt;/i&gt; wählen.</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="104"/>
        <source>E&amp;xport Runbook with Results…</source>
        <translation>Runbook mit Ergebnissen e&amp;xportieren …</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="80"/>
        <source>Refresh Pla&amp;n</source>
        <translation>Plan aktualisiere&amp;n</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="106"/>
        <source>The runbook (PDF, HTML or Markdown) with what actually happened: durations, rows, errors, lag peak, throttle events and the charts; or the JSON run log</source>
        <translation>Das Runbook (PDF, HTML oder Markdown) mit dem, was tatsächlich geschah: Dauern, Zeilen, Fehler, Spitze der Verzögerung, Drosselungsereignisse und die Diagramme; oder das JSON-Ausführungsprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="110"/>
        <source>Run:</source>
        <translation>Ausführen:</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="183"/>
        <source>Migrations Folder</source>
        <translation>Migrationsordner</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="184"/>
        <source>Backfill Spec</source>
        <translation>Backfill-Spezifikation</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="199"/>
        <source>Resume: the plan&apos;s backfill step will run its batches.</source>
        <translation>Fortsetzen: der Backfill-Schritt des Plans führt seine Batches aus.</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="200"/>
        <source>Pause: the plan&apos;s backfill step will start paused.</source>
        <translation>Pause: der Backfill-Schritt des Plans beginnt pausiert.</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="203"/>
        <source>Plan backfill resumed from the Run view.</source>
        <translation>Backfill des Plans in der Ausführungsansicht fortgesetzt.</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="204"/>
        <source>Plan backfill paused from the Run view.</source>
        <translation>Backfill des Plans in der Ausführungsansicht pausiert.</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="212"/>
        <source>Backfill resumed from the Run view.</source>
        <translation>Backfill aus der Ausführungsansicht fortgesetzt.</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="215"/>
        <source>Backfill paused from the Run view.</source>
        <translation>Backfill aus der Ausführungsansicht pausiert.</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="336"/>
        <source>&lt;b&gt;This dry run holds every lock until its final rollback.&lt;/b&gt; All steps of the plan run in one transaction (a backfill as one UPDATE): an ACCESS EXCLUSIVE lock taken by an early step blocks the application&apos;s queries on that table until the last step has run. Rehearse plans on a copy of the database, not on a live one.</source>
        <translation>&lt;b&gt;Dieser Probelauf hält jede Sperre bis zu seinem abschließenden Rollback.&lt;/b&gt; Alle Schritte des Plans laufen in einer Transaktion (ein Backfill als ein UPDATE): eine ACCESS-EXCLUSIVE-Sperre eines frühen Schritts blockiert die Abfragen der Anwendung auf dieser Tabelle, bis der letzte Schritt gelaufen ist. Pläne auf einer Kopie der Datenbank proben, nicht auf einer produktiven.</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="351"/>
        <source>&amp;Start Backfill</source>
        <translation>Backfill &amp;starten</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="350"/>
        <source>&amp;Start Dry Run</source>
        <translation>Probelauf &amp;starten</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="323"/>
        <source>A few batches of the backfill, each rolled back: how fast it goes here and how long the whole backfill would take; nothing changes</source>
        <translation>Einige Batches des Backfills, jeder zurückgerollt: wie schnell er hier läuft und wie lange der ganze Backfill dauern würde; nichts wird geändert</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="352"/>
        <source>&amp;Start Rollback</source>
        <translation>Rollback &amp;starten</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="353"/>
        <source>&amp;Start Run</source>
        <translation>Lauf &amp;starten</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="354"/>
        <source>Connect to a database first</source>
        <translation>Zuerst mit einer Datenbank verbinden</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="364"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="392"/>
        <source>Connect to a database to see what is pending and to run.</source>
        <translation>Mit einer Datenbank verbinden, um zu sehen, was aussteht, und auszuführen.</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="408"/>
        <source>Could not open the run&apos;s connection</source>
        <translation>Die Verbindung für den Lauf konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="424"/>
        <source>Open a migration in the editor and choose Migration &gt; Run Script.</source>
        <translation>Eine Migration im Editor öffnen und Migration &gt; Skript ausführen wählen.</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="434"/>
        <source>Choose a backfill spec (JSON).</source>
        <translation>Eine Backfill-Spezifikation (JSON) wählen.</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="438"/>
        <source>Backfill &quot;%1&quot; on %2, in batches of about %3 ms:</source>
        <translation>Backfill „%1“ auf %2, in Batches von etwa %3 ms:</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="445"/>
        <source>    on every row</source>
        <translation>    auf jeder Zeile</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="448"/>
        <source>Each batch holds ROW EXCLUSIVE on %1 (reads and writes go on) and locks only the rows it changes, until it commits.</source>
        <translation>Jeder Batch hält ROW EXCLUSIVE auf %1 (Lesen und Schreiben gehen weiter) und sperrt nur die Zeilen, die er ändert, bis zu seinem Commit.</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="451"/>
        <source>Progress is checkpointed with every batch: stopped, it resumes where it was.</source>
        <translation>Der Fortschritt wird mit jedem Batch gesichert: angehalten, geht es dort weiter, wo es war.</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="459"/>
        <source>Choose a migrations folder.</source>
        <translation>Einen Migrationsordner wählen.</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="471"/>
        <source>Reading the folder and the migration history…</source>
        <translation>Ordner und Migrationshistorie werden gelesen …</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="500"/>
        <source>Could not read what is pending</source>
        <translation>Es konnte nicht gelesen werden, was aussteht</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="511"/>
        <source>Choose the version to roll back to.</source>
        <translation>Die Version wählen, bis zu der zurückgerollt wird.</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="512"/>
        <source>Nothing pending: every migration of the folder is applied.</source>
        <translation>Nichts ausstehend: jede Migration des Ordners ist angewendet.</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="534"/>
        <source>This connection is read-only: edit it (or its environment tag) to run migrations.</source>
        <translation>Diese Verbindung ist schreibgeschützt: sie (oder ihre Umgebungsmarkierung) bearbeiten, um Migrationen auszuführen.</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="541"/>
        <source>Production Database</source>
        <translation>Produktionsdatenbank</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="545"/>
        <source>Not started: the database name was not confirmed.</source>
        <translation>Nicht gestartet: der Datenbankname wurde nicht bestätigt.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewpolicy.cpp" line="50"/>
        <source>Not acted on during a dry run, whose own rollbacks count in the error rate: %1</source>
        <translation>Während eines Probelaufs nicht umgesetzt, da dessen eigene Rollbacks in die Fehlerrate eingehen: %1</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewpolicy.cpp" line="59"/>
        <source>Run aborted by the monitor: %1</source>
        <translation>Lauf vom Monitor abgebrochen: %1</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="570"/>
        <source>aborted from the Run view</source>
        <translation>aus der Ausführungsansicht abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="571"/>
        <source>Backfill aborted from the Run view.</source>
        <translation>Backfill aus der Ausführungsansicht abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="575"/>
        <source>Abort requested: cancelling the statement.</source>
        <translation>Abbruch angefordert: die Anweisung wird abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="577"/>
        <source>Run aborted from the Run view.</source>
        <translation>Lauf aus der Ausführungsansicht abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="30"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="32"/>
        <location filename="../ui/run/runviewexecution.cpp" line="25"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="34"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="35"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="43"/>
        <source>Thrott&amp;le</source>
        <translation>Dross&amp;eln</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="46"/>
        <source>Hold the batches (the current one finishes) until unchecked</source>
        <translation>Die Batches anhalten (der aktuelle läuft zu Ende), bis das Häkchen entfernt wird</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="51"/>
        <source>adaptive</source>
        <translation>adaptiv</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="52"/>
        <source>batch </source>
        <translation>Batch </translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="53"/>
        <source>Batch size (0 adapts to the target duration)</source>
        <translation>Batchgröße (0 passt sich der Zieldauer an)</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="60"/>
        <source>target </source>
        <translation>Ziel </translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="61"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="62"/>
        <source>Target duration of a batch</source>
        <translation>Zieldauer eines Batches</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="70"/>
        <location filename="../ui/run/runviewbackfill.cpp" line="80"/>
        <source>throttled from the Run view</source>
        <translation>aus der Ausführungsansicht gedrosselt</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="71"/>
        <source>Throttle: the plan&apos;s backfill step will hold its batches until Throttle is off.</source>
        <translation>Drosseln: der Backfill-Schritt des Plans hält seine Batches an, bis Drosseln aus ist.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="73"/>
        <source>Throttle off: the plan&apos;s backfill step will run its batches.</source>
        <translation>Drosseln aus: der Backfill-Schritt des Plans führt seine Batches aus.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="75"/>
        <source>Plan backfill held (Throttle) from the Run view.</source>
        <translation>Backfill des Plans in der Ausführungsansicht angehalten (Drosseln).</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="76"/>
        <source>Plan backfill released (Throttle off) from the Run view.</source>
        <translation>Backfill des Plans in der Ausführungsansicht freigegeben (Drosseln aus).</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="81"/>
        <source>Backfill held (Throttle) from the Run view.</source>
        <translation>Backfill aus der Ausführungsansicht angehalten (Drosseln).</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="84"/>
        <source>Backfill released (Throttle off) from the Run view.</source>
        <translation>Backfill aus der Ausführungsansicht freigegeben (Drosseln aus).</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="90"/>
        <source>The plan&apos;s backfill step will adapt its batch size.</source>
        <translation>Der Backfill-Schritt des Plans passt seine Batchgröße an.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="91"/>
        <source>The plan&apos;s backfill step will run batches of %1 keys.</source>
        <translation>Der Backfill-Schritt des Plans führt Batches von %1 Schlüsseln aus.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="99"/>
        <source>The plan&apos;s backfill step will aim at %1 ms a batch.</source>
        <translation>Der Backfill-Schritt des Plans zielt auf %1 ms pro Batch.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="113"/>
        <location filename="../ui/run/runviewplan.cpp" line="105"/>
        <source>Connect to a database first.</source>
        <translation>Zuerst mit einer Datenbank verbinden.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="140"/>
        <source>Dry run of backfill &quot;%1&quot; started on %2.</source>
        <translation>Probelauf des Backfills „%1“ auf %2 gestartet.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="141"/>
        <source>Backfill &quot;%1&quot; started on %2.</source>
        <translation>Backfill „%1“ auf %2 gestartet.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="164"/>
        <source>Backfill %1</source>
        <translation>Backfill %1</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="190"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="193"/>
        <source>%1 of %2 rows · %3 rows/s · ETA %4 · batch %5 (%6 ms) · %7</source>
        <translation>%1 von %2 Zeilen · %3 Zeilen/s · Restzeit %4 · Batch %5 (%6 ms) · %7</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="213"/>
        <source>Dry run: %1 rows/s with batches of %2 keys (%3 ms); the backfill of %4 rows would take about %5.</source>
        <translation>Probelauf: %1 Zeilen/s mit Batches von %2 Schlüsseln (%3 ms); der Backfill von %4 Zeilen würde etwa %5 dauern.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="218"/>
        <source>Dry run: every batch rolled back.</source>
        <translation>Probelauf: jeder Batch zurückgerollt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/run/runviewbackfill.cpp" line="219"/>
        <source>Dry run passed: %n batch(es) updated %1 rows in %2 s, each rolled back. Nothing changed and no checkpoint was written.</source>
        <translation>
            <numerusform>Probelauf bestanden: %n Batch änderte %1 Zeilen in %2 s, zurückgerollt. Nichts wurde geändert, kein Checkpoint geschrieben.</numerusform>
            <numerusform>Probelauf bestanden: %n Batches änderten %1 Zeilen in %2 s, jeder zurückgerollt. Nichts wurde geändert, kein Checkpoint geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="226"/>
        <source>Backfill done: %1 rows in %2 batches (%3 rows this run, %4 s).</source>
        <translation>Backfill fertig: %1 Zeilen in %2 Batches (%3 Zeilen in diesem Lauf, %4 s).</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="231"/>
        <source>Backfill aborted after %1 rows: %2. Start again to resume from the checkpoint.</source>
        <translation>Backfill nach %1 Zeilen abgebrochen: %2. Erneut starten, um ab dem Checkpoint fortzusetzen.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="235"/>
        <source>This backfill is already running: %1</source>
        <translation>Dieser Backfill läuft bereits: %1</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="239"/>
        <source>Backfill failed after %1 rows: %2</source>
        <translation>Backfill nach %1 Zeilen fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewexecution.cpp" line="24"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewexecution.cpp" line="46"/>
        <source>The run could not start</source>
        <translation>Der Lauf konnte nicht starten</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/run/runviewexecution.cpp" line="59"/>
        <source>%1 of %n item(s) started on %2.</source>
        <translation>
            <numerusform>%1 von %n Element auf %2 gestartet.</numerusform>
            <numerusform>%1 von %n Elementen auf %2 gestartet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/run/runviewexecution.cpp" line="75"/>
        <source>%1: statement %2 (line %3)</source>
        <translation>%1: Anweisung %2 (Zeile %3)</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewexecution.cpp" line="76"/>
        <source>script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewexecution.cpp" line="83"/>
        <source>Lock timeout: try %1 of %2 in %3</source>
        <translation>Sperr-Timeout: Versuch %1 von %2 in %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/run/runviewexecution.cpp" line="108"/>
        <source>Dry run passed: %n item(s) in %1, everything rolled back.</source>
        <translation>
            <numerusform>Probelauf bestanden: %n Element in %1, alles zurückgerollt.</numerusform>
            <numerusform>Probelauf bestanden: %n Elemente in %1, alles zurückgerollt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/run/runviewexecution.cpp" line="110"/>
        <source>%n item(s) done in %1.</source>
        <translation>
            <numerusform>%n Element in %1 erledigt.</numerusform>
            <numerusform>%n Elemente in %1 erledigt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/run/runviewexecution.cpp" line="111"/>
        <source>A verification query failed.</source>
        <translation>Eine Verifikationsabfrage ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewexecution.cpp" line="118"/>
        <source>%1 failed at line %2, column %3: </source>
        <translation>%1 fehlgeschlagen in Zeile %2, Spalte %3: </translation>
    </message>
    <message>
        <location filename="../ui/run/runviewexecution.cpp" line="119"/>
        <source>The script</source>
        <translation>Das Skript</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewexecution.cpp" line="126"/>
        <source>The connection was lost; it will be opened again for the next run.</source>
        <translation>Die Verbindung ging verloren; sie wird für den nächsten Lauf erneut geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewexecution.cpp" line="131"/>
        <source>Stopped: the running transaction was rolled back.</source>
        <translation>Angehalten: die laufende Transaktion wurde zurückgerollt.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewexecution.cpp" line="133"/>
        <source>Another runner is migrating this database: %1</source>
        <translation>Ein anderer Runner migriert diese Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewexecution.cpp" line="138"/>
        <location filename="../ui/run/runviewplan.cpp" line="291"/>
        <source>Index %1.%2 is INVALID (left by a failed CONCURRENTLY build).</source>
        <translation>Index %1.%2 ist INVALID (von einem fehlgeschlagenen CONCURRENTLY-Aufbau hinterlassen).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/run/runresultsexport.cpp" line="42"/>
        <source>%n migration(s)</source>
        <translation>
            <numerusform>%n Migration</numerusform>
            <numerusform>%n Migrationen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/run/runresultsexport.cpp" line="72"/>
        <source>PDF runbook (*.pdf)</source>
        <translation>PDF-Runbook (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/run/runresultsexport.cpp" line="73"/>
        <source>HTML runbook (*.html)</source>
        <translation>HTML-Runbook (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/run/runresultsexport.cpp" line="74"/>
        <source>Markdown runbook (*.md)</source>
        <translation>Markdown-Runbook (*.md)</translation>
    </message>
    <message>
        <location filename="../ui/run/runresultsexport.cpp" line="75"/>
        <source>JSON run log (*.json)</source>
        <translation>JSON-Ausführungsprotokoll (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/run/runresultsexport.cpp" line="77"/>
        <source>Export Runbook with Results</source>
        <translation>Runbook mit Ergebnissen exportieren</translation>
    </message>
    <message>
        <location filename="../ui/run/runresultsexport.cpp" line="110"/>
        <source>Run log saved to %1.</source>
        <translation>Ausführungsprotokoll nach %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/run/runresultsexport.cpp" line="142"/>
        <source>Lock waits</source>
        <translation>Sperrwartezeiten</translation>
    </message>
    <message>
        <location filename="../ui/run/runresultsexport.cpp" line="143"/>
        <source>Replication lag</source>
        <translation>Replikationsverzögerung</translation>
    </message>
    <message>
        <location filename="../ui/run/runresultsexport.cpp" line="144"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../ui/run/runresultsexport.cpp" line="162"/>
        <source>Runbook with results saved to %1.</source>
        <translation>Runbook mit Ergebnissen nach %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/run/runresultsexport.cpp" line="164"/>
        <source>Could not save the runbook: %1</source>
        <translation>Das Runbook konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="35"/>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="35"/>
        <source>step %1 (%2)</source>
        <translation>Schritt %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="62"/>
        <source>Migration Plan</source>
        <translation>Migrationsplan</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="63"/>
        <source>Migration plans (*.json)</source>
        <translation>Migrationspläne (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="84"/>
        <source>Choose a saved migration plan (JSON): Migration › New Expand/Contract Plan, or Save Plan in a plan tab.</source>
        <translation>Einen gespeicherten Migrationsplan (JSON) wählen: Migration › Neuer Expand/Contract-Plan oder „Plan speichern“ in einem Plan-Tab.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="92"/>
        <source>%1 is not a migration plan.</source>
        <translation>%1 ist kein Migrationsplan.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="105"/>
        <source>Choose a saved migration plan first.</source>
        <translation>Zuerst einen gespeicherten Migrationsplan wählen.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="118"/>
        <source>Tick the steps to run in the plan below.</source>
        <translation>Die auszuführenden Schritte im Plan unten abhaken.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="155"/>
        <source>plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="162"/>
        <source>Step %1 of %2: %3 — %4</source>
        <translation>Schritt %1 von %2: %3 — %4</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="166"/>
        <source>backfill paused; Resume goes on</source>
        <translation>Backfill pausiert; Fortsetzen macht weiter</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="167"/>
        <source>backfill throttled: %1</source>
        <translation>Backfill gedrosselt: %1</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="181"/>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="181"/>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/run/runviewplan.cpp" line="182"/>
        <source>%1 of plan &quot;%2&quot; (%n step(s)) started on %3.</source>
        <translation>
            <numerusform>%1 des Plans „%2“ (%n Schritt) auf %3 gestartet.</numerusform>
            <numerusform>%1 des Plans „%2“ (%n Schritte) auf %3 gestartet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="194"/>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="209"/>
        <source>Step %1 of %2: statement %3 (line %4)</source>
        <translation>Schritt %1 von %2: Anweisung %3 (Zeile %4)</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="252"/>
        <source>verify</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="253"/>
        <source>The verification of %1 failed: %2</source>
        <translation>Die Prüfung von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="260"/>
        <source>Stopped: a verification query failed after %1 — the step ran, but the database is not as the plan expects.</source>
        <translation>Angehalten: eine Prüfabfrage ist nach %1 fehlgeschlagen — der Schritt lief, aber die Datenbank ist nicht so, wie der Plan es erwartet.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="261"/>
        <source>a step</source>
        <translation>ein Schritt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/run/runviewplan.cpp" line="265"/>
        <source>Dry run of the plan passed: %n step(s) in %1 s, everything rolled back.</source>
        <translation>
            <numerusform>Probelauf des Plans bestanden: %n Schritt in %1 s, alles zurückgerollt.</numerusform>
            <numerusform>Probelauf des Plans bestanden: %n Schritte in %1 s, alles zurückgerollt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/run/runviewplan.cpp" line="267"/>
        <source>Plan rolled back: %n step(s) in %1 s, %2 verified.</source>
        <translation>
            <numerusform>Plan zurückgenommen: %n Schritt in %1 s, %2 geprüft.</numerusform>
            <numerusform>Plan zurückgenommen: %n Schritte in %1 s, %2 geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/run/runviewplan.cpp" line="269"/>
        <source>Plan done: %n step(s) in %1 s, %2 verified.</source>
        <translation>
            <numerusform>Plan fertig: %n Schritt in %1 s, %2 geprüft.</numerusform>
            <numerusform>Plan fertig: %n Schritte in %1 s, %2 geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="273"/>
        <source>The plan failed</source>
        <translation>Der Plan ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="273"/>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="276"/>
        <source> at line %1, column %2</source>
        <translation> in Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="279"/>
        <source>Steps before it stay applied; its own transaction was rolled back.</source>
        <translation>Die Schritte davor bleiben angewendet; die eigene Transaktion dieses Schritts wurde zurückgerollt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/run/runviewplan.cpp" line="284"/>
        <source>Stopped after %n step(s): the running step was rolled back (a backfill keeps its committed batches).</source>
        <translation>
            <numerusform>Nach %n Schritt angehalten: der laufende Schritt wurde zurückgerollt (ein Backfill behält seine festgeschriebenen Batches).</numerusform>
            <numerusform>Nach %n Schritten angehalten: der laufende Schritt wurde zurückgerollt (ein Backfill behält seine festgeschriebenen Batches).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="293"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="293"/>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="308"/>
        <source>Plan run aborted by the monitor: %1</source>
        <translation>Planlauf vom Monitor abgebrochen: %1</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="326"/>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="334"/>
        <source>Abort requested: cancelling the running step.</source>
        <translation>Abbruch angefordert: der laufende Schritt wird abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="336"/>
        <source>Plan run aborted from the Run view.</source>
        <translation>Planlauf aus dem Tab „Ausführen“ abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/run/runviewrecording.cpp" line="58"/>
        <source>%1: %n migration(s)</source>
        <translation>
            <numerusform>%1: %n Migration</numerusform>
            <numerusform>%1: %n Migrationen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/run/runviewrecording.cpp" line="60"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewrecording.cpp" line="60"/>
        <source>editor script</source>
        <translation>Editor-Skript</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewrecording.cpp" line="62"/>
        <source>Backfill: %1</source>
        <translation>Backfill: %1</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewrecording.cpp" line="64"/>
        <source>%1: plan %2</source>
        <translation>%1: Plan %2</translation>
    </message>
</context>
<context>
    <name>slipway::Sampler</name>
    <message>
        <location filename="../core/monitor/sampler.cpp" line="118"/>
        <source>The monitor is not running.</source>
        <translation>Der Monitor läuft nicht.</translation>
    </message>
</context>
<context>
    <name>slipway::SamplerWorker</name>
    <message>
        <location filename="../core/monitor/samplerworker.cpp" line="129"/>
        <source>Not connected; trying again shortly.</source>
        <translation>Nicht verbunden; neuer Versuch in Kürze.</translation>
    </message>
    <message>
        <location filename="../core/monitor/samplerworker.cpp" line="139"/>
        <source>Live monitoring needs PostgreSQL 14 or later; this server runs %1.%2.</source>
        <translation>Live-Überwachung braucht PostgreSQL 14 oder neuer; dieser Server läuft mit %1.%2.</translation>
    </message>
    <message>
        <location filename="../core/monitor/samplerworker.cpp" line="243"/>
        <source>Not connected to the replica.</source>
        <translation>Nicht mit der Replica verbunden.</translation>
    </message>
    <message>
        <location filename="../core/monitor/samplerworker.cpp" line="256"/>
        <source>The replica connection is not to a standby (it is not in recovery).</source>
        <translation>Die Replica-Verbindung führt nicht zu einem Standby (er ist nicht in Recovery).</translation>
    </message>
</context>
<context>
    <name>slipway::Sandbox</name>
    <message>
        <location filename="../core/db/sandbox.cpp" line="74"/>
        <source>Sandbox ready</source>
        <translation>Sandbox bereit</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="89"/>
        <source>Starting the sandbox was cancelled.</source>
        <translation>Der Start der Sandbox wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="104"/>
        <source>Removing stale sandboxes</source>
        <translation>Veraltete Sandboxen werden entfernt</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="118"/>
        <source>Could not create a sandbox folder in %1: %2</source>
        <translation>In %1 konnte kein Sandbox-Ordner angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="133"/>
        <source>Could not prepare the sandbox folder %1.</source>
        <translation>Der Sandbox-Ordner %1 konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="138"/>
        <source>The path %1 is too long for the servers&apos; unix sockets. Choose a shorter sandbox folder.</source>
        <translation>Der Pfad %1 ist zu lang für die Unix-Sockets der Server. Einen kürzeren Sandbox-Ordner wählen.</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="146"/>
        <source>The servers run as the user &quot;%1&quot;, which cannot reach %2. Make the folders above it traversable (chmod o+x) or choose another sandbox folder.</source>
        <translation>Die Server laufen als Benutzer „%1“, der %2 nicht erreichen kann. Die Ordner darüber durchquerbar machen (chmod o+x) oder einen anderen Sandbox-Ordner wählen.</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="165"/>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 existiert und ist kein Ordner.</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="170"/>
        <source>%1 is not empty and does not hold a sandbox. Choose a new or empty folder.</source>
        <translation>%1 ist nicht leer und enthält keine Sandbox. Einen neuen oder leeren Ordner wählen.</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="177"/>
        <source>A sandbox is already running in %1 (primary on port %2).</source>
        <translation>In %1 läuft bereits eine Sandbox (Primary auf Port %2).</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="180"/>
        <source>A sandbox is already running in %1.</source>
        <translation>In %1 läuft bereits eine Sandbox.</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="183"/>
        <source>Stop it first with: slipway-cli sandbox stop --dir %1</source>
        <translation>Zuerst anhalten mit: slipway-cli sandbox stop --dir %1</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="185"/>
        <source>Removing the stopped sandbox in %1</source>
        <translation>Die angehaltene Sandbox in %1 wird entfernt</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="192"/>
        <source>Creating the primary database cluster</source>
        <translation>Primary-Datenbankcluster wird angelegt</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="202"/>
        <source>Could not create the primary cluster: %1</source>
        <translation>Der Primary-Cluster konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="204"/>
        <source>Configuring the primary server</source>
        <translation>Primary-Server wird konfiguriert</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="228"/>
        <location filename="../core/db/sandbox.cpp" line="250"/>
        <source>Could not write the configuration of %1.</source>
        <translation>Die Konfiguration von %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="238"/>
        <source>Starting the primary server</source>
        <translation>Primary-Server wird gestartet</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="239"/>
        <source>Starting the replica server</source>
        <translation>Replica-Server wird gestartet</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="262"/>
        <source>The primary server did not start: %1</source>
        <translation>Der Primary-Server ist nicht gestartet: %1</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="263"/>
        <source>The replica server did not start: %1</source>
        <translation>Der Replica-Server ist nicht gestartet: %1</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="265"/>
        <location filename="../core/db/sandbox.cpp" line="358"/>
        <source>Server log %1 ends with:
%2</source>
        <translation>Serverprotokoll %1 endet mit:
%2</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="271"/>
        <source>Creating the role slipway_password_auth</source>
        <translation>Rolle slipway_password_auth wird angelegt</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="279"/>
        <source>Could not prepare the primary server: %1</source>
        <translation>Der Primary-Server konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="297"/>
        <source>Could not load the demo database: %1</source>
        <translation>Die Demodatenbank konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="299"/>
        <source>Could not write the demo migrations: %1</source>
        <translation>Die Demo-Migrationen konnten nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="308"/>
        <source>Copying the primary into the replica (pg_basebackup)</source>
        <translation>Primary wird in die Replica kopiert (pg_basebackup)</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="320"/>
        <source>Could not copy the primary for the replica: %1</source>
        <translation>Der Primary konnte nicht für die Replica kopiert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="329"/>
        <source>Waiting for the replica to stream</source>
        <translation>Warten, bis die Replica streamt</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="348"/>
        <source>Could not check replication on the primary: %1</source>
        <translation>Die Replikation konnte auf dem Primary nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="354"/>
        <source>The replica did not start streaming within %1 seconds (state: %2).</source>
        <translation>Die Replica hat nicht innerhalb von %1 Sekunden mit dem Streaming begonnen (Status: %2).</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="356"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="364"/>
        <source>Writing sandbox.json</source>
        <translation>sandbox.json wird geschrieben</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="367"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="400"/>
        <source>The sandbox in %1 is already running.</source>
        <translation>Die Sandbox in %1 läuft bereits.</translation>
    </message>
</context>
<context>
    <name>slipway::SandboxInfo</name>
    <message>
        <location filename="../core/db/sandboxinfo.cpp" line="64"/>
        <source>sandbox.json is not valid JSON: %1</source>
        <translation>sandbox.json ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location filename="../core/db/sandboxinfo.cpp" line="82"/>
        <source>sandbox.json lacks host, port or superuser</source>
        <translation>in sandbox.json fehlen host, port oder superuser</translation>
    </message>
    <message>
        <location filename="../core/db/sandboxinfo.cpp" line="94"/>
        <source>No running sandbox in %1 (%2)</source>
        <translation>Keine laufende Sandbox in %1 (%2)</translation>
    </message>
</context>
<context>
    <name>slipway::Session</name>
    <message>
        <location filename="../core/db/session.cpp" line="226"/>
        <source>COPY TO STDOUT is not supported by Slipway&apos;s SQL runner.</source>
        <translation>COPY TO STDOUT wird vom SQL-Runner von Slipway nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../core/db/session.cpp" line="242"/>
        <source>The server returned no result.</source>
        <translation>Der Server lieferte kein Ergebnis.</translation>
    </message>
    <message>
        <location filename="../core/db/session.cpp" line="258"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../core/db/session.cpp" line="264"/>
        <source>Could not send the cancel request: %1</source>
        <translation>Die Abbruchanforderung konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/db/session.cpp" line="295"/>
        <source>The connection was lost; reconnect to go on.</source>
        <translation>Die Verbindung ging verloren; zum Fortfahren erneut verbinden.</translation>
    </message>
    <message>
        <location filename="../core/db/session.cpp" line="296"/>
        <source>The session has no open connection.</source>
        <translation>Die Sitzung hat keine offene Verbindung.</translation>
    </message>
</context>
<context>
    <name>slipway::ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="54"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="59"/>
        <source>Filter by action or key…</source>
        <translation>Nach Aktion oder Taste filtern …</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="60"/>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="65"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="66"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="66"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>slipway::ShutdownSignals</name>
    <message>
        <location filename="../core/util/shutdownsignals.cpp" line="41"/>
        <source>Cannot watch for SIGINT/SIGTERM (%1: %2)</source>
        <translation>SIGINT/SIGTERM können nicht überwacht werden (%1: %2)</translation>
    </message>
</context>
<context>
    <name>slipway::SqlEditor</name>
    <message>
        <location filename="../ui/editor/sqleditor.cpp" line="51"/>
        <source>SQL editor</source>
        <translation>SQL-Editor</translation>
    </message>
    <message>
        <location filename="../ui/editor/sqleditor.cpp" line="77"/>
        <source>Quick Fix</source>
        <translation>Schnellkorrektur</translation>
    </message>
    <message>
        <location filename="../ui/editor/sqleditor.cpp" line="82"/>
        <source>Apply the quick fix of the finding at the cursor</source>
        <translation>Die Schnellkorrektur des Befunds am Cursor anwenden</translation>
    </message>
    <message>
        <location filename="../ui/editor/sqleditor.cpp" line="327"/>
        <source>rewrite</source>
        <translation>Neuschreiben</translation>
    </message>
</context>
<context>
    <name>slipway::TableSize</name>
    <message>
        <location filename="../core/lint/tablesize.cpp" line="24"/>
        <source>about %1M rows</source>
        <translation>etwa %1 Mio. Zeilen</translation>
    </message>
    <message>
        <location filename="../core/lint/tablesize.cpp" line="26"/>
        <source>about %1K rows</source>
        <translation>etwa %1 Tsd. Zeilen</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/lint/tablesize.cpp" line="28"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::WelcomePage</name>
    <message>
        <location filename="../ui/welcomepage.cpp" line="43"/>
        <source>Slipway</source>
        <translation>Slipway</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="44"/>
        <source>Review a PostgreSQL migration, see what it locks on this database, and run it while watching live charts — with a way out at every step.</source>
        <translation>Eine PostgreSQL-Migration prüfen, sehen, was sie auf dieser Datenbank sperrt, und sie mit Live-Diagrammen im Blick ausführen — mit einem Ausweg bei jedem Schritt.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="75"/>
        <source>Where this is going</source>
        <translation>Wohin es geht</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="79"/>
        <source>&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;&lt;b&gt;SQL editor and linter&lt;/b&gt; — findings land in the Problems panel.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Lock analysis&lt;/b&gt; — which statement takes which lock, for how long, on this database.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Schema diff&lt;/b&gt; — compare two databases or a snapshot and plan safe DDL.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Migration history&lt;/b&gt; — Flyway, Liquibase, golang-migrate, Rails, Django, … tables.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Run view&lt;/b&gt; — execute with guards while the Monitor charts lock waits and replica lag.&lt;/li&gt;&lt;/ul&gt;These arrive in the &lt;i&gt;Migration&lt;/i&gt; menu as they are built.</source>
        <translation>&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;&lt;b&gt;SQL-Editor und Linter&lt;/b&gt; — Befunde landen im Bereich Probleme.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sperranalyse&lt;/b&gt; — welche Anweisung welche Sperre nimmt, wie lange, auf dieser Datenbank.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Schema-Diff&lt;/b&gt; — zwei Datenbanken oder einen Snapshot vergleichen und sicheres DDL planen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Migrationshistorie&lt;/b&gt; — Tabellen von Flyway, Liquibase, golang-migrate, Rails, Django, …&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ausführungsansicht&lt;/b&gt; — mit Schutzmechanismen ausführen, während der Monitor Sperrwartezeiten und Replica-Verzögerung zeigt.&lt;/li&gt;&lt;/ul&gt;Diese erscheinen im Menü &lt;i&gt;Migration&lt;/i&gt;, sobald sie fertig sind.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="89"/>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="92"/>
        <source>%1  new connection
%2  connect to the selected connection
F5  refresh the object list
Alt+1 … Alt+5  show or hide the panels</source>
        <translation>%1  neue Verbindung
%2  mit der gewählten Verbindung verbinden
F5  Objektliste aktualisieren
Alt+1 … Alt+5  Bereiche ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="120"/>
        <source>Next: add a connection</source>
        <translation>Als Nächstes: eine Verbindung hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="121"/>
        <source>Describe a PostgreSQL database by URI, by fields or by service name. Mark production as such: it opens read-only and shows a red banner.
No database at hand? Start Slipway with --demo for a private sandbox with a demo shop database.</source>
        <translation>Eine PostgreSQL-Datenbank per URI, über Felder oder per Dienstname beschreiben. Produktion als solche markieren: sie öffnet schreibgeschützt und zeigt ein rotes Banner.
Keine Datenbank zur Hand? Slipway mit --demo starten für eine private Sandbox mit einer Demo-Shop-Datenbank.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="125"/>
        <source>&amp;Add a Connection…</source>
        <translation>Verbindung hin&amp;zufügen…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="128"/>
        <source>Next: connect</source>
        <translation>Als Nächstes: verbinden</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="129"/>
        <source>Pick a saved connection in the Connections panel and double-click it, or press %1.</source>
        <translation>Eine gespeicherte Verbindung im Bereich Verbindungen wählen und doppelklicken oder %1 drücken.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="132"/>
        <source>Co&amp;nnect</source>
        <translation>Verbi&amp;nden</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="135"/>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="136"/>
        <source>Opening a session to %1. The window stays usable meanwhile.</source>
        <translation>Eine Sitzung zu %1 wird geöffnet. Das Fenster bleibt währenddessen bedienbar.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="140"/>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="141"/>
        <source>Browse schemas, tables (with estimated rows and sizes), indexes, views and functions in the Objects panel; press F5 to refresh. Connection events and errors are kept in the Run log.</source>
        <translation>Schemas, Tabellen (mit geschätzten Zeilen und Größen), Indexe, Sichten und Funktionen im Bereich Objekte durchsuchen; F5 aktualisiert. Verbindungsereignisse und Fehler stehen im Ausführungsprotokoll.</translation>
    </message>
</context>
<context>
    <name>slipway::run::BackfillRunner</name>
    <message>
        <location filename="../core/run/backfillrunner.cpp" line="109"/>
        <source>The runner was closed.</source>
        <translation>Der Runner wurde geschlossen.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillrunner.cpp" line="151"/>
        <source>Paused.</source>
        <translation>Pausiert.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillrunner.cpp" line="156"/>
        <source>Resumed.</source>
        <translation>Fortgesetzt.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillrunner.cpp" line="167"/>
        <source>Batch size adapts to the target duration again.</source>
        <translation>Die Batchgröße passt sich wieder der Zieldauer an.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillrunner.cpp" line="168"/>
        <source>Batch size fixed at %1 keys.</source>
        <translation>Batchgröße auf %1 Schlüssel festgelegt.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillrunner.cpp" line="175"/>
        <source>Target batch duration %1 ms.</source>
        <translation>Zieldauer pro Batch %1 ms.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillrunner.cpp" line="182"/>
        <source>Pause between batches %1 ms.</source>
        <translation>Pause zwischen Batches %1 ms.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillrunner.cpp" line="189"/>
        <source>Throttled: holding batches.</source>
        <translation>Gedrosselt: Batches werden angehalten.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillrunner.cpp" line="189"/>
        <source>Throttled: %1 ms between batches.</source>
        <translation>Gedrosselt: %1 ms zwischen Batches.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillrunner.cpp" line="199"/>
        <source>Throttle lifted.</source>
        <translation>Drosselung aufgehoben.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillrunner.cpp" line="205"/>
        <source>Aborted by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
</context>
<context>
    <name>slipway::run::RunController</name>
    <message>
        <location filename="../core/run/runcontroller.cpp" line="47"/>
        <source>A run is already going on this connection.</source>
        <translation>Auf dieser Verbindung läuft bereits ein Lauf.</translation>
    </message>
</context>
</TS>
