#include "historymodel.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QStyle>

#include <algorithm>

namespace slipway {

using migrations::MigrationStatus;
using State = MigrationStatus::State;

namespace {

bool isApplied(const MigrationStatus &s)
{
    return s.state != State::Pending && s.state != State::OutOfOrder;
}

QColor stateColor(State state)
{
    switch (state) {
    case State::Applied: return QColor(0x2e, 0x7d, 0x32);
    case State::Pending: return QColor(0x15, 0x65, 0xc0);
    case State::Missing: return QColor(0x6d, 0x4c, 0x41);
    case State::Changed: return QColor(0xe6, 0x51, 0x00);
    case State::Failed: return QColor(0xc6, 0x28, 0x28);
    case State::Dirty: return QColor(0xc6, 0x28, 0x28);
    case State::OutOfOrder: return QColor(0xe6, 0x51, 0x00);
    }
    return {};
}

QStyle::StandardPixmap stateIcon(State state)
{
    switch (state) {
    case State::Applied: return QStyle::SP_DialogApplyButton;
    case State::Pending: return QStyle::SP_MediaPause;
    case State::Missing: return QStyle::SP_MessageBoxQuestion;
    case State::Changed: return QStyle::SP_MessageBoxWarning;
    case State::Failed: return QStyle::SP_MessageBoxCritical;
    case State::Dirty: return QStyle::SP_MessageBoxCritical;
    case State::OutOfOrder: return QStyle::SP_MessageBoxWarning;
    }
    return QStyle::SP_CustomBase;
}

// Short words for the summary line.
QString summaryWord(State state)
{
    switch (state) {
    case State::Applied: return HistoryModel::tr("%1 applied");
    case State::Pending: return HistoryModel::tr("%1 pending");
    case State::Missing: return HistoryModel::tr("%1 missing");
    case State::Changed: return HistoryModel::tr("%1 changed");
    case State::Failed: return HistoryModel::tr("%1 failed");
    case State::Dirty: return HistoryModel::tr("%1 dirty");
    case State::OutOfOrder: return HistoryModel::tr("%1 out of order");
    }
    return {};
}

} // namespace

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HistoryModel::setStatuses(const QList<MigrationStatus> &statuses)
{
    beginResetModel();
    m_rows = statuses;
    // Applied (and history-only) rows first, in the order they ran; pending after.
    std::stable_partition(m_rows.begin(), m_rows.end(), isApplied);
    const auto firstPending = std::find_if_not(m_rows.begin(), m_rows.end(), isApplied);
    std::stable_sort(m_rows.begin(), firstPending, [](const MigrationStatus &a, const MigrationStatus &b) {
        const QDateTime ta = a.hasApplied ? a.applied.appliedAt : QDateTime();
        const QDateTime tb = b.hasApplied ? b.applied.appliedAt : QDateTime();
        if (ta.isValid() && tb.isValid())
            return ta < tb;
        return false;
    });
    endResetModel();
}

int HistoryModel::count(State state) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [state](const MigrationStatus &s) { return s.state == state; }));
}

QString HistoryModel::summary() const
{
    if (m_rows.isEmpty())
        return {};
    QStringList parts;
    for (State state : {State::Applied, State::Pending, State::Changed, State::Missing, State::Failed, State::Dirty,
                        State::OutOfOrder}) {
        const int n = count(state);
        if (n > 0 || state == State::Applied || state == State::Pending)
            parts << summaryWord(state).arg(n);
    }
    return parts.join(tr(", "));
}

QString HistoryModel::checksumText(const MigrationStatus &s)
{
    if (!s.hasApplied)
        return s.hasMigration ? tr("not applied") : QString();
    if (!s.hasMigration)
        return tr("no file");
    if (s.state == State::Changed)
        return tr("differs (recorded %1, file %2)").arg(s.applied.checksum, s.migration.checksum);
    if (s.applied.checksum.isEmpty())
        return tr("not recorded");
    return tr("matches");
}

QString HistoryModel::durationText(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const MigrationStatus &s = m_rows.at(index.row());
    switch (role) {
    case StateRole: return int(s.state);
    case StateNameRole: return MigrationStatus::stateName(s.state);
    case PathRole: return s.hasMigration ? s.migration.upPath : QString();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case VersionColumn: return s.version;
        case NameColumn: return s.name;
        case StatusColumn: return s.stateText();
        case AppliedAtColumn:
            return s.hasApplied && s.applied.appliedAt.isValid()
                       ? s.applied.appliedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QString();
        case AppliedByColumn: return s.hasApplied ? s.applied.appliedBy : QString();
        case DurationColumn: return s.hasApplied ? durationText(s.applied.executionMs) : QString();
        case ChecksumColumn: return checksumText(s);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return QApplication::style()->standardIcon(stateIcon(s.state));
        break;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn
            || (index.column() == ChecksumColumn && s.state == State::Changed))
            return QBrush(stateColor(s.state));
        if (!s.hasApplied)
            return QBrush(QApplication::palette().color(QPalette::Disabled, QPalette::Text));
        break;
    case Qt::FontRole:
        if (index.column() == StatusColumn && s.state != State::Applied && s.state != State::Pending) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case VersionColumn: return tr("Version");
    case NameColumn: return tr("Name");
    case StatusColumn: return tr("Status");
    case AppliedAtColumn: return tr("Applied at");
    case AppliedByColumn: return tr("By");
    case DurationColumn: return tr("Duration");
    case ChecksumColumn: return tr("Checksum");
    }
    return {};
}

} // namespace slipway
