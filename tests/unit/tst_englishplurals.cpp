// English plural forms: translations/slipway_en.ts (lupdate -pluralonly)
// turns "%n row(s)" into "1 row" / "2 rows"; the GUI loads its .qm under
// every language (app/gui/main.cpp).
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTranslator>
#include <QtTest>

class TestEnglishPlurals : public QObject {
    Q_OBJECT

private:
    QTranslator m_english;

    static QString rows(int n)
    {
        return QCoreApplication::translate("slipway::TableSize", "%n row(s)", nullptr, n);
    }

private slots:
    void initTestCase()
    {
        // Built by the slipway_translations_en target beside the others (tests/ -> translations/).
        const QString qm = QDir(QCoreApplication::applicationDirPath())
                               .filePath(QStringLiteral("../translations/slipway_en.qm"));
        QVERIFY2(QFile::exists(qm), qPrintable(qm + QStringLiteral(" is missing: build slipway_translations_en")));
        QVERIFY(m_english.load(qm));
        QVERIFY(QCoreApplication::installTranslator(&m_english));
    }

    void withoutTheTranslatorEnglishShowsTheSource()
    {
        QCoreApplication::removeTranslator(&m_english);
        QCOMPARE(rows(1), QStringLiteral("1 row(s)"));
        QCoreApplication::installTranslator(&m_english);
    }

    void singularAndPlural()
    {
        QCOMPARE(rows(1), QStringLiteral("1 row"));
        QCOMPARE(rows(2), QStringLiteral("2 rows"));
        QCOMPARE(rows(0), QStringLiteral("0 rows"));
        QCOMPARE(rows(1000), QStringLiteral("1000 rows"));
    }

    void irregularForms()
    {
        QCOMPARE(QCoreApplication::translate("slipway::DiffTreeModel", "%n differ(s)", nullptr, 1),
                 QStringLiteral("1 differs"));
        QCOMPARE(QCoreApplication::translate("slipway::DiffTreeModel", "%n differ(s)", nullptr, 3),
                 QStringLiteral("3 differ"));
    }

    void otherCountsKeepTheirPlaceholders()
    {
        const QString text =
            QCoreApplication::translate("slipway::RunView", "Plan done: %n step(s) in %1 s, %2 verified.", nullptr, 1)
                .arg(QStringLiteral("4.2"), QStringLiteral("1/1"));
        QCOMPARE(text, QStringLiteral("Plan done: 1 step in 4.2 s, 1/1 verified."));
    }
};

QTEST_GUILESS_MAIN(TestEnglishPlurals)
#include "tst_englishplurals.moc"
