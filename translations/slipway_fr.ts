<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="30"/>
        <source>%1: cannot read the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="116"/>
        <source>%1: not a Flyway migration name (expected V&lt;version&gt;__&lt;description&gt;.sql, U&lt;version&gt;__&lt;description&gt;.sql or R__&lt;description&gt;.sql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="127"/>
        <source>%1: duplicate undo migration for version %2 (also %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="136"/>
        <location filename="../core/migrations/migrationsource.cpp" line="197"/>
        <location filename="../core/migrations/migrationsource.cpp" line="241"/>
        <location filename="../core/migrations/migrationsource.cpp" line="424"/>
        <location filename="../core/migrations/migrationsource.cpp" line="458"/>
        <source>%1: duplicate version %2 (also %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="154"/>
        <source>%1: undo migration without a versioned migration %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="176"/>
        <source>%1: not a golang-migrate file name (expected &lt;version&gt;_&lt;name&gt;.up.sql or &lt;version&gt;_&lt;name&gt;.down.sql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="188"/>
        <source>%1: duplicate down migration for version %2 (also %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="213"/>
        <source>%1: down migration without an up migration for version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="235"/>
        <source>%1: not a dbmate file name (expected &lt;version&gt;_&lt;name&gt;.sql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="273"/>
        <source>%1:%2: unknown dbmate option &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="288"/>
        <source>%1:%2: unknown dbmate marker &quot;-- migrate:%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="300"/>
        <source>%1: no &quot;-- migrate:up&quot; marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="334"/>
        <source>%1:%2: cannot read this plan line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="342"/>
        <source>%1:%2: change &quot;%3&quot; appears twice (also line %4)%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="347"/>
        <source>; reworked changes are not supported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="362"/>
        <source>%1: deploy script of change &quot;%2&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="390"/>
        <source>%1: %2 script for a change that is not in sqitch.plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="414"/>
        <source>%1: not a Prisma migration folder (expected &lt;timestamp&gt;_&lt;name&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="419"/>
        <source>%1: missing migration.sql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="452"/>
        <source>%1: not a numbered migration (expected &lt;number&gt;_&lt;name&gt;.sql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="149"/>
        <location filename="../core/sql/lockclassifier.cpp" line="196"/>
        <location filename="../core/sql/lockclassifier.cpp" line="205"/>
        <location filename="../core/sql/lockclassifier.cpp" line="231"/>
        <location filename="../core/sql/lockclassifier.cpp" line="315"/>
        <location filename="../core/sql/lockclassifier.cpp" line="346"/>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="153"/>
        <source>%1 column %2 fills every row from a sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="161"/>
        <source>stored generated column %1 is computed for every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="163"/>
        <source>identity column %1 fills every row from a sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="169"/>
        <source>before PostgreSQL 11 any default on a new column rewrites the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="171"/>
        <source>volatile default %1() is evaluated for every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="173"/>
        <source>default calls %1(); if that function is volatile every row is rewritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="177"/>
        <source>CHECK constraint on %1 is verified against every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="179"/>
        <source>builds a unique index for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="182"/>
        <location filename="../core/sql/lockclassifier.cpp" line="198"/>
        <source>referenced table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="185"/>
        <source>constant default is stored in the catalog (PostgreSQL 11+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="186"/>
        <source>new nullable column without default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="200"/>
        <source>foreign key added NOT VALID: existing rows are not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="202"/>
        <source>foreign key is validated against every existing row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="208"/>
        <source>CHECK added NOT VALID: existing rows are not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="210"/>
        <source>CHECK constraint %1 is verified against every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="214"/>
        <source>constraint uses the existing index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="217"/>
        <source>builds the constraint&apos;s index while holding ACCESS EXCLUSIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="228"/>
        <location filename="../core/sql/lockclassifier.cpp" line="311"/>
        <source>index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="229"/>
        <source>materialized view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="230"/>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="243"/>
        <source>VALIDATE CONSTRAINT %1 reads every row without blocking reads or writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="246"/>
        <source>changing the type of %1 rewrites the table and its indexes (unless the new type is binary-compatible, e.g. varchar(n) to text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="253"/>
        <source>SET NOT NULL on %1 scans every row, unless a valid CHECK (%1 IS NOT NULL) exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="254"/>
        <source>SET NOT NULL on %1 scans every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="271"/>
        <location filename="../core/sql/lockclassifier.cpp" line="278"/>
        <location filename="../core/sql/lockclassifier.cpp" line="282"/>
        <source>partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="272"/>
        <source>the partition %1 is scanned to check the partition bound, unless a matching CHECK constraint exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="279"/>
        <source>DETACH PARTITION CONCURRENTLY cannot run inside a transaction block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="288"/>
        <source>the table is copied in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="313"/>
        <source>DROP INDEX also takes ACCESS EXCLUSIVE on the index&apos;s table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="315"/>
        <source>relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="319"/>
        <source>DROP INDEX CONCURRENTLY cannot run inside a transaction block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="351"/>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddingFieldWithDefault</name>
    <message>
        <location filename="../core/lint/rules/addingfieldwithdefault.cpp" line="67"/>
        <source>A new column whose default is computed per row rewrites the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingfieldwithdefault.cpp" line="85"/>
        <source>Adding the %1 column %2 rewrites %3: every row gets a value from the sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingfieldwithdefault.cpp" line="97"/>
        <source>Adding the stored generated column %1 rewrites %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingfieldwithdefault.cpp" line="99"/>
        <source>Adding the identity column %1 rewrites %2: every row gets a value from the sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingfieldwithdefault.cpp" line="102"/>
        <source>Adding %1 with a default rewrites %2 before PostgreSQL 11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingfieldwithdefault.cpp" line="104"/>
        <source>Adding %1 with a default that may be computed per row rewrites %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingfieldwithdefault.cpp" line="121"/>
        <source>The table and all its indexes are rewritten while an ACCESS EXCLUSIVE lock blocks every read and write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingfieldwithdefault.cpp" line="125"/>
        <source>Add the column without the default, set the default separately (applies to new rows only), and backfill existing rows in batches; add NOT NULL afterwards through a validated CHECK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingfieldwithdefault.cpp" line="167"/>
        <source>-- Backfill existing rows in batches, e.g. UPDATE %1 SET %2 = %3 WHERE %2 IS NULL AND &lt;key range&gt;;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingfieldwithdefault.cpp" line="180"/>
        <source>-- After the next step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingfieldwithdefault.cpp" line="183"/>
        <source>Split into add column, set default, backfill%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingfieldwithdefault.cpp" line="183"/>
        <source>, validated NOT NULL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddingForeignKeyConstraint</name>
    <message>
        <location filename="../core/lint/rules/addingforeignkeyconstraint.cpp" line="20"/>
        <source>A validated foreign key blocks writes to both tables while it checks every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingforeignkeyconstraint.cpp" line="48"/>
        <source>The foreign key from %1 to %2 is validated while writes to both tables wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingforeignkeyconstraint.cpp" line="49"/>
        <source>Adding a foreign key takes SHARE ROW EXCLUSIVE locks on %1 and %2 and checks every existing row before it commits; inserts, updates and deletes queue behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingforeignkeyconstraint.cpp" line="51"/>
        <source>Add the column without REFERENCES, then add the foreign key as a separate constraint NOT VALID and VALIDATE it in a later transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingforeignkeyconstraint.cpp" line="53"/>
        <source>Add the constraint NOT VALID (instant), then run VALIDATE CONSTRAINT in a separate transaction; validation does not block writes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddingNotNullableField</name>
    <message>
        <location filename="../core/lint/rules/addingnotnullablefield.cpp" line="21"/>
        <source>SET NOT NULL scans the table while blocking reads and writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingnotnullablefield.cpp" line="41"/>
        <source>Setting %1.%2 NOT NULL scans every row of %1 while reads and writes wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingnotnullablefield.cpp" line="42"/>
        <source>SET NOT NULL takes an ACCESS EXCLUSIVE lock and checks every row before it commits; on a large table everything queues behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingnotnullablefield.cpp" line="45"/>
        <source>Add CHECK (%1 IS NOT NULL) NOT VALID, VALIDATE it (no blocking lock), then SET NOT NULL, which then skips the scan, and drop the CHECK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingnotnullablefield.cpp" line="47"/>
        <source>Before PostgreSQL 12 SET NOT NULL always scans: keep the column nullable and enforce it with a CHECK (%1 IS NOT NULL) constraint added NOT VALID and validated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingnotnullablefield.cpp" line="54"/>
        <source>Prove NOT NULL with a validated CHECK first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddingRequiredField</name>
    <message>
        <location filename="../core/lint/rules/addingrequiredfield.cpp" line="20"/>
        <source>A new NOT NULL column without a default fails on a table with rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingrequiredfield.cpp" line="51"/>
        <source>Adding the NOT NULL column %1 to %2 without a default fails if %2 has any rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingrequiredfield.cpp" line="52"/>
        <source>PostgreSQL must fill the new column for every existing row; with no default the value is NULL, which violates NOT NULL, and the whole migration aborts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingrequiredfield.cpp" line="54"/>
        <source>Add the column as nullable (or with a constant DEFAULT), backfill it in batches, then add a CHECK (%1 IS NOT NULL) NOT VALID constraint, VALIDATE it and SET NOT NULL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BanConcurrentIndexCreationInTransaction</name>
    <message>
        <location filename="../core/lint/rules/requireconcurrentindexcreation.cpp" line="48"/>
        <source>CREATE INDEX CONCURRENTLY cannot run inside a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentindexcreation.cpp" line="61"/>
        <source>CREATE INDEX CONCURRENTLY inside a transaction block fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentindexcreation.cpp" line="62"/>
        <source>PostgreSQL refuses CONCURRENTLY in a transaction: the migration stops here and everything before it in the transaction is rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentindexcreation.cpp" line="64"/>
        <source>Run this statement on its own, outside BEGIN/COMMIT (and tell your migration tool not to wrap this file in a transaction).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BanDropColumn</name>
    <message>
        <location filename="../core/lint/rules/bandropcolumn.cpp" line="19"/>
        <source>Dropping a column loses its data and breaks code that still uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bandropcolumn.cpp" line="30"/>
        <source>Dropping %1.%2 deletes its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bandropcolumn.cpp" line="31"/>
        <source>Queries and ORMs that still select or insert the column fail as soon as it is gone, and the values can only come back from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bandropcolumn.cpp" line="33"/>
        <source>Stop reading and writing the column in a deployed release first (expand/contract), back up the values, then drop it in a later migration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BanDropDatabase</name>
    <message>
        <location filename="../core/lint/rules/bandropdatabase.cpp" line="19"/>
        <source>DROP DATABASE does not belong in a migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bandropdatabase.cpp" line="26"/>
        <source>Dropping the database %1 deletes everything in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bandropdatabase.cpp" line="27"/>
        <source>Every table, row and object of the database is gone at once; nothing but a backup brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bandropdatabase.cpp" line="28"/>
        <source>Drop databases by hand, deliberately, outside the migration history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BanDropNotNull</name>
    <message>
        <location filename="../core/lint/rules/bandropnotnull.cpp" line="19"/>
        <source>Dropping NOT NULL lets NULLs in that running code does not expect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bandropnotnull.cpp" line="32"/>
        <source>%1.%2 becomes nullable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bandropnotnull.cpp" line="33"/>
        <source>Code deployed today assumes the column is never NULL; once NULLs are written, older application versions and reports break, and restoring NOT NULL needs a full scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bandropnotnull.cpp" line="35"/>
        <source>Make sure every reader handles NULL (deploy that first), then drop the constraint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BanDropTable</name>
    <message>
        <location filename="../core/lint/rules/bandroptable.cpp" line="16"/>
        <source>Dropping a table loses its data and breaks its readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bandroptable.cpp" line="33"/>
        <source>Dropping %1 deletes all its rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bandroptable.cpp" line="34"/>
        <source>Dropping %1 deletes all their rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bandroptable.cpp" line="35"/>
        <source>Application code still reading or writing the table fails at once, and the data can only come back from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bandroptable.cpp" line="37"/>
        <source>First deploy code that no longer uses the table; take a backup (pg_dump -t, or CREATE TABLE ... AS); then drop it in a later migration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BanDuplicateColumnAssignments</name>
    <message>
        <location filename="../core/lint/rules/banduplicatecolumnassignments.cpp" line="21"/>
        <source>A column assigned twice in one statement is an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/banduplicatecolumnassignments.cpp" line="61"/>
        <source>Column %1 is assigned more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/banduplicatecolumnassignments.cpp" line="62"/>
        <source>PostgreSQL rejects the statement (&quot;multiple assignments to same column&quot;), so the migration stops here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/banduplicatecolumnassignments.cpp" line="64"/>
        <source>Assign each column once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BanExclusionConstraint</name>
    <message>
        <location filename="../core/lint/rules/strongbanexclusionconstraint.cpp" line="19"/>
        <source>Adding an exclusion constraint locks the table while every row is checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongbanexclusionconstraint.cpp" line="37"/>
        <source>Adding an exclusion constraint to %1 blocks reads and writes until every row is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongbanexclusionconstraint.cpp" line="39"/>
        <source>Adding the exclusion constraint %1 to %2 blocks reads and writes until every row is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongbanexclusionconstraint.cpp" line="41"/>
        <source>ALTER TABLE ... ADD ... EXCLUDE takes an ACCESS EXCLUSIVE lock and builds the constraint&apos;s index while holding it. Unlike CHECK and foreign keys it cannot be added NOT VALID and validated later, and there is no USING INDEX form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongbanexclusionconstraint.cpp" line="44"/>
        <source>Declare exclusion constraints when the table is created. On an existing busy table, enforce the rule in the application or with a trigger, or schedule the change in a maintenance window with a lock_timeout.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BanTruncateCascade</name>
    <message>
        <location filename="../core/lint/rules/bantruncatecascade.cpp" line="19"/>
        <source>TRUNCATE ... CASCADE empties every table that references these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bantruncatecascade.cpp" line="31"/>
        <source>TRUNCATE %1 CASCADE also empties every table with a foreign key to it, recursively.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bantruncatecascade.cpp" line="33"/>
        <source>CASCADE follows foreign keys without listing what it empties: tables you did not name lose all their rows, under ACCESS EXCLUSIVE locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bantruncatecascade.cpp" line="35"/>
        <source>Name every table to truncate explicitly and leave CASCADE out; PostgreSQL then refuses instead of deleting more than intended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bantruncatecascade.cpp" line="39"/>
        <source>Remove CASCADE (TRUNCATE refuses if other tables reference these)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BanUncommittedTransaction</name>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="68"/>
        <source>A transaction opened in the file is never committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="78"/>
        <source>The transaction opened by BEGIN is still open at the end of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="79"/>
        <source>Depending on the tool the work is rolled back when the session ends, or the open transaction keeps its locks and blocks other sessions until someone notices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="81"/>
        <source>End the file with COMMIT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="83"/>
        <source>Add COMMIT at the end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangingColumnType</name>
    <message>
        <location filename="../core/lint/rules/changingcolumntype.cpp" line="19"/>
        <source>Changing a column&apos;s type usually rewrites the table under ACCESS EXCLUSIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/changingcolumntype.cpp" line="31"/>
        <source>Changing the type of %1.%2 rewrites %1: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/changingcolumntype.cpp" line="32"/>
        <source>Changing the type of %1.%2 locks %1 (ACCESS EXCLUSIVE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/changingcolumntype.cpp" line="33"/>
        <source>Unless the new type is binary-compatible (varchar(n) to a larger n or to text), the table and every index are rewritten while all reads and writes wait; running code may also not understand the new type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/changingcolumntype.cpp" line="36"/>
        <source>Add a new column with the new type, backfill it in batches, switch the code over, then drop the old column (expand/contract).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="27"/>
        <source>Start, inspect or stop a private PostgreSQL primary and replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="30"/>
        <source>Check migration files for risky statements (for CI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="31"/>
        <source>Write a database&apos;s schema to a JSON snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="32"/>
        <source>Print lock waits, replication lag, progress and TPS once a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="33"/>
        <source>Show which migrations of a folder are applied, pending or changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="42"/>
        <source>Usage: slipway-cli &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="43"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="48"/>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="49"/>
        <source>Show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="50"/>
        <source>Show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="51"/>
        <source>Run &quot;slipway-cli &lt;command&gt; --help&quot; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="85"/>
        <source>Unknown command &quot;%1&quot;. Run &quot;slipway-cli --help&quot; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnTypeRule</name>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="40"/>
        <source>char(n) pads with spaces and is never faster than text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="41"/>
        <source>varchar(n) limits are changed later only with an ACCESS EXCLUSIVE lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="42"/>
        <source>timestamp without time zone loses the offset of what it stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="43"/>
        <source>integer ids and counters run out at 2^31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="44"/>
        <source>smallint runs out at 32767</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="45"/>
        <source>serial columns have ownership and permission quirks; use identity columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="63"/>
        <source>Use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="108"/>
        <source>%1 is declared %2; char types pad values with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="109"/>
        <source>%1 is declared %2; changing that limit later locks the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="110"/>
        <source>%1 is declared %2, which drops the time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="111"/>
        <source>%1 is declared %2, which overflows at 2,147,483,647.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="112"/>
        <source>%1 is declared %2, which overflows at 32,767.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="113"/>
        <source>%1 is declared %2 instead of an identity column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="122"/>
        <source>char(n) stores blank-padded values, compares with trailing spaces ignored and is no faster than text; growing it later needs a table rewrite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="125"/>
        <source>Raising a varchar(n) limit is cheap, but lowering it or changing the type rewrites the table under ACCESS EXCLUSIVE; a CHECK on length() can be changed NOT VALID without blocking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="128"/>
        <source>timestamp stores the wall-clock value without the offset, so values from sessions in different time zones cannot be compared, and DST changes make them ambiguous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="132"/>
        <source>When the column runs out, inserts fail; widening it later rewrites the table and its indexes under ACCESS EXCLUSIVE. bigint costs 4 more bytes per row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="135"/>
        <source>serial creates a separately owned sequence with its own grants and dump quirks; identity columns are the SQL-standard replacement and keep the sequence tied to the column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="144"/>
        <source>Use text (or varchar without a limit), with a CHECK constraint if a length matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="145"/>
        <source>Use text with a CHECK (length(col) &lt;= n) constraint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="146"/>
        <source>Use timestamptz (timestamp with time zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="148"/>
        <source>Use bigint (or bigserial / a bigint identity column).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="149"/>
        <source>Use bigint GENERATED BY DEFAULT AS IDENTITY (or GENERATED ALWAYS).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="28"/>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="60"/>
        <source>Invalid port &quot;%1&quot;: expected a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="68"/>
        <source>Unknown sslmode &quot;%1&quot;; expected one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="154"/>
        <source>The connection string is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="170"/>
        <source>No service name given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="189"/>
        <source>Port %1 is out of range (1-65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="251"/>
        <source>service %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConstraintMissingNotValid</name>
    <message>
        <location filename="../core/lint/rules/constraintmissingnotvalid.cpp" line="21"/>
        <source>Adding a constraint without NOT VALID checks every row under a blocking lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/constraintmissingnotvalid.cpp" line="37"/>
        <source>Validating %1 in the same transaction that added it NOT VALID keeps the blocking lock during the scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/constraintmissingnotvalid.cpp" line="39"/>
        <source>ADD CONSTRAINT ... NOT VALID took an ACCESS EXCLUSIVE lock on %1 that is held until COMMIT, so the VALIDATE scan runs while every read and write waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/constraintmissingnotvalid.cpp" line="41"/>
        <source>COMMIT after adding the constraint NOT VALID and run VALIDATE CONSTRAINT in its own transaction (or a later migration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/constraintmissingnotvalid.cpp" line="55"/>
        <source>The new constraint on %1 is checked against every row while the table is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/constraintmissingnotvalid.cpp" line="56"/>
        <source>Constraint %1 on %2 is checked against every row while the table is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/constraintmissingnotvalid.cpp" line="57"/>
        <source>Without NOT VALID, PostgreSQL verifies all existing rows inside the ALTER TABLE, holding a lock that blocks writes (and, for most constraints, reads) for the whole scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/constraintmissingnotvalid.cpp" line="59"/>
        <source>A UNIQUE, PRIMARY KEY or EXCLUDE constraint cannot be NOT VALID: build the index with CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... USING INDEX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/constraintmissingnotvalid.cpp" line="61"/>
        <source>Add the constraint NOT VALID (only new rows are checked), then run ALTER TABLE ... VALIDATE CONSTRAINT in a separate transaction; it does not block reads or writes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DbError</name>
    <message>
        <location filename="../core/db/dberror.cpp" line="54"/>
        <source>Invalid connection settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="55"/>
        <source>Server unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="56"/>
        <source>Authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="57"/>
        <source>Password required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="58"/>
        <source>Database does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="59"/>
        <source>Role does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="60"/>
        <source>TLS/SSL failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="61"/>
        <source>Connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="62"/>
        <source>Query cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="63"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="64"/>
        <source>The server rejected the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="65"/>
        <source>Internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="95"/>
        <source>SQLSTATE: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="98"/>
        <source>At line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="100"/>
        <source>Detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="102"/>
        <source>Hint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="104"/>
        <source>Context: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="44"/>
        <source>Cannot read the embedded demo file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="58"/>
        <source>%1, line %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="83"/>
        <source>Invalid connection string: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="102"/>
        <source>Loading the demo failed in %1, line %2 (statement %3: %4)
%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="119"/>
        <source>The demo database needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="121"/>
        <source>The number of demo orders must be between 1 and %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="135"/>
        <source>schema.sql has no &quot;-- slipway:post-data&quot; line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="147"/>
        <source>Creating tables, types, functions and views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="151"/>
        <source>Building keys, indexes and triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="158"/>
        <source>Generating rows for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="159"/>
        <source>Generating data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="164"/>
        <source>Analyzing tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="168"/>
        <source>Creating database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="177"/>
        <source>Cannot connect to the server to create the demo database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="180"/>
        <source>Cannot create the demo database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="187"/>
        <source>Connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="205"/>
        <source>Committing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="208"/>
        <source>Lost the connection to the demo database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="211"/>
        <source>Loading the demo database %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="214"/>
        <source>Demo database %1 is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="221"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="230"/>
        <source>The demo migrations are missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="239"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DmlWithoutWhere</name>
    <message>
        <location filename="../core/lint/rules/strongdmlwithoutwhere.cpp" line="18"/>
        <source>UPDATE or DELETE without WHERE changes the whole table in one transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongdmlwithoutwhere.cpp" line="28"/>
        <source>This UPDATE has no WHERE clause: it rewrites every row of %1 in one transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongdmlwithoutwhere.cpp" line="29"/>
        <source>This DELETE has no WHERE clause: it deletes every row of %1 in one transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongdmlwithoutwhere.cpp" line="30"/>
        <source>Every changed row stays locked until the statement commits, so concurrent writers to those rows wait; the table doubles in size with dead row versions until vacuum, WAL volume spikes and replicas fall behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongdmlwithoutwhere.cpp" line="33"/>
        <source>Backfill in batches: UPDATE ... WHERE id &gt; $last AND id &lt;= $last + 10000, committing between batches and pausing when replication lag grows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongdmlwithoutwhere.cpp" line="35"/>
        <source>Delete in batches with a keyset WHERE clause, committing between batches; to empty the table on purpose, TRUNCATE is instant (but takes ACCESS EXCLUSIVE).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainConstraintRule</name>
    <message>
        <location filename="../core/lint/rules/domainconstraintrule.cpp" line="25"/>
        <source>Constraints on domains are checked against every column using the domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/domainconstraintrule.cpp" line="44"/>
        <source>Adding a constraint to domain %1 checks every column of that type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/domainconstraintrule.cpp" line="45"/>
        <source>Domain %1 carries a constraint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/domainconstraintrule.cpp" line="46"/>
        <source>Domain constraints are checked for every table column of the domain, with locks on those tables, and they cannot be changed or validated per table; changing them later is hard to do without blocking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/domainconstraintrule.cpp" line="49"/>
        <source>Put the CHECK constraint on the table columns instead (added NOT VALID, then validated).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorToolTips</name>
    <message>
        <location filename="../ui/editor/editortooltips.cpp" line="29"/>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editortooltips.cpp" line="31"/>
        <source>Safe pattern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editortooltips.cpp" line="35"/>
        <source>Quick fix%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editortooltips.cpp" line="53"/>
        <source>%1 lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editortooltips.cpp" line="57"/>
        <source>Effect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editortooltips.cpp" line="65"/>
        <source>size unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editortooltips.cpp" line="73"/>
        <source>Cannot run inside a transaction block. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editortooltips.cpp" line="75"/>
        <source>The answer depends on the server version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editortooltips.cpp" line="77"/>
        <source>Connect to see the table sizes on this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editortooltips.cpp" line="92"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FreePort</name>
    <message>
        <location filename="../core/db/freeport.cpp" line="28"/>
        <source>%1 is not an IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/freeport.cpp" line="54"/>
        <source>No free TCP port on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifierTooLong</name>
    <message>
        <location filename="../core/lint/rules/identifiertoolong.cpp" line="19"/>
        <source>Identifiers longer than 63 bytes are silently truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/identifiertoolong.cpp" line="33"/>
        <source>Identifier %1 is %2 bytes; PostgreSQL keeps only the first 63.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/identifiertoolong.cpp" line="34"/>
        <source>The name is truncated without an error, so the object gets a different name than the migration says, and two long names can collide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/identifiertoolong.cpp" line="36"/>
        <source>Use a name of at most 63 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndexConstraintRule</name>
    <message>
        <location filename="../core/lint/rules/indexconstraintrule.cpp" line="27"/>
        <source>Adding a primary key builds its index while reads and writes wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/indexconstraintrule.cpp" line="28"/>
        <source>Adding a UNIQUE constraint builds its index while reads and writes wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/indexconstraintrule.cpp" line="53"/>
        <source>Adding a primary key to %1 builds a unique index while the table is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/indexconstraintrule.cpp" line="54"/>
        <source>Adding a UNIQUE constraint to %1 builds a unique index while the table is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/indexconstraintrule.cpp" line="55"/>
        <source>The constraint&apos;s index is built inside the ALTER TABLE under an ACCESS EXCLUSIVE lock: every read and write of %1 waits until the whole table has been indexed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/indexconstraintrule.cpp" line="57"/>
        <source>CREATE UNIQUE INDEX CONCURRENTLY first (make the columns NOT NULL safely too), then ALTER TABLE ... ADD CONSTRAINT ... PRIMARY KEY USING INDEX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/indexconstraintrule.cpp" line="59"/>
        <source>CREATE UNIQUE INDEX CONCURRENTLY first, then ALTER TABLE ... ADD CONSTRAINT ... UNIQUE USING INDEX, which is instant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndexTooManyColumns</name>
    <message>
        <location filename="../core/lint/rules/strongindextoomanycolumns.cpp" line="21"/>
        <source>A non-unique index over more than three columns rarely pays off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongindextoomanycolumns.cpp" line="33"/>
        <source>This index on %1 has %2 key columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongindextoomanycolumns.cpp" line="34"/>
        <source>Index %1 on %2 has %3 key columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongindextoomanycolumns.cpp" line="35"/>
        <source>Beyond the first few columns a B-tree rarely narrows a search further, but every INSERT and UPDATE pays for the wider entries, the index is larger to build and to keep in memory, and HOT updates become rarer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongindextoomanycolumns.cpp" line="38"/>
        <source>Index the %1 most selective columns that queries filter on; move columns that are only read into INCLUDE (...) for an index-only scan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Introspector</name>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="272"/>
        <source>Schema introspection was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="317"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="323"/>
        <source>Reading server information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="336"/>
        <source>Reading schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="355"/>
        <source>Reading comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="373"/>
        <source>Reading privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="390"/>
        <source>Reading extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="403"/>
        <source>Reading tables and views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="447"/>
        <source>Reading partitions and inheritance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="465"/>
        <source>Reading types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="513"/>
        <source>Reading columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="543"/>
        <source>Reading constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="589"/>
        <source>Reading indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="624"/>
        <source>Reading sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="648"/>
        <source>Reading functions and procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="671"/>
        <source>Reading triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="693"/>
        <source>Reading row-level security policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="711"/>
        <source>Reading sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="771"/>
        <source>%1 (process %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="774"/>
        <source>Could not read the schema: a relation stayed locked by another session for more than %1 ms. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="777"/>
        <source>Could not read the schema: waited %1 ms for locks. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="780"/>
        <source>Locked exclusively, probably by a running migration: %1. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="783"/>
        <source>Waiting for an exclusive lock: %1. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="785"/>
        <source>Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LintCommand</name>
    <message>
        <location filename="../app/cli/lintcommand.cpp" line="47"/>
        <source>Run &quot;slipway-cli lint --help&quot; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/lintcommand.cpp" line="52"/>
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
Exit codes: 0 clean, 1 findings at or above --fail-on (or no connection), 2 usage.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/lintcommand.cpp" line="160"/>
        <source>opt-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/lintcommand.cpp" line="184"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/lintcommand.cpp" line="228"/>
        <source>Unknown reporter &quot;%1&quot;: use tty, gcc, json, gitlab or sarif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/lintcommand.cpp" line="234"/>
        <source>Unknown severity &quot;%1&quot; for --fail-on: use hint, warning or error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/lintcommand.cpp" line="245"/>
        <source>Invalid --pg-version &quot;%1&quot;: write 11, 13.4 or 150000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/lintcommand.cpp" line="260"/>
        <source>Unknown rule(s): %1. Run &quot;slipway-cli lint --list-rules&quot; for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/lintcommand.cpp" line="274"/>
        <location filename="../app/cli/lintcommand.cpp" line="286"/>
        <source>No files to lint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/lintcommand.cpp" line="283"/>
        <source>warning: no SQL files match %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/lintcommand.cpp" line="303"/>
        <source>warning: saved connection profiles not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/lintcommand.cpp" line="320"/>
        <source>Cannot read table sizes from %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/lintcommand.cpp" line="356"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LintEngine</name>
    <message>
        <location filename="../core/lint/lintengine.cpp" line="149"/>
        <source>PostgreSQL will reject this statement; nothing after it in the same transaction runs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <location filename="../core/db/localstore.cpp" line="71"/>
        <source>The local store %1 cannot be used: %2. Slipway goes on without history and recent items; the file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/localstore.cpp" line="79"/>
        <source>the Qt SQLite driver is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/localstore.cpp" line="95"/>
        <source>it was written by a newer Slipway (schema %1, this one knows %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/localstore.cpp" line="103"/>
        <source>integrity check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/localstore.cpp" line="115"/>
        <location filename="../core/db/localstore.cpp" line="121"/>
        <source>upgrading its schema to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/localstore.cpp" line="145"/>
        <source>The local store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockClassifier</name>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="371"/>
        <source>no table work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="372"/>
        <source>metadata only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="373"/>
        <source>full table scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="374"/>
        <source>index build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="375"/>
        <source>table rewrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="376"/>
        <source>row changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="377"/>
        <source>reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="393"/>
        <location filename="../core/sql/lockclassifier.cpp" line="397"/>
        <location filename="../core/sql/lockclassifier.cpp" line="409"/>
        <location filename="../core/sql/lockclassifier.cpp" line="414"/>
        <location filename="../core/sql/lockclassifier.cpp" line="421"/>
        <location filename="../core/sql/lockclassifier.cpp" line="429"/>
        <location filename="../core/sql/lockclassifier.cpp" line="438"/>
        <location filename="../core/sql/lockclassifier.cpp" line="443"/>
        <location filename="../core/sql/lockclassifier.cpp" line="451"/>
        <location filename="../core/sql/lockclassifier.cpp" line="454"/>
        <location filename="../core/sql/lockclassifier.cpp" line="485"/>
        <location filename="../core/sql/lockclassifier.cpp" line="491"/>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="394"/>
        <source>CREATE INDEX CONCURRENTLY cannot run inside a transaction block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="395"/>
        <source>builds the index while reads and writes go on (two table scans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="398"/>
        <source>builds the index while blocking every write to the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="409"/>
        <location filename="../core/sql/lockclassifier.cpp" line="438"/>
        <location filename="../core/sql/lockclassifier.cpp" line="441"/>
        <source>index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="411"/>
        <source>a rename is instant, but every query using the old name fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="415"/>
        <source>TRUNCATE replaces the table&apos;s files: all rows are gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="423"/>
        <source>VACUUM FULL rewrites the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="425"/>
        <source>VACUUM cannot run inside a transaction block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="431"/>
        <source>CLUSTER without a table cannot run inside a transaction block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="432"/>
        <source>CLUSTER rewrites the table in index order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="439"/>
        <source>REINDEX CONCURRENTLY cannot run inside a transaction block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="447"/>
        <source>REINDEX SCHEMA/DATABASE/SYSTEM cannot run inside a transaction block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="448"/>
        <source>rebuilds the index while reads and writes go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="449"/>
        <source>rebuilds the index while blocking writes to its table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="466"/>
        <source>referenced table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="472"/>
        <source>parent table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="473"/>
        <source>creates a new table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="477"/>
        <source>materialized view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="479"/>
        <source>recomputes the view and applies the differences while reads go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="481"/>
        <source>recomputes the view into new files; reads wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="486"/>
        <source>held until the transaction ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="507"/>
        <location filename="../core/sql/lockclassifier.cpp" line="513"/>
        <location filename="../core/sql/lockclassifier.cpp" line="529"/>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="514"/>
        <source>copies rows into a new table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="518"/>
        <source>before PostgreSQL 12, ALTER TYPE ... ADD VALUE cannot run inside a transaction block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="523"/>
        <source>this command cannot run inside a transaction block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="531"/>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockStyle</name>
    <message>
        <location filename="../ui/editor/lockstyle.cpp" line="38"/>
        <source>instant</source>
        <comment>metadata-only change</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/lockstyle.cpp" line="39"/>
        <source>scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/lockstyle.cpp" line="40"/>
        <source>index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/lockstyle.cpp" line="41"/>
        <source>rewrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/lockstyle.cpp" line="42"/>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/lockstyle.cpp" line="50"/>
        <source>blocks reads and writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/lockstyle.cpp" line="52"/>
        <source>blocks writes, reads go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/lockstyle.cpp" line="53"/>
        <source>blocks neither reads nor writes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationSource</name>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="524"/>
        <source>%1: not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="537"/>
        <source>%1: no migrations found in a known layout (Flyway, golang-migrate, dbmate, Sqitch, Prisma, numbered .sql)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationStatus</name>
    <message>
        <location filename="../core/migrations/migrationstatus.cpp" line="50"/>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationstatus.cpp" line="51"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationstatus.cpp" line="52"/>
        <source>missing from folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationstatus.cpp" line="53"/>
        <source>changed since applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationstatus.cpp" line="54"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationstatus.cpp" line="55"/>
        <source>dirty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationstatus.cpp" line="56"/>
        <source>out of order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MixedSchemaAndDataChange</name>
    <message>
        <location filename="../core/lint/rules/strongmixedschemaanddatachange.cpp" line="19"/>
        <source>A schema change and a backfill in one transaction keep the table locked for the whole backfill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongmixedschemaanddatachange.cpp" line="29"/>
        <source>This backfill of %1 runs in the same transaction as the schema change to %2 above: %2 stays locked until the backfill commits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongmixedschemaanddatachange.cpp" line="32"/>
        <source>A lock taken by ALTER TABLE, CREATE INDEX or RENAME is held until the transaction ends. Every query on %1 queues behind it for as long as the backfill runs, and a failure late in the backfill also undoes the schema change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongmixedschemaanddatachange.cpp" line="36"/>
        <source>Commit the schema change in its own short migration, then backfill in batches outside it, each batch its own transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongmixedschemaanddatachange.cpp" line="45"/>
        <source>This schema change to %1 runs in the same transaction as the backfill of %2 above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongmixedschemaanddatachange.cpp" line="47"/>
        <source>The backfill&apos;s row locks are held until the transaction ends, this statement then waits for its own lock while holding them, and if it fails the whole backfill is rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongmixedschemaanddatachange.cpp" line="50"/>
        <source>Put the schema change and the backfill in separate migrations; run the backfill in batches, each batch its own transaction.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="67"/>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="68"/>
        <source>locks %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="74"/>
        <source> (longest %1: pid %2 wants %3 on %4, blocked by %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="81"/>
        <source>lag %1 %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="83"/>
        <source>standby delay %1 / %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="86"/>
        <source> (replay paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="88"/>
        <source>standby: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="89"/>
        <source>tps %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="90"/>
        <source>active %1, idle in tx %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="92"/>
        <source>oldest tx %1 (pid %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="102"/>
        <source> eta %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="105"/>
        <source>(%1 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="115"/>
        <source>Show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="116"/>
        <source>Standby to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="118"/>
        <source>Milliseconds between samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="120"/>
        <source>JSON lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="134"/>
        <source>Missing &lt;conn&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="135"/>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="136"/>
        <source>--interval wants milliseconds, at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="152"/>
        <source>Unknown connection &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgTool</name>
    <message>
        <location filename="../core/db/sandboxcleanup.cpp" line="88"/>
        <source>The PostgreSQL program %1 was not found. Install PostgreSQL 15 (postgresql-15) or point SLIPWAY_PG_BINDIR at its bin directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandboxcleanup.cpp" line="115"/>
        <source>Could not run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandboxcleanup.cpp" line="133"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandboxcleanup.cpp" line="135"/>
        <source>%1 did not finish within %2 seconds.
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandboxcleanup.cpp" line="140"/>
        <source>%1 crashed.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandboxcleanup.cpp" line="143"/>
        <source>%1 failed (exit code %2).
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandboxcleanup.cpp" line="152"/>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandboxcleanup.cpp" line="160"/>
        <source>Running as root, the servers run as the user &quot;%1&quot;, but %2 could not be given to that user: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandboxcleanup.cpp" line="163"/>
        <source>no such user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferJsonb</name>
    <message>
        <location filename="../core/lint/rules/strongpreferjsonb.cpp" line="18"/>
        <source>A json column breaks SELECT DISTINCT and UNION; use jsonb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongpreferjsonb.cpp" line="54"/>
        <source>Column %1 of %2 is json; use jsonb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongpreferjsonb.cpp" line="55"/>
        <source>The json type has no equality operator: SELECT DISTINCT, UNION and GROUP BY over rows of %1 fail with &quot;could not identify an equality operator for type json&quot;. It is also re-parsed on every access and cannot be indexed with GIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongpreferjsonb.cpp" line="59"/>
        <source>Use jsonb. Keep json only when you must preserve key order, duplicate keys or whitespace exactly as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongpreferjsonb.cpp" line="65"/>
        <source>Use jsonb</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferRepack</name>
    <message>
        <location filename="../core/lint/rules/preferrepack.cpp" line="20"/>
        <source>CLUSTER and VACUUM FULL block the table; REPACK (CONCURRENTLY) does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/preferrepack.cpp" line="60"/>
        <source>%1 holds ACCESS EXCLUSIVE while it rewrites the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/preferrepack.cpp" line="61"/>
        <source>Every read and write of the table waits until the rewrite finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/preferrepack.cpp" line="62"/>
        <source>Use REPACK (CONCURRENTLY), which rewrites the table without blocking reads and writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/preferrepack.cpp" line="63"/>
        <source>Use REPACK (CONCURRENTLY)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferRobustStmts</name>
    <message>
        <location filename="../core/lint/rules/preferrobuststmts.cpp" line="21"/>
        <source>Statements outside a transaction should be safe to run twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/preferrobuststmts.cpp" line="35"/>
        <source>CREATE INDEX without IF NOT EXISTS fails when run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/preferrobuststmts.cpp" line="44"/>
        <source>CREATE TABLE without IF NOT EXISTS fails when run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/preferrobuststmts.cpp" line="52"/>
        <source>DROP without IF EXISTS fails when run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/preferrobuststmts.cpp" line="85"/>
        <source>Drop the constraint IF EXISTS first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/preferrobuststmts.cpp" line="92"/>
        <source>This ALTER TABLE step fails or changes something else when run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/preferrobuststmts.cpp" line="102"/>
        <source>This ALTER TABLE step fails when run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/preferrobuststmts.cpp" line="110"/>
        <source>Outside a transaction, a migration that fails part way leaves the earlier statements applied; running it again then fails on them, and someone has to repair it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/preferrobuststmts.cpp" line="112"/>
        <source>Use IF NOT EXISTS / IF EXISTS (or DROP CONSTRAINT IF EXISTS before ADD CONSTRAINT) so the file can be re-run, or run it inside a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/preferrobuststmts.cpp" line="121"/>
        <location filename="../core/lint/rules/preferrobuststmts.cpp" line="134"/>
        <source>Add%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../core/db/profilestore.cpp" line="29"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/profilestore.cpp" line="36"/>
        <source>%1 is not a valid connections file (offset %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/profilestore.cpp" line="60"/>
        <location filename="../core/db/profilestore.cpp" line="66"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/profilestore.cpp" line="117"/>
        <source>&quot;%1&quot; is neither a saved connection profile nor a libpq URI or key=value conninfo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenamingEnumValue</name>
    <message>
        <location filename="../core/lint/rules/strongrenamingenumvalue.cpp" line="18"/>
        <source>Renaming an enum value breaks code that still uses the old label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongrenamingenumvalue.cpp" line="38"/>
        <source>Renaming the value &apos;%1&apos; of %2 to &apos;%3&apos; breaks code that still uses &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongrenamingenumvalue.cpp" line="40"/>
        <source>The rename is instant and there is no moment when both labels exist: application servers still running the old code fail on every INSERT, UPDATE or comparison that uses &apos;%1&apos; (invalid input value for enum %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongrenamingenumvalue.cpp" line="43"/>
        <source>Add the new label (ALTER TYPE %1 ADD VALUE &apos;%2&apos;), deploy code that writes &apos;%2&apos; and reads both, backfill the rows in batches, and leave &apos;%3&apos; unused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongrenamingenumvalue.cpp" line="47"/>
        <source>(RENAME VALUE needs PostgreSQL 10 or later.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenamingRule</name>
    <message>
        <location filename="../core/lint/rules/renamingrule.cpp" line="23"/>
        <source>Renaming a table breaks every query that uses the old name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/renamingrule.cpp" line="24"/>
        <source>Renaming a column breaks every query that uses the old name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/renamingrule.cpp" line="36"/>
        <source>Renaming %1 to %2 breaks code that still uses %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/renamingrule.cpp" line="37"/>
        <source>The rename is instant, but every running application instance, view definition written as text, and report that names the table fails at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/renamingrule.cpp" line="39"/>
        <source>Create the new table name as a view over the old one (or the reverse) while code moves over, or copy with dual writes; drop the old name once nothing uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/renamingrule.cpp" line="44"/>
        <source>Renaming %1.%2 to %3 breaks code that still uses %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/renamingrule.cpp" line="45"/>
        <source>The rename is instant, but application instances still running the previous release select and write the old column name and fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/renamingrule.cpp" line="47"/>
        <source>Add the new column, write to both, backfill, move reads over, then drop the old column in a later release.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenamingSchema</name>
    <message>
        <location filename="../core/lint/rules/strongrenamingschema.cpp" line="18"/>
        <source>Renaming a schema breaks every query that names it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongrenamingschema.cpp" line="28"/>
        <source>Renaming the schema %1 to %2 breaks every query, function and search_path that names %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongrenamingschema.cpp" line="30"/>
        <source>Running application code, views&apos; callers, functions with SET search_path, grants scripts and connection settings keep using %1 and fail with &quot;relation does not exist&quot; as soon as the rename commits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongrenamingschema.cpp" line="33"/>
        <source>Create schema %2, move the objects with ALTER ... SET SCHEMA %2 while code reaches them through a search_path that lists both schemas, deploy code that names %2, and drop %1 once nothing uses it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequireConcurrentIndexCreation</name>
    <message>
        <location filename="../core/lint/rules/requireconcurrentindexcreation.cpp" line="15"/>
        <source>CREATE INDEX without CONCURRENTLY blocks writes to the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentindexcreation.cpp" line="29"/>
        <source>Creating an index on %1 without CONCURRENTLY blocks writes to it until the build ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentindexcreation.cpp" line="30"/>
        <source>CREATE INDEX holds a SHARE lock on the table for the whole build: every INSERT, UPDATE and DELETE waits, and the time grows with the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentindexcreation.cpp" line="32"/>
        <source>Use CREATE INDEX CONCURRENTLY, outside a transaction block. If it fails, drop the INVALID index it leaves and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentindexcreation.cpp" line="36"/>
        <source>Create the index CONCURRENTLY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequireConcurrentIndexDeletion</name>
    <message>
        <location filename="../core/lint/rules/requireconcurrentindexdeletion.cpp" line="19"/>
        <source>DROP INDEX without CONCURRENTLY blocks reads and writes of the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentindexdeletion.cpp" line="30"/>
        <source>Dropping index %1 without CONCURRENTLY locks its table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentindexdeletion.cpp" line="31"/>
        <source>DROP INDEX takes an ACCESS EXCLUSIVE lock on the table; if a long query holds the table, the DROP waits and every other query queues behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentindexdeletion.cpp" line="33"/>
        <source>Use DROP INDEX CONCURRENTLY, outside a transaction block (one index per statement).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentindexdeletion.cpp" line="37"/>
        <source>Drop the index CONCURRENTLY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequireConcurrentPartitionDetach</name>
    <message>
        <location filename="../core/lint/rules/requireconcurrentpartitiondetach.cpp" line="19"/>
        <source>DETACH PARTITION without CONCURRENTLY blocks the whole partitioned table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentpartitiondetach.cpp" line="37"/>
        <source>Detaching %1 from %2 locks %2 against reads and writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentpartitiondetach.cpp" line="38"/>
        <source>A plain DETACH PARTITION takes ACCESS EXCLUSIVE on the partitioned table, so every query on any partition waits for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentpartitiondetach.cpp" line="40"/>
        <source>Use DETACH PARTITION ... CONCURRENTLY (outside a transaction block).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentpartitiondetach.cpp" line="41"/>
        <source>DETACH PARTITION ... CONCURRENTLY needs PostgreSQL 14; before that, run the detach in a quiet window with a short lock_timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentpartitiondetach.cpp" line="44"/>
        <source>Detach CONCURRENTLY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequireConcurrentReindex</name>
    <message>
        <location filename="../core/lint/rules/requireconcurrentreindex.cpp" line="19"/>
        <source>REINDEX without CONCURRENTLY blocks writes (and reads using the index)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentreindex.cpp" line="31"/>
        <source>REINDEX without CONCURRENTLY locks the table while the index is rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentreindex.cpp" line="32"/>
        <source>REINDEX holds a SHARE lock on the table (blocking writes) and ACCESS EXCLUSIVE on the index (blocking queries that would use it) for the whole rebuild.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentreindex.cpp" line="34"/>
        <source>Use REINDEX ... CONCURRENTLY, outside a transaction block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentreindex.cpp" line="35"/>
        <source>REINDEX CONCURRENTLY needs PostgreSQL 12; before that, build a new index CONCURRENTLY and drop the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentreindex.cpp" line="41"/>
        <source>Reindex CONCURRENTLY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequireEnumValueOrdering</name>
    <message>
        <location filename="../core/lint/rules/requireenumvalueordering.cpp" line="19"/>
        <source>ADD VALUE without BEFORE/AFTER puts the value last, whatever the order means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireenumvalueordering.cpp" line="27"/>
        <source>Value &apos;%1&apos; is added at the end of enum %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireenumvalueordering.cpp" line="28"/>
        <source>Enum values sort in declaration order (ORDER BY, &lt;, &gt;); appending puts the new value after all others, which is often not the intended order and cannot be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireenumvalueordering.cpp" line="30"/>
        <source>Say where it belongs: ADD VALUE &apos;...&apos; BEFORE &apos;...&apos; or AFTER &apos;...&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequireTableSchema</name>
    <message>
        <location filename="../core/lint/rules/requiretableschema.cpp" line="19"/>
        <source>Tables named without a schema depend on the session&apos;s search_path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requiretableschema.cpp" line="49"/>
        <source>Table %1 is not schema-qualified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requiretableschema.cpp" line="50"/>
        <source>Which table is meant depends on search_path when the migration runs; a different role or connection setting can create or change a table in the wrong schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requiretableschema.cpp" line="52"/>
        <source>Write schema.table (e.g. public.%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequireTimeoutRule</name>
    <message>
        <location filename="../core/lint/rules/requiretimeoutrule.cpp" line="25"/>
        <source>Set lock_timeout before DDL so a blocked lock fails fast instead of queueing everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requiretimeoutrule.cpp" line="26"/>
        <source>Set statement_timeout before DDL so a runaway statement is cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requiretimeoutrule.cpp" line="38"/>
        <source>No lock_timeout is set before this statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requiretimeoutrule.cpp" line="39"/>
        <source>No lock_timeout is set before this statement, which takes %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requiretimeoutrule.cpp" line="40"/>
        <source>While a DDL statement waits for its lock (behind any long query), every later query on the table queues behind it: a short wait becomes an outage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requiretimeoutrule.cpp" line="42"/>
        <source>Start the migration with SET lock_timeout = &apos;3s&apos; (and retry on failure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requiretimeoutrule.cpp" line="43"/>
        <source>No statement_timeout is set before this statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requiretimeoutrule.cpp" line="44"/>
        <source>A statement that runs far longer than expected keeps its locks for as long as it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requiretimeoutrule.cpp" line="45"/>
        <source>Start the migration with SET statement_timeout (e.g. &apos;5min&apos;), sized for the slowest step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requiretimeoutrule.cpp" line="46"/>
        <source>Set lock_timeout first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requiretimeoutrule.cpp" line="46"/>
        <source>Set statement_timeout first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxCleanup</name>
    <message>
        <location filename="../core/db/sandboxcleanup.cpp" line="231"/>
        <source>Could not create the sandbox folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandboxcleanup.cpp" line="241"/>
        <source>The sandbox folder %1 is not a folder of ours; remove it or set SLIPWAY_SANDBOX_BASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandboxcleanup.cpp" line="291"/>
        <source>%1 does not hold a sandbox; not removing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandboxcleanup.cpp" line="299"/>
        <source>Could not remove the sandbox folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandboxcleanup.cpp" line="357"/>
        <source>The server of %1 (process %2) does not stop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="44"/>
        <source>Run &quot;slipway-cli sandbox --help&quot; for usage.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="105"/>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="107"/>
        <source>&quot;sandbox %1&quot; does not take %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="120"/>
        <source>Invalid option value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="128"/>
        <source>primary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="129"/>
        <source>replica: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="131"/>
        <location filename="../app/cli/sandboxcommand.cpp" line="254"/>
        <source>demo:    %1 (migrations in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="161"/>
        <source>Interrupted; removing the unfinished sandbox...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="167"/>
        <source>Interrupted: the sandbox was not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="168"/>
        <source>Could not start the sandbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="177"/>
        <source>Sandbox ready in %1. Stop it with: slipway-cli sandbox stop --dir %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="199"/>
        <source>There is no sandbox in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="209"/>
        <source>No sandbox is running under %1. Start one with: slipway-cli sandbox start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="214"/>
        <source>Several sandboxes are running under %1; choose one with --dir:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="228"/>
        <source>The sandbox in %1 is not ready: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="242"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="243"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="244"/>
        <source>sandbox: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="246"/>
        <source>owned by process %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="247"/>
        <source>detached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="248"/>
        <source>primary: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="251"/>
        <source>replica: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="266"/>
        <source>Removed the stopped sandbox %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="272"/>
        <source>Stopping the sandbox in %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="275"/>
        <source>Could not stop the sandbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="278"/>
        <source>Stopped and removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="300"/>
        <source>Missing sandbox command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="301"/>
        <source>Unknown sandbox command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SarifReporter</name>
    <message>
        <location filename="../core/lint/reporters/sarifreporter.cpp" line="50"/>
        <source>PostgreSQL cannot parse the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/reporters/sarifreporter.cpp" line="52"/>
        <source>The file could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaJson</name>
    <message>
        <location filename="../core/catalog/schemajson.cpp" line="375"/>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/schemajson.cpp" line="376"/>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/schemajson.cpp" line="377"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/schemajson.cpp" line="378"/>
        <location filename="../core/catalog/schemajson.cpp" line="392"/>
        <location filename="../core/catalog/schemajson.cpp" line="460"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/schemajson.cpp" line="379"/>
        <location filename="../core/catalog/schemajson.cpp" line="434"/>
        <location filename="../core/catalog/schemajson.cpp" line="469"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/schemajson.cpp" line="380"/>
        <location filename="../core/catalog/schemajson.cpp" line="500"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/schemajson.cpp" line="381"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/schemajson.cpp" line="387"/>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/schemajson.cpp" line="398"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/schemajson.cpp" line="415"/>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/schemajson.cpp" line="423"/>
        <source>%1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/schemajson.cpp" line="457"/>
        <source>unknown value &quot;%1&quot; (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/schemajson.cpp" line="527"/>
        <source>expected a date and time (ISO 8601), found %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesRecorder</name>
    <message>
        <location filename="../core/monitor/seriesrecorder.cpp" line="34"/>
        <source>The local store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeverityStyle</name>
    <message>
        <location filename="../ui/editor/severitystyle.cpp" line="136"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/severitystyle.cpp" line="137"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/severitystyle.cpp" line="138"/>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <location filename="../core/catalog/snapshot.cpp" line="57"/>
        <source>not valid JSON: %1 at line %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/snapshot.cpp" line="64"/>
        <source>not a Slipway schema snapshot (the top level is not a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/snapshot.cpp" line="71"/>
        <source>not a Slipway schema snapshot (no &quot;format&quot; key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/snapshot.cpp" line="72"/>
        <source>not a Slipway schema snapshot (format is &quot;%1&quot;, expected &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/snapshot.cpp" line="79"/>
        <source>the snapshot has no valid &quot;version&quot; (expected a whole number &gt;= 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/snapshot.cpp" line="83"/>
        <source>unsupported snapshot version %1: this Slipway reads versions up to %2; a newer Slipway wrote it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/snapshot.cpp" line="92"/>
        <source>malformed snapshot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/snapshot.cpp" line="103"/>
        <location filename="../core/catalog/snapshot.cpp" line="108"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/snapshot.cpp" line="119"/>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotCommand</name>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="40"/>
        <source>Run &quot;slipway-cli snapshot --help&quot; for usage.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="99"/>
        <source>Missing &lt;conn&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="100"/>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="102"/>
        <source>Missing -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="128"/>
        <source>Interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="171"/>
        <source>Read %1 schemas, %2 tables, %3 views, %4 sequences, %5 functions and %6 types from %7 in %8 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="182"/>
        <source>Snapshot written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlScript</name>
    <message>
        <location filename="../core/sql/sqlscript.cpp" line="238"/>
        <source>psql meta-command &quot;%1&quot; is not SQL: Slipway runs SQL statements only. Remove it, or run this file with psql.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="42"/>
        <source>Run &quot;slipway-cli status --help&quot; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="47"/>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="109"/>
        <source>Missing &lt;conn&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="110"/>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="112"/>
        <source>Missing --dir FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="120"/>
        <source>Unknown format &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="133"/>
        <source>Unknown history tool &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="161"/>
        <source>No %1 history table in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="231"/>
        <source>Folder: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="235"/>
        <source>History: %1 (%2.%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="237"/>
        <source>History: none found; everything is pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="245"/>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="246"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="247"/>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="248"/>
        <source>APPLIED AT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransactionNesting</name>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="37"/>
        <source>BEGIN/COMMIT that do not match the transaction the file runs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="45"/>
        <source>BEGIN in a file the migration tool already runs in a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="46"/>
        <source>BEGIN while a transaction is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="47"/>
        <source>PostgreSQL only warns and ignores a nested BEGIN, so the COMMIT that was meant for the inner block commits everything early, including the runner&apos;s own work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="49"/>
        <source>Remove BEGIN/COMMIT and let the migration tool manage the transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="50"/>
        <source>Remove the inner BEGIN (use SAVEPOINT for a nested unit of work).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="53"/>
        <source>%1 in a file the migration tool already runs in a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="54"/>
        <source>%1 without an open transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="55"/>
        <source>Ending a transaction the file did not start commits (or discards) the runner&apos;s work early; what follows runs outside the transaction the tool expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="57"/>
        <source>Remove it, or pair it with a BEGIN in this file and tell the tool not to wrap the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TtyReporter</name>
    <message>
        <location filename="../core/lint/reporters/ttyreporter.cpp" line="122"/>
        <source>why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/reporters/ttyreporter.cpp" line="124"/>
        <source>help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/reporters/ttyreporter.cpp" line="126"/>
        <source>fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/reporters/ttyreporter.cpp" line="137"/>
        <source>No findings (checked files: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/reporters/ttyreporter.cpp" line="139"/>
        <source>Findings: %1 in %2 of %3 checked files (errors: %4, warnings: %5, hints: %6).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="79"/>
        <source>Slipway — a desktop workbench for safe PostgreSQL migrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="84"/>
        <source>Start a private sandbox (primary + replica) with the demo database, connect to it, and stop it on exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="88"/>
        <source>Rows in the demo orders table (default: the demo&apos;s own size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="89"/>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="92"/>
        <source>With --demo: start the demo background workload once connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="95"/>
        <source>Connect at start to a saved connection (by name), a libpq URI or a key=value conninfo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="97"/>
        <source>uri|name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="100"/>
        <source>Once connected and loaded, save a picture of the main window to &lt;file.png&gt; and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="102"/>
        <source>file.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="105"/>
        <source>Wait this long before the screenshot (default 500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="106"/>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="109"/>
        <source>Show the full monitor (lock waits, replication lag, progress, activity) as a tab at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="113"/>
        <source>Show the migration history of &lt;folder&gt; against the connected database as a tab at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="115"/>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="120"/>
        <source>Migration files to open in editor tabs. A relative name that does not exist here is looked up among the bundled demo files, e.g. &quot;migrations/V002__*.sql&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="123"/>
        <source>[files...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="128"/>
        <source>--demo and --connect cannot be combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="134"/>
        <source>--screenshot-delay wants milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="142"/>
        <source>--demo-rows wants a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::AbortPolicy</name>
    <message>
        <location filename="../core/monitor/abortpolicy.cpp" line="70"/>
        <source>Abort: replication lag %1 s is above the abort threshold (%2 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/monitor/abortpolicy.cpp" line="76"/>
        <source>Abort: a session has waited %1 s for a lock, above the abort threshold (%2 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/monitor/abortpolicy.cpp" line="90"/>
        <source>Throttle: replication lag %1 s is above %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/monitor/abortpolicy.cpp" line="96"/>
        <source>Throttle: a session has waited %1 s for a lock, above %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/monitor/abortpolicy.cpp" line="114"/>
        <source>Resume: replication lag %1 s and lock waits %2 s have stayed below %3 s and %4 s for %5 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ActiveConnection</name>
    <message>
        <location filename="../ui/activeconnection.cpp" line="29"/>
        <source>Connecting to %1 (%2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activeconnection.cpp" line="47"/>
        <source>No system keychain is available; the password will be asked for. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activeconnection.cpp" line="51"/>
        <source>Could not read the password from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activeconnection.cpp" line="73"/>
        <source>Connection to %1 lost: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activeconnection.cpp" line="84"/>
        <source>Connected to %1 — PostgreSQL %2, role %3%4, backend PID %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activeconnection.cpp" line="86"/>
        <source> (superuser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activeconnection.cpp" line="91"/>
        <source>Password saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activeconnection.cpp" line="93"/>
        <source>Could not save the password in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activeconnection.cpp" line="102"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activeconnection.cpp" line="131"/>
        <source>Disconnected from %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::BlockingTree</name>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="22"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="23"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="46"/>
        <source>No session waits for a lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="47"/>
        <source>Cancel Query…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="48"/>
        <source>Terminate Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="52"/>
        <source>&lt;b&gt;Blocking tree&lt;/b&gt; — who blocks whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="56"/>
        <source>PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="56"/>
        <source>Waits for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="56"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="56"/>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="56"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="72"/>
        <source>Cancel the statement the selected session runs (pg_cancel_backend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="73"/>
        <source>End the selected session and roll back its transaction (pg_terminate_backend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="123"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="128"/>
        <source>— (holds the lock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="134"/>
        <source>(tx %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="34"/>
        <source>New Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="34"/>
        <source>Edit Connection — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="39"/>
        <source>e.g. Shop production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="49"/>
        <source>Production connections are read-only unless you untick it, and show a red banner while connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="52"/>
        <source>Read-only sessions (default_transaction_read_only = on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="56"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="57"/>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="62"/>
        <source>URI / conninfo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="63"/>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="64"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="69"/>
        <source>Optional: .pgpass and PGPASSWORD are honoured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="70"/>
        <source>Save password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="72"/>
        <source>Never written to a file. Without a keychain, the password is asked for on each connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="75"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="92"/>
        <source>What libpq will be given (without the password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="94"/>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="96"/>
        <source>Cancel Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="115"/>
        <source>Save and &amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="160"/>
        <source>A libpq URI or key=value conninfo (host=… dbname=… user=…). A password typed here is used for this session and never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="166"/>
        <source>&amp;Connection string:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="179"/>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="180"/>
        <source>Browse for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="195"/>
        <source>localhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="199"/>
        <source>default (5432)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="202"/>
        <source>same as the user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="205"/>
        <source>your operating-system user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="208"/>
        <source>default (prefer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="220"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="221"/>
        <source>no timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="225"/>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="231"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="234"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="235"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="236"/>
        <source>SSL &amp;mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="237"/>
        <source>Root certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="237"/>
        <source>SSL root certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="238"/>
        <source>Client certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="238"/>
        <source>SSL client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="239"/>
        <source>Client key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="239"/>
        <source>SSL client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="240"/>
        <source>Connect &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="249"/>
        <source>e.g. shop-prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="250"/>
        <source>A service from pg_service.conf (PGSERVICEFILE, ~/.pg_service.conf or PGSYSCONFDIR). Host, database and user from the Fields tab, when set, override the service&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="257"/>
        <source>&amp;Service name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="281"/>
        <source>Stored in the keychain — leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="340"/>
        <source>Give the connection a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="418"/>
        <source>PostgreSQL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="419"/>
        <source>user %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="419"/>
        <source> (superuser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="420"/>
        <source>database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="422"/>
        <source>standby (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="424"/>
        <source>read-only session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="425"/>
        <source>Connection works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="431"/>
        <source>Type the password above and test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="444"/>
        <source>Test cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ConnectionList</name>
    <message>
        <location filename="../ui/connectionlist.cpp" line="89"/>
        <source>Saved connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionlist.cpp" line="137"/>
        <source>%1
%2
%3%4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionlist.cpp" line="139"/>
        <source> — read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionlist.cpp" line="140"/>
        <source>
For this run only: not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionlist.cpp" line="146"/>
        <source>not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ConnectionStatusWidget</name>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="17"/>
        <source>Environment of the active connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="18"/>
        <source>Whether this session may write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="19"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="20"/>
        <source>Role the session runs as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="21"/>
        <source>Server version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="22"/>
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="57"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="74"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="88"/>
        <source>PostgreSQL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="90"/>
        <source>%1 (superuser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="91"/>
        <source>db: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="94"/>
        <source>read-only (standby)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="96"/>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="98"/>
        <source>read-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="100"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="101"/>
        <source>Connected to %1:%2, backend PID %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="113"/>
        <source>Connection lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::DemoController</name>
    <message>
        <location filename="../ui/democontroller.cpp" line="43"/>
        <source>Starting the demo sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/democontroller.cpp" line="43"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/democontroller.cpp" line="45"/>
        <source>Slipway demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/democontroller.cpp" line="56"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/democontroller.cpp" line="73"/>
        <source>The sandbox did not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::EditorTab</name>
    <message>
        <location filename="../ui/editor/editortab.cpp" line="51"/>
        <source>%1 is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::EditorWorkspace</name>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="35"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="50"/>
        <source>&amp;New Migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="51"/>
        <source>Start a new migration in an editor tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="52"/>
        <source>&amp;Open Migration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="53"/>
        <source>Open migration files in editor tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="54"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="55"/>
        <source>Save the migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="56"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="57"/>
        <source>Save the migration under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="58"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="59"/>
        <source>Find in the migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="60"/>
        <source>&amp;Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="61"/>
        <source>Find and replace in the migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="62"/>
        <source>&amp;Lint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="63"/>
        <source>Check the migration now; findings go to the Problems panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="64"/>
        <source>&amp;Quick Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="65"/>
        <source>Apply the quick fix of the finding at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="66"/>
        <source>Run &amp;Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="67"/>
        <source>Planned: run the statement at the cursor with guards (the runner comes in a later version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="68"/>
        <source>Run Se&amp;lection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="69"/>
        <source>Planned: run the selected statements with guards (the runner comes in a later version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="98"/>
        <source>No quick fix at the cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="176"/>
        <source>Untitled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="195"/>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="203"/>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="215"/>
        <source>Open Migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="215"/>
        <location filename="../ui/editor/editorworkspace.cpp" line="243"/>
        <source>SQL files (*.sql);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="226"/>
        <location filename="../ui/editor/editorworkspace.cpp" line="248"/>
        <source>Save Migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="227"/>
        <location filename="../ui/editor/editorworkspace.cpp" line="249"/>
        <source>Could not save %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="231"/>
        <location filename="../ui/editor/editorworkspace.cpp" line="253"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="242"/>
        <source>Save Migration As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="263"/>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="263"/>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="320"/>
        <source>Could not record the recent file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/editorworkspace.cpp" line="385"/>
        <source>Reading the sizes of %n table(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="392"/>
        <source>Could not read table sizes for the linter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/editorworkspace.cpp" line="397"/>
        <source>Table sizes: %1 of %n table(s) found; the lint now uses them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::EnvironmentBanner</name>
    <message>
        <location filename="../ui/environmentbanner.cpp" line="29"/>
        <source>Connection environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/environmentbanner.cpp" line="36"/>
        <location filename="../ui/environmentbanner.cpp" line="57"/>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/environmentbanner.cpp" line="36"/>
        <location filename="../ui/environmentbanner.cpp" line="57"/>
        <source>read-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/environmentbanner.cpp" line="37"/>
        <source>%1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/environmentbanner.cpp" line="56"/>
        <source>Environment: %1
Access: %2
Target: %3
Connection: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::EnvironmentStyle</name>
    <message>
        <location filename="../ui/environmentstyle.cpp" line="14"/>
        <source>PRODUCTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/environmentstyle.cpp" line="16"/>
        <source>STAGING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/environmentstyle.cpp" line="20"/>
        <source>DEVELOPMENT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::FindReplaceBar</name>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="21"/>
        <source>&amp;Case sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="26"/>
        <location filename="../ui/editor/findreplacebar.cpp" line="28"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="30"/>
        <location filename="../ui/editor/findreplacebar.cpp" line="31"/>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="33"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="34"/>
        <source>Find the next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="35"/>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="36"/>
        <source>Find the previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="37"/>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="38"/>
        <source>Replace &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="42"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="124"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="129"/>
        <source>Wrapped around</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/findreplacebar.cpp" line="172"/>
        <source>%n replaced</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::HistoryModel</name>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="56"/>
        <source>%1 applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="57"/>
        <source>%1 pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="58"/>
        <source>%1 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="59"/>
        <source>%1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="60"/>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="61"/>
        <source>%1 dirty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="62"/>
        <source>%1 out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="108"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="114"/>
        <source>not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="116"/>
        <source>no file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="118"/>
        <source>differs (recorded %1, file %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="120"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="121"/>
        <source>matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="129"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="130"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="198"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="199"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="200"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="201"/>
        <source>Applied at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="202"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="203"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="204"/>
        <source>Checksum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::HistoryView</name>
    <message>
        <location filename="../ui/history/historyview.cpp" line="58"/>
        <source>Choose &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="59"/>
        <source>Pick the migrations folder to compare with the database&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="60"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="61"/>
        <source>Read the folder and the history table again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="62"/>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="71"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="81"/>
        <source>Filter by version or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="83"/>
        <source>&amp;Open SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="84"/>
        <source>Open the selected migration in the SQL editor (it is linted there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="85"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="150"/>
        <source>Migrations Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="160"/>
        <source>(none — choose a migrations folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="170"/>
        <source>No folder chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="174"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="191"/>
        <source>Not connected: every migration is shown as pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="200"/>
        <source>The history read was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="205"/>
        <source>Could not read the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="209"/>
        <source>History: %1 (%2.%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="212"/>
        <source>No history table in this database: nothing applied yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="229"/>
        <source>Folder problems (%1):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::LintReport</name>
    <message>
        <location filename="../core/lint/reporters/lintreport.cpp" line="15"/>
        <source>The file could not be linted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::LintRule</name>
    <message>
        <location filename="../core/lint/lintrule.cpp" line="26"/>
        <source>(the table is created earlier in this file, so it is empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::LockMode</name>
    <message>
        <location filename="../core/sql/lockmode.cpp" line="10"/>
        <source>no lock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="72"/>
        <location filename="../ui/mainwindow.cpp" line="913"/>
        <source>Slipway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="103"/>
        <source>Migrations in the History tab&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="121"/>
        <source>Loaded %1 objects in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="124"/>
        <source>Could not load the object list — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="130"/>
        <source>Could not read the saved connections (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Saved connections could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="133"/>
        <source>%n saved connection(s) in %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="138"/>
        <source>The local store is not available; going on without recent items and run history. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="140"/>
        <source>Local store unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="173"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="178"/>
        <source>&amp;New Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="179"/>
        <source>Add a saved connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="181"/>
        <source>&amp;Edit Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="182"/>
        <source>Edit the selected connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="184"/>
        <source>De&amp;lete Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="185"/>
        <source>Delete the selected connection and its saved password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="187"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="188"/>
        <source>Connect to the selected connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="191"/>
        <source>Close the active connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193"/>
        <source>&amp;Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194"/>
        <source>Open the active connection again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="196"/>
        <source>Re&amp;fresh Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="197"/>
        <source>Reload the object list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="198"/>
        <source>Close &amp;Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="199"/>
        <source>Close the current tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="200"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="201"/>
        <source>Quit Slipway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <source>&amp;Start Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="204"/>
        <source>Show the Start tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="205"/>
        <source>&amp;Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="206"/>
        <source>Live lock waits, blocking tree, replication lag, progress and activity in a tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="208"/>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="209"/>
        <source>Put the panels back where they started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="210"/>
        <source>&amp;About Slipway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="211"/>
        <source>Version and licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="212"/>
        <source>About Slipway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="213"/>
        <source>&lt;h3&gt;Slipway %1&lt;/h3&gt;&lt;p&gt;A desktop workbench for safe PostgreSQL migrations.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="220"/>
        <source>Demo &amp;Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="223"/>
        <source>Run a small shop workload against the demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="229"/>
        <source>Demo workload started against %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="232"/>
        <source>Demo workload stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="252"/>
        <source>Lock &amp;Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="253"/>
        <source>Planned: which lock each statement takes, and what it blocks, on this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="254"/>
        <source>Schema &amp;Diff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="255"/>
        <source>Planned: compare two databases or a snapshot and plan safe DDL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="256"/>
        <source>Migration &amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="257"/>
        <source>Planned: applied, pending and changed migrations from the history tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="258"/>
        <source>&amp;Run Migration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="259"/>
        <source>Planned: run with guards while the Monitor charts lock waits and replica lag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="271"/>
        <source>Applied, pending and changed migrations of a folder against this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="341"/>
        <source>Show or hide the %1 panel (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="374"/>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="377"/>
        <source>Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="380"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="381"/>
        <source>Run Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="383"/>
        <location filename="../ui/mainwindow.cpp" line="994"/>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="394"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="407"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="414"/>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="425"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="434"/>
        <source>&amp;Migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="447"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="451"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="453"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="455"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="497"/>
        <source>Panel layout reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="508"/>
        <source>Stopping the demo sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="564"/>
        <location filename="../ui/mainwindow.cpp" line="635"/>
        <source>Could not save the connections to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="565"/>
        <source>Connections not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="567"/>
        <source>Saved connection &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="572"/>
        <source>Password saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="574"/>
        <source>Could not save the password in the keychain; it will be asked for. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="580"/>
        <location filename="../ui/mainwindow.cpp" line="641"/>
        <source>Could not remove the password from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="618"/>
        <source>Delete Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="619"/>
        <source>Delete the connection &quot;%1&quot; (%2)?%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="621"/>
        <source>
Its password is removed from the keychain too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="644"/>
        <source>Deleted connection &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="675"/>
        <source>Unknown connection &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="678"/>
        <source>Cannot connect to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="679"/>
        <source>Cannot connect to &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="712"/>
        <source>%1
%2

Password for %3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="713"/>
        <source>Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="727"/>
        <source>Could not record the recent connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="740"/>
        <source>Could not connect to %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="741"/>
        <source>Could not connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="742"/>
        <source>Edit Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="742"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="743"/>
        <source>Connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="748"/>
        <source>Connection to %1 lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="749"/>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="762"/>
        <source>Demo sandbox: %1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="766"/>
        <source>The demo sandbox did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="767"/>
        <source>The demo sandbox did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="779"/>
        <source>Demo workload stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="786"/>
        <source>Starting the demo sandbox (PostgreSQL primary + replica with the demo shop database)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="794"/>
        <source>Demo sandbox ready in %1: primary %2, replica %3. Demo migrations: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="799"/>
        <source>Sandbox demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="814"/>
        <source>Demo workload: %1 committed, %2 failed, %3 reconnects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="818"/>
        <source>Last failure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="861"/>
        <source>No migration file matches %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="895"/>
        <source>Start or stop a small shop workload against the demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="896"/>
        <source>Connect to &quot;Sandbox demo&quot; to run the demo workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="897"/>
        <source>Start Slipway with --demo to get a sandbox with a demo workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="916"/>
        <location filename="../ui/mainwindow.cpp" line="918"/>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="923"/>
        <source>standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="925"/>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="927"/>
        <source>%1 — %2 — Slipway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="932"/>
        <location filename="../ui/mainwindow.cpp" line="934"/>
        <source>connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="951"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="972"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::MessageBanner</name>
    <message>
        <location filename="../ui/messagebanner.cpp" line="50"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagebanner.cpp" line="51"/>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagebanner.cpp" line="86"/>
        <source>Detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagebanner.cpp" line="88"/>
        <source>Hint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagebanner.cpp" line="90"/>
        <source>SQLSTATE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagebanner.cpp" line="96"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::MonitorChart</name>
    <message>
        <location filename="../ui/monitor/monitorchart.cpp" line="59"/>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::MonitorController</name>
    <message>
        <location filename="../ui/monitor/monitorcontroller.cpp" line="15"/>
        <location filename="../ui/monitor/monitorcontroller.cpp" line="17"/>
        <source>Monitor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorcontroller.cpp" line="20"/>
        <source>Could not write the monitor series to the local store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorcontroller.cpp" line="47"/>
        <location filename="../ui/monitor/monitorcontroller.cpp" line="74"/>
        <source>The monitor series will not be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorcontroller.cpp" line="70"/>
        <source>Monitor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorcontroller.cpp" line="78"/>
        <source>Monitoring %1 once a second on a connection of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorcontroller.cpp" line="79"/>
        <source>Monitoring %1 and its replica once a second on connections of their own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::MonitorView</name>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="41"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="43"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="45"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="46"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="74"/>
        <location filename="../ui/monitor/monitorview.cpp" line="186"/>
        <source>Lock waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="74"/>
        <source>longest wait (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="76"/>
        <source>sessions waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="77"/>
        <source>longest wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="78"/>
        <source>waiting sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="79"/>
        <location filename="../ui/monitor/monitorview.cpp" line="103"/>
        <source>throttle %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="80"/>
        <location filename="../ui/monitor/monitorview.cpp" line="104"/>
        <source>abort %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="82"/>
        <location filename="../ui/monitor/monitorview.cpp" line="186"/>
        <source>Replication lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="82"/>
        <source>lag (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="84"/>
        <source>behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="94"/>
        <source>%1 lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="95"/>
        <source>%1 behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="99"/>
        <source>standby replay delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="106"/>
        <location filename="../ui/monitor/monitorview.cpp" line="187"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="106"/>
        <source>% done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="118"/>
        <source>CREATE INDEX (pid %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="119"/>
        <source>VACUUM (pid %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="120"/>
        <source>CLUSTER (pid %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="121"/>
        <source>COPY (pid %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="122"/>
        <source>ANALYZE (pid %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="130"/>
        <location filename="../ui/monitor/monitorview.cpp" line="187"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="130"/>
        <location filename="../ui/monitor/monitorview.cpp" line="133"/>
        <source>transactions/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="132"/>
        <source>sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="134"/>
        <source>active sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="135"/>
        <source>idle in transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="149"/>
        <source>Export Chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="156"/>
        <source>Export Series as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="166"/>
        <location filename="../ui/monitor/monitorview.cpp" line="285"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="169"/>
        <source>Freeze the charts (sampling goes on); drag over a chart to zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="172"/>
        <source>1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="172"/>
        <source>5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="172"/>
        <source>15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="173"/>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="173"/>
        <source>6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="177"/>
        <source>How much time the charts show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="182"/>
        <source> Window: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="192"/>
        <source>Export PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="197"/>
        <source>Save a chart as a PNG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="199"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="200"/>
        <source>Save every series (one column each) as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="204"/>
        <source>Open Full View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="206"/>
        <source>The monitor as a tab, with the blocking tree and progress details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="285"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="355"/>
        <source>&lt;b&gt;Not monitoring.&lt;/b&gt; Connect to a database: lock waits, replication lag, progress and activity are sampled once a second on a connection of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="360"/>
        <source>Waiting for the first sample…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="361"/>
        <source>The monitor cannot sample: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="367"/>
        <source>No lock waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/monitor/monitorview.cpp" line="375"/>
        <source>&lt;b&gt;%n session(s) waiting for locks&lt;/b&gt;, longest %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="377"/>
        <source> (pid %1 wants %2 on %3, blocked by pid %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="385"/>
        <source>replica lag %1 (%2 behind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="387"/>
        <source>, replay paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="390"/>
        <source>no replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="393"/>
        <source>%1 tx/s, %2 active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="396"/>
        <source>%1 %2 %3%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="399"/>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="404"/>
        <source>Abort policy: OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="407"/>
        <source>&lt;b&gt;Abort policy: THROTTLE&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="410"/>
        <source>&lt;b&gt;Abort policy: ABORT&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="416"/>
        <source>last sample failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="423"/>
        <source>&lt;b&gt;Progress&lt;/b&gt;&lt;br&gt;No CREATE INDEX, CLUSTER, VACUUM, COPY or ANALYZE is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="429"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 (pid %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="431"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="434"/>
        <source>phase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="437"/>
        <source>waiting for %1 of %2 transaction(s) to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="439"/>
        <source>, now pid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="442"/>
        <source>%1% — %2 of %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="446"/>
        <source>%1 %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="449"/>
        <source>rate %1 %2/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="451"/>
        <source>, ETA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="454"/>
        <source>&lt;b&gt;Progress&lt;/b&gt;&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="459"/>
        <source>terminate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="459"/>
        <source>cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="460"/>
        <source>Terminate session %1? Its transaction is rolled back and the client is disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="462"/>
        <source>Cancel the statement session %1 is running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="468"/>
        <source>Terminate on production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="468"/>
        <source>Cancel on production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="469"/>
        <source>%1

This is a PRODUCTION connection. Type the database name &quot;%2&quot; to %3 backend %4:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="476"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="477"/>
        <source>The name typed does not match &quot;%1&quot;; backend %2 was left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="478"/>
        <source>Refused to %1 backend %2 on production: the database name was not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="481"/>
        <source>Terminate Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="481"/>
        <source>Cancel Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="489"/>
        <source>Could not %1 backend %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="491"/>
        <source>The server did not %1 backend %2 (it may have ended already).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="493"/>
        <source>Asked the server to %1 backend %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="515"/>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="516"/>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="520"/>
        <source>Chart saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="522"/>
        <source>Could not save the chart to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="527"/>
        <source>Export Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="528"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="533"/>
        <source>Monitor series saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="535"/>
        <source>Could not save the series to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ObjectBrowser</name>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="46"/>
        <source>schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="47"/>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="48"/>
        <source>partitioned table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="49"/>
        <source>foreign table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="50"/>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="51"/>
        <source>materialized view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="52"/>
        <source>index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="53"/>
        <source>function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="54"/>
        <source>procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="75"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="75"/>
        <source>Rows (est.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="75"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="79"/>
        <source>Estimated from pg_class.reltuples, as of the last VACUUM or ANALYZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="80"/>
        <source>Total on-disk size, including indexes and TOAST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="92"/>
        <source>Database objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="99"/>
        <location filename="../ui/objectbrowser.cpp" line="101"/>
        <source>Filter objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="110"/>
        <source>Reload the object list (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="111"/>
        <source>Refresh objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="119"/>
        <source>Loading objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="147"/>
        <location filename="../ui/objectbrowser.cpp" line="166"/>
        <source>Connect to a database to browse its schemas, tables, indexes, views and functions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="181"/>
        <source>Could not load the objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="198"/>
        <source>Loading objects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="234"/>
        <source>Schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="256"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="261"/>
        <source>returns %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="263"/>
        <source>owner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="272"/>
        <source>Not analyzed yet: no estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="274"/>
        <source>Estimated from page counts: some relation was locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="286"/>
        <location filename="../ui/objectbrowser.cpp" line="334"/>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="290"/>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="293"/>
        <source>Materialized views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="299"/>
        <source>Indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="303"/>
        <source>Functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="311"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="316"/>
        <source>This database has no user schemas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="345"/>
        <source>%1 schemas, %2 tables, %3 objects in all — loaded in %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="351"/>
        <source>Sizes are estimates: a relation was locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ProblemsView</name>
    <message>
        <location filename="../ui/problemsview.cpp" line="17"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/problemsview.cpp" line="17"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/problemsview.cpp" line="17"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/problemsview.cpp" line="17"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/problemsview.cpp" line="25"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/problemsview.cpp" line="31"/>
        <source>Findings of the migration linter for the open migrations; double-click one to go there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::RunLogView</name>
    <message>
        <location filename="../ui/runlogview.cpp" line="19"/>
        <source>Connection events, errors and migration runs are logged here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runlogview.cpp" line="20"/>
        <source>Run log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runlogview.cpp" line="29"/>
        <source>WARN </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runlogview.cpp" line="30"/>
        <source>ERROR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::Sampler</name>
    <message>
        <location filename="../core/monitor/sampler.cpp" line="118"/>
        <source>The monitor is not running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::SamplerWorker</name>
    <message>
        <location filename="../core/monitor/samplerworker.cpp" line="129"/>
        <source>Not connected; trying again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/monitor/samplerworker.cpp" line="233"/>
        <source>Not connected to the replica.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/monitor/samplerworker.cpp" line="246"/>
        <source>The replica connection is not to a standby (it is not in recovery).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::Sandbox</name>
    <message>
        <location filename="../core/db/sandbox.cpp" line="74"/>
        <source>Sandbox ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="89"/>
        <source>Starting the sandbox was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="104"/>
        <source>Removing stale sandboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="118"/>
        <source>Could not create a sandbox folder in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="133"/>
        <source>Could not prepare the sandbox folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="138"/>
        <source>The path %1 is too long for the servers&apos; unix sockets. Choose a shorter sandbox folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="146"/>
        <source>The servers run as the user &quot;%1&quot;, which cannot reach %2. Make the folders above it traversable (chmod o+x) or choose another sandbox folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="165"/>
        <source>%1 exists and is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="170"/>
        <source>%1 is not empty and does not hold a sandbox. Choose a new or empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="177"/>
        <source>A sandbox is already running in %1 (primary on port %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="180"/>
        <source>A sandbox is already running in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="183"/>
        <source>Stop it first with: slipway-cli sandbox stop --dir %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="185"/>
        <source>Removing the stopped sandbox in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="192"/>
        <source>Creating the primary database cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="202"/>
        <source>Could not create the primary cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="204"/>
        <source>Configuring the primary server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="228"/>
        <location filename="../core/db/sandbox.cpp" line="250"/>
        <source>Could not write the configuration of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="238"/>
        <source>Starting the primary server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="239"/>
        <source>Starting the replica server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="262"/>
        <source>The primary server did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="263"/>
        <source>The replica server did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="265"/>
        <location filename="../core/db/sandbox.cpp" line="358"/>
        <source>Server log %1 ends with:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="271"/>
        <source>Creating the role slipway_password_auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="279"/>
        <source>Could not prepare the primary server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="297"/>
        <source>Could not load the demo database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="299"/>
        <source>Could not write the demo migrations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="308"/>
        <source>Copying the primary into the replica (pg_basebackup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="320"/>
        <source>Could not copy the primary for the replica: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="329"/>
        <source>Waiting for the replica to stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="348"/>
        <source>Could not check replication on the primary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="354"/>
        <source>The replica did not start streaming within %1 seconds (state: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="356"/>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="364"/>
        <source>Writing sandbox.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="367"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="400"/>
        <source>The sandbox in %1 is already running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::SandboxInfo</name>
    <message>
        <location filename="../core/db/sandboxinfo.cpp" line="64"/>
        <source>sandbox.json is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandboxinfo.cpp" line="82"/>
        <source>sandbox.json lacks host, port or superuser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/sandboxinfo.cpp" line="94"/>
        <source>No running sandbox in %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::Session</name>
    <message>
        <location filename="../core/db/session.cpp" line="252"/>
        <source>COPY TO STDOUT is not supported by Slipway&apos;s SQL runner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/session.cpp" line="268"/>
        <source>The server returned no result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/session.cpp" line="284"/>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/session.cpp" line="290"/>
        <source>Could not send the cancel request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/session.cpp" line="321"/>
        <source>The connection was lost; reconnect to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/session.cpp" line="322"/>
        <source>The session has no open connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::ShutdownSignals</name>
    <message>
        <location filename="../core/util/shutdownsignals.cpp" line="41"/>
        <source>Cannot watch for SIGINT/SIGTERM (%1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::SqlEditor</name>
    <message>
        <location filename="../ui/editor/sqleditor.cpp" line="50"/>
        <source>SQL editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/sqleditor.cpp" line="76"/>
        <source>Quick Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/sqleditor.cpp" line="81"/>
        <source>Apply the quick fix of the finding at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/sqleditor.cpp" line="308"/>
        <source>rewrite</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slipway::TableSize</name>
    <message>
        <location filename="../core/lint/tablesize.cpp" line="24"/>
        <source>about %1M rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lint/tablesize.cpp" line="26"/>
        <source>about %1K rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/lint/tablesize.cpp" line="28"/>
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::WelcomePage</name>
    <message>
        <location filename="../ui/welcomepage.cpp" line="43"/>
        <source>Slipway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="44"/>
        <source>Review a PostgreSQL migration, see what it locks on this database, and run it while watching live charts — with a way out at every step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="75"/>
        <source>Where this is going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="79"/>
        <source>&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;&lt;b&gt;SQL editor and linter&lt;/b&gt; — findings land in the Problems panel.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Lock analysis&lt;/b&gt; — which statement takes which lock, for how long, on this database.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Schema diff&lt;/b&gt; — compare two databases or a snapshot and plan safe DDL.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Migration history&lt;/b&gt; — Flyway, Liquibase, golang-migrate, Rails, Django, … tables.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Run view&lt;/b&gt; — execute with guards while the Monitor charts lock waits and replica lag.&lt;/li&gt;&lt;/ul&gt;These arrive in the &lt;i&gt;Migration&lt;/i&gt; menu as they are built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="89"/>
        <source>Keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="92"/>
        <source>%1  new connection
%2  connect to the selected connection
F5  refresh the object list
Alt+1 … Alt+5  show or hide the panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="120"/>
        <source>Next: add a connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="121"/>
        <source>Describe a PostgreSQL database by URI, by fields or by service name. Mark production as such: it opens read-only and shows a red banner.
No database at hand? Start Slipway with --demo for a private sandbox with a demo shop database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="128"/>
        <source>Next: connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="129"/>
        <source>Pick a saved connection in the Connections panel and double-click it, or press %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="135"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="136"/>
        <source>Opening a session to %1. The window stays usable meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="140"/>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="141"/>
        <source>Browse schemas, tables (with estimated rows and sizes), indexes, views and functions in the Objects panel; press F5 to refresh. Connection events and errors are kept in the Run log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
