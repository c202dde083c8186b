#include "sessionreaper.h"

#include "db/session.h"

namespace slipway {

void retireSession(Session *session)
{
    if (!session)
        return;
    QObject::disconnect(session, nullptr, nullptr, nullptr);
    session->setParent(nullptr);
    session->cancel();
    session->close().then(session, [session] { session->deleteLater(); });
}

} // namespace slipway
