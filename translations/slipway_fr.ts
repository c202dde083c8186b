<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="30"/>
        <source>%1: cannot read the file: %2</source>
        <translation>%1 : impossible de lire le fichier : %2</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="147"/>
        <source>%1: not a Flyway migration name (expected V&lt;version&gt;__&lt;description&gt;.sql, U&lt;version&gt;__&lt;description&gt;.sql or R__&lt;description&gt;.sql)</source>
        <translation>%1 : nom de migration Flyway invalide (attendu V&lt;version&gt;__&lt;description&gt;.sql, U&lt;version&gt;__&lt;description&gt;.sql ou R__&lt;description&gt;.sql)</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="158"/>
        <source>%1: duplicate undo migration for version %2 (also %3)</source>
        <translation>%1 : migration d&apos;annulation en double pour la version %2 (aussi %3)</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="40"/>
        <source>%1: duplicate version %2 (also %3)</source>
        <translation>%1 : version %2 en double (aussi %3)</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="175"/>
        <source>%1: undo migration without a versioned migration %2</source>
        <translation>%1 : migration d&apos;annulation sans migration versionnée %2</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="191"/>
        <source>%1: not a golang-migrate file name (expected &lt;version&gt;_&lt;name&gt;.up.sql or &lt;version&gt;_&lt;name&gt;.down.sql)</source>
        <translation>%1 : nom de fichier golang-migrate invalide (attendu &lt;version&gt;_&lt;nom&gt;.up.sql ou &lt;version&gt;_&lt;nom&gt;.down.sql)</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="203"/>
        <source>%1: duplicate down migration for version %2 (also %3)</source>
        <translation>%1 : migration down en double pour la version %2 (aussi %3)</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="218"/>
        <source>%1: down migration without an up migration for version %2</source>
        <translation>%1 : migration down sans migration up pour la version %2</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="233"/>
        <source>%1: not a dbmate file name (expected &lt;version&gt;_&lt;name&gt;.sql)</source>
        <translation>%1 : nom de fichier dbmate invalide (attendu &lt;version&gt;_&lt;nom&gt;.sql)</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="267"/>
        <source>%1:%2: unknown dbmate option &quot;%3&quot;</source>
        <translation>%1:%2 : option dbmate inconnue « %3 »</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="282"/>
        <source>%1:%2: unknown dbmate marker &quot;-- migrate:%3&quot;</source>
        <translation>%1:%2 : marqueur dbmate inconnu « -- migrate:%3 »</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="294"/>
        <source>%1: no &quot;-- migrate:up&quot; marker</source>
        <translation>%1 : aucun marqueur « -- migrate:up »</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="339"/>
        <source>%1:%2: cannot read this plan line</source>
        <translation>%1:%2 : impossible de lire cette ligne du plan</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="347"/>
        <source>%1:%2: change &quot;%3&quot; appears twice (also line %4) without a tag between</source>
        <translation>%1:%2 : la modification « %3 » apparaît deux fois (aussi ligne %4) sans étiquette entre les deux</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="376"/>
        <source>%1: deploy script of change &quot;%2&quot; is missing</source>
        <translation>%1 : le script deploy de la modification « %2 » est manquant</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="404"/>
        <source>%1: %2 script for a change that is not in sqitch.plan</source>
        <translation>%1 : script %2 pour une modification absente de sqitch.plan</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="428"/>
        <source>%1: not a Prisma migration folder (expected &lt;timestamp&gt;_&lt;name&gt;)</source>
        <translation>%1 : dossier de migration Prisma invalide (attendu &lt;horodatage&gt;_&lt;nom&gt;)</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="433"/>
        <source>%1: missing migration.sql</source>
        <translation>%1 : migration.sql manquant</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="462"/>
        <source>%1: not a numbered migration (expected &lt;number&gt;_&lt;name&gt;.sql)</source>
        <translation>%1 : migration non numérotée (attendu &lt;numéro&gt;_&lt;nom&gt;.sql)</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="150"/>
        <location filename="../core/sql/lockclassifier.cpp" line="197"/>
        <location filename="../core/sql/lockclassifier.cpp" line="206"/>
        <location filename="../core/sql/lockclassifier.cpp" line="232"/>
        <location filename="../core/sql/lockclassifier.cpp" line="316"/>
        <location filename="../core/sql/lockclassifier.cpp" line="357"/>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="154"/>
        <source>%1 column %2 fills every row from a sequence</source>
        <translation>la colonne %1 %2 remplit chaque ligne à partir d&apos;une séquence</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="162"/>
        <source>stored generated column %1 is computed for every row</source>
        <translation>la colonne générée stockée %1 est calculée pour chaque ligne</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="164"/>
        <source>identity column %1 fills every row from a sequence</source>
        <translation>la colonne d&apos;identité %1 remplit chaque ligne à partir d&apos;une séquence</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="170"/>
        <source>before PostgreSQL 11 any default on a new column rewrites the table</source>
        <translation>avant PostgreSQL 11, toute valeur par défaut d&apos;une nouvelle colonne réécrit la table</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="172"/>
        <source>volatile default %1() is evaluated for every row</source>
        <translation>la valeur par défaut volatile %1() est évaluée pour chaque ligne</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="174"/>
        <source>default calls %1(); if that function is volatile every row is rewritten</source>
        <translation>la valeur par défaut appelle %1() ; si cette fonction est volatile, chaque ligne est réécrite</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="178"/>
        <source>CHECK constraint on %1 is verified against every row</source>
        <translation>la contrainte CHECK sur %1 est vérifiée sur chaque ligne</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="180"/>
        <source>builds a unique index for %1</source>
        <translation>construit un index unique pour %1</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="183"/>
        <location filename="../core/sql/lockclassifier.cpp" line="199"/>
        <source>referenced table</source>
        <translation>table référencée</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="186"/>
        <source>constant default is stored in the catalog (PostgreSQL 11+)</source>
        <translation>la valeur par défaut constante est stockée dans le catalogue (PostgreSQL 11+)</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="187"/>
        <source>new nullable column without default</source>
        <translation>nouvelle colonne NULL autorisé sans valeur par défaut</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="201"/>
        <source>foreign key added NOT VALID: existing rows are not checked</source>
        <translation>clé étrangère ajoutée NOT VALID : les lignes existantes ne sont pas vérifiées</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="203"/>
        <source>foreign key is validated against every existing row</source>
        <translation>la clé étrangère est validée sur chaque ligne existante</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="209"/>
        <source>CHECK added NOT VALID: existing rows are not checked</source>
        <translation>CHECK ajouté NOT VALID : les lignes existantes ne sont pas vérifiées</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="211"/>
        <source>CHECK constraint %1 is verified against every row</source>
        <translation>la contrainte CHECK %1 est vérifiée sur chaque ligne</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="215"/>
        <source>constraint uses the existing index %1</source>
        <translation>la contrainte utilise l&apos;index existant %1</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="218"/>
        <source>builds the constraint&apos;s index while holding ACCESS EXCLUSIVE</source>
        <translation>construit l&apos;index de la contrainte sous ACCESS EXCLUSIVE</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="229"/>
        <location filename="../core/sql/lockclassifier.cpp" line="312"/>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="230"/>
        <source>materialized view</source>
        <translation>vue matérialisée</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="231"/>
        <source>view</source>
        <translation>vue</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="244"/>
        <source>VALIDATE CONSTRAINT %1 reads every row without blocking reads or writes</source>
        <translation>VALIDATE CONSTRAINT %1 lit chaque ligne sans bloquer les lectures ni les écritures</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="247"/>
        <source>changing the type of %1 rewrites the table and its indexes (unless the new type is binary-compatible, e.g. varchar(n) to text)</source>
        <translation>changer le type de %1 réécrit la table et ses index (sauf si le nouveau type est binairement compatible, p. ex. varchar(n) vers text)</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="254"/>
        <source>SET NOT NULL on %1 scans every row, unless a valid CHECK (%1 IS NOT NULL) exists</source>
        <translation>SET NOT NULL sur %1 parcourt chaque ligne, sauf s&apos;il existe un CHECK (%1 IS NOT NULL) valide</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="255"/>
        <source>SET NOT NULL on %1 scans every row</source>
        <translation>SET NOT NULL sur %1 parcourt chaque ligne</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="272"/>
        <location filename="../core/sql/lockclassifier.cpp" line="279"/>
        <location filename="../core/sql/lockclassifier.cpp" line="283"/>
        <source>partition</source>
        <translation>partition</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="273"/>
        <source>the partition %1 is scanned to check the partition bound, unless a matching CHECK constraint exists</source>
        <translation>la partition %1 est parcourue pour vérifier la borne de partition, sauf si une contrainte CHECK correspondante existe</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="280"/>
        <source>DETACH PARTITION CONCURRENTLY cannot run inside a transaction block</source>
        <translation>DETACH PARTITION CONCURRENTLY ne peut pas s&apos;exécuter dans un bloc de transaction</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="289"/>
        <source>the table is copied in full</source>
        <translation>la table est copiée intégralement</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="314"/>
        <source>DROP INDEX also takes ACCESS EXCLUSIVE on the index&apos;s table</source>
        <translation>DROP INDEX prend aussi ACCESS EXCLUSIVE sur la table de l&apos;index</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="316"/>
        <source>relation</source>
        <translation>relation</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="320"/>
        <source>DROP INDEX CONCURRENTLY cannot run inside a transaction block</source>
        <translation>DROP INDEX CONCURRENTLY ne peut pas s&apos;exécuter dans un bloc de transaction</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="362"/>
        <source>read</source>
        <translation>lu</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="73"/>
        <source>%1 + unknown (table sizes not known)</source>
        <translation>%1 + inconnu (tailles des tables inconnues)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="75"/>
        <location filename="../core/plan/runbookhtml.cpp" line="99"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="76"/>
        <source>Required approvals</source>
        <translation>Approbations requises</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="77"/>
        <source>Expected lock time</source>
        <translation>Durée de verrou attendue</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="78"/>
        <source>Downtime</source>
        <translation>Interruption de service</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="78"/>
        <source>yes (reads or writes blocked longer than %1 s)</source>
        <translation>oui (lectures ou écritures bloquées plus de %1 s)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="79"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="80"/>
        <source>Estimated total duration</source>
        <translation>Durée totale estimée</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="81"/>
        <source>Table sizes</source>
        <translation>Tailles des tables</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="81"/>
        <source>from the live database</source>
        <translation>depuis la base en service</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="82"/>
        <source>not known (offline plan)</source>
        <translation>inconnues (plan hors ligne)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="90"/>
        <source>Application deploy:</source>
        <translation>Déploiement de l&apos;application :</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="94"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="96"/>
        <source>Backfill</source>
        <translation>Remplissage (backfill)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="97"/>
        <source>Lock</source>
        <translation>Verrou</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="98"/>
        <source>Estimated duration</source>
        <translation>Durée estimée</translation>
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
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="101"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="103"/>
        <source>Runs outside a transaction</source>
        <translation>S&apos;exécute hors transaction</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="104"/>
        <source>What users will notice</source>
        <translation>Ce que verront les utilisateurs</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="106"/>
        <source>Lint: %1</source>
        <translation>Lint : %1</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="110"/>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="37"/>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="39"/>
        <source>%1 kB</source>
        <translation>%1 ko</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="40"/>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="46"/>
        <source>not measured (no monitor samples)</source>
        <translation>non mesuré (aucun échantillon du moniteur)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="47"/>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="58"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="60"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="62"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="64"/>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="64"/>
        <source>%1 (took %2)</source>
        <translation>%1 (durée %2)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="66"/>
        <location filename="../core/plan/runbookresults.cpp" line="165"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="66"/>
        <location filename="../core/plan/runbookresults.cpp" line="88"/>
        <location filename="../core/plan/runbookresults.cpp" line="178"/>
        <source>SQLSTATE %1: %2</source>
        <translation>SQLSTATE %1 : %2</translation>
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
        <translation> (au plus %1 de WAL de retard)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="70"/>
        <source>Replication lag peak</source>
        <translation>Pic du retard de réplication</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="71"/>
        <source>Longest lock wait</source>
        <translation>Plus longue attente de verrou</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="72"/>
        <source>Most sessions waiting on a lock</source>
        <translation>Nombre maximal de sessions en attente d&apos;un verrou</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="75"/>
        <source>Error rate peak</source>
        <translation>Pic du taux d&apos;erreur</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="75"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="76"/>
        <source>Throttle / abort events</source>
        <translation>Événements de ralentissement / d&apos;abandon</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="77"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="78"/>
        <source>%1 throttle(s)%2</source>
        <translation>%1 ralentissement(s)%2</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="78"/>
        <source>, aborted</source>
        <translation>, interrompu</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="80"/>
        <source>Monitor samples</source>
        <translation>Échantillons du moniteur</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="87"/>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="87"/>
        <source>verification failed</source>
        <translation>échec de la vérification</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="90"/>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="103"/>
        <source>%1 = %2 (threshold %3)</source>
        <translation>%1 = %2 (seuil %3)</translation>
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
        <translation>État</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="162"/>
        <location filename="../core/plan/runbookresults.cpp" line="165"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="162"/>
        <location filename="../core/plan/runbookresults.cpp" line="165"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="162"/>
        <source>Error / verification</source>
        <translation>Erreur / vérification</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="165"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="165"/>
        <source>Statement</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="165"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="167"/>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="167"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="167"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="167"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="167"/>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="172"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="172"/>
        <source>%1 (dry run, rolled back)</source>
        <translation>%1 (essai à blanc, annulé)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="173"/>
        <source>Rows this run</source>
        <translation>Lignes de cette exécution</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="174"/>
        <source>Rows done in total</source>
        <translation>Lignes traitées au total</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="175"/>
        <source>Batches</source>
        <translation>Lots</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="176"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="178"/>
        <source>Message</source>
        <translation>Message</translation>
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
        <translation>  --abort-lag S           arrêter l&apos;exécution quand un réplica a plus de S secondes de retard (défaut 30)
  --abort-lock-wait S     arrêter l&apos;exécution quand une session attend un verrou plus de S secondes
                          (défaut 60)
  --abort-error-rate P    arrêter l&apos;exécution quand plus de P % des transactions de la base
                          sont annulées (défaut 5 ; non compté pendant un essai)
  --max-lag S             avec --plan : retenir les lots de ses étapes de remplissage tant qu&apos;un réplica
                          a plus de S secondes de retard (défaut 10)
  --max-lock-wait S       avec --plan : les retenir tant qu&apos;une session attend un verrou plus de
                          S secondes (défaut 20)
  --replica &lt;conn&gt;        lire aussi le retard de rejeu sur ce standby
  --no-monitor            pas de moniteur, pas de règle d&apos;abandon
</translation>
    </message>
    <message>
        <location filename="../app/cli/abortwatch.cpp" line="62"/>
        <source>--abort-lag, --abort-lock-wait, --abort-error-rate, --max-lag and --max-lock-wait need a number &gt;= 0.</source>
        <translation>--abort-lag, --abort-lock-wait, --abort-error-rate, --max-lag et --max-lock-wait demandent un nombre &gt;= 0.</translation>
    </message>
    <message>
        <location filename="../app/cli/abortwatch.cpp" line="94"/>
        <source>Aborted by the monitor: %1</source>
        <translation>Abandonné par le moniteur : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/abortwatch.cpp" line="98"/>
        <source>Monitor: %1</source>
        <translation>Moniteur : %1</translation>
    </message>
</context>
<context>
    <name>AddForeignKeyWizard</name>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="37"/>
        <source>The schema</source>
        <translation>Le schéma</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="38"/>
        <source>The table</source>
        <translation>La table</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="39"/>
        <source>The referenced schema</source>
        <translation>Le schéma référencé</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="40"/>
        <source>The referenced table</source>
        <translation>La table référencée</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="42"/>
        <source>Choose the referencing column(s).</source>
        <translation>Choisissez la ou les colonnes référençantes.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="44"/>
        <source>A referencing column</source>
        <translation>Une colonne référençante</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="46"/>
        <source>A referenced column</source>
        <translation>Une colonne référencée</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="48"/>
        <source>Give as many referenced columns as referencing ones.</source>
        <translation>Indiquez autant de colonnes référencées que de colonnes référençantes.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="50"/>
        <source>The constraint name</source>
        <translation>Le nom de la contrainte</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="52"/>
        <source>ON DELETE must be one of %1.</source>
        <translation>ON DELETE doit valoir l&apos;une des valeurs %1.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="62"/>
        <source>Table %1&apos;s primary key does not match the referencing columns; name the referenced columns.</source>
        <translation>La clé primaire de la table %1 ne correspond pas aux colonnes référençantes ; nommez les colonnes référencées.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="91"/>
        <source>Index %1 (%2) concurrently</source>
        <translation>Indexer %1 (%2) en concurrence</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="96"/>
        <source>Nothing; deletes in %1 check %2 by scanning again.</source>
        <translation>Rien ; les suppressions dans %1 vérifient de nouveau %2 par parcours.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="98"/>
        <source>Without it every delete or key update in %1 scans %2. CONCURRENTLY: writes go on; runs outside a transaction; a failure leaves an INVALID index to drop.</source>
        <translation>Sans lui, chaque suppression ou mise à jour de clé dans %1 parcourt %2. CONCURRENTLY : les écritures continuent ; s&apos;exécute hors transaction ; un échec laisse un index INVALID à supprimer.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="101"/>
        <source>No deploy needed.</source>
        <translation>Aucun déploiement nécessaire.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="106"/>
        <source>Add %1 NOT VALID</source>
        <translation>Ajouter %1 NOT VALID</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="112"/>
        <source>Nothing.</source>
        <translation>Rien.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="114"/>
        <source>NOT VALID: only new and changed rows are checked; the lock on both tables is short.</source>
        <translation>NOT VALID : seules les lignes nouvelles et modifiées sont vérifiées ; le verrou sur les deux tables est bref.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="115"/>
        <source>Before this step, deploy the version that never writes a %1 without its %2 row: from here on such writes fail.</source>
        <translation>Avant cette étape, déployez la version qui n&apos;écrit jamais de %1 sans sa ligne %2 : à partir d&apos;ici, de telles écritures échouent.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="127"/>
        <source>Validate %1</source>
        <translation>Valider %1</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="130"/>
        <source>Nothing to undo: validating changes no data; the previous step&apos;s down drops the constraint.</source>
        <translation>Rien à annuler : la validation ne modifie aucune donnée ; le down de l&apos;étape précédente supprime la contrainte.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="133"/>
        <source>Scans %1 under SHARE UPDATE EXCLUSIVE (reads and writes go on). Orphans make it fail; find them first with: SELECT child.* FROM %1 AS child WHERE %2 AND NOT EXISTS (SELECT 1 FROM %3 AS referenced WHERE %4) LIMIT 100</source>
        <translation>Parcourt %1 sous SHARE UPDATE EXCLUSIVE (lectures et écritures continuent). Les orphelins la font échouer ; trouvez-les d&apos;abord avec : SELECT child.* FROM %1 AS child WHERE %2 AND NOT EXISTS (SELECT 1 FROM %3 AS referenced WHERE %4) LIMIT 100</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="139"/>
        <source>Add foreign key %1.%2 -&gt; %3</source>
        <translation>Ajouter la clé étrangère %1.%2 -&gt; %3</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addforeignkeywizard.cpp" line="141"/>
        <source>Two-phase constraint: NOT VALID first, VALIDATE separately, after indexing the referencing columns concurrently.</source>
        <translation>Contrainte en deux phases : NOT VALID d&apos;abord, VALIDATE séparément, après l&apos;indexation concurrente des colonnes référençantes.</translation>
    </message>
</context>
<context>
    <name>AddNotNullColumnWizard</name>
    <message>
        <location filename="../core/plan/wizards/addnotnullcolumnwizard.cpp" line="12"/>
        <source>The schema</source>
        <translation>Le schéma</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addnotnullcolumnwizard.cpp" line="13"/>
        <source>The table</source>
        <translation>La table</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addnotnullcolumnwizard.cpp" line="14"/>
        <source>The column</source>
        <translation>La colonne</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addnotnullcolumnwizard.cpp" line="15"/>
        <source>The type</source>
        <translation>Le type</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addnotnullcolumnwizard.cpp" line="16"/>
        <source>The default</source>
        <translation>La valeur par défaut</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addnotnullcolumnwizard.cpp" line="20"/>
        <source>Column %1 already exists in %2.</source>
        <translation>La colonne %1 existe déjà dans %2.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addnotnullcolumnwizard.cpp" line="22"/>
        <source>Table %1 has no primary key: the backfill walks the table by its key.</source>
        <translation>La table %1 n&apos;a pas de clé primaire : le remplissage (backfill) parcourt la table selon sa clé.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addnotnullcolumnwizard.cpp" line="41"/>
        <source>Add column %1 (nullable) with its default for new rows</source>
        <translation>Ajouter la colonne %1 (NULL autorisé) avec sa valeur par défaut pour les nouvelles lignes</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addnotnullcolumnwizard.cpp" line="46"/>
        <source>The values written into %1 are lost.</source>
        <translation>Les valeurs écrites dans %1 sont perdues.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addnotnullcolumnwizard.cpp" line="48"/>
        <source>Added without a default, then the default set: existing rows stay NULL (no rewrite, even for a volatile default) and new rows get the default.</source>
        <translation>Ajoutée sans valeur par défaut, puis la valeur par défaut définie : les lignes existantes restent NULL (pas de réécriture, même avec une valeur par défaut volatile) et les nouvelles lignes reçoivent la valeur par défaut.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addnotnullcolumnwizard.cpp" line="50"/>
        <source>No deploy needed before this step.</source>
        <translation>Aucun déploiement nécessaire avant cette étape.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addnotnullcolumnwizard.cpp" line="54"/>
        <source>Fill %1 for existing rows</source>
        <translation>Remplir %1 pour les lignes existantes</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addnotnullcolumnwizard.cpp" line="62"/>
        <source>Nothing to undo: the down of step 1 drops the column.</source>
        <translation>Rien à annuler : le down de l&apos;étape 1 supprime la colonne.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addnotnullcolumnwizard.cpp" line="64"/>
        <source>Keyset batches by the backfill runner: short row locks, resumable.</source>
        <translation>Lots par keyset via l&apos;exécuteur de remplissage : verrous de ligne courts, reprise possible.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addnotnullcolumnwizard.cpp" line="68"/>
        <source>After this step, deploy the version that relies on %1 being set.</source>
        <translation>Après cette étape, déployez la version qui suppose que %1 est renseigné.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addnotnullcolumnwizard.cpp" line="71"/>
        <source>Add %1.%2 NOT NULL DEFAULT %3</source>
        <translation>Ajouter %1.%2 NOT NULL DEFAULT %3</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/addnotnullcolumnwizard.cpp" line="73"/>
        <source>NOT NULL in steps: nullable column with a default, batched backfill, then a validated check lets SET NOT NULL skip its scan.</source>
        <translation>NOT NULL par étapes : colonne NULL autorisé avec valeur par défaut, remplissage par lots, puis un CHECK validé permet à SET NOT NULL d&apos;éviter son parcours.</translation>
    </message>
</context>
<context>
    <name>AddingFieldWithDefault</name>
    <message>
        <location filename="../core/lint/rules/addingfieldwithdefault.cpp" line="67"/>
        <source>A new column whose default is computed per row rewrites the table</source>
        <translation>Une nouvelle colonne dont la valeur par défaut est calculée par ligne réécrit la table</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingfieldwithdefault.cpp" line="85"/>
        <source>Adding the %1 column %2 rewrites %3: every row gets a value from the sequence.</source>
        <translation>L&apos;ajout de la colonne %1 %2 réécrit %3 : chaque ligne reçoit une valeur de la séquence.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingfieldwithdefault.cpp" line="97"/>
        <source>Adding the stored generated column %1 rewrites %2.</source>
        <translation>L&apos;ajout de la colonne générée stockée %1 réécrit %2.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingfieldwithdefault.cpp" line="99"/>
        <source>Adding the identity column %1 rewrites %2: every row gets a value from the sequence.</source>
        <translation>L&apos;ajout de la colonne d&apos;identité %1 réécrit %2 : chaque ligne reçoit une valeur de la séquence.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingfieldwithdefault.cpp" line="102"/>
        <source>Adding %1 with a default rewrites %2 before PostgreSQL 11.</source>
        <translation>L&apos;ajout de %1 avec une valeur par défaut réécrit %2 avant PostgreSQL 11.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingfieldwithdefault.cpp" line="104"/>
        <source>Adding %1 with a default that may be computed per row rewrites %2.</source>
        <translation>L&apos;ajout de %1 avec une valeur par défaut peut-être calculée par ligne réécrit %2.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingfieldwithdefault.cpp" line="121"/>
        <source>The table and all its indexes are rewritten while an ACCESS EXCLUSIVE lock blocks every read and write.</source>
        <translation>La table et tous ses index sont réécrits pendant qu&apos;un verrou ACCESS EXCLUSIVE bloque toute lecture et écriture.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingfieldwithdefault.cpp" line="125"/>
        <source>Add the column without the default, set the default separately (applies to new rows only), and backfill existing rows in batches; add NOT NULL afterwards through a validated CHECK.</source>
        <translation>Ajoutez la colonne sans valeur par défaut, définissez la valeur par défaut séparément (nouvelles lignes uniquement) et remplissez les lignes existantes par lots ; ajoutez NOT NULL ensuite via un CHECK validé.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingfieldwithdefault.cpp" line="167"/>
        <source>-- Backfill existing rows in batches, e.g. UPDATE %1 SET %2 = %3 WHERE %2 IS NULL AND &lt;key range&gt;;</source>
        <translation>-- Remplir les lignes existantes par lots, p. ex. UPDATE %1 SET %2 = %3 WHERE %2 IS NULL AND &lt;plage de clés&gt;;</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingfieldwithdefault.cpp" line="180"/>
        <source>-- After the next step:</source>
        <translation>-- Après l&apos;étape suivante :</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingfieldwithdefault.cpp" line="183"/>
        <source>Split into add column, set default, backfill%1</source>
        <translation>Scinder en ajout de colonne, valeur par défaut, remplissage%1</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingfieldwithdefault.cpp" line="183"/>
        <source>, validated NOT NULL</source>
        <translation>, NOT NULL validé</translation>
    </message>
</context>
<context>
    <name>AddingForeignKeyConstraint</name>
    <message>
        <location filename="../core/lint/rules/addingforeignkeyconstraint.cpp" line="20"/>
        <source>A validated foreign key blocks writes to both tables while it checks every row</source>
        <translation>Une clé étrangère validée bloque les écritures sur les deux tables pendant qu&apos;elle vérifie chaque ligne</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingforeignkeyconstraint.cpp" line="50"/>
        <source>The foreign key from %1 to %2 is validated while writes to both tables wait.</source>
        <translation>La clé étrangère de %1 vers %2 est validée pendant que les écritures sur les deux tables attendent.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingforeignkeyconstraint.cpp" line="51"/>
        <source>Adding a foreign key takes SHARE ROW EXCLUSIVE locks on %1 and %2 and checks every existing row before it commits; inserts, updates and deletes queue behind it.</source>
        <translation>L&apos;ajout d&apos;une clé étrangère prend des verrous SHARE ROW EXCLUSIVE sur %1 et %2 et vérifie chaque ligne existante avant le commit ; les insertions, mises à jour et suppressions attendent derrière.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingforeignkeyconstraint.cpp" line="53"/>
        <source>Add the column without REFERENCES, then add the foreign key as a separate constraint NOT VALID and VALIDATE it in a later transaction.</source>
        <translation>Ajoutez la colonne sans REFERENCES, puis ajoutez la clé étrangère comme contrainte séparée NOT VALID et validez-la (VALIDATE) dans une transaction ultérieure.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingforeignkeyconstraint.cpp" line="55"/>
        <source>Add the constraint NOT VALID (instant), then run VALIDATE CONSTRAINT in a separate transaction; validation does not block writes.</source>
        <translation>Ajoutez la contrainte NOT VALID (instantané), puis exécutez VALIDATE CONSTRAINT dans une transaction séparée ; la validation ne bloque pas les écritures.</translation>
    </message>
</context>
<context>
    <name>AddingNotNullableField</name>
    <message>
        <location filename="../core/lint/rules/addingnotnullablefield.cpp" line="21"/>
        <source>SET NOT NULL scans the table while blocking reads and writes</source>
        <translation>SET NOT NULL parcourt la table en bloquant lectures et écritures</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingnotnullablefield.cpp" line="41"/>
        <source>Setting %1.%2 NOT NULL scans every row of %1 while reads and writes wait.</source>
        <translation>Passer %1.%2 en NOT NULL parcourt chaque ligne de %1 pendant que lectures et écritures attendent.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingnotnullablefield.cpp" line="42"/>
        <source>SET NOT NULL takes an ACCESS EXCLUSIVE lock and checks every row before it commits; on a large table everything queues behind it.</source>
        <translation>SET NOT NULL prend un verrou ACCESS EXCLUSIVE et vérifie chaque ligne avant le commit ; sur une grande table, tout attend derrière.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingnotnullablefield.cpp" line="45"/>
        <source>Add CHECK (%1 IS NOT NULL) NOT VALID, VALIDATE it (no blocking lock), then SET NOT NULL, which then skips the scan, and drop the CHECK.</source>
        <translation>Ajoutez CHECK (%1 IS NOT NULL) NOT VALID, validez-le (VALIDATE, sans verrou bloquant), puis SET NOT NULL, qui évite alors le parcours, et supprimez le CHECK.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingnotnullablefield.cpp" line="47"/>
        <source>Before PostgreSQL 12 SET NOT NULL always scans: keep the column nullable and enforce it with a CHECK (%1 IS NOT NULL) constraint added NOT VALID and validated.</source>
        <translation>Avant PostgreSQL 12, SET NOT NULL parcourt toujours la table : laissez la colonne NULL autorisé et imposez-le avec une contrainte CHECK (%1 IS NOT NULL) ajoutée NOT VALID puis validée.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingnotnullablefield.cpp" line="54"/>
        <source>Prove NOT NULL with a validated CHECK first</source>
        <translation>Prouver NOT NULL d&apos;abord par un CHECK validé</translation>
    </message>
</context>
<context>
    <name>AddingRequiredField</name>
    <message>
        <location filename="../core/lint/rules/addingrequiredfield.cpp" line="20"/>
        <source>A new NOT NULL column without a default fails on a table with rows</source>
        <translation>Une nouvelle colonne NOT NULL sans valeur par défaut échoue sur une table non vide</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingrequiredfield.cpp" line="51"/>
        <source>Adding the NOT NULL column %1 to %2 without a default fails if %2 has any rows.</source>
        <translation>L&apos;ajout de la colonne NOT NULL %1 à %2 sans valeur par défaut échoue si %2 contient des lignes.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingrequiredfield.cpp" line="52"/>
        <source>PostgreSQL must fill the new column for every existing row; with no default the value is NULL, which violates NOT NULL, and the whole migration aborts.</source>
        <translation>PostgreSQL doit remplir la nouvelle colonne pour chaque ligne existante ; sans valeur par défaut la valeur est NULL, ce qui viole NOT NULL, et toute la migration échoue.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/addingrequiredfield.cpp" line="54"/>
        <source>Add the column as nullable (or with a constant DEFAULT), backfill it in batches, then add a CHECK (%1 IS NOT NULL) NOT VALID constraint, VALIDATE it and SET NOT NULL.</source>
        <translation>Ajoutez la colonne NULL autorisé (ou avec un DEFAULT constant), remplissez-la par lots, puis ajoutez une contrainte CHECK (%1 IS NOT NULL) NOT VALID, validez-la (VALIDATE) et exécutez SET NOT NULL.</translation>
    </message>
</context>
<context>
    <name>AppliedState</name>
    <message>
        <location filename="../core/run/pendingmigrations.cpp" line="80"/>
        <source>Version %1 is not in the folder.</source>
        <translation>La version %1 n&apos;est pas dans le dossier.</translation>
    </message>
    <message>
        <location filename="../core/run/pendingmigrations.cpp" line="81"/>
        <source>Version %1 is not applied.</source>
        <translation>La version %1 n&apos;est pas appliquée.</translation>
    </message>
    <message>
        <location filename="../core/run/pendingmigrations.cpp" line="87"/>
        <source>Version %1 has no down script: nothing was rolled back.</source>
        <translation>La version %1 n&apos;a pas de script down : rien n&apos;a été annulé.</translation>
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
        <translation>%1 [%2] %3%4 lignes, %5 lignes/s, reste %6, lot %7 (%8 ms)</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="145"/>
        <source>Show this help</source>
        <translation>Afficher cette aide</translation>
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
        <translation>Usage : slipway-cli backfill &lt;conn&gt; --spec &lt;fichier.json|fichier.yaml&gt; [options]

Exécute un remplissage (backfill) par lots : les clés de la table sont parcourues dans l&apos;ordre, chaque lot
est une transaction courte (lock_timeout et statement_timeout définis par lot) qui
enregistre aussi la dernière clé traitée dans slipway.backfill_checkpoint, de sorte qu&apos;un remplissage
interrompu reprend avec --resume à partir du dernier lot validé. La taille des lots
s&apos;adapte à la durée cible de la spécification. Un moniteur sur une seconde connexion
ralentit le remplissage (retient les lots) quand le retard de réplication ou les attentes de verrou
augmentent, le relance quand ils baissent et l&apos;interrompt aux seuils d&apos;abandon.
La progression est écrite sur stderr. Ctrl+C s&apos;arrête après la validation du lot en cours.

Spécification (JSON) : {&quot;name&quot;, &quot;table&quot;, &quot;set&quot; | &quot;template&quot; (avec {{batch}}),
&quot;predicate&quot;, &quot;key&quot;: [...], &quot;target_batch_ms&quot;, &quot;initial_batch_size&quot;,
&quot;min_batch_size&quot;, &quot;max_batch_size&quot;, &quot;pause_ms&quot;, &quot;lock_timeout_ms&quot;,
&quot;statement_timeout_ms&quot;, &quot;max_retries&quot;} ; ou les mêmes champs en YAML
(lignes « nom: valeur ») dans un fichier terminé par .yaml ou .yml.

Options :
  --spec &lt;fichier&gt;       la spécification du remplissage (obligatoire)
  --resume               reprendre au point de reprise (nouveau départ s&apos;il n&apos;y en a pas)
  --restart              recommencer en réinitialisant le point de reprise
  --force                reprendre bien que la spécification ait changé
  --dry-run              exécuter un lot puis l&apos;annuler
  --wait-lock &lt;ms&gt;       attendre un autre exécuteur de cette spécification (défaut 0)
  --replica &lt;conn&gt;       lire aussi le retard de rejeu sur ce standby
  --max-lag &lt;s&gt;          ralentir à ce retard de réplication (défaut 10)
  --abort-lag &lt;s&gt;        abandonner à ce retard de réplication (défaut 30)
  --max-lock-wait &lt;s&gt;    ralentir à cette attente de verrou (défaut 20)
  --abort-lock-wait &lt;s&gt;  abandonner à cette attente de verrou (défaut 60)
  --resume-hold &lt;s&gt;      temps calme avant la levée d&apos;un ralentissement (défaut 5)
  --interval &lt;ms&gt;        intervalle d&apos;échantillonnage du moniteur (défaut 1000)
  --no-monitor           ni ralentissement ni abandon par le moniteur
  --json                 afficher le résultat en JSON sur stdout

Codes de sortie : 0 terminé, 1 échec, 3 abandonné (politique ou utilisateur), 4 un autre exécuteur
détient ce remplissage, 64 usage.</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="146"/>
        <source>Spec file (JSON, or YAML when it ends in .yaml or .yml)</source>
        <translation>Fichier de spécification (JSON, ou YAML s&apos;il se termine par .yaml ou .yml)</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="147"/>
        <source>Resume from the checkpoint</source>
        <translation>Reprendre au point de reprise</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="148"/>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="149"/>
        <source>Resume a changed spec</source>
        <translation>Reprendre une spécification modifiée</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="150"/>
        <source>One batch, rolled back</source>
        <translation>Un lot, annulé</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="151"/>
        <source>Wait for the runner lock</source>
        <translation>Attendre le verrou d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="153"/>
        <source>Standby to read</source>
        <translation>Standby à lire</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="154"/>
        <source>Throttle lag</source>
        <translation>Retard de ralentissement</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="155"/>
        <source>Abort lag</source>
        <translation>Retard d&apos;abandon</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="156"/>
        <source>Throttle lock wait</source>
        <translation>Attente de verrou de ralentissement</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="158"/>
        <source>Abort lock wait</source>
        <translation>Attente de verrou d&apos;abandon</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="160"/>
        <source>Calm time before resuming</source>
        <translation>Temps calme avant reprise</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="162"/>
        <source>Sampling interval</source>
        <translation>Intervalle d&apos;échantillonnage</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="164"/>
        <source>No monitor</source>
        <translation>Pas de moniteur</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="165"/>
        <source>JSON result</source>
        <translation>Résultat JSON</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="188"/>
        <source>Missing &lt;conn&gt;.</source>
        <translation>&lt;conn&gt; manquant.</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="189"/>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="191"/>
        <source>Missing --spec &lt;file&gt;.</source>
        <translation>--spec &lt;fichier&gt; manquant.</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="193"/>
        <source>--resume and --restart exclude each other.</source>
        <translation>--resume et --restart s&apos;excluent mutuellement.</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="195"/>
        <source>Thresholds are seconds (a number &gt;= 0).</source>
        <translation>Les seuils sont en secondes (un nombre &gt;= 0).</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="197"/>
        <source>--wait-lock wants milliseconds &gt;= 0, --interval at least %1.</source>
        <translation>--wait-lock attend des millisecondes &gt;= 0, --interval au moins %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="261"/>
        <source>Interrupted by signal %1; stopping after the current batch.</source>
        <translation>Interrompu par le signal %1 ; arrêt après le lot en cours.</translation>
    </message>
</context>
<context>
    <name>BackfillRunner</name>
    <message>
        <location filename="../core/run/backfillworker.cpp" line="76"/>
        <source>Reconnected; going on from the checkpoint after %1 rows.</source>
        <translation>Reconnecté ; reprise au point de reprise après %1 lignes.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworker.cpp" line="123"/>
        <source>Aborted while the connection was lost.</source>
        <translation>Abandonné pendant la perte de connexion.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworker.cpp" line="127"/>
        <source>The connection was lost %1 times in a row; giving up.</source>
        <translation>La connexion a été perdue %1 fois de suite ; abandon.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworker.cpp" line="130"/>
        <source>Connection lost; reconnecting (attempt %1 of %2).</source>
        <translation>Connexion perdue ; reconnexion (tentative %1 sur %2).</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworker.cpp" line="181"/>
        <source>Backfill %1 is already running: %2.</source>
        <translation>Le remplissage %1 est déjà en cours : %2.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworker.cpp" line="182"/>
        <source>Backfill %1 is already running in another session.</source>
        <translation>Le remplissage %1 est déjà en cours dans une autre session.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworker.cpp" line="197"/>
        <source>The checkpoint of backfill %1 disappeared while reconnecting.</source>
        <translation>Le point de reprise du remplissage %1 a disparu pendant la reconnexion.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworker.cpp" line="200"/>
        <source>Backfill %1 has a checkpoint (%2, %3 rows done, %4 batches): resume it or start over.</source>
        <translation>Le remplissage %1 a un point de reprise (%2, %3 lignes traitées, %4 lots) : reprenez-le ou recommencez.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworker.cpp" line="205"/>
        <source>Backfill %1 walked the key (%2) and the spec now says (%3): start over to change the key.</source>
        <translation>Le remplissage %1 a parcouru la clé (%2) et la spécification indique maintenant (%3) : recommencez pour changer de clé.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworker.cpp" line="209"/>
        <source>The spec of backfill %1 changed since its checkpoint (table, set/template or predicate); force the resume if the change is compatible, or start over.</source>
        <translation>La spécification du remplissage %1 a changé depuis son point de reprise (table, set/template ou prédicat) ; forcez la reprise si le changement est compatible, ou recommencez.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworker.cpp" line="213"/>
        <source>The spec changed since the checkpoint; resuming as forced.</source>
        <translation>La spécification a changé depuis le point de reprise ; reprise forcée.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworker.cpp" line="223"/>
        <source>The checkpoint of backfill %1 has a last key that does not fit the key columns.</source>
        <translation>Le point de reprise du remplissage %1 a une dernière clé qui ne correspond pas aux colonnes de clé.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworker.cpp" line="242"/>
        <source>A key column allows NULL: rows with a NULL key are not visited.</source>
        <translation>Une colonne de clé accepte NULL : les lignes à clé NULL ne sont pas visitées.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworker.cpp" line="245"/>
        <source>Resuming backfill %1 after %2 rows in %3 batches (last key %4).</source>
        <translation>Reprise du remplissage %1 après %2 lignes en %3 lots (dernière clé %4).</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworker.cpp" line="249"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworker.cpp" line="252"/>
        <source>Starting backfill %1 on %2, key (%3)%4.</source>
        <translation>Démarrage du remplissage %1 sur %2, clé (%3)%4.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworker.cpp" line="254"/>
        <source>, dry run</source>
        <translation>, essai à blanc</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworker.cpp" line="312"/>
        <source>Batch of %1 keys failed (%2, SQLSTATE %3); retry %4 of %5 in %6 ms with %7 keys.</source>
        <translation>Échec du lot de %1 clés (%2, SQLSTATE %3) ; nouvel essai %4 sur %5 dans %6 ms avec %7 clés.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworkerreport.cpp" line="98"/>
        <source>%1% done: %2 of %3 rows</source>
        <translation>%1 % fait : %2 lignes sur %3</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworkerreport.cpp" line="99"/>
        <source>%1 rows done</source>
        <translation>%1 lignes faites</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworkerreport.cpp" line="100"/>
        <source>%1, %2 rows/s, batch of %3 keys (%4 ms)</source>
        <translation>%1, %2 lignes/s, lot de %3 clés (%4 ms)</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworkerreport.cpp" line="105"/>
        <source>, about %1 s to go</source>
        <translation>, encore environ %1 s</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworkerreport.cpp" line="106"/>
        <source>, about %1 min to go</source>
        <translation>, encore environ %1 min</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworkerreport.cpp" line="107"/>
        <source>, about %1 h to go</source>
        <translation>, encore environ %1 h</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/backfillworkerreport.cpp" line="124"/>
        <source>%n row(s) still match the predicate: written behind the walk while it ran. Run the backfill again from the start to do them.</source>
        <translation>
            <numerusform>%n ligne correspond encore au prédicat : écrite derrière le parcours pendant son exécution. Relancez le remplissage depuis le début pour la traiter.</numerusform>
            <numerusform>%n lignes correspondent encore au prédicat : écrites derrière le parcours pendant son exécution. Relancez le remplissage depuis le début pour les traiter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/run/backfillworkerreport.cpp" line="141"/>
        <source>Could not write the final state to the checkpoint: %1</source>
        <translation>Impossible d&apos;écrire l&apos;état final dans le point de reprise : %1</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworkerreport.cpp" line="159"/>
        <source>Dry run: %1 rows in %2 batches, rolled back.</source>
        <translation>Essai à blanc : %1 lignes en %2 lots, annulé.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworkerreport.cpp" line="160"/>
        <source>Done: %1 rows in %2 batches.</source>
        <translation>Terminé : %1 lignes en %2 lots.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillworkerreport.cpp" line="163"/>
        <source>Aborted.</source>
        <translation>Abandonné.</translation>
    </message>
</context>
<context>
    <name>BackfillSpec</name>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="120"/>
        <source>&quot;name&quot; is required: it names the checkpoint and the runner lock.</source>
        <translation>« name » est obligatoire : il nomme le point de reprise et le verrou d&apos;exécution.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="123"/>
        <source>&quot;table&quot; is required (schema.table).</source>
        <translation>« table » est obligatoire (schema.table).</translation>
    </message>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="125"/>
        <source>&quot;table&quot; is not a table name: %1 (write schema.table, quoting parts with &quot;&quot; when needed).</source>
        <translation>« table » n&apos;est pas un nom de table : %1 (écrivez schema.table, en citant les parties avec &quot;&quot; si nécessaire).</translation>
    </message>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="130"/>
        <source>Give exactly one of &quot;set&quot; (a SET clause) and &quot;template&quot; (a statement with %1).</source>
        <translation>Indiquez exactement un élément parmi « set » (une clause SET) et « template » (une instruction avec %1).</translation>
    </message>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="133"/>
        <source>&quot;template&quot; must contain %1 where the batch&apos;s key range goes.</source>
        <translation>« template » doit contenir %1 à l&apos;endroit de la plage de clés du lot.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="138"/>
        <source>&quot;key&quot; has an empty column name.</source>
        <translation>« key » a un nom de colonne vide.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="140"/>
        <source>&quot;key&quot; names column %1 twice.</source>
        <translation>« key » nomme la colonne %1 deux fois.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="145"/>
        <source>&quot;%1&quot; must be at least %2 (it is %3).</source>
        <translation>« %1 » doit valoir au moins %2 (vaut %3).</translation>
    </message>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="148"/>
        <source>&quot;min_batch_size&quot; (%1) is above &quot;max_batch_size&quot; (%2).</source>
        <translation>« min_batch_size » (%1) dépasse « max_batch_size » (%2).</translation>
    </message>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="150"/>
        <source>&quot;initial_batch_size&quot; (%1) must lie between &quot;min_batch_size&quot; (%2) and &quot;max_batch_size&quot; (%3).</source>
        <translation>« initial_batch_size » (%1) doit être compris entre « min_batch_size » (%2) et « max_batch_size » (%3).</translation>
    </message>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="201"/>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>« %1 » doit être une chaîne.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="210"/>
        <source>&quot;%1&quot; must be a whole number &gt;= %2.</source>
        <translation>« %1 » doit être un nombre entier &gt;= %2.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="218"/>
        <source>&quot;key&quot; must be a list of column names.</source>
        <translation>« key » doit être une liste de noms de colonnes.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="222"/>
        <source>&quot;key&quot; must be a column name or a list of column names.</source>
        <translation>« key » doit être un nom de colonne ou une liste de noms de colonnes.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="226"/>
        <source>Unknown field &quot;%1&quot; (fields starting with _ are comments).</source>
        <translation>Champ inconnu « %1 » (les champs commençant par _ sont des commentaires).</translation>
    </message>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="237"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="247"/>
        <source>%1:%2:%3: not valid YAML: %4</source>
        <translation>%1:%2:%3 : YAML non valide : %4</translation>
    </message>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="251"/>
        <source>%1 must hold one mapping (name: value lines).</source>
        <translation>%1 doit contenir un seul mappage (lignes « nom: valeur »).</translation>
    </message>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="260"/>
        <source>%1:%2:%3: not valid JSON: %4</source>
        <translation>%1:%2:%3 : JSON non valide : %4</translation>
    </message>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="264"/>
        <source>%1 must hold one JSON object.</source>
        <translation>%1 doit contenir un seul objet JSON.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="271"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../core/run/backfillspec.cpp" line="279"/>
        <location filename="../core/run/backfillspec.cpp" line="284"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>BackfillSql</name>
    <message>
        <location filename="../core/run/backfillsql.cpp" line="57"/>
        <source>Table %1.%2 does not exist (or is not a table).</source>
        <translation>La table %1.%2 n&apos;existe pas (ou n&apos;est pas une table).</translation>
    </message>
    <message>
        <location filename="../core/run/backfillsql.cpp" line="71"/>
        <source>Table %1.%2 has no primary key: name the key columns in the spec (&quot;key&quot;).</source>
        <translation>La table %1.%2 n&apos;a pas de clé primaire : indiquez les colonnes de clé dans la spécification (« key »).</translation>
    </message>
    <message>
        <location filename="../core/run/backfillsql.cpp" line="85"/>
        <source>&quot;key&quot;: table %1.%2 has no column %3.</source>
        <translation>« key » : la table %1.%2 n&apos;a pas de colonne %3.</translation>
    </message>
</context>
<context>
    <name>BanConcurrentIndexCreationInTransaction</name>
    <message>
        <location filename="../core/lint/rules/requireconcurrentindexcreation.cpp" line="48"/>
        <source>CREATE INDEX CONCURRENTLY cannot run inside a transaction</source>
        <translation>CREATE INDEX CONCURRENTLY ne peut pas s&apos;exécuter dans une transaction</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentindexcreation.cpp" line="61"/>
        <source>CREATE INDEX CONCURRENTLY inside a transaction block fails.</source>
        <translation>CREATE INDEX CONCURRENTLY échoue dans un bloc de transaction.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentindexcreation.cpp" line="62"/>
        <source>PostgreSQL refuses CONCURRENTLY in a transaction: the migration stops here and everything before it in the transaction is rolled back.</source>
        <translation>PostgreSQL refuse CONCURRENTLY dans une transaction : la migration s&apos;arrête ici et tout ce qui précède dans la transaction est annulé.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentindexcreation.cpp" line="64"/>
        <source>Run this statement on its own, outside BEGIN/COMMIT (and tell your migration tool not to wrap this file in a transaction).</source>
        <translation>Exécutez cette instruction seule, hors de BEGIN/COMMIT (et indiquez à votre outil de migration de ne pas envelopper ce fichier dans une transaction).</translation>
    </message>
</context>
<context>
    <name>BanDropColumn</name>
    <message>
        <location filename="../core/lint/rules/bandropcolumn.cpp" line="19"/>
        <source>Dropping a column loses its data and breaks code that still uses it</source>
        <translation>Supprimer une colonne perd ses données et casse le code qui l&apos;utilise encore</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bandropcolumn.cpp" line="30"/>
        <source>Dropping %1.%2 deletes its data.</source>
        <translation>Supprimer %1.%2 efface ses données.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bandropcolumn.cpp" line="31"/>
        <source>Queries and ORMs that still select or insert the column fail as soon as it is gone, and the values can only come back from a backup.</source>
        <translation>Les requêtes et ORM qui lisent ou insèrent encore la colonne échouent dès sa disparition, et les valeurs ne reviennent que depuis une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bandropcolumn.cpp" line="33"/>
        <source>Stop reading and writing the column in a deployed release first (expand/contract), back up the values, then drop it in a later migration.</source>
        <translation>Cessez d&apos;abord de lire et d&apos;écrire la colonne dans une version déployée (expand/contract), sauvegardez les valeurs, puis supprimez-la dans une migration ultérieure.</translation>
    </message>
</context>
<context>
    <name>BanDropDatabase</name>
    <message>
        <location filename="../core/lint/rules/bandropdatabase.cpp" line="19"/>
        <source>DROP DATABASE does not belong in a migration</source>
        <translation>DROP DATABASE n&apos;a pas sa place dans une migration</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bandropdatabase.cpp" line="26"/>
        <source>Dropping the database %1 deletes everything in it.</source>
        <translation>Supprimer la base %1 efface tout son contenu.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bandropdatabase.cpp" line="27"/>
        <source>Every table, row and object of the database is gone at once; nothing but a backup brings it back.</source>
        <translation>Toutes les tables, lignes et objets de la base disparaissent d&apos;un coup ; seule une sauvegarde peut les restaurer.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bandropdatabase.cpp" line="28"/>
        <source>Drop databases by hand, deliberately, outside the migration history.</source>
        <translation>Supprimez les bases à la main, délibérément, hors de l&apos;historique des migrations.</translation>
    </message>
</context>
<context>
    <name>BanDropNotNull</name>
    <message>
        <location filename="../core/lint/rules/bandropnotnull.cpp" line="19"/>
        <source>Dropping NOT NULL lets NULLs in that running code does not expect</source>
        <translation>Retirer NOT NULL laisse entrer des NULL que le code en service n&apos;attend pas</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bandropnotnull.cpp" line="32"/>
        <source>%1.%2 becomes nullable.</source>
        <translation>%1.%2 accepte désormais NULL.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bandropnotnull.cpp" line="33"/>
        <source>Code deployed today assumes the column is never NULL; once NULLs are written, older application versions and reports break, and restoring NOT NULL needs a full scan.</source>
        <translation>Le code déployé suppose que la colonne n&apos;est jamais NULL ; dès que des NULL sont écrits, les anciennes versions de l&apos;application et les rapports cassent, et rétablir NOT NULL exige un parcours complet.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bandropnotnull.cpp" line="35"/>
        <source>Make sure every reader handles NULL (deploy that first), then drop the constraint.</source>
        <translation>Assurez-vous que chaque lecteur gère NULL (déployez cela d&apos;abord), puis supprimez la contrainte.</translation>
    </message>
</context>
<context>
    <name>BanDropTable</name>
    <message>
        <location filename="../core/lint/rules/bandroptable.cpp" line="16"/>
        <source>Dropping a table loses its data and breaks its readers</source>
        <translation>Supprimer une table perd ses données et casse ses lecteurs</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bandroptable.cpp" line="33"/>
        <source>Dropping %1 deletes all its rows.</source>
        <translation>Supprimer %1 efface toutes ses lignes.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bandroptable.cpp" line="34"/>
        <source>Dropping %1 deletes all their rows.</source>
        <translation>Supprimer %1 efface toutes leurs lignes.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bandroptable.cpp" line="35"/>
        <source>Application code still reading or writing the table fails at once, and the data can only come back from a backup.</source>
        <translation>Le code applicatif qui lit ou écrit encore la table échoue aussitôt, et les données ne reviennent que depuis une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bandroptable.cpp" line="37"/>
        <source>First deploy code that no longer uses the table; take a backup (pg_dump -t, or CREATE TABLE ... AS); then drop it in a later migration.</source>
        <translation>Déployez d&apos;abord un code qui n&apos;utilise plus la table ; faites une sauvegarde (pg_dump -t ou CREATE TABLE ... AS) ; puis supprimez-la dans une migration ultérieure.</translation>
    </message>
</context>
<context>
    <name>BanDuplicateColumnAssignments</name>
    <message>
        <location filename="../core/lint/rules/banduplicatecolumnassignments.cpp" line="21"/>
        <source>A column assigned twice in one statement is an error</source>
        <translation>Une colonne affectée deux fois dans une instruction est une erreur</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/banduplicatecolumnassignments.cpp" line="61"/>
        <source>Column %1 is assigned more than once.</source>
        <translation>La colonne %1 est affectée plus d&apos;une fois.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/banduplicatecolumnassignments.cpp" line="62"/>
        <source>PostgreSQL rejects the statement (&quot;multiple assignments to same column&quot;), so the migration stops here.</source>
        <translation>PostgreSQL rejette l&apos;instruction (« multiple assignments to same column »), la migration s&apos;arrête donc ici.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/banduplicatecolumnassignments.cpp" line="64"/>
        <source>Assign each column once.</source>
        <translation>Affectez chaque colonne une seule fois.</translation>
    </message>
</context>
<context>
    <name>BanExclusionConstraint</name>
    <message>
        <location filename="../core/lint/rules/strongbanexclusionconstraint.cpp" line="19"/>
        <source>Adding an exclusion constraint locks the table while every row is checked</source>
        <translation>L&apos;ajout d&apos;une contrainte d&apos;exclusion verrouille la table pendant la vérification de chaque ligne</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongbanexclusionconstraint.cpp" line="37"/>
        <source>Adding an exclusion constraint to %1 blocks reads and writes until every row is checked.</source>
        <translation>L&apos;ajout d&apos;une contrainte d&apos;exclusion à %1 bloque lectures et écritures jusqu&apos;à ce que chaque ligne soit vérifiée.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongbanexclusionconstraint.cpp" line="39"/>
        <source>Adding the exclusion constraint %1 to %2 blocks reads and writes until every row is checked.</source>
        <translation>L&apos;ajout de la contrainte d&apos;exclusion %1 à %2 bloque lectures et écritures jusqu&apos;à ce que chaque ligne soit vérifiée.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongbanexclusionconstraint.cpp" line="41"/>
        <source>ALTER TABLE ... ADD ... EXCLUDE takes an ACCESS EXCLUSIVE lock and builds the constraint&apos;s index while holding it. Unlike CHECK and foreign keys it cannot be added NOT VALID and validated later, and there is no USING INDEX form.</source>
        <translation>ALTER TABLE ... ADD ... EXCLUDE prend un verrou ACCESS EXCLUSIVE et construit l&apos;index de la contrainte en le conservant. Contrairement à CHECK et aux clés étrangères, elle ne peut pas être ajoutée NOT VALID puis validée, et il n&apos;existe pas de forme USING INDEX.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongbanexclusionconstraint.cpp" line="44"/>
        <source>Declare exclusion constraints when the table is created. On an existing busy table, enforce the rule in the application or with a trigger, or schedule the change in a maintenance window with a lock_timeout.</source>
        <translation>Déclarez les contraintes d&apos;exclusion à la création de la table. Sur une table existante très sollicitée, imposez la règle dans l&apos;application ou par un trigger, ou planifiez le changement dans une fenêtre de maintenance avec un lock_timeout.</translation>
    </message>
</context>
<context>
    <name>BanTruncateCascade</name>
    <message>
        <location filename="../core/lint/rules/bantruncatecascade.cpp" line="19"/>
        <source>TRUNCATE ... CASCADE empties every table that references these</source>
        <translation>TRUNCATE ... CASCADE vide toute table qui référence celles-ci</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bantruncatecascade.cpp" line="31"/>
        <source>TRUNCATE %1 CASCADE also empties every table with a foreign key to it, recursively.</source>
        <translation>TRUNCATE %1 CASCADE vide aussi, récursivement, toute table ayant une clé étrangère vers elle.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bantruncatecascade.cpp" line="33"/>
        <source>CASCADE follows foreign keys without listing what it empties: tables you did not name lose all their rows, under ACCESS EXCLUSIVE locks.</source>
        <translation>CASCADE suit les clés étrangères sans lister ce qu&apos;il vide : des tables non nommées perdent toutes leurs lignes, sous verrous ACCESS EXCLUSIVE.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bantruncatecascade.cpp" line="35"/>
        <source>Name every table to truncate explicitly and leave CASCADE out; PostgreSQL then refuses instead of deleting more than intended.</source>
        <translation>Nommez explicitement chaque table à vider et omettez CASCADE ; PostgreSQL refusera alors au lieu d&apos;effacer plus que prévu.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/bantruncatecascade.cpp" line="39"/>
        <source>Remove CASCADE (TRUNCATE refuses if other tables reference these)</source>
        <translation>Retirer CASCADE (TRUNCATE refuse si d&apos;autres tables les référencent)</translation>
    </message>
</context>
<context>
    <name>BanUncommittedTransaction</name>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="68"/>
        <source>A transaction opened in the file is never committed</source>
        <translation>Une transaction ouverte dans le fichier n&apos;est jamais validée</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="78"/>
        <source>The transaction opened by BEGIN is still open at the end of the file.</source>
        <translation>La transaction ouverte par BEGIN est encore ouverte à la fin du fichier.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="79"/>
        <source>Depending on the tool the work is rolled back when the session ends, or the open transaction keeps its locks and blocks other sessions until someone notices.</source>
        <translation>Selon l&apos;outil, le travail est annulé à la fin de la session, ou la transaction ouverte garde ses verrous et bloque d&apos;autres sessions jusqu&apos;à ce que quelqu&apos;un s&apos;en aperçoive.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="81"/>
        <source>End the file with COMMIT.</source>
        <translation>Terminez le fichier par COMMIT.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="83"/>
        <source>Add COMMIT at the end</source>
        <translation>Ajouter COMMIT à la fin</translation>
    </message>
</context>
<context>
    <name>ChangeTypeWizard</name>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="34"/>
        <source>The schema</source>
        <translation>Le schéma</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="35"/>
        <source>The table</source>
        <translation>La table</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="36"/>
        <source>The column</source>
        <translation>La colonne</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="37"/>
        <source>The new type</source>
        <translation>Le nouveau type</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="38"/>
        <source>The conversion expression</source>
        <translation>L&apos;expression de conversion</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="39"/>
        <source>The reverse expression</source>
        <translation>L&apos;expression inverse</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="44"/>
        <source>Column %1 already has type %2.</source>
        <translation>La colonne %1 est déjà de type %2.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="46"/>
        <source>Column %1 is an identity column; change its sequence&apos;s type instead.</source>
        <translation>La colonne %1 est une colonne d&apos;identité ; changez plutôt le type de sa séquence.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="49"/>
        <source>Column %1 already exists in %2.</source>
        <translation>La colonne %1 existe déjà dans %2.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="51"/>
        <source>Table %1 has no primary key: the backfill walks the table by its key.</source>
        <translation>La table %1 n&apos;a pas de clé primaire : le remplissage (backfill) parcourt la table selon sa clé.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="53"/>
        <source>The current type</source>
        <translation>Le type actuel</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="95"/>
        <source>Add column %1 of type %2</source>
        <translation>Ajouter la colonne %1 de type %2</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="98"/>
        <source>Nothing: the new column holds only converted copies.</source>
        <translation>Rien : la nouvelle colonne ne contient que des copies converties.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="100"/>
        <source>A nullable column without a default: a catalog change, no rewrite.</source>
        <translation>Une colonne NULL autorisé sans valeur par défaut : un changement de catalogue, sans réécriture.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="101"/>
        <source>No deploy needed: the application does not see the new column.</source>
        <translation>Aucun déploiement nécessaire : l&apos;application ne voit pas la nouvelle colonne.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="105"/>
        <source>Convert %1 into %2 on every write (trigger)</source>
        <translation>Convertir %1 en %2 à chaque écriture (trigger)</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="108"/>
        <source>Nothing.</source>
        <translation>Rien.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="110"/>
        <source>New and changed rows get the converted value at once; a conversion error fails the write, so test the expression first.</source>
        <translation>Les lignes nouvelles et modifiées reçoivent immédiatement la valeur convertie ; une erreur de conversion fait échouer l&apos;écriture, testez donc l&apos;expression d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="115"/>
        <source>Convert existing rows</source>
        <translation>Convertir les lignes existantes</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="123"/>
        <source>Nothing to undo: the down of step 1 drops the column.</source>
        <translation>Rien à annuler : le down de l&apos;étape 1 supprime la colonne.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="126"/>
        <source>Keyset batches by the backfill runner: short row locks, resumable.</source>
        <translation>Lots par keyset via l&apos;exécuteur de remplissage : verrous de ligne courts, reprise possible.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="133"/>
        <source>Swap: %1 becomes the %2 column</source>
        <translation>Permutation : %1 devient la colonne %2</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="150"/>
        <source>Nothing: the old column was kept current by the reverse trigger.</source>
        <translation>Rien : l&apos;ancienne colonne a été tenue à jour par le trigger inverse.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="152"/>
        <source>Renames only: one short ACCESS EXCLUSIVE lock. The old column stays, filled back by a trigger, so this step can be undone without losing writes.</source>
        <translation>Renommages uniquement : un bref verrou ACCESS EXCLUSIVE. L&apos;ancienne colonne reste, alimentée en retour par un trigger, de sorte que cette étape peut être annulée sans perdre d&apos;écritures.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="154"/>
        <source>Before this step, deploy the version that works with %1 as %2 (and does not name %3).</source>
        <translation>Avant cette étape, déployez la version qui fonctionne avec %1 en %2 (et ne nomme pas %3).</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="159"/>
        <source>Drop the old column %1</source>
        <translation>Supprimer l&apos;ancienne colonne %1</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="168"/>
        <source>The old column comes back nullable, refilled by one UPDATE (run it as a backfill on a large table); its indexes and constraints are not recreated.</source>
        <translation>L&apos;ancienne colonne revient NULL autorisé, remplie par un UPDATE (exécutez-le en remplissage par lots sur une grande table) ; ses index et contraintes ne sont pas recréés.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="171"/>
        <source>Indexes on the old column go with it: build them on the new column (CONCURRENTLY) before the swap.</source>
        <translation>Les index de l&apos;ancienne colonne disparaissent avec elle : construisez-les sur la nouvelle colonne (CONCURRENTLY) avant la permutation.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="173"/>
        <source>After a cool-down with the new type in production; no deploy reads %1.</source>
        <translation>Après une période d&apos;observation avec le nouveau type en production ; aucun déploiement ne lit %1.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="176"/>
        <source>Change %1.%2 to %3</source>
        <translation>Changer %1.%2 en %3</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/changetypewizard.cpp" line="177"/>
        <source>Parallel column: the new type is filled beside the old one and swapped in by renaming, so no rewrite holds ACCESS EXCLUSIVE.</source>
        <translation>Colonne parallèle : le nouveau type est rempli à côté de l&apos;ancien et permuté par renommage, si bien qu&apos;aucune réécriture ne tient ACCESS EXCLUSIVE.</translation>
    </message>
</context>
<context>
    <name>ChangingColumnType</name>
    <message>
        <location filename="../core/lint/rules/changingcolumntype.cpp" line="19"/>
        <source>Changing a column&apos;s type usually rewrites the table under ACCESS EXCLUSIVE</source>
        <translation>Changer le type d&apos;une colonne réécrit généralement la table sous ACCESS EXCLUSIVE</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/changingcolumntype.cpp" line="31"/>
        <source>Changing the type of %1.%2 rewrites %1: %3.</source>
        <translation>Changer le type de %1.%2 réécrit %1 : %3.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/changingcolumntype.cpp" line="32"/>
        <source>Changing the type of %1.%2 locks %1 (ACCESS EXCLUSIVE).</source>
        <translation>Changer le type de %1.%2 verrouille %1 (ACCESS EXCLUSIVE).</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/changingcolumntype.cpp" line="33"/>
        <source>Unless the new type is binary-compatible (varchar(n) to a larger n or to text), the table and every index are rewritten while all reads and writes wait; running code may also not understand the new type.</source>
        <translation>Sauf si le nouveau type est binairement compatible (varchar(n) vers un n plus grand ou vers text), la table et chaque index sont réécrits pendant que lectures et écritures attendent ; le code en service peut aussi ne pas comprendre le nouveau type.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/changingcolumntype.cpp" line="36"/>
        <source>Add a new column with the new type, backfill it in batches, switch the code over, then drop the old column (expand/contract).</source>
        <translation>Ajoutez une nouvelle colonne du nouveau type, remplissez-la par lots, basculez le code, puis supprimez l&apos;ancienne colonne (expand/contract).</translation>
    </message>
</context>
<context>
    <name>CheckpointStore</name>
    <message>
        <location filename="../core/run/checkpoint.cpp" line="162"/>
        <source>The checkpoint of backfill %1 moved under this runner (another runner?); the batch is rolled back.</source>
        <translation>Le point de reprise du remplissage %1 a changé sous cet exécuteur (un autre exécuteur ?) ; le lot est annulé.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="33"/>
        <source>Start, inspect or stop a private PostgreSQL primary and replica</source>
        <translation>Démarrer, inspecter ou arrêter un primaire et un réplica PostgreSQL privés</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="36"/>
        <source>Check migration files for risky statements (for CI)</source>
        <translation>Vérifier les fichiers de migration pour les instructions risquées (pour la CI)</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="37"/>
        <source>Write a database&apos;s schema to a JSON snapshot</source>
        <translation>Écrire le schéma d&apos;une base dans un instantané JSON</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="38"/>
        <source>Print lock waits, replication lag, progress and TPS once a second</source>
        <translation>Afficher chaque seconde les attentes de verrou, le retard de réplication, la progression et les TPS</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="39"/>
        <source>Compare two schemas and print a lock-safe plan from one to the other</source>
        <translation>Comparer deux schémas et afficher un plan sûr pour les verrous de l&apos;un vers l&apos;autre</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="40"/>
        <source>Run a batched backfill with checkpoints, throttled by lag and lock waits</source>
        <translation>Exécuter un remplissage par lots avec points de reprise, ralenti selon le retard et les attentes de verrou</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="41"/>
        <source>Show which migrations of a folder are applied, pending or changed</source>
        <translation>Afficher quelles migrations d&apos;un dossier sont appliquées, en attente ou modifiées</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="42"/>
        <source>Run pending migrations (or a dry run, or a rollback) safely, journaled</source>
        <translation>Exécuter les migrations en attente (ou un essai à blanc, ou un retour arrière) en sécurité, journalisées</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="43"/>
        <source>Compare a database with what its migrations folder says it should be</source>
        <translation>Comparer une base avec ce que son dossier de migrations prévoit</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="44"/>
        <source>Write a migration plan and runbook (risk, locks, rollback) for a SQL file</source>
        <translation>Écrire un plan de migration et un runbook (risque, verrous, retour arrière) pour un fichier SQL</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="45"/>
        <source>Print Slipway&apos;s journal of a database as the JSON migration log</source>
        <translation>Afficher le journal Slipway d&apos;une base comme journal de migration JSON</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="54"/>
        <source>Usage: slipway-cli &lt;command&gt; [options]</source>
        <translation>Usage : slipway-cli &lt;commande&gt; [options]</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="55"/>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="60"/>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="61"/>
        <source>Show this help</source>
        <translation>Afficher cette aide</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="62"/>
        <source>Show the version</source>
        <translation>Afficher la version</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="63"/>
        <source>Run &quot;slipway-cli &lt;command&gt; --help&quot; for the options of a command.</source>
        <translation>Lancez « slipway-cli &lt;commande&gt; --help » pour les options d&apos;une commande.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="98"/>
        <source>Unknown command &quot;%1&quot;. Run &quot;slipway-cli --help&quot; for the list of commands.</source>
        <translation>Commande inconnue « %1 ». Lancez « slipway-cli --help » pour la liste des commandes.</translation>
    </message>
</context>
<context>
    <name>ColumnTypeRule</name>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="40"/>
        <source>char(n) pads with spaces and is never faster than text</source>
        <translation>char(n) complète avec des espaces et n&apos;est jamais plus rapide que text</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="41"/>
        <source>varchar(n) limits are changed later only with an ACCESS EXCLUSIVE lock</source>
        <translation>les limites varchar(n) ne se changent ensuite qu&apos;avec un verrou ACCESS EXCLUSIVE</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="42"/>
        <source>timestamp without time zone loses the offset of what it stores</source>
        <translation>timestamp without time zone perd le décalage de ce qu&apos;il stocke</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="43"/>
        <source>integer ids and counters run out at 2^31</source>
        <translation>les identifiants et compteurs integer s&apos;épuisent à 2^31</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="44"/>
        <source>smallint runs out at 32767</source>
        <translation>smallint s&apos;épuise à 32767</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="45"/>
        <source>serial columns have ownership and permission quirks; use identity columns</source>
        <translation>les colonnes serial ont des bizarreries de propriété et de droits ; utilisez des colonnes d&apos;identité</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="63"/>
        <source>Use %1</source>
        <translation>Utiliser %1</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="108"/>
        <source>%1 is declared %2; char types pad values with spaces.</source>
        <translation>%1 est déclaré %2 ; les types char complètent les valeurs avec des espaces.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="109"/>
        <source>%1 is declared %2; changing that limit later locks the table.</source>
        <translation>%1 est déclaré %2 ; modifier cette limite plus tard verrouille la table.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="110"/>
        <source>%1 is declared %2, which drops the time zone.</source>
        <translation>%1 est déclaré %2, ce qui perd le fuseau horaire.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="111"/>
        <source>%1 is declared %2, which overflows at 2,147,483,647.</source>
        <translation>%1 est déclaré %2, qui déborde à 2 147 483 647.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="112"/>
        <source>%1 is declared %2, which overflows at 32,767.</source>
        <translation>%1 est déclaré %2, qui déborde à 32 767.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="113"/>
        <source>%1 is declared %2 instead of an identity column.</source>
        <translation>%1 est déclaré %2 au lieu d&apos;une colonne d&apos;identité.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="122"/>
        <source>char(n) stores blank-padded values, compares with trailing spaces ignored and is no faster than text; growing it later needs a table rewrite.</source>
        <translation>char(n) stocke des valeurs complétées par des espaces, compare en ignorant les espaces finaux et n&apos;est pas plus rapide que text ; l&apos;agrandir plus tard exige une réécriture de la table.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="125"/>
        <source>Raising a varchar(n) limit is cheap, but lowering it or changing the type rewrites the table under ACCESS EXCLUSIVE; a CHECK on length() can be changed NOT VALID without blocking.</source>
        <translation>Relever une limite varchar(n) est peu coûteux, mais l&apos;abaisser ou changer le type réécrit la table sous ACCESS EXCLUSIVE ; un CHECK sur length() peut être modifié NOT VALID sans blocage.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="128"/>
        <source>timestamp stores the wall-clock value without the offset, so values from sessions in different time zones cannot be compared, and DST changes make them ambiguous.</source>
        <translation>timestamp stocke l&apos;heure murale sans décalage : les valeurs de sessions dans des fuseaux différents ne sont pas comparables, et les changements d&apos;heure les rendent ambiguës.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="132"/>
        <source>When the column runs out, inserts fail; widening it later rewrites the table and its indexes under ACCESS EXCLUSIVE. bigint costs 4 more bytes per row.</source>
        <translation>Quand la colonne est épuisée, les insertions échouent ; l&apos;élargir plus tard réécrit la table et ses index sous ACCESS EXCLUSIVE. bigint coûte 4 octets de plus par ligne.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="135"/>
        <source>serial creates a separately owned sequence with its own grants and dump quirks; identity columns are the SQL-standard replacement and keep the sequence tied to the column.</source>
        <translation>serial crée une séquence à propriétaire distinct, avec ses propres droits et particularités de dump ; les colonnes d&apos;identité sont le remplacement standard SQL et lient la séquence à la colonne.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="144"/>
        <source>Use text (or varchar without a limit), with a CHECK constraint if a length matters.</source>
        <translation>Utilisez text (ou varchar sans limite), avec une contrainte CHECK si la longueur compte.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="145"/>
        <source>Use text with a CHECK (length(col) &lt;= n) constraint.</source>
        <translation>Utilisez text avec une contrainte CHECK (length(col) &lt;= n).</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="146"/>
        <source>Use timestamptz (timestamp with time zone).</source>
        <translation>Utilisez timestamptz (timestamp with time zone).</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="148"/>
        <source>Use bigint (or bigserial / a bigint identity column).</source>
        <translation>Utilisez bigint (ou bigserial / une colonne d&apos;identité bigint).</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/columntyperule.cpp" line="149"/>
        <source>Use bigint GENERATED BY DEFAULT AS IDENTITY (or GENERATED ALWAYS).</source>
        <translation>Utilisez bigint GENERATED BY DEFAULT AS IDENTITY (ou GENERATED ALWAYS).</translation>
    </message>
</context>
<context>
    <name>ConnectionArguments</name>
    <message>
        <location filename="../app/cli/connectionargument.cpp" line="22"/>
        <source>Unknown connection &quot;%1&quot;.</source>
        <translation>Connexion inconnue « %1 ».</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="28"/>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="60"/>
        <source>Invalid port &quot;%1&quot;: expected a number from 1 to 65535.</source>
        <translation>Port « %1 » invalide : nombre de 1 à 65535 attendu.</translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="68"/>
        <source>Unknown sslmode &quot;%1&quot;; expected one of %2.</source>
        <translation>sslmode « %1 » inconnu ; valeurs attendues : %2.</translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="154"/>
        <source>The connection string is empty.</source>
        <translation>La chaîne de connexion est vide.</translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="170"/>
        <source>No service name given.</source>
        <translation>Aucun nom de service indiqué.</translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="189"/>
        <source>Port %1 is out of range (1-65535).</source>
        <translation>Le port %1 est hors limites (1-65535).</translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="246"/>
        <location filename="../core/db/connectionprofile.cpp" line="251"/>
        <source>Replica: %1</source>
        <translation>Réplica : %1</translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="248"/>
        <source>Replica: leave the password out (it would be saved in a file); .pgpass or this connection&apos;s password is used.</source>
        <translation>Réplica : omettez le mot de passe (il serait enregistré dans un fichier) ; .pgpass ou le mot de passe de cette connexion est utilisé.</translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="285"/>
        <source>service %1</source>
        <translation>service %1</translation>
    </message>
</context>
<context>
    <name>ConstraintMissingNotValid</name>
    <message>
        <location filename="../core/lint/rules/constraintmissingnotvalid.cpp" line="21"/>
        <source>Adding a constraint without NOT VALID checks every row under a blocking lock</source>
        <translation>Ajouter une contrainte sans NOT VALID vérifie chaque ligne sous un verrou bloquant</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/constraintmissingnotvalid.cpp" line="37"/>
        <source>Validating %1 in the same transaction that added it NOT VALID keeps the blocking lock during the scan.</source>
        <translation>Valider %1 dans la transaction qui l&apos;a ajoutée NOT VALID garde le verrou bloquant pendant le parcours.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/constraintmissingnotvalid.cpp" line="39"/>
        <source>ADD CONSTRAINT ... NOT VALID took an ACCESS EXCLUSIVE lock on %1 that is held until COMMIT, so the VALIDATE scan runs while every read and write waits.</source>
        <translation>ADD CONSTRAINT ... NOT VALID a pris sur %1 un verrou ACCESS EXCLUSIVE conservé jusqu&apos;au COMMIT, donc le parcours de VALIDATE s&apos;exécute pendant que toute lecture et écriture attend.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/constraintmissingnotvalid.cpp" line="41"/>
        <source>COMMIT after adding the constraint NOT VALID and run VALIDATE CONSTRAINT in its own transaction (or a later migration).</source>
        <translation>Faites COMMIT après l&apos;ajout de la contrainte NOT VALID et exécutez VALIDATE CONSTRAINT dans sa propre transaction (ou une migration ultérieure).</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/constraintmissingnotvalid.cpp" line="55"/>
        <source>The new constraint on %1 is checked against every row while the table is locked.</source>
        <translation>La nouvelle contrainte sur %1 est vérifiée sur chaque ligne pendant que la table est verrouillée.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/constraintmissingnotvalid.cpp" line="56"/>
        <source>Constraint %1 on %2 is checked against every row while the table is locked.</source>
        <translation>La contrainte %1 sur %2 est vérifiée sur chaque ligne pendant que la table est verrouillée.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/constraintmissingnotvalid.cpp" line="57"/>
        <source>Without NOT VALID, PostgreSQL verifies all existing rows inside the ALTER TABLE, holding a lock that blocks writes (and, for most constraints, reads) for the whole scan.</source>
        <translation>Sans NOT VALID, PostgreSQL vérifie toutes les lignes existantes dans l&apos;ALTER TABLE, en tenant un verrou qui bloque les écritures (et, pour la plupart des contraintes, les lectures) pendant tout le parcours.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/constraintmissingnotvalid.cpp" line="59"/>
        <source>A UNIQUE, PRIMARY KEY or EXCLUDE constraint cannot be NOT VALID: build the index with CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... USING INDEX.</source>
        <translation>Une contrainte UNIQUE, PRIMARY KEY ou EXCLUDE ne peut pas être NOT VALID : construisez l&apos;index avec CREATE UNIQUE INDEX CONCURRENTLY, puis ADD CONSTRAINT ... USING INDEX.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/constraintmissingnotvalid.cpp" line="61"/>
        <source>Add the constraint NOT VALID (only new rows are checked), then run ALTER TABLE ... VALIDATE CONSTRAINT in a separate transaction; it does not block reads or writes.</source>
        <translation>Ajoutez la contrainte NOT VALID (seules les nouvelles lignes sont vérifiées), puis exécutez ALTER TABLE ... VALIDATE CONSTRAINT dans une transaction séparée ; cela ne bloque ni lectures ni écritures.</translation>
    </message>
</context>
<context>
    <name>DbError</name>
    <message>
        <location filename="../core/db/dberror.cpp" line="56"/>
        <source>Invalid connection settings</source>
        <translation>Paramètres de connexion invalides</translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="57"/>
        <source>Server unreachable</source>
        <translation>Serveur injoignable</translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="58"/>
        <source>Authentication failed</source>
        <translation>Échec de l&apos;authentification</translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="59"/>
        <source>Password required</source>
        <translation>Mot de passe requis</translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="60"/>
        <source>Database does not exist</source>
        <translation>La base de données n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="61"/>
        <source>Role does not exist</source>
        <translation>Le rôle n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="62"/>
        <source>TLS/SSL failure</source>
        <translation>Échec TLS/SSL</translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="63"/>
        <source>Connection lost</source>
        <translation>Connexion perdue</translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="64"/>
        <source>Query cancelled</source>
        <translation>Requête annulée</translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="65"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="66"/>
        <source>The server rejected the statement</source>
        <translation>Le serveur a rejeté l&apos;instruction</translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="67"/>
        <source>Internal error</source>
        <translation>Erreur interne</translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="97"/>
        <source>SQLSTATE: %1</source>
        <translation>SQLSTATE : %1</translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="100"/>
        <source>At line %1, column %2</source>
        <translation>Ligne %1, colonne %2</translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="102"/>
        <source>Detail: %1</source>
        <translation>Détail : %1</translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="104"/>
        <source>Hint: %1</source>
        <translation>Astuce : %1</translation>
    </message>
    <message>
        <location filename="../core/db/dberror.cpp" line="106"/>
        <source>Context: %1</source>
        <translation>Contexte : %1</translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="44"/>
        <source>Cannot read the embedded demo file %1: %2</source>
        <translation>Impossible de lire le fichier de démo intégré %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="58"/>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, ligne %2, colonne %3 : %4</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="83"/>
        <source>Invalid connection string: %1</source>
        <translation>Chaîne de connexion invalide : %1</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="102"/>
        <source>Loading the demo failed in %1, line %2 (statement %3: %4)
%5</source>
        <translation>Échec du chargement de la démo dans %1, ligne %2 (instruction %3 : %4)
%5</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="119"/>
        <source>The demo database needs a name.</source>
        <translation>La base de démo doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="121"/>
        <source>The number of demo orders must be between 1 and %1, not %2.</source>
        <translation>Le nombre de commandes de démo doit être compris entre 1 et %1, pas %2.</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="135"/>
        <source>schema.sql has no &quot;-- slipway:post-data&quot; line.</source>
        <translation>schema.sql n&apos;a pas de ligne « -- slipway:post-data ».</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="147"/>
        <source>Creating tables, types, functions and views</source>
        <translation>Création des tables, types, fonctions et vues</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="151"/>
        <source>Building keys, indexes and triggers</source>
        <translation>Construction des clés, index et triggers</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="158"/>
        <source>Generating rows for %1</source>
        <translation>Génération des lignes pour %1</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="159"/>
        <source>Generating data</source>
        <translation>Génération des données</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="164"/>
        <source>Analyzing tables</source>
        <translation>Analyse des tables</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="168"/>
        <source>Creating database %1</source>
        <translation>Création de la base %1</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="177"/>
        <source>Cannot connect to the server to create the demo database: %1</source>
        <translation>Impossible de se connecter au serveur pour créer la base de démo : %1</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="180"/>
        <source>Cannot create the demo database %1: %2</source>
        <translation>Impossible de créer la base de démo %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="187"/>
        <source>Connecting to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="205"/>
        <source>Committing</source>
        <translation>Validation (commit)</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="208"/>
        <source>Lost the connection to the demo database %1: %2</source>
        <translation>Connexion à la base de démo %1 perdue : %2</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="211"/>
        <source>Loading the demo database %1 failed: %2</source>
        <translation>Échec du chargement de la base de démo %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="214"/>
        <source>Demo database %1 is ready</source>
        <translation>La base de démo %1 est prête</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="221"/>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="230"/>
        <source>The demo migrations are missing from this build.</source>
        <translation>Les migrations de démo sont absentes de cette version.</translation>
    </message>
    <message>
        <location filename="../core/db/demodatabase.cpp" line="239"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <location filename="../app/cli/diffcommand.cpp" line="46"/>
        <source>Run &quot;slipway-cli diff --help&quot; for usage.</source>
        <translation>Lancez « slipway-cli diff --help » pour l&apos;usage.</translation>
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
        <translation>Usage : slipway-cli diff &lt;de&gt; &lt;vers&gt; [--format sql|json] [--down] [--exit-code]
                        [--schema S]... [--exclude-schema S]...
                        [--ignore-owners] [--ignore-privileges] [--ignore-comments]
                        [--rehearse &lt;scratch-conn&gt;]

Compare deux schémas et affiche le plan qui transforme &lt;de&gt; en &lt;vers&gt; : des instructions
dans l&apos;ordre des dépendances avec les verrous les plus légers (CONCURRENTLY, NOT VALID puis
VALIDATE, ...), chacune avec ses risques, puis des requêtes qui vérifient le résultat.

&lt;de&gt; et &lt;vers&gt; sont chacun un fichier d&apos;instantané (slipway-cli snapshot -o FICHIER.json),
un nom de profil enregistré, une URI libpq (postgresql://...) ou un conninfo key=value.

Options :
  --format sql|json       format de sortie (défaut sql)
  --down                  afficher le plan inverse (de &lt;vers&gt; vers &lt;de&gt;)
  --exit-code             sortir avec 2 si les schémas diffèrent, 0 sinon
  --schema S              comparer uniquement le schéma S (répétable)
  --exclude-schema S      exclure le schéma S (répétable)
  --ignore-owners         ne pas comparer les propriétaires
  --ignore-privileges     ne pas comparer les droits
  --ignore-comments       ne pas comparer les commentaires
  --lock-timeout MS       lock_timeout défini avant chaque instruction (défaut 3000)
  --statement-timeout MS  statement_timeout avant chaque instruction (défaut 0 :
                          aucun ; constructions d&apos;index et validations toujours à 0)
  --rehearse CONN         vérifier le plan avant de l&apos;afficher : créer une base jetable
                          sur le serveur CONN (son rôle doit avoir CREATEDB),
                          y charger &lt;de&gt;, exécuter le plan up instruction par
                          instruction, recomparer avec &lt;vers&gt; (doit être vide), exécuter le
                          plan down, recomparer avec &lt;de&gt; ; la base est ensuite
                          supprimée. Le verdict va sur stderr (« rehearsal »
                          en JSON) ; code de sortie 1 s&apos;il n&apos;est pas propre.
</translation>
    </message>
    <message>
        <location filename="../app/cli/diffcommand.cpp" line="123"/>
        <location filename="../app/cli/diffcommand.cpp" line="137"/>
        <source>Interrupted.</source>
        <translation>Interrompu.</translation>
    </message>
    <message>
        <location filename="../app/cli/diffcommand.cpp" line="175"/>
        <source>Interrupted: cancelling and dropping the scratch database...</source>
        <translation>Interrompu : annulation et suppression de la base jetable...</translation>
    </message>
    <message>
        <location filename="../app/cli/diffcommand.cpp" line="215"/>
        <source>Expected &lt;from&gt; and &lt;to&gt;.</source>
        <translation>&lt;de&gt; et &lt;vers&gt; attendus.</translation>
    </message>
    <message>
        <location filename="../app/cli/diffcommand.cpp" line="216"/>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/diffcommand.cpp" line="222"/>
        <source>Unknown format &quot;%1&quot; (sql or json).</source>
        <translation>Format « %1 » inconnu (sql ou json).</translation>
    </message>
    <message>
        <location filename="../app/cli/diffcommand.cpp" line="233"/>
        <source>Timeouts are whole milliseconds.</source>
        <translation>Les délais sont en millisecondes entières.</translation>
    </message>
    <message>
        <location filename="../app/cli/diffcommand.cpp" line="290"/>
        <source>-- No differences.</source>
        <translation>-- Aucune différence.</translation>
    </message>
</context>
<context>
    <name>DiffEntries</name>
    <message>
        <location filename="../core/diff/diffentry.cpp" line="107"/>
        <source>identical</source>
        <translation>identique</translation>
    </message>
    <message>
        <location filename="../core/diff/diffentry.cpp" line="108"/>
        <source>different</source>
        <translation>différent</translation>
    </message>
    <message>
        <location filename="../core/diff/diffentry.cpp" line="109"/>
        <source>only in source</source>
        <translation>seulement dans la source</translation>
    </message>
    <message>
        <location filename="../core/diff/diffentry.cpp" line="110"/>
        <source>only in target</source>
        <translation>seulement dans la cible</translation>
    </message>
</context>
<context>
    <name>DiffObject</name>
    <message>
        <location filename="../ui/diff/diffresult.cpp" line="185"/>
        <source>identical</source>
        <translation>identique</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffresult.cpp" line="186"/>
        <source>different</source>
        <translation>différent</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffresult.cpp" line="187"/>
        <source>only in source</source>
        <translation>seulement dans la source</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffresult.cpp" line="188"/>
        <source>only in target</source>
        <translation>seulement dans la cible</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffresult.cpp" line="196"/>
        <source>Schemas</source>
        <translation>Schémas</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffresult.cpp" line="197"/>
        <source>Extensions</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffresult.cpp" line="198"/>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffresult.cpp" line="199"/>
        <source>Sequences</source>
        <translation>Séquences</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffresult.cpp" line="200"/>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffresult.cpp" line="201"/>
        <source>Materialized views</source>
        <translation>Vues matérialisées</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffresult.cpp" line="202"/>
        <source>Functions and procedures</source>
        <translation>Fonctions et procédures</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffresult.cpp" line="203"/>
        <source>Aggregates</source>
        <translation>Agrégats</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffresult.cpp" line="204"/>
        <source>Enum types</source>
        <translation>Types énumérés</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffresult.cpp" line="205"/>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffresult.cpp" line="206"/>
        <source>Composite types</source>
        <translation>Types composites</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffresult.cpp" line="285"/>
        <source>lock: %1 on %2</source>
        <translation>verrou : %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffresult.cpp" line="289"/>
        <source>hazard (%1): %2</source>
        <translation>risque (%1) : %2</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffresult.cpp" line="293"/>
        <source>outside a transaction (run it on its own)</source>
        <translation>hors transaction (à exécuter seule)</translation>
    </message>
</context>
<context>
    <name>DmlWithoutWhere</name>
    <message>
        <location filename="../core/lint/rules/strongdmlwithoutwhere.cpp" line="18"/>
        <source>UPDATE or DELETE without WHERE changes the whole table in one transaction</source>
        <translation>UPDATE ou DELETE sans WHERE modifie toute la table en une transaction</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongdmlwithoutwhere.cpp" line="28"/>
        <source>This UPDATE has no WHERE clause: it rewrites every row of %1 in one transaction.</source>
        <translation>Cet UPDATE n&apos;a pas de clause WHERE : il réécrit chaque ligne de %1 en une transaction.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongdmlwithoutwhere.cpp" line="29"/>
        <source>This DELETE has no WHERE clause: it deletes every row of %1 in one transaction.</source>
        <translation>Ce DELETE n&apos;a pas de clause WHERE : il supprime chaque ligne de %1 en une transaction.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongdmlwithoutwhere.cpp" line="30"/>
        <source>Every changed row stays locked until the statement commits, so concurrent writers to those rows wait; the table doubles in size with dead row versions until vacuum, WAL volume spikes and replicas fall behind.</source>
        <translation>Chaque ligne modifiée reste verrouillée jusqu&apos;au commit de l&apos;instruction, donc les écrivains concurrents de ces lignes attendent ; la table double de taille avec des versions mortes jusqu&apos;au VACUUM, le volume de WAL grimpe et les réplicas prennent du retard.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongdmlwithoutwhere.cpp" line="33"/>
        <source>Backfill in batches: UPDATE ... WHERE id &gt; $last AND id &lt;= $last + 10000, committing between batches and pausing when replication lag grows.</source>
        <translation>Remplissez par lots : UPDATE ... WHERE id &gt; $last AND id &lt;= $last + 10000, avec commit entre les lots et pause quand le retard de réplication augmente.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongdmlwithoutwhere.cpp" line="35"/>
        <source>Delete in batches with a keyset WHERE clause, committing between batches; to empty the table on purpose, TRUNCATE is instant (but takes ACCESS EXCLUSIVE).</source>
        <translation>Supprimez par lots avec une clause WHERE par keyset, avec commit entre les lots ; pour vider la table volontairement, TRUNCATE est instantané (mais prend ACCESS EXCLUSIVE).</translation>
    </message>
</context>
<context>
    <name>DomainConstraintRule</name>
    <message>
        <location filename="../core/lint/rules/domainconstraintrule.cpp" line="25"/>
        <source>Constraints on domains are checked against every column using the domain</source>
        <translation>Les contraintes de domaine sont vérifiées sur chaque colonne utilisant le domaine</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/domainconstraintrule.cpp" line="44"/>
        <source>Adding a constraint to domain %1 checks every column of that type.</source>
        <translation>Ajouter une contrainte au domaine %1 vérifie chaque colonne de ce type.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/domainconstraintrule.cpp" line="45"/>
        <source>Domain %1 carries a constraint.</source>
        <translation>Le domaine %1 porte une contrainte.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/domainconstraintrule.cpp" line="46"/>
        <source>Domain constraints are checked for every table column of the domain, with locks on those tables, and they cannot be changed or validated per table; changing them later is hard to do without blocking.</source>
        <translation>Les contraintes de domaine sont vérifiées pour chaque colonne de table du domaine, avec des verrous sur ces tables, et ne peuvent être modifiées ni validées table par table ; les changer plus tard sans blocage est difficile.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/domainconstraintrule.cpp" line="49"/>
        <source>Put the CHECK constraint on the table columns instead (added NOT VALID, then validated).</source>
        <translation>Placez plutôt la contrainte CHECK sur les colonnes de table (ajoutée NOT VALID, puis validée).</translation>
    </message>
</context>
<context>
    <name>DriftCheck</name>
    <message>
        <location filename="../core/migrations/driftcheck.cpp" line="111"/>
        <source>Applying %1</source>
        <translation>Application de %1</translation>
    </message>
    <message>
        <location filename="../core/migrations/driftcheck.cpp" line="143"/>
        <source>The migrations did not apply (%1).</source>
        <translation>Les migrations n&apos;ont pas pu être appliquées (%1).</translation>
    </message>
    <message>
        <location filename="../core/migrations/driftcheck.cpp" line="214"/>
        <source>Reading the migrations folder</source>
        <translation>Lecture du dossier de migrations</translation>
    </message>
    <message>
        <location filename="../core/migrations/driftcheck.cpp" line="220"/>
        <source>Reading the applied migrations</source>
        <translation>Lecture des migrations appliquées</translation>
    </message>
    <message>
        <location filename="../core/migrations/driftcheck.cpp" line="228"/>
        <source>Creating a scratch database</source>
        <translation>Création d&apos;une base jetable</translation>
    </message>
    <message>
        <location filename="../core/migrations/driftcheck.cpp" line="243"/>
        <source>Reading the expected schema</source>
        <translation>Lecture du schéma attendu</translation>
    </message>
    <message>
        <location filename="../core/migrations/driftcheck.cpp" line="246"/>
        <source>Reading the live schema</source>
        <translation>Lecture du schéma en service</translation>
    </message>
    <message>
        <location filename="../core/migrations/driftcheck.cpp" line="248"/>
        <source>Comparing</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <location filename="../core/migrations/driftcheck.cpp" line="268"/>
        <source>Dropping the scratch database</source>
        <translation>Suppression de la base jetable</translation>
    </message>
    <message>
        <location filename="../core/migrations/driftcheck.cpp" line="272"/>
        <source>Could not drop the scratch database %1; drop it by hand.</source>
        <translation>Impossible de supprimer la base jetable %1 ; supprimez-la à la main.</translation>
    </message>
    <message>
        <location filename="../core/migrations/driftcheck.cpp" line="273"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>DriftCommand</name>
    <message>
        <location filename="../app/cli/driftcommand.cpp" line="47"/>
        <source>Run &quot;slipway-cli drift --help&quot; for usage.</source>
        <translation>Lancez « slipway-cli drift --help » pour l&apos;usage.</translation>
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
        <translation>Usage : slipway-cli drift &lt;conn&gt; --dir DOSSIER --scratch &lt;conn&gt; [--format text|sql|json]
                         [--exit-code] [--all | --to VERSION] [--schema S]...
                         [--exclude-schema S]... [--ignore-owners]
                         [--ignore-privileges] [--ignore-comments]

Applique les migrations de DOSSIER que &lt;conn&gt; a appliquées à une base jetable
créée sur le serveur --scratch (supprimée ensuite), la compare à &lt;conn&gt; et
affiche la dérive : ce que la base contient sans que les migrations l&apos;expliquent, et
l&apos;inverse. Les tables d&apos;historique et le schéma slipway sont ignorés.
Lignes texte : « + » seulement dans la base, « - » seulement dans les migrations, « ~ » diffère
(ce que disent les migrations -&gt; ce que contient la base).

&lt;conn&gt; est un nom de profil enregistré, une URI libpq (postgresql://...) ou une chaîne
conninfo key=value. Le rôle --scratch doit avoir CREATEDB.

Options :
  --dir DOSSIER           le dossier de migrations
  --scratch CONN          serveur de la base jetable
  --format text|sql|json  objets en dérive (défaut), le plan qui supprime la
                          dérive, ou tout en JSON
  --migrations-format F   flyway, golang-migrate, dbmate, sqitch, prisma ou plain
                          (défaut : détecté)
  --exit-code             sortir avec 2 en cas de dérive
  --all                   appliquer toutes les migrations du dossier, appliquées ou non
  --to VERSION            appliquer les migrations du dossier jusqu&apos;à VERSION
  --schema S              comparer uniquement le schéma S (répétable)
  --exclude-schema S      exclure le schéma S (répétable)
  --ignore-owners         ne pas comparer les propriétaires
  --ignore-privileges     ne pas comparer les droits
  --ignore-comments       ne pas comparer les commentaires

Codes de sortie : 0 aucune dérive (ou dérive sans --exit-code), 1 vérification impossible ou
migration qui ne s&apos;applique pas proprement, 2 dérive avec --exit-code, 3 interrompu.
</translation>
    </message>
    <message>
        <location filename="../app/cli/driftcommand.cpp" line="109"/>
        <source>(only in the database)</source>
        <translation>(seulement dans la base)</translation>
    </message>
    <message>
        <location filename="../app/cli/driftcommand.cpp" line="112"/>
        <source>(only in the migrations)</source>
        <translation>(seulement dans les migrations)</translation>
    </message>
    <message>
        <location filename="../app/cli/driftcommand.cpp" line="116"/>
        <source>(differs)</source>
        <translation>(diffère)</translation>
    </message>
    <message>
        <location filename="../app/cli/driftcommand.cpp" line="121"/>
        <location filename="../app/cli/driftcommand.cpp" line="122"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../app/cli/driftcommand.cpp" line="130"/>
        <source>%1 %2 does not apply cleanly: %3: %4</source>
        <translation>%1 %2 ne s&apos;applique pas proprement : %3 : %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/driftcommand.cpp" line="144"/>
        <source>No drift: the database matches its %n applied migration(s).</source>
        <translation>
            <numerusform>Aucune dérive : la base correspond à sa %n migration appliquée.</numerusform>
            <numerusform>Aucune dérive : la base correspond à ses %n migrations appliquées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/driftcommand.cpp" line="161"/>
        <source>%n drifted object(s) against %1 applied migration(s).</source>
        <translation>
            <numerusform>%n objet en dérive par rapport à %1 migrations appliquées.</numerusform>
            <numerusform>%n objets en dérive par rapport à %1 migrations appliquées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/driftcommand.cpp" line="236"/>
        <source>Missing &lt;conn&gt;.</source>
        <translation>&lt;conn&gt; manquant.</translation>
    </message>
    <message>
        <location filename="../app/cli/driftcommand.cpp" line="238"/>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/driftcommand.cpp" line="239"/>
        <source>Missing --dir FOLDER.</source>
        <translation>--dir DOSSIER manquant.</translation>
    </message>
    <message>
        <location filename="../app/cli/driftcommand.cpp" line="241"/>
        <source>Missing --scratch CONN (a server where a throw-away database may be created).</source>
        <translation>--scratch CONN manquant (un serveur où une base jetable peut être créée).</translation>
    </message>
    <message>
        <location filename="../app/cli/driftcommand.cpp" line="246"/>
        <source>Unknown format &quot;%1&quot; (text, sql or json).</source>
        <translation>Format « %1 » inconnu (text, sql ou json).</translation>
    </message>
    <message>
        <location filename="../app/cli/driftcommand.cpp" line="248"/>
        <source>--all and --to exclude each other.</source>
        <translation>--all et --to s&apos;excluent mutuellement.</translation>
    </message>
    <message>
        <location filename="../app/cli/driftcommand.cpp" line="250"/>
        <source>No folder %1.</source>
        <translation>Pas de dossier %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/driftcommand.cpp" line="256"/>
        <source>Unknown migrations format &quot;%1&quot;.</source>
        <translation>Format de migrations « %1 » inconnu.</translation>
    </message>
    <message>
        <location filename="../app/cli/driftcommand.cpp" line="301"/>
        <source>Interrupted: cancelling and dropping the scratch database...</source>
        <translation>Interrompu : annulation et suppression de la base jetable...</translation>
    </message>
    <message>
        <location filename="../app/cli/driftcommand.cpp" line="308"/>
        <source>Could not drop the scratch database %1; drop it by hand.</source>
        <translation>Impossible de supprimer la base jetable %1 ; supprimez-la à la main.</translation>
    </message>
    <message>
        <location filename="../app/cli/driftcommand.cpp" line="315"/>
        <source>-- No drift.</source>
        <translation>-- Aucune dérive.</translation>
    </message>
    <message>
        <location filename="../app/cli/driftcommand.cpp" line="330"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>EditorToolTips</name>
    <message>
        <location filename="../ui/editor/editortooltips.cpp" line="29"/>
        <source>Why:</source>
        <translation>Pourquoi :</translation>
    </message>
    <message>
        <location filename="../ui/editor/editortooltips.cpp" line="31"/>
        <source>Safe pattern:</source>
        <translation>Modèle sûr :</translation>
    </message>
    <message>
        <location filename="../ui/editor/editortooltips.cpp" line="35"/>
        <source>Quick fix%1: %2</source>
        <translation>Correction rapide%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/editor/editortooltips.cpp" line="53"/>
        <source>%1 lock</source>
        <translation>verrou %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/editortooltips.cpp" line="57"/>
        <source>Effect:</source>
        <translation>Effet :</translation>
    </message>
    <message>
        <location filename="../ui/editor/editortooltips.cpp" line="65"/>
        <source>size unknown</source>
        <translation>taille inconnue</translation>
    </message>
    <message>
        <location filename="../ui/editor/editortooltips.cpp" line="73"/>
        <source>Cannot run inside a transaction block. %1</source>
        <translation>Ne peut pas s&apos;exécuter dans un bloc de transaction. %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/editortooltips.cpp" line="75"/>
        <source>The answer depends on the server version.</source>
        <translation>La réponse dépend de la version du serveur.</translation>
    </message>
    <message>
        <location filename="../ui/editor/editortooltips.cpp" line="77"/>
        <source>Connect to see the table sizes on this database.</source>
        <translation>Connectez-vous pour voir la taille des tables de cette base.</translation>
    </message>
    <message>
        <location filename="../ui/editor/editortooltips.cpp" line="92"/>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>ExecutionEvent</name>
    <message>
        <location filename="../core/run/executionevent.cpp" line="57"/>
        <source>statement %1 (line %2)</source>
        <translation>instruction %1 (ligne %2)</translation>
    </message>
    <message>
        <location filename="../core/run/executionevent.cpp" line="58"/>
        <source>statement %1</source>
        <translation>instruction %1</translation>
    </message>
    <message>
        <location filename="../core/run/executionevent.cpp" line="62"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../core/run/executionevent.cpp" line="65"/>
        <source>%1 done in %2 ms, %3 rows (%4)</source>
        <translation>%1 terminée en %2 ms, %3 lignes (%4)</translation>
    </message>
    <message>
        <location filename="../core/run/executionevent.cpp" line="66"/>
        <source>%1 done in %2 ms (%3)</source>
        <translation>%1 terminée en %2 ms (%3)</translation>
    </message>
    <message>
        <location filename="../core/run/executionevent.cpp" line="70"/>
        <source>line</source>
        <translation>ligne</translation>
    </message>
    <message>
        <location filename="../core/run/executionevent.cpp" line="72"/>
        <source>ERROR %1 at %2%3:%4: %5</source>
        <translation>ERREUR %1 à %2%3:%4 : %5</translation>
    </message>
    <message>
        <location filename="../core/run/executionevent.cpp" line="77"/>
        <source>ERROR %1: %2</source>
        <translation>ERREUR %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/run/executionevent.cpp" line="78"/>
        <source>DETAIL: %1</source>
        <translation>DÉTAIL : %1</translation>
    </message>
    <message>
        <location filename="../core/run/executionevent.cpp" line="79"/>
        <source>HINT: %1</source>
        <translation>ASTUCE : %1</translation>
    </message>
    <message>
        <location filename="../core/run/executionevent.cpp" line="84"/>
        <source>retry: %1</source>
        <translation>nouvel essai : %1</translation>
    </message>
</context>
<context>
    <name>ExecutionPlan</name>
    <message>
        <location filename="../core/run/executionplan.cpp" line="99"/>
        <source>The migration is marked to run without a transaction: each statement commits on its own.</source>
        <translation>La migration est marquée pour s&apos;exécuter sans transaction : chaque instruction est validée seule.</translation>
    </message>
    <message>
        <location filename="../core/run/executionplan.cpp" line="102"/>
        <source>The script controls its own transactions (BEGIN/COMMIT): its statements run as written, without an extra transaction around them.</source>
        <translation>Le script gère ses propres transactions (BEGIN/COMMIT) : ses instructions s&apos;exécutent telles qu&apos;écrites, sans transaction supplémentaire autour.</translation>
    </message>
    <message>
        <location filename="../core/run/executionplan.cpp" line="115"/>
        <source>Statement %1 (line %2) runs outside a transaction: %3.</source>
        <translation>L&apos;instruction %1 (ligne %2) s&apos;exécute hors transaction : %3.</translation>
    </message>
    <message>
        <location filename="../core/run/executionplan.cpp" line="121"/>
        <source>The migration runs in %1 steps; if a later step fails, the earlier ones stay applied.</source>
        <translation>La migration s&apos;exécute en %1 étapes ; si une étape ultérieure échoue, les précédentes restent appliquées.</translation>
    </message>
</context>
<context>
    <name>FreePort</name>
    <message>
        <location filename="../core/db/freeport.cpp" line="28"/>
        <source>%1 is not an IPv4 address</source>
        <translation>%1 n&apos;est pas une adresse IPv4</translation>
    </message>
    <message>
        <location filename="../core/db/freeport.cpp" line="54"/>
        <source>No free TCP port on %1: %2</source>
        <translation>Aucun port TCP libre sur %1 : %2</translation>
    </message>
</context>
<context>
    <name>IdentifierTooLong</name>
    <message>
        <location filename="../core/lint/rules/identifiertoolong.cpp" line="19"/>
        <source>Identifiers longer than 63 bytes are silently truncated</source>
        <translation>Les identifiants de plus de 63 octets sont tronqués silencieusement</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/identifiertoolong.cpp" line="33"/>
        <source>Identifier %1 is %2 bytes; PostgreSQL keeps only the first 63.</source>
        <translation>L&apos;identifiant %1 fait %2 octets ; PostgreSQL ne garde que les 63 premiers.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/identifiertoolong.cpp" line="34"/>
        <source>The name is truncated without an error, so the object gets a different name than the migration says, and two long names can collide.</source>
        <translation>Le nom est tronqué sans erreur, l&apos;objet reçoit donc un autre nom que celui de la migration, et deux noms longs peuvent entrer en collision.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/identifiertoolong.cpp" line="36"/>
        <source>Use a name of at most 63 bytes.</source>
        <translation>Utilisez un nom de 63 octets au plus.</translation>
    </message>
</context>
<context>
    <name>IndexConstraintRule</name>
    <message>
        <location filename="../core/lint/rules/indexconstraintrule.cpp" line="27"/>
        <source>Adding a primary key builds its index while reads and writes wait</source>
        <translation>L&apos;ajout d&apos;une clé primaire construit son index pendant que lectures et écritures attendent</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/indexconstraintrule.cpp" line="28"/>
        <source>Adding a UNIQUE constraint builds its index while reads and writes wait</source>
        <translation>L&apos;ajout d&apos;une contrainte UNIQUE construit son index pendant que lectures et écritures attendent</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/indexconstraintrule.cpp" line="53"/>
        <source>Adding a primary key to %1 builds a unique index while the table is locked.</source>
        <translation>L&apos;ajout d&apos;une clé primaire à %1 construit un index unique pendant que la table est verrouillée.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/indexconstraintrule.cpp" line="54"/>
        <source>Adding a UNIQUE constraint to %1 builds a unique index while the table is locked.</source>
        <translation>L&apos;ajout d&apos;une contrainte UNIQUE à %1 construit un index unique pendant que la table est verrouillée.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/indexconstraintrule.cpp" line="55"/>
        <source>The constraint&apos;s index is built inside the ALTER TABLE under an ACCESS EXCLUSIVE lock: every read and write of %1 waits until the whole table has been indexed.</source>
        <translation>L&apos;index de la contrainte est construit dans l&apos;ALTER TABLE sous un verrou ACCESS EXCLUSIVE : toute lecture et écriture de %1 attend que la table entière soit indexée.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/indexconstraintrule.cpp" line="57"/>
        <source>CREATE UNIQUE INDEX CONCURRENTLY first (make the columns NOT NULL safely too), then ALTER TABLE ... ADD CONSTRAINT ... PRIMARY KEY USING INDEX.</source>
        <translation>D&apos;abord CREATE UNIQUE INDEX CONCURRENTLY (en passant aussi les colonnes en NOT NULL de façon sûre), puis ALTER TABLE ... ADD CONSTRAINT ... PRIMARY KEY USING INDEX.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/indexconstraintrule.cpp" line="59"/>
        <source>CREATE UNIQUE INDEX CONCURRENTLY first, then ALTER TABLE ... ADD CONSTRAINT ... UNIQUE USING INDEX, which is instant.</source>
        <translation>D&apos;abord CREATE UNIQUE INDEX CONCURRENTLY, puis ALTER TABLE ... ADD CONSTRAINT ... UNIQUE USING INDEX, qui est instantané.</translation>
    </message>
</context>
<context>
    <name>IndexTooManyColumns</name>
    <message>
        <location filename="../core/lint/rules/strongindextoomanycolumns.cpp" line="21"/>
        <source>A non-unique index over more than three columns rarely pays off</source>
        <translation>Un index non unique sur plus de trois colonnes est rarement rentable</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongindextoomanycolumns.cpp" line="33"/>
        <source>This index on %1 has %2 key columns.</source>
        <translation>Cet index sur %1 a %2 colonnes de clé.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongindextoomanycolumns.cpp" line="34"/>
        <source>Index %1 on %2 has %3 key columns.</source>
        <translation>L&apos;index %1 sur %2 a %3 colonnes de clé.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongindextoomanycolumns.cpp" line="35"/>
        <source>Beyond the first few columns a B-tree rarely narrows a search further, but every INSERT and UPDATE pays for the wider entries, the index is larger to build and to keep in memory, and HOT updates become rarer.</source>
        <translation>Au-delà des premières colonnes, un B-tree affine rarement la recherche, mais chaque INSERT et UPDATE paie des entrées plus larges, l&apos;index est plus gros à construire et à garder en mémoire, et les mises à jour HOT deviennent plus rares.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongindextoomanycolumns.cpp" line="38"/>
        <source>Index the %1 most selective columns that queries filter on; move columns that are only read into INCLUDE (...) for an index-only scan.</source>
        <translation>Indexez les %1 colonnes les plus sélectives sur lesquelles filtrent les requêtes ; déplacez les colonnes seulement lues dans INCLUDE (...) pour un parcours d&apos;index seul.</translation>
    </message>
</context>
<context>
    <name>Introspector</name>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="20"/>
        <source>Schema introspection was cancelled.</source>
        <translation>L&apos;introspection du schéma a été annulée.</translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="66"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="72"/>
        <source>Reading server information</source>
        <translation>Lecture des informations du serveur</translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="85"/>
        <source>Reading schemas</source>
        <translation>Lecture des schémas</translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="104"/>
        <source>Reading comments</source>
        <translation>Lecture des commentaires</translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="122"/>
        <source>Reading privileges</source>
        <translation>Lecture des droits</translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="139"/>
        <source>Reading extensions</source>
        <translation>Lecture des extensions</translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="152"/>
        <source>Reading tables and views</source>
        <translation>Lecture des tables et vues</translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="197"/>
        <source>Reading partitions and inheritance</source>
        <translation>Lecture des partitions et de l&apos;héritage</translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="215"/>
        <source>Reading types</source>
        <translation>Lecture des types</translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="263"/>
        <source>Reading columns</source>
        <translation>Lecture des colonnes</translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="301"/>
        <source>Reading constraints</source>
        <translation>Lecture des contraintes</translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="347"/>
        <source>Reading indexes</source>
        <translation>Lecture des index</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogreader.cpp" line="10"/>
        <source>Reading sequences</source>
        <translation>Lecture des séquences</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogreader.cpp" line="34"/>
        <source>Reading functions and procedures</source>
        <translation>Lecture des fonctions et procédures</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogreader.cpp" line="57"/>
        <source>Reading aggregates</source>
        <translation>Lecture des agrégats</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogreader.cpp" line="110"/>
        <source>Reading triggers</source>
        <translation>Lecture des triggers</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogreader.cpp" line="132"/>
        <source>Reading row-level security policies</source>
        <translation>Lecture des politiques de sécurité au niveau ligne</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogreader.cpp" line="150"/>
        <source>Reading sizes</source>
        <translation>Lecture des tailles</translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="395"/>
        <source>%1 (process %2)</source>
        <translation>%1 (processus %2)</translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="398"/>
        <source>Could not read the schema: a relation stayed locked by another session for more than %1 ms. Try again later.</source>
        <translation>Impossible de lire le schéma : une relation est restée verrouillée par une autre session plus de %1 ms. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="401"/>
        <source>Could not read the schema: waited %1 ms for locks. </source>
        <translation>Impossible de lire le schéma : %1 ms d&apos;attente de verrous. </translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="404"/>
        <source>Locked exclusively, probably by a running migration: %1. </source>
        <translation>Verrouillé en exclusif, probablement par une migration en cours : %1. </translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="407"/>
        <source>Waiting for an exclusive lock: %1. </source>
        <translation>En attente d&apos;un verrou exclusif : %1. </translation>
    </message>
    <message>
        <location filename="../core/catalog/introspector.cpp" line="409"/>
        <source>Try again when it has finished.</source>
        <translation>Réessayez lorsqu&apos;elle sera terminée.</translation>
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
        <translation>Usage : slipway-cli journal &lt;conn&gt; [-o FICHIER]

Affiche le journal Slipway d&apos;une base (slipway.journal : chaque migration que
Slipway y a exécutée, la plus ancienne d&apos;abord, avec état, durée, lignes, auteur,
le SQL, les erreurs avec SQLSTATE et l&apos;emplacement de son journal complet)
comme journal de migration JSON : une liste d&apos;un objet par migration. Lecture
seule ; une liste vide là où Slipway n&apos;a jamais tourné.

&lt;conn&gt; est un nom de profil enregistré, une URI libpq (postgresql://...) ou une
chaîne conninfo key=value.

Options :
  -o, --output FICHIER    écrire le journal dans FICHIER au lieu de la sortie standard
</translation>
    </message>
    <message>
        <location filename="../app/cli/journalcommand.cpp" line="66"/>
        <source>Missing &lt;conn&gt;.</source>
        <translation>&lt;conn&gt; manquant.</translation>
    </message>
    <message>
        <location filename="../app/cli/journalcommand.cpp" line="67"/>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/journalcommand.cpp" line="103"/>
        <source>%n journal entry(s) written to %1.</source>
        <translation>
            <numerusform>%n entrée de journal écrite dans %1.</numerusform>
            <numerusform>%n entrées de journal écrites dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LintCommand</name>
    <message>
        <location filename="../app/cli/lintcommand.cpp" line="48"/>
        <source>Run &quot;slipway-cli lint --help&quot; for usage.</source>
        <translation>Lancez « slipway-cli lint --help » pour l&apos;usage.</translation>
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
        <translation>Usage : slipway-cli lint [options] &lt;fichier|répertoire|glob&gt;...
       slipway-cli lint --list-rules

Vérifie les fichiers de migration pour les instructions qui verrouillent, réécrivent ou cassent une base en service
(les règles de squawk sous leurs noms squawk, plus les vérifications de strong_migrations). Un répertoire
désigne tous les fichiers *.sql qu&apos;il contient ; les globs entre guillemets sont développés (** = toute profondeur) ; « - »
lit l&apos;entrée standard.

Options :
  --reporter FORMAT      tty (défaut), gcc, json (champs de squawk), gitlab (Code
                         Quality) ou sarif (SARIF 2.1.0)
  -o, --output FICHIER   écrire le rapport dans FICHIER au lieu de la sortie standard
  --fail-on GRAVITÉ      sortir avec 1 si un résultat atteint hint, warning
                         (défaut) ou error ; erreurs de syntaxe et fichiers illisibles
                         comptent toujours
  --include RÈGLES       activer des règles optionnelles (séparées par des virgules, répétable)
  --exclude RÈGLES       désactiver des règles (séparées par des virgules, répétable ; l&apos;emporte sur
                         --include)
  --pg-version VERSION   le serveur où s&apos;exécutent les migrations : 11, 13.4 ou 150000
                         (défaut : celui du serveur connecté, sinon 15)
  --assume-in-transaction  l&apos;outil de migration enveloppe chaque fichier dans une transaction
  --connect CONN         lire le nombre de lignes et la taille des tables touchées
                         (un nom de profil enregistré, une URI libpq ou un conninfo key=value) :
                         les petites tables abaissent les résultats en astuces, les grandes les élèvent
                         en erreurs
  --stdin-filepath CHEMIN  le nom à indiquer pour « - »
  --list-rules           lister les règles (avec --reporter json : en JSON)

Dans GitHub Actions (GITHUB_ACTIONS=true), les résultats sont aussi affichés comme annotations
de workflow (sur la sortie d&apos;erreur quand le rapport lui-même est du JSON sur la sortie standard).
Codes de sortie : 0 propre, 1 résultats au niveau --fail-on ou au-dessus (ou pas de connexion), 64 usage.
</translation>
    </message>
    <message>
        <location filename="../app/cli/lintcommand.cpp" line="161"/>
        <source>opt-in</source>
        <translation>optionnelle</translation>
    </message>
    <message>
        <location filename="../app/cli/lintcommand.cpp" line="185"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/lintcommand.cpp" line="229"/>
        <source>Unknown reporter &quot;%1&quot;: use tty, gcc, json, gitlab or sarif.</source>
        <translation>Reporter « %1 » inconnu : utilisez tty, gcc, json, gitlab ou sarif.</translation>
    </message>
    <message>
        <location filename="../app/cli/lintcommand.cpp" line="235"/>
        <source>Unknown severity &quot;%1&quot; for --fail-on: use hint, warning or error.</source>
        <translation>Gravité « %1 » inconnue pour --fail-on : utilisez hint, warning ou error.</translation>
    </message>
    <message>
        <location filename="../app/cli/lintcommand.cpp" line="246"/>
        <source>Invalid --pg-version &quot;%1&quot;: write 11, 13.4 or 150000.</source>
        <translation>--pg-version « %1 » invalide : écrivez 11, 13.4 ou 150000.</translation>
    </message>
    <message>
        <location filename="../app/cli/lintcommand.cpp" line="261"/>
        <source>Unknown rule(s): %1. Run &quot;slipway-cli lint --list-rules&quot; for the list.</source>
        <translation>Règle(s) inconnue(s) : %1. Lancez « slipway-cli lint --list-rules » pour la liste.</translation>
    </message>
    <message>
        <location filename="../app/cli/lintcommand.cpp" line="275"/>
        <location filename="../app/cli/lintcommand.cpp" line="287"/>
        <source>No files to lint.</source>
        <translation>Aucun fichier à vérifier.</translation>
    </message>
    <message>
        <location filename="../app/cli/lintcommand.cpp" line="284"/>
        <source>warning: no SQL files match %1</source>
        <translation>avertissement : aucun fichier SQL ne correspond à %1</translation>
    </message>
    <message>
        <location filename="../app/cli/lintcommand.cpp" line="301"/>
        <source>warning: saved connection profiles not read: %1</source>
        <translation>avertissement : profils de connexion enregistrés non lus : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/lintcommand.cpp" line="318"/>
        <source>Cannot read table sizes from %1:</source>
        <translation>Impossible de lire la taille des tables depuis %1 :</translation>
    </message>
    <message>
        <location filename="../app/cli/lintcommand.cpp" line="361"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>LintEngine</name>
    <message>
        <location filename="../core/lint/lintengine.cpp" line="168"/>
        <source>PostgreSQL will reject this statement; nothing after it in the same transaction runs.</source>
        <translation>PostgreSQL rejettera cette instruction ; rien de ce qui suit dans la même transaction ne s&apos;exécutera.</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <location filename="../core/db/localstore.cpp" line="71"/>
        <source>The local store %1 cannot be used: %2. Slipway goes on without history and recent items; the file was left as it is.</source>
        <translation>Le stockage local %1 est inutilisable : %2. Slipway continue sans historique ni éléments récents ; le fichier est laissé tel quel.</translation>
    </message>
    <message>
        <location filename="../core/db/localstore.cpp" line="79"/>
        <source>the Qt SQLite driver is not installed</source>
        <translation>le pilote SQLite de Qt n&apos;est pas installé</translation>
    </message>
    <message>
        <location filename="../core/db/localstore.cpp" line="95"/>
        <source>it was written by a newer Slipway (schema %1, this one knows %2)</source>
        <translation>il a été écrit par un Slipway plus récent (schéma %1, celui-ci connaît %2)</translation>
    </message>
    <message>
        <location filename="../core/db/localstore.cpp" line="103"/>
        <source>integrity check failed: %1</source>
        <translation>échec du contrôle d&apos;intégrité : %1</translation>
    </message>
    <message>
        <location filename="../core/db/localstore.cpp" line="115"/>
        <location filename="../core/db/localstore.cpp" line="121"/>
        <source>upgrading its schema to version %1 failed: %2</source>
        <translation>échec de la mise à niveau de son schéma vers la version %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/db/localstore.cpp" line="145"/>
        <source>The local store is not open.</source>
        <translation>Le stockage local n&apos;est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>LockClassifier</name>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="382"/>
        <source>no table work</source>
        <translation>aucun travail sur table</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="383"/>
        <source>metadata only</source>
        <translation>métadonnées uniquement</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="384"/>
        <source>full table scan</source>
        <translation>parcours complet de la table</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="385"/>
        <source>index build</source>
        <translation>construction d&apos;index</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="386"/>
        <source>table rewrite</source>
        <translation>réécriture de la table</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="387"/>
        <source>row changes</source>
        <translation>modifications de lignes</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="388"/>
        <source>reads</source>
        <translation>lectures</translation>
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
        <translation>table</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="405"/>
        <source>CREATE INDEX CONCURRENTLY cannot run inside a transaction block</source>
        <translation>CREATE INDEX CONCURRENTLY ne peut pas s&apos;exécuter dans un bloc de transaction</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="406"/>
        <source>builds the index while reads and writes go on (two table scans)</source>
        <translation>construit l&apos;index pendant que lectures et écritures continuent (deux parcours de table)</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="409"/>
        <source>builds the index while blocking every write to the table</source>
        <translation>construit l&apos;index en bloquant toute écriture sur la table</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="420"/>
        <location filename="../core/sql/lockclassifier.cpp" line="449"/>
        <location filename="../core/sql/lockclassifier.cpp" line="452"/>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="422"/>
        <source>a rename is instant, but every query using the old name fails</source>
        <translation>un renommage est instantané, mais toute requête utilisant l&apos;ancien nom échoue</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="426"/>
        <source>TRUNCATE replaces the table&apos;s files: all rows are gone</source>
        <translation>TRUNCATE remplace les fichiers de la table : toutes les lignes disparaissent</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="434"/>
        <source>VACUUM FULL rewrites the table</source>
        <translation>VACUUM FULL réécrit la table</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="436"/>
        <source>VACUUM cannot run inside a transaction block</source>
        <translation>VACUUM ne peut pas s&apos;exécuter dans un bloc de transaction</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="442"/>
        <source>CLUSTER without a table cannot run inside a transaction block</source>
        <translation>CLUSTER sans table ne peut pas s&apos;exécuter dans un bloc de transaction</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="443"/>
        <source>CLUSTER rewrites the table in index order</source>
        <translation>CLUSTER réécrit la table dans l&apos;ordre de l&apos;index</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="450"/>
        <source>REINDEX CONCURRENTLY cannot run inside a transaction block</source>
        <translation>REINDEX CONCURRENTLY ne peut pas s&apos;exécuter dans un bloc de transaction</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="458"/>
        <source>REINDEX SCHEMA/DATABASE/SYSTEM cannot run inside a transaction block</source>
        <translation>REINDEX SCHEMA/DATABASE/SYSTEM ne peut pas s&apos;exécuter dans un bloc de transaction</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="459"/>
        <source>rebuilds the index while reads and writes go on</source>
        <translation>reconstruit l&apos;index pendant que lectures et écritures continuent</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="460"/>
        <source>rebuilds the index while blocking writes to its table</source>
        <translation>reconstruit l&apos;index en bloquant les écritures sur sa table</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="477"/>
        <source>referenced table</source>
        <translation>table référencée</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="483"/>
        <source>parent table</source>
        <translation>table parente</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="484"/>
        <source>creates a new table</source>
        <translation>crée une nouvelle table</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="488"/>
        <source>materialized view</source>
        <translation>vue matérialisée</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="490"/>
        <source>recomputes the view and applies the differences while reads go on</source>
        <translation>recalcule la vue et applique les différences pendant que les lectures continuent</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="492"/>
        <source>recomputes the view into new files; reads wait</source>
        <translation>recalcule la vue dans de nouveaux fichiers ; les lectures attendent</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="497"/>
        <source>held until the transaction ends</source>
        <translation>conservé jusqu&apos;à la fin de la transaction</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="518"/>
        <location filename="../core/sql/lockclassifier.cpp" line="524"/>
        <location filename="../core/sql/lockclassifier.cpp" line="547"/>
        <source>read</source>
        <translation>lu</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="525"/>
        <source>copies rows into a new table</source>
        <translation>copie les lignes dans une nouvelle table</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="529"/>
        <source>before PostgreSQL 12, ALTER TYPE ... ADD VALUE cannot run inside a transaction block</source>
        <translation>avant PostgreSQL 12, ALTER TYPE ... ADD VALUE ne peut pas s&apos;exécuter dans un bloc de transaction</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="534"/>
        <source>this command cannot run inside a transaction block</source>
        <translation>cette commande ne peut pas s&apos;exécuter dans un bloc de transaction</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="542"/>
        <source>the DO block commits or rolls back itself, which works only outside a transaction block</source>
        <translation>le bloc DO valide ou annule lui-même, ce qui ne fonctionne que hors d&apos;un bloc de transaction</translation>
    </message>
    <message>
        <location filename="../core/sql/lockclassifier.cpp" line="549"/>
        <source>view</source>
        <translation>vue</translation>
    </message>
</context>
<context>
    <name>LockStyle</name>
    <message>
        <location filename="../ui/editor/lockstyle.cpp" line="38"/>
        <source>instant</source>
        <comment>metadata-only change</comment>
        <translation>instantané</translation>
    </message>
    <message>
        <location filename="../ui/editor/lockstyle.cpp" line="39"/>
        <source>scan</source>
        <translation>parcours</translation>
    </message>
    <message>
        <location filename="../ui/editor/lockstyle.cpp" line="40"/>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <location filename="../ui/editor/lockstyle.cpp" line="41"/>
        <source>rewrite</source>
        <translation>réécriture</translation>
    </message>
    <message>
        <location filename="../ui/editor/lockstyle.cpp" line="42"/>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <location filename="../ui/editor/lockstyle.cpp" line="50"/>
        <source>blocks reads and writes</source>
        <translation>bloque lectures et écritures</translation>
    </message>
    <message>
        <location filename="../ui/editor/lockstyle.cpp" line="52"/>
        <source>blocks writes, reads go on</source>
        <translation>bloque les écritures, les lectures continuent</translation>
    </message>
    <message>
        <location filename="../ui/editor/lockstyle.cpp" line="53"/>
        <source>blocks neither reads nor writes</source>
        <translation>ne bloque ni lectures ni écritures</translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="50"/>
        <source>Run &quot;slipway-cli migrate --help&quot; for usage.</source>
        <translation>Lancez « slipway-cli migrate --help » pour l&apos;usage.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="98"/>
        <source>
Exit codes: 0 done, 1 failed, 3 aborted (by the monitor&apos;s abort policy, SIGINT),
4 another runner holds the lock, 64 usage.
</source>
        <translation>
Codes de sortie : 0 terminé, 1 échec, 3 interrompu (par la règle d&apos;abandon du moniteur, SIGINT),
4 un autre exécuteur détient le verrou, 64 usage.
</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="134"/>
        <source>CONTEXT: %1</source>
        <translation>CONTEXTE : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommand.cpp" line="199"/>
        <source>Plan: %1 (%n step(s))</source>
        <translation>
            <numerusform>Plan : %1 (%n étape)</numerusform>
            <numerusform>Plan : %1 (%n étapes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="224"/>
        <source>Interrupted: cancelling the running step...</source>
        <translation>Interrompu : annulation de l&apos;étape en cours...</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="241"/>
        <source>Cannot write the run log: %1</source>
        <translation>Impossible d&apos;écrire le journal d&apos;exécution : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="247"/>
        <source>(verified)</source>
        <translation>(vérifié)</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="247"/>
        <source>(verification FAILED)</source>
        <translation>(vérification ÉCHOUÉE)</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="254"/>
        <source>Stopped: %1</source>
        <translation>Arrêté : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="299"/>
        <source>Missing &lt;conn&gt;.</source>
        <translation>&lt;conn&gt; manquant.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="301"/>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="305"/>
        <source>--plan cannot be combined with --dir, --format, --to or --rollback.</source>
        <translation>--plan ne peut pas être combiné avec --dir, --format, --to ou --rollback.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="306"/>
        <source>--down needs --plan.</source>
        <translation>--down exige --plan.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="307"/>
        <source>Missing --dir FOLDER.</source>
        <translation>--dir DOSSIER manquant.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="310"/>
        <source>--rollback cannot be combined with --to or --dry-run.</source>
        <translation>--rollback ne peut pas être combiné avec --to ou --dry-run.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="312"/>
        <source>Choose one of --dry-run and --dry-run-each.</source>
        <translation>Choisissez soit --dry-run, soit --dry-run-each.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="318"/>
        <source>--max-lag and --max-lock-wait need --plan: they throttle its backfill steps.</source>
        <translation>--max-lag et --max-lock-wait demandent --plan : ils freinent ses étapes de remplissage.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="333"/>
        <source>Not a duration: &quot;%1&quot;.</source>
        <translation>Pas une durée : « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="340"/>
        <source>--retries needs a number of at least 1.</source>
        <translation>--retries exige un nombre d&apos;au moins 1.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="344"/>
        <source>--wait-for-lock needs seconds.</source>
        <translation>--wait-for-lock exige des secondes.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="380"/>
        <source>Unknown format &quot;%1&quot;.</source>
        <translation>Format « %1 » inconnu.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="387"/>
        <source>Not running: the folder has errors.</source>
        <translation>Non exécuté : le dossier contient des erreurs.</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="363"/>
        <location filename="../app/cli/migratecommand.cpp" line="399"/>
        <source>Pass --yes-production %1 to confirm.</source>
        <translation>Passez --yes-production %1 pour confirmer.</translation>
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
        <translation>Usage : slipway-cli migrate &lt;conn&gt; --dir DOSSIER [--format F] [--dry-run | --dry-run-each]
                           [--to VERSION]
                           [--rollback VERSION] [--lock-timeout 3s] [--statement-timeout 0]
                           [--retries 5] [--wait-for-lock SECONDES] [--backup]
                           [--yes-production NOMBASE] [--json]

Exécute dans l&apos;ordre les migrations en attente d&apos;un dossier, chacune dans sa propre transaction
(les instructions qui ne le peuvent pas, comme CREATE INDEX CONCURRENTLY, s&apos;exécutent seules avec
une note). Avant chaque instruction, lock_timeout et statement_timeout sont définis ; une instruction
qui dépasse le délai d&apos;attente d&apos;un verrou est relancée avec temporisation, de sorte que les requêtes de l&apos;application n&apos;attendent jamais
derrière elle plus longtemps que le délai de verrou. Un seul exécuteur par base : un
second indique qui détient le verrou. Chaque migration est enregistrée dans slipway.journal.
La progression va sur stderr ; un résumé sur stdout.

Options :
  --dir DOSSIER           le dossier de migrations
  --plan PLAN.json        exécuter un plan enregistré (p. ex. d&apos;un assistant expand/contract) étape
                          par étape : SQL via l&apos;exécuteur, remplissages via l&apos;exécuteur de
                          remplissage, chaque étape vérifiée et journalisée. Le moniteur retient
                          les lots d&apos;une étape de remplissage à --max-lag / --max-lock-wait
  --down                  avec --plan : exécuter le SQL de retour arrière des étapes, la dernière d&apos;abord
                          (avec --plan, --dry-run exécute chaque étape dans une transaction annulée
                          qui garde ses verrous jusqu&apos;au bout : répétez sur une copie)
  --format F              flyway, golang-migrate, dbmate, sqitch, prisma ou plain
  --dry-run               tout exécuter dans une transaction annulée à la fin ; chaque
                          verrou pris est conservé jusqu&apos;à cette annulation finale
  --dry-run-each          chaque migration dans sa propre transaction, annulée à sa fin
                          (verrous tenus une migration à la fois ; une migration qui a besoin
                          des changements d&apos;une précédente échoue)
  --to VERSION            s&apos;arrêter après cette version
  --rollback VERSION      exécuter les scripts down des migrations appliquées, de la plus récente
                          jusqu&apos;à VERSION incluse
  --lock-timeout T        par instruction (défaut 3s ; ms, s ou min)
  --statement-timeout T   par instruction (défaut 0 : aucun)
  --retries N             essais d&apos;une instruction qui atteint le délai de verrou (défaut 5)
  --wait-for-lock S       attendre jusqu&apos;à S secondes un autre exécuteur (défaut 0 : abandonner)
  --backup                copier les tables avant DROP/TRUNCATE/DELETE sans WHERE
  --yes-production BASE   confirmer une connexion de production par son nom de base
  --json                  progression en lignes JSON sur stderr (un événement par ligne)
  --log-json FICHIER      écrire le journal d&apos;exécution dans FICHIER : un objet JSON par migration
                          ou étape de plan (migration_id, status, duration_ms, rows_affected, ...)
</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="424"/>
        <source>Nothing to run: every migration is applied.</source>
        <translation>Rien à exécuter : toutes les migrations sont appliquées.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommand.cpp" line="429"/>
        <source>Warning: this dry run runs %n migrations in one transaction and holds every lock they take until the final rollback; the application waits on them meanwhile. On a live database use --dry-run-each.</source>
        <translation>
            <numerusform>Avertissement : cet essai à blanc exécute %n migration dans une transaction et conserve chacun de ses verrous jusqu&apos;à l&apos;annulation finale ; l&apos;application les attend pendant ce temps. Sur une base en service, utilisez --dry-run-each.</numerusform>
            <numerusform>Avertissement : cet essai à blanc exécute %n migrations dans une transaction et conserve chacun de leurs verrous jusqu&apos;à l&apos;annulation finale ; l&apos;application les attend pendant ce temps. Sur une base en service, utilisez --dry-run-each.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="456"/>
        <source>Interrupted: cancelling the running statement...</source>
        <translation>Interrompu : annulation de l&apos;instruction en cours...</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommand.cpp" line="473"/>
        <source>Dry run: %n migration(s) ran and were rolled back.</source>
        <translation>
            <numerusform>Essai à blanc : %n migration exécutée puis annulée.</numerusform>
            <numerusform>Essai à blanc : %n migrations exécutées puis annulées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommand.cpp" line="475"/>
        <source>Rolled back %n migration(s).</source>
        <translation>
            <numerusform>%n migration annulée.</numerusform>
            <numerusform>%n migrations annulées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommand.cpp" line="476"/>
        <source>Applied %n migration(s).</source>
        <translation>
            <numerusform>%n migration appliquée.</numerusform>
            <numerusform>%n migrations appliquées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="480"/>
        <source>Another runner holds the migration lock: %1</source>
        <translation>Un autre exécuteur détient le verrou de migration : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommand.cpp" line="483"/>
        <source>Cancelled after %n migration(s).</source>
        <translation>
            <numerusform>Annulé après %n migration.</numerusform>
            <numerusform>Annulé après %n migrations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommand.cpp" line="486"/>
        <source>Failed after %n migration(s): %2</source>
        <translation>
            <numerusform>Échec après %n migration : %2</numerusform>
            <numerusform>Échec après %n migrations : %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="251"/>
        <location filename="../app/cli/migratecommand.cpp" line="490"/>
        <source>INVALID index %1.%2 left behind; clean up with: %3</source>
        <translation>Index %1.%2 INVALID laissé en place ; nettoyez avec : %3</translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="255"/>
        <location filename="../app/cli/migratecommand.cpp" line="492"/>
        <source>Verification failed.</source>
        <translation>Échec de la vérification.</translation>
    </message>
</context>
<context>
    <name>MigrationExecutor</name>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="67"/>
        <source>The connection is not open.</source>
        <translation>La connexion n&apos;est pas ouverte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/migrationexecutor.cpp" line="138"/>
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1 : %n élément</numerusform>
            <numerusform>%1 : %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="214"/>
        <source>Run succeeded.</source>
        <translation>Exécution réussie.</translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="216"/>
        <source>Run failed.</source>
        <translation>Échec de l&apos;exécution.</translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="219"/>
        <source>Run cancelled.</source>
        <translation>Exécution annulée.</translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="221"/>
        <source>Run not started: the runner lock is held.</source>
        <translation>Exécution non démarrée : le verrou d&apos;exécution est pris.</translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="237"/>
        <source>another session</source>
        <translation>une autre session</translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="241"/>
        <source>Another runner holds this database&apos;s migration lock: %1. Waiting up to %2 s.</source>
        <translation>Un autre exécuteur détient le verrou de migration de cette base : %1. Attente jusqu&apos;à %2 s.</translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="254"/>
        <source>Another Slipway runner holds this database&apos;s migration lock: %1.</source>
        <translation>Un autre exécuteur Slipway détient le verrou de migration de cette base : %1.</translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="290"/>
        <source>Rolling back %1</source>
        <translation>Annulation de %1</translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="291"/>
        <source>Running %1</source>
        <translation>Exécution de %1</translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="318"/>
        <source>%1 has no down script.</source>
        <translation>%1 n&apos;a pas de script down.</translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="366"/>
        <source>%1 rolled back</source>
        <translation>%1 annulée</translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="367"/>
        <source>%1 applied</source>
        <translation>%1 appliquée</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/migrationexecutor.cpp" line="370"/>
        <source>%1 ran in the dry run (rolled back; %n statement(s) skipped)</source>
        <translation>
            <numerusform>%1 exécutée à blanc (annulée ; %n instruction ignorée)</numerusform>
            <numerusform>%1 exécutée à blanc (annulée ; %n instructions ignorées)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="375"/>
        <source>%1 cancelled</source>
        <translation>%1 annulée</translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="379"/>
        <source>%1 failed; its transaction was rolled back</source>
        <translation>Échec de %1 ; sa transaction a été annulée</translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="380"/>
        <source>%1 failed; steps before the failing one stay applied</source>
        <translation>Échec de %1 ; les étapes précédant l&apos;échec restent appliquées</translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="94"/>
        <source>cancelled: %1</source>
        <translation>annulé : %1</translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="403"/>
        <source>Could not record the outcome in slipway.journal (row %1 stays &apos;running&apos;): %2</source>
        <translation>Impossible d&apos;enregistrer le résultat dans slipway.journal (la ligne %1 reste &apos;running&apos;) : %2</translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="430"/>
        <source>Not run: the backup failed. %1</source>
        <translation>Non exécuté : la sauvegarde a échoué. %1</translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="459"/>
        <source>the verify query returned false</source>
        <translation>la requête de vérification a renvoyé false</translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="471"/>
        <source>Verification after rollback passed: the change is gone (%1).</source>
        <translation>Vérification après retour arrière réussie : la modification a disparu (%1).</translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="472"/>
        <source>Verification after rollback FAILED: the verify script still succeeds.</source>
        <translation>Vérification après retour arrière ÉCHOUÉE : le script verify réussit encore.</translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="474"/>
        <source>Verification passed.</source>
        <translation>Vérification réussie.</translation>
    </message>
    <message>
        <location filename="../core/run/migrationexecutor.cpp" line="474"/>
        <source>Verification FAILED: %1</source>
        <translation>Vérification ÉCHOUÉE : %1</translation>
    </message>
    <message>
        <location filename="../core/run/statementgroups.cpp" line="66"/>
        <source>%1 (SQLSTATE %2): the transaction was rolled back; try %3 of %4 in %5 ms.</source>
        <translation>%1 (SQLSTATE %2) : la transaction a été annulée ; essai %3 sur %4 dans %5 ms.</translation>
    </message>
    <message>
        <location filename="../core/run/statementgroups.cpp" line="67"/>
        <source>%1 (SQLSTATE %2): try %3 of %4 in %5 ms.</source>
        <translation>%1 (SQLSTATE %2) : essai %3 sur %4 dans %5 ms.</translation>
    </message>
    <message>
        <location filename="../core/run/statementgroups.cpp" line="82"/>
        <location filename="../core/run/statementgroups.cpp" line="134"/>
        <source>Cancelled on request.</source>
        <translation>Annulé sur demande.</translation>
    </message>
    <message>
        <location filename="../core/run/statementgroups.cpp" line="143"/>
        <source>Skipped in the dry run: transaction control.</source>
        <translation>Ignoré lors de l&apos;essai à blanc : contrôle de transaction.</translation>
    </message>
    <message>
        <location filename="../core/run/statementgroups.cpp" line="144"/>
        <source>Skipped in the dry run: %1.</source>
        <translation>Ignoré lors de l&apos;essai à blanc : %1.</translation>
    </message>
    <message>
        <location filename="../core/run/statementgroups.cpp" line="212"/>
        <source>The failed build left index %1.%2 INVALID; dropped it before the next try.</source>
        <translation>La construction échouée a laissé l&apos;index %1.%2 INVALID ; supprimé avant le prochain essai.</translation>
    </message>
    <message>
        <location filename="../core/run/statementgroups.cpp" line="215"/>
        <source>The failed build left index %1.%2 INVALID (it slows writes and is never used). Drop it with: %3</source>
        <translation>La construction échouée a laissé l&apos;index %1.%2 INVALID (il ralentit les écritures et n&apos;est jamais utilisé). Supprimez-le avec : %3</translation>
    </message>
</context>
<context>
    <name>MigrationPlan</name>
    <message>
        <location filename="../core/plan/migrationplan.cpp" line="106"/>
        <source>1 reviewer</source>
        <translation>1 relecteur</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplan.cpp" line="107"/>
        <source>2 reviewers</source>
        <translation>2 relecteurs</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplan.cpp" line="108"/>
        <source>Tech lead</source>
        <translation>Responsable technique</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplan.cpp" line="108"/>
        <source>DBA</source>
        <translation>DBA</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplan.cpp" line="109"/>
        <source>Architecture review</source>
        <translation>Revue d&apos;architecture</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplan.cpp" line="117"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplan.cpp" line="118"/>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplan.cpp" line="119"/>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplan.cpp" line="120"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplan.cpp" line="128"/>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplan.cpp" line="129"/>
        <source>Batched</source>
        <translation>Par lots</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplan.cpp" line="130"/>
        <source>Expand/contract</source>
        <translation>Expand/contract</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplan.cpp" line="131"/>
        <source>Concurrent</source>
        <translation>Concurrent</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplan.cpp" line="139"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplan.cpp" line="141"/>
        <source>under 1 s</source>
        <translation>moins de 1 s</translation>
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
        <translation>Étape %1 : le remplissage est inutilisable : %2</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplanjson.cpp" line="205"/>
        <source>Not a Slipway plan (the &quot;format&quot; is not &quot;slipway-plan&quot;).</source>
        <translation>Pas un plan Slipway (« format » n&apos;est pas « slipway-plan »).</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplanjson.cpp" line="211"/>
        <source>Plan format version %1 is not supported (this Slipway reads up to %2).</source>
        <translation>La version %1 du format de plan n&apos;est pas prise en charge (ce Slipway lit jusqu&apos;à %2).</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplanjson.cpp" line="255"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplanjson.cpp" line="266"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplanjson.cpp" line="276"/>
        <source>%1:%2:%3: not valid JSON: %4</source>
        <translation>%1:%2:%3 : JSON non valide : %4</translation>
    </message>
    <message>
        <location filename="../core/plan/migrationplanjson.cpp" line="277"/>
        <source>%1 is not a plan: the top level is not a JSON object.</source>
        <translation>%1 n&apos;est pas un plan : le niveau supérieur n&apos;est pas un objet JSON.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/plan/stepmerge.cpp" line="30"/>
        <source>%n statement(s) in one transaction</source>
        <translation>
            <numerusform>%n instruction dans une transaction</numerusform>
            <numerusform>%n instructions dans une transaction</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/plan/stepmerge.cpp" line="31"/>
        <source>Runs as one transaction: readers never see the objects it drops and re-creates missing; every lock is held until it commits.</source>
        <translation>S&apos;exécute en une seule transaction : les lecteurs ne voient jamais manquer les objets qu&apos;elle supprime et recrée ; chaque verrou est tenu jusqu&apos;au COMMIT.</translation>
    </message>
</context>
<context>
    <name>MigrationSource</name>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="530"/>
        <source>%1: not a folder</source>
        <translation>%1 : pas un dossier</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationsource.cpp" line="543"/>
        <source>%1: no migrations found in a known layout (Flyway, golang-migrate, dbmate, Sqitch, Prisma, numbered .sql)</source>
        <translation>%1 : aucune migration trouvée dans une organisation connue (Flyway, golang-migrate, dbmate, Sqitch, Prisma, .sql numérotés)</translation>
    </message>
</context>
<context>
    <name>MigrationStatus</name>
    <message>
        <location filename="../core/migrations/migrationstatus.cpp" line="50"/>
        <source>applied</source>
        <translation>appliquée</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationstatus.cpp" line="51"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationstatus.cpp" line="52"/>
        <source>missing from folder</source>
        <translation>absente du dossier</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationstatus.cpp" line="53"/>
        <source>changed since applied</source>
        <translation>modifiée depuis son application</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationstatus.cpp" line="54"/>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationstatus.cpp" line="55"/>
        <source>dirty</source>
        <translation>incohérente (dirty)</translation>
    </message>
    <message>
        <location filename="../core/migrations/migrationstatus.cpp" line="56"/>
        <source>out of order</source>
        <translation>hors séquence</translation>
    </message>
</context>
<context>
    <name>MixedSchemaAndDataChange</name>
    <message>
        <location filename="../core/lint/rules/strongmixedschemaanddatachange.cpp" line="19"/>
        <source>A schema change and a backfill in one transaction keep the table locked for the whole backfill</source>
        <translation>Un changement de schéma et un remplissage dans une même transaction gardent la table verrouillée pendant tout le remplissage</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongmixedschemaanddatachange.cpp" line="29"/>
        <source>This backfill of %1 runs in the same transaction as the schema change to %2 above: %2 stays locked until the backfill commits.</source>
        <translation>Ce remplissage de %1 s&apos;exécute dans la même transaction que le changement de schéma de %2 ci-dessus : %2 reste verrouillée jusqu&apos;au commit du remplissage.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongmixedschemaanddatachange.cpp" line="32"/>
        <source>A lock taken by ALTER TABLE, CREATE INDEX or RENAME is held until the transaction ends. Every query on %1 queues behind it for as long as the backfill runs, and a failure late in the backfill also undoes the schema change.</source>
        <translation>Un verrou pris par ALTER TABLE, CREATE INDEX ou RENAME est conservé jusqu&apos;à la fin de la transaction. Toute requête sur %1 attend derrière lui tant que le remplissage dure, et un échec tardif du remplissage annule aussi le changement de schéma.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongmixedschemaanddatachange.cpp" line="36"/>
        <source>Commit the schema change in its own short migration, then backfill in batches outside it, each batch its own transaction.</source>
        <translation>Validez le changement de schéma dans sa propre migration courte, puis remplissez par lots en dehors, chaque lot dans sa propre transaction.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongmixedschemaanddatachange.cpp" line="45"/>
        <source>This schema change to %1 runs in the same transaction as the backfill of %2 above.</source>
        <translation>Ce changement de schéma de %1 s&apos;exécute dans la même transaction que le remplissage de %2 ci-dessus.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongmixedschemaanddatachange.cpp" line="47"/>
        <source>The backfill&apos;s row locks are held until the transaction ends, this statement then waits for its own lock while holding them, and if it fails the whole backfill is rolled back.</source>
        <translation>Les verrous de ligne du remplissage sont conservés jusqu&apos;à la fin de la transaction, cette instruction attend alors son propre verrou en les tenant, et si elle échoue tout le remplissage est annulé.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongmixedschemaanddatachange.cpp" line="50"/>
        <source>Put the schema change and the backfill in separate migrations; run the backfill in batches, each batch its own transaction.</source>
        <translation>Placez le changement de schéma et le remplissage dans des migrations séparées ; exécutez le remplissage par lots, chaque lot dans sa propre transaction.</translation>
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
        <translation>Usage : slipway-cli monitor &lt;conn&gt; [--replica &lt;conn&gt;] [--interval ms] [--json]

Échantillonne un serveur sur sa propre connexion et affiche une ligne par échantillon jusqu&apos;à
interruption (Ctrl+C) : attentes de verrou et qui les bloque, retard de réplication par
réplica, progression de CREATE INDEX / CLUSTER / VACUUM / COPY / ANALYZE,
transactions par seconde et sessions. Les décisions de ralentissement et d&apos;abandon de la
politique d&apos;abandon (retard &gt; 10 s / 30 s, attente de verrou &gt; 20 s / 60 s) sont affichées
au moment où elles surviennent.

&lt;conn&gt; est le nom d&apos;une connexion enregistrée, une URI libpq ou un conninfo key=value.

Options :
  --replica &lt;conn&gt;  lire aussi le retard de rejeu sur ce standby
  --interval ms     temps entre échantillons (défaut 1000, au moins 250)
  --json            un objet JSON par ligne
</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="67"/>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="68"/>
        <source>locks %1</source>
        <translation>verrous %1</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="74"/>
        <source> (longest %1: pid %2 wants %3 on %4, blocked by %5)</source>
        <translation> (la plus longue %1 : pid %2 veut %3 sur %4, bloqué par %5)</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="81"/>
        <source>lag %1 %2 / %3</source>
        <translation>retard %1 %2 / %3</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="83"/>
        <source>standby delay %1 / %2%3</source>
        <translation>retard du standby %1 / %2%3</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="86"/>
        <source> (replay paused)</source>
        <translation> (rejeu en pause)</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="88"/>
        <source>standby: %1</source>
        <translation>standby : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="89"/>
        <source>tps %1</source>
        <translation>tps %1</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="90"/>
        <source>active %1, idle in tx %2</source>
        <translation>actives %1, inactives en transaction %2</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="92"/>
        <source>oldest tx %1 (pid %2)</source>
        <translation>plus ancienne transaction %1 (pid %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="102"/>
        <source> eta %1</source>
        <translation> reste %1</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="105"/>
        <source>(%1 ms)</source>
        <translation>(%1 ms)</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="115"/>
        <source>Show this help</source>
        <translation>Afficher cette aide</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="116"/>
        <source>Standby to read</source>
        <translation>Standby à lire</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="118"/>
        <source>Milliseconds between samples</source>
        <translation>Millisecondes entre échantillons</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="120"/>
        <source>JSON lines</source>
        <translation>Lignes JSON</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="134"/>
        <source>Missing &lt;conn&gt;.</source>
        <translation>&lt;conn&gt; manquant.</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="135"/>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="136"/>
        <source>--interval wants milliseconds, at least %1.</source>
        <translation>--interval attend des millisecondes, au moins %1.</translation>
    </message>
</context>
<context>
    <name>ObjectBadge</name>
    <message>
        <location filename="../ui/objectbadges.cpp" line="31"/>
        <source>pending migration</source>
        <translation>migration en attente</translation>
    </message>
    <message>
        <location filename="../ui/objectbadges.cpp" line="32"/>
        <source>changed migration</source>
        <translation>migration modifiée</translation>
    </message>
    <message>
        <location filename="../ui/objectbadges.cpp" line="33"/>
        <source>drift</source>
        <translation>dérive</translation>
    </message>
</context>
<context>
    <name>PgTool</name>
    <message>
        <location filename="../core/db/sandboxcleanup.cpp" line="88"/>
        <source>The PostgreSQL program %1 was not found. Install PostgreSQL 15 (postgresql-15) or point SLIPWAY_PG_BINDIR at its bin directory.</source>
        <translation>Le programme PostgreSQL %1 est introuvable. Installez PostgreSQL 15 (postgresql-15) ou faites pointer SLIPWAY_PG_BINDIR vers son répertoire bin.</translation>
    </message>
    <message>
        <location filename="../core/db/sandboxcleanup.cpp" line="115"/>
        <source>Could not run %1: %2</source>
        <translation>Impossible d&apos;exécuter %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/db/sandboxcleanup.cpp" line="133"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../core/db/sandboxcleanup.cpp" line="135"/>
        <source>%1 did not finish within %2 seconds.
%3</source>
        <translation>%1 ne s&apos;est pas terminé en %2 secondes.
%3</translation>
    </message>
    <message>
        <location filename="../core/db/sandboxcleanup.cpp" line="140"/>
        <source>%1 crashed.
%2</source>
        <translation>%1 a planté.
%2</translation>
    </message>
    <message>
        <location filename="../core/db/sandboxcleanup.cpp" line="143"/>
        <source>%1 failed (exit code %2).
%3</source>
        <translation>Échec de %1 (code de sortie %2).
%3</translation>
    </message>
    <message>
        <location filename="../core/db/sandboxcleanup.cpp" line="152"/>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location filename="../core/db/sandboxcleanup.cpp" line="160"/>
        <source>Running as root, the servers run as the user &quot;%1&quot;, but %2 could not be given to that user: %3</source>
        <translation>En tant que root, les serveurs tournent sous l&apos;utilisateur « %1 », mais %2 n&apos;a pas pu lui être attribué : %3</translation>
    </message>
    <message>
        <location filename="../core/db/sandboxcleanup.cpp" line="163"/>
        <source>no such user</source>
        <translation>utilisateur inexistant</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message numerus="yes">
        <location filename="../core/diff/plan.cpp" line="37"/>
        <source>-- Slipway plan: %n change(s)</source>
        <translation>
            <numerusform>-- Plan Slipway : %n modification</numerusform>
            <numerusform>-- Plan Slipway : %n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/diff/plan.cpp" line="38"/>
        <source>, %n statement(s)</source>
        <translation>
            <numerusform>, %n instruction</numerusform>
            <numerusform>, %n instructions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/diff/plan.cpp" line="39"/>
        <source>-- Run the statements in order, each in its own transaction unless it says &quot;outside a transaction&quot; or is inside BEGIN/COMMIT.</source>
        <translation>-- Exécuter les instructions dans l&apos;ordre, chacune dans sa propre transaction, sauf si elle indique « hors transaction » ou se trouve entre BEGIN/COMMIT.</translation>
    </message>
    <message>
        <location filename="../core/diff/plan.cpp" line="51"/>
        <source>one transaction: readers never see the dependent objects missing</source>
        <translation>une seule transaction : les lecteurs ne voient jamais manquer les objets dépendants</translation>
    </message>
    <message>
        <location filename="../core/diff/plan.cpp" line="58"/>
        <source>hazard</source>
        <translation>risque</translation>
    </message>
    <message>
        <location filename="../core/diff/plan.cpp" line="61"/>
        <source>outside a transaction</source>
        <translation>hors transaction</translation>
    </message>
    <message>
        <location filename="../core/diff/plan.cpp" line="66"/>
        <source>-- Verification (each returns true once the plan has run):</source>
        <translation>-- Vérification (chacune renvoie true une fois le plan exécuté) :</translation>
    </message>
</context>
<context>
    <name>PlanBuilder</name>
    <message>
        <location filename="../core/plan/diffplanbuilder.cpp" line="17"/>
        <source>schema diff</source>
        <translation>diff de schéma</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="46"/>
        <source>measured rate</source>
        <translation>débit mesuré</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="46"/>
        <source>default rate</source>
        <translation>débit par défaut</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="49"/>
        <source>catalog change only</source>
        <translation>changement de catalogue seulement</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="63"/>
        <source>table size unknown (offline)</source>
        <translation>taille de table inconnue (hors ligne)</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="69"/>
        <source>%1 of %2 MB at %3 MB/s (%4)</source>
        <translation>%1 de %2 Mo à %3 Mo/s (%4)</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="73"/>
        <source>rewrite</source>
        <translation>réécriture</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="74"/>
        <source>index build</source>
        <translation>construction d&apos;index</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="76"/>
        <source>scan</source>
        <translation>parcours</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="84"/>
        <source>%1 rows at %2 rows/s (%3)</source>
        <translation>%1 lignes à %2 lignes/s (%3)</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="88"/>
        <source>depends on the rows the statement selects</source>
        <translation>dépend des lignes sélectionnées par l&apos;instruction</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="99"/>
        <source>the objects it names</source>
        <translation>les objets qu&apos;elle nomme</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="106"/>
        <source>Reads and writes on %1 wait for %2; queries queue up behind the lock.</source>
        <translation>Lectures et écritures sur %1 attendent %2 ; les requêtes s&apos;accumulent derrière le verrou.</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="109"/>
        <source>Writes (INSERT/UPDATE/DELETE) on %1 wait for %2; reads continue.</source>
        <translation>Les écritures (INSERT/UPDATE/DELETE) sur %1 attendent %2 ; les lectures continuent.</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="112"/>
        <source>No blocking; extra I/O load while it runs (%1).</source>
        <translation>Aucun blocage ; charge d&apos;E/S supplémentaire pendant l&apos;exécution (%1).</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="114"/>
        <source>Nothing noticeable.</source>
        <translation>Rien de perceptible.</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="122"/>
        <source>Contract step: run only after every application release has stopped using what it removes, with a verified backup.</source>
        <translation>Étape contract : à exécuter seulement quand plus aucune version de l&apos;application n&apos;utilise ce qu&apos;elle supprime, avec une sauvegarde vérifiée.</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="126"/>
        <source>Add the foreign key NOT VALID, then VALIDATE CONSTRAINT in a separate step.</source>
        <translation>Ajoutez la clé étrangère NOT VALID, puis VALIDATE CONSTRAINT dans une étape séparée.</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="131"/>
        <source>Use CREATE INDEX CONCURRENTLY (outside a transaction) so writes continue.</source>
        <translation>Utilisez CREATE INDEX CONCURRENTLY (hors transaction) pour que les écritures continuent.</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="133"/>
        <source>Builds without blocking writes; if it fails, drop the INVALID index and retry.</source>
        <translation>Construit sans bloquer les écritures ; en cas d&apos;échec, supprimez l&apos;index INVALID et réessayez.</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="138"/>
        <source>Run as a batched backfill (slipway-cli backfill) in small transactions.</source>
        <translation>Exécutez en remplissage par lots (slipway-cli backfill) en petites transactions.</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="141"/>
        <source>Add a new column, backfill it in batches, switch the application, then drop the old one.</source>
        <translation>Ajoutez une nouvelle colonne, remplissez-la par lots, basculez l&apos;application, puis supprimez l&apos;ancienne.</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="144"/>
        <source>Add a CHECK constraint NOT VALID, VALIDATE it separately, then apply the change.</source>
        <translation>Ajoutez une contrainte CHECK NOT VALID, validez-la séparément, puis appliquez le changement.</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="190"/>
        <source>destructive: %1</source>
        <translation>destructif : %1</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="191"/>
        <source>foreign key change</source>
        <translation>changement de clé étrangère</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="192"/>
        <source>%1, table size unknown</source>
        <translation>%1, taille de table inconnue</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="193"/>
        <source>%1 on %2 rows</source>
        <translation>%1 sur %2 lignes</translation>
    </message>
    <message>
        <location filename="../core/plan/planbuilder.cpp" line="249"/>
        <source>Migration plan for %1</source>
        <translation>Plan de migration pour %1</translation>
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
        <translation>Usage : slipway-cli plan &lt;conn|--offline&gt; &lt;fichier.sql&gt; [options]

Écrit un plan de migration et un runbook pour un fichier SQL : le verrou de chaque instruction et
sa durée, la durée estimée, la classe de risque (low/medium/high/critical),
le modèle, le retour arrière, la sauvegarde et la requête de vérification, et les approbations requises.
Avec une connexion (nom de profil enregistré, URI libpq ou conninfo key=value), la taille
des tables et la version du serveur viennent de cette base ; --offline juge le
SQL seul. « - » lit l&apos;entrée standard.

Options :
  --format FORMAT       md (défaut), html, pdf (A4, exige -o) ou json (le fichier de plan)
  -o, --output FICHIER  écrire dans FICHIER au lieu de la sortie standard
  --pg-version VERSION  le serveur où s&apos;exécute la migration : 11, 13.4 ou 150000
                        (défaut : celui du serveur connecté, sinon 15)
  --title TEXTE         le titre du runbook

Codes de sortie : 0 écrit, 1 fichier illisible, pas de connexion ou erreur d&apos;écriture, 64 usage.
</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="71"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="82"/>
        <source>warning: saved connection profiles not read: %1</source>
        <translation>avertissement : profils de connexion enregistrés non lus : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="100"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="129"/>
        <source>Give a connection (or --offline) and one SQL file.</source>
        <translation>Indiquez une connexion (ou --offline) et un fichier SQL.</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="135"/>
        <source>Unknown format &quot;%1&quot; (md, html, pdf or json).</source>
        <translation>Format « %1 » inconnu (md, html, pdf ou json).</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="140"/>
        <source>--format pdf needs -o FILE.</source>
        <translation>--format pdf exige -o FICHIER.</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="147"/>
        <source>Cannot read --pg-version &quot;%1&quot;.</source>
        <translation>Impossible de lire --pg-version « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="161"/>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="173"/>
        <source>Cannot read table sizes from %1:</source>
        <translation>Impossible de lire la taille des tables depuis %1 :</translation>
    </message>
</context>
<context>
    <name>PlanExecution</name>
    <message>
        <location filename="../core/plan/planexecution.cpp" line="41"/>
        <source>step %1</source>
        <translation>étape %1</translation>
    </message>
    <message>
        <location filename="../core/plan/planexecution.cpp" line="43"/>
        <source>Step %1: %2</source>
        <translation>Étape %1 : %2</translation>
    </message>
</context>
<context>
    <name>PlanJournal</name>
    <message>
        <location filename="../core/plan/planjournal.cpp" line="58"/>
        <source>the step did not run</source>
        <translation>l&apos;étape ne s&apos;est pas exécutée</translation>
    </message>
    <message>
        <location filename="../core/plan/planjournal.cpp" line="73"/>
        <source>aborted: %1</source>
        <translation>interrompu : %1</translation>
    </message>
    <message>
        <location filename="../core/plan/planjournal.cpp" line="75"/>
        <source>the backfill did not finish (%1)</source>
        <translation>le remplissage ne s&apos;est pas terminé (%1)</translation>
    </message>
</context>
<context>
    <name>PlanRehearsal</name>
    <message>
        <location filename="../core/diff/planrehearsal.cpp" line="192"/>
        <source>Loading the source</source>
        <translation>Chargement de la source</translation>
    </message>
    <message>
        <location filename="../core/diff/planrehearsal.cpp" line="193"/>
        <source>Up plan</source>
        <translation>Plan up</translation>
    </message>
    <message>
        <location filename="../core/diff/planrehearsal.cpp" line="194"/>
        <source>Down plan</source>
        <translation>Plan down</translation>
    </message>
    <message>
        <location filename="../core/diff/planrehearsal.cpp" line="195"/>
        <source>%1: statement %2 of %3</source>
        <translation>%1 : instruction %2 sur %3</translation>
    </message>
    <message>
        <location filename="../core/diff/planrehearsal.cpp" line="246"/>
        <source>Creating a scratch database</source>
        <translation>Création d&apos;une base jetable</translation>
    </message>
    <message>
        <location filename="../core/diff/planrehearsal.cpp" line="265"/>
        <source>Reading the scratch database</source>
        <translation>Lecture de la base jetable</translation>
    </message>
    <message>
        <location filename="../core/diff/planrehearsal.cpp" line="274"/>
        <source>Reading the source copy</source>
        <translation>Lecture de la copie de la source</translation>
    </message>
    <message>
        <location filename="../core/diff/planrehearsal.cpp" line="279"/>
        <source>Reading after the up plan</source>
        <translation>Lecture après le plan up</translation>
    </message>
    <message>
        <location filename="../core/diff/planrehearsal.cpp" line="286"/>
        <source>Reading after the down plan</source>
        <translation>Lecture après le plan down</translation>
    </message>
    <message>
        <location filename="../core/diff/planrehearsal.cpp" line="311"/>
        <source>Dropping the scratch database</source>
        <translation>Suppression de la base jetable</translation>
    </message>
    <message>
        <location filename="../core/diff/planrehearsal.cpp" line="313"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>PlanRunner</name>
    <message>
        <location filename="../core/plan/planexecution.cpp" line="172"/>
        <source>the verify query returned false</source>
        <translation>la requête de vérification a renvoyé false</translation>
    </message>
    <message>
        <location filename="../core/plan/planexecution.cpp" line="208"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../core/plan/planexecution.cpp" line="241"/>
        <location filename="../core/plan/planrunsupport.cpp" line="32"/>
        <source>Another runner holds the migration lock: %1</source>
        <translation>Un autre exécuteur détient le verrou de migration : %1</translation>
    </message>
    <message>
        <location filename="../core/plan/planexecution.cpp" line="321"/>
        <source>The backfill %1 did not finish.</source>
        <translation>Le remplissage %1 ne s&apos;est pas terminé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/plan/planexecution.cpp" line="326"/>
        <source>Step %1: backfill %2 done: %n row(s) in %3 batches.</source>
        <translation>
            <numerusform>Étape %1 : remplissage %2 terminé : %n ligne en %3 lots.</numerusform>
            <numerusform>Étape %1 : remplissage %2 terminé : %n lignes en %3 lots.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/plan/planexecution.cpp" line="337"/>
        <source>Step %1: verification passed.</source>
        <translation>Étape %1 : vérification réussie.</translation>
    </message>
    <message>
        <location filename="../core/plan/planexecution.cpp" line="338"/>
        <source>Step %1: verification FAILED: %2</source>
        <translation>Étape %1 : vérification ÉCHOUÉE : %2</translation>
    </message>
    <message>
        <location filename="../core/plan/planexecution.cpp" line="298"/>
        <location filename="../core/plan/planexecution.cpp" line="482"/>
        <source>Cancelled on request.</source>
        <translation>Annulé sur demande.</translation>
    </message>
    <message>
        <location filename="../core/plan/planexecution.cpp" line="101"/>
        <source>Step %1: could not record it in slipway.journal: %2</source>
        <translation>Étape %1 : impossible de l&apos;inscrire dans slipway.journal : %2</translation>
    </message>
    <message>
        <location filename="../core/plan/planexecution.cpp" line="108"/>
        <source>Step %1: could not record its outcome in slipway.journal (row %2 stays &apos;running&apos;): %3</source>
        <translation>Étape %1 : impossible d&apos;inscrire son résultat dans slipway.journal (la ligne %2 reste &apos;running&apos;) : %3</translation>
    </message>
    <message>
        <location filename="../core/plan/planexecution.cpp" line="506"/>
        <source>Step %1 %2: %3</source>
        <translation>Étape %1 %2 : %3</translation>
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
        <translation>une autre session</translation>
    </message>
</context>
<context>
    <name>PlanSlides</name>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="37"/>
        <source>Migration plan</source>
        <translation>Plan de migration</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="39"/>
        <source>One step, %1 of work</source>
        <translation>Une étape, %1 de travail</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="40"/>
        <source>%1 steps, %2 of work in all</source>
        <translation>%1 étapes, %2 de travail au total</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="46"/>
        <source>Downtime</source>
        <translation>Interruption de service</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="47"/>
        <source>Yes: users will wait on some step for longer than %1 s, or for a time we cannot estimate.</source>
        <translation>Oui : les utilisateurs attendront sur une étape plus de %1 s, ou pendant une durée impossible à estimer.</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="50"/>
        <source>No: nothing blocks users for longer than %1 s.</source>
        <translation>Non : rien ne bloque les utilisateurs plus de %1 s.</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="52"/>
        <source>Tables locked for</source>
        <translation>Tables verrouillées pendant</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="53"/>
        <source>Approvals needed</source>
        <translation>Approbations nécessaires</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="54"/>
        <source>The usual review</source>
        <translation>La revue habituelle</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="56"/>
        <source>Estimates based on</source>
        <translation>Estimations fondées sur</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="58"/>
        <source>The live database&apos;s table sizes.</source>
        <translation>La taille des tables de la base en service.</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="59"/>
        <source>No table sizes (planned offline): durations that depend on size are unknown.</source>
        <translation>Pas de taille de table (planifié hors ligne) : les durées qui dépendent de la taille sont inconnues.</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="63"/>
        <source>Riskiest step</source>
        <translation>Étape la plus risquée</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="64"/>
        <source>Step %1: %2</source>
        <translation>Étape %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="75"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="76"/>
        <source>A prepared rollback undoes it. It loses: %1</source>
        <translation>Un retour arrière préparé l&apos;annule. Il perd : %1</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="78"/>
        <source>No automatic rollback.</source>
        <translation>Pas de retour arrière automatique.</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="86"/>
        <source>We restore from the backup taken before it (%1).</source>
        <translation>Nous restaurons depuis la sauvegarde faite avant (%1).</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="109"/>
        <location filename="../ui/plan/planslides.cpp" line="125"/>
        <source>Risk: %1</source>
        <translation>Risque : %1</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="119"/>
        <source>A low-risk change: it runs as one short statement.</source>
        <translation>Un changement à faible risque : il s&apos;exécute en une seule instruction courte.</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="124"/>
        <source>A safer way</source>
        <translation>Une voie plus sûre</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="125"/>
        <source>Why it is risky</source>
        <translation>Pourquoi c&apos;est risqué</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="132"/>
        <source>We check %1 by hand: this plan has no verification query.</source>
        <translation>Nous vérifions %1 à la main : ce plan n&apos;a pas de requête de vérification.</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="134"/>
        <source>A verification query confirms the result on %1.</source>
        <translation>Une requête de vérification confirme le résultat sur %1.</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="135"/>
        <source>%1 verification queries confirm the result on %2.</source>
        <translation>%1 requêtes de vérification confirment le résultat sur %2.</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="148"/>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="149"/>
        <source>Step %1 of %2 · %3 phase</source>
        <translation>Étape %1 sur %2 · phase %3</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="155"/>
        <source>What changes</source>
        <translation>Ce qui change</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="121"/>
        <source>Why it is safe</source>
        <translation>Pourquoi c&apos;est sûr</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="157"/>
        <source>What it locks, for how long</source>
        <translation>Ce qui est verrouillé, et combien de temps</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="158"/>
        <source>%1 for %2; %3</source>
        <translation>%1 pendant %2 ; %3</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="160"/>
        <source>What users will notice</source>
        <translation>Ce que verront les utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="161"/>
        <source>Nothing expected.</source>
        <translation>Rien de prévu.</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="162"/>
        <source>How we roll back</source>
        <translation>Comment revenir en arrière</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="164"/>
        <source>Application deploy</source>
        <translation>Déploiement de l&apos;application</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="165"/>
        <source>The statement</source>
        <translation>L&apos;instruction</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="179"/>
        <source>Go / no-go</source>
        <translation>Go / no-go</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="193"/>
        <source>Before we start</source>
        <translation>Avant de commencer</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="195"/>
        <source>Approvals: %1. No step needs a table backup.</source>
        <translation>Approbations : %1. Aucune étape ne nécessite de sauvegarde de table.</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="197"/>
        <source>the usual review</source>
        <translation>la revue habituelle</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="199"/>
        <source>Approvals: %1. Backups of %2.</source>
        <translation>Approbations : %1. Sauvegardes de %2.</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="202"/>
        <source>While it runs</source>
        <translation>Pendant l&apos;exécution</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="203"/>
        <source>We watch lock waits, replication lag and errors live, and stop at once when a threshold is crossed.</source>
        <translation>Nous surveillons en direct les attentes de verrou, le retard de réplication et les erreurs, et arrêtons aussitôt qu&apos;un seuil est franchi.</translation>
    </message>
    <message>
        <location filename="../ui/plan/planslides.cpp" line="205"/>
        <source>Afterwards</source>
        <translation>Ensuite</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message numerus="yes">
        <location filename="../core/diff/planner.cpp" line="92"/>
        <source> (about %n row(s))</source>
        <translation>
            <numerusform>(environ %n ligne)</numerusform>
            <numerusform>(environ %n lignes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/diff/planner.cpp" line="110"/>
        <source>takes %1 on %2: blocks %3 while waiting for and holding it</source>
        <translation>prend %1 sur %2 : bloque %3 pendant l&apos;attente et la détention du verrou</translation>
    </message>
    <message>
        <location filename="../core/diff/planner.cpp" line="112"/>
        <source>reads and writes</source>
        <translation>lectures et écritures</translation>
    </message>
    <message>
        <location filename="../core/diff/planner.cpp" line="112"/>
        <source>writes</source>
        <translation>écritures</translation>
    </message>
    <message>
        <location filename="../core/diff/planner.cpp" line="116"/>
        <source>rewrites the table</source>
        <translation>réécrit la table</translation>
    </message>
    <message>
        <location filename="../core/diff/planner.cpp" line="120"/>
        <source>builds an index: time grows with the table</source>
        <translation>construit un index : la durée croît avec la table</translation>
    </message>
    <message>
        <location filename="../core/diff/planner.cpp" line="123"/>
        <source>reads every row of the table</source>
        <translation>lit chaque ligne de la table</translation>
    </message>
    <message>
        <location filename="../core/diff/planner.cpp" line="214"/>
        <source>%1 comes back empty: the data the up plan dropped is not restored (restore it from a backup)</source>
        <translation>%1 revient vide : les données supprimées par le plan up ne sont pas restaurées (restaurez-les depuis une sauvegarde)</translation>
    </message>
    <message>
        <location filename="../core/diff/planobjects.cpp" line="74"/>
        <source>drops schema %1 (it must be empty)</source>
        <translation>supprime le schéma %1 (il doit être vide)</translation>
    </message>
    <message>
        <location filename="../core/diff/planobjects.cpp" line="87"/>
        <source>installs the extension&apos;s objects (not compared one by one)</source>
        <translation>installe les objets de l&apos;extension (non comparés un par un)</translation>
    </message>
    <message>
        <location filename="../core/diff/planobjects.cpp" line="90"/>
        <source>drops the extension and every object it installed</source>
        <translation>supprime l&apos;extension et tous les objets qu&apos;elle a installés</translation>
    </message>
    <message>
        <location filename="../core/diff/planobjects.cpp" line="124"/>
        <source>drops the sequence and its current value</source>
        <translation>supprime la séquence et sa valeur courante</translation>
    </message>
    <message>
        <location filename="../core/diff/planobjects.cpp" line="155"/>
        <source>dropped and created again around the change: it is missing in between</source>
        <translation>supprimé puis recréé autour du changement : il manque entre-temps</translation>
    </message>
    <message>
        <location filename="../core/diff/planobjects.cpp" line="163"/>
        <source>runs the view&apos;s query to fill it</source>
        <translation>exécute la requête de la vue pour la remplir</translation>
    </message>
    <message>
        <location filename="../core/diff/planobjects.cpp" line="182"/>
        <source>aggregate %1: write its CREATE AGGREGATE by hand</source>
        <translation>agrégat %1 : écrivez son CREATE AGGREGATE à la main</translation>
    </message>
    <message>
        <location filename="../core/diff/planobjects.cpp" line="184"/>
        <source>aggregates are not generated: write CREATE AGGREGATE by hand</source>
        <translation>les agrégats ne sont pas générés : écrivez CREATE AGGREGATE à la main</translation>
    </message>
    <message>
        <location filename="../core/diff/planobjects.cpp" line="190"/>
        <source>the function body&apos;s uses of tables, columns and other functions are not tracked: check them</source>
        <translation>les usages de tables, colonnes et autres fonctions dans le corps de la fonction ne sont pas suivis : vérifiez-les</translation>
    </message>
    <message>
        <location filename="../core/diff/planobjects.cpp" line="196"/>
        <source>callers of the function (application, other function bodies) are not tracked</source>
        <translation>les appelants de la fonction (application, autres corps de fonction) ne sont pas suivis</translation>
    </message>
    <message>
        <location filename="../core/diff/planobjects.cpp" line="239"/>
        <source>labels removed or moved (%1 -&gt; %2): the type is rebuilt; rows holding a removed label make the conversion fail</source>
        <translation>libellés supprimés ou déplacés (%1 -&gt; %2) : le type est reconstruit ; les lignes portant un libellé supprimé font échouer la conversion</translation>
    </message>
    <message>
        <location filename="../core/diff/planobjects.cpp" line="277"/>
        <source>rewrites %1%2</source>
        <translation>réécrit %1%2</translation>
    </message>
    <message>
        <location filename="../core/diff/planobjects.cpp" line="299"/>
        <source>base type changes: the domain is dropped and created again (fails while columns use it)</source>
        <translation>le type de base change : le domaine est supprimé puis recréé (échoue tant que des colonnes l&apos;utilisent)</translation>
    </message>
    <message>
        <location filename="../core/diff/planobjects.cpp" line="315"/>
        <location filename="../core/diff/planobjects.cpp" line="328"/>
        <source>checks every column of this domain</source>
        <translation>vérifie chaque colonne de ce domaine</translation>
    </message>
    <message>
        <location filename="../core/diff/planobjects.cpp" line="367"/>
        <source>dropped or retyped attributes change data in columns of this type</source>
        <translation>les attributs supprimés ou retypés modifient les données des colonnes de ce type</translation>
    </message>
    <message>
        <location filename="../core/diff/planobjects.cpp" line="388"/>
        <source>owned by %1</source>
        <translation>propriété de %1</translation>
    </message>
    <message>
        <location filename="../core/diff/planobjects.cpp" line="389"/>
        <source>owner %1 -&gt; %2</source>
        <translation>propriétaire %1 -&gt; %2</translation>
    </message>
    <message>
        <location filename="../core/diff/planobjects.cpp" line="426"/>
        <source>%1 loses %2</source>
        <translation>%1 perd %2</translation>
    </message>
    <message>
        <location filename="../core/diff/planobjects.cpp" line="434"/>
        <source>%1 gains %2</source>
        <translation>%1 obtient %2</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="66"/>
        <source>row level security: rows are visible only through policies</source>
        <translation>sécurité au niveau ligne : les lignes ne sont visibles qu&apos;à travers les politiques</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="90"/>
        <source>drops table %1 and all its rows%2</source>
        <translation>supprime la table %1 et toutes ses lignes%2</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="97"/>
        <source>the partition key changes (%1 -&gt; %2): PostgreSQL cannot change it in place, so the table and all its partitions are dropped and created again EMPTY; copy the rows out first (or create the new table beside it, copy, and swap the names)</source>
        <translation>la clé de partitionnement change (%1 -&gt; %2) : PostgreSQL ne peut pas la modifier sur place, la table et toutes ses partitions sont donc supprimées et recréées VIDES ; copiez d&apos;abord les lignes (ou créez la nouvelle table à côté, copiez, puis échangez les noms)</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="101"/>
        <source>its partitioning changes: the table is dropped and created again empty; copy the rows out first</source>
        <translation>son partitionnement change : la table est supprimée et recréée vide ; copiez d&apos;abord les lignes</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="116"/>
        <source>possible rename to %1: a drop and a create lose the data; rename with ALTER TABLE ... RENAME TO instead</source>
        <translation>renommage possible en %1 : une suppression suivie d&apos;une création perd les données ; renommez plutôt avec ALTER TABLE ... RENAME TO</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="135"/>
        <source>rewrites the table%1</source>
        <translation>réécrit la table%1</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="141"/>
        <source>enables row level security: rows are visible only through policies</source>
        <translation>active la sécurité au niveau ligne : les lignes ne sont visibles qu&apos;à travers les politiques</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="142"/>
        <source>disables row level security: policies stop applying</source>
        <translation>désactive la sécurité au niveau ligne : les politiques ne s&apos;appliquent plus</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="147"/>
        <source>changes whether the owner is subject to policies</source>
        <translation>change si le propriétaire est soumis aux politiques</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="190"/>
        <source>NOT NULL without a default: fill %1 in the existing rows (e.g. slipway-cli backfill) before the NOT NULL steps below</source>
        <translation>NOT NULL sans valeur par défaut : remplissez %1 dans les lignes existantes (p. ex. slipway-cli backfill) avant les étapes NOT NULL ci-dessous</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="197"/>
        <source>fills the new column in every row: rewrites the table%1</source>
        <translation>remplit la nouvelle colonne dans chaque ligne : réécrit la table%1</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="205"/>
        <source>drops column %1 and its data%2</source>
        <translation>supprime la colonne %1 et ses données%2</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="211"/>
        <source>possible rename to %1: a drop and an add lose the data; use ALTER TABLE ... RENAME COLUMN instead</source>
        <translation>renommage possible en %1 : une suppression suivie d&apos;un ajout perd les données ; utilisez plutôt ALTER TABLE ... RENAME COLUMN</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="243"/>
        <source>type %1 -&gt; %2: rewrites the table and its indexes unless the types are binary compatible%3</source>
        <translation>type %1 -&gt; %2 : réécrit la table et ses index sauf si les types sont binairement compatibles%3</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="281"/>
        <source>the identity changes direction and restarts at %1: the values it gives may repeat values already in the table</source>
        <translation>l&apos;identité change de sens et redémarre à %1 : les valeurs qu&apos;elle donne peuvent répéter des valeurs déjà présentes dans la table</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="285"/>
        <source>GENERATED ALWAYS: inserts that give %1 a value fail from now on (unless they say OVERRIDING SYSTEM VALUE)</source>
        <translation>GENERATED ALWAYS : les insertions qui donnent une valeur à %1 échouent désormais (sauf avec OVERRIDING SYSTEM VALUE)</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="291"/>
        <source>the identity&apos;s range narrows: fails when the sequence&apos;s current value is outside it, and inserts fail once it is exhausted%1</source>
        <translation>la plage de l&apos;identité se resserre : échoue si la valeur courante de la séquence est en dehors, et les insertions échouent une fois la plage épuisée%1</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="293"/>
        <source> (CYCLE: it wraps around and may repeat values)</source>
        <translation> (CYCLE : elle recommence au début et peut répéter des valeurs)</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="303"/>
        <source>scans the whole table under ACCESS EXCLUSIVE%1</source>
        <translation>parcourt toute la table sous ACCESS EXCLUSIVE%1</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="312"/>
        <source>scans the table to prove no NULLs, without blocking reads or writes%1</source>
        <translation>parcourt la table pour prouver l&apos;absence de NULL, sans bloquer lectures ni écritures%1</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="315"/>
        <source>no scan: the validated CHECK (%1 IS NOT NULL) proves it, so the lock is held for an instant</source>
        <translation>pas de parcours : le CHECK (%1 IS NOT NULL) validé le prouve, le verrou n&apos;est donc tenu qu&apos;un instant</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="332"/>
        <source>drops the index behind %1</source>
        <translation>supprime l&apos;index sous-jacent à %1</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="360"/>
        <source>a partitioned table cannot take NOT VALID: checks every row while locked</source>
        <translation>une table partitionnée n&apos;accepte pas NOT VALID : vérifie chaque ligne sous verrou</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="369"/>
        <source>checks every row without blocking writes%1</source>
        <translation>vérifie chaque ligne sans bloquer les écritures%1</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="385"/>
        <source>builds the unique index without blocking writes; time grows with the table%1</source>
        <translation>construit l&apos;index unique sans bloquer les écritures ; la durée croît avec la table%1</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="399"/>
        <source>builds the index while holding its lock%1</source>
        <translation>construit l&apos;index en tenant son verrou%1</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="407"/>
        <source>builds the index while holding ACCESS EXCLUSIVE%1</source>
        <translation>construit l&apos;index sous ACCESS EXCLUSIVE%1</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="430"/>
        <source>builds the index without blocking writes (two table scans)%1</source>
        <translation>construit l&apos;index sans bloquer les écritures (deux parcours de table)%1</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="432"/>
        <source>builds the index while blocking writes (partitioned tables cannot build concurrently)%1</source>
        <translation>construit l&apos;index en bloquant les écritures (les tables partitionnées ne peuvent pas construire en concurrence)%1</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="449"/>
        <source>rebuilds the index while blocking writes%1</source>
        <translation>reconstruit l&apos;index en bloquant les écritures%1</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="456"/>
        <source>builds the new index beside the old one without blocking writes%1</source>
        <translation>construit le nouvel index à côté de l&apos;ancien sans bloquer les écritures%1</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="485"/>
        <source>runs a function on every matching row: what it does is not tracked</source>
        <translation>exécute une fonction sur chaque ligne concernée : ce qu&apos;elle fait n&apos;est pas suivi</translation>
    </message>
    <message>
        <location filename="../core/diff/plantables.cpp" line="499"/>
        <location filename="../core/diff/plantables.cpp" line="505"/>
        <location filename="../core/diff/plantables.cpp" line="514"/>
        <location filename="../core/diff/plantables.cpp" line="522"/>
        <source>changes which rows roles can see or change</source>
        <translation>change les lignes que les rôles peuvent voir ou modifier</translation>
    </message>
    <message>
        <location filename="../core/diff/verify.cpp" line="131"/>
        <source>comment on %1 is as in the target</source>
        <translation>le commentaire de %1 est celui de la cible</translation>
    </message>
    <message>
        <location filename="../core/diff/verify.cpp" line="138"/>
        <source>%1 is owned by %2</source>
        <translation>%1 appartient à %2</translation>
    </message>
    <message>
        <location filename="../core/diff/verify.cpp" line="144"/>
        <source>%1 is gone</source>
        <translation>%1 a disparu</translation>
    </message>
    <message>
        <location filename="../core/diff/verify.cpp" line="151"/>
        <source>%1 is attached again %2</source>
        <translation>%1 est rattachée de nouveau %2</translation>
    </message>
    <message>
        <location filename="../core/diff/verify.cpp" line="154"/>
        <source>%1 exists with its type and nullability</source>
        <translation>%1 existe avec son type et sa nullabilité</translation>
    </message>
    <message>
        <location filename="../core/diff/verify.cpp" line="157"/>
        <source>%1 has its labels in order</source>
        <translation>%1 a ses libellés dans l&apos;ordre</translation>
    </message>
    <message>
        <location filename="../core/diff/verify.cpp" line="164"/>
        <source>%1 exists (%2)</source>
        <translation>%1 existe (%2)</translation>
    </message>
    <message>
        <location filename="../core/diff/verify.cpp" line="164"/>
        <source>validated</source>
        <translation>validée</translation>
    </message>
    <message>
        <location filename="../core/diff/verify.cpp" line="164"/>
        <source>NOT VALID</source>
        <translation>NOT VALID</translation>
    </message>
    <message>
        <location filename="../core/diff/verify.cpp" line="167"/>
        <source>%1 exists</source>
        <translation>%1 existe</translation>
    </message>
    <message>
        <location filename="../core/diff/aggregates.cpp" line="152"/>
        <source>queries and function bodies that call the aggregate are not tracked; views that use it make the DROP fail</source>
        <translation>les requêtes et corps de fonctions qui appellent l&apos;agrégat ne sont pas suivis ; les vues qui l&apos;utilisent font échouer le DROP</translation>
    </message>
    <message>
        <location filename="../core/diff/aggregates.cpp" line="159"/>
        <source>aggregate %1: its definition is not in the snapshot; write its CREATE AGGREGATE by hand</source>
        <translation>agrégat %1 : sa définition n&apos;est pas dans l&apos;instantané ; écrivez son CREATE AGGREGATE à la main</translation>
    </message>
    <message>
        <location filename="../core/diff/aggregates.cpp" line="162"/>
        <source>the snapshot was written before aggregates were read in full</source>
        <translation>l&apos;instantané a été écrit avant que les agrégats soient lus en entier</translation>
    </message>
    <message>
        <location filename="../core/diff/aggregates.cpp" line="174"/>
        <source>its arguments, result or kind change: dropped and created again; views that use it make the DROP fail, and it is missing in between</source>
        <translation>ses arguments, son résultat ou sa nature changent : supprimé puis recréé ; les vues qui l&apos;utilisent font échouer le DROP, et il manque entre les deux</translation>
    </message>
    <message>
        <location filename="../core/diff/aggregates.cpp" line="176"/>
        <source>CREATE OR REPLACE AGGREGATE needs PostgreSQL 12: dropped and created again; views that use it make the DROP fail, and it is missing in between</source>
        <translation>CREATE OR REPLACE AGGREGATE demande PostgreSQL 12 : supprimé puis recréé ; les vues qui l&apos;utilisent font échouer le DROP, et il manque entre les deux</translation>
    </message>
    <message>
        <location filename="../core/diff/aggregates.cpp" line="189"/>
        <source>privileges granted on the aggregate beyond the defaults must be granted again</source>
        <translation>les privilèges accordés sur l&apos;agrégat au-delà des valeurs par défaut doivent être accordés de nouveau</translation>
    </message>
    <message>
        <location filename="../core/diff/aggregates.cpp" line="193"/>
        <source>replaced in place: queries running it keep the old definition until they end</source>
        <translation>remplacé sur place : les requêtes qui l&apos;exécutent gardent l&apos;ancienne définition jusqu&apos;à leur fin</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/diff/plangroups.cpp" line="121"/>
        <source>runs in one transaction with the next %n statement(s): the dependent views and triggers are dropped, the change made and they are created again, so readers never see them missing; the locks are held until the COMMIT</source>
        <translation>
            <numerusform>s&apos;exécute dans une transaction avec l&apos;instruction suivante : les vues et déclencheurs dépendants sont supprimés, le changement fait et ils sont recréés, pour que les lecteurs ne les voient jamais manquer ; les verrous sont tenus jusqu&apos;au COMMIT</numerusform>
            <numerusform>s&apos;exécute dans une transaction avec les %n instructions suivantes : les vues et déclencheurs dépendants sont supprimés, le changement fait et ils sont recréés, pour que les lecteurs ne les voient jamais manquer ; les verrous sont tenus jusqu&apos;au COMMIT</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/diff/planpartitions.cpp" line="82"/>
        <source>detaches in two transactions under SHARE UPDATE EXCLUSIVE: reads and writes of %1 go on; it waits for the transactions that use the partition. Should it be interrupted, finish it with ALTER TABLE %1 DETACH PARTITION %2 FINALIZE</source>
        <translation>détache en deux transactions sous SHARE UPDATE EXCLUSIVE : lectures et écritures de %1 continuent ; il attend les transactions qui utilisent la partition. S&apos;il est interrompu, terminez-le avec ALTER TABLE %1 DETACH PARTITION %2 FINALIZE</translation>
    </message>
    <message>
        <location filename="../core/diff/planpartitions.cpp" line="88"/>
        <source>DETACH without CONCURRENTLY (%1): blocks reads and writes of %2 while waiting for and holding its lock</source>
        <translation>DETACH sans CONCURRENTLY (%1) : bloque lectures et écritures de %2 pendant qu&apos;il attend et tient son verrou</translation>
    </message>
    <message>
        <location filename="../core/diff/planpartitions.cpp" line="91"/>
        <source>it needs PostgreSQL 14</source>
        <translation>il demande PostgreSQL 14</translation>
    </message>
    <message>
        <location filename="../core/diff/planpartitions.cpp" line="92"/>
        <source>%1 has a default partition</source>
        <translation>%1 a une partition par défaut</translation>
    </message>
    <message>
        <location filename="../core/diff/planpartitions.cpp" line="95"/>
        <source>until the ATTACH below, the rows of %1 are not seen through %2, and rows written to %2 for its range go to the default partition or fail</source>
        <translation>jusqu&apos;à l&apos;ATTACH ci-dessous, les lignes de %1 ne sont pas visibles via %2, et les lignes écrites dans %2 pour sa plage vont dans la partition par défaut ou échouent</translation>
    </message>
    <message>
        <location filename="../core/diff/planpartitions.cpp" line="100"/>
        <source>foreign keys reference %1: the DETACH fails while rows of other tables reference rows of %2</source>
        <translation>des clés étrangères référencent %1 : le DETACH échoue tant que des lignes d&apos;autres tables référencent des lignes de %2</translation>
    </message>
    <message>
        <location filename="../core/diff/planpartitions.cpp" line="113"/>
        <source>checks every row against the new bound without blocking writes%1; fails when a row lies outside it (count them first: %2)</source>
        <translation>vérifie chaque ligne par rapport à la nouvelle borne sans bloquer les écritures%1 ; échoue si une ligne est en dehors (comptez-les d&apos;abord : %2)</translation>
    </message>
    <message>
        <location filename="../core/diff/planpartitions.cpp" line="120"/>
        <source>no scan of %1: the validated CHECK proves the new bound</source>
        <translation>pas de parcours de %1 : le CHECK validé prouve la nouvelle borne</translation>
    </message>
    <message>
        <location filename="../core/diff/planpartitions.cpp" line="121"/>
        <source>scans %1 under ACCESS EXCLUSIVE to prove the new bound; fails when a row lies outside it (count them first: %2)</source>
        <translation>parcourt %1 sous ACCESS EXCLUSIVE pour prouver la nouvelle borne ; échoue si une ligne est en dehors (comptez-les d&apos;abord : %2)</translation>
    </message>
    <message>
        <location filename="../core/diff/planpartitions.cpp" line="125"/>
        <source>scans the default partition %1 for rows of the new range while holding its lock, and fails if it holds any: move them out first</source>
        <translation>parcourt la partition par défaut %1 à la recherche de lignes de la nouvelle plage en tenant son verrou, et échoue si elle en contient : déplacez-les d&apos;abord</translation>
    </message>
</context>
<context>
    <name>PreferJsonb</name>
    <message>
        <location filename="../core/lint/rules/strongpreferjsonb.cpp" line="18"/>
        <source>A json column breaks SELECT DISTINCT and UNION; use jsonb</source>
        <translation>Une colonne json casse SELECT DISTINCT et UNION ; utilisez jsonb</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongpreferjsonb.cpp" line="54"/>
        <source>Column %1 of %2 is json; use jsonb.</source>
        <translation>La colonne %1 de %2 est en json ; utilisez jsonb.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongpreferjsonb.cpp" line="55"/>
        <source>The json type has no equality operator: SELECT DISTINCT, UNION and GROUP BY over rows of %1 fail with &quot;could not identify an equality operator for type json&quot;. It is also re-parsed on every access and cannot be indexed with GIN.</source>
        <translation>Le type json n&apos;a pas d&apos;opérateur d&apos;égalité : SELECT DISTINCT, UNION et GROUP BY sur les lignes de %1 échouent avec « could not identify an equality operator for type json ». Il est aussi réanalysé à chaque accès et ne peut pas être indexé en GIN.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongpreferjsonb.cpp" line="59"/>
        <source>Use jsonb. Keep json only when you must preserve key order, duplicate keys or whitespace exactly as sent.</source>
        <translation>Utilisez jsonb. Ne gardez json que si vous devez préserver exactement l&apos;ordre des clés, les clés en double ou les espaces tels qu&apos;envoyés.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongpreferjsonb.cpp" line="65"/>
        <source>Use jsonb</source>
        <translation>Utiliser jsonb</translation>
    </message>
</context>
<context>
    <name>PreferRepack</name>
    <message>
        <location filename="../core/lint/rules/preferrepack.cpp" line="20"/>
        <source>CLUSTER and VACUUM FULL block the table; REPACK (CONCURRENTLY) does not</source>
        <translation>CLUSTER et VACUUM FULL bloquent la table ; REPACK (CONCURRENTLY) non</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/preferrepack.cpp" line="60"/>
        <source>%1 holds ACCESS EXCLUSIVE while it rewrites the table.</source>
        <translation>%1 tient ACCESS EXCLUSIVE pendant la réécriture de la table.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/preferrepack.cpp" line="61"/>
        <source>Every read and write of the table waits until the rewrite finishes.</source>
        <translation>Toute lecture et écriture de la table attend la fin de la réécriture.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/preferrepack.cpp" line="62"/>
        <source>Use REPACK (CONCURRENTLY), which rewrites the table without blocking reads and writes.</source>
        <translation>Utilisez REPACK (CONCURRENTLY), qui réécrit la table sans bloquer lectures et écritures.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/preferrepack.cpp" line="63"/>
        <source>Use REPACK (CONCURRENTLY)</source>
        <translation>Utiliser REPACK (CONCURRENTLY)</translation>
    </message>
</context>
<context>
    <name>PreferRobustStmts</name>
    <message>
        <location filename="../core/lint/rules/preferrobuststmts.cpp" line="21"/>
        <source>Statements outside a transaction should be safe to run twice</source>
        <translation>Les instructions hors transaction doivent pouvoir être exécutées deux fois</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/preferrobuststmts.cpp" line="35"/>
        <source>CREATE INDEX without IF NOT EXISTS fails when run again.</source>
        <translation>CREATE INDEX sans IF NOT EXISTS échoue à la réexécution.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/preferrobuststmts.cpp" line="44"/>
        <source>CREATE TABLE without IF NOT EXISTS fails when run again.</source>
        <translation>CREATE TABLE sans IF NOT EXISTS échoue à la réexécution.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/preferrobuststmts.cpp" line="52"/>
        <source>DROP without IF EXISTS fails when run again.</source>
        <translation>DROP sans IF EXISTS échoue à la réexécution.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/preferrobuststmts.cpp" line="85"/>
        <source>Drop the constraint IF EXISTS first</source>
        <translation>Supprimer d&apos;abord la contrainte avec IF EXISTS</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/preferrobuststmts.cpp" line="92"/>
        <source>This ALTER TABLE step fails or changes something else when run again.</source>
        <translation>Cette étape ALTER TABLE échoue ou modifie autre chose à la réexécution.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/preferrobuststmts.cpp" line="102"/>
        <source>This ALTER TABLE step fails when run again.</source>
        <translation>Cette étape ALTER TABLE échoue à la réexécution.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/preferrobuststmts.cpp" line="110"/>
        <source>Outside a transaction, a migration that fails part way leaves the earlier statements applied; running it again then fails on them, and someone has to repair it by hand.</source>
        <translation>Hors transaction, une migration qui échoue en cours de route laisse les instructions précédentes appliquées ; la relancer échoue alors sur elles, et quelqu&apos;un doit réparer à la main.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/preferrobuststmts.cpp" line="112"/>
        <source>Use IF NOT EXISTS / IF EXISTS (or DROP CONSTRAINT IF EXISTS before ADD CONSTRAINT) so the file can be re-run, or run it inside a transaction.</source>
        <translation>Utilisez IF NOT EXISTS / IF EXISTS (ou DROP CONSTRAINT IF EXISTS avant ADD CONSTRAINT) pour que le fichier puisse être relancé, ou exécutez-le dans une transaction.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/preferrobuststmts.cpp" line="121"/>
        <location filename="../core/lint/rules/preferrobuststmts.cpp" line="134"/>
        <source>Add%1</source>
        <translation>Ajouter%1</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../core/settings/preferences.cpp" line="116"/>
        <source>The replication lag throttle threshold (%1 s) must be below its abort threshold (%2 s).</source>
        <translation>Le seuil de ralentissement du retard de réplication (%1 s) doit être inférieur à son seuil d&apos;abandon (%2 s).</translation>
    </message>
    <message>
        <location filename="../core/settings/preferences.cpp" line="120"/>
        <source>The lock wait throttle threshold (%1 s) must be below its abort threshold (%2 s).</source>
        <translation>Le seuil de ralentissement de l&apos;attente de verrou (%1 s) doit être inférieur à son seuil d&apos;abandon (%2 s).</translation>
    </message>
    <message>
        <location filename="../core/settings/preferences.cpp" line="124"/>
        <source>The error rate throttle threshold (%1 %) must be below its abort threshold (%2 %).</source>
        <translation>Le seuil de ralentissement du taux d&apos;erreur (%1 %) doit être inférieur à son seuil d&apos;abandon (%2 %).</translation>
    </message>
    <message>
        <location filename="../core/settings/preferences.cpp" line="128"/>
        <source>The error rate abort threshold (%1 %) cannot be above 100 %.</source>
        <translation>Le seuil d&apos;abandon du taux d&apos;erreur (%1 %) ne peut pas dépasser 100 %.</translation>
    </message>
    <message>
        <location filename="../core/settings/preferences.cpp" line="130"/>
        <source>The error rate needs a minimum of at least one transaction.</source>
        <translation>Le taux d&apos;erreur exige un minimum d&apos;au moins une transaction.</translation>
    </message>
    <message>
        <location filename="../core/settings/preferences.cpp" line="132"/>
        <source>The sampling interval must be at least %1 ms.</source>
        <translation>L&apos;intervalle d&apos;échantillonnage doit être d&apos;au moins %1 ms.</translation>
    </message>
    <message>
        <location filename="../core/settings/preferences.cpp" line="134"/>
        <source>The lock timeout (%1 ms) must not exceed the statement timeout (%2 ms).</source>
        <translation>Le délai de verrou (%1 ms) ne doit pas dépasser le délai d&apos;instruction (%2 ms).</translation>
    </message>
</context>
<context>
    <name>ProductionGuard</name>
    <message>
        <location filename="../core/run/productionguard.cpp" line="17"/>
        <source>This is the production database &quot;%1&quot;. Type its name to run.</source>
        <translation>Ceci est la base de production « %1 ». Saisissez son nom pour exécuter.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../core/db/profilestore.cpp" line="31"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/db/profilestore.cpp" line="41"/>
        <source>%1:%2:%3: not a valid connections file: %4</source>
        <translation>%1:%2:%3 : fichier de connexions non valide : %4</translation>
    </message>
    <message>
        <location filename="../core/db/profilestore.cpp" line="46"/>
        <source>%1 is not a valid connections file: the top level is not a JSON object.</source>
        <translation>%1 n&apos;est pas un fichier de connexions valide : le niveau supérieur n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <location filename="../core/db/profilestore.cpp" line="69"/>
        <location filename="../core/db/profilestore.cpp" line="75"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/db/profilestore.cpp" line="126"/>
        <source>&quot;%1&quot; is neither a saved connection profile nor a libpq URI or key=value conninfo.</source>
        <translation>« %1 » n&apos;est ni un profil de connexion enregistré, ni une URI libpq, ni un conninfo key=value.</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <location filename="../ui/recentmenu.cpp" line="15"/>
        <source>No recent items</source>
        <translation>Aucun élément récent</translation>
    </message>
    <message>
        <location filename="../ui/recentmenu.cpp" line="29"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vider le menu</translation>
    </message>
</context>
<context>
    <name>RehearsalReport</name>
    <message numerus="yes">
        <location filename="../core/diff/rehearsalreport.cpp" line="52"/>
        <source>Rehearsal clean: the up plan (%n statement(s)) gave the target and the down plan (%1) gave the source back.</source>
        <translation>
            <numerusform>Répétition propre : le plan up (%n instruction) a produit la cible et le plan down (%1) a rétabli la source.</numerusform>
            <numerusform>Répétition propre : le plan up (%n instructions) a produit la cible et le plan down (%1) a rétabli la source.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/diff/rehearsalreport.cpp" line="55"/>
        <source>Rehearsal clean: the up plan (%n statement(s)) gave the target.</source>
        <translation>
            <numerusform>Répétition propre : le plan up (%n instruction) a produit la cible.</numerusform>
            <numerusform>Répétition propre : le plan up (%n instructions) a produit la cible.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/diff/rehearsalreport.cpp" line="59"/>
        <source>Rehearsal not clean: the plan ran, but differences are left.</source>
        <translation>Répétition non propre : le plan s&apos;est exécuté, mais des différences subsistent.</translation>
    </message>
    <message>
        <location filename="../core/diff/rehearsalreport.cpp" line="62"/>
        <source>Rehearsal failed: a statement did not run on the scratch database.</source>
        <translation>Répétition échouée : une instruction ne s&apos;est pas exécutée sur la base jetable.</translation>
    </message>
    <message>
        <location filename="../core/diff/rehearsalreport.cpp" line="65"/>
        <source>Could not rehearse: %1</source>
        <translation>Répétition impossible : %1</translation>
    </message>
    <message>
        <location filename="../core/diff/rehearsalreport.cpp" line="68"/>
        <source>Rehearsal cancelled.</source>
        <translation>Répétition annulée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/diff/rehearsalreport.cpp" line="72"/>
        <source>Owners and privileges not rehearsed: the scratch server has no role %1 (%n statement(s) skipped).</source>
        <translation>
            <numerusform>Propriétaires et droits non répétés : le serveur jetable n&apos;a pas de rôle %1 (%n instruction ignorée).</numerusform>
            <numerusform>Propriétaires et droits non répétés : le serveur jetable n&apos;a pas de rôle %1 (%n instructions ignorées).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/diff/rehearsalreport.cpp" line="75"/>
        <source>The scratch database could not reproduce the source:</source>
        <translation>La base jetable n&apos;a pas pu reproduire la source :</translation>
    </message>
    <message>
        <location filename="../core/diff/rehearsalreport.cpp" line="77"/>
        <source>Left after the up plan (scratch vs target):</source>
        <translation>Restant après le plan up (base jetable contre cible) :</translation>
    </message>
    <message>
        <location filename="../core/diff/rehearsalreport.cpp" line="78"/>
        <source>Left after the down plan (scratch vs source):</source>
        <translation>Restant après le plan down (base jetable contre source) :</translation>
    </message>
    <message>
        <location filename="../core/diff/rehearsalreport.cpp" line="81"/>
        <source>loading the source</source>
        <translation>chargement de la source</translation>
    </message>
    <message>
        <location filename="../core/diff/rehearsalreport.cpp" line="82"/>
        <source>up plan</source>
        <translation>plan up</translation>
    </message>
    <message>
        <location filename="../core/diff/rehearsalreport.cpp" line="83"/>
        <source>down plan</source>
        <translation>plan down</translation>
    </message>
    <message>
        <location filename="../core/diff/rehearsalreport.cpp" line="84"/>
        <source>Failed in the %1, statement %2:</source>
        <translation>Échec dans le %1, instruction %2 :</translation>
    </message>
    <message>
        <location filename="../core/diff/rehearsalreport.cpp" line="94"/>
        <source>Detail: %1</source>
        <translation>Détail : %1</translation>
    </message>
    <message>
        <location filename="../core/diff/rehearsalreport.cpp" line="96"/>
        <source>Hint: %1</source>
        <translation>Astuce : %1</translation>
    </message>
    <message>
        <location filename="../core/diff/rehearsalreport.cpp" line="99"/>
        <source>Could not drop the scratch database %1; drop it by hand.</source>
        <translation>Impossible de supprimer la base jetable %1 ; supprimez-la à la main.</translation>
    </message>
</context>
<context>
    <name>RenameColumnWizard</name>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="41"/>
        <source>The schema</source>
        <translation>Le schéma</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="42"/>
        <source>The table</source>
        <translation>La table</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="43"/>
        <source>The column</source>
        <translation>La colonne</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="44"/>
        <source>The new name</source>
        <translation>Le nouveau nom</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="46"/>
        <source>The new name is the same as the current one.</source>
        <translation>Le nouveau nom est identique à l&apos;actuel.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="51"/>
        <source>Column %1 already exists in %2.</source>
        <translation>La colonne %1 existe déjà dans %2.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="53"/>
        <source>Table %1 has no primary key: the backfill walks the table by its key.</source>
        <translation>La table %1 n&apos;a pas de clé primaire : le remplissage (backfill) parcourt la table selon sa clé.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="55"/>
        <source>The column type</source>
        <translation>Le type de colonne</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="86"/>
        <source>Add column %1</source>
        <translation>Ajouter la colonne %1</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="89"/>
        <source>Nothing: the new column holds only copies.</source>
        <translation>Rien : la nouvelle colonne ne contient que des copies.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="91"/>
        <source>A nullable column without a default: a catalog change, no rewrite.</source>
        <translation>Une colonne NULL autorisé sans valeur par défaut : un changement de catalogue, sans réécriture.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="92"/>
        <source>No deploy needed before this step: nothing uses the new column yet.</source>
        <translation>Aucun déploiement nécessaire avant cette étape : rien n&apos;utilise encore la nouvelle colonne.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="96"/>
        <source>Keep %1 and %2 in sync (dual-write trigger)</source>
        <translation>Garder %1 et %2 synchronisées (trigger de double écriture)</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="99"/>
        <source>Nothing: the copies already written stay.</source>
        <translation>Rien : les copies déjà écrites restent.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="101"/>
        <source>Whichever column a deploy writes, the trigger copies it to the other one.</source>
        <translation>Quelle que soit la colonne écrite par un déploiement, le trigger la copie dans l&apos;autre.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="102"/>
        <source>After this step, deploy the version that reads %1 and writes %1 (old instances still write %2; the trigger keeps both equal).</source>
        <translation>Après cette étape, déployez la version qui lit %1 et écrit %1 (les anciennes instances écrivent encore %2 ; le trigger garde les deux égales).</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="107"/>
        <source>Copy %1 into %2 for existing rows</source>
        <translation>Copier %1 dans %2 pour les lignes existantes</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="115"/>
        <source>Nothing to undo: the down of step 1 drops the column.</source>
        <translation>Rien à annuler : le down de l&apos;étape 1 supprime la colonne.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="118"/>
        <source>Keyset batches by the backfill runner, so no long row locks and a resumable checkpoint.</source>
        <translation>Lots par keyset via l&apos;exécuteur de remplissage : pas de longs verrous de ligne et un point de reprise.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="125"/>
        <source>Drop the old column %1</source>
        <translation>Supprimer l&apos;ancienne colonne %1</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="138"/>
        <source>The old column comes back nullable, refilled by one UPDATE (run it as a backfill on a large table); indexes and constraints it had are not recreated.</source>
        <translation>L&apos;ancienne colonne revient NULL autorisé, remplie par un UPDATE (exécutez-le en remplissage par lots sur une grande table) ; ses anciens index et contraintes ne sont pas recréés.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="141"/>
        <source>Only after every instance stopped using %1.</source>
        <translation>Seulement quand plus aucune instance n&apos;utilise %1.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="142"/>
        <source>Before this step, deploy the version that no longer reads or writes %1, on every instance.</source>
        <translation>Avant cette étape, déployez sur chaque instance la version qui ne lit ni n&apos;écrit plus %1.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="146"/>
        <source>Rename %1.%2 to %3</source>
        <translation>Renommer %1.%2 en %3</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/renamecolumnwizard.cpp" line="147"/>
        <source>Expand/contract rename: both columns live side by side, kept equal by a trigger, until no deploy uses the old name.</source>
        <translation>Renommage expand/contract : les deux colonnes coexistent, maintenues égales par un trigger, jusqu&apos;à ce qu&apos;aucun déploiement n&apos;utilise l&apos;ancien nom.</translation>
    </message>
</context>
<context>
    <name>RenamingEnumValue</name>
    <message>
        <location filename="../core/lint/rules/strongrenamingenumvalue.cpp" line="18"/>
        <source>Renaming an enum value breaks code that still uses the old label</source>
        <translation>Renommer une valeur d&apos;enum casse le code qui utilise encore l&apos;ancien libellé</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongrenamingenumvalue.cpp" line="38"/>
        <source>Renaming the value &apos;%1&apos; of %2 to &apos;%3&apos; breaks code that still uses &apos;%1&apos;.</source>
        <translation>Renommer la valeur &apos;%1&apos; de %2 en &apos;%3&apos; casse le code qui utilise encore &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongrenamingenumvalue.cpp" line="40"/>
        <source>The rename is instant and there is no moment when both labels exist: application servers still running the old code fail on every INSERT, UPDATE or comparison that uses &apos;%1&apos; (invalid input value for enum %2).</source>
        <translation>Le renommage est instantané et les deux libellés n&apos;existent jamais en même temps : les serveurs d&apos;application encore sur l&apos;ancien code échouent à chaque INSERT, UPDATE ou comparaison utilisant &apos;%1&apos; (invalid input value for enum %2).</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongrenamingenumvalue.cpp" line="43"/>
        <source>Add the new label (ALTER TYPE %1 ADD VALUE &apos;%2&apos;), deploy code that writes &apos;%2&apos; and reads both, backfill the rows in batches, and leave &apos;%3&apos; unused.</source>
        <translation>Ajoutez le nouveau libellé (ALTER TYPE %1 ADD VALUE &apos;%2&apos;), déployez un code qui écrit &apos;%2&apos; et lit les deux, remplissez les lignes par lots et laissez &apos;%3&apos; inutilisé.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongrenamingenumvalue.cpp" line="47"/>
        <source>(RENAME VALUE needs PostgreSQL 10 or later.)</source>
        <translation>(RENAME VALUE exige PostgreSQL 10 ou ultérieur.)</translation>
    </message>
</context>
<context>
    <name>RenamingRule</name>
    <message>
        <location filename="../core/lint/rules/renamingrule.cpp" line="23"/>
        <source>Renaming a table breaks every query that uses the old name</source>
        <translation>Renommer une table casse toute requête utilisant l&apos;ancien nom</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/renamingrule.cpp" line="24"/>
        <source>Renaming a column breaks every query that uses the old name</source>
        <translation>Renommer une colonne casse toute requête utilisant l&apos;ancien nom</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/renamingrule.cpp" line="36"/>
        <source>Renaming %1 to %2 breaks code that still uses %1.</source>
        <translation>Renommer %1 en %2 casse le code qui utilise encore %1.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/renamingrule.cpp" line="37"/>
        <source>The rename is instant, but every running application instance, view definition written as text, and report that names the table fails at once.</source>
        <translation>Le renommage est instantané, mais toute instance d&apos;application en service, définition de vue écrite en texte et rapport qui nomme la table échoue aussitôt.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/renamingrule.cpp" line="39"/>
        <source>Create the new table name as a view over the old one (or the reverse) while code moves over, or copy with dual writes; drop the old name once nothing uses it.</source>
        <translation>Créez le nouveau nom de table comme vue sur l&apos;ancien (ou l&apos;inverse) pendant la migration du code, ou copiez avec double écriture ; supprimez l&apos;ancien nom quand plus rien ne l&apos;utilise.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/renamingrule.cpp" line="44"/>
        <source>Renaming %1.%2 to %3 breaks code that still uses %2.</source>
        <translation>Renommer %1.%2 en %3 casse le code qui utilise encore %2.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/renamingrule.cpp" line="45"/>
        <source>The rename is instant, but application instances still running the previous release select and write the old column name and fail.</source>
        <translation>Le renommage est instantané, mais les instances d&apos;application encore sur la version précédente lisent et écrivent l&apos;ancien nom de colonne et échouent.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/renamingrule.cpp" line="47"/>
        <source>Add the new column, write to both, backfill, move reads over, then drop the old column in a later release.</source>
        <translation>Ajoutez la nouvelle colonne, écrivez dans les deux, remplissez, basculez les lectures, puis supprimez l&apos;ancienne colonne dans une version ultérieure.</translation>
    </message>
</context>
<context>
    <name>RenamingSchema</name>
    <message>
        <location filename="../core/lint/rules/strongrenamingschema.cpp" line="18"/>
        <source>Renaming a schema breaks every query that names it</source>
        <translation>Renommer un schéma casse toute requête qui le nomme</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongrenamingschema.cpp" line="28"/>
        <source>Renaming the schema %1 to %2 breaks every query, function and search_path that names %1.</source>
        <translation>Renommer le schéma %1 en %2 casse toute requête, fonction et search_path qui nomme %1.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongrenamingschema.cpp" line="30"/>
        <source>Running application code, views&apos; callers, functions with SET search_path, grants scripts and connection settings keep using %1 and fail with &quot;relation does not exist&quot; as soon as the rename commits.</source>
        <translation>Le code applicatif en service, les appelants de vues, les fonctions avec SET search_path, les scripts de droits et les paramètres de connexion continuent d&apos;utiliser %1 et échouent avec « relation does not exist » dès que le renommage est validé.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/strongrenamingschema.cpp" line="33"/>
        <source>Create schema %2, move the objects with ALTER ... SET SCHEMA %2 while code reaches them through a search_path that lists both schemas, deploy code that names %2, and drop %1 once nothing uses it.</source>
        <translation>Créez le schéma %2, déplacez les objets avec ALTER ... SET SCHEMA %2 pendant que le code les atteint via un search_path listant les deux schémas, déployez un code qui nomme %2 et supprimez %1 quand plus rien ne l&apos;utilise.</translation>
    </message>
</context>
<context>
    <name>ReplaceIndexWizard</name>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="30"/>
        <source>The schema</source>
        <translation>Le schéma</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="31"/>
        <source>The table</source>
        <translation>La table</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="32"/>
        <source>The old index</source>
        <translation>L&apos;ancien index</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="33"/>
        <source>The new index name</source>
        <translation>Le nom du nouvel index</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="35"/>
        <source>The new index needs its own name while both exist (tick &quot;keep the old name&quot; to rename it at the end).</source>
        <translation>Le nouvel index doit avoir son propre nom tant que les deux existent (cochez « garder l&apos;ancien nom » pour le renommer à la fin).</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="37"/>
        <source>The key columns</source>
        <translation>Les colonnes de clé</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="38"/>
        <source>The WHERE condition</source>
        <translation>La condition WHERE</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="40"/>
        <source>The index method</source>
        <translation>La méthode d&apos;index</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="42"/>
        <source>The old definition must be a CREATE INDEX statement.</source>
        <translation>L&apos;ancienne définition doit être une instruction CREATE INDEX.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="47"/>
        <source>Index %1 does not exist on %2.</source>
        <translation>L&apos;index %1 n&apos;existe pas sur %2.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="49"/>
        <source>Index %1 backs constraint %2: replace the constraint instead.</source>
        <translation>L&apos;index %1 sous-tend la contrainte %2 : remplacez plutôt la contrainte.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="51"/>
        <source>Index %1 already exists.</source>
        <translation>L&apos;index %1 existe déjà.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="71"/>
        <source>Build %1 concurrently</source>
        <translation>Construire %1 en concurrence</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="79"/>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="112"/>
        <source>Nothing.</source>
        <translation>Rien.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="81"/>
        <source>CREATE INDEX CONCURRENTLY: writes go on; it runs outside a transaction and a failure leaves an INVALID index (the verify catches it) to drop before retrying.</source>
        <translation>CREATE INDEX CONCURRENTLY : les écritures continuent ; il s&apos;exécute hors transaction et un échec laisse un index INVALID (la vérification le détecte) à supprimer avant de réessayer.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="83"/>
        <source>No deploy needed; after this step check with EXPLAIN that the queries use %1.</source>
        <translation>Aucun déploiement nécessaire ; après cette étape, vérifiez avec EXPLAIN que les requêtes utilisent %1.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="88"/>
        <source>Drop the old index %1 concurrently</source>
        <translation>Supprimer l&apos;ancien index %1 en concurrence</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="94"/>
        <source>Nothing; the rebuild takes as long as the first build.</source>
        <translation>Rien ; la reconstruction dure autant que la première construction.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="96"/>
        <source>No way back without the old definition: note it before running this step.</source>
        <translation>Pas de retour possible sans l&apos;ancienne définition : notez-la avant cette étape.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="99"/>
        <source>DROP INDEX CONCURRENTLY waits for running queries instead of blocking new ones.</source>
        <translation>DROP INDEX CONCURRENTLY attend les requêtes en cours au lieu de bloquer les nouvelles.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="100"/>
        <source>Before this step, make sure no query relies on %1 (pg_stat_user_indexes.idx_scan of the new index grows).</source>
        <translation>Avant cette étape, assurez-vous qu&apos;aucune requête ne dépend de %1 (pg_stat_user_indexes.idx_scan du nouvel index augmente).</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="106"/>
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="114"/>
        <source>A catalog change; only the name moves.</source>
        <translation>Un changement de catalogue ; seul le nom change.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="118"/>
        <source>Replace index %1 with %2</source>
        <translation>Remplacer l&apos;index %1 par %2</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/replaceindexwizard.cpp" line="119"/>
        <source>Build the new index concurrently, then drop the old one concurrently: writes never wait for an index build.</source>
        <translation>Construire le nouvel index en concurrence, puis supprimer l&apos;ancien en concurrence : les écritures n&apos;attendent jamais une construction d&apos;index.</translation>
    </message>
</context>
<context>
    <name>RequireConcurrentIndexCreation</name>
    <message>
        <location filename="../core/lint/rules/requireconcurrentindexcreation.cpp" line="15"/>
        <source>CREATE INDEX without CONCURRENTLY blocks writes to the table</source>
        <translation>CREATE INDEX sans CONCURRENTLY bloque les écritures sur la table</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentindexcreation.cpp" line="29"/>
        <source>Creating an index on %1 without CONCURRENTLY blocks writes to it until the build ends.</source>
        <translation>Créer un index sur %1 sans CONCURRENTLY y bloque les écritures jusqu&apos;à la fin de la construction.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentindexcreation.cpp" line="30"/>
        <source>CREATE INDEX holds a SHARE lock on the table for the whole build: every INSERT, UPDATE and DELETE waits, and the time grows with the table.</source>
        <translation>CREATE INDEX tient un verrou SHARE sur la table pendant toute la construction : chaque INSERT, UPDATE et DELETE attend, et la durée croît avec la table.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentindexcreation.cpp" line="32"/>
        <source>Use CREATE INDEX CONCURRENTLY, outside a transaction block. If it fails, drop the INVALID index it leaves and try again.</source>
        <translation>Utilisez CREATE INDEX CONCURRENTLY, hors bloc de transaction. En cas d&apos;échec, supprimez l&apos;index INVALID laissé et réessayez.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentindexcreation.cpp" line="36"/>
        <source>Create the index CONCURRENTLY</source>
        <translation>Créer l&apos;index CONCURRENTLY</translation>
    </message>
</context>
<context>
    <name>RequireConcurrentIndexDeletion</name>
    <message>
        <location filename="../core/lint/rules/requireconcurrentindexdeletion.cpp" line="19"/>
        <source>DROP INDEX without CONCURRENTLY blocks reads and writes of the table</source>
        <translation>DROP INDEX sans CONCURRENTLY bloque lectures et écritures sur la table</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentindexdeletion.cpp" line="30"/>
        <source>Dropping index %1 without CONCURRENTLY locks its table.</source>
        <translation>Supprimer l&apos;index %1 sans CONCURRENTLY verrouille sa table.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentindexdeletion.cpp" line="31"/>
        <source>DROP INDEX takes an ACCESS EXCLUSIVE lock on the table; if a long query holds the table, the DROP waits and every other query queues behind it.</source>
        <translation>DROP INDEX prend un verrou ACCESS EXCLUSIVE sur la table ; si une longue requête tient la table, le DROP attend et toutes les autres requêtes s&apos;accumulent derrière.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentindexdeletion.cpp" line="33"/>
        <source>Use DROP INDEX CONCURRENTLY, outside a transaction block (one index per statement).</source>
        <translation>Utilisez DROP INDEX CONCURRENTLY, hors bloc de transaction (un index par instruction).</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentindexdeletion.cpp" line="37"/>
        <source>Drop the index CONCURRENTLY</source>
        <translation>Supprimer l&apos;index CONCURRENTLY</translation>
    </message>
</context>
<context>
    <name>RequireConcurrentPartitionDetach</name>
    <message>
        <location filename="../core/lint/rules/requireconcurrentpartitiondetach.cpp" line="19"/>
        <source>DETACH PARTITION without CONCURRENTLY blocks the whole partitioned table</source>
        <translation>DETACH PARTITION sans CONCURRENTLY bloque toute la table partitionnée</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentpartitiondetach.cpp" line="37"/>
        <source>Detaching %1 from %2 locks %2 against reads and writes.</source>
        <translation>Détacher %1 de %2 verrouille %2 contre lectures et écritures.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentpartitiondetach.cpp" line="38"/>
        <source>A plain DETACH PARTITION takes ACCESS EXCLUSIVE on the partitioned table, so every query on any partition waits for it.</source>
        <translation>Un DETACH PARTITION simple prend ACCESS EXCLUSIVE sur la table partitionnée, donc toute requête sur n&apos;importe quelle partition l&apos;attend.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentpartitiondetach.cpp" line="40"/>
        <source>Use DETACH PARTITION ... CONCURRENTLY (outside a transaction block).</source>
        <translation>Utilisez DETACH PARTITION ... CONCURRENTLY (hors bloc de transaction).</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentpartitiondetach.cpp" line="41"/>
        <source>DETACH PARTITION ... CONCURRENTLY needs PostgreSQL 14; before that, run the detach in a quiet window with a short lock_timeout.</source>
        <translation>DETACH PARTITION ... CONCURRENTLY exige PostgreSQL 14 ; avant, exécutez le détachement dans une période calme avec un lock_timeout court.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentpartitiondetach.cpp" line="44"/>
        <source>Detach CONCURRENTLY</source>
        <translation>Détacher CONCURRENTLY</translation>
    </message>
</context>
<context>
    <name>RequireConcurrentReindex</name>
    <message>
        <location filename="../core/lint/rules/requireconcurrentreindex.cpp" line="19"/>
        <source>REINDEX without CONCURRENTLY blocks writes (and reads using the index)</source>
        <translation>REINDEX sans CONCURRENTLY bloque les écritures (et les lectures utilisant l&apos;index)</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentreindex.cpp" line="31"/>
        <source>REINDEX without CONCURRENTLY locks the table while the index is rebuilt.</source>
        <translation>REINDEX sans CONCURRENTLY verrouille la table pendant la reconstruction de l&apos;index.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentreindex.cpp" line="32"/>
        <source>REINDEX holds a SHARE lock on the table (blocking writes) and ACCESS EXCLUSIVE on the index (blocking queries that would use it) for the whole rebuild.</source>
        <translation>REINDEX tient pendant toute la reconstruction un verrou SHARE sur la table (bloquant les écritures) et ACCESS EXCLUSIVE sur l&apos;index (bloquant les requêtes qui l&apos;utiliseraient).</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentreindex.cpp" line="34"/>
        <source>Use REINDEX ... CONCURRENTLY, outside a transaction block.</source>
        <translation>Utilisez REINDEX ... CONCURRENTLY, hors bloc de transaction.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentreindex.cpp" line="35"/>
        <source>REINDEX CONCURRENTLY needs PostgreSQL 12; before that, build a new index CONCURRENTLY and drop the old one.</source>
        <translation>REINDEX CONCURRENTLY exige PostgreSQL 12 ; avant, construisez un nouvel index CONCURRENTLY et supprimez l&apos;ancien.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireconcurrentreindex.cpp" line="41"/>
        <source>Reindex CONCURRENTLY</source>
        <translation>Réindexer CONCURRENTLY</translation>
    </message>
</context>
<context>
    <name>RequireEnumValueOrdering</name>
    <message>
        <location filename="../core/lint/rules/requireenumvalueordering.cpp" line="19"/>
        <source>ADD VALUE without BEFORE/AFTER puts the value last, whatever the order means</source>
        <translation>ADD VALUE sans BEFORE/AFTER place la valeur en dernier, quel que soit le sens de l&apos;ordre</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireenumvalueordering.cpp" line="27"/>
        <source>Value &apos;%1&apos; is added at the end of enum %2.</source>
        <translation>La valeur &apos;%1&apos; est ajoutée à la fin de l&apos;enum %2.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireenumvalueordering.cpp" line="28"/>
        <source>Enum values sort in declaration order (ORDER BY, &lt;, &gt;); appending puts the new value after all others, which is often not the intended order and cannot be changed later.</source>
        <translation>Les valeurs d&apos;enum se trient dans l&apos;ordre de déclaration (ORDER BY, &lt;, &gt;) ; ajouter en fin place la nouvelle valeur après toutes les autres, ce qui n&apos;est souvent pas l&apos;ordre voulu et ne peut plus être changé.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requireenumvalueordering.cpp" line="30"/>
        <source>Say where it belongs: ADD VALUE &apos;...&apos; BEFORE &apos;...&apos; or AFTER &apos;...&apos;.</source>
        <translation>Indiquez sa place : ADD VALUE &apos;...&apos; BEFORE &apos;...&apos; ou AFTER &apos;...&apos;.</translation>
    </message>
</context>
<context>
    <name>RequireTableSchema</name>
    <message>
        <location filename="../core/lint/rules/requiretableschema.cpp" line="19"/>
        <source>Tables named without a schema depend on the session&apos;s search_path</source>
        <translation>Les tables nommées sans schéma dépendent du search_path de la session</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requiretableschema.cpp" line="49"/>
        <source>Table %1 is not schema-qualified.</source>
        <translation>La table %1 n&apos;est pas qualifiée par un schéma.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requiretableschema.cpp" line="50"/>
        <source>Which table is meant depends on search_path when the migration runs; a different role or connection setting can create or change a table in the wrong schema.</source>
        <translation>La table visée dépend du search_path à l&apos;exécution de la migration ; un autre rôle ou paramètre de connexion peut créer ou modifier une table dans le mauvais schéma.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requiretableschema.cpp" line="52"/>
        <source>Write schema.table (e.g. public.%1).</source>
        <translation>Écrivez schema.table (p. ex. public.%1).</translation>
    </message>
</context>
<context>
    <name>RequireTimeoutRule</name>
    <message>
        <location filename="../core/lint/rules/requiretimeoutrule.cpp" line="25"/>
        <source>Set lock_timeout before DDL so a blocked lock fails fast instead of queueing everyone</source>
        <translation>Définissez lock_timeout avant le DDL pour qu&apos;un verrou bloqué échoue vite au lieu de faire attendre tout le monde</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requiretimeoutrule.cpp" line="26"/>
        <source>Set statement_timeout before DDL so a runaway statement is cancelled</source>
        <translation>Définissez statement_timeout avant le DDL pour qu&apos;une instruction incontrôlée soit annulée</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requiretimeoutrule.cpp" line="38"/>
        <source>No lock_timeout is set before this statement.</source>
        <translation>Aucun lock_timeout n&apos;est défini avant cette instruction.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requiretimeoutrule.cpp" line="39"/>
        <source>No lock_timeout is set before this statement, which takes %1.</source>
        <translation>Aucun lock_timeout n&apos;est défini avant cette instruction, qui prend %1.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requiretimeoutrule.cpp" line="40"/>
        <source>While a DDL statement waits for its lock (behind any long query), every later query on the table queues behind it: a short wait becomes an outage.</source>
        <translation>Pendant qu&apos;une instruction DDL attend son verrou (derrière une longue requête), toute requête ultérieure sur la table s&apos;accumule derrière : une courte attente devient une panne.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requiretimeoutrule.cpp" line="42"/>
        <source>Start the migration with SET lock_timeout = &apos;3s&apos; (and retry on failure).</source>
        <translation>Commencez la migration par SET lock_timeout = &apos;3s&apos; (et réessayez en cas d&apos;échec).</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requiretimeoutrule.cpp" line="43"/>
        <source>No statement_timeout is set before this statement.</source>
        <translation>Aucun statement_timeout n&apos;est défini avant cette instruction.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requiretimeoutrule.cpp" line="44"/>
        <source>A statement that runs far longer than expected keeps its locks for as long as it runs.</source>
        <translation>Une instruction bien plus longue que prévu garde ses verrous tant qu&apos;elle s&apos;exécute.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requiretimeoutrule.cpp" line="45"/>
        <source>Start the migration with SET statement_timeout (e.g. &apos;5min&apos;), sized for the slowest step.</source>
        <translation>Commencez la migration par SET statement_timeout (p. ex. &apos;5min&apos;), dimensionné pour l&apos;étape la plus lente.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requiretimeoutrule.cpp" line="46"/>
        <source>Set lock_timeout first</source>
        <translation>Définir d&apos;abord lock_timeout</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/requiretimeoutrule.cpp" line="46"/>
        <source>Set statement_timeout first</source>
        <translation>Définir d&apos;abord statement_timeout</translation>
    </message>
</context>
<context>
    <name>RiskStyle</name>
    <message>
        <location filename="../ui/plan/riskstyle.cpp" line="60"/>
        <source>Low risk</source>
        <translation>Risque faible</translation>
    </message>
    <message>
        <location filename="../ui/plan/riskstyle.cpp" line="62"/>
        <source>Medium risk</source>
        <translation>Risque moyen</translation>
    </message>
    <message>
        <location filename="../ui/plan/riskstyle.cpp" line="64"/>
        <source>High risk</source>
        <translation>Risque élevé</translation>
    </message>
    <message>
        <location filename="../ui/plan/riskstyle.cpp" line="66"/>
        <source>Critical risk</source>
        <translation>Risque critique</translation>
    </message>
</context>
<context>
    <name>RunLog</name>
    <message>
        <location filename="../core/plan/runlog.cpp" line="80"/>
        <source>succeeded on try %1 after lock timeouts</source>
        <translation>réussi à l&apos;essai %1 après des délais de verrou dépassés</translation>
    </message>
    <message>
        <location filename="../core/plan/runlog.cpp" line="82"/>
        <source>verification query passed</source>
        <translation>requête de vérification réussie</translation>
    </message>
    <message>
        <location filename="../core/plan/runlog.cpp" line="82"/>
        <source>verification query failed</source>
        <translation>requête de vérification échouée</translation>
    </message>
    <message>
        <location filename="../core/plan/runlog.cpp" line="84"/>
        <source>dry run: rolled back</source>
        <translation>essai à blanc : annulé</translation>
    </message>
    <message>
        <location filename="../core/plan/runlog.cpp" line="122"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message>
        <location filename="../core/plan/runreport.cpp" line="36"/>
        <source>hint: %1</source>
        <translation>astuce : %1</translation>
    </message>
    <message>
        <location filename="../core/plan/runreport.cpp" line="285"/>
        <source>unknown</source>
        <translation>inconnu</translation>
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
        <translation>échouée</translation>
    </message>
    <message>
        <location filename="../core/plan/runreport.cpp" line="296"/>
        <source>failed (%1)</source>
        <translation>échec (%1)</translation>
    </message>
    <message>
        <location filename="../core/plan/runreport.cpp" line="298"/>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <location filename="../core/plan/runreport.cpp" line="300"/>
        <source>ok after %1 tries</source>
        <translation>ok après %1 essais</translation>
    </message>
    <message>
        <location filename="../core/plan/runreport.cpp" line="300"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../core/plan/runreport.cpp" line="301"/>
        <source>not run</source>
        <translation>non exécutée</translation>
    </message>
</context>
<context>
    <name>RunbookExport</name>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="19"/>
        <source>%1 (size unknown)</source>
        <translation>%1 (taille inconnue)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="20"/>
        <source>%1 (~%2 rows, %3 MB)</source>
        <translation>%1 (~%2 lignes, %3 Mo)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="28"/>
        <source>%1 + unknown (table sizes not known)</source>
        <translation>%1 + inconnu (tailles des tables inconnues)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="30"/>
        <source>- **Risk:** %1
</source>
        <translation>- **Risque :** %1
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="31"/>
        <source>- **Required approvals:** %1
</source>
        <translation>- **Approbations requises :** %1
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="32"/>
        <source>- **Expected lock time:** %1
</source>
        <translation>- **Durée de verrou attendue :** %1
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="33"/>
        <source>- **Downtime:** %1
</source>
        <translation>- **Interruption de service :** %1
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="34"/>
        <source>yes (reads or writes blocked longer than %1 s)</source>
        <translation>oui (lectures ou écritures bloquées plus de %1 s)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="36"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="37"/>
        <source>- **Estimated total duration:** %1
</source>
        <translation>- **Durée totale estimée :** %1
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="38"/>
        <source>- **Server version:** %1; table sizes %2
</source>
        <translation>- **Version du serveur :** %1 ; tailles des tables %2
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="40"/>
        <source>from the live database</source>
        <translation>depuis la base en service</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="41"/>
        <source>not known (offline plan)</source>
        <translation>inconnues (plan hors ligne)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="49"/>
        <source>&gt; **Application deploy:** %1

</source>
        <translation>&gt; **Déploiement de l&apos;application :** %1

</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="52"/>
        <source>- **Phase:** %1
</source>
        <translation>- **Phase :** %1
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="54"/>
        <source>- **Backfill:** %1
</source>
        <translation>- **Remplissage :** %1
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="55"/>
        <source>- **Lock:** %1
</source>
        <translation>- **Verrou :** %1
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="56"/>
        <source>- **Work:** %1%2
</source>
        <translation>- **Travail :** %1%2
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="62"/>
        <source>- **Tables:** %1
</source>
        <translation>- **Tables :** %1
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="63"/>
        <source>- **Estimated duration:** %1 (%2)
</source>
        <translation>- **Durée estimée :** %1 (%2)
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="65"/>
        <source>- **Risk:** %1 (%2)
</source>
        <translation>- **Risque :** %1 (%2)
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="66"/>
        <source>- **Pattern:** %1%2
</source>
        <translation>- **Modèle :** %1%2
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="70"/>
        <source>- **Runs outside a transaction:** %1
</source>
        <translation>- **S&apos;exécute hors transaction :** %1
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="71"/>
        <source>- **What users will notice:** %1
</source>
        <translation>- **Ce que verront les utilisateurs :** %1
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="73"/>
        <source>- **Lint (%1, %2):** %3
</source>
        <translation>- **Lint (%1, %2) :** %3
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="77"/>
        <source>- **Actual:** %1
</source>
        <translation>- **Réel :** %1
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="106"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="112"/>
        <source>blocks reads and writes</source>
        <translation>bloque lectures et écritures</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="113"/>
        <source>blocks writes</source>
        <translation>bloque les écritures</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="114"/>
        <source>blocks neither reads nor writes</source>
        <translation>ne bloque ni lectures ni écritures</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="115"/>
        <source>%1 on %2 for %3; %4</source>
        <translation>%1 sur %2 pendant %3 ; %4</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="123"/>
        <source>Step %1 (line %2)</source>
        <translation>Étape %1 (ligne %2)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="124"/>
        <source>Step %1: %2</source>
        <translation>Étape %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="131"/>
        <source>Expand</source>
        <translation>Expand</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="132"/>
        <source>Migrate (backfill)</source>
        <translation>Migrate (remplissage)</translation>
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
        <translation>toutes les lignes</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="143"/>
        <source>batched by the backfill runner on %1: %2, %3, batches of ~%4 ms (throttled by lag and lock waits)</source>
        <translation>par lots via l&apos;exécuteur de remplissage sur %1 : %2, %3, lots de ~%4 ms (ralenti selon le retard et les attentes de verrou)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="150"/>
        <source># Migration Runbook: %1

</source>
        <translation># Runbook de migration : %1

</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="151"/>
        <source>## Summary

</source>
        <translation>## Résumé

</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="155"/>
        <source>## Pre-flight

</source>
        <translation>## Vérifications préalables

</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="156"/>
        <source>- [ ] Backup commands executed and verified
</source>
        <translation>- [ ] Commandes de sauvegarde exécutées et vérifiées
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="159"/>
        <source>- [ ] Lock timeout set (`SET lock_timeout = &apos;5s&apos;;`)
</source>
        <translation>- [ ] Délai de verrou défini (`SET lock_timeout = &apos;5s&apos;;`)
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="160"/>
        <source>- [ ] Off-peak deployment window confirmed
</source>
        <translation>- [ ] Fenêtre de déploiement hors pointe confirmée
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="161"/>
        <source>- [ ] Application code deployed (if dual-write needed)
</source>
        <translation>- [ ] Code applicatif déployé (si double écriture nécessaire)
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="162"/>
        <source>- [ ] Approvals recorded: %1

</source>
        <translation>- [ ] Approbations enregistrées : %1

</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="164"/>
        <source>## Execute

</source>
        <translation>## Exécution

</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="168"/>
        <source>## Verification

</source>
        <translation>## Vérification

</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="171"/>
        <source>Step %1:

</source>
        <translation>Étape %1 :

</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="174"/>
        <source>## Rollback (if needed)

</source>
        <translation>## Retour arrière (si nécessaire)

</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="175"/>
        <source>Run in reverse order, then verify; restore from the backup where data was lost.

</source>
        <translation>Exécutez dans l&apos;ordre inverse, puis vérifiez ; restaurez depuis la sauvegarde là où des données ont été perdues.

</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="177"/>
        <source>### Undo step %1

</source>
        <translation>### Annuler l&apos;étape %1

</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="181"/>
        <source>No rollback SQL can be derived.

</source>
        <translation>Aucun SQL de retour arrière ne peut être déduit.

</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="183"/>
        <source>Verify after the undo:

</source>
        <translation>Vérifier après l&apos;annulation :

</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="185"/>
        <source>- **Loses:** %1

</source>
        <translation>- **Perd :** %1

</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="188"/>
        <source>## Post-migration

</source>
        <translation>## Après la migration

</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="189"/>
        <source>- [ ] Verification queries return the expected results
</source>
        <translation>- [ ] Les requêtes de vérification renvoient les résultats attendus
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="190"/>
        <source>- [ ] Error rates and latency monitored for 15 minutes
</source>
        <translation>- [ ] Taux d&apos;erreur et latence surveillés pendant 15 minutes
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="191"/>
        <source>- [ ] Remove old column/compatibility code (after soak period)
</source>
        <translation>- [ ] Supprimer l&apos;ancienne colonne / le code de compatibilité (après la période d&apos;observation)
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="192"/>
        <source>- [ ] Update documentation
</source>
        <translation>- [ ] Mettre à jour la documentation
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookexport.cpp" line="193"/>
        <source>- [ ] Close migration ticket
</source>
        <translation>- [ ] Clore le ticket de migration
</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="120"/>
        <location filename="../ui/export/runbookpdf.cpp" line="121"/>
        <source>Migration Runbook: %1</source>
        <translation>Runbook de migration : %1</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="124"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="129"/>
        <source>Backup commands executed and verified</source>
        <translation>Commandes de sauvegarde exécutées et vérifiées</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="132"/>
        <source>Lock timeout set (SET lock_timeout = &apos;5s&apos;;)</source>
        <translation>Délai de verrou défini (SET lock_timeout = &apos;5s&apos;;)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="133"/>
        <source>Off-peak deployment window confirmed</source>
        <translation>Fenêtre de déploiement hors pointe confirmée</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="133"/>
        <source>Application code deployed (if dual-write needed)</source>
        <translation>Code applicatif déployé (si double écriture nécessaire)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="134"/>
        <source>Approvals recorded: %1</source>
        <translation>Approbations enregistrées : %1</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="135"/>
        <source>Pre-flight</source>
        <translation>Vérifications préalables</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="137"/>
        <source>Execute</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="141"/>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="144"/>
        <source>Step %1:</source>
        <translation>Étape %1 :</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="148"/>
        <source>Rollback (if needed)</source>
        <translation>Retour arrière (si nécessaire)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="149"/>
        <source>Run in reverse order, then verify; restore from the backup where data was lost.</source>
        <translation>Exécutez dans l&apos;ordre inverse, puis vérifiez ; restaurez depuis la sauvegarde là où des données ont été perdues.</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="151"/>
        <source>Undo step %1</source>
        <translation>Annuler l&apos;étape %1</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="152"/>
        <source>No rollback SQL can be derived.</source>
        <translation>Aucun SQL de retour arrière ne peut être déduit.</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="155"/>
        <source>Verify after the undo:</source>
        <translation>Vérifier après l&apos;annulation :</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="157"/>
        <source>Loses:</source>
        <translation>Perd :</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="160"/>
        <source>Post-migration</source>
        <translation>Après la migration</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="161"/>
        <source>Verification queries return the expected results</source>
        <translation>Les requêtes de vérification renvoient les résultats attendus</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="162"/>
        <source>Error rates and latency monitored for 15 minutes</source>
        <translation>Taux d&apos;erreur et latence surveillés pendant 15 minutes</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="163"/>
        <source>Remove old column/compatibility code (after soak period)</source>
        <translation>Supprimer l&apos;ancienne colonne / le code de compatibilité (après la période d&apos;observation)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="164"/>
        <source>Update documentation</source>
        <translation>Mettre à jour la documentation</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookhtml.cpp" line="164"/>
        <source>Close migration ticket</source>
        <translation>Clore le ticket de migration</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="225"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="227"/>
        <source>, %1 rows</source>
        <translation>, %1 lignes</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="237"/>
        <source>## What happened

</source>
        <translation>## Déroulement

</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="242"/>
        <source>### Migrations

</source>
        <translation>### Migrations

</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="244"/>
        <source>### Statements

</source>
        <translation>### Instructions

</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="246"/>
        <source>### Backfill

</source>
        <translation>### Remplissage (backfill)

</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="252"/>
        <source>### Throttle and abort events

</source>
        <translation>### Événements de ralentissement et d&apos;abandon

</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="254"/>
        <source>### Charts

</source>
        <translation>### Graphiques

</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="263"/>
        <source>What happened</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="266"/>
        <source>Migrations</source>
        <translation>Migrations</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="268"/>
        <source>Statements</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="270"/>
        <source>Backfill</source>
        <translation>Remplissage (backfill)</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="272"/>
        <source>Throttle and abort events</source>
        <translation>Événements de ralentissement et d&apos;abandon</translation>
    </message>
    <message>
        <location filename="../core/plan/runbookresults.cpp" line="274"/>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
</context>
<context>
    <name>RunbookFile</name>
    <message>
        <location filename="../ui/plan/runbookfile.cpp" line="13"/>
        <source>Markdown runbook (*.md)</source>
        <translation>Runbook Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../ui/plan/runbookfile.cpp" line="14"/>
        <source>HTML runbook (*.html)</source>
        <translation>Runbook HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/plan/runbookfile.cpp" line="46"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>RunbookPdf</name>
    <message>
        <location filename="../ui/export/runbookpdf.cpp" line="115"/>
        <source>Writing a PDF needs a QGuiApplication (QT_QPA_PLATFORM=offscreen works headless).</source>
        <translation>L&apos;écriture d&apos;un PDF nécessite une QGuiApplication (QT_QPA_PLATFORM=offscreen fonctionne sans affichage).</translation>
    </message>
    <message>
        <location filename="../ui/export/runbookpdf.cpp" line="119"/>
        <location filename="../ui/export/runbookpdf.cpp" line="167"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/export/runbookpdf.cpp" line="144"/>
        <source>Risk: %1</source>
        <translation>Risque : %1</translation>
    </message>
    <message>
        <location filename="../ui/export/runbookpdf.cpp" line="145"/>
        <source>Generated by Slipway %1, %2</source>
        <translation>Généré par Slipway %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/export/runbookpdf.cpp" line="150"/>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation>Impossible d&apos;écrire %1 : le PDF n&apos;a pas pu être commencé.</translation>
    </message>
    <message>
        <location filename="../ui/export/runbookpdf.cpp" line="163"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>RunnerLock</name>
    <message>
        <location filename="../core/run/runnerlock.cpp" line="26"/>
        <source>%1 from %2</source>
        <translation>%1 depuis %2</translation>
    </message>
    <message>
        <location filename="../core/run/runnerlock.cpp" line="27"/>
        <source>PID %1 (%2, &quot;%3&quot;, connected %4)</source>
        <translation>PID %1 (%2, « %3 », connecté %4)</translation>
    </message>
</context>
<context>
    <name>SandboxCleanup</name>
    <message>
        <location filename="../core/db/sandboxcleanup.cpp" line="231"/>
        <source>Could not create the sandbox folder %1.</source>
        <translation>Impossible de créer le dossier de bac à sable %1.</translation>
    </message>
    <message>
        <location filename="../core/db/sandboxcleanup.cpp" line="241"/>
        <source>The sandbox folder %1 is not a folder of ours; remove it or set SLIPWAY_SANDBOX_BASE.</source>
        <translation>Le dossier de bac à sable %1 ne nous appartient pas ; supprimez-le ou définissez SLIPWAY_SANDBOX_BASE.</translation>
    </message>
    <message>
        <location filename="../core/db/sandboxcleanup.cpp" line="291"/>
        <source>%1 does not hold a sandbox; not removing it.</source>
        <translation>%1 ne contient pas de bac à sable ; il n&apos;est pas supprimé.</translation>
    </message>
    <message>
        <location filename="../core/db/sandboxcleanup.cpp" line="299"/>
        <source>Could not remove the sandbox folder %1.</source>
        <translation>Impossible de supprimer le dossier de bac à sable %1.</translation>
    </message>
    <message>
        <location filename="../core/db/sandboxcleanup.cpp" line="357"/>
        <source>The server of %1 (process %2) does not stop.</source>
        <translation>Le serveur de %1 (processus %2) ne s&apos;arrête pas.</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="44"/>
        <source>Run &quot;slipway-cli sandbox --help&quot; for usage.</source>
        <translation>Lancez « slipway-cli sandbox --help » pour l&apos;usage.</translation>
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
        <translation>Usage : slipway-cli sandbox start [--dir RÉP] [--demo] [--no-replica] [--json]
       slipway-cli sandbox status [--dir RÉP] [--json]
       slipway-cli sandbox stop [--dir RÉP]

Un primaire PostgreSQL 15 privé et un réplica en streaming sur des ports loopback, pour essayer
des migrations. « start » rend la main dès que les deux serveurs sont prêts et les laisse
tourner ; « stop » les arrête et supprime le dossier.

Options :
  --dir RÉP     le dossier du bac à sable ; sans lui, start crée un nouveau dossier dans
                %1
                et status et stop utilisent l&apos;unique bac à sable qui s&apos;y trouve
  --demo        charger aussi la base de démo (slipway_demo) et écrire son
                dossier de migrations dans le bac à sable
  --no-replica  démarrer uniquement le primaire
  --json        afficher sandbox.json (status ajoute si chaque serveur tourne)

status échoue (code de sortie 1) quand un serveur du bac à sable ne tourne pas.
</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="105"/>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="107"/>
        <source>&quot;sandbox %1&quot; does not take %2</source>
        <translation>« sandbox %1 » n&apos;accepte pas %2</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="120"/>
        <source>Invalid option value.</source>
        <translation>Valeur d&apos;option invalide.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="128"/>
        <source>primary: %1</source>
        <translation>primaire : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="129"/>
        <source>replica: %1</source>
        <translation>réplica : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="131"/>
        <location filename="../app/cli/sandboxcommand.cpp" line="254"/>
        <source>demo:    %1 (migrations in %2)</source>
        <translation>démo :   %1 (migrations dans %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="161"/>
        <source>Interrupted; removing the unfinished sandbox...</source>
        <translation>Interrompu ; suppression du bac à sable inachevé...</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="167"/>
        <source>Interrupted: the sandbox was not started.</source>
        <translation>Interrompu : le bac à sable n&apos;a pas été démarré.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="168"/>
        <source>Could not start the sandbox: %1</source>
        <translation>Impossible de démarrer le bac à sable : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="177"/>
        <source>Sandbox ready in %1. Stop it with: slipway-cli sandbox stop --dir %1</source>
        <translation>Bac à sable prêt dans %1. Arrêtez-le avec : slipway-cli sandbox stop --dir %1</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="199"/>
        <source>There is no sandbox in %1.</source>
        <translation>Il n&apos;y a pas de bac à sable dans %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="209"/>
        <source>No sandbox is running under %1. Start one with: slipway-cli sandbox start</source>
        <translation>Aucun bac à sable ne tourne sous %1. Démarrez-en un avec : slipway-cli sandbox start</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="214"/>
        <source>Several sandboxes are running under %1; choose one with --dir:</source>
        <translation>Plusieurs bacs à sable tournent sous %1 ; choisissez-en un avec --dir :</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="228"/>
        <source>The sandbox in %1 is not ready: %2</source>
        <translation>Le bac à sable de %1 n&apos;est pas prêt : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="242"/>
        <source>running</source>
        <translation>en marche</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="243"/>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="244"/>
        <source>sandbox: %1 (%2)</source>
        <translation>bac à sable : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="246"/>
        <source>owned by process %1</source>
        <translation>appartient au processus %1</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="247"/>
        <source>detached</source>
        <translation>détaché</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="248"/>
        <source>primary: %1 (%2)</source>
        <translation>primaire : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="251"/>
        <source>replica: %1 (%2)</source>
        <translation>réplica : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="266"/>
        <source>Removed the stopped sandbox %1.</source>
        <translation>Bac à sable arrêté %1 supprimé.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="272"/>
        <source>Stopping the sandbox in %1...</source>
        <translation>Arrêt du bac à sable dans %1...</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="275"/>
        <source>Could not stop the sandbox: %1</source>
        <translation>Impossible d&apos;arrêter le bac à sable : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="278"/>
        <source>Stopped and removed %1.</source>
        <translation>%1 arrêté et supprimé.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="300"/>
        <source>Missing sandbox command.</source>
        <translation>Commande sandbox manquante.</translation>
    </message>
    <message>
        <location filename="../app/cli/sandboxcommand.cpp" line="301"/>
        <source>Unknown sandbox command &quot;%1&quot;.</source>
        <translation>Commande sandbox « %1 » inconnue.</translation>
    </message>
</context>
<context>
    <name>SarifReporter</name>
    <message>
        <location filename="../core/lint/reporters/sarifreporter.cpp" line="50"/>
        <source>PostgreSQL cannot parse the statement</source>
        <translation>PostgreSQL ne peut pas analyser l&apos;instruction</translation>
    </message>
    <message>
        <location filename="../core/lint/reporters/sarifreporter.cpp" line="52"/>
        <source>The file could not be read</source>
        <translation>Le fichier n&apos;a pas pu être lu</translation>
    </message>
</context>
<context>
    <name>SchemaChange</name>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="46"/>
        <source>schema</source>
        <translation>schéma</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="47"/>
        <source>extension</source>
        <translation>extension</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="48"/>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="49"/>
        <source>column</source>
        <translation>colonne</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="50"/>
        <source>constraint</source>
        <translation>contrainte</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="51"/>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="52"/>
        <source>trigger</source>
        <translation>trigger</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="53"/>
        <source>policy</source>
        <translation>politique</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="54"/>
        <source>sequence</source>
        <translation>séquence</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="55"/>
        <source>view</source>
        <translation>vue</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="56"/>
        <source>materialized view</source>
        <translation>vue matérialisée</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="57"/>
        <source>function</source>
        <translation>fonction</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="58"/>
        <source>enum</source>
        <translation>enum</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="59"/>
        <source>domain</source>
        <translation>domaine</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="60"/>
        <source>composite type</source>
        <translation>type composite</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="61"/>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="62"/>
        <source>privileges</source>
        <translation>droits</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="63"/>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="64"/>
        <source>aggregate</source>
        <translation>agrégat</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="72"/>
        <source>create</source>
        <translation>création</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="73"/>
        <source>drop</source>
        <translation>suppression</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="74"/>
        <source>alter</source>
        <translation>modification</translation>
    </message>
    <message>
        <location filename="../core/diff/schemachange.cpp" line="83"/>
        <source>of %1 %2</source>
        <translation>de %1 %2</translation>
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
        <translation>un booléen</translation>
    </message>
    <message>
        <location filename="../core/catalog/schemajson.cpp" line="425"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../core/catalog/schemajson.cpp" line="426"/>
        <location filename="../core/catalog/schemajson.cpp" line="440"/>
        <location filename="../core/catalog/schemajson.cpp" line="508"/>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location filename="../core/catalog/schemajson.cpp" line="427"/>
        <location filename="../core/catalog/schemajson.cpp" line="482"/>
        <location filename="../core/catalog/schemajson.cpp" line="517"/>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <location filename="../core/catalog/schemajson.cpp" line="428"/>
        <location filename="../core/catalog/schemajson.cpp" line="548"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../core/catalog/schemajson.cpp" line="429"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../core/catalog/schemajson.cpp" line="435"/>
        <source>expected %1, found %2</source>
        <translation>%1 attendu, %2 trouvé</translation>
    </message>
    <message>
        <location filename="../core/catalog/schemajson.cpp" line="446"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location filename="../core/catalog/schemajson.cpp" line="463"/>
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <location filename="../core/catalog/schemajson.cpp" line="471"/>
        <source>%1 is out of range</source>
        <translation>%1 est hors limites</translation>
    </message>
    <message>
        <location filename="../core/catalog/schemajson.cpp" line="505"/>
        <source>unknown value &quot;%1&quot; (expected one of: %2)</source>
        <translation>valeur « %1 » inconnue (attendu l&apos;une de : %2)</translation>
    </message>
    <message>
        <location filename="../core/catalog/schemajson.cpp" line="575"/>
        <source>expected a date and time (ISO 8601), found %1</source>
        <translation>date et heure (ISO 8601) attendues, %1 trouvé</translation>
    </message>
</context>
<context>
    <name>SeriesRecorder</name>
    <message>
        <location filename="../core/monitor/seriesrecorder.cpp" line="34"/>
        <source>The local store is not open.</source>
        <translation>Le stockage local n&apos;est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>SeverityStyle</name>
    <message>
        <location filename="../ui/editor/severitystyle.cpp" line="136"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../ui/editor/severitystyle.cpp" line="137"/>
        <source>Warning</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <location filename="../ui/editor/severitystyle.cpp" line="138"/>
        <source>Hint</source>
        <translation>Astuce</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <location filename="../core/catalog/snapshot.cpp" line="43"/>
        <source>not valid JSON: %1 at line %2, column %3</source>
        <translation>JSON invalide : %1 à la ligne %2, colonne %3</translation>
    </message>
    <message>
        <location filename="../core/catalog/snapshot.cpp" line="50"/>
        <source>not a Slipway schema snapshot (the top level is not a JSON object)</source>
        <translation>pas un instantané de schéma Slipway (le niveau supérieur n&apos;est pas un objet JSON)</translation>
    </message>
    <message>
        <location filename="../core/catalog/snapshot.cpp" line="57"/>
        <source>not a Slipway schema snapshot (no &quot;format&quot; key)</source>
        <translation>pas un instantané de schéma Slipway (pas de clé « format »)</translation>
    </message>
    <message>
        <location filename="../core/catalog/snapshot.cpp" line="58"/>
        <source>not a Slipway schema snapshot (format is &quot;%1&quot;, expected &quot;%2&quot;)</source>
        <translation>pas un instantané de schéma Slipway (le format est « %1 », attendu « %2 »)</translation>
    </message>
    <message>
        <location filename="../core/catalog/snapshot.cpp" line="65"/>
        <source>the snapshot has no valid &quot;version&quot; (expected a whole number &gt;= 1)</source>
        <translation>l&apos;instantané n&apos;a pas de « version » valide (entier &gt;= 1 attendu)</translation>
    </message>
    <message>
        <location filename="../core/catalog/snapshot.cpp" line="69"/>
        <source>unsupported snapshot version %1: this Slipway reads versions up to %2; a newer Slipway wrote it</source>
        <translation>version d&apos;instantané %1 non prise en charge : ce Slipway lit jusqu&apos;à la version %2 ; un Slipway plus récent l&apos;a écrit</translation>
    </message>
    <message>
        <location filename="../core/catalog/snapshot.cpp" line="78"/>
        <source>malformed snapshot: %1</source>
        <translation>instantané malformé : %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/snapshot.cpp" line="89"/>
        <location filename="../core/catalog/snapshot.cpp" line="94"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/snapshot.cpp" line="105"/>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>SnapshotCommand</name>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="40"/>
        <source>Run &quot;slipway-cli snapshot --help&quot; for usage.</source>
        <translation>Lancez « slipway-cli snapshot --help » pour l&apos;usage.</translation>
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
        <translation>Usage : slipway-cli snapshot &lt;conn&gt; -o FICHIER [--schema S]... [--exclude-schema S]...

Lit le schéma d&apos;une base depuis son catalogue (tables, colonnes, contraintes,
index, séquences, vues, fonctions, triggers, types, politiques, commentaires,
droits, extensions) et l&apos;écrit en instantané JSON, pour le comparer plus tard ou le garder
dans git. La progression va sur stderr.

&lt;conn&gt; est un nom de profil enregistré, une URI libpq (postgresql://...) ou une chaîne
conninfo key=value.

Options :
  -o, --output FICHIER    où écrire l&apos;instantané (« - » : sortie standard)
  --schema S              lire uniquement le schéma S (répétable)
  --exclude-schema S      exclure le schéma S (répétable)
  --no-exact-sizes        tailles des tables d&apos;après les estimations de pg_class au lieu de
                          pg_total_relation_size (bien plus rapide sur les gros catalogues)
</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="99"/>
        <source>Missing &lt;conn&gt;.</source>
        <translation>&lt;conn&gt; manquant.</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="100"/>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="102"/>
        <source>Missing -o FILE.</source>
        <translation>-o FICHIER manquant.</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="121"/>
        <source>Interrupted.</source>
        <translation>Interrompu.</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="164"/>
        <source>Read %1 schemas, %2 tables, %3 views, %4 sequences, %5 functions and %6 types from %7 in %8 ms.</source>
        <translation>%1 schémas, %2 tables, %3 vues, %4 séquences, %5 fonctions et %6 types lus depuis %7 en %8 ms.</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="175"/>
        <source>Snapshot written to %1.</source>
        <translation>Instantané écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>SplitTableWizard</name>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="45"/>
        <source>The schema</source>
        <translation>Le schéma</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="46"/>
        <source>The table</source>
        <translation>La table</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="47"/>
        <source>The new table</source>
        <translation>La nouvelle table</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="49"/>
        <source>Choose at least one column to move.</source>
        <translation>Choisissez au moins une colonne à déplacer.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="51"/>
        <source>A moved column</source>
        <translation>Une colonne déplacée</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="53"/>
        <source>The type of %1</source>
        <translation>Le type de %1</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="56"/>
        <source>The key column</source>
        <translation>La colonne de clé</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="57"/>
        <source>The key type</source>
        <translation>Le type de clé</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="63"/>
        <source>Table %1 needs a single-column primary key to be split.</source>
        <translation>La table %1 doit avoir une clé primaire à une colonne pour être scindée.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="67"/>
        <source>The key column %1 cannot be moved.</source>
        <translation>La colonne de clé %1 ne peut pas être déplacée.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="70"/>
        <source>Table %1 already exists.</source>
        <translation>La table %1 existe déjà.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="103"/>
        <source>Create table %1</source>
        <translation>Créer la table %1</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="112"/>
        <source>Nothing while %1 still holds the columns.</source>
        <translation>Rien tant que %1 contient encore les colonnes.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="114"/>
        <source>Keyed by %1&apos;s primary key and referencing it, so rows stay 1:1 and go with their parent.</source>
        <translation>Indexée par la clé primaire de %1 et la référençant, les lignes restent en 1:1 et suivent leur parent.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="116"/>
        <source>No deploy needed before this step.</source>
        <translation>Aucun déploiement nécessaire avant cette étape.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="120"/>
        <source>Copy writes of the moved columns to %1 (trigger)</source>
        <translation>Copier les écritures des colonnes déplacées vers %1 (trigger)</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="123"/>
        <source>Nothing.</source>
        <translation>Rien.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="125"/>
        <source>Every insert and every update of the moved columns is upserted into the new table.</source>
        <translation>Chaque insertion et mise à jour des colonnes déplacées est reportée (upsert) dans la nouvelle table.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="129"/>
        <source>Copy existing rows into %1</source>
        <translation>Copier les lignes existantes dans %1</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="140"/>
        <source>Nothing to undo: the down of step 1 drops the table.</source>
        <translation>Rien à annuler : le down de l&apos;étape 1 supprime la table.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="145"/>
        <source>Keyset batches by the backfill runner; rows the trigger already copied are skipped.</source>
        <translation>Lots par keyset via l&apos;exécuteur de remplissage ; les lignes déjà copiées par le trigger sont ignorées.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="146"/>
        <source>After this step, deploy the version that reads the moved columns from %1 (joined on %2) and writes them there too.</source>
        <translation>Après cette étape, déployez la version qui lit les colonnes déplacées depuis %1 (jointure sur %2) et les y écrit aussi.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="151"/>
        <source>Drop the moved columns from %1</source>
        <translation>Supprimer les colonnes déplacées de %1</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="166"/>
        <source>The columns come back nullable, refilled from %1 by one UPDATE; their indexes and constraints are not recreated.</source>
        <translation>Les colonnes reviennent NULL autorisé, remplies depuis %1 par un UPDATE ; leurs index et contraintes ne sont pas recréés.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="174"/>
        <source>Only when no deploy reads or writes the columns in %1 any more.</source>
        <translation>Seulement quand plus aucun déploiement ne lit ni n&apos;écrit les colonnes dans %1.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="175"/>
        <source>Before this step, every instance must run the version that uses %1 only.</source>
        <translation>Avant cette étape, chaque instance doit exécuter la version qui n&apos;utilise que %1.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="179"/>
        <source>Split %1 into %2</source>
        <translation>Scinder %1 vers %2</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/splittablewizard.cpp" line="180"/>
        <source>Extract and link: the new table is filled beside the old columns, kept current by a trigger, then the old columns are dropped.</source>
        <translation>Extraire et lier : la nouvelle table est remplie à côté des anciennes colonnes, tenue à jour par un trigger, puis les anciennes colonnes sont supprimées.</translation>
    </message>
</context>
<context>
    <name>SqlScript</name>
    <message>
        <location filename="../core/sql/sqlscript.cpp" line="250"/>
        <source>psql meta-command &quot;%1&quot; is not SQL: Slipway runs SQL statements only. Remove it, or run this file with psql.</source>
        <translation>La méta-commande psql « %1 » n&apos;est pas du SQL : Slipway n&apos;exécute que des instructions SQL. Retirez-la, ou exécutez ce fichier avec psql.</translation>
    </message>
</context>
<context>
    <name>StaleRuns</name>
    <message>
        <location filename="../core/run/staleruns.cpp" line="25"/>
        <source>abandoned: the run ended without recording its outcome (crash or lost connection)</source>
        <translation>abandonnée : l&apos;exécution s&apos;est terminée sans enregistrer son résultat (plantage ou perte de connexion)</translation>
    </message>
    <message>
        <location filename="../core/run/staleruns.cpp" line="33"/>
        <source>%1: started %2 by %3, never finished (journal #%4)</source>
        <translation>%1 : démarrée %2 par %3, jamais terminée (journal n° %4)</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="44"/>
        <source>Run &quot;slipway-cli status --help&quot; for usage.</source>
        <translation>Lancez « slipway-cli status --help » pour l&apos;usage.</translation>
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
        <translation>Usage : slipway-cli status &lt;conn&gt; --dir DOSSIER [--format F] [--history OUTIL] [--json]
                          [--fail-on-pending]

Lit un dossier de migrations et l&apos;historique des migrations d&apos;une base (lecture seule ;
rien n&apos;est créé) et affiche l&apos;état de chaque migration : appliquée, en attente,
manquante (dans l&apos;historique, pas dans le dossier), modifiée (somme de contrôle différente de
celle enregistrée à l&apos;application), échouée, incohérente (dirty) ou hors séquence.

&lt;conn&gt; est un nom de profil enregistré, une URI libpq (postgresql://...) ou une chaîne
conninfo key=value.

Options :
  --dir DOSSIER       le dossier de migrations
  --format F          flyway, golang-migrate, dbmate, sqitch, prisma ou plain
                      (défaut : détecté depuis le dossier)
  --history OUTIL     table d&apos;historique à lire s&apos;il y en a plusieurs : flyway,
                      liquibase, golang-migrate, dbmate, prisma, rails, django,
                      alembic, sqitch, slipway (défaut : celle de l&apos;outil du dossier)
  --json              afficher du JSON au lieu d&apos;un tableau
  --fail-on-pending   sortir avec 1 si quelque chose est en attente, modifié, échoué, incohérent ou hors
                      séquence, ou si le dossier contient des erreurs
</translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="111"/>
        <source>Missing &lt;conn&gt;.</source>
        <translation>&lt;conn&gt; manquant.</translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="112"/>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="114"/>
        <source>Missing --dir FOLDER.</source>
        <translation>--dir DOSSIER manquant.</translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="122"/>
        <source>Unknown format &quot;%1&quot;.</source>
        <translation>Format « %1 » inconnu.</translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="135"/>
        <source>Unknown history tool &quot;%1&quot;.</source>
        <translation>Outil d&apos;historique « %1 » inconnu.</translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="156"/>
        <source>No %1 history table in this database.</source>
        <translation>Pas de table d&apos;historique %1 dans cette base.</translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="229"/>
        <source>Folder: %1 (%2)</source>
        <translation>Dossier : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="233"/>
        <source>History: %1 (%2.%3)</source>
        <translation>Historique : %1 (%2.%3)</translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="235"/>
        <source>History: none found; everything is pending</source>
        <translation>Historique : aucun trouvé ; tout est en attente</translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="243"/>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="244"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="245"/>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommand.cpp" line="246"/>
        <source>APPLIED AT</source>
        <translation>APPLIQUÉE LE</translation>
    </message>
</context>
<context>
    <name>StepDeriver</name>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="62"/>
        <source>The index has no name in the script; look it up in pg_indexes to drop it.</source>
        <translation>L&apos;index n&apos;a pas de nom dans le script ; cherchez-le dans pg_indexes pour le supprimer.</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="68"/>
        <source>Nothing: the index can be built again.</source>
        <translation>Rien : l&apos;index peut être reconstruit.</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="93"/>
        <source>Data loss: every value written into %1 since the migration.</source>
        <translation>Perte de données : toute valeur écrite dans %1 depuis la migration.</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="97"/>
        <source>drops column %1 and its data</source>
        <translation>supprime la colonne %1 et ses données</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="99"/>
        <source>No rollback: the values of %1 are gone; restore them from the backup.</source>
        <translation>Pas de retour arrière : les valeurs de %1 ont disparu ; restaurez-les depuis la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="106"/>
        <source>Rewrites the table again; values written since that do not fit %1 make it fail.</source>
        <translation>Réécrit de nouveau la table ; les valeurs écrites depuis qui n&apos;entrent pas dans %1 la font échouer.</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="110"/>
        <source>Change %1 back with ALTER COLUMN ... TYPE &lt;previous type&gt; (rewrites the table again; values that do not fit the previous type make it fail).</source>
        <translation>Rétablissez %1 avec ALTER COLUMN ... TYPE &lt;type précédent&gt; (réécrit de nouveau la table ; les valeurs incompatibles avec le type précédent le font échouer).</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="120"/>
        <source>The constraint has no name in the script; look it up in pg_constraint to drop it.</source>
        <translation>La contrainte n&apos;a pas de nom dans le script ; cherchez-la dans pg_constraint pour la supprimer.</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="123"/>
        <source>Nothing: dropping constraint %1 keeps all rows.</source>
        <translation>Rien : supprimer la contrainte %1 conserve toutes les lignes.</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="127"/>
        <source>Nothing to undo: validation only checks existing rows.</source>
        <translation>Rien à annuler : la validation ne fait que vérifier les lignes existantes.</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="142"/>
        <source>Nothing, unless rows written since break %1: then VALIDATE fails.</source>
        <translation>Rien, sauf si des lignes écrites depuis violent %1 : VALIDATE échoue alors.</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="143"/>
        <source>Nothing, unless rows written since break %1; re-adding it builds its index under a lock that blocks writes.</source>
        <translation>Rien, sauf si des lignes écrites depuis violent %1 ; le rajouter construit son index sous un verrou qui bloque les écritures.</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="147"/>
        <source>Re-add constraint %1 from its definition (pg_get_constraintdef before the drop).</source>
        <translation>Rajoutez la contrainte %1 depuis sa définition (pg_get_constraintdef avant la suppression).</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="152"/>
        <source>Nothing.</source>
        <translation>Rien.</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="156"/>
        <source>Fails if NULLs were written since; scans the table under an exclusive lock.</source>
        <translation>Échoue si des NULL ont été écrits entre-temps ; parcourt la table sous un verrou exclusif.</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="159"/>
        <source>No automatic rollback for %1; write it by hand.</source>
        <translation>Pas de retour arrière automatique pour %1 ; écrivez-le à la main.</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="184"/>
        <source>drops %1 with all its rows</source>
        <translation>supprime %1 avec toutes ses lignes</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="186"/>
        <source>No rollback: the table and its rows are gone; restore from the backup.</source>
        <translation>Pas de retour arrière : la table et ses lignes ont disparu ; restaurez depuis la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="205"/>
        <source>Nothing: the index is built again (CONCURRENTLY, so writes go on).</source>
        <translation>Rien : l&apos;index est reconstruit (CONCURRENTLY, les écritures continuent).</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="207"/>
        <source>Recreate the index from its definition (pg_indexes.indexdef, saved before the drop).</source>
        <translation>Recréez l&apos;index depuis sa définition (pg_indexes.indexdef, sauvegardée avant la suppression).</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="211"/>
        <source>Recreate the dropped objects from their definitions.</source>
        <translation>Recréez les objets supprimés depuis leurs définitions.</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="219"/>
        <source>deletes rows of %1</source>
        <translation>supprime des lignes de %1</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="221"/>
        <source>No automatic rollback: restore the changed rows of %1 from the backup.</source>
        <translation>Pas de retour arrière automatique : restaurez les lignes modifiées de %1 depuis la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="250"/>
        <source>Data loss: every row written into %1 since the migration.</source>
        <translation>Perte de données : toute ligne écrite dans %1 depuis la migration.</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="258"/>
        <source>empties %1</source>
        <translation>vide %1</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="259"/>
        <source>No rollback: the rows are gone; restore from the backup.</source>
        <translation>Pas de retour arrière : les lignes ont disparu ; restaurez depuis la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="273"/>
        <source>Nothing, but clients using the new name break again.</source>
        <translation>Rien, mais les clients utilisant le nouveau nom cassent de nouveau.</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="276"/>
        <source>Rename it back by hand.</source>
        <translation>Renommez-le à la main dans l&apos;autre sens.</translation>
    </message>
    <message>
        <location filename="../core/plan/stepderivation.cpp" line="279"/>
        <source>No automatic rollback for this statement; write it by hand.</source>
        <translation>Pas de retour arrière automatique pour cette instruction ; écrivez-le à la main.</translation>
    </message>
</context>
<context>
    <name>StepText</name>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="27"/>
        <source>no lock</source>
        <translation>aucun verrou</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="35"/>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="41"/>
        <source>blocks reads and writes</source>
        <translation>bloque lectures et écritures</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="43"/>
        <source>blocks writes, reads go on</source>
        <translation>bloque les écritures, les lectures continuent</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="44"/>
        <source>blocks neither reads nor writes</source>
        <translation>ne bloque ni lectures ni écritures</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="51"/>
        <source>no table work</source>
        <translation>aucun travail sur table</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="53"/>
        <source>metadata only (catalog change, instant)</source>
        <translation>métadonnées uniquement (changement de catalogue, instantané)</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="55"/>
        <source>scans the whole table</source>
        <translation>parcourt toute la table</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="57"/>
        <source>builds an index (reads the whole table)</source>
        <translation>construit un index (lit toute la table)</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="59"/>
        <source>rewrites the whole table and its indexes</source>
        <translation>réécrit toute la table et ses index</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="61"/>
        <source>changes rows</source>
        <translation>modifie des lignes</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="63"/>
        <source>reads rows</source>
        <translation>lit des lignes</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="72"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="74"/>
        <source>metadata</source>
        <translation>métadonnées</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="76"/>
        <source>scan</source>
        <translation>parcours</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="78"/>
        <source>index build</source>
        <translation>construction d&apos;index</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="80"/>
        <source>rewrite</source>
        <translation>réécriture</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="82"/>
        <source>row changes</source>
        <translation>modifications de lignes</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="84"/>
        <source>reads</source>
        <translation>lectures</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="92"/>
        <source>%1 (size unknown)</source>
        <translation>%1 (taille inconnue)</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="94"/>
        <source>%1 (~%2 rows, %3)</source>
        <translation>%1 (~%2 lignes, %3)</translation>
    </message>
    <message>
        <location filename="../ui/plan/steptext.cpp" line="111"/>
        <source>%1 (blocks for %2)</source>
        <translation>%1 (bloque pendant %2)</translation>
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
        <translation>%1 + inconnu (tailles des tables inconnues)</translation>
    </message>
</context>
<context>
    <name>TableBackup</name>
    <message>
        <location filename="../core/run/tablebackup.cpp" line="56"/>
        <source>%1: no such table, nothing to back up.</source>
        <translation>%1 : table inexistante, rien à sauvegarder.</translation>
    </message>
    <message>
        <location filename="../core/run/tablebackup.cpp" line="70"/>
        <source>%1 is %2, too large to copy inside the database; keep a copy with: %3</source>
        <translation>%1 fait %2, trop gros pour être copié dans la base ; gardez-en une copie avec : %3</translation>
    </message>
    <message>
        <location filename="../core/run/tablebackup.cpp" line="86"/>
        <source>Backup of %1 copied %2 rows but the table has %3.</source>
        <translation>La sauvegarde de %1 a copié %2 lignes mais la table en a %3.</translation>
    </message>
    <message>
        <location filename="../core/run/tablebackup.cpp" line="95"/>
        <source>Slipway backup of %1 taken %2</source>
        <translation>Sauvegarde Slipway de %1 effectuée %2</translation>
    </message>
    <message>
        <location filename="../core/run/tablebackup.cpp" line="103"/>
        <source>%1 backed up to %2 (%3 rows, counts match).</source>
        <translation>%1 sauvegardée dans %2 (%3 lignes, décomptes identiques).</translation>
    </message>
    <message>
        <location filename="../core/run/tablebackup.cpp" line="109"/>
        <source>Backup of %1 failed: %2</source>
        <translation>Échec de la sauvegarde de %1 : %2</translation>
    </message>
</context>
<context>
    <name>TransactionNesting</name>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="37"/>
        <source>BEGIN/COMMIT that do not match the transaction the file runs in</source>
        <translation>BEGIN/COMMIT qui ne correspondent pas à la transaction où s&apos;exécute le fichier</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="45"/>
        <source>BEGIN in a file the migration tool already runs in a transaction.</source>
        <translation>BEGIN dans un fichier que l&apos;outil de migration exécute déjà dans une transaction.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="46"/>
        <source>BEGIN while a transaction is already open.</source>
        <translation>BEGIN alors qu&apos;une transaction est déjà ouverte.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="47"/>
        <source>PostgreSQL only warns and ignores a nested BEGIN, so the COMMIT that was meant for the inner block commits everything early, including the runner&apos;s own work.</source>
        <translation>PostgreSQL se contente d&apos;avertir et ignore un BEGIN imbriqué, donc le COMMIT prévu pour le bloc interne valide tout prématurément, y compris le travail de l&apos;exécuteur.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="49"/>
        <source>Remove BEGIN/COMMIT and let the migration tool manage the transaction.</source>
        <translation>Retirez BEGIN/COMMIT et laissez l&apos;outil de migration gérer la transaction.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="50"/>
        <source>Remove the inner BEGIN (use SAVEPOINT for a nested unit of work).</source>
        <translation>Retirez le BEGIN interne (utilisez SAVEPOINT pour une unité de travail imbriquée).</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="53"/>
        <source>%1 in a file the migration tool already runs in a transaction.</source>
        <translation>%1 dans un fichier que l&apos;outil de migration exécute déjà dans une transaction.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="54"/>
        <source>%1 without an open transaction.</source>
        <translation>%1 sans transaction ouverte.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="55"/>
        <source>Ending a transaction the file did not start commits (or discards) the runner&apos;s work early; what follows runs outside the transaction the tool expects.</source>
        <translation>Terminer une transaction que le fichier n&apos;a pas ouverte valide (ou abandonne) prématurément le travail de l&apos;exécuteur ; la suite s&apos;exécute hors de la transaction attendue par l&apos;outil.</translation>
    </message>
    <message>
        <location filename="../core/lint/rules/transactionrules.cpp" line="57"/>
        <source>Remove it, or pair it with a BEGIN in this file and tell the tool not to wrap the file.</source>
        <translation>Retirez-le, ou associez-le à un BEGIN dans ce fichier et indiquez à l&apos;outil de ne pas envelopper le fichier.</translation>
    </message>
</context>
<context>
    <name>TtyReporter</name>
    <message>
        <location filename="../core/lint/reporters/ttyreporter.cpp" line="122"/>
        <source>why</source>
        <translation>pourquoi</translation>
    </message>
    <message>
        <location filename="../core/lint/reporters/ttyreporter.cpp" line="124"/>
        <source>help</source>
        <translation>aide</translation>
    </message>
    <message>
        <location filename="../core/lint/reporters/ttyreporter.cpp" line="126"/>
        <source>fix</source>
        <translation>correction</translation>
    </message>
    <message>
        <location filename="../core/lint/reporters/ttyreporter.cpp" line="137"/>
        <source>No findings (checked files: %1).</source>
        <translation>Aucun résultat (fichiers vérifiés : %1).</translation>
    </message>
    <message>
        <location filename="../core/lint/reporters/ttyreporter.cpp" line="139"/>
        <source>Findings: %1 in %2 of %3 checked files (errors: %4, warnings: %5, hints: %6).</source>
        <translation>Résultats : %1 dans %2 des %3 fichiers vérifiés (erreurs : %4, avertissements : %5, astuces : %6).</translation>
    </message>
</context>
<context>
    <name>WizardSupport</name>
    <message>
        <location filename="../core/plan/wizards/wizardsupport.cpp" line="91"/>
        <source>changes rows in short keyset batches, each its own transaction</source>
        <translation>modifie les lignes par courts lots keyset, chacun dans sa propre transaction</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/wizardsupport.cpp" line="94"/>
        <source>touches every row, in batches that hold row locks for about %1 ms each</source>
        <translation>touche chaque ligne, par lots qui tiennent des verrous de ligne environ %1 ms chacun</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/wizardsupport.cpp" line="105"/>
        <source>batched by the backfill runner; duration adapts to the load</source>
        <translation>par lots via l&apos;exécuteur de remplissage ; la durée s&apos;adapte à la charge</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/wizardsupport.cpp" line="106"/>
        <source>Writes to the same rows may wait up to one batch (about %1 ms).</source>
        <translation>Les écritures sur les mêmes lignes peuvent attendre jusqu&apos;à un lot (environ %1 ms).</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/wizardsupport.cpp" line="187"/>
        <source>Add CHECK (%1 IS NOT NULL) NOT VALID</source>
        <translation>Ajouter CHECK (%1 IS NOT NULL) NOT VALID</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/wizardsupport.cpp" line="194"/>
        <source>NOT VALID: new and changed rows are checked at once, existing rows are not scanned under the lock.</source>
        <translation>NOT VALID : les lignes nouvelles et modifiées sont vérifiées aussitôt, les lignes existantes ne sont pas parcourues sous le verrou.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/wizardsupport.cpp" line="196"/>
        <source>Validate the NOT NULL check</source>
        <translation>Valider le contrôle NOT NULL</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/wizardsupport.cpp" line="199"/>
        <source>Nothing to undo: validating changes no data; the previous step&apos;s down drops the check.</source>
        <translation>Rien à annuler : la validation ne modifie aucune donnée ; le down de l&apos;étape précédente supprime le contrôle.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/wizardsupport.cpp" line="201"/>
        <source>VALIDATE scans the table under SHARE UPDATE EXCLUSIVE: reads and writes go on.</source>
        <translation>VALIDATE parcourt la table sous SHARE UPDATE EXCLUSIVE : lectures et écritures continuent.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/wizardsupport.cpp" line="203"/>
        <source>Set %1 NOT NULL</source>
        <translation>Passer %1 en NOT NULL</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/wizardsupport.cpp" line="211"/>
        <source>The validated check proves no NULL exists, so SET NOT NULL skips the scan (PostgreSQL 12+).</source>
        <translation>Le contrôle validé prouve l&apos;absence de NULL, donc SET NOT NULL évite le parcours (PostgreSQL 12+).</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/wizardsupport.cpp" line="218"/>
        <location filename="../core/plan/wizards/wizardsupport.cpp" line="229"/>
        <source>%1 is required.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/wizardsupport.cpp" line="220"/>
        <source>%1 &quot;%2&quot; is longer than PostgreSQL&apos;s 63 bytes.</source>
        <translation>%1 « %2 » dépasse les 63 octets de PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/wizardsupport.cpp" line="222"/>
        <source>%1 &quot;%2&quot; starts or ends with spaces.</source>
        <translation>%1 « %2 » commence ou finit par des espaces.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/wizardsupport.cpp" line="233"/>
        <source>%1 must be a single expression, without &quot;;&quot;.</source>
        <translation>%1 doit être une expression unique, sans « ; ».</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/wizardsupport.cpp" line="243"/>
        <source>Table %1 does not exist in the database.</source>
        <translation>La table %1 n&apos;existe pas dans la base.</translation>
    </message>
    <message>
        <location filename="../core/plan/wizards/wizardsupport.cpp" line="253"/>
        <source>Column %1 does not exist in %2.</source>
        <translation>La colonne %1 n&apos;existe pas dans %2.</translation>
    </message>
</context>
<context>
    <name>YamlJson</name>
    <message>
        <location filename="../core/util/yamljson.cpp" line="54"/>
        <source>nested deeper than %1 levels</source>
        <translation>imbriqué sur plus de %1 niveaux</translation>
    </message>
    <message>
        <location filename="../core/util/yamljson.cpp" line="72"/>
        <source>a key must be a plain name, not a list or a mapping</source>
        <translation>une clé doit être un simple nom, pas une liste ni un mappage</translation>
    </message>
    <message>
        <location filename="../core/util/yamljson.cpp" line="75"/>
        <source>&quot;%1&quot; is given twice</source>
        <translation>« %1 » est donné deux fois</translation>
    </message>
    <message>
        <location filename="../core/util/yamljson.cpp" line="125"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../core/util/yamljson.cpp" line="131"/>
        <source>only one document is read; this file has another</source>
        <translation>un seul document est lu ; ce fichier en contient un autre</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="52"/>
        <source>%1 is neither a migration plan (no &quot;format&quot;: &quot;slipway-plan&quot;) nor a backfill spec: %2</source>
        <translation>%1 n&apos;est ni un plan de migration (pas de &quot;format&quot;: &quot;slipway-plan&quot;) ni une spécification de backfill : %2</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="161"/>
        <source>Slipway — a desktop workbench for safe PostgreSQL migrations.</source>
        <translation>Slipway — un atelier de bureau pour des migrations PostgreSQL sûres.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="166"/>
        <source>Start a private sandbox (primary + replica) with the demo database, connect to it, and stop it on exit.</source>
        <translation>Démarrer un bac à sable privé (primaire + réplica) avec la base de démo, s&apos;y connecter et l&apos;arrêter en quittant.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="170"/>
        <source>Rows in the demo orders table (default: the demo&apos;s own size).</source>
        <translation>Lignes de la table des commandes de démo (défaut : la taille propre de la démo).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="171"/>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="174"/>
        <source>With --demo: start the demo background workload once connected.</source>
        <translation>Avec --demo : démarrer la charge de fond de démo une fois connecté.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="177"/>
        <source>Connect at start to a saved connection (by name), a libpq URI or a key=value conninfo.</source>
        <translation>Se connecter au démarrage à une connexion enregistrée (par nom), une URI libpq ou un conninfo key=value.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="179"/>
        <source>uri|name</source>
        <translation>uri|nom</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="182"/>
        <source>Once connected and loaded, save a picture of the main window to &lt;file.png&gt; and quit.</source>
        <translation>Une fois connecté et chargé, enregistrer une image de la fenêtre principale dans &lt;fichier.png&gt; et quitter.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="184"/>
        <source>file.png</source>
        <translation>fichier.png</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="187"/>
        <source>Wait this long before the screenshot (default 500).</source>
        <translation>Attendre ce délai avant la capture (défaut 500).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="188"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="191"/>
        <source>Show the full monitor (lock waits, replication lag, progress, activity) as a tab at start.</source>
        <translation>Afficher au démarrage le moniteur complet (attentes de verrou, retard de réplication, progression, activité) dans un onglet.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="195"/>
        <source>Show the migration history of &lt;folder&gt; against the connected database as a tab at start.</source>
        <translation>Afficher au démarrage l&apos;historique des migrations de &lt;dossier&gt; par rapport à la base connectée dans un onglet.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="197"/>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="200"/>
        <source>With --history: check the connected database for drift against the folder once loaded (a scratch database on the same server).</source>
        <translation>Avec --history : vérifier après chargement la dérive de la base connectée par rapport au dossier (une base jetable sur le même serveur).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="204"/>
        <source>Show the Run tab at start: the pending migrations of &lt;folder&gt;, or a backfill spec or a saved migration plan when given a .json file; --run= for the demo&apos;s folder.</source>
        <translation>Afficher l&apos;onglet Exécuter au démarrage : les migrations en attente de &lt;folder&gt;, ou une spécification de backfill ou un plan de migration enregistré pour un fichier .json ; --run= pour le dossier de la démo.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="207"/>
        <source>folder|spec.json|plan.json</source>
        <translation>dossier|spec.json|plan.json</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="210"/>
        <source>With --run: start it once connected, in the --run-mode.</source>
        <translation>Avec --run : le démarrer une fois connecté, dans le --run-mode.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="213"/>
        <source>With --run: dry-run (the default), dry-run-each (migrations one transaction each) or run.</source>
        <translation>Avec --run : dry-run (par défaut), dry-run-each (une transaction par migration) ou run.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="215"/>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="218"/>
        <source>Open a saved migration plan (.json) in a plan tab at start.</source>
        <translation>Ouvrir au démarrage un plan de migration enregistré (.json) dans un onglet de plan.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="219"/>
        <source>file.json</source>
        <translation>fichier.json</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="222"/>
        <source>With --plan: present it (full screen, one step per slide) at start.</source>
        <translation>Avec --plan : le présenter au démarrage (plein écran, une étape par diapositive).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="225"/>
        <source>With --present: start at slide &lt;n&gt; (1 is the title slide).</source>
        <translation>Avec --present : commencer à la diapositive &lt;n&gt; (1 est la diapositive de titre).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="226"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="229"/>
        <source>Open the Schema Diff tab and compare &lt;from&gt; with &lt;to&gt; (the next argument, or a second --diff): each a saved connection, a libpq URI or conninfo, or a snapshot .json file.</source>
        <translation>Ouvrir l&apos;onglet Diff de schéma et comparer &lt;from&gt; à &lt;to&gt; (l&apos;argument suivant, ou un second --diff) : chacun une connexion enregistrée, une URI ou un conninfo libpq, ou un fichier d&apos;instantané .json.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="232"/>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="235"/>
        <source>Open the Expand/Contract wizard for &lt;kind&gt; (%1) at its inputs, with the connected database&apos;s schema.</source>
        <translation>Ouvrir l&apos;assistant expand/contract pour &lt;kind&gt; (%1) sur ses entrées, avec le schéma de la base connectée.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="238"/>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="241"/>
        <source>With --wizard: fill in one input, e.g. table=orders or notNull=true (repeatable).</source>
        <translation>Avec --wizard : remplir une entrée, p. ex. table=orders ou notNull=true (répétable).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="243"/>
        <source>key=value</source>
        <translation>key=value</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="246"/>
        <source>With --wizard: generate from the inputs and show the steps (or what is missing).</source>
        <translation>Avec --wizard : générer à partir des entrées et montrer les étapes (ou ce qui manque).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="255"/>
        <source>Migration files to open in editor tabs. A relative name that does not exist here is looked up among the bundled demo files, e.g. &quot;migrations/V002__*.sql&quot;.</source>
        <translation>Fichiers de migration à ouvrir dans des onglets d&apos;éditeur. Un nom relatif absent d&apos;ici est cherché parmi les fichiers de démo fournis, p. ex. « migrations/V002__*.sql ».</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="258"/>
        <source>[files...]</source>
        <translation>[fichiers...]</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="267"/>
        <source>--demo and --connect cannot be combined.</source>
        <translation>--demo et --connect ne peuvent pas être combinés.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="273"/>
        <source>--screenshot-delay wants milliseconds.</source>
        <translation>--screenshot-delay attend des millisecondes.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="281"/>
        <source>--demo-rows wants a positive number.</source>
        <translation>--demo-rows attend un nombre positif.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="291"/>
        <source>--slide wants a slide number from 1, with --plan and --present.</source>
        <translation>--slide attend un numéro de diapositive à partir de 1, avec --plan et --present.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="298"/>
        <source>--diff wants two sides: --diff &lt;from&gt; &lt;to&gt;.</source>
        <translation>--diff attend deux côtés : --diff &lt;from&gt; &lt;to&gt;.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="303"/>
        <source>--wizard-input wants key=value, with --wizard.</source>
        <translation>--wizard-input attend key=value, avec --wizard.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="353"/>
        <source>--run-mode is dry-run, dry-run-each or run, not &quot;%1&quot;.</source>
        <translation>--run-mode vaut dry-run, dry-run-each ou run, pas « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="362"/>
        <source>%1 is not a Slipway plan file.</source>
        <translation>%1 n&apos;est pas un fichier de plan Slipway.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main.cpp" line="367"/>
        <source>--slide %1: the plan has %n slide(s).</source>
        <translation>
            <numerusform>--slide %1 : le plan a %n diapositive.</numerusform>
            <numerusform>--slide %1 : le plan a %n diapositives.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::AbortPolicy</name>
    <message>
        <location filename="../core/monitor/abortpolicy.cpp" line="171"/>
        <source>Abort: replication lag %1 s is above the abort threshold (%2 s).</source>
        <translation>Abandon : le retard de réplication de %1 s dépasse le seuil d&apos;abandon (%2 s).</translation>
    </message>
    <message>
        <location filename="../core/monitor/abortpolicy.cpp" line="175"/>
        <source>Abort: a session has waited %1 s for a lock, above the abort threshold (%2 s).</source>
        <translation>Abandon : une session a attendu un verrou %1 s, au-delà du seuil d&apos;abandon (%2 s).</translation>
    </message>
    <message>
        <location filename="../core/monitor/abortpolicy.cpp" line="173"/>
        <source>Throttle: replication lag %1 s is above %2 s.</source>
        <translation>Ralentissement : le retard de réplication de %1 s dépasse %2 s.</translation>
    </message>
    <message>
        <location filename="../core/monitor/abortpolicy.cpp" line="157"/>
        <source>Resume: replication lag %1 s, lock waits %2 s and errors %3 % have stayed below %4 s, %5 s and %6 % for %7 s.</source>
        <translation>Reprise : retard de réplication %1 s, attentes de verrou %2 s et erreurs %3 % sont restés sous %4 s, %5 s et %6 % pendant %7 s.</translation>
    </message>
    <message>
        <location filename="../core/monitor/abortpolicy.cpp" line="177"/>
        <source>Throttle: a session has waited %1 s for a lock, above %2 s.</source>
        <translation>Ralentissement : une session a attendu un verrou %1 s, au-delà de %2 s.</translation>
    </message>
    <message>
        <location filename="../core/monitor/abortpolicy.cpp" line="179"/>
        <source>Abort: %1 % of the last %2 transactions in the database rolled back (errors), above the abort threshold (%3 %).</source>
        <translation>Abandon : %1 % des %2 dernières transactions de la base ont été annulées (erreurs), au-dessus du seuil d&apos;abandon (%3 %).</translation>
    </message>
    <message>
        <location filename="../core/monitor/abortpolicy.cpp" line="184"/>
        <source>Throttle: %1 % of the last %2 transactions in the database rolled back (errors), above %3 %.</source>
        <translation>Ralentissement : %1 % des %2 dernières transactions de la base ont été annulées (erreurs), au-dessus de %3 %.</translation>
    </message>
</context>
<context>
    <name>slipway::ActiveConnection</name>
    <message>
        <location filename="../ui/activeconnection.cpp" line="30"/>
        <source>Connecting to %1 (%2)…</source>
        <translation>Connexion à %1 (%2)…</translation>
    </message>
    <message>
        <location filename="../ui/activeconnection.cpp" line="48"/>
        <source>No system keychain is available; the password will be asked for. %1</source>
        <translation>Aucun trousseau système disponible ; le mot de passe sera demandé. %1</translation>
    </message>
    <message>
        <location filename="../ui/activeconnection.cpp" line="52"/>
        <source>Could not read the password from the keychain: %1</source>
        <translation>Impossible de lire le mot de passe dans le trousseau : %1</translation>
    </message>
    <message>
        <location filename="../ui/activeconnection.cpp" line="74"/>
        <source>Connection to %1 lost: %2</source>
        <translation>Connexion à %1 perdue : %2</translation>
    </message>
    <message>
        <location filename="../ui/activeconnection.cpp" line="85"/>
        <source>Connected to %1 — PostgreSQL %2, role %3%4, backend PID %5.</source>
        <translation>Connecté à %1 — PostgreSQL %2, rôle %3%4, PID du backend %5.</translation>
    </message>
    <message>
        <location filename="../ui/activeconnection.cpp" line="87"/>
        <source> (superuser)</source>
        <translation> (superutilisateur)</translation>
    </message>
    <message>
        <location filename="../ui/activeconnection.cpp" line="92"/>
        <source>Password saved in the system keychain.</source>
        <translation>Mot de passe enregistré dans le trousseau système.</translation>
    </message>
    <message>
        <location filename="../ui/activeconnection.cpp" line="94"/>
        <source>Could not save the password in the keychain: %1</source>
        <translation>Impossible d&apos;enregistrer le mot de passe dans le trousseau : %1</translation>
    </message>
    <message>
        <location filename="../ui/activeconnection.cpp" line="103"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/activeconnection.cpp" line="132"/>
        <source>Disconnected from %1.</source>
        <translation>Déconnecté de %1.</translation>
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
        <translation>Aucune session n&apos;attend de verrou.</translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="47"/>
        <source>Cancel Query…</source>
        <translation>Annuler la requête…</translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="48"/>
        <source>Terminate Session…</source>
        <translation>Terminer la session…</translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="52"/>
        <source>&lt;b&gt;Blocking tree&lt;/b&gt; — who blocks whom</source>
        <translation>&lt;b&gt;Arbre de blocage&lt;/b&gt; — qui bloque qui</translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="55"/>
        <source>Blocking sessions</source>
        <translation>Sessions bloquantes</translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="57"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="57"/>
        <source>Waits for</source>
        <translation>Attend</translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="57"/>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="57"/>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="57"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="73"/>
        <source>Cancel the statement the selected session runs (pg_cancel_backend)</source>
        <translation>Annuler l&apos;instruction exécutée par la session sélectionnée (pg_cancel_backend)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="74"/>
        <source>End the selected session and roll back its transaction (pg_terminate_backend)</source>
        <translation>Terminer la session sélectionnée et annuler sa transaction (pg_terminate_backend)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="124"/>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="129"/>
        <source>— (holds the lock)</source>
        <translation>— (détient le verrou)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/blockingtree.cpp" line="135"/>
        <source>(tx %1)</source>
        <translation>(tx %1)</translation>
    </message>
</context>
<context>
    <name>slipway::ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="35"/>
        <source>New Connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="35"/>
        <source>Edit Connection — %1</source>
        <translation>Modifier la connexion — %1</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="40"/>
        <source>e.g. Shop production</source>
        <translation>p. ex. Boutique production</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="50"/>
        <source>Production connections are read-only unless you untick it, and show a red banner while connected.</source>
        <translation>Les connexions de production sont en lecture seule sauf si vous décochez la case, et affichent un bandeau rouge pendant la connexion.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="53"/>
        <source>Read-only sessions (default_transaction_read_only = on)</source>
        <translation>Sessions en lecture seule (default_transaction_read_only = on)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="57"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="58"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement :</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="63"/>
        <source>URI / conninfo</source>
        <translation>URI / conninfo</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="64"/>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="65"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="70"/>
        <source>Optional: .pgpass and PGPASSWORD are honoured</source>
        <translation>Facultatif : .pgpass et PGPASSWORD sont pris en compte</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="71"/>
        <source>Save password in the system keychain</source>
        <translation>Enregistrer le mot de passe dans le trousseau système</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="73"/>
        <source>Never written to a file. Without a keychain, the password is asked for on each connect.</source>
        <translation>Jamais écrit dans un fichier. Sans trousseau, le mot de passe est demandé à chaque connexion.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="77"/>
        <source>Optional: postgresql://replica-host/db — for the monitor&apos;s replay delay</source>
        <translation>Facultatif : postgresql://replica-host/db — pour le retard de rejeu du moniteur</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="78"/>
        <source>A standby of this server. The monitor reads its replay delay there; replication lag from the primary is shown either way.</source>
        <translation>Un standby de ce serveur. Le moniteur y lit le retard de rejeu ; le retard de réplication depuis le primaire est affiché dans tous les cas.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="80"/>
        <source>Replica for monitoring</source>
        <translation>Réplica pour la surveillance</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="82"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="84"/>
        <source>&amp;Replica:</source>
        <translation>&amp;Réplica :</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="100"/>
        <source>What libpq will be given (without the password)</source>
        <translation>Ce qui sera transmis à libpq (sans le mot de passe)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="102"/>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="104"/>
        <source>Cancel Test</source>
        <translation>Annuler le test</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="123"/>
        <source>Save and &amp;Connect</source>
        <translation>Enregistrer et se &amp;connecter</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="168"/>
        <source>A libpq URI or key=value conninfo (host=… dbname=… user=…). A password typed here is used for this session and never saved.</source>
        <translation>Une URI libpq ou un conninfo key=value (host=… dbname=… user=…). Un mot de passe saisi ici sert pour cette session et n&apos;est jamais enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="174"/>
        <source>&amp;Connection string:</source>
        <translation>&amp;Chaîne de connexion :</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="187"/>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="188"/>
        <source>Browse for %1</source>
        <translation>Parcourir pour %1</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="203"/>
        <source>localhost</source>
        <translation>localhost</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="207"/>
        <source>default (5432)</source>
        <translation>par défaut (5432)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="210"/>
        <source>same as the user name</source>
        <translation>identique au nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="213"/>
        <source>your operating-system user</source>
        <translation>votre utilisateur du système</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="216"/>
        <source>default (prefer)</source>
        <translation>par défaut (prefer)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="226"/>
        <source>Root certificate</source>
        <translation>Certificat racine</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="227"/>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="228"/>
        <source>Client key</source>
        <translation>Clé client</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="232"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="233"/>
        <source>no timeout</source>
        <translation>aucun délai</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="237"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="243"/>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="246"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="247"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="248"/>
        <source>SSL &amp;mode:</source>
        <translation>&amp;Mode SSL :</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="249"/>
        <source>Root certificate:</source>
        <translation>Certificat racine :</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="249"/>
        <source>SSL root certificate</source>
        <translation>Certificat racine SSL</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="250"/>
        <source>Client certificate:</source>
        <translation>Certificat client :</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="250"/>
        <source>SSL client certificate</source>
        <translation>Certificat client SSL</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="251"/>
        <source>Client key:</source>
        <translation>Clé client :</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="251"/>
        <source>SSL client key</source>
        <translation>Clé client SSL</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="252"/>
        <source>Connect &amp;timeout:</source>
        <translation>&amp;Délai de connexion :</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="261"/>
        <source>e.g. shop-prod</source>
        <translation>p. ex. shop-prod</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="262"/>
        <source>A service from pg_service.conf (PGSERVICEFILE, ~/.pg_service.conf or PGSYSCONFDIR). Host, database and user from the Fields tab, when set, override the service&apos;s.</source>
        <translation>Un service de pg_service.conf (PGSERVICEFILE, ~/.pg_service.conf ou PGSYSCONFDIR). L&apos;hôte, la base et l&apos;utilisateur de l&apos;onglet Champs, s&apos;ils sont renseignés, remplacent ceux du service.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="269"/>
        <source>&amp;Service name:</source>
        <translation>Nom du &amp;service :</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="294"/>
        <source>Stored in the keychain — leave empty to keep it</source>
        <translation>Stocké dans le trousseau — laisser vide pour le conserver</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="354"/>
        <source>Give the connection a name.</source>
        <translation>Donnez un nom à la connexion.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="434"/>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="435"/>
        <source>user %1%2</source>
        <translation>utilisateur %1%2</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="435"/>
        <source> (superuser)</source>
        <translation> (superutilisateur)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="436"/>
        <source>database %1</source>
        <translation>base %1</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="438"/>
        <source>standby (read-only)</source>
        <translation>standby (lecture seule)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="440"/>
        <source>read-only session</source>
        <translation>session en lecture seule</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="441"/>
        <source>Connection works</source>
        <translation>La connexion fonctionne</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="447"/>
        <source>Type the password above and test again.</source>
        <translation>Saisissez le mot de passe ci-dessus et testez de nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="460"/>
        <source>Test cancelled</source>
        <translation>Test annulé</translation>
    </message>
</context>
<context>
    <name>slipway::ConnectionList</name>
    <message>
        <location filename="../ui/connectionlist.cpp" line="111"/>
        <source>Saved connections</source>
        <translation>Connexions enregistrées</translation>
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
        <translation> — lecture seule</translation>
    </message>
    <message>
        <location filename="../ui/connectionlist.cpp" line="162"/>
        <source>
For this run only: not saved</source>
        <translation>
Pour cette exécution seulement : non enregistrée</translation>
    </message>
    <message>
        <location filename="../ui/connectionlist.cpp" line="168"/>
        <source>not saved</source>
        <translation>non enregistrée</translation>
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
        <translation>Environnement de la connexion active</translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="18"/>
        <source>Whether this session may write</source>
        <translation>Si cette session peut écrire</translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="19"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="20"/>
        <source>Role the session runs as</source>
        <translation>Rôle sous lequel tourne la session</translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="21"/>
        <source>Server version</source>
        <translation>Version du serveur</translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="22"/>
        <source>Connection state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="57"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="74"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="88"/>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="90"/>
        <source>%1 (superuser)</source>
        <translation>%1 (superutilisateur)</translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="91"/>
        <source>db: %1</source>
        <translation>base : %1</translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="94"/>
        <source>read-only (standby)</source>
        <translation>lecture seule (standby)</translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="96"/>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="98"/>
        <source>read-write</source>
        <translation>lecture-écriture</translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="100"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="101"/>
        <source>Connected to %1:%2, backend PID %3</source>
        <translation>Connecté à %1:%2, PID du backend %3</translation>
    </message>
    <message>
        <location filename="../ui/connectionstatuswidget.cpp" line="113"/>
        <source>Connection lost</source>
        <translation>Connexion perdue</translation>
    </message>
</context>
<context>
    <name>slipway::DemoController</name>
    <message>
        <location filename="../ui/democontroller.cpp" line="47"/>
        <source>Starting the demo sandbox…</source>
        <translation>Démarrage du bac à sable de démo…</translation>
    </message>
    <message>
        <location filename="../ui/democontroller.cpp" line="47"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/democontroller.cpp" line="49"/>
        <source>Slipway demo</source>
        <translation>Démo Slipway</translation>
    </message>
    <message>
        <location filename="../ui/democontroller.cpp" line="60"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../ui/democontroller.cpp" line="77"/>
        <source>The sandbox did not start.</source>
        <translation>Le bac à sable n&apos;a pas démarré.</translation>
    </message>
</context>
<context>
    <name>slipway::DiffController</name>
    <message>
        <location filename="../ui/diff/diffcontroller.cpp" line="61"/>
        <source>Comparing and planning</source>
        <translation>Comparaison et planification</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffcontroller.cpp" line="63"/>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffcontroller.cpp" line="64"/>
        <source>Target: %1</source>
        <translation>Cible : %1</translation>
    </message>
</context>
<context>
    <name>slipway::DiffDdlPane</name>
    <message>
        <location filename="../ui/diff/diffddlpane.cpp" line="87"/>
        <source>Source definition</source>
        <translation>Définition source</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffddlpane.cpp" line="88"/>
        <source>Target definition</source>
        <translation>Définition cible</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffddlpane.cpp" line="115"/>
        <source>Select an object to compare its definitions.</source>
        <translation>Sélectionnez un objet pour comparer ses définitions.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffddlpane.cpp" line="116"/>
        <location filename="../ui/diff/diffddlpane.cpp" line="140"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffddlpane.cpp" line="117"/>
        <location filename="../ui/diff/diffddlpane.cpp" line="141"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffddlpane.cpp" line="136"/>
        <source>%1 — not present</source>
        <translation>%1 — absent</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffddlpane.cpp" line="137"/>
        <source>%1 — same</source>
        <translation>%1 — identique</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/diff/diffddlpane.cpp" line="138"/>
        <source>%1 — %n line(s) marked %2</source>
        <translation>
            <numerusform>%1 — %n ligne marquée %2</numerusform>
            <numerusform>%1 — %n lignes marquées %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/diff/diffddlpane.cpp" line="140"/>
        <source>− (removed or changed)</source>
        <translation>− (supprimé ou modifié)</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffddlpane.cpp" line="141"/>
        <source>+ (added or changed)</source>
        <translation>+ (ajouté ou modifié)</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffddlpane.cpp" line="157"/>
        <source>Differing lines: %1</source>
        <translation>Lignes différentes : %1</translation>
    </message>
</context>
<context>
    <name>slipway::DiffPlanPanel</name>
    <message>
        <location filename="../ui/diff/diffplanpanel.cpp" line="21"/>
        <source>-- Verification: each query returns true once the plan has run.</source>
        <translation>-- Vérification : chaque requête renvoie true une fois le plan exécuté.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffplanpanel.cpp" line="32"/>
        <source>Whole plan</source>
        <translation>Plan complet</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffplanpanel.cpp" line="33"/>
        <source>Up plan</source>
        <translation>Plan up</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffplanpanel.cpp" line="33"/>
        <source>&amp;Up plan (source → target)</source>
        <translation>Plan &amp;up (source → cible)</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffplanpanel.cpp" line="34"/>
        <source>Down plan</source>
        <translation>Plan down</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffplanpanel.cpp" line="34"/>
        <source>&amp;Down plan (undoes it)</source>
        <translation>Plan &amp;down (l&apos;annule)</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffplanpanel.cpp" line="35"/>
        <source>Verification queries</source>
        <translation>Requêtes de vérification</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffplanpanel.cpp" line="35"/>
        <source>Ver&amp;ification</source>
        <translation>Vér&amp;ification</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffplanpanel.cpp" line="58"/>
        <source>Open &amp;as Plan</source>
        <translation>Ouvrir comme pl&amp;an</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffplanpanel.cpp" line="50"/>
        <source>Open in Editor</source>
        <translation>Ouvrir dans l&apos;éditeur</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffplanpanel.cpp" line="51"/>
        <source>Open %1 in the SQL editor</source>
        <translation>Ouvrir %1 dans l&apos;éditeur SQL</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffplanpanel.cpp" line="52"/>
        <source>Opens the script in a new SQL editor tab, where it is linted.</source>
        <translation>Ouvre le script dans un nouvel onglet d&apos;éditeur SQL, où il est analysé (lint).</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffplanpanel.cpp" line="59"/>
        <source>Reviews the up plan step by step: locks, estimated durations, risk, rollback and approvals, ready to save, export or present.</source>
        <translation>Passe en revue le plan up étape par étape : verrous, durées estimées, risque, retour arrière et approbations, prêt à enregistrer, exporter ou présenter.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffplanpanel.cpp" line="80"/>
        <source>-- No differences.</source>
        <translation>-- Aucune différence.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffplanpanel.cpp" line="80"/>
        <source>-- Compare to see the plan.</source>
        <translation>-- Lancez la comparaison pour voir le plan.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffplanpanel.cpp" line="84"/>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffplanpanel.cpp" line="85"/>
        <source>Plan for %1</source>
        <translation>Plan pour %1</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffplanpanel.cpp" line="86"/>
        <source>Down plan for %1</source>
        <translation>Plan down pour %1</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffplanpanel.cpp" line="87"/>
        <source>Verify %1</source>
        <translation>Vérifier %1</translation>
    </message>
</context>
<context>
    <name>slipway::DiffRehearsalPanel</name>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="38"/>
        <source>Plan rehearsal</source>
        <translation>Répétition du plan</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="40"/>
        <source>Runs the up plan on a throw-away copy of the source&apos;s schema (no data), re-compares it with the target, then runs the down plan and compares with the source. The scratch database is dropped afterwards.</source>
        <translation>Exécute le plan up sur une copie jetable du schéma source (sans données), la recompare à la cible, puis exécute le plan down et compare à la source. La base jetable est ensuite supprimée.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="46"/>
        <source>Scratch server</source>
        <translation>Serveur jetable</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="47"/>
        <source>The server where the scratch database is created; its role needs CREATEDB.</source>
        <translation>Le serveur où la base jetable est créée ; son rôle doit avoir CREATEDB.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="48"/>
        <source>Scr&amp;atch server:</source>
        <translation>Serveur de br&amp;ouillon :</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="50"/>
        <source>&amp;Rehearse</source>
        <translation>&amp;Répéter</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="51"/>
        <source>Rehearse the plan</source>
        <translation>Répéter le plan</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="52"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="53"/>
        <source>Cancel the rehearsal</source>
        <translation>Annuler la répétition</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="58"/>
        <source>Rehearsal progress</source>
        <translation>Progression de la répétition</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="66"/>
        <source>Rehearsal report</source>
        <translation>Rapport de répétition</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="67"/>
        <source>Compare, pick a scratch server and press Rehearse.</source>
        <translation>Comparez, choisissez un serveur jetable et appuyez sur Répéter.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="113"/>
        <source>%1 (production)</source>
        <translation>%1 (production)</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="141"/>
        <source>No scratch server</source>
        <translation>Aucun serveur jetable</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="142"/>
        <source>Pick a connection whose server may hold a throw-away database.</source>
        <translation>Choisissez une connexion dont le serveur peut accueillir une base jetable.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="155"/>
        <source>Could not use %1</source>
        <translation>Impossible d&apos;utiliser %1</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="206"/>
        <source>Rehearsal clean</source>
        <translation>Répétition propre</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="207"/>
        <source>Up gave the target, down gave the source back.</source>
        <translation>Le up a produit la cible, le down a rétabli la source.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="210"/>
        <source>Rehearsal not clean</source>
        <translation>Répétition non propre</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="211"/>
        <source>The plan ran, but differences are left: see the report.</source>
        <translation>Le plan s&apos;est exécuté, mais des différences subsistent : voir le rapport.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="214"/>
        <source>A statement failed</source>
        <translation>Une instruction a échoué</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="218"/>
        <source>Could not rehearse</source>
        <translation>Répétition impossible</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="221"/>
        <source>Rehearsal cancelled</source>
        <translation>Répétition annulée</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="224"/>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="235"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffrehearsalpanel.cpp" line="247"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
</context>
<context>
    <name>slipway::DiffSideLoader</name>
    <message>
        <location filename="../ui/diff/diffsideloader.cpp" line="75"/>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffsideloader.cpp" line="99"/>
        <source>Connecting to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffsideloader.cpp" line="148"/>
        <source>Reading the catalog</source>
        <translation>Lecture du catalogue</translation>
    </message>
</context>
<context>
    <name>slipway::DiffSidePicker</name>
    <message>
        <location filename="../ui/diff/diffsidepicker.cpp" line="18"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffsidepicker.cpp" line="19"/>
        <source>Snapshot file</source>
        <translation>Fichier d&apos;instantané</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffsidepicker.cpp" line="20"/>
        <source>%1 kind</source>
        <translation>Type de %1</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffsidepicker.cpp" line="23"/>
        <source>%1 connection</source>
        <translation>Connexion %1</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffsidepicker.cpp" line="27"/>
        <source>%1 snapshot file</source>
        <translation>Fichier d&apos;instantané %1</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffsidepicker.cpp" line="28"/>
        <source>schema snapshot (.json)</source>
        <translation>instantané de schéma (.json)</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffsidepicker.cpp" line="29"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffsidepicker.cpp" line="30"/>
        <source>Choose the %1 snapshot file</source>
        <translation>Choisir le fichier d&apos;instantané %1</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffsidepicker.cpp" line="64"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffsidepicker.cpp" line="73"/>
        <source>Open Schema Snapshot</source>
        <translation>Ouvrir un instantané de schéma</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffsidepicker.cpp" line="74"/>
        <source>Schema snapshots (*.json);;All files (*)</source>
        <translation>Instantanés de schéma (*.json);;Tous les fichiers (*)</translation>
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
        <translation>tous identiques</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/diff/difftreemodel.cpp" line="121"/>
        <source>%n differ(s)</source>
        <translation>
            <numerusform>%n différence</numerusform>
            <numerusform>%n différences</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/diff/difftreemodel.cpp" line="133"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <location filename="../ui/diff/difftreemodel.cpp" line="150"/>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../ui/diff/difftreemodel.cpp" line="150"/>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>slipway::DiffView</name>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="58"/>
        <source>Schema diff</source>
        <translation>Diff de schéma</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="91"/>
        <source>Source (the plan runs here)</source>
        <translation>Source (le plan s&apos;exécute ici)</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="92"/>
        <source>Target (the wanted schema)</source>
        <translation>Cible (le schéma voulu)</translation>
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
        <translation>Permuter source et cible</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="113"/>
        <source>all schemas</source>
        <translation>tous les schémas</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="114"/>
        <source>Schemas to compare</source>
        <translation>Schémas à comparer</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="115"/>
        <source>Compare only these schemas (separated by commas or spaces).</source>
        <translation>Comparer uniquement ces schémas (séparés par des virgules ou des espaces).</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="117"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="118"/>
        <source>Schemas to leave out</source>
        <translation>Schémas à exclure</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="119"/>
        <source>Do not compare who owns objects.</source>
        <translation>Ne pas comparer les propriétaires des objets.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="119"/>
        <source>Ignore ow&amp;ners</source>
        <translation>Ignorer les propri&amp;étaires</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="120"/>
        <source>Ignore &amp;privileges</source>
        <translation>Ignorer les &amp;droits</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="120"/>
        <source>Do not compare grants.</source>
        <translation>Ne pas comparer les droits (GRANT).</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="121"/>
        <source>Do not compare comments.</source>
        <translation>Ne pas comparer les commentaires.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="121"/>
        <source>I&amp;gnore comments</source>
        <translation>I&amp;gnorer les commentaires</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="122"/>
        <source>C&amp;ompare</source>
        <translation>C&amp;omparer</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="123"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="125"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="126"/>
        <source>Cancel the comparison</source>
        <translation>Annuler la comparaison</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="133"/>
        <source>&amp;Schemas:</source>
        <translation>&amp;Schémas :</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="135"/>
        <source>E&amp;xcept:</source>
        <translation>Sau&amp;f :</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="150"/>
        <source>Comparison progress</source>
        <translation>Progression de la comparaison</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="170"/>
        <source>Show objects</source>
        <translation>Afficher les objets</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="171"/>
        <source>All objects</source>
        <translation>Tous les objets</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="172"/>
        <source>All differences</source>
        <translation>Toutes les différences</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="173"/>
        <source>Different only</source>
        <translation>Différents seulement</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="174"/>
        <source>Only in source</source>
        <translation>Seulement dans la source</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="175"/>
        <source>Only in target</source>
        <translation>Seulement dans la cible</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="177"/>
        <source>Filter by name</source>
        <translation>Filtrer par nom</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="178"/>
        <source>Filter objects by name</source>
        <translation>Filtrer les objets par nom</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="181"/>
        <source>Object counts</source>
        <translation>Nombre d&apos;objets</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="187"/>
        <source>Objects of both sides</source>
        <translation>Objets des deux côtés</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="214"/>
        <source>Comparison details</source>
        <translation>Détails de la comparaison</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="218"/>
        <source>Plan statements for this object, with their hazards:</source>
        <translation>Instructions du plan pour cet objet, avec leurs risques :</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="223"/>
        <source>Plan statements for the selected object</source>
        <translation>Instructions du plan pour l&apos;objet sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="224"/>
        <source>Open in Editor</source>
        <translation>Ouvrir dans l&apos;éditeur</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="225"/>
        <source>Open the object&apos;s statements in the SQL editor</source>
        <translation>Ouvrir les instructions de l&apos;objet dans l&apos;éditeur SQL</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="227"/>
        <source>Plan: %1</source>
        <translation>Plan : %1</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="240"/>
        <source>Ob&amp;ject</source>
        <translation>Ob&amp;jet</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="261"/>
        <source>Rehearsa&amp;l</source>
        <translation>Répéti&amp;tion</translation>
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
            <numerusform>%n changement</numerusform>
            <numerusform>%n changements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/diff/diffview.cpp" line="347"/>
        <source>%n plan statement(s)</source>
        <translation>
            <numerusform>%n instruction du plan</numerusform>
            <numerusform>%n instructions du plan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="245"/>
        <source>Save Source Snapshot…</source>
        <translation>Enregistrer l&apos;instantané source…</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="246"/>
        <source>Save Target Snapshot…</source>
        <translation>Enregistrer l&apos;instantané cible…</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="249"/>
        <source>Writes the schema read from the database to a JSON snapshot file.</source>
        <translation>Écrit le schéma lu dans la base dans un fichier d&apos;instantané JSON.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="259"/>
        <source>&amp;Whole plan</source>
        <translation>Plan comp&amp;let</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="287"/>
        <source>Nothing to compare yet</source>
        <translation>Rien à comparer pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="288"/>
        <source>Pick a connection or a snapshot file for both the source and the target.</source>
        <translation>Choisissez une connexion ou un fichier d&apos;instantané pour la source et pour la cible.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="310"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="324"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="344"/>
        <source>No differences.</source>
        <translation>Aucune différence.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="365"/>
        <source>Failed.</source>
        <translation>Échec.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="367"/>
        <source>Could not read the source %1</source>
        <translation>Impossible de lire la source %1</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="368"/>
        <source>Could not read the target %1</source>
        <translation>Impossible de lire la cible %1</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="381"/>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="387"/>
        <source>-- Nothing to do: the object is the same on both sides.</source>
        <translation>-- Rien à faire : l&apos;objet est identique des deux côtés.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="409"/>
        <source>Pick a source and a target, then Compare.</source>
        <translation>Choisissez une source et une cible, puis Comparer.</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="428"/>
        <source>Save Schema Snapshot</source>
        <translation>Enregistrer l&apos;instantané de schéma</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="429"/>
        <source>Schema snapshots (*.json)</source>
        <translation>Instantanés de schéma (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="445"/>
        <source>Snapshot saved</source>
        <translation>Instantané enregistré</translation>
    </message>
    <message>
        <location filename="../ui/diff/diffview.cpp" line="447"/>
        <source>Could not save the snapshot</source>
        <translation>Impossible d&apos;enregistrer l&apos;instantané</translation>
    </message>
</context>
<context>
    <name>slipway::DriftPanel</name>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="74"/>
        <source>Drift check progress</source>
        <translation>Progression de la vérification de dérive</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="75"/>
        <source>Cancel Drift Chec&amp;k</source>
        <translation>Annuler la vérification de dériv&amp;e</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="77"/>
        <source>Stop the check; the scratch database is dropped</source>
        <translation>Arrêter la vérification ; la base jetable est supprimée</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="95"/>
        <source>Objects that drifted</source>
        <translation>Objets en dérive</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="105"/>
        <source>Live database</source>
        <translation>Base en service</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="105"/>
        <source>Expected (migrations)</source>
        <translation>Attendu (migrations)</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="126"/>
        <source>Drift check stopped</source>
        <translation>Vérification de dérive arrêtée</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="127"/>
        <source>The connection was closed while it ran.</source>
        <translation>La connexion a été fermée pendant la vérification.</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="179"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="180"/>
        <source>Connect to the database to check it for drift.</source>
        <translation>Connectez-vous à la base pour vérifier sa dérive.</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="194"/>
        <source>Starting the drift check…</source>
        <translation>Démarrage de la vérification de dérive…</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="225"/>
        <source>Reading the snapshot…</source>
        <translation>Lecture de l&apos;instantané…</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="241"/>
        <source>Reading the live schema</source>
        <translation>Lecture du schéma en service</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="274"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="300"/>
        <source>No drift</source>
        <translation>Aucune dérive</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="301"/>
        <source>The live database matches %1.</source>
        <translation>La base en service correspond à %1.</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="306"/>
        <source>Drift in 1 object</source>
        <translation>Dérive sur 1 objet</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="306"/>
        <source>Drift in %1 objects</source>
        <translation>Dérive sur %1 objets</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="307"/>
        <source>The live database differs from %1 (%2 changes). Select an object: left, the live database; right, what the migrations build.</source>
        <translation>La base en service diffère de %1 (%2 modifications). Sélectionnez un objet : à gauche la base en service, à droite ce que construisent les migrations.</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="323"/>
        <source>Drift check cancelled</source>
        <translation>Vérification de dérive annulée</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="325"/>
        <source>Nothing was left behind.</source>
        <translation>Rien n&apos;a été laissé derrière.</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="326"/>
        <source>The scratch database %1 could not be dropped; drop it by hand.</source>
        <translation>Impossible de supprimer la base jetable %1 ; supprimez-la à la main.</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="331"/>
        <source>Could not check for drift</source>
        <translation>Impossible de vérifier la dérive</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="340"/>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="342"/>
        <source>Migration %1 %2 does not apply cleanly to a fresh database, so the folder cannot be compared with the live database.</source>
        <translation>La migration %1 %2 ne s&apos;applique pas proprement à une base neuve, le dossier ne peut donc pas être comparé à la base en service.</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="347"/>
        <source>SQLSTATE %1: %2</source>
        <translation>SQLSTATE %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="349"/>
        <source>Detail: %1</source>
        <translation>Détail : %1</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="351"/>
        <source>Hint: %1</source>
        <translation>Astuce : %1</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="352"/>
        <source>Migration %1 failed on the scratch database</source>
        <translation>La migration %1 a échoué sur la base jetable</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="366"/>
        <source>same on both sides</source>
        <translation>identique des deux côtés</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="367"/>
        <source>differs</source>
        <translation>diffère</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="368"/>
        <source>only in the live database</source>
        <translation>seulement dans la base en service</translation>
    </message>
    <message>
        <location filename="../ui/history/driftpanel.cpp" line="369"/>
        <source>missing from the live database</source>
        <translation>absent de la base en service</translation>
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
        <translation>%1 n&apos;est pas du texte UTF-8.</translation>
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
        <translation>&amp;Nouvelle migration</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="52"/>
        <source>Start a new migration in an editor tab</source>
        <translation>Commencer une nouvelle migration dans un onglet d&apos;éditeur</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="53"/>
        <source>&amp;Open Migration…</source>
        <translation>&amp;Ouvrir une migration…</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="54"/>
        <source>Open migration files in editor tabs</source>
        <translation>Ouvrir des fichiers de migration dans des onglets d&apos;éditeur</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="55"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="56"/>
        <source>Save the migration</source>
        <translation>Enregistrer la migration</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="57"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="58"/>
        <source>Save the migration under a new name</source>
        <translation>Enregistrer la migration sous un nouveau nom</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="59"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="60"/>
        <source>Find in the migration</source>
        <translation>Rechercher dans la migration</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="61"/>
        <source>&amp;Replace…</source>
        <translation>R&amp;emplacer…</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="62"/>
        <source>Find and replace in the migration</source>
        <translation>Rechercher et remplacer dans la migration</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="63"/>
        <source>&amp;Lint</source>
        <translation>&amp;Lint</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="64"/>
        <source>Check the migration now; findings go to the Problems panel</source>
        <translation>Vérifier la migration maintenant ; les résultats vont dans le panneau Problèmes</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="65"/>
        <source>&amp;Quick Fix</source>
        <translation>&amp;Correction rapide</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="66"/>
        <source>Apply the quick fix of the finding at the cursor</source>
        <translation>Appliquer la correction rapide du résultat sous le curseur</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="67"/>
        <source>Run &amp;Statement</source>
        <translation>Exécuter l&apos;&amp;instruction</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="68"/>
        <source>Run the statement at the cursor in the Run tab, with timeouts, retries and the monitor</source>
        <translation>Exécuter l&apos;instruction sous le curseur dans l&apos;onglet Exécution, avec délais, nouvelles tentatives et moniteur</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="69"/>
        <source>Run S&amp;election</source>
        <translation>Exécuter la sélec&amp;tion</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="70"/>
        <source>Run the selected statements in the Run tab, with timeouts, retries and the monitor</source>
        <translation>Exécuter les instructions sélectionnées dans l&apos;onglet Exécution, avec délais, nouvelles tentatives et moniteur</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="97"/>
        <source>No quick fix at the cursor.</source>
        <translation>Aucune correction rapide sous le curseur.</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="194"/>
        <source>Untitled %1</source>
        <translation>Sans titre %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="213"/>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="221"/>
        <source>Opened %1.</source>
        <translation>%1 ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="233"/>
        <source>Open Migration</source>
        <translation>Ouvrir une migration</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="233"/>
        <location filename="../ui/editor/editorworkspace.cpp" line="261"/>
        <source>SQL files (*.sql);;All files (*)</source>
        <translation>Fichiers SQL (*.sql);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="244"/>
        <location filename="../ui/editor/editorworkspace.cpp" line="266"/>
        <source>Save Migration</source>
        <translation>Enregistrer la migration</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="245"/>
        <location filename="../ui/editor/editorworkspace.cpp" line="267"/>
        <source>Could not save %1:
%2</source>
        <translation>Impossible d&apos;enregistrer %1 :
%2</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="249"/>
        <location filename="../ui/editor/editorworkspace.cpp" line="271"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="260"/>
        <source>Save Migration As</source>
        <translation>Enregistrer la migration sous</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="281"/>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="281"/>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation>%1 a des modifications non enregistrées. Les enregistrer avant de fermer ?</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="338"/>
        <source>Could not record the recent file: %1</source>
        <translation>Impossible d&apos;enregistrer le fichier récent : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/editorworkspace.cpp" line="403"/>
        <source>Reading the sizes of %n table(s)…</source>
        <translation>
            <numerusform>Lecture de la taille de %n table…</numerusform>
            <numerusform>Lecture de la taille de %n tables…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editor/editorworkspace.cpp" line="409"/>
        <source>Could not read table sizes for the linter: %1</source>
        <translation>Impossible de lire la taille des tables pour l&apos;analyseur : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/editorworkspace.cpp" line="414"/>
        <source>Table sizes: %1 of %n table(s) found; the lint now uses them.</source>
        <translation>
            <numerusform>Tailles des tables : %1 sur %n table trouvées ; l&apos;analyse les utilise désormais.</numerusform>
            <numerusform>Tailles des tables : %1 sur %n tables trouvées ; l&apos;analyse les utilise désormais.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::EnvironmentBanner</name>
    <message>
        <location filename="../ui/environmentbanner.cpp" line="29"/>
        <source>Connection environment</source>
        <translation>Environnement de connexion</translation>
    </message>
    <message>
        <location filename="../ui/environmentbanner.cpp" line="36"/>
        <location filename="../ui/environmentbanner.cpp" line="57"/>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <location filename="../ui/environmentbanner.cpp" line="36"/>
        <location filename="../ui/environmentbanner.cpp" line="57"/>
        <source>read-write</source>
        <translation>lecture-écriture</translation>
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
        <translation>Environnement : %1
Accès : %2
Cible : %3
Connexion : %4</translation>
    </message>
</context>
<context>
    <name>slipway::EnvironmentStyle</name>
    <message>
        <location filename="../ui/environmentstyle.cpp" line="14"/>
        <source>PRODUCTION</source>
        <translation>PRODUCTION</translation>
    </message>
    <message>
        <location filename="../ui/environmentstyle.cpp" line="16"/>
        <source>STAGING</source>
        <translation>PRÉPRODUCTION</translation>
    </message>
    <message>
        <location filename="../ui/environmentstyle.cpp" line="20"/>
        <source>DEVELOPMENT</source>
        <translation>DÉVELOPPEMENT</translation>
    </message>
</context>
<context>
    <name>slipway::FindReplaceBar</name>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="21"/>
        <source>&amp;Case sensitive</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="26"/>
        <location filename="../ui/editor/findreplacebar.cpp" line="28"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="30"/>
        <location filename="../ui/editor/findreplacebar.cpp" line="31"/>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="33"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="34"/>
        <source>Find the next match (Enter)</source>
        <translation>Rechercher l&apos;occurrence suivante (Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="35"/>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="36"/>
        <source>Find the previous match (Shift+Enter)</source>
        <translation>Rechercher l&apos;occurrence précédente (Maj+Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="37"/>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="38"/>
        <source>Replace &amp;All</source>
        <translation>Remplacer &amp;tout</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="42"/>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="124"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <location filename="../ui/editor/findreplacebar.cpp" line="129"/>
        <source>Wrapped around</source>
        <translation>Recherche reprise au début</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/findreplacebar.cpp" line="172"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n remplacement</numerusform>
            <numerusform>%n remplacements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::HistoryModel</name>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="56"/>
        <source>%1 applied</source>
        <translation>%1 appliquée</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="57"/>
        <source>%1 pending</source>
        <translation>%1 en attente</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="58"/>
        <source>%1 missing</source>
        <translation>%1 manquantes</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="59"/>
        <source>%1 changed</source>
        <translation>%1 modifiées</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="60"/>
        <source>%1 failed</source>
        <translation>%1 échouées</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="61"/>
        <source>%1 dirty</source>
        <translation>%1 incohérentes</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="62"/>
        <source>%1 out of order</source>
        <translation>%1 hors séquence</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="108"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="114"/>
        <source>not applied</source>
        <translation>non appliquée</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="116"/>
        <source>no file</source>
        <translation>pas de fichier</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="118"/>
        <source>differs (recorded %1, file %2)</source>
        <translation>diffère (enregistrée %1, fichier %2)</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="120"/>
        <source>not recorded</source>
        <translation>non enregistrée</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="121"/>
        <source>matches</source>
        <translation>correspond</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="200"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="201"/>
        <source>Applied at</source>
        <translation>Appliquée le</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="202"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="203"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="204"/>
        <source>Checksum</source>
        <translation>Somme de contrôle</translation>
    </message>
</context>
<context>
    <name>slipway::HistoryView</name>
    <message>
        <location filename="../ui/history/historyview.cpp" line="62"/>
        <source>Pick the migrations folder to compare with the database&apos;s history</source>
        <translation>Choisir le dossier de migrations à comparer avec l&apos;historique de la base</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="63"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="64"/>
        <source>Read the folder and the history table again</source>
        <translation>Relire le dossier et la table d&apos;historique</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="65"/>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="70"/>
        <source>Check &amp;Drift Against Folder</source>
        <translation>Vérifier la &amp;dérive par rapport au dossier</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="72"/>
        <source>Apply the folder&apos;s applied migrations to a scratch database on this server and compare it with the live schema</source>
        <translation>Appliquer les migrations appliquées du dossier à une base jetable sur ce serveur et la comparer au schéma en service</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="74"/>
        <source>Drift Against S&amp;napshot…</source>
        <translation>Dérive par rapport à un &amp;instantané…</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="76"/>
        <source>Compare the live schema with a saved schema snapshot file</source>
        <translation>Comparer le schéma en service à un fichier d&apos;instantané de schéma enregistré</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="84"/>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="94"/>
        <source>Filter migrations</source>
        <translation>Filtrer les migrations</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="95"/>
        <source>Filter by version or name</source>
        <translation>Filtrer par version ou nom</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="97"/>
        <source>&amp;Open SQL</source>
        <translation>&amp;Ouvrir le SQL</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="98"/>
        <source>Open the selected migration in the SQL editor (it is linted there)</source>
        <translation>Ouvrir la migration sélectionnée dans l&apos;éditeur SQL (elle y est analysée)</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="61"/>
        <source>Choose Fo&amp;lder…</source>
        <translation>Choisir le doss&amp;ier…</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="99"/>
        <source>&amp;Status:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="101"/>
        <source>Show migrations with status</source>
        <translation>Afficher les migrations avec cet état</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="105"/>
        <source>History ta&amp;ble:</source>
        <translation>Ta&amp;ble d&apos;historique :</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="108"/>
        <source>History table</source>
        <translation>Table d&apos;historique</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="109"/>
        <source>This database has several migration history tables: the one to show</source>
        <translation>Cette base a plusieurs tables d&apos;historique de migrations : celle à afficher</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="142"/>
        <source>Migrations</source>
        <translation>Migrations</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="199"/>
        <source>Migrations Folder</source>
        <translation>Dossier de migrations</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="209"/>
        <source>(none — choose a migrations folder)</source>
        <translation>(aucun — choisissez un dossier de migrations)</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="219"/>
        <source>No folder chosen.</source>
        <translation>Aucun dossier choisi.</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="223"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="240"/>
        <source>Not connected: every migration is shown as pending.</source>
        <translation>Non connecté : toutes les migrations apparaissent en attente.</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="249"/>
        <source>The history read was cancelled.</source>
        <translation>La lecture de l&apos;historique a été annulée.</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="254"/>
        <source>Could not read the history: %1</source>
        <translation>Impossible de lire l&apos;historique : %1</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="258"/>
        <source>History: %1 (%2.%3)</source>
        <translation>Historique : %1 (%2.%3)</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="261"/>
        <source>No history table in this database: nothing applied yet.</source>
        <translation>Pas de table d&apos;historique dans cette base : rien n&apos;a encore été appliqué.</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="280"/>
        <source>Folder problems (%1):</source>
        <translation>Problèmes du dossier (%1) :</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="351"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="353"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="358"/>
        <source>Automatic: %1</source>
        <translation>Automatique : %1</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="393"/>
        <source>Schema Snapshot</source>
        <translation>Instantané de schéma</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="394"/>
        <source>Schema snapshots (*.json);;All files (*)</source>
        <translation>Instantanés de schéma (*.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>slipway::LintReport</name>
    <message>
        <location filename="../core/lint/reporters/lintreport.cpp" line="15"/>
        <source>The file could not be linted.</source>
        <translation>Le fichier n&apos;a pas pu être analysé.</translation>
    </message>
</context>
<context>
    <name>slipway::LintRule</name>
    <message>
        <location filename="../core/lint/lintrule.cpp" line="26"/>
        <source>(the table is created earlier in this file, so it is empty)</source>
        <translation>(la table est créée plus haut dans ce fichier, elle est donc vide)</translation>
    </message>
</context>
<context>
    <name>slipway::LockMode</name>
    <message>
        <location filename="../core/sql/lockmode.cpp" line="10"/>
        <source>no lock</source>
        <translation>aucun verrou</translation>
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
        <translation>Migrations du dossier de l&apos;onglet Historique</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Loaded %1 objects in %2 ms</source>
        <translation>%1 objets chargés en %2 ms</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134"/>
        <source>Could not load the object list — %1</source>
        <translation>Impossible de charger la liste des objets — %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="147"/>
        <source>Could not read the saved connections (%1): %2</source>
        <translation>Impossible de lire les connexions enregistrées (%1) : %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="148"/>
        <source>Saved connections could not be read</source>
        <translation>Les connexions enregistrées n&apos;ont pas pu être lues</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="150"/>
        <source>%n saved connection(s) in %1.</source>
        <translation>
            <numerusform>%n connexion enregistrée dans %1.</numerusform>
            <numerusform>%n connexions enregistrées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="155"/>
        <source>The local store is not available; going on without recent items and run history. %1</source>
        <translation>Le stockage local n&apos;est pas disponible ; poursuite sans éléments récents ni historique d&apos;exécution. %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="157"/>
        <source>Local store unavailable: %1</source>
        <translation>Stockage local indisponible : %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="26"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="32"/>
        <source>Add a saved connection</source>
        <translation>Ajouter une connexion enregistrée</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="34"/>
        <source>&amp;Edit Connection…</source>
        <translation>&amp;Modifier la connexion…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="35"/>
        <source>Edit the selected connection</source>
        <translation>Modifier la connexion sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="37"/>
        <source>De&amp;lete Connection</source>
        <translation>&amp;Supprimer la connexion</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="38"/>
        <source>Delete the selected connection and its saved password</source>
        <translation>Supprimer la connexion sélectionnée et son mot de passe enregistré</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="40"/>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="41"/>
        <source>Connect to the selected connection</source>
        <translation>Se connecter à la connexion sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="43"/>
        <source>&amp;Disconnect</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="44"/>
        <source>Close the active connection</source>
        <translation>Fermer la connexion active</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="46"/>
        <source>&amp;Reconnect</source>
        <translation>&amp;Reconnecter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="47"/>
        <source>Open the active connection again</source>
        <translation>Rouvrir la connexion active</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="49"/>
        <source>Re&amp;fresh Objects</source>
        <translation>&amp;Actualiser les objets</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="50"/>
        <source>Reload the object list</source>
        <translation>Recharger la liste des objets</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="51"/>
        <source>Close &amp;Tab</source>
        <translation>&amp;Fermer l&apos;onglet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="52"/>
        <source>Close the current tab</source>
        <translation>Fermer l&apos;onglet courant</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="53"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="54"/>
        <source>Quit Slipway</source>
        <translation>Quitter Slipway</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="56"/>
        <source>&amp;Start Page</source>
        <translation>Page d&apos;&amp;accueil</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="57"/>
        <source>Show the Start tab</source>
        <translation>Afficher l&apos;onglet Accueil</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="58"/>
        <source>&amp;Monitor</source>
        <translation>&amp;Moniteur</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="59"/>
        <source>Live lock waits, blocking tree, replication lag, progress and activity in a tab</source>
        <translation>Attentes de verrou en direct, arbre de blocage, retard de réplication, progression et activité dans un onglet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="61"/>
        <source>&amp;Next Tab</source>
        <translation>Onglet &amp;suivant</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="62"/>
        <source>Show the tab to the right</source>
        <translation>Afficher l&apos;onglet de droite</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="63"/>
        <source>Pre&amp;vious Tab</source>
        <translation>Onglet &amp;précédent</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="64"/>
        <source>Show the tab to the left</source>
        <translation>Afficher l&apos;onglet de gauche</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="66"/>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="67"/>
        <source>Put the panels back where they started</source>
        <translation>Remettre les panneaux à leur place d&apos;origine</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="68"/>
        <source>&amp;About Slipway</source>
        <translation>À &amp;propos de Slipway</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="69"/>
        <source>Version and licence</source>
        <translation>Version et licence</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="70"/>
        <source>About Slipway</source>
        <translation>À propos de Slipway</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="71"/>
        <source>&lt;h3&gt;Slipway %1&lt;/h3&gt;&lt;p&gt;A desktop workbench for safe PostgreSQL migrations.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Slipway %1&lt;/h3&gt;&lt;p&gt;Un atelier de bureau pour des migrations PostgreSQL sûres.&lt;/p&gt;&lt;p&gt;Construit avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="77"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="79"/>
        <source>Timeouts, backfill batches, monitor thresholds, editor font and language</source>
        <translation>Délais, lots de remplissage, seuils du moniteur, police de l&apos;éditeur et langue</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="82"/>
        <source>&amp;Run Migrations…</source>
        <translation>&amp;Exécuter les migrations…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="83"/>
        <source>Dry-run, run or roll back pending migrations or a backfill, with the monitor alongside</source>
        <translation>Exécuter à blanc, exécuter ou annuler des migrations en attente ou un remplissage, avec le moniteur à côté</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="85"/>
        <source>Run &amp;Current Script…</source>
        <translation>Exécuter le &amp;script courant…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="87"/>
        <source>Run the current editor tab as one migration, with timeouts, retries and the monitor</source>
        <translation>Exécuter l&apos;onglet d&apos;éditeur courant comme une migration, avec délais, nouvelles tentatives et moniteur</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="89"/>
        <source>Past R&amp;uns…</source>
        <translation>Exécutions pa&amp;ssées…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="90"/>
        <source>Earlier runs and monitoring sessions with their logs and the monitor&apos;s charts</source>
        <translation>Exécutions et sessions de surveillance passées, avec leurs journaux et les graphiques du moniteur</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="92"/>
        <source>&amp;Plan for Current Script</source>
        <translation>&amp;Plan du script courant</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="94"/>
        <source>Steps, locks, estimated durations, risk, rollback and approvals for the current editor tab (table sizes from the connected database)</source>
        <translation>Étapes, verrous, durées estimées, risque, retour arrière et approbations pour l&apos;onglet d&apos;éditeur courant (tailles des tables depuis la base connectée)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="97"/>
        <source>Open P&amp;lan…</source>
        <translation>Ouvrir un p&amp;lan…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="98"/>
        <source>Open a saved migration plan (.json) for review</source>
        <translation>Ouvrir un plan de migration enregistré (.json) pour revue</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="99"/>
        <source>Presen&amp;t Plan</source>
        <translation>Prése&amp;nter le plan</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="100"/>
        <source>Walk stakeholders through the current plan, one step per screen, full screen</source>
        <translation>Présenter le plan courant aux parties prenantes, une étape par écran, en plein écran</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="103"/>
        <source>Compare two databases or snapshots and plan lock-safe DDL, with its down plan</source>
        <translation>Comparer deux bases ou instantanés et planifier un DDL sûr pour les verrous, avec son plan down</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="105"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="106"/>
        <source>Every keyboard shortcut, by menu</source>
        <translation>Tous les raccourcis clavier, par menu</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="109"/>
        <source>Demo &amp;Workload</source>
        <translation>&amp;Charge de démo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="112"/>
        <source>Run a small shop workload against the demo database</source>
        <translation>Exécuter une petite charge de boutique sur la base de démo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="118"/>
        <source>Demo workload started against %1.</source>
        <translation>Charge de démo démarrée sur %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="121"/>
        <source>Demo workload stopping…</source>
        <translation>Arrêt de la charge de démo…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="102"/>
        <source>Schema &amp;Diff…</source>
        <translation>&amp;Diff de schéma…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="31"/>
        <source>New &amp;Connection…</source>
        <translation>Nouvelle &amp;connexion…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="133"/>
        <source>Migration &amp;History</source>
        <translation>&amp;Historique des migrations</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="134"/>
        <source>Applied, pending and changed migrations of a folder against this database</source>
        <translation>Migrations appliquées, en attente et modifiées d&apos;un dossier par rapport à cette base</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="254"/>
        <source>Show or hide the %1 panel (%2)</source>
        <translation>Afficher ou masquer le panneau %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287"/>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287"/>
        <source>&amp;Connections</source>
        <translation>&amp;Connexions</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="290"/>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="290"/>
        <source>&amp;Objects</source>
        <translation>&amp;Objets</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="293"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="293"/>
        <source>&amp;Problems</source>
        <translation>Pro&amp;blèmes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="294"/>
        <source>Run Log</source>
        <translation>Journal d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="294"/>
        <source>Run &amp;Log</source>
        <translation>&amp;Journal d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="296"/>
        <location filename="../ui/mainwindowtabs.cpp" line="205"/>
        <source>Monitor</source>
        <translation>Moniteur</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="140"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="144"/>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="157"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="166"/>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="169"/>
        <source>Recent C&amp;onnections</source>
        <translation>Connexions récen&amp;tes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="181"/>
        <source>&amp;View</source>
        <translation>Aff&amp;ichage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="193"/>
        <source>&amp;Migration</source>
        <translation>&amp;Migration</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="211"/>
        <source>New E&amp;xpand/Contract Plan…</source>
        <translation>Nouveau plan e&amp;xpand/contract…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="213"/>
        <source>Generate a multi-step plan for a rename, type change, NOT NULL column, table split, foreign key or index replacement</source>
        <translation>Générer un plan en plusieurs étapes pour un renommage, un changement de type, une colonne NOT NULL, un découpage de table, une clé étrangère ou un remplacement d&apos;index</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="219"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="223"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="227"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="229"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="330"/>
        <source>Panel layout reset.</source>
        <translation>Disposition des panneaux réinitialisée.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="342"/>
        <source>Preferences saved.</source>
        <translation>Préférences enregistrées.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="344"/>
        <source>The new language takes effect the next time Slipway starts.</source>
        <translation>La nouvelle langue prendra effet au prochain démarrage de Slipway.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowclose.cpp" line="35"/>
        <source>Stopping the demo sandbox…</source>
        <translation>Arrêt du bac à sable de démo…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowclose.cpp" line="45"/>
        <source>Run in Progress</source>
        <translation>Exécution en cours</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowclose.cpp" line="46"/>
        <source>A backfill is running. Stop it and quit?</source>
        <translation>Un remplissage est en cours. L&apos;arrêter et quitter ?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowclose.cpp" line="47"/>
        <source>A migration run is in progress. Stop it and quit?</source>
        <translation>Une migration est en cours. L&apos;arrêter et quitter ?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowclose.cpp" line="50"/>
        <source>The batch running now rolls back. The checkpoint keeps every batch done before it, so the backfill can be resumed later.</source>
        <translation>Le lot en cours est annulé (rollback). Le point de reprise garde chaque lot terminé avant lui : le remplissage pourra reprendre plus tard.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowclose.cpp" line="52"/>
        <source>The statement running now is cancelled and its transaction rolled back; slipway.journal records the migration as failed.</source>
        <translation>L&apos;instruction en cours est annulée et sa transaction annulée (rollback) ; slipway.journal enregistre la migration comme échouée.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowclose.cpp" line="54"/>
        <source>&amp;Stop and Quit</source>
        <translation>&amp;Arrêter et quitter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="143"/>
        <source>Connections not saved</source>
        <translation>Connexions non enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="79"/>
        <source>Delete Connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="80"/>
        <source>Delete the connection &quot;%1&quot; (%2)?%3</source>
        <translation>Supprimer la connexion « %1 » (%2) ?%3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="82"/>
        <source>
Its password is removed from the keychain too.</source>
        <translation>
Son mot de passe est aussi retiré du trousseau.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="114"/>
        <source>Cannot connect to &quot;%1&quot;</source>
        <translation>Impossible de se connecter à « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="115"/>
        <source>Cannot connect to &quot;%1&quot;: %2</source>
        <translation>Impossible de se connecter à « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="148"/>
        <source>%1
%2

Password for %3:</source>
        <translation>%1
%2

Mot de passe pour %3 :</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="149"/>
        <source>Password for %1</source>
        <translation>Mot de passe pour %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="163"/>
        <source>Could not record the recent connection: %1</source>
        <translation>Impossible d&apos;enregistrer la connexion récente : %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="183"/>
        <source>Could not look for unfinished runs in slipway.journal: %1</source>
        <translation>Impossible de rechercher les exécutions inachevées dans slipway.journal : %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="191"/>
        <source>Unfinished run: %1</source>
        <translation>Exécution inachevée : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindowconnections.cpp" line="194"/>
        <source>%n migration run(s) did not finish on this database</source>
        <translation>
            <numerusform>%n exécution de migration ne s&apos;est pas terminée sur cette base</numerusform>
            <numerusform>%n exécutions de migration ne se sont pas terminées sur cette base</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="198"/>
        <source>Slipway (or its connection) stopped while they ran. Their transactions were rolled back by the server, but statements run outside a transaction may have taken effect: inspect the database before running again.</source>
        <translation>Slipway (ou sa connexion) s&apos;est arrêté pendant leur exécution. Leurs transactions ont été annulées par le serveur, mais les instructions exécutées hors transaction ont pu prendre effet : inspectez la base avant de relancer.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="202"/>
        <source>Show History</source>
        <translation>Afficher l&apos;historique</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="210"/>
        <source>Could not connect to %1 — %2</source>
        <translation>Impossible de se connecter à %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="211"/>
        <source>Could not connect to %1</source>
        <translation>Impossible de se connecter à %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="212"/>
        <source>Edit Connection…</source>
        <translation>Modifier la connexion…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="212"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="213"/>
        <source>Connection failed: %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="219"/>
        <source>Connection to %1 lost</source>
        <translation>Connexion à %1 perdue</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnections.cpp" line="220"/>
        <source>Reconnect</source>
        <translation>Reconnecter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="296"/>
        <source>Moni&amp;tor Panel</source>
        <translation>Panneau du moni&amp;teur</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="377"/>
        <source>Demo sandbox: %1 (%2%)</source>
        <translation>Bac à sable de démo : %1 (%2%)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="381"/>
        <source>The demo sandbox did not start: %1</source>
        <translation>Le bac à sable de démo n&apos;a pas démarré : %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="382"/>
        <source>The demo sandbox did not start</source>
        <translation>Le bac à sable de démo n&apos;a pas démarré</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="394"/>
        <source>Demo workload stopped.</source>
        <translation>Charge de démo arrêtée.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="401"/>
        <source>Starting the demo sandbox (PostgreSQL primary + replica with the demo shop database)…</source>
        <translation>Démarrage du bac à sable de démo (primaire PostgreSQL + réplica avec la base de démo de la boutique)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="409"/>
        <source>Demo sandbox ready in %1: primary %2, replica %3. Demo migrations: %4</source>
        <translation>Bac à sable de démo prêt dans %1 : primaire %2, réplica %3. Migrations de démo : %4</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="414"/>
        <source>Sandbox demo</source>
        <translation>Démo bac à sable</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="431"/>
        <source>Demo workload: %1 committed, %2 failed, %3 reconnects</source>
        <translation>Charge de démo : %1 validées, %2 échouées, %3 reconnexions</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="435"/>
        <source>Last failure: %1</source>
        <translation>Dernier échec : %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="484"/>
        <source>No migration file matches %1.</source>
        <translation>Aucun fichier de migration ne correspond à %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="524"/>
        <source>Start or stop a small shop workload against the demo database</source>
        <translation>Démarrer ou arrêter une petite charge de boutique sur la base de démo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="525"/>
        <source>Connect to &quot;Sandbox demo&quot; to run the demo workload</source>
        <translation>Connectez-vous à « Démo bac à sable » pour exécuter la charge de démo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="526"/>
        <source>Start Slipway with --demo to get a sandbox with a demo workload</source>
        <translation>Lancez Slipway avec --demo pour obtenir un bac à sable avec une charge de démo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="545"/>
        <location filename="../ui/mainwindow.cpp" line="547"/>
        <source>connecting…</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="552"/>
        <source>standby</source>
        <translation>standby</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="554"/>
        <source>connected</source>
        <translation>connecté</translation>
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
        <translation>connexion perdue</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowtabs.cpp" line="38"/>
        <source>Start</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowtabs.cpp" line="55"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowtabs.cpp" line="88"/>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowtabs.cpp" line="130"/>
        <source>There is no statement at the cursor.</source>
        <translation>Aucune instruction sous le curseur.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowtabs.cpp" line="134"/>
        <source>%1, statement at line %2</source>
        <translation>%1, instruction à la ligne %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowtabs.cpp" line="145"/>
        <source>Select the statements to run first.</source>
        <translation>Sélectionnez d&apos;abord les instructions à exécuter.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowtabs.cpp" line="148"/>
        <source>%1, selection</source>
        <translation>%1, sélection</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowplan.cpp" line="61"/>
        <location filename="../ui/mainwindowtabs.cpp" line="156"/>
        <source>A run is in progress; wait for it to finish or abort it.</source>
        <translation>Une exécution est en cours ; attendez qu&apos;elle se termine ou interrompez-la.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowtabs.cpp" line="174"/>
        <source>Close %1</source>
        <translation>Fermer %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowtabs.cpp" line="191"/>
        <source>Schema Diff</source>
        <translation>Diff de schéma</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsession.cpp" line="38"/>
        <source>%1 no longer exists; removed from the recent files.</source>
        <translation>%1 n&apos;existe plus ; retiré des fichiers récents.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsession.cpp" line="47"/>
        <source>Could not clear the recent files: %1</source>
        <translation>Impossible de vider les fichiers récents : %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsession.cpp" line="69"/>
        <source>Could not clear the recent connections: %1</source>
        <translation>Impossible de vider les connexions récentes : %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsession.cpp" line="156"/>
        <source>Not reopened, no longer on disk: %1</source>
        <translation>Non rouvert, n&apos;existe plus sur le disque : %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowplan.cpp" line="72"/>
        <source>Open or write a migration first: the plan is made from the current editor tab.</source>
        <translation>Ouvrez ou écrivez d&apos;abord une migration : le plan est établi à partir de l&apos;onglet d&apos;éditeur courant.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowplan.cpp" line="79"/>
        <source>Migration plan for %1</source>
        <translation>Plan de migration pour %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowplan.cpp" line="84"/>
        <source>Planned %1 offline: not connected, so durations that depend on table sizes are unknown.</source>
        <translation>%1 planifié hors ligne : non connecté, les durées qui dépendent de la taille des tables sont donc inconnues.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowplan.cpp" line="90"/>
        <source>Planning %1 with the table sizes of %2…</source>
        <translation>Planification de %1 avec la taille des tables de %2…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowplan.cpp" line="100"/>
        <source>Plan ready, with the table sizes of %1.</source>
        <translation>Plan prêt, avec la taille des tables de %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowplan.cpp" line="104"/>
        <source>Could not read table sizes from %1 (%2); planned offline instead.</source>
        <translation>Impossible de lire la taille des tables depuis %1 (%2) ; planifié hors ligne à la place.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowplan.cpp" line="118"/>
        <source>Opened plan %1.</source>
        <translation>Plan %1 ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowplan.cpp" line="124"/>
        <location filename="../ui/mainwindowplan.cpp" line="129"/>
        <source>Open Plan</source>
        <translation>Ouvrir un plan</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowplan.cpp" line="125"/>
        <source>Migration plans (*.json);;All files (*)</source>
        <translation>Plans de migration (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowplan.cpp" line="129"/>
        <source>%1 is not a Slipway plan file.</source>
        <translation>%1 n&apos;est pas un fichier de plan Slipway.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowplan.cpp" line="156"/>
        <source>Open a plan first (Migration › Plan for Current Script, or File › Open Plan).</source>
        <translation>Ouvrez d&apos;abord un plan (Migration › Plan du script courant, ou Fichier › Ouvrir un plan).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowstart.cpp" line="76"/>
        <source>The %1 wizard has no input &quot;%2&quot;.</source>
        <translation>L&apos;assistant %1 n&apos;a pas d&apos;entrée « %2 ».</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowstart.cpp" line="106"/>
        <source>Unknown wizard &quot;%1&quot;; the wizards are: %2.</source>
        <translation>Assistant « %1 » inconnu ; les assistants sont : %2.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowstart.cpp" line="174"/>
        <source>%1: no such snapshot file.</source>
        <translation>%1 : pas de tel fichier d&apos;instantané.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowstart.cpp" line="181"/>
        <source>%1 is neither a snapshot file nor a connection: %2</source>
        <translation>%1 n&apos;est ni un fichier d&apos;instantané ni une connexion : %2</translation>
    </message>
</context>
<context>
    <name>slipway::MessageBanner</name>
    <message>
        <location filename="../ui/messagebanner.cpp" line="50"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/messagebanner.cpp" line="51"/>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <location filename="../ui/messagebanner.cpp" line="86"/>
        <source>Detail: %1</source>
        <translation>Détail : %1</translation>
    </message>
    <message>
        <location filename="../ui/messagebanner.cpp" line="88"/>
        <source>Hint: %1</source>
        <translation>Astuce : %1</translation>
    </message>
    <message>
        <location filename="../ui/messagebanner.cpp" line="90"/>
        <source>SQLSTATE %1</source>
        <translation>SQLSTATE %1</translation>
    </message>
    <message>
        <location filename="../ui/messagebanner.cpp" line="96"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>slipway::MigrationStatusTracker</name>
    <message>
        <location filename="../ui/history/migrationstatustracker.cpp" line="48"/>
        <source>Pending migration %1 works on it</source>
        <translation>La migration en attente %1 le modifie</translation>
    </message>
    <message>
        <location filename="../ui/history/migrationstatustracker.cpp" line="51"/>
        <source>Migration %1 changed after it was applied</source>
        <translation>La migration %1 a été modifiée après son application</translation>
    </message>
    <message>
        <location filename="../ui/history/migrationstatustracker.cpp" line="61"/>
        <source>Drift: differs from what the migrations folder builds</source>
        <translation>Dérive : diffère de ce que construit le dossier de migrations</translation>
    </message>
    <message>
        <location filename="../ui/history/migrationstatustracker.cpp" line="144"/>
        <source>%1 pending</source>
        <translation>%1 en attente</translation>
    </message>
    <message>
        <location filename="../ui/history/migrationstatustracker.cpp" line="146"/>
        <source>%1 changed</source>
        <translation>%1 modifiées</translation>
    </message>
    <message>
        <location filename="../ui/history/migrationstatustracker.cpp" line="148"/>
        <source>%1 missing</source>
        <translation>%1 manquantes</translation>
    </message>
    <message>
        <location filename="../ui/history/migrationstatustracker.cpp" line="150"/>
        <source>%1 failed</source>
        <translation>%1 échouées</translation>
    </message>
    <message>
        <location filename="../ui/history/migrationstatustracker.cpp" line="152"/>
        <source>%1 dirty</source>
        <translation>%1 incohérentes</translation>
    </message>
    <message>
        <location filename="../ui/history/migrationstatustracker.cpp" line="154"/>
        <source>drift in 1 object</source>
        <translation>dérive sur 1 objet</translation>
    </message>
    <message>
        <location filename="../ui/history/migrationstatustracker.cpp" line="154"/>
        <source>drift in %1 objects</source>
        <translation>dérive sur %1 objets</translation>
    </message>
    <message>
        <location filename="../ui/history/migrationstatustracker.cpp" line="156"/>
        <source>Migrations up to date (%1 applied)</source>
        <translation>Migrations à jour (%1 appliquées)</translation>
    </message>
    <message>
        <location filename="../ui/history/migrationstatustracker.cpp" line="157"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../ui/history/migrationstatustracker.cpp" line="162"/>
        <source>Migrations of %1 against the connected database</source>
        <translation>Migrations de %1 par rapport à la base connectée</translation>
    </message>
    <message>
        <location filename="../ui/history/migrationstatustracker.cpp" line="167"/>
        <source>%1 objects are marked in the Objects tree</source>
        <translation>%1 objets sont marqués dans l&apos;arbre des objets</translation>
    </message>
</context>
<context>
    <name>slipway::MonitorChart</name>
    <message>
        <location filename="../ui/monitor/monitorchart.cpp" line="49"/>
        <source>paused by you</source>
        <translation>mis en pause par vous</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorchart.cpp" line="51"/>
        <source>resumed by you</source>
        <translation>repris par vous</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorchart.cpp" line="53"/>
        <source>aborted by you</source>
        <translation>interrompu par vous</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorchart.cpp" line="75"/>
        <source>time</source>
        <translation>temps</translation>
    </message>
</context>
<context>
    <name>slipway::MonitorController</name>
    <message>
        <location filename="../ui/monitor/monitorcontroller.cpp" line="17"/>
        <location filename="../ui/monitor/monitorcontroller.cpp" line="19"/>
        <source>Monitor: %1</source>
        <translation>Moniteur : %1</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorcontroller.cpp" line="22"/>
        <source>Could not write the monitor series to the local store: %1</source>
        <translation>Impossible d&apos;écrire les séries du moniteur dans le stockage local : %1</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorcontroller.cpp" line="49"/>
        <location filename="../ui/monitor/monitorcontroller.cpp" line="86"/>
        <source>The monitor series will not be kept: %1</source>
        <translation>Les séries du moniteur ne seront pas conservées : %1</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorcontroller.cpp" line="82"/>
        <source>Monitor %1</source>
        <translation>Moniteur %1</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorcontroller.cpp" line="92"/>
        <source>every %1 s</source>
        <translation>toutes les %1 s</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorcontroller.cpp" line="94"/>
        <source>Monitoring %1 %2 on a connection of its own.</source>
        <translation>Surveillance de %1 %2 sur sa propre connexion.</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorcontroller.cpp" line="95"/>
        <source>Monitoring %1 and its replica %2 on connections of their own.</source>
        <translation>Surveillance de %1 et de son réplica %2 sur leurs propres connexions.</translation>
    </message>
</context>
<context>
    <name>slipway::MonitorView</name>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="20"/>
        <source>unknown</source>
        <translation>inconnu</translation>
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
        <translation>Attentes de verrou</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="49"/>
        <source>longest wait (s)</source>
        <translation>attente max (s)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="51"/>
        <source>sessions waiting</source>
        <translation>sessions en attente</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="52"/>
        <source>longest wait</source>
        <translation>plus longue attente</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="53"/>
        <source>waiting sessions</source>
        <translation>sessions en attente</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="72"/>
        <source>%1 (dotted: bytes)</source>
        <translation>%1 (pointillés : octets)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="345"/>
        <location filename="../ui/monitor/monitorview.cpp" line="347"/>
        <source>throttle %1 s</source>
        <translation>ralentir %1 s</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="346"/>
        <location filename="../ui/monitor/monitorview.cpp" line="348"/>
        <source>abort %1 s</source>
        <translation>abandonner %1 s</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="58"/>
        <location filename="../ui/monitor/monitorview.cpp" line="174"/>
        <source>Replication lag</source>
        <translation>Retard de réplication</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="58"/>
        <source>lag (s)</source>
        <translation>retard (s)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="60"/>
        <source>behind</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="73"/>
        <source>%1 behind</source>
        <translation>%1 de retard</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="77"/>
        <source>standby replay delay</source>
        <translation>retard de rejeu du standby</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="85"/>
        <location filename="../ui/monitor/monitorview.cpp" line="175"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="85"/>
        <source>% done</source>
        <translation>% effectué</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="97"/>
        <source>CREATE INDEX (pid %1)</source>
        <translation>CREATE INDEX (pid %1)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="98"/>
        <source>VACUUM (pid %1)</source>
        <translation>VACUUM (pid %1)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="99"/>
        <source>CLUSTER (pid %1)</source>
        <translation>CLUSTER (pid %1)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="100"/>
        <source>COPY (pid %1)</source>
        <translation>COPY (pid %1)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="101"/>
        <source>Backfill (pid %1)</source>
        <translation>Remplissage (pid %1)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="102"/>
        <source>ANALYZE (pid %1)</source>
        <translation>ANALYZE (pid %1)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="104"/>
        <source>Backfill</source>
        <translation>Remplissage</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="112"/>
        <location filename="../ui/monitor/monitorview.cpp" line="175"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="112"/>
        <location filename="../ui/monitor/monitorview.cpp" line="116"/>
        <source>transactions/s</source>
        <translation>transactions/s</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="114"/>
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="115"/>
        <source>errors (%)</source>
        <translation>erreurs (%)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="117"/>
        <source>rollbacks/s</source>
        <translation>annulations/s</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="118"/>
        <source>error rate</source>
        <translation>taux d&apos;erreur</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="119"/>
        <source>active sessions</source>
        <translation>sessions actives</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="120"/>
        <source>idle in transaction</source>
        <translation>inactives en transaction</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="137"/>
        <source>Export Chart as PNG…</source>
        <translation>Exporter le graphique en PNG…</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="144"/>
        <source>Export Series as CSV…</source>
        <translation>Exporter les séries en CSV…</translation>
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
        <translation>Figer les graphiques (l&apos;échantillonnage continue) ; faites glisser sur un graphique pour zoomer</translation>
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
        <translation>1 heure</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="161"/>
        <source>6 hours</source>
        <translation>6 heures</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="165"/>
        <source>How much time the charts show</source>
        <translation>Durée affichée par les graphiques</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="170"/>
        <source> Window: </source>
        <translation> Fenêtre : </translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="180"/>
        <source>Export PNG</source>
        <translation>Exporter en PNG</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="185"/>
        <source>Save a chart as a PNG picture</source>
        <translation>Enregistrer un graphique en image PNG</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="187"/>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="188"/>
        <source>Save every series (one column each) as CSV</source>
        <translation>Enregistrer toutes les séries (une colonne chacune) en CSV</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="192"/>
        <source>Open Full View</source>
        <translation>Ouvrir la vue complète</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="194"/>
        <source>The monitor as a tab, with the blocking tree and progress details</source>
        <translation>Le moniteur dans un onglet, avec l&apos;arbre de blocage et le détail de la progression</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="293"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="350"/>
        <source>throttle %1 % errors</source>
        <translation>ralentir %1 % d&apos;erreurs</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="351"/>
        <source>abort %1 % errors</source>
        <translation>abandonner %1 % d&apos;erreurs</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="45"/>
        <source>&lt;b&gt;Not monitoring.&lt;/b&gt; Connect to a database: lock waits, replication lag, progress and activity are sampled once a second on a connection of their own.</source>
        <translation>&lt;b&gt;Aucune surveillance.&lt;/b&gt; Connectez-vous à une base : attentes de verrou, retard de réplication, progression et activité sont échantillonnés chaque seconde sur une connexion dédiée.</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="48"/>
        <source>Waiting for the first sample…</source>
        <translation>En attente du premier échantillon…</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="49"/>
        <source>The monitor cannot sample: %1</source>
        <translation>Le moniteur ne peut pas échantillonner : %1</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="53"/>
        <source>No lock waits</source>
        <translation>Aucune attente de verrou</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/monitor/monitortext.cpp" line="61"/>
        <source>&lt;b&gt;%n session(s) waiting for locks&lt;/b&gt;, longest %1</source>
        <translation>
            <numerusform>&lt;b&gt;%n session en attente de verrous&lt;/b&gt;, la plus longue %1</numerusform>
            <numerusform>&lt;b&gt;%n sessions en attente de verrous&lt;/b&gt;, la plus longue %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="63"/>
        <source> (pid %1 wants %2 on %3, blocked by pid %4)</source>
        <translation> (le pid %1 veut %2 sur %3, bloqué par le pid %4)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="71"/>
        <source>replica lag %1 (%2 behind)</source>
        <translation>retard du réplica %1 (%2 de retard)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="73"/>
        <source>, replay paused</source>
        <translation>, rejeu en pause</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="76"/>
        <source>no replicas</source>
        <translation>aucun réplica</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="79"/>
        <source>%1 tx/s, %2 active</source>
        <translation>%1 tx/s, %2 actives</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="86"/>
        <source>%1 % of %2 transactions rolled back</source>
        <translation>%1 % de %2 transactions annulées</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="90"/>
        <source> (too few to count)</source>
        <translation> (trop peu pour compter)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="95"/>
        <source>%1 %2 %3%</source>
        <translation>%1 %2 %3%</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="98"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="103"/>
        <source>Abort policy: OK</source>
        <translation>Politique d&apos;abandon : OK</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="106"/>
        <source>&lt;b&gt;Abort policy: THROTTLE&lt;/b&gt;</source>
        <translation>&lt;b&gt;Politique d&apos;abandon : RALENTIR&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="109"/>
        <source>&lt;b&gt;Abort policy: ABORT&lt;/b&gt;</source>
        <translation>&lt;b&gt;Politique d&apos;abandon : ABANDONNER&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="115"/>
        <source>last sample failed</source>
        <translation>dernier échantillon en échec</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="122"/>
        <source>&lt;b&gt;Progress&lt;/b&gt;&lt;br&gt;No CREATE INDEX, CLUSTER, VACUUM, COPY or ANALYZE is running.</source>
        <translation>&lt;b&gt;Progression&lt;/b&gt;&lt;br&gt;Aucun CREATE INDEX, CLUSTER, VACUUM, COPY ou ANALYZE en cours.</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="126"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 (pid %3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 (pid %3)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="128"/>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="131"/>
        <source>phase: %1</source>
        <translation>phase : %1</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="134"/>
        <source>waiting for %1 of %2 transaction(s) to finish</source>
        <translation>attente de la fin de %1 transaction(s) sur %2</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="136"/>
        <source>, now pid %1</source>
        <translation>, maintenant pid %1</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="139"/>
        <source>%1% — %2 of %3 %4</source>
        <translation>%1% — %2 sur %3 %4</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="143"/>
        <source>%1 %2 done</source>
        <translation>%1 %2 effectués</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="146"/>
        <source>rate %1 %2/s</source>
        <translation>débit %1 %2/s</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="148"/>
        <source>, ETA %1</source>
        <translation>, reste %1</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitortext.cpp" line="151"/>
        <source>&lt;b&gt;Progress&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;Progression&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="386"/>
        <source>terminate</source>
        <translation>terminer</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="386"/>
        <source>cancel</source>
        <translation>annuler</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="387"/>
        <source>Terminate session %1? Its transaction is rolled back and the client is disconnected.</source>
        <translation>Terminer la session %1 ? Sa transaction est annulée et le client déconnecté.</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="389"/>
        <source>Cancel the statement session %1 is running?</source>
        <translation>Annuler l&apos;instruction qu&apos;exécute la session %1 ?</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="395"/>
        <source>Terminate on production</source>
        <translation>Terminer en production</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="395"/>
        <source>Cancel on production</source>
        <translation>Annuler en production</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="396"/>
        <source>%1

This is a PRODUCTION connection. Type the database name &quot;%2&quot; to %3 backend %4:</source>
        <translation>%1

Ceci est une connexion de PRODUCTION. Saisissez le nom de la base « %2 » pour %3 le backend %4 :</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="403"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="404"/>
        <source>The name typed does not match &quot;%1&quot;; backend %2 was left alone.</source>
        <translation>Le nom saisi ne correspond pas à « %1 » ; le backend %2 n&apos;a pas été touché.</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="405"/>
        <source>Refused to %1 backend %2 on production: the database name was not confirmed.</source>
        <translation>Refus de %1 le backend %2 en production : le nom de la base n&apos;a pas été confirmé.</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="408"/>
        <source>Terminate Session</source>
        <translation>Terminer la session</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="408"/>
        <source>Cancel Query</source>
        <translation>Annuler la requête</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="416"/>
        <source>Could not %1 backend %2: %3</source>
        <translation>Impossible de %1 le backend %2 : %3</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="418"/>
        <source>The server did not %1 backend %2 (it may have ended already).</source>
        <translation>Le serveur n&apos;a pas pu %1 le backend %2 (il s&apos;est peut-être déjà terminé).</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="420"/>
        <source>Asked the server to %1 backend %2.</source>
        <translation>Demande envoyée au serveur pour %1 le backend %2.</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="442"/>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="443"/>
        <source>PNG pictures (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="447"/>
        <source>Chart saved to %1.</source>
        <translation>Graphique enregistré dans %1.</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="449"/>
        <source>Could not save the chart to %1.</source>
        <translation>Impossible d&apos;enregistrer le graphique dans %1.</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="454"/>
        <source>Export Series</source>
        <translation>Exporter les séries</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="455"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="460"/>
        <source>Monitor series saved to %1.</source>
        <translation>Séries du moniteur enregistrées dans %1.</translation>
    </message>
    <message>
        <location filename="../ui/monitor/monitorview.cpp" line="462"/>
        <source>Could not save the series to %1: %2</source>
        <translation>Impossible d&apos;enregistrer les séries dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>slipway::ObjectBrowser</name>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="47"/>
        <source>schema</source>
        <translation>schéma</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="48"/>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="49"/>
        <source>partitioned table</source>
        <translation>table partitionnée</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="50"/>
        <source>foreign table</source>
        <translation>table distante</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="51"/>
        <source>view</source>
        <translation>vue</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="52"/>
        <source>materialized view</source>
        <translation>vue matérialisée</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="53"/>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="54"/>
        <source>function</source>
        <translation>fonction</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="55"/>
        <source>procedure</source>
        <translation>procédure</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="76"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="76"/>
        <source>Rows (est.)</source>
        <translation>Lignes (est.)</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="76"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="80"/>
        <source>Estimated from pg_class.reltuples, as of the last VACUUM or ANALYZE</source>
        <translation>Estimé d&apos;après pg_class.reltuples, à la date du dernier VACUUM ou ANALYZE</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="81"/>
        <source>Total on-disk size, including indexes and TOAST</source>
        <translation>Taille totale sur disque, index et TOAST compris</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="93"/>
        <source>Database objects</source>
        <translation>Objets de la base</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="100"/>
        <location filename="../ui/objectbrowser.cpp" line="102"/>
        <source>Filter objects</source>
        <translation>Filtrer les objets</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="111"/>
        <source>Reload the object list (F5)</source>
        <translation>Recharger la liste des objets (F5)</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="112"/>
        <source>Refresh objects</source>
        <translation>Actualiser les objets</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="120"/>
        <source>Loading objects</source>
        <translation>Chargement des objets</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="148"/>
        <location filename="../ui/objectbrowser.cpp" line="167"/>
        <source>Connect to a database to browse its schemas, tables, indexes, views and functions.</source>
        <translation>Connectez-vous à une base pour parcourir ses schémas, tables, index, vues et fonctions.</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="182"/>
        <source>Could not load the objects</source>
        <translation>Impossible de charger les objets</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="199"/>
        <source>Loading objects…</source>
        <translation>Chargement des objets…</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="235"/>
        <source>Schema %1</source>
        <translation>Schéma %1</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="257"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="262"/>
        <source>returns %1</source>
        <translation>renvoie %1</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="264"/>
        <source>owner %1</source>
        <translation>propriétaire %1</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="273"/>
        <source>Not analyzed yet: no estimate</source>
        <translation>Pas encore analysée : aucune estimation</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="275"/>
        <source>Estimated from page counts: some relation was locked</source>
        <translation>Estimé d&apos;après le nombre de pages : une relation était verrouillée</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="287"/>
        <location filename="../ui/objectbrowser.cpp" line="335"/>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="291"/>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="294"/>
        <source>Materialized views</source>
        <translation>Vues matérialisées</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="300"/>
        <source>Indexes</source>
        <translation>Index</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="304"/>
        <source>Functions</source>
        <translation>Fonctions</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="312"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="317"/>
        <source>This database has no user schemas.</source>
        <translation>Cette base n&apos;a pas de schéma utilisateur.</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="346"/>
        <source>%1 schemas, %2 tables, %3 objects in all — loaded in %4 ms</source>
        <translation>%1 schémas, %2 tables, %3 objets au total — chargés en %4 ms</translation>
    </message>
    <message>
        <location filename="../ui/objectbrowser.cpp" line="352"/>
        <source>Sizes are estimates: a relation was locked.</source>
        <translation>Les tailles sont des estimations : une relation était verrouillée.</translation>
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
        <translation>réussie</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="66"/>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="68"/>
        <source>aborted</source>
        <translation>abandonnée</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="70"/>
        <source>did not finish</source>
        <translation>non terminée</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="72"/>
        <source>monitored</source>
        <translation>surveillée</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="80"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="82"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="84"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="85"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="98"/>
        <source>Past Runs</source>
        <translation>Exécutions passées</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="103"/>
        <source>Past runs</source>
        <translation>Exécutions passées</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="104"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="104"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="104"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="104"/>
        <source>Took</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="104"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="118"/>
        <source>Run log</source>
        <translation>Journal d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="119"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="119"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="119"/>
        <source>What happened</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="126"/>
        <source>&amp;Runs and monitoring sessions, newest first:</source>
        <translation>&amp;Exécutions et sessions de surveillance, les plus récentes d&apos;abord :</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="153"/>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="163"/>
        <source>Choose a run to see its log and the monitor&apos;s charts of its time.</source>
        <translation>Choisissez une exécution pour voir son journal et les graphiques du moniteur de cette période.</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="209"/>
        <source>No runs recorded yet: runs from the Run tab and monitoring sessions are kept here.</source>
        <translation>Aucune exécution enregistrée : les exécutions de l&apos;onglet Exécuter et les sessions de surveillance sont conservées ici.</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="248"/>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2: %3, %4 to %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; sur %2 : %3, de %4 à %5</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="262"/>
        <source>No log lines were kept for this run.</source>
        <translation>Aucune ligne de journal n&apos;a été conservée pour cette exécution.</translation>
    </message>
    <message>
        <location filename="../ui/pastrunsdialog.cpp" line="275"/>
        <source>The monitor recorded nothing on %1 at that time.</source>
        <translation>Le moniteur n&apos;a rien enregistré sur %1 à ce moment-là.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pastrunsdialog.cpp" line="276"/>
        <source>Recorded by the monitor on %1: %n point(s), a minute before and after the run.</source>
        <translation>
            <numerusform>Enregistré par le moniteur sur %1 : %n point, une minute avant et après l&apos;exécution.</numerusform>
            <numerusform>Enregistré par le moniteur sur %1 : %n points, une minute avant et après l&apos;exécution.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::PlanStepDetail</name>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="38"/>
        <source>Step details</source>
        <translation>Détails de l&apos;étape</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="42"/>
        <source>Step SQL</source>
        <translation>SQL de l&apos;étape</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="43"/>
        <source>Statement SQL</source>
        <translation>SQL de l&apos;instruction</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="44"/>
        <source>Rollback SQL</source>
        <translation>SQL de retour arrière</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="45"/>
        <source>Verification SQL</source>
        <translation>SQL de vérification</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="46"/>
        <source>&amp;Statement</source>
        <translation>&amp;Instruction</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="47"/>
        <source>Roll&amp;back</source>
        <translation>Retour arriè&amp;re</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="48"/>
        <source>Ver&amp;ification</source>
        <translation>Vér&amp;ification</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="76"/>
        <source>Step %1: %2</source>
        <translation>Étape %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="78"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="81"/>
        <source>Lock</source>
        <translation>Verrou</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="81"/>
        <source>%1; %2</source>
        <translation>%1 ; %2</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="82"/>
        <source>Effect</source>
        <translation>Effet</translation>
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
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="87"/>
        <source>Estimated</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="90"/>
        <source>Pattern</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="94"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="96"/>
        <source>Deploy</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="98"/>
        <source>Backfill</source>
        <translation>Remplissage (backfill)</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="98"/>
        <source>run in keyset batches by the backfill runner</source>
        <translation>exécuté par lots keyset via l&apos;exécuteur de remplissage</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="100"/>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="100"/>
        <source>runs outside a transaction. %1</source>
        <translation>s&apos;exécute hors transaction. %1</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="101"/>
        <source>Users notice</source>
        <translation>Perçu par les utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="101"/>
        <source>nothing expected</source>
        <translation>rien de prévu</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="102"/>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="103"/>
        <source>needed before this step: %1</source>
        <translation>nécessaire avant cette étape : %1</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="104"/>
        <source>not needed</source>
        <translation>non nécessaire</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="105"/>
        <source>Rollback</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="105"/>
        <source>see the Rollback tab. Loses: %1</source>
        <translation>voir l&apos;onglet Retour arrière. Perd : %1</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="106"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="107"/>
        <source>none derived. %1</source>
        <translation>aucun déduit. %1</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="108"/>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="108"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="108"/>
        <source>see the Verification tab</source>
        <translation>voir l&apos;onglet Vérification</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="111"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="112"/>
        <source>Lint</source>
        <translation>Lint</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="112"/>
        <source>no findings</source>
        <translation>aucun résultat</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="120"/>
        <source>&lt;p&gt;Select a step to see its lock, risk, rollback and verification.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez une étape pour voir son verrou, son risque, son retour arrière et sa vérification.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="127"/>
        <source>-- No rollback SQL could be derived.</source>
        <translation>-- Aucun SQL de retour arrière n&apos;a pu être déduit.</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="129"/>
        <source>-- Loses: %1</source>
        <translation>-- Perd : %1</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepdetail.cpp" line="131"/>
        <source>-- No verification query.</source>
        <translation>-- Aucune requête de vérification.</translation>
    </message>
</context>
<context>
    <name>slipway::PlanStepModel</name>
    <message>
        <location filename="../ui/plan/planstepmodel.cpp" line="44"/>
        <location filename="../ui/plan/planstepmodel.cpp" line="70"/>
        <location filename="../ui/plan/planstepmodel.cpp" line="74"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepmodel.cpp" line="67"/>
        <source>%1; %2</source>
        <translation>%1 ; %2</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepmodel.cpp" line="113"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepmodel.cpp" line="115"/>
        <source>Statement</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepmodel.cpp" line="117"/>
        <source>Lock (on)</source>
        <translation>Verrou (sur)</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepmodel.cpp" line="119"/>
        <source>Effect</source>
        <translation>Effet</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepmodel.cpp" line="121"/>
        <source>Estimated</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepmodel.cpp" line="123"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../ui/plan/planstepmodel.cpp" line="125"/>
        <source>Pattern</source>
        <translation>Modèle</translation>
    </message>
</context>
<context>
    <name>slipway::PlanSummaryBar</name>
    <message>
        <location filename="../ui/plan/plansummarybar.cpp" line="51"/>
        <source>Migration plan</source>
        <translation>Plan de migration</translation>
    </message>
    <message>
        <location filename="../ui/plan/plansummarybar.cpp" line="54"/>
        <source>none beyond the usual review</source>
        <translation>aucune au-delà de la revue habituelle</translation>
    </message>
    <message>
        <location filename="../ui/plan/plansummarybar.cpp" line="57"/>
        <source>&lt;b&gt;Yes&lt;/b&gt; — a step blocks reads or writes longer than %1 s (or for an unknown time)</source>
        <translation>&lt;b&gt;Oui&lt;/b&gt; — une étape bloque lectures ou écritures plus de %1 s (ou pendant une durée inconnue)</translation>
    </message>
    <message>
        <location filename="../ui/plan/plansummarybar.cpp" line="59"/>
        <source>No — nothing blocks reads or writes longer than %1 s</source>
        <translation>Non — rien ne bloque lectures ou écritures plus de %1 s</translation>
    </message>
    <message>
        <location filename="../ui/plan/plansummarybar.cpp" line="61"/>
        <source>table sizes read from the live database</source>
        <translation>tailles des tables lues dans la base en service</translation>
    </message>
    <message>
        <location filename="../ui/plan/plansummarybar.cpp" line="62"/>
        <source>offline: no table sizes, estimates are unknown where size matters</source>
        <translation>hors ligne : pas de taille de table, estimations inconnues là où la taille compte</translation>
    </message>
    <message>
        <location filename="../ui/plan/plansummarybar.cpp" line="66"/>
        <source>&lt;b&gt;Riskiest step:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Étape la plus risquée :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/plan/plansummarybar.cpp" line="67"/>
        <source>step %1</source>
        <translation>étape %1</translation>
    </message>
    <message>
        <location filename="../ui/plan/plansummarybar.cpp" line="68"/>
        <source>step %1 — %2</source>
        <translation>étape %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/plan/plansummarybar.cpp" line="71"/>
        <source>&lt;b&gt;Expected lock time:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Durée de verrou attendue :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/plan/plansummarybar.cpp" line="72"/>
        <source>&lt;b&gt;Downtime:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Interruption de service :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/plan/plansummarybar.cpp" line="73"/>
        <source>&lt;b&gt;Approvals:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Approbations :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/plan/plansummarybar.cpp" line="74"/>
        <source>&lt;b&gt;Steps:&lt;/b&gt; %1, %2 in all</source>
        <translation>&lt;b&gt;Étapes :&lt;/b&gt; %1, %2 au total</translation>
    </message>
    <message>
        <location filename="../ui/plan/plansummarybar.cpp" line="75"/>
        <source>&lt;b&gt;Sizes:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Tailles :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/plan/plansummarybar.cpp" line="78"/>
        <source>Plan summary</source>
        <translation>Résumé du plan</translation>
    </message>
</context>
<context>
    <name>slipway::PlanView</name>
    <message>
        <location filename="../ui/plan/planview.cpp" line="60"/>
        <source>Plan steps</source>
        <translation>Étapes du plan</translation>
    </message>
    <message>
        <location filename="../ui/plan/planview.cpp" line="35"/>
        <source>&amp;Open Plan…</source>
        <translation>&amp;Ouvrir un plan…</translation>
    </message>
    <message>
        <location filename="../ui/plan/planview.cpp" line="35"/>
        <source>Open a saved plan file (.json)</source>
        <translation>Ouvrir un fichier de plan enregistré (.json)</translation>
    </message>
    <message>
        <location filename="../ui/plan/planview.cpp" line="36"/>
        <source>Save the plan as a reviewable file (.json)</source>
        <translation>Enregistrer le plan en fichier à relire (.json)</translation>
    </message>
    <message>
        <location filename="../ui/plan/planview.cpp" line="36"/>
        <source>S&amp;ave Plan…</source>
        <translation>Enre&amp;gistrer le plan…</translation>
    </message>
    <message>
        <location filename="../ui/plan/planview.cpp" line="38"/>
        <source>E&amp;xport Runbook…</source>
        <translation>E&amp;xporter le runbook…</translation>
    </message>
    <message>
        <location filename="../ui/plan/planview.cpp" line="39"/>
        <source>Write the deployment runbook (Markdown or HTML)</source>
        <translation>Écrire le runbook de déploiement (Markdown ou HTML)</translation>
    </message>
    <message>
        <location filename="../ui/plan/planview.cpp" line="41"/>
        <source>&amp;Present</source>
        <translation>&amp;Présenter</translation>
    </message>
    <message>
        <location filename="../ui/plan/planview.cpp" line="41"/>
        <source>Walk stakeholders through the plan, one step per screen, full screen</source>
        <translation>Présenter le plan aux parties prenantes, une étape par écran, en plein écran</translation>
    </message>
    <message>
        <location filename="../ui/plan/planview.cpp" line="43"/>
        <source>&amp;Run…</source>
        <translation>&amp;Exécuter…</translation>
    </message>
    <message>
        <location filename="../ui/plan/planview.cpp" line="43"/>
        <source>Open this plan in the Run tab: dry run, run or roll back it step by step, with the monitor alongside</source>
        <translation>Ouvrir ce plan dans l&apos;onglet Exécuter : essai, exécution ou retour arrière étape par étape, avec le moniteur à côté</translation>
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
        <translation>Ouvrir un plan</translation>
    </message>
    <message>
        <location filename="../ui/plan/planview.cpp" line="171"/>
        <source>Migration plans (*.json);;All files (*)</source>
        <translation>Plans de migration (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/plan/planview.cpp" line="179"/>
        <source>Opened plan %1.</source>
        <translation>Plan %1 ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/plan/planview.cpp" line="186"/>
        <source>migration-plan.json</source>
        <translation>plan-de-migration.json</translation>
    </message>
    <message>
        <location filename="../ui/plan/planview.cpp" line="187"/>
        <location filename="../ui/plan/planview.cpp" line="194"/>
        <source>Save Plan</source>
        <translation>Enregistrer le plan</translation>
    </message>
    <message>
        <location filename="../ui/plan/planview.cpp" line="187"/>
        <source>Migration plans (*.json)</source>
        <translation>Plans de migration (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/plan/planview.cpp" line="197"/>
        <source>Saved plan to %1.</source>
        <translation>Plan enregistré dans %1.</translation>
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
        <translation>Exporter le runbook</translation>
    </message>
    <message>
        <location filename="../ui/plan/planview.cpp" line="224"/>
        <source>Runbook written to %1.</source>
        <translation>Runbook écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>slipway::PlanWizard</name>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="49"/>
        <source>Which change?</source>
        <translation>Quel changement ?</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="50"/>
        <source>Each one becomes a plan of small steps that never hold a long lock: expand, backfill, switch, contract.</source>
        <translation>Chacun devient un plan de petites étapes qui ne tiennent jamais longtemps un verrou : expand, remplissage, bascule, contract.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="53"/>
        <source>&amp;Change:</source>
        <translation>&amp;Changement :</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="65"/>
        <source>New Expand/Contract Plan</source>
        <translation>Nouveau plan expand/contract</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="69"/>
        <source>Kind of change</source>
        <translation>Type de changement</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="70"/>
        <location filename="../ui/wizard/planwizard.cpp" line="79"/>
        <source>Rename a column</source>
        <translation>Renommer une colonne</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="70"/>
        <location filename="../ui/wizard/planwizard.cpp" line="83"/>
        <source>Change a column&apos;s type</source>
        <translation>Changer le type d&apos;une colonne</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="70"/>
        <location filename="../ui/wizard/planwizard.cpp" line="89"/>
        <source>Add a NOT NULL column with a default</source>
        <translation>Ajouter une colonne NOT NULL avec valeur par défaut</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="71"/>
        <source>Split a table (move columns to a new 1:1 table)</source>
        <translation>Scinder une table (déplacer des colonnes vers une nouvelle table 1:1)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="71"/>
        <location filename="../ui/wizard/planwizard.cpp" line="97"/>
        <source>Add a foreign key to a large table</source>
        <translation>Ajouter une clé étrangère à une grande table</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="72"/>
        <location filename="../ui/wizard/planwizard.cpp" line="105"/>
        <source>Replace an index</source>
        <translation>Remplacer un index</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="76"/>
        <source>&amp;Schema:</source>
        <translation>&amp;Schéma :</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="76"/>
        <source>&amp;Table:</source>
        <translation>&amp;Table :</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="76"/>
        <source>&amp;Column:</source>
        <translation>&amp;Colonne :</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="77"/>
        <source>needed without a connection, e.g. text</source>
        <translation>nécessaire sans connexion, p. ex. text</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="107"/>
        <source>New &amp;index name:</source>
        <translation>Nom du nouvel &amp;index :</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="81"/>
        <location filename="../ui/wizard/planwizard.cpp" line="91"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="81"/>
        <source>New na&amp;me:</source>
        <translation>Nouveau no&amp;m :</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="82"/>
        <location filename="../ui/wizard/planwizard.cpp" line="88"/>
        <source>The column is NOT NU&amp;LL</source>
        <translation>La colonne est NOT NU&amp;LL</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="85"/>
        <source>C&amp;urrent type:</source>
        <translation>Type act&amp;uel :</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="85"/>
        <source>e.g. bigint</source>
        <translation>p. ex. bigint</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="85"/>
        <source>New t&amp;ype:</source>
        <translation>Nouveau t&amp;ype :</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="86"/>
        <source>Con&amp;version:</source>
        <translation>Con&amp;version :</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="86"/>
        <source>optional, default column::new type</source>
        <translation>facultatif, par défaut colonne::nouveau type</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="87"/>
        <source>&amp;Reverse conversion:</source>
        <translation>Conversion &amp;inverse :</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="87"/>
        <source>optional, default column::current type</source>
        <translation>facultatif, par défaut colonne::type actuel</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="91"/>
        <source>e.g. text</source>
        <translation>p. ex. text</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="91"/>
        <source>&amp;Default:</source>
        <translation>Valeur par &amp;défaut :</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="91"/>
        <source>e.g. &apos;web&apos; or now()</source>
        <translation>p. ex. &apos;web&apos; ou now()</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="92"/>
        <source>Split a table</source>
        <translation>Scinder une table</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="94"/>
        <source>&amp;Moved columns:</source>
        <translation>Colonnes &amp;déplacées :</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="94"/>
        <source>name type, name type</source>
        <translation>nom type, nom type</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="94"/>
        <source>New tab&amp;le:</source>
        <translation>Nouvelle tab&amp;le :</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="95"/>
        <source>&amp;Key column:</source>
        <translation>Colonne de &amp;clé :</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="95"/>
        <source>the single-column primary key</source>
        <translation>la clé primaire à une colonne</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="96"/>
        <source>Key t&amp;ype:</source>
        <translation>T&amp;ype de clé :</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="99"/>
        <source>&amp;Columns:</source>
        <translation>&amp;Colonnes :</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="99"/>
        <source>referencing, comma separated</source>
        <translation>référençantes, séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="100"/>
        <source>Re&amp;ferenced schema:</source>
        <translation>Schéma ré&amp;férencé :</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="101"/>
        <source>&amp;Referenced table:</source>
        <translation>Table &amp;référencée :</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="101"/>
        <source>Referenced c&amp;olumns:</source>
        <translation>C&amp;olonnes référencées :</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="101"/>
        <source>default: id</source>
        <translation>par défaut : id</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="102"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="102"/>
        <source>Constraint na&amp;me:</source>
        <translation>No&amp;m de la contrainte :</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="103"/>
        <source>On &amp;delete:</source>
        <translation>On &amp;delete :</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="103"/>
        <source>optional: CASCADE, SET NULL, RESTRICT</source>
        <translation>facultatif : CASCADE, SET NULL, RESTRICT</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="104"/>
        <source>&amp;Index the columns first (concurrently)</source>
        <translation>&amp;Indexer d&apos;abord les colonnes (en concurrence)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="107"/>
        <source>&amp;Old index:</source>
        <translation>&amp;Ancien index :</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="108"/>
        <source>&amp;Keys:</source>
        <translation>&amp;Clés :</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="108"/>
        <source>e.g. customer_id, placed_at DESC</source>
        <translation>p. ex. customer_id, placed_at DESC</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="109"/>
        <source>&amp;Where:</source>
        <translation>&amp;Where :</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="109"/>
        <source>optional, for a partial index</source>
        <translation>facultatif, pour un index partiel</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="110"/>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode :</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="110"/>
        <source>optional, default btree</source>
        <translation>facultatif, btree par défaut</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="111"/>
        <source>Old &amp;definition:</source>
        <translation>Ancienne &amp;définition :</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="111"/>
        <source>CREATE INDEX … of the old one, for the way back</source>
        <translation>CREATE INDEX … de l&apos;ancien, pour le retour arrière</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="112"/>
        <source>&amp;Unique</source>
        <translation>&amp;Unique</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="112"/>
        <source>&amp;Give the new index the old name at the end</source>
        <translation>Donner au nouvel index l&apos;ancien nom à la &amp;fin</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="115"/>
        <source>The few inputs this change needs.</source>
        <translation>Les quelques informations dont ce changement a besoin.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="226"/>
        <source>No plan has been generated yet.</source>
        <translation>Aucun plan n&apos;a encore été généré.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="234"/>
        <location filename="../ui/wizard/planwizard.cpp" line="240"/>
        <source>Save Plan</source>
        <translation>Enregistrer le plan</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizard.cpp" line="235"/>
        <source>Slipway plans (*.json);;All files (*)</source>
        <translation>Plans Slipway (*.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>slipway::PlanWizardInputsPage</name>
    <message>
        <location filename="../ui/wizard/planwizardpages.cpp" line="47"/>
        <source>Problems with the inputs</source>
        <translation>Problèmes dans les informations saisies</translation>
    </message>
</context>
<context>
    <name>slipway::PlanWizardReviewPage</name>
    <message>
        <location filename="../ui/wizard/planwizardpages.cpp" line="94"/>
        <source>Review the plan</source>
        <translation>Relire le plan</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizardpages.cpp" line="95"/>
        <source>Each step runs on its own, with its down and verify SQL. Save the plan to review it in a pull request and run it with slipway-cli migrate --plan.</source>
        <translation>Chaque étape s&apos;exécute seule, avec son SQL down et verify. Enregistrez le plan pour le relire dans une pull request et exécutez-le avec slipway-cli migrate --plan.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizardpages.cpp" line="100"/>
        <source>Generated steps</source>
        <translation>Étapes générées</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizardpages.cpp" line="106"/>
        <source>&amp;Save Plan…</source>
        <translation>&amp;Enregistrer le plan…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizardpages.cpp" line="108"/>
        <source>Save plan</source>
        <translation>Enregistrer le plan</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizardpages.cpp" line="128"/>
        <source>Step %1 [%2] %3</source>
        <translation>Étape %1 [%2] %3</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizardpages.cpp" line="129"/>
        <source>  Lock: %1; risk: %2; pattern: %3</source>
        <translation>  Verrou : %1 ; risque : %2 ; modèle : %3</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizardpages.cpp" line="133"/>
        <source>  Deploy: %1</source>
        <translation>  Déploiement : %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizardpages.cpp" line="135"/>
        <source>  Why: %1</source>
        <translation>  Pourquoi : %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizardpages.cpp" line="137"/>
        <source>  Backfill %1 by the runner (keyset batches of ~%2 ms):</source>
        <translation>  Remplissage %1 par l&apos;exécuteur (lots keyset de ~%2 ms) :</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizardpages.cpp" line="139"/>
        <source>  Up:</source>
        <translation>  Up :</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizardpages.cpp" line="142"/>
        <source>  Down:</source>
        <translation>  Down :</translation>
    </message>
    <message>
        <location filename="../ui/wizard/planwizardpages.cpp" line="149"/>
        <source>  Verify:</source>
        <translation>  Verify :</translation>
    </message>
</context>
<context>
    <name>slipway::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="53"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="57"/>
        <source>&amp;Execution</source>
        <translation>&amp;Exécution</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="58"/>
        <source>&amp;Backfill</source>
        <translation>&amp;Remplissage</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="59"/>
        <source>&amp;Monitor</source>
        <translation>&amp;Moniteur</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="60"/>
        <source>Editor &amp;&amp; &amp;Language</source>
        <translation>Éditeur &amp;&amp; &amp;langue</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="66"/>
        <source>Problem with the preferences</source>
        <translation>Problème dans les préférences</translation>
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
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="121"/>
        <source>no retry</source>
        <translation>aucune nouvelle tentative</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="122"/>
        <source>&amp;Lock timeout:</source>
        <translation>Délai de &amp;verrou :</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="123"/>
        <source>SET lock_timeout before each statement: how long application queries may queue behind a migration&apos;s lock request before it gives up (and retries).</source>
        <translation>SET lock_timeout avant chaque instruction : combien de temps les requêtes de l&apos;application peuvent attendre derrière la demande de verrou d&apos;une migration avant qu&apos;elle abandonne (et réessaie).</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="125"/>
        <source>&amp;Statement timeout:</source>
        <translation>Délai d&apos;&amp;instruction :</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="126"/>
        <source>SET statement_timeout before each statement (CONCURRENTLY index builds are not limited).</source>
        <translation>SET statement_timeout avant chaque instruction (les constructions d&apos;index CONCURRENTLY ne sont pas limitées).</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="127"/>
        <source>&amp;Retries after a lock timeout:</source>
        <translation>&amp;Nouvelles tentatives après délai de verrou :</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="128"/>
        <source>How many times a statement that timed out waiting for its lock is tried again, with backoff.</source>
        <translation>Nombre de nouvelles tentatives, avec temporisation, d&apos;une instruction dont l&apos;attente de verrou a expiré.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="138"/>
        <source>Batch &amp;target duration:</source>
        <translation>&amp;Durée cible d&apos;un lot :</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="139"/>
        <source>Batch sizes adapt so that each batch&apos;s transaction takes about this long.</source>
        <translation>La taille des lots s&apos;adapte pour que la transaction de chaque lot dure environ ce temps.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="140"/>
        <source>&amp;Pause between batches:</source>
        <translation>&amp;Pause entre les lots :</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="141"/>
        <source>Time left to the application (and to the replicas) between two batches.</source>
        <translation>Temps laissé à l&apos;application (et aux réplicas) entre deux lots.</translation>
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
        <translation> transactions</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="159"/>
        <source>Sampling &amp;interval:</source>
        <translation>&amp;Intervalle d&apos;échantillonnage :</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="160"/>
        <source>How often the monitor reads lock waits, replication lag, progress and activity.</source>
        <translation>Fréquence à laquelle le moniteur lit attentes de verrou, retard de réplication, progression et activité.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="161"/>
        <source>Replication lag: &amp;throttle above:</source>
        <translation>Retard de réplication : &amp;ralentir au-delà de :</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="162"/>
        <source>A backfill slows down while the largest replica lag is above this.</source>
        <translation>Un remplissage ralentit tant que le plus grand retard de réplica dépasse cette valeur.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="163"/>
        <source>Replication lag: &amp;abort above:</source>
        <translation>Retard de réplication : &amp;abandonner au-delà de :</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="164"/>
        <source>A run or backfill stops when the replica lag goes above this.</source>
        <translation>Une exécution ou un remplissage s&apos;arrête quand le retard de réplica dépasse cette valeur.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="165"/>
        <source>Lock wait: t&amp;hrottle above:</source>
        <translation>Attente de verrou : ra&amp;lentir au-delà de :</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="166"/>
        <source>A backfill slows down while some session has waited for a lock longer than this.</source>
        <translation>Un remplissage ralentit tant qu&apos;une session a attendu un verrou plus longtemps que cela.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="167"/>
        <source>Lock wait: a&amp;bort above:</source>
        <translation>Attente de verrou : aba&amp;ndonner au-delà de :</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="168"/>
        <source>A run or backfill stops when some session has waited for a lock longer than this.</source>
        <translation>Une exécution ou un remplissage s&apos;arrête quand une session a attendu un verrou plus longtemps que cela.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="169"/>
        <source>Error rate: thr&amp;ottle above:</source>
        <translation>Taux d&apos;erreur : ralen&amp;tir au-delà de :</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="170"/>
        <source>A backfill slows down while this share of the database&apos;s transactions ends in a rollback (over the last few seconds).</source>
        <translation>Un backfill ralentit tant que cette part des transactions de la base se termine par une annulation (sur les dernières secondes).</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="173"/>
        <source>A run or backfill stops when this share of the database&apos;s transactions ends in a rollback (the reference runbook&apos;s &quot;error rate spike &gt; 5%&quot;).</source>
        <translation>Une exécution ou un backfill s&apos;arrête quand cette part des transactions de la base se termine par une annulation (le « error rate spike &gt; 5% » du runbook de référence).</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="172"/>
        <source>Error rate: abort abo&amp;ve:</source>
        <translation>Taux d&apos;erreur : aband&amp;onner au-delà de :</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="175"/>
        <source>Error rate: &amp;minimum volume:</source>
        <translation>Taux d&apos;erreur : volume &amp;minimal :</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="176"/>
        <source>The error rate counts only once this many transactions ended in the window, so that one failure among a handful of transactions on a quiet server does not stop a run.</source>
        <translation>Le taux d&apos;erreur ne compte qu&apos;une fois ce nombre de transactions terminées dans la fenêtre, pour qu&apos;un échec parmi quelques transactions sur un serveur calme n&apos;arrête pas une exécution.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="187"/>
        <source>System fixed-width font</source>
        <translation>Police à chasse fixe du système</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="188"/>
        <source>Chosen font</source>
        <translation>Police choisie</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="192"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="195"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="196"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="197"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="200"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="205"/>
        <source>Editor &amp;font:</source>
        <translation>&amp;Police de l&apos;éditeur :</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="205"/>
        <source>The font of the SQL editor.</source>
        <translation>La police de l&apos;éditeur SQL.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="206"/>
        <source>Font &amp;family:</source>
        <translation>&amp;Famille de police :</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="206"/>
        <source>A fixed-width font for the SQL editor.</source>
        <translation>Une police à chasse fixe pour l&apos;éditeur SQL.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="207"/>
        <source>Font si&amp;ze:</source>
        <translation>&amp;Taille de police :</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="207"/>
        <source>The size of the SQL editor&apos;s font.</source>
        <translation>La taille de la police de l&apos;éditeur SQL.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="208"/>
        <source>Editor t&amp;heme:</source>
        <translation>T&amp;hème de l&apos;éditeur :</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="208"/>
        <source>Light or dark colours for the SQL editor.</source>
        <translation>Couleurs claires ou sombres pour l&apos;éditeur SQL.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="209"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="209"/>
        <source>The language of Slipway&apos;s windows and messages.</source>
        <translation>La langue des fenêtres et des messages de Slipway.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="210"/>
        <source>A new language takes effect the next time Slipway starts.</source>
        <translation>Une nouvelle langue prend effet au prochain démarrage de Slipway.</translation>
    </message>
</context>
<context>
    <name>slipway::PresentationCharts</name>
    <message>
        <location filename="../ui/plan/presentationcharts.cpp" line="24"/>
        <source>Live charts of the running migration</source>
        <translation>Graphiques en direct de la migration en cours</translation>
    </message>
    <message>
        <location filename="../ui/plan/presentationcharts.cpp" line="25"/>
        <source>Users waiting on locks</source>
        <translation>Utilisateurs en attente de verrous</translation>
    </message>
    <message>
        <location filename="../ui/plan/presentationcharts.cpp" line="25"/>
        <source>longest wait (s)</source>
        <translation>attente max (s)</translation>
    </message>
    <message>
        <location filename="../ui/plan/presentationcharts.cpp" line="27"/>
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
    <message>
        <location filename="../ui/plan/presentationcharts.cpp" line="28"/>
        <source>longest wait</source>
        <translation>plus longue attente</translation>
    </message>
    <message>
        <location filename="../ui/plan/presentationcharts.cpp" line="29"/>
        <source>sessions waiting</source>
        <translation>sessions en attente</translation>
    </message>
    <message>
        <location filename="../ui/plan/presentationcharts.cpp" line="32"/>
        <source>Replicas behind</source>
        <translation>Retard des réplicas</translation>
    </message>
    <message>
        <location filename="../ui/plan/presentationcharts.cpp" line="32"/>
        <source>lag (s)</source>
        <translation>retard (s)</translation>
    </message>
    <message>
        <location filename="../ui/plan/presentationcharts.cpp" line="42"/>
        <source>standby delay</source>
        <translation>retard du standby</translation>
    </message>
</context>
<context>
    <name>slipway::PresentationView</name>
    <message>
        <location filename="../ui/plan/presentationview.cpp" line="27"/>
        <source>Presenting: %1</source>
        <translation>Présentation : %1</translation>
    </message>
    <message>
        <location filename="../ui/plan/presentationview.cpp" line="28"/>
        <source>Presentation of %1</source>
        <translation>Présentation de %1</translation>
    </message>
    <message>
        <location filename="../ui/plan/presentationview.cpp" line="58"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/plan/presentationview.cpp" line="67"/>
        <source>Slide %1. %2</source>
        <translation>Diapositive %1. %2</translation>
    </message>
    <message>
        <location filename="../ui/plan/presentationview.cpp" line="229"/>
        <source>→ / Space next · ← back · Home / End · F full screen · Esc leave</source>
        <translation>→ / Espace suivant · ← retour · Début / Fin · F plein écran · Échap quitter</translation>
    </message>
</context>
<context>
    <name>slipway::ProblemsView</name>
    <message>
        <location filename="../ui/problemsview.cpp" line="17"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../ui/problemsview.cpp" line="17"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../ui/problemsview.cpp" line="17"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../ui/problemsview.cpp" line="17"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/problemsview.cpp" line="25"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../ui/problemsview.cpp" line="31"/>
        <source>Findings of the migration linter for the open migrations; double-click one to go there.</source>
        <translation>Résultats de l&apos;analyseur de migrations pour les migrations ouvertes ; double-cliquez pour y aller.</translation>
    </message>
</context>
<context>
    <name>slipway::ProfileManager</name>
    <message>
        <location filename="../ui/profilemanager.cpp" line="52"/>
        <source>Unknown connection &quot;%1&quot;.</source>
        <translation>Connexion inconnue « %1 ».</translation>
    </message>
    <message>
        <location filename="../ui/profilemanager.cpp" line="69"/>
        <location filename="../ui/profilemanager.cpp" line="93"/>
        <source>Could not save the connections to %1: %2</source>
        <translation>Impossible d&apos;enregistrer les connexions dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/profilemanager.cpp" line="71"/>
        <source>Saved connection &quot;%1&quot; (%2).</source>
        <translation>Connexion « %1 » enregistrée (%2).</translation>
    </message>
    <message>
        <location filename="../ui/profilemanager.cpp" line="75"/>
        <source>Password saved in the system keychain.</source>
        <translation>Mot de passe enregistré dans le trousseau système.</translation>
    </message>
    <message>
        <location filename="../ui/profilemanager.cpp" line="77"/>
        <source>Could not save the password in the keychain; it will be asked for. %1</source>
        <translation>Impossible d&apos;enregistrer le mot de passe dans le trousseau ; il sera demandé. %1</translation>
    </message>
    <message>
        <location filename="../ui/profilemanager.cpp" line="97"/>
        <source>Deleted connection &quot;%1&quot;.</source>
        <translation>Connexion « %1 » supprimée.</translation>
    </message>
    <message>
        <location filename="../ui/profilemanager.cpp" line="112"/>
        <source>Could not remove the password from the keychain: %1</source>
        <translation>Impossible de retirer le mot de passe du trousseau : %1</translation>
    </message>
</context>
<context>
    <name>slipway::RunEventLog</name>
    <message>
        <location filename="../ui/run/runeventlog.cpp" line="57"/>
        <source>Run log</source>
        <translation>Journal d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../ui/run/runeventlog.cpp" line="58"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/run/runeventlog.cpp" line="58"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../ui/run/runeventlog.cpp" line="58"/>
        <source>What happened</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../ui/run/runeventlog.cpp" line="72"/>
        <location filename="../ui/run/runeventlog.cpp" line="98"/>
        <source>info</source>
        <translation>info</translation>
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
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../ui/run/runeventlog.cpp" line="72"/>
        <location filename="../ui/run/runeventlog.cpp" line="98"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../ui/run/runeventlog.cpp" line="105"/>
        <location filename="../ui/run/runeventlog.cpp" line="116"/>
        <source>policy</source>
        <translation>politique</translation>
    </message>
    <message>
        <location filename="../ui/run/runeventlog.cpp" line="106"/>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <location filename="../ui/run/runeventlog.cpp" line="107"/>
        <source>backfill</source>
        <translation>remplissage</translation>
    </message>
</context>
<context>
    <name>slipway::RunLogView</name>
    <message>
        <location filename="../ui/runlogview.cpp" line="19"/>
        <source>Connection events, errors and migration runs are logged here.</source>
        <translation>Les événements de connexion, les erreurs et les exécutions de migrations sont journalisés ici.</translation>
    </message>
    <message>
        <location filename="../ui/runlogview.cpp" line="20"/>
        <source>Run log</source>
        <translation>Journal d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../ui/runlogview.cpp" line="29"/>
        <source>WARN </source>
        <translation>AVERT</translation>
    </message>
    <message>
        <location filename="../ui/runlogview.cpp" line="30"/>
        <source>ERROR</source>
        <translation>ERREUR</translation>
    </message>
</context>
<context>
    <name>slipway::RunPreview</name>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="32"/>
        <source>Run plan</source>
        <translation>Plan d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="33"/>
        <location filename="../ui/run/runpreview.cpp" line="50"/>
        <location filename="../ui/run/runpreview.cpp" line="51"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="33"/>
        <location filename="../ui/run/runpreview.cpp" line="50"/>
        <location filename="../ui/run/runpreview.cpp" line="51"/>
        <source>Lock</source>
        <translation>Verrou</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="33"/>
        <location filename="../ui/run/runpreview.cpp" line="50"/>
        <location filename="../ui/run/runpreview.cpp" line="51"/>
        <source>Effect</source>
        <translation>Effet</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="33"/>
        <location filename="../ui/run/runpreview.cpp" line="51"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="50"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="50"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="66"/>
        <source>done, verified</source>
        <translation>terminée, vérifiée</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="86"/>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="96"/>
        <source>Runs outside a transaction: %1</source>
        <translation>S&apos;exécute hors transaction : %1</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="105"/>
        <source>Syntax error: %1</source>
        <translation>Erreur de syntaxe : %1</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="122"/>
        <location filename="../ui/run/runpreview.cpp" line="207"/>
        <source>outside a transaction</source>
        <translation>hors transaction</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="122"/>
        <location filename="../ui/run/runpreview.cpp" line="208"/>
        <source>one transaction</source>
        <translation>une transaction</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="145"/>
        <source>No rollback SQL, not run: step(s) %1</source>
        <translation>Pas de SQL de retour arrière, non exécutée(s) : étape(s) %1</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="151"/>
        <source>No step of this plan has rollback SQL.</source>
        <translation>Aucune étape de ce plan n&apos;a de SQL de retour arrière.</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="152"/>
        <source>This plan has no steps.</source>
        <translation>Ce plan n&apos;a aucune étape.</translation>
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
        <translation>%1 (retour arrière)</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="166"/>
        <source>Untick to leave this step for a later run (after an application deploy).</source>
        <translation>Décocher pour garder cette étape pour une exécution ultérieure (après un déploiement de l&apos;application).</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="173"/>
        <source>Application deploy (on the way up): %1</source>
        <translation>Déploiement de l&apos;application (à la montée) : %1</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="174"/>
        <source>Application deploy: %1</source>
        <translation>Déploiement de l&apos;application : %1</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="188"/>
        <source>Backfill %1: %2 where %3, batches of about %4 ms</source>
        <translation>Backfill %1 : %2 où %3, lots d&apos;environ %4 ms</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="190"/>
        <source>(every row)</source>
        <translation>(toutes les lignes)</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="192"/>
        <source>ROW EXCLUSIVE on %1</source>
        <translation>ROW EXCLUSIVE sur %1</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="192"/>
        <source>row changes, batch by batch</source>
        <translation>modifications de lignes, lot par lot</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="194"/>
        <source>Each batch is its own short transaction: row locks only, resumable from the checkpoint. A dry run runs the whole update once, rolled back.</source>
        <translation>Chaque lot est une transaction courte : verrous de ligne seulement, reprise possible depuis le point de reprise. Un essai exécute toute la mise à jour une fois, annulée.</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="204"/>
        <source>Verified after the step with:
%1</source>
        <translation>Vérifiée après l&apos;étape avec :
%1</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="206"/>
        <source>batched</source>
        <translation>par lots</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="214"/>
        <source>Rolling back: %1</source>
        <translation>Retour arrière : %1</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="227"/>
        <source>not run</source>
        <translation>non exécutée</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="228"/>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="229"/>
        <source>dry run ok</source>
        <translation>essai ok</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="230"/>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="231"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="232"/>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="235"/>
        <source>, verified</source>
        <translation>, vérifiée</translation>
    </message>
    <message>
        <location filename="../ui/run/runpreview.cpp" line="235"/>
        <source>, verification FAILED</source>
        <translation>, vérification en ÉCHEC</translation>
    </message>
</context>
<context>
    <name>slipway::RunView</name>
    <message>
        <location filename="../ui/run/runview.cpp" line="58"/>
        <source>What to run</source>
        <translation>Quoi exécuter</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="59"/>
        <source>Pending migrations of a folder</source>
        <translation>Migrations en attente d&apos;un dossier</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="60"/>
        <source>Script from the editor</source>
        <translation>Script de l&apos;éditeur</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="61"/>
        <source>Backfill spec</source>
        <translation>Spécification de remplissage</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="62"/>
        <source>Saved migration plan</source>
        <translation>Plan de migration enregistré</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="65"/>
        <source>Folder or file</source>
        <translation>Dossier ou fichier</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="66"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="69"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="70"/>
        <location filename="../ui/run/runview.cpp" line="321"/>
        <source>Dry run, all in one transaction</source>
        <translation>Essai à blanc, tout en une transaction</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="71"/>
        <source>Dry run, each migration apart</source>
        <translation>Essai à blanc, migration par migration</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="325"/>
        <source>Every migration in one transaction, rolled back at the end: later migrations see earlier ones, but every lock is held until the end</source>
        <translation>Toutes les migrations dans une transaction, annulée à la fin : les migrations suivantes voient les précédentes, mais chaque verrou est tenu jusqu&apos;au bout</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="72"/>
        <source>Each migration in its own transaction, rolled back at its end: locks are held one migration at a time, but a migration that needs an earlier one&apos;s changes fails</source>
        <translation>Chaque migration dans sa propre transaction, annulée à sa fin : les verrous sont tenus une migration à la fois, mais une migration qui a besoin des changements d&apos;une précédente échoue</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="75"/>
        <location filename="../ui/run/runviewplan.cpp" line="181"/>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="76"/>
        <source>Roll back to…</source>
        <translation>Revenir jusqu&apos;à…</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="79"/>
        <source>Roll back down to and including this version</source>
        <translation>Annuler jusqu&apos;à cette version incluse</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="81"/>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="83"/>
        <location filename="../ui/run/runview.cpp" line="364"/>
        <source>&amp;Pause</source>
        <translation>Pau&amp;se</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="85"/>
        <source>&amp;Abort</source>
        <translation>&amp;Interrompre</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="87"/>
        <source>Cancel the running statement; the transaction rolls back</source>
        <translation>Annuler l&apos;instruction en cours ; la transaction est annulée</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="90"/>
        <source>Run progress</source>
        <translation>Progression de l&apos;exécution</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="119"/>
        <source>M&amp;ode:</source>
        <translation>Mo&amp;de :</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="185"/>
        <source>Backfill specs (*.json *.yaml *.yml)</source>
        <translation>Spécifications de remplissage (*.json *.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="321"/>
        <source>Dry run, a few batches rolled back</source>
        <translation>Essai à blanc, quelques lots annulés</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="340"/>
        <source>&lt;b&gt;This dry run holds every lock until its final rollback.&lt;/b&gt; All migrations run in one transaction: an ACCESS EXCLUSIVE lock taken by the first one blocks the application&apos;s queries on that table until the last one has run. On a live database choose &lt;i&gt;Dry run, each migration apart&lt;/i&gt;.</source>
        <translation>&lt;b&gt;Cet essai à blanc conserve chaque verrou jusqu&apos;à son annulation finale.&lt;/b&gt; Toutes les migrations s&apos;exécutent dans une transaction : un verrou ACCESS EXCLUSIVE pris par la première bloque les requêtes de l&apos;application sur cette table jusqu&apos;à l&apos;exécution de la dernière. Sur une base en service, choisissez &lt;i&gt;Essai à blanc, migration par migration&lt;/i&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="104"/>
        <source>E&amp;xport Runbook with Results…</source>
        <translation>E&amp;xporter le runbook avec les résultats…</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="80"/>
        <source>Refresh Pla&amp;n</source>
        <translation>Actualiser le pla&amp;n</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="106"/>
        <source>The runbook (PDF, HTML or Markdown) with what actually happened: durations, rows, errors, lag peak, throttle events and the charts; or the JSON run log</source>
        <translation>Le runbook (PDF, HTML ou Markdown) avec ce qui s&apos;est réellement passé : durées, lignes, erreurs, pic de retard, événements de ralentissement et graphiques ; ou le journal d&apos;exécution JSON</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="110"/>
        <source>Run:</source>
        <translation>Exécuter :</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="183"/>
        <source>Migrations Folder</source>
        <translation>Dossier de migrations</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="184"/>
        <source>Backfill Spec</source>
        <translation>Spécification de remplissage</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="199"/>
        <source>Resume: the plan&apos;s backfill step will run its batches.</source>
        <translation>Reprendre : l&apos;étape de remplissage du plan exécutera ses lots.</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="200"/>
        <source>Pause: the plan&apos;s backfill step will start paused.</source>
        <translation>Pause : l&apos;étape de remplissage du plan commencera en pause.</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="203"/>
        <source>Plan backfill resumed from the Run view.</source>
        <translation>Remplissage du plan repris depuis la vue Exécution.</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="204"/>
        <source>Plan backfill paused from the Run view.</source>
        <translation>Remplissage du plan mis en pause depuis la vue Exécution.</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="212"/>
        <source>Backfill resumed from the Run view.</source>
        <translation>Remplissage repris depuis la vue Exécution.</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="215"/>
        <source>Backfill paused from the Run view.</source>
        <translation>Remplissage mis en pause depuis la vue Exécution.</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="336"/>
        <source>&lt;b&gt;This dry run holds every lock until its final rollback.&lt;/b&gt; All steps of the plan run in one transaction (a backfill as one UPDATE): an ACCESS EXCLUSIVE lock taken by an early step blocks the application&apos;s queries on that table until the last step has run. Rehearse plans on a copy of the database, not on a live one.</source>
        <translation>&lt;b&gt;Cet essai garde chaque verrou jusqu&apos;à son annulation finale.&lt;/b&gt; Toutes les étapes du plan s&apos;exécutent dans une seule transaction (un backfill en un seul UPDATE) : un verrou ACCESS EXCLUSIVE pris par une étape précoce bloque les requêtes de l&apos;application sur cette table jusqu&apos;à la dernière étape. Répétez les plans sur une copie de la base, pas sur une base en service.</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="351"/>
        <source>&amp;Start Backfill</source>
        <translation>&amp;Démarrer le remplissage</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="350"/>
        <source>&amp;Start Dry Run</source>
        <translation>&amp;Démarrer l&apos;essai à blanc</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="323"/>
        <source>A few batches of the backfill, each rolled back: how fast it goes here and how long the whole backfill would take; nothing changes</source>
        <translation>Quelques lots du remplissage, chacun annulé : sa vitesse ici et la durée du remplissage entier ; rien ne change</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="352"/>
        <source>&amp;Start Rollback</source>
        <translation>&amp;Démarrer le retour arrière</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="353"/>
        <source>&amp;Start Run</source>
        <translation>&amp;Démarrer l&apos;exécution</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="354"/>
        <source>Connect to a database first</source>
        <translation>Connectez-vous d&apos;abord à une base</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="364"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="392"/>
        <source>Connect to a database to see what is pending and to run.</source>
        <translation>Connectez-vous à une base pour voir ce qui est en attente et l&apos;exécuter.</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="408"/>
        <source>Could not open the run&apos;s connection</source>
        <translation>Impossible d&apos;ouvrir la connexion de l&apos;exécution</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="424"/>
        <source>Open a migration in the editor and choose Migration &gt; Run Script.</source>
        <translation>Ouvrez une migration dans l&apos;éditeur et choisissez Migration &gt; Exécuter le script.</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="434"/>
        <source>Choose a backfill spec (JSON).</source>
        <translation>Choisissez une spécification de remplissage (JSON).</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="438"/>
        <source>Backfill &quot;%1&quot; on %2, in batches of about %3 ms:</source>
        <translation>Remplissage « %1 » sur %2, par lots d&apos;environ %3 ms :</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="445"/>
        <source>    on every row</source>
        <translation>    sur chaque ligne</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="448"/>
        <source>Each batch holds ROW EXCLUSIVE on %1 (reads and writes go on) and locks only the rows it changes, until it commits.</source>
        <translation>Chaque lot tient ROW EXCLUSIVE sur %1 (lectures et écritures continuent) et ne verrouille que les lignes qu&apos;il modifie, jusqu&apos;à son commit.</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="451"/>
        <source>Progress is checkpointed with every batch: stopped, it resumes where it was.</source>
        <translation>La progression est enregistrée à chaque lot : arrêté, il reprend là où il en était.</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="459"/>
        <source>Choose a migrations folder.</source>
        <translation>Choisissez un dossier de migrations.</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="471"/>
        <source>Reading the folder and the migration history…</source>
        <translation>Lecture du dossier et de l&apos;historique des migrations…</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="500"/>
        <source>Could not read what is pending</source>
        <translation>Impossible de lire ce qui est en attente</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="511"/>
        <source>Choose the version to roll back to.</source>
        <translation>Choisissez la version jusqu&apos;à laquelle revenir.</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="512"/>
        <source>Nothing pending: every migration of the folder is applied.</source>
        <translation>Rien en attente : toutes les migrations du dossier sont appliquées.</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="534"/>
        <source>This connection is read-only: edit it (or its environment tag) to run migrations.</source>
        <translation>Cette connexion est en lecture seule : modifiez-la (ou son étiquette d&apos;environnement) pour exécuter des migrations.</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="541"/>
        <source>Production Database</source>
        <translation>Base de production</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="545"/>
        <source>Not started: the database name was not confirmed.</source>
        <translation>Non démarré : le nom de la base n&apos;a pas été confirmé.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewpolicy.cpp" line="50"/>
        <source>Not acted on during a dry run, whose own rollbacks count in the error rate: %1</source>
        <translation>Non appliqué pendant un essai, dont les propres annulations comptent dans le taux d&apos;erreurs : %1</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewpolicy.cpp" line="59"/>
        <source>Run aborted by the monitor: %1</source>
        <translation>Exécution interrompue par le moniteur : %1</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="570"/>
        <source>aborted from the Run view</source>
        <translation>interrompu depuis la vue Exécution</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="571"/>
        <source>Backfill aborted from the Run view.</source>
        <translation>Remplissage interrompu depuis la vue Exécution.</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="575"/>
        <source>Abort requested: cancelling the statement.</source>
        <translation>Interruption demandée : annulation de l&apos;instruction.</translation>
    </message>
    <message>
        <location filename="../ui/run/runview.cpp" line="577"/>
        <source>Run aborted from the Run view.</source>
        <translation>Exécution interrompue depuis la vue Exécution.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="30"/>
        <source>unknown</source>
        <translation>inconnu</translation>
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
        <translation>Ralenti&amp;r</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="46"/>
        <source>Hold the batches (the current one finishes) until unchecked</source>
        <translation>Retenir les lots (le lot en cours se termine) jusqu&apos;à ce que la case soit décochée</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="51"/>
        <source>adaptive</source>
        <translation>adaptatif</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="52"/>
        <source>batch </source>
        <translation>lot </translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="53"/>
        <source>Batch size (0 adapts to the target duration)</source>
        <translation>Taille de lot (0 s&apos;adapte à la durée cible)</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="60"/>
        <source>target </source>
        <translation>cible </translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="61"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="62"/>
        <source>Target duration of a batch</source>
        <translation>Durée cible d&apos;un lot</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="70"/>
        <location filename="../ui/run/runviewbackfill.cpp" line="80"/>
        <source>throttled from the Run view</source>
        <translation>ralenti depuis la vue Exécution</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="71"/>
        <source>Throttle: the plan&apos;s backfill step will hold its batches until Throttle is off.</source>
        <translation>Ralentir : l&apos;étape de remplissage du plan retiendra ses lots jusqu&apos;à ce que Ralentir soit désactivé.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="73"/>
        <source>Throttle off: the plan&apos;s backfill step will run its batches.</source>
        <translation>Ralentir désactivé : l&apos;étape de remplissage du plan exécutera ses lots.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="75"/>
        <source>Plan backfill held (Throttle) from the Run view.</source>
        <translation>Remplissage du plan retenu (Ralentir) depuis la vue Exécution.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="76"/>
        <source>Plan backfill released (Throttle off) from the Run view.</source>
        <translation>Remplissage du plan relâché (Ralentir désactivé) depuis la vue Exécution.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="81"/>
        <source>Backfill held (Throttle) from the Run view.</source>
        <translation>Remplissage retenu (Ralentir) depuis la vue Exécution.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="84"/>
        <source>Backfill released (Throttle off) from the Run view.</source>
        <translation>Remplissage relâché (Ralentir désactivé) depuis la vue Exécution.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="90"/>
        <source>The plan&apos;s backfill step will adapt its batch size.</source>
        <translation>L&apos;étape de remplissage du plan adaptera la taille de ses lots.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="91"/>
        <source>The plan&apos;s backfill step will run batches of %1 keys.</source>
        <translation>L&apos;étape de remplissage du plan exécutera des lots de %1 clés.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="99"/>
        <source>The plan&apos;s backfill step will aim at %1 ms a batch.</source>
        <translation>L&apos;étape de remplissage du plan visera %1 ms par lot.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="113"/>
        <location filename="../ui/run/runviewplan.cpp" line="105"/>
        <source>Connect to a database first.</source>
        <translation>Connectez-vous d&apos;abord à une base.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="140"/>
        <source>Dry run of backfill &quot;%1&quot; started on %2.</source>
        <translation>Essai à blanc du remplissage « %1 » démarré sur %2.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="141"/>
        <source>Backfill &quot;%1&quot; started on %2.</source>
        <translation>Remplissage « %1 » démarré sur %2.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="164"/>
        <source>Backfill %1</source>
        <translation>Remplissage %1</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="190"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="193"/>
        <source>%1 of %2 rows · %3 rows/s · ETA %4 · batch %5 (%6 ms) · %7</source>
        <translation>%1 sur %2 lignes · %3 lignes/s · reste %4 · lot %5 (%6 ms) · %7</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="213"/>
        <source>Dry run: %1 rows/s with batches of %2 keys (%3 ms); the backfill of %4 rows would take about %5.</source>
        <translation>Essai à blanc : %1 lignes/s par lots de %2 clés (%3 ms) ; le remplissage de %4 lignes prendrait environ %5.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="218"/>
        <source>Dry run: every batch rolled back.</source>
        <translation>Essai à blanc : chaque lot annulé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/run/runviewbackfill.cpp" line="219"/>
        <source>Dry run passed: %n batch(es) updated %1 rows in %2 s, each rolled back. Nothing changed and no checkpoint was written.</source>
        <translation>
            <numerusform>Essai à blanc réussi : %n lot a modifié %1 lignes en %2 s, annulé. Rien n&apos;a changé et aucun point de reprise n&apos;a été écrit.</numerusform>
            <numerusform>Essai à blanc réussi : %n lots ont modifié %1 lignes en %2 s, chacun annulé. Rien n&apos;a changé et aucun point de reprise n&apos;a été écrit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="226"/>
        <source>Backfill done: %1 rows in %2 batches (%3 rows this run, %4 s).</source>
        <translation>Remplissage terminé : %1 lignes en %2 lots (%3 lignes pour cette exécution, %4 s).</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="231"/>
        <source>Backfill aborted after %1 rows: %2. Start again to resume from the checkpoint.</source>
        <translation>Remplissage interrompu après %1 lignes : %2. Relancez pour reprendre au point de reprise.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="235"/>
        <source>This backfill is already running: %1</source>
        <translation>Ce remplissage est déjà en cours : %1</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewbackfill.cpp" line="239"/>
        <source>Backfill failed after %1 rows: %2</source>
        <translation>Échec du remplissage après %1 lignes : %2</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewexecution.cpp" line="24"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewexecution.cpp" line="46"/>
        <source>The run could not start</source>
        <translation>L&apos;exécution n&apos;a pas pu démarrer</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/run/runviewexecution.cpp" line="59"/>
        <source>%1 of %n item(s) started on %2.</source>
        <translation>
            <numerusform>%1 sur %n élément démarré sur %2.</numerusform>
            <numerusform>%1 sur %n éléments démarrés sur %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/run/runviewexecution.cpp" line="75"/>
        <source>%1: statement %2 (line %3)</source>
        <translation>%1 : instruction %2 (ligne %3)</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewexecution.cpp" line="76"/>
        <source>script</source>
        <translation>script</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewexecution.cpp" line="83"/>
        <source>Lock timeout: try %1 of %2 in %3</source>
        <translation>Délai de verrou : essai %1 sur %2 dans %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/run/runviewexecution.cpp" line="108"/>
        <source>Dry run passed: %n item(s) in %1, everything rolled back.</source>
        <translation>
            <numerusform>Essai à blanc réussi : %n élément en %1, tout a été annulé.</numerusform>
            <numerusform>Essai à blanc réussi : %n éléments en %1, tout a été annulé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/run/runviewexecution.cpp" line="110"/>
        <source>%n item(s) done in %1.</source>
        <translation>
            <numerusform>%n élément traité en %1.</numerusform>
            <numerusform>%n éléments traités en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/run/runviewexecution.cpp" line="111"/>
        <source>A verification query failed.</source>
        <translation>Une requête de vérification a échoué.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewexecution.cpp" line="118"/>
        <source>%1 failed at line %2, column %3: </source>
        <translation>Échec de %1 à la ligne %2, colonne %3 : </translation>
    </message>
    <message>
        <location filename="../ui/run/runviewexecution.cpp" line="119"/>
        <source>The script</source>
        <translation>Le script</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewexecution.cpp" line="126"/>
        <source>The connection was lost; it will be opened again for the next run.</source>
        <translation>La connexion a été perdue ; elle sera rouverte pour la prochaine exécution.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewexecution.cpp" line="131"/>
        <source>Stopped: the running transaction was rolled back.</source>
        <translation>Arrêté : la transaction en cours a été annulée.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewexecution.cpp" line="133"/>
        <source>Another runner is migrating this database: %1</source>
        <translation>Un autre exécuteur migre cette base : %1</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewexecution.cpp" line="138"/>
        <location filename="../ui/run/runviewplan.cpp" line="291"/>
        <source>Index %1.%2 is INVALID (left by a failed CONCURRENTLY build).</source>
        <translation>L&apos;index %1.%2 est INVALID (laissé par une construction CONCURRENTLY échouée).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/run/runresultsexport.cpp" line="42"/>
        <source>%n migration(s)</source>
        <translation>
            <numerusform>%n migration</numerusform>
            <numerusform>%n migrations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/run/runresultsexport.cpp" line="72"/>
        <source>PDF runbook (*.pdf)</source>
        <translation>Runbook PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/run/runresultsexport.cpp" line="73"/>
        <source>HTML runbook (*.html)</source>
        <translation>Runbook HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/run/runresultsexport.cpp" line="74"/>
        <source>Markdown runbook (*.md)</source>
        <translation>Runbook Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../ui/run/runresultsexport.cpp" line="75"/>
        <source>JSON run log (*.json)</source>
        <translation>Journal d&apos;exécution JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/run/runresultsexport.cpp" line="77"/>
        <source>Export Runbook with Results</source>
        <translation>Exporter le runbook avec les résultats</translation>
    </message>
    <message>
        <location filename="../ui/run/runresultsexport.cpp" line="110"/>
        <source>Run log saved to %1.</source>
        <translation>Journal d&apos;exécution enregistré dans %1.</translation>
    </message>
    <message>
        <location filename="../ui/run/runresultsexport.cpp" line="142"/>
        <source>Lock waits</source>
        <translation>Attentes de verrou</translation>
    </message>
    <message>
        <location filename="../ui/run/runresultsexport.cpp" line="143"/>
        <source>Replication lag</source>
        <translation>Retard de réplication</translation>
    </message>
    <message>
        <location filename="../ui/run/runresultsexport.cpp" line="144"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../ui/run/runresultsexport.cpp" line="162"/>
        <source>Runbook with results saved to %1.</source>
        <translation>Runbook avec les résultats enregistré dans %1.</translation>
    </message>
    <message>
        <location filename="../ui/run/runresultsexport.cpp" line="164"/>
        <source>Could not save the runbook: %1</source>
        <translation>Impossible d&apos;enregistrer le runbook : %1</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="35"/>
        <source>step %1</source>
        <translation>étape %1</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="35"/>
        <source>step %1 (%2)</source>
        <translation>étape %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="62"/>
        <source>Migration Plan</source>
        <translation>Plan de migration</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="63"/>
        <source>Migration plans (*.json)</source>
        <translation>Plans de migration (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="84"/>
        <source>Choose a saved migration plan (JSON): Migration › New Expand/Contract Plan, or Save Plan in a plan tab.</source>
        <translation>Choisissez un plan de migration enregistré (JSON) : Migration › Nouveau plan expand/contract, ou Enregistrer le plan dans un onglet de plan.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="92"/>
        <source>%1 is not a migration plan.</source>
        <translation>%1 n&apos;est pas un plan de migration.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="105"/>
        <source>Choose a saved migration plan first.</source>
        <translation>Choisissez d&apos;abord un plan de migration enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="118"/>
        <source>Tick the steps to run in the plan below.</source>
        <translation>Cochez les étapes du plan ci-dessous à exécuter.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="155"/>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="162"/>
        <source>Step %1 of %2: %3 — %4</source>
        <translation>Étape %1 sur %2 : %3 — %4</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="166"/>
        <source>backfill paused; Resume goes on</source>
        <translation>remplissage en pause ; Reprendre continue</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="167"/>
        <source>backfill throttled: %1</source>
        <translation>remplissage ralenti : %1</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="181"/>
        <source>Dry run</source>
        <translation>Essai</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="181"/>
        <source>Rollback</source>
        <translation>Retour arrière</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/run/runviewplan.cpp" line="182"/>
        <source>%1 of plan &quot;%2&quot; (%n step(s)) started on %3.</source>
        <translation>
            <numerusform>%1 du plan « %2 » (%n étape) démarré sur %3.</numerusform>
            <numerusform>%1 du plan « %2 » (%n étapes) démarré sur %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="194"/>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2 : %3</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="209"/>
        <source>Step %1 of %2: statement %3 (line %4)</source>
        <translation>Étape %1 sur %2 : instruction %3 (ligne %4)</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="252"/>
        <source>verify</source>
        <translation>vérification</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="253"/>
        <source>The verification of %1 failed: %2</source>
        <translation>La vérification de %1 a échoué : %2</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="260"/>
        <source>Stopped: a verification query failed after %1 — the step ran, but the database is not as the plan expects.</source>
        <translation>Arrêté : une requête de vérification a échoué après %1 — l&apos;étape s&apos;est exécutée, mais la base n&apos;est pas dans l&apos;état attendu par le plan.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="261"/>
        <source>a step</source>
        <translation>une étape</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/run/runviewplan.cpp" line="265"/>
        <source>Dry run of the plan passed: %n step(s) in %1 s, everything rolled back.</source>
        <translation>
            <numerusform>Essai du plan réussi : %n étape en %1 s, tout a été annulé.</numerusform>
            <numerusform>Essai du plan réussi : %n étapes en %1 s, tout a été annulé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/run/runviewplan.cpp" line="267"/>
        <source>Plan rolled back: %n step(s) in %1 s, %2 verified.</source>
        <translation>
            <numerusform>Plan annulé : %n étape en %1 s, %2 vérifiée(s).</numerusform>
            <numerusform>Plan annulé : %n étapes en %1 s, %2 vérifiée(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/run/runviewplan.cpp" line="269"/>
        <source>Plan done: %n step(s) in %1 s, %2 verified.</source>
        <translation>
            <numerusform>Plan terminé : %n étape en %1 s, %2 vérifiée(s).</numerusform>
            <numerusform>Plan terminé : %n étapes en %1 s, %2 vérifiée(s).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="273"/>
        <source>The plan failed</source>
        <translation>Le plan a échoué</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="273"/>
        <source>%1 failed</source>
        <translation>%1 échouées</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="276"/>
        <source> at line %1, column %2</source>
        <translation> ligne %1, colonne %2</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="279"/>
        <source>Steps before it stay applied; its own transaction was rolled back.</source>
        <translation>Les étapes précédentes restent appliquées ; la transaction de cette étape a été annulée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/run/runviewplan.cpp" line="284"/>
        <source>Stopped after %n step(s): the running step was rolled back (a backfill keeps its committed batches).</source>
        <translation>
            <numerusform>Arrêté après %n étape : l&apos;étape en cours a été annulée (un backfill garde ses lots validés).</numerusform>
            <numerusform>Arrêté après %n étapes : l&apos;étape en cours a été annulée (un backfill garde ses lots validés).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="293"/>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="293"/>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="308"/>
        <source>Plan run aborted by the monitor: %1</source>
        <translation>Exécution du plan abandonnée par le moniteur : %1</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="326"/>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="334"/>
        <source>Abort requested: cancelling the running step.</source>
        <translation>Abandon demandé : annulation de l&apos;étape en cours.</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewplan.cpp" line="336"/>
        <source>Plan run aborted from the Run view.</source>
        <translation>Exécution du plan abandonnée depuis l&apos;onglet Exécuter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/run/runviewrecording.cpp" line="58"/>
        <source>%1: %n migration(s)</source>
        <translation>
            <numerusform>%1 : %n migration</numerusform>
            <numerusform>%1 : %n migrations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/run/runviewrecording.cpp" line="60"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewrecording.cpp" line="60"/>
        <source>editor script</source>
        <translation>script de l&apos;éditeur</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewrecording.cpp" line="62"/>
        <source>Backfill: %1</source>
        <translation>Backfill : %1</translation>
    </message>
    <message>
        <location filename="../ui/run/runviewrecording.cpp" line="64"/>
        <source>%1: plan %2</source>
        <translation>%1 : plan %2</translation>
    </message>
</context>
<context>
    <name>slipway::Sampler</name>
    <message>
        <location filename="../core/monitor/sampler.cpp" line="118"/>
        <source>The monitor is not running.</source>
        <translation>Le moniteur ne tourne pas.</translation>
    </message>
</context>
<context>
    <name>slipway::SamplerWorker</name>
    <message>
        <location filename="../core/monitor/samplerworker.cpp" line="129"/>
        <source>Not connected; trying again shortly.</source>
        <translation>Non connecté ; nouvel essai sous peu.</translation>
    </message>
    <message>
        <location filename="../core/monitor/samplerworker.cpp" line="139"/>
        <source>Live monitoring needs PostgreSQL 14 or later; this server runs %1.%2.</source>
        <translation>La surveillance en direct demande PostgreSQL 14 ou plus récent ; ce serveur exécute %1.%2.</translation>
    </message>
    <message>
        <location filename="../core/monitor/samplerworker.cpp" line="243"/>
        <source>Not connected to the replica.</source>
        <translation>Non connecté au réplica.</translation>
    </message>
    <message>
        <location filename="../core/monitor/samplerworker.cpp" line="256"/>
        <source>The replica connection is not to a standby (it is not in recovery).</source>
        <translation>La connexion du réplica ne mène pas à un standby (il n&apos;est pas en restauration).</translation>
    </message>
</context>
<context>
    <name>slipway::Sandbox</name>
    <message>
        <location filename="../core/db/sandbox.cpp" line="74"/>
        <source>Sandbox ready</source>
        <translation>Bac à sable prêt</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="89"/>
        <source>Starting the sandbox was cancelled.</source>
        <translation>Le démarrage du bac à sable a été annulé.</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="104"/>
        <source>Removing stale sandboxes</source>
        <translation>Suppression des bacs à sable périmés</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="118"/>
        <source>Could not create a sandbox folder in %1: %2</source>
        <translation>Impossible de créer un dossier de bac à sable dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="133"/>
        <source>Could not prepare the sandbox folder %1.</source>
        <translation>Impossible de préparer le dossier de bac à sable %1.</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="138"/>
        <source>The path %1 is too long for the servers&apos; unix sockets. Choose a shorter sandbox folder.</source>
        <translation>Le chemin %1 est trop long pour les sockets Unix des serveurs. Choisissez un dossier de bac à sable plus court.</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="146"/>
        <source>The servers run as the user &quot;%1&quot;, which cannot reach %2. Make the folders above it traversable (chmod o+x) or choose another sandbox folder.</source>
        <translation>Les serveurs tournent sous l&apos;utilisateur « %1 », qui ne peut pas atteindre %2. Rendez les dossiers parents traversables (chmod o+x) ou choisissez un autre dossier de bac à sable.</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="165"/>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 existe et n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="170"/>
        <source>%1 is not empty and does not hold a sandbox. Choose a new or empty folder.</source>
        <translation>%1 n&apos;est pas vide et ne contient pas de bac à sable. Choisissez un dossier nouveau ou vide.</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="177"/>
        <source>A sandbox is already running in %1 (primary on port %2).</source>
        <translation>Un bac à sable tourne déjà dans %1 (primaire sur le port %2).</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="180"/>
        <source>A sandbox is already running in %1.</source>
        <translation>Un bac à sable tourne déjà dans %1.</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="183"/>
        <source>Stop it first with: slipway-cli sandbox stop --dir %1</source>
        <translation>Arrêtez-le d&apos;abord avec : slipway-cli sandbox stop --dir %1</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="185"/>
        <source>Removing the stopped sandbox in %1</source>
        <translation>Suppression du bac à sable arrêté dans %1</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="192"/>
        <source>Creating the primary database cluster</source>
        <translation>Création de l&apos;instance primaire</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="202"/>
        <source>Could not create the primary cluster: %1</source>
        <translation>Impossible de créer l&apos;instance primaire : %1</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="204"/>
        <source>Configuring the primary server</source>
        <translation>Configuration du serveur primaire</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="228"/>
        <location filename="../core/db/sandbox.cpp" line="250"/>
        <source>Could not write the configuration of %1.</source>
        <translation>Impossible d&apos;écrire la configuration de %1.</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="238"/>
        <source>Starting the primary server</source>
        <translation>Démarrage du serveur primaire</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="239"/>
        <source>Starting the replica server</source>
        <translation>Démarrage du serveur réplica</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="262"/>
        <source>The primary server did not start: %1</source>
        <translation>Le serveur primaire n&apos;a pas démarré : %1</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="263"/>
        <source>The replica server did not start: %1</source>
        <translation>Le serveur réplica n&apos;a pas démarré : %1</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="265"/>
        <location filename="../core/db/sandbox.cpp" line="358"/>
        <source>Server log %1 ends with:
%2</source>
        <translation>Le journal du serveur %1 se termine par :
%2</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="271"/>
        <source>Creating the role slipway_password_auth</source>
        <translation>Création du rôle slipway_password_auth</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="279"/>
        <source>Could not prepare the primary server: %1</source>
        <translation>Impossible de préparer le serveur primaire : %1</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="297"/>
        <source>Could not load the demo database: %1</source>
        <translation>Impossible de charger la base de démo : %1</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="299"/>
        <source>Could not write the demo migrations: %1</source>
        <translation>Impossible d&apos;écrire les migrations de démo : %1</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="308"/>
        <source>Copying the primary into the replica (pg_basebackup)</source>
        <translation>Copie du primaire vers le réplica (pg_basebackup)</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="320"/>
        <source>Could not copy the primary for the replica: %1</source>
        <translation>Impossible de copier le primaire pour le réplica : %1</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="329"/>
        <source>Waiting for the replica to stream</source>
        <translation>Attente du streaming du réplica</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="348"/>
        <source>Could not check replication on the primary: %1</source>
        <translation>Impossible de vérifier la réplication sur le primaire : %1</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="354"/>
        <source>The replica did not start streaming within %1 seconds (state: %2).</source>
        <translation>Le réplica n&apos;a pas commencé le streaming en %1 secondes (état : %2).</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="356"/>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="364"/>
        <source>Writing sandbox.json</source>
        <translation>Écriture de sandbox.json</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="367"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/db/sandbox.cpp" line="400"/>
        <source>The sandbox in %1 is already running.</source>
        <translation>Le bac à sable de %1 tourne déjà.</translation>
    </message>
</context>
<context>
    <name>slipway::SandboxInfo</name>
    <message>
        <location filename="../core/db/sandboxinfo.cpp" line="64"/>
        <source>sandbox.json is not valid JSON: %1</source>
        <translation>sandbox.json n&apos;est pas du JSON valide : %1</translation>
    </message>
    <message>
        <location filename="../core/db/sandboxinfo.cpp" line="82"/>
        <source>sandbox.json lacks host, port or superuser</source>
        <translation>sandbox.json ne contient pas host, port ou superuser</translation>
    </message>
    <message>
        <location filename="../core/db/sandboxinfo.cpp" line="94"/>
        <source>No running sandbox in %1 (%2)</source>
        <translation>Aucun bac à sable en marche dans %1 (%2)</translation>
    </message>
</context>
<context>
    <name>slipway::Session</name>
    <message>
        <location filename="../core/db/session.cpp" line="226"/>
        <source>COPY TO STDOUT is not supported by Slipway&apos;s SQL runner.</source>
        <translation>COPY TO STDOUT n&apos;est pas pris en charge par l&apos;exécuteur SQL de Slipway.</translation>
    </message>
    <message>
        <location filename="../core/db/session.cpp" line="242"/>
        <source>The server returned no result.</source>
        <translation>Le serveur n&apos;a renvoyé aucun résultat.</translation>
    </message>
    <message>
        <location filename="../core/db/session.cpp" line="258"/>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <location filename="../core/db/session.cpp" line="264"/>
        <source>Could not send the cancel request: %1</source>
        <translation>Impossible d&apos;envoyer la demande d&apos;annulation : %1</translation>
    </message>
    <message>
        <location filename="../core/db/session.cpp" line="295"/>
        <source>The connection was lost; reconnect to go on.</source>
        <translation>La connexion a été perdue ; reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <location filename="../core/db/session.cpp" line="296"/>
        <source>The session has no open connection.</source>
        <translation>La session n&apos;a pas de connexion ouverte.</translation>
    </message>
</context>
<context>
    <name>slipway::ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="54"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="59"/>
        <source>Filter by action or key…</source>
        <translation>Filtrer par action ou touche…</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="60"/>
        <source>Filter shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="65"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="66"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="66"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>slipway::ShutdownSignals</name>
    <message>
        <location filename="../core/util/shutdownsignals.cpp" line="41"/>
        <source>Cannot watch for SIGINT/SIGTERM (%1: %2)</source>
        <translation>Impossible de surveiller SIGINT/SIGTERM (%1 : %2)</translation>
    </message>
</context>
<context>
    <name>slipway::SqlEditor</name>
    <message>
        <location filename="../ui/editor/sqleditor.cpp" line="51"/>
        <source>SQL editor</source>
        <translation>Éditeur SQL</translation>
    </message>
    <message>
        <location filename="../ui/editor/sqleditor.cpp" line="77"/>
        <source>Quick Fix</source>
        <translation>Correction rapide</translation>
    </message>
    <message>
        <location filename="../ui/editor/sqleditor.cpp" line="82"/>
        <source>Apply the quick fix of the finding at the cursor</source>
        <translation>Appliquer la correction rapide du résultat sous le curseur</translation>
    </message>
    <message>
        <location filename="../ui/editor/sqleditor.cpp" line="327"/>
        <source>rewrite</source>
        <translation>réécriture</translation>
    </message>
</context>
<context>
    <name>slipway::TableSize</name>
    <message>
        <location filename="../core/lint/tablesize.cpp" line="24"/>
        <source>about %1M rows</source>
        <translation>environ %1 M lignes</translation>
    </message>
    <message>
        <location filename="../core/lint/tablesize.cpp" line="26"/>
        <source>about %1K rows</source>
        <translation>environ %1 k lignes</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/lint/tablesize.cpp" line="28"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
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
        <translation>Relisez une migration PostgreSQL, voyez ce qu&apos;elle verrouille sur cette base et exécutez-la en surveillant des graphiques en direct — avec une porte de sortie à chaque étape.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="75"/>
        <source>Where this is going</source>
        <translation>Ce qui arrive</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="79"/>
        <source>&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;&lt;b&gt;SQL editor and linter&lt;/b&gt; — findings land in the Problems panel.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Lock analysis&lt;/b&gt; — which statement takes which lock, for how long, on this database.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Schema diff&lt;/b&gt; — compare two databases or a snapshot and plan safe DDL.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Migration history&lt;/b&gt; — Flyway, Liquibase, golang-migrate, Rails, Django, … tables.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Run view&lt;/b&gt; — execute with guards while the Monitor charts lock waits and replica lag.&lt;/li&gt;&lt;/ul&gt;These arrive in the &lt;i&gt;Migration&lt;/i&gt; menu as they are built.</source>
        <translation>&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;&lt;b&gt;Éditeur SQL et analyseur&lt;/b&gt; — les résultats arrivent dans le panneau Problèmes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Analyse des verrous&lt;/b&gt; — quelle instruction prend quel verrou, combien de temps, sur cette base.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Diff de schéma&lt;/b&gt; — comparer deux bases ou un instantané et planifier un DDL sûr.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Historique des migrations&lt;/b&gt; — tables de Flyway, Liquibase, golang-migrate, Rails, Django, …&lt;/li&gt;&lt;li&gt;&lt;b&gt;Vue Exécution&lt;/b&gt; — exécuter avec garde-fous pendant que le moniteur trace les attentes de verrou et le retard des réplicas.&lt;/li&gt;&lt;/ul&gt;Ces fonctions arrivent dans le menu &lt;i&gt;Migration&lt;/i&gt; au fur et à mesure.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="89"/>
        <source>Keyboard</source>
        <translation>Clavier</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="92"/>
        <source>%1  new connection
%2  connect to the selected connection
F5  refresh the object list
Alt+1 … Alt+5  show or hide the panels</source>
        <translation>%1  nouvelle connexion
%2  se connecter à la connexion sélectionnée
F5  actualiser la liste des objets
Alt+1 … Alt+5  afficher ou masquer les panneaux</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="120"/>
        <source>Next: add a connection</source>
        <translation>Ensuite : ajoutez une connexion</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="121"/>
        <source>Describe a PostgreSQL database by URI, by fields or by service name. Mark production as such: it opens read-only and shows a red banner.
No database at hand? Start Slipway with --demo for a private sandbox with a demo shop database.</source>
        <translation>Décrivez une base PostgreSQL par URI, par champs ou par nom de service. Marquez la production comme telle : elle s&apos;ouvre en lecture seule et affiche un bandeau rouge.
Pas de base sous la main ? Lancez Slipway avec --demo pour un bac à sable privé avec une base de démo de boutique.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="125"/>
        <source>&amp;Add a Connection…</source>
        <translation>Ajo&amp;uter une connexion…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="128"/>
        <source>Next: connect</source>
        <translation>Ensuite : connectez-vous</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="129"/>
        <source>Pick a saved connection in the Connections panel and double-click it, or press %1.</source>
        <translation>Choisissez une connexion enregistrée dans le panneau Connexions et double-cliquez dessus, ou appuyez sur %1.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="132"/>
        <source>Co&amp;nnect</source>
        <translation>Co&amp;nnecter</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="135"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="136"/>
        <source>Opening a session to %1. The window stays usable meanwhile.</source>
        <translation>Ouverture d&apos;une session vers %1. La fenêtre reste utilisable pendant ce temps.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="140"/>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="141"/>
        <source>Browse schemas, tables (with estimated rows and sizes), indexes, views and functions in the Objects panel; press F5 to refresh. Connection events and errors are kept in the Run log.</source>
        <translation>Parcourez schémas, tables (avec lignes et tailles estimées), index, vues et fonctions dans le panneau Objets ; F5 actualise. Les événements de connexion et les erreurs sont conservés dans le journal d&apos;exécution.</translation>
    </message>
</context>
<context>
    <name>slipway::run::BackfillRunner</name>
    <message>
        <location filename="../core/run/backfillrunner.cpp" line="109"/>
        <source>The runner was closed.</source>
        <translation>L&apos;exécuteur a été fermé.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillrunner.cpp" line="151"/>
        <source>Paused.</source>
        <translation>En pause.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillrunner.cpp" line="156"/>
        <source>Resumed.</source>
        <translation>Repris.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillrunner.cpp" line="167"/>
        <source>Batch size adapts to the target duration again.</source>
        <translation>La taille des lots s&apos;adapte de nouveau à la durée cible.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillrunner.cpp" line="168"/>
        <source>Batch size fixed at %1 keys.</source>
        <translation>Taille de lot fixée à %1 clés.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillrunner.cpp" line="175"/>
        <source>Target batch duration %1 ms.</source>
        <translation>Durée cible d&apos;un lot %1 ms.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillrunner.cpp" line="182"/>
        <source>Pause between batches %1 ms.</source>
        <translation>Pause entre les lots %1 ms.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillrunner.cpp" line="189"/>
        <source>Throttled: holding batches.</source>
        <translation>Ralenti : lots retenus.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillrunner.cpp" line="189"/>
        <source>Throttled: %1 ms between batches.</source>
        <translation>Ralenti : %1 ms entre les lots.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillrunner.cpp" line="199"/>
        <source>Throttle lifted.</source>
        <translation>Ralentissement levé.</translation>
    </message>
    <message>
        <location filename="../core/run/backfillrunner.cpp" line="205"/>
        <source>Aborted by the user.</source>
        <translation>Interrompu par l&apos;utilisateur.</translation>
    </message>
</context>
<context>
    <name>slipway::run::RunController</name>
    <message>
        <location filename="../core/run/runcontroller.cpp" line="47"/>
        <source>A run is already going on this connection.</source>
        <translation>Une exécution est déjà en cours sur cette connexion.</translation>
    </message>
</context>
</TS>
