#pragma once

#include <QStringList>

namespace slipway::cli {

// `slipway-cli lint [options] <file|dir|glob>...`; arguments[0] is "lint".
// Exit code 1 when a finding is at or above --fail-on (syntax errors and
// unreadable files always count), 2 for a wrong command line.
int runLintCommand(const QStringList &arguments);

} // namespace slipway::cli
