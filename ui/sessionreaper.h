#pragma once

namespace slipway {

class Session;

// Lets go of a session without blocking the GUI thread: cancels what it runs,
// queues a close behind pending work (a connect to an unreachable host may take
// until connect_timeout) and deletes it once that close has finished. The
// session must live on the calling (GUI) thread; its parent is cleared.
void retireSession(Session *session);

} // namespace slipway
