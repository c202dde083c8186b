#include "finding.h"

#include <algorithm>

namespace slipway {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Hint: return QStringLiteral("hint");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Error: return QStringLiteral("error");
    }
    return {};
}

std::optional<Severity> severityFromName(const QString &name)
{
    for (Severity s : {Severity::Hint, Severity::Warning, Severity::Error}) {
        if (severityName(s).compare(name, Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QString applyFix(const QString &text, const Fix &fix)
{
    QList<TextEdit> edits = fix.edits;
    std::sort(edits.begin(), edits.end(), [](const TextEdit &a, const TextEdit &b) { return a.start > b.start; });
    QString out = text;
    for (const TextEdit &edit : edits)
        out.replace(edit.start, edit.end - edit.start, edit.replacement);
    return out;
}

} // namespace slipway
