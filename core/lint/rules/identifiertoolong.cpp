#include "lint/lintrule.h"
#include "lint/statementcontext.h"
#include "rulesupport.h"

#include <QCoreApplication>

namespace slipway {

using namespace rulesupport;

namespace {

// squawk's identifier-too-long: PostgreSQL silently truncates names to 63 bytes.
class IdentifierTooLong : public LintRule {
    Q_DECLARE_TR_FUNCTIONS(IdentifierTooLong)

public:
    QString id() const override { return QStringLiteral("identifier-too-long"); }
    QString summary() const override { return tr("Identifiers longer than 63 bytes are silently truncated"); }

    void check(const StatementContext &ctx, QList<Finding> &out) const override
    {
        for (const SqlToken &token : tokens(ctx)) {
            if (token.kind != SqlToken::Kind::Identifier)
                continue;
            QString name = tokenText(ctx, token);
            if (name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')) && name.size() >= 2)
                name = name.mid(1, name.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
            const int bytes = int(name.toUtf8().size());
            if (bytes <= 63)
                continue;
            out << make(ctx, ctx.tokenRange(token),
                        tr("Identifier %1 is %2 bytes; PostgreSQL keeps only the first 63.").arg(name.left(20) + QStringLiteral("…")).arg(bytes),
                        tr("The name is truncated without an error, so the object gets a different name than the "
                           "migration says, and two long names can collide."),
                        tr("Use a name of at most 63 bytes."));
        }
    }
};

} // namespace

std::unique_ptr<LintRule> makeIdentifierTooLong()
{
    return std::make_unique<IdentifierTooLong>();
}

} // namespace slipway
