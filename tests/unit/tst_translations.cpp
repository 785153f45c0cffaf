// Every user-visible string of the sources is translated into German, and English plurals exist:
// lupdate is run over the sources now, so a string added without a translation fails here.
#include "domain/contextsnapshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using pegboard::ContextSnapshot;

namespace {
struct Entry
{
    QString context;
    QString source;
    bool numerus = false;
    bool finished = false;
};

QList<Entry> readTs(const QString &path)
{
    QList<Entry> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message")) {
            entry = Entry{
                context, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), false};
        } else if (xml.name() == QLatin1String("source")) {
            entry.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            entry.finished = type.isEmpty() && !text.trimmed().isEmpty();
            out.append(entry);
        }
    }
    return out;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void germanIsCompleteAndCurrent()
    {
        const QString source = QStringLiteral(PEGBOARD_SOURCE_DIR);
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh_de.ts"));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(PEGBOARD_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-extensions"), QStringLiteral("cpp,h"),
                       source + QStringLiteral("/app"), source + QStringLiteral("/widgets"),
                       source + QStringLiteral("/models"), QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

        const QList<Entry> current = readTs(fresh);
        QVERIFY(current.size() > 100);
        QSet<QString> translated;
        for (const Entry &e : readTs(source + QStringLiteral("/translations/pegboard_de.ts"))) {
            if (e.finished)
                translated.insert(e.context + QLatin1Char('\x1f') + e.source);
        }
        QStringList missing;
        for (const Entry &e : current) {
            if (!translated.contains(e.context + QLatin1Char('\x1f') + e.source))
                missing << e.context + QStringLiteral(": ") + e.source;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 untranslated, e.g.\n  %2")
                                                   .arg(missing.size())
                                                   .arg(missing.mid(0, 15).join(QStringLiteral("\n  ")))));
    }

    void englishPluralsAreSpelledOut()
    {
        QSet<QString> done;
        for (const Entry &e :
             readTs(QStringLiteral(PEGBOARD_SOURCE_DIR) + QStringLiteral("/translations/pegboard_en.ts")))
            if (e.numerus && e.finished)
                done.insert(e.context + QLatin1Char('\x1f') + e.source);
        for (const Entry &e :
             readTs(QStringLiteral(PEGBOARD_SOURCE_DIR) + QStringLiteral("/translations/pegboard_de.ts")))
            if (e.numerus)
                QVERIFY2(done.contains(e.context + QLatin1Char('\x1f') + e.source), qPrintable(e.source));
    }

    void compiledCatalogueTranslates()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(PEGBOARD_QM_DIR) + QStringLiteral("/pegboard_de.qm")));
        QCOMPARE(translator.translate("pegboard::SettingsDialog", "Pegboard settings"),
                 QStringLiteral("Pegboard-Einstellungen"));
        // %n is substituted by QCoreApplication::translate, not by QTranslator itself.
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString two = QCoreApplication::translate("pegboard::FilterBar", "%n type(s)", nullptr, 2);
        QVERIFY2(two.contains(QLatin1String("2")), qPrintable(two));
        QVERIFY(
            two !=
            QCoreApplication::translate("pegboard::FilterBar", "%n type(s)", nullptr, 1).replace('1', '2'));
        // Stored levels are English in any case; shown, they are the reader's words.
        QCOMPARE(ContextSnapshot::levelName(QStringLiteral("HIGH")), QStringLiteral("hoch"));
        QCOMPARE(ContextSnapshot::levelName(QStringLiteral("elevated")), QStringLiteral("erhöht"));
        QCOMPARE(ContextSnapshot::levelName(QStringLiteral("unheard-of")), QStringLiteral("unheard-of"));
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(ContextSnapshot::levelName(QStringLiteral("critical")), QStringLiteral("critical"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
