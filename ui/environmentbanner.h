#pragma once

#include "db/connectionprofile.h"

#include <QFrame>

class QLabel;

namespace slipway {

// The coloured strip at the top of the central area that says which database
// the window talks to. Colour comes from EnvironmentStyle; the text repeats the
// environment and the read-only state so colour is never the only signal.
class EnvironmentBanner : public QFrame {
    Q_OBJECT

public:
    explicit EnvironmentBanner(QWidget *parent = nullptr);

    // "PRODUCTION — read-only — postgres@db1:5432/shop"
    static QString bannerText(Environment environment, bool readOnly, const QString &target);

    // Shows the banner for a connection; note is a short state ("connecting…").
    void showConnection(Environment environment, bool readOnly, const QString &target,
                        const QString &profileName, const QString &note = {});
    void clearConnection(); // hides the banner

    QString text() const;
    QString note() const;
    Environment environment() const { return m_environment; }

private:
    QLabel *m_text = nullptr;
    QLabel *m_note = nullptr;
    Environment m_environment = Environment::Development;
};

} // namespace slipway
