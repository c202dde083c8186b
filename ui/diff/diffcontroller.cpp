#include "diffcontroller.h"

#include "futurecallback.h"

#include <QtConcurrent/QtConcurrent>

namespace slipway {

DiffController::DiffController(CredentialStore *credentials, QObject *parent) : QObject(parent)
{
    for (int i = 0; i < 2; ++i) {
        const bool sourceSide = i == 0;
        m_loader[i] = new DiffSideLoader(credentials, this);
        connect(m_loader[i], &DiffSideLoader::loaded, this,
                [this, sourceSide](const catalog::SchemaModel &model) { sideLoaded(sourceSide, model); });
        connect(m_loader[i], &DiffSideLoader::failed, this,
                [this, sourceSide](const DbError &error) { sideFailed(sourceSide, error); });
    }
}

void DiffController::setPasswordPrompt(const ActiveConnection::PasswordPrompt &prompt)
{
    for (DiffSideLoader *loader : m_loader) loader->setPasswordPrompt(prompt);
}

void DiffController::start(const DiffSide &source, const ConnectionProfile &sourceProfile,
                           const DiffSide &target, const ConnectionProfile &targetProfile,
                           const diff::DiffOptions &options)
{
    cancel();
    m_running = true;
    m_options = options;
    catalog::IntrospectOptions introspect;
    introspect.includeSchemas = options.includeSchemas;
    introspect.excludeSchemas = options.excludeSchemas;
    introspect.exactSizes = false; // the diff never compares sizes
    m_loader[0]->load(source, sourceProfile, introspect);
    m_loader[1]->load(target, targetProfile, introspect);
}

void DiffController::cancel()
{
    ++m_generation;
    for (DiffSideLoader *loader : m_loader) loader->cancel();
    m_model[0].reset();
    m_model[1].reset();
    m_running = false;
    m_comparing = false;
}

int DiffController::percent() const
{
    if (m_comparing) return 95;
    const int source = m_model[0] ? 100 : m_loader[0]->percent();
    const int target = m_model[1] ? 100 : m_loader[1]->percent();
    return (source + target) * 9 / 20; // reads: 0..90, the diff: the rest
}

QString DiffController::step() const
{
    if (m_comparing) return tr("Comparing and planning");
    QStringList steps;
    if (m_loader[0]->isRunning()) steps.append(tr("Source: %1").arg(m_loader[0]->step()));
    if (m_loader[1]->isRunning()) steps.append(tr("Target: %1").arg(m_loader[1]->step()));
    return steps.join(QLatin1String(" · "));
}

void DiffController::sideLoaded(bool sourceSide, const catalog::SchemaModel &model)
{
    m_model[sourceSide ? 0 : 1] = model;
    if (m_model[0] && m_model[1]) compare();
}

void DiffController::sideFailed(bool sourceSide, const DbError &error)
{
    cancel();
    emit failed(sourceSide, error);
}

void DiffController::compare()
{
    m_comparing = true;
    const quint64 generation = m_generation;
    const auto future = QtConcurrent::run([source = std::move(*m_model[0]), target = std::move(*m_model[1]),
                                           options = m_options]() mutable {
        return std::make_shared<const DiffResult>(
            DiffResult::build(std::move(source), std::move(target), options));
    });
    onFinished(this, future, [this, generation](std::shared_ptr<const DiffResult> result) {
        if (generation != m_generation) return;
        m_running = false;
        m_comparing = false;
        m_model[0].reset();
        m_model[1].reset();
        emit finished(std::move(result));
    });
}

} // namespace slipway
