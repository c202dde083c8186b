#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace slipway {

// Calls done(result) on owner's thread once `future` finishes, unless owner
// is gone by then. (QFuture::then(context, ...) in Qt 6.4 asserts when the
// context dies first, which a cancelled comparison makes likely.)
template<typename T, typename F>
void onFinished(QObject *owner, const QFuture<T> &future, F done)
{
    auto *watcher = new QFutureWatcher<T>(owner);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, owner, [watcher, done = std::move(done)]() mutable {
        watcher->deleteLater();
        if (watcher->future().resultCount() > 0) done(watcher->result());
    });
    watcher->setFuture(future);
}

} // namespace slipway
