#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace slipway::migrations {

// Checksums the way migration tools compute them.
class Checksum {
public:
    // Flyway's: CRC32 fed with each line's UTF-8 bytes without its terminator
    // (\n, \r or \r\n, as Java's BufferedReader.readLine splits), a leading
    // BOM dropped, the result as a signed 32-bit int.
    static qint32 flyway(const QByteArray &content);
    static quint32 crc32(const QByteArray &data, quint32 crc = 0);
    static QString sha256Hex(const QByteArray &content);
    static QString sha1Hex(const QByteArray &content);
    // Every checksum string Prisma accepts for this script (prisma-engines
    // script_matches_checksum): SHA-256 of the script as is, with CRLF turned
    // into LF and with LF turned into CRLF, each also in the old format whose
    // bytes were not zero-padded.
    static QStringList prismaAccepted(const QByteArray &content);
};

} // namespace slipway::migrations
