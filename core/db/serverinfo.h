#pragma once

#include <QString>

namespace slipway {

// Who and where a session is, read once on connect.
struct ServerInfo {
    QString version;        // "15.18"
    QString versionString;  // version() in full
    int versionNumber = 0;  // server_version_num, e.g. 150018
    QString database;
    QString user;
    QString host;           // as connected ("127.0.0.1", a socket directory, ...)
    int port = 0;
    int backendPid = 0;
    bool superuser = false;
    bool inRecovery = false; // a standby
    bool readOnly = false;   // default_transaction_read_only is on
};

} // namespace slipway
