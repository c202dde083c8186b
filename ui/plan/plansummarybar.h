#pragma once

#include "plan/migrationplan.h"

#include <QFrame>

class QLabel;

namespace slipway {

// The head of a plan as a DBA reads it first: overall risk (icon and word),
// expected lock time, downtime yes/no, required approvals, and whether the
// sizes behind the estimates came from the live database.
class PlanSummaryBar : public QFrame {
    Q_OBJECT

public:
    explicit PlanSummaryBar(QWidget *parent = nullptr);

    void setPlan(const plan::MigrationPlan &plan);
    // The facts as plain text, one per line (tests, accessibility).
    QString text() const;

private:
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_risk = nullptr;
    QLabel *m_facts = nullptr;
};

} // namespace slipway
