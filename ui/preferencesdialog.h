#pragma once

#include "settings/preferences.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFontComboBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace slipway {

// Edit > Preferences: the defaults for execution (lock_timeout,
// statement_timeout, retries), backfills (batch target, pause), the monitor
// (sampling interval, throttle and abort thresholds), the editor (font,
// theme) and the language. OK is refused while the values contradict each
// other, with the reason shown.
class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(const Preferences &preferences, QWidget *parent = nullptr);

    Preferences preferences() const;
    void setPreferences(const Preferences &preferences);
    QString problem() const; // why OK is disabled, or empty

private:
    QWidget *executionPage();
    QWidget *backfillPage();
    QWidget *monitorPage();
    QWidget *appearancePage();
    void addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &tip);
    void revalidate();

    QSpinBox *m_lockTimeout = nullptr;
    QSpinBox *m_statementTimeout = nullptr;
    QSpinBox *m_retries = nullptr;
    QSpinBox *m_batchTarget = nullptr;
    QSpinBox *m_batchPause = nullptr;
    QSpinBox *m_sampling = nullptr;
    QDoubleSpinBox *m_lagThrottle = nullptr;
    QDoubleSpinBox *m_lagAbort = nullptr;
    QDoubleSpinBox *m_lockWaitThrottle = nullptr;
    QDoubleSpinBox *m_lockWaitAbort = nullptr;
    QDoubleSpinBox *m_errorThrottle = nullptr;
    QDoubleSpinBox *m_errorAbort = nullptr;
    QSpinBox *m_errorVolume = nullptr;
    QComboBox *m_fontChoice = nullptr; // system font or a chosen one
    QFontComboBox *m_font = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_problemIcon = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    AbortThresholds m_resumeSettings; // not edited here; kept as loaded
};

} // namespace slipway
