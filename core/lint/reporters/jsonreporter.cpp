#include "jsonreporter.h"

namespace slipway {

namespace {

const char *levelName(Severity severity)
{
    switch (severity) {
    case Severity::Error: return "Error";
    case Severity::Warning: return "Warning";
    case Severity::Hint: return "Hint";
    }
    return "";
}

char hexDigit(uint value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

void escapeUnit(QByteArray &out, char16_t unit)
{
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4)
        out += hexDigit((unit >> shift) & 0xf);
}

// A JSON string exactly as QJsonDocument writes it: UTF-8, with \" \\ \b \f
// \n \r \t, other control characters and unpaired surrogates as \u00XX / \uXXXX.
void appendString(QByteArray &out, QStringView text)
{
    out += '"';
    const char16_t *s = text.utf16();
    const char16_t *const end = s + text.size();
    while (s != end) {
        // Most text is plain ASCII: copy such a run in one go.
        const char16_t *run = s;
        while (run != end && *run >= 0x20 && *run < 0x80 && *run != u'"' && *run != u'\\')
            ++run;
        if (run != s) {
            const qsizetype at = out.size();
            out.resize(at + (run - s));
            char *to = out.data() + at;
            while (s != run)
                *to++ = char(*s++);
            if (s == end)
                break;
        }
        const char16_t u = *s++;
        if (u < 0x80) {
            switch (u) {
            case u'"': out += "\\\""; break;
            case u'\\': out += "\\\\"; break;
            case u'\b': out += "\\b"; break;
            case u'\f': out += "\\f"; break;
            case u'\n': out += "\\n"; break;
            case u'\r': out += "\\r"; break;
            case u'\t': out += "\\t"; break;
            default:
                if (u < 0x20)
                    escapeUnit(out, u);
                else
                    out += char(u);
            }
        } else if (QChar::isHighSurrogate(u) && s != end && QChar::isLowSurrogate(*s)) {
            const char32_t c = QChar::surrogateToUcs4(u, *s++);
            out += char(0xf0 | (c >> 18));
            out += char(0x80 | ((c >> 12) & 0x3f));
            out += char(0x80 | ((c >> 6) & 0x3f));
            out += char(0x80 | (c & 0x3f));
        } else if (QChar::isSurrogate(u)) {
            escapeUnit(out, u);
        } else if (u < 0x800) {
            out += char(0xc0 | (u >> 6));
            out += char(0x80 | (u & 0x3f));
        } else {
            out += char(0xe0 | (u >> 12));
            out += char(0x80 | ((u >> 6) & 0x3f));
            out += char(0x80 | (u & 0x3f));
        }
    }
    out += '"';
}

} // namespace

QString jsonReport(const QList<FileReport> &files)
{
    return QString::fromUtf8(jsonReportUtf8(files));
}

QByteArray jsonReportUtf8(const QList<FileReport> &files)
{
    // Written directly (the keys in QJsonDocument's sorted order, compact): a
    // QJsonArray of thousands of objects costs more than linting them.
    QByteArray out = "[";
    qsizetype findings = 0;
    for (const FileReport &file : files)
        findings += file.findings.size();
    out.reserve(findings * 320 + 4);
    bool first = true;
    for (const FileReport &file : files) {
        for (const Finding &f : file.findings) {
            const ReportSpan span = reportSpan(f);
            out += first ? "{" : ",{";
            first = false;
            out += "\"column\":" + QByteArray::number(span.startColumn - 1);
            out += ",\"column_end\":" + QByteArray::number(span.endColumn - 1);
            out += ",\"file\":";
            appendString(out, file.path);
            out += ",\"help\":";
            if (f.help.isEmpty())
                out += "null";
            else
                appendString(out, f.help);
            out += ",\"level\":\"";
            out += levelName(f.severity);
            out += '"';
            out += ",\"line\":" + QByteArray::number(span.startLine - 1);
            out += ",\"line_end\":" + QByteArray::number(span.endLine - 1);
            out += ",\"message\":";
            appendString(out, f.message);
            out += ",\"rule_name\":";
            appendString(out, f.rule);
            out += '}';
        }
    }
    out += "]\n";
    return out;
}

} // namespace slipway
