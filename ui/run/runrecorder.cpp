#include "runrecorder.h"

#include "db/localstore.h"

namespace slipway {

qint64 RunRecorder::begin(const QString &title, const QString &target)
{
    m_runId = m_store && m_store->isOpen() ? m_store->beginRun(title, target) : 0;
    return m_runId;
}

void RunRecorder::line(const QString &level, const QString &message)
{
    if (m_runId > 0)
        m_store->appendRunLog(m_runId, level, message);
}

void RunRecorder::finish(const QString &status)
{
    if (m_runId > 0)
        m_store->finishRun(m_runId, status);
    m_runId = 0;
}

QString RunRecorder::reference() const
{
    return m_runId > 0 ? QStringLiteral("slipway-local-run:%1").arg(m_runId) : QString();
}

} // namespace slipway
