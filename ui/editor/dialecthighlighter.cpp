#include "dialecthighlighter.h"

#include <QSyntaxHighlighter>
#include <QTextDocument>

#ifdef SLIPWAY_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace slipway {

bool dialectHighlightingAvailable()
{
#ifdef SLIPWAY_HAVE_KSYNTAXHIGHLIGHTING
    return true;
#else
    return false;
#endif
}

QSyntaxHighlighter *createDialectHighlighter(QTextDocument *document, const QString &definitionName, bool dark)
{
#ifdef SLIPWAY_HAVE_KSYNTAXHIGHLIGHTING
    static KSyntaxHighlighting::Repository repository;
    const KSyntaxHighlighting::Definition definition = repository.definitionForName(definitionName);
    if (!definition.isValid())
        return nullptr;
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
    highlighter->setTheme(repository.defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                       : KSyntaxHighlighting::Repository::LightTheme));
    highlighter->setDefinition(definition);
    return highlighter;
#else
    Q_UNUSED(document)
    Q_UNUSED(definitionName)
    Q_UNUSED(dark)
    return nullptr;
#endif
}

} // namespace slipway
