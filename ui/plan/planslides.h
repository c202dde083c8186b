#pragma once

#include "plan/migrationplan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace slipway {

// One screen of presentation mode, as words (no layout): a heading, an
// optional risk, and captioned sections.
struct Slide {
    enum class Kind { Title, Step, Closing };
    struct Section {
        QString caption; // "What changes"
        QString text;
        bool code = false; // SQL: shown in a fixed-pitch font
    };

    Kind kind = Kind::Step;
    int step = -1;       // index into the plan's steps for Kind::Step
    QString heading;
    QString subheading;
    bool hasRisk = false;
    plan::RiskClass risk = plan::RiskClass::Low;
    QList<Section> sections;

    QString plainText() const; // heading, subheading and sections, for screen readers and tests
};

// The slides of a plan for stakeholders: a title slide (overall risk,
// downtime, lock time, approvals), one slide per step (what changes, why it is
// safe or else the safer way and the risk, what it locks and for how long,
// what users notice, how we roll back and what that loses) and a closing slide (backups, watching, verification).
class PlanSlides {
    Q_DECLARE_TR_FUNCTIONS(PlanSlides)

public:
    static QList<Slide> build(const plan::MigrationPlan &plan);
    static Slide titleSlide(const plan::MigrationPlan &plan);
    static Slide stepSlide(const plan::MigrationPlan &plan, const plan::PlanStep &step);
    static Slide closingSlide(const plan::MigrationPlan &plan);
};

} // namespace slipway
