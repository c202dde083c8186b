#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace slipway {

// Calls done(result) (done() for a QFuture<void>) on owner's thread once
// `future` finishes, unless owner is gone by then. Use it instead of
// QFuture::then(context, ...), which in Qt 6.4 asserts (and may touch a
// dead object) when the context is destroyed before the future finishes:
// a tab closed or a dialog cancelled while its database work still runs.
template<typename T, typename F>
void onFinished(QObject *owner, const QFuture<T> &future, F done)
{
    auto *watcher = new QFutureWatcher<T>(owner);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, owner, [watcher, done = std::move(done)]() mutable {
        watcher->deleteLater();
        if constexpr (std::is_void_v<T>) {
            done();
        } else {
            if (watcher->future().resultCount() > 0)
                done(watcher->result());
        }
    });
    watcher->setFuture(future);
}

} // namespace slipway
