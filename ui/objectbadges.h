#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QString>

class QStandardItemModel;

namespace slipway {

// A mark on an object of the Objects tree: what the migrations folder or a
// drift check says about it. Shown as an icon on the object, with the text in
// its tooltip and accessible description (never colour alone).
struct ObjectBadge {
    Q_DECLARE_TR_FUNCTIONS(ObjectBadge)

public:
    enum class Kind {
        Pending, // a pending migration works on it
        Changed, // a migration changed after it was applied works on it
        Drift,   // differs from what the migrations folder builds
    };
    Kind kind = Kind::Pending;
    QString text; // translated, one line: "Pending migration 3 add_orders"

    static QIcon icon(Kind kind);
    static QString kindText(Kind kind); // "pending migration", ...
};

// Badges by "schema.name", or by a bare name (then any schema's object of
// that name).
using ObjectBadges = QHash<QString, QList<ObjectBadge>>;

// Sets (and clears) the badges of a model built by ObjectBrowser: every item
// of column 0 with a qualified name (role qualifiedNameRole) gets its icon,
// tooltip, accessible description and badgeRole (the badge lines) from
// badges. Schema and group rows are left alone. Returns the marked objects.
int applyObjectBadges(QStandardItemModel *model, const ObjectBadges &badges, int qualifiedNameRole, int badgeRole);

} // namespace slipway
