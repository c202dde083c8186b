#include "fileglob.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace slipway {

bool FileGlob::isPattern(const QString &argument)
{
    return argument.contains(QLatin1Char('*')) || argument.contains(QLatin1Char('?'))
           || argument.contains(QLatin1Char('['));
}

QString FileGlob::toRegularExpression(const QString &pattern)
{
    QString rx = QStringLiteral("^");
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('*')) {
            if (i + 1 < pattern.size() && pattern.at(i + 1) == QLatin1Char('*')) {
                ++i;
                if (i + 1 < pattern.size() && pattern.at(i + 1) == QLatin1Char('/')) {
                    ++i;
                    rx += QStringLiteral("(?:.*/)?"); // "**/": any number of directories, also none
                } else {
                    rx += QStringLiteral(".*");
                }
            } else {
                rx += QStringLiteral("[^/]*");
            }
        } else if (c == QLatin1Char('?')) {
            rx += QStringLiteral("[^/]");
        } else if (c == QLatin1Char('[')) {
            const qsizetype close = pattern.indexOf(QLatin1Char(']'), i + 2);
            if (close < 0) {
                rx += QStringLiteral("\\[");
                continue;
            }
            QString set = pattern.mid(i + 1, close - i - 1);
            if (set.startsWith(QLatin1Char('!')))
                set[0] = QLatin1Char('^');
            set.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
            rx += QLatin1Char('[') + set + QLatin1Char(']');
            i = close;
        } else {
            rx += QRegularExpression::escape(QString(c));
        }
    }
    return rx + QLatin1Char('$');
}

FileGlob::Result FileGlob::expand(const QStringList &arguments)
{
    Result result;
    QSet<QString> seen;
    auto add = [&](const QString &path) {
        const QString key = QFileInfo(path).absoluteFilePath();
        if (!seen.contains(key)) {
            seen.insert(key);
            result.files << path;
        }
    };
    for (const QString &argument : arguments) {
        const QString arg = QDir::fromNativeSeparators(argument);
        QStringList found;
        if (!isPattern(arg)) {
            const QFileInfo info(arg);
            if (info.isDir()) {
                QDirIterator it(arg, {QStringLiteral("*.sql")}, QDir::Files, QDirIterator::Subdirectories);
                while (it.hasNext())
                    found << QDir::cleanPath(it.next());
            } else {
                found << arg; // a missing file is reported when it is read
            }
        } else {
            // The fixed leading directories, then the pattern relative to them.
            const QStringList parts = arg.split(QLatin1Char('/'));
            qsizetype fixed = 0;
            while (fixed < parts.size() - 1 && !isPattern(parts.at(fixed)))
                ++fixed;
            QString base = parts.mid(0, fixed).join(QLatin1Char('/'));
            if (base.isEmpty() && arg.startsWith(QLatin1Char('/')))
                base = QStringLiteral("/");
            const QRegularExpression rx(toRegularExpression(parts.mid(fixed).join(QLatin1Char('/'))));
            const QDir root(QFileInfo(base.isEmpty() ? QStringLiteral(".") : base).absoluteFilePath());
            QDirIterator it(root.absolutePath(), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QString relative = root.relativeFilePath(path);
                if (rx.match(relative).hasMatch())
                    found << (base.isEmpty() ? relative : QDir::cleanPath(base + QLatin1Char('/') + relative));
            }
            if (found.isEmpty())
                result.unmatched << argument;
        }
        if (!isPattern(arg) && found.isEmpty())
            result.unmatched << argument; // an empty directory
        std::sort(found.begin(), found.end());
        for (const QString &path : found)
            add(path);
    }
    return result;
}

} // namespace slipway
