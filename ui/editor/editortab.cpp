#include "editortab.h"

#include "findreplacebar.h"
#include "sqleditor.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>
#include <QVBoxLayout>

namespace slipway {

EditorTab::EditorTab(QWidget *parent)
    : QWidget(parent)
    , m_editor(new SqlEditor(this))
    , m_findBar(new FindReplaceBar(m_editor, this))
{
    setObjectName(QStringLiteral("editorTab"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_findBar);
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, &EditorTab::titleChanged);
}

QString EditorTab::displayName() const
{
    return m_path.isEmpty() ? m_untitled : QFileInfo(m_path).fileName();
}

bool EditorTab::isModified() const
{
    return m_editor->document()->isModified();
}

bool EditorTab::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        if (error)
            *error = tr("%1 is not UTF-8 text.").arg(QFileInfo(path).fileName());
        return false;
    }
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    m_editor->setPlainText(text);
    m_editor->document()->setModified(false);
    m_path = QFileInfo(path).absoluteFilePath();
    m_editor->lintNow();
    emit titleChanged();
    return true;
}

bool EditorTab::saveTo(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(m_editor->toPlainText().toUtf8());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    m_path = QFileInfo(path).absoluteFilePath();
    m_editor->document()->setModified(false);
    emit titleChanged();
    return true;
}

} // namespace slipway
