#include "freeport.h"

#include <QCoreApplication>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace slipway {

namespace {

struct FreePort {
    Q_DECLARE_TR_FUNCTIONS(FreePort)
};

// Binds a listening-style socket to host:port (0 = kernel's choice); returns the
// bound port or 0, with the system's reason in *error.
int bindPort(const QString &host, int port, QString *error)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port));
    if (inet_pton(AF_INET, host.toLatin1().constData(), &address.sin_addr) != 1) {
        if (error) *error = FreePort::tr("%1 is not an IPv4 address").arg(host);
        return 0;
    }
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        if (error) *error = QString::fromLocal8Bit(std::strerror(errno));
        return 0;
    }
    int result = 0;
    socklen_t length = sizeof address;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0) {
        result = ntohs(address.sin_port);
    } else if (error) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
    }
    ::close(fd);
    return result;
}

} // namespace

int freePort(const QString &host, QString *error)
{
    QString reason;
    const int port = bindPort(host, 0, &reason);
    if (!port && error) *error = FreePort::tr("No free TCP port on %1: %2").arg(host, reason);
    return port;
}

bool isPortFree(const QString &host, int port)
{
    return bindPort(host, port, nullptr) == port;
}

} // namespace slipway
