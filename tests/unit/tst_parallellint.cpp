// lintInParallel gives each script the findings one engine gives it alone, in
// the scripts' order, however many threads share the work.
#include "lint/lintengine.h"
#include "lint/parallellint.h"
#include "sql/sqlscript.h"

#include <QtTest>

using namespace slipway;

class TestParallelLint : public QObject {
    Q_OBJECT

    static QString summary(const QList<Finding> &findings)
    {
        QStringList lines;
        for (const Finding &f : findings)
            lines << QStringLiteral("%1@%2:%3 %4").arg(f.rule).arg(f.range.start).arg(f.range.end).arg(f.message);
        return lines.join(u'\n');
    }

private slots:
    void sameFindingsInTheSameOrder()
    {
        const QStringList kinds = {
            QStringLiteral("CREATE INDEX i%1 ON t (a);"),
            QStringLiteral("ALTER TABLE t%1 ADD COLUMN c int NOT NULL;"),
            QStringLiteral("ALTER TABLE t ADD CONSTRAINT f%1 FOREIGN KEY (a) REFERENCES u (id);"),
            QStringLiteral("BEGIN;\nALTER TABLE t RENAME COLUMN a TO b%1;\nCOMMIT;"),
            QStringLiteral("SELECT %1;"),
            QStringLiteral("ALTER TABLE t ADD COLUMN x%1 ;; broken"),
        };
        QStringList texts;
        for (int i = 0; i < 60; ++i)
            texts << QStringLiteral("-- file %1\n").arg(i) + kinds.at(i % kinds.size()).arg(i)
                         + QString(i % 7, u'\n') + kinds.at((i * 5 + 1) % kinds.size()).arg(i + 100);
        LintOptions options;
        LintEngine engine(options);
        QStringList expected;
        for (const QString &text : texts)
            expected << summary(engine.lint(SqlScript::parse(text)));
        for (int threads : {1, 2, 5}) {
            const QList<QList<Finding>> found = lintInParallel(texts, options, threads);
            QCOMPARE(found.size(), texts.size());
            for (qsizetype i = 0; i < texts.size(); ++i)
                QCOMPARE(summary(found.at(i)), expected.at(i));
        }
        QVERIFY(!expected.at(1).isEmpty()); // the rules did find something
    }

    void noScripts()
    {
        QVERIFY(lintInParallel({}, LintOptions()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestParallelLint)
#include "tst_parallellint.moc"
