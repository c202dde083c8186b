#include "checksum.h"

#include <QCryptographicHash>

#include <array>

namespace slipway::migrations {

namespace {

constexpr std::array<quint32, 256> makeTable()
{
    std::array<quint32, 256> table{};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    return table;
}

constexpr std::array<quint32, 256> kTable = makeTable();

} // namespace

quint32 Checksum::crc32(const QByteArray &data, quint32 crc)
{
    crc = ~crc;
    for (const char ch : data) crc = kTable[(crc ^ static_cast<quint8>(ch)) & 0xFFu] ^ (crc >> 8);
    return ~crc;
}

qint32 Checksum::flyway(const QByteArray &content)
{
    QByteArray text = content;
    if (text.startsWith("\xEF\xBB\xBF")) text.remove(0, 3);
    quint32 crc = 0;
    qsizetype start = 0;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const char ch = text.at(i);
        if (ch == '\n' || ch == '\r') {
            crc = crc32(text.mid(start, i - start), crc);
            if (ch == '\r' && i + 1 < n && text.at(i + 1) == '\n') ++i;
            start = i + 1;
        }
        ++i;
    }
    if (start < n) crc = crc32(text.mid(start), crc);
    return static_cast<qint32>(crc);
}

QString Checksum::sha256Hex(const QByteArray &content)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

QString Checksum::sha1Hex(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha1).toHex());
}

QStringList Checksum::prismaAccepted(const QByteArray &content)
{
    QByteArray lf = content;
    lf.replace("\r\n", "\n");
    QByteArray crlf = content;
    crlf.replace("\n", "\r\n");
    QStringList out;
    for (const QByteArray &script : {content, lf, crlf}) {
        const QByteArray digest = QCryptographicHash::hash(script, QCryptographicHash::Sha256);
        QString old;
        for (const char byte : digest) old += QString::number(static_cast<quint8>(byte), 16);
        for (const QString &s : {QString::fromLatin1(digest.toHex()), old})
            if (!out.contains(s)) out.append(s);
    }
    return out;
}

} // namespace slipway::migrations
