#pragma once

#include <QByteArray>
#include <QString>

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
};

} // namespace slipway::migrations
