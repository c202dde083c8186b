#include "monitorsample.h"

#include <algorithm>

namespace slipway {

double ReplicaLag::lagSeconds() const
{
    return std::max({0.0, replayLagSeconds, estimatedLagSeconds});
}

double Sample::longestLockWaitSeconds() const
{
    double longest = 0;
    for (const LockWait &wait : lockWaits)
        longest = std::max(longest, wait.waitSeconds);
    return longest;
}

double Sample::maxReplicationLagSeconds() const
{
    double lag = 0;
    for (const ReplicaLag &replica : replicas)
        lag = std::max(lag, replica.lagSeconds());
    // The standby's own replay delay overstates lag after the primary was idle
    // (it counts from the last replayed commit), so it only stands in when the
    // primary shows no replica.
    if (replicas.isEmpty() && replicaSide.available)
        lag = std::max(lag, replicaSide.replayDelaySeconds);
    return lag;
}

qint64 Sample::maxReplicationBytes() const
{
    qint64 bytes = 0;
    for (const ReplicaLag &replica : replicas)
        bytes = std::max(bytes, replica.replayBytesBehind);
    if (replicaSide.available)
        bytes = std::max(bytes, replicaSide.receiveReplayBytes);
    return bytes;
}

QList<int> Sample::blockingRoots() const
{
    QList<int> roots;
    for (const LockWait &wait : lockWaits) {
        for (int blocker : wait.blockedBy) {
            if (!lockWaitOf(blocker) && !roots.contains(blocker))
                roots << blocker;
        }
    }
    // A cycle (deadlock about to be detected) has no root: show its members.
    if (roots.isEmpty()) {
        for (const LockWait &wait : lockWaits) {
            if (!wait.blockedBy.isEmpty()) {
                roots << wait.pid;
                break;
            }
        }
    }
    return roots;
}

QList<int> Sample::blockedBy(int pid) const
{
    QList<int> waiters;
    for (const LockWait &wait : lockWaits) {
        if (wait.blockedBy.contains(pid))
            waiters << wait.pid;
    }
    return waiters;
}

const LockWait *Sample::lockWaitOf(int pid) const
{
    for (const LockWait &wait : lockWaits) {
        if (wait.pid == pid)
            return &wait;
    }
    return nullptr;
}

const BlockingSession *Sample::sessionOf(int pid) const
{
    for (const BlockingSession &session : blockingSessions) {
        if (session.pid == pid)
            return &session;
    }
    return nullptr;
}

} // namespace slipway
