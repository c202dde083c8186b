#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace slipway {

// Expands command-line path arguments the way CI configs write them, also when
// the shell did not: a file stays itself; a directory means every *.sql file
// under it; a pattern with *, ?, [...] or ** (any depth) is matched against the
// files under its fixed leading directories. Results are sorted per argument
// and each file appears once.
class FileGlob {
    Q_DECLARE_TR_FUNCTIONS(FileGlob)

public:
    struct Result {
        QStringList files;     // paths as the user would write them (relative stays relative)
        QStringList unmatched; // arguments that named nothing
    };

    static Result expand(const QStringList &arguments);
    static bool isPattern(const QString &argument);
    // The regular expression for a glob pattern ('/' separated).
    static QString toRegularExpression(const QString &pattern);
};

} // namespace slipway
