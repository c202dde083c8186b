#include "shutdownsignals.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace slipway {

namespace {

int g_pipe[2] = {-1, -1};
volatile sig_atomic_t g_received = 0;

void onShutdownSignal(int signal)
{
    if (g_received) {
        // Asked twice: stop waiting for a clean exit.
        std::signal(signal, SIG_DFL);
        std::raise(signal);
        return;
    }
    g_received = signal;
    const int savedErrno = errno;
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[1], &byte, 1);
    errno = savedErrno;
}

} // namespace

bool ShutdownSignals::install(QString *error)
{
    auto fail = [error](const char *what) {
        if (error)
            *error =
                QCoreApplication::translate("slipway::ShutdownSignals",
                                            "Cannot watch for SIGINT/SIGTERM (%1: %2)")
                    .arg(QString::fromLatin1(what), QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    };
    if (g_pipe[0] >= 0) return true;
    if (!QCoreApplication::instance()) return fail("no application");
    if (::pipe2(g_pipe, O_CLOEXEC | O_NONBLOCK) != 0) return fail("pipe2");

    auto *notifier =
        new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, notifier, [] {
        char buffer[16];
        while (::read(g_pipe[0], buffer, sizeof buffer) > 0) {
        }
        QCoreApplication::quit();
    });

    struct sigaction action {};
    action.sa_handler = onShutdownSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    if (::sigaction(SIGINT, &action, nullptr) != 0 || ::sigaction(SIGTERM, &action, nullptr) != 0)
        return fail("sigaction");
    return true;
}

int ShutdownSignals::received()
{
    return g_received;
}

} // namespace slipway
