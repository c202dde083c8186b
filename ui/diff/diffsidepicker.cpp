#include "diffsidepicker.h"

#include "profilemanager.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>

namespace slipway {

DiffSidePicker::DiffSidePicker(const QString &title, ProfileManager *profiles, QWidget *parent)
    : QGroupBox(title, parent), m_profiles(profiles)
{
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Database"));
    m_kind->addItem(tr("Snapshot file"));
    m_kind->setAccessibleName(tr("%1 kind").arg(title));

    m_profile = new QComboBox(this);
    m_profile->setAccessibleName(tr("%1 connection").arg(title));
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profile->setMinimumContentsLength(24);
    m_path = new QLineEdit(this);
    m_path->setAccessibleName(tr("%1 snapshot file").arg(title));
    m_path->setPlaceholderText(tr("schema snapshot (.json)"));
    m_browse = new QPushButton(tr("Browse…"), this);
    m_browse->setAccessibleName(tr("Choose the %1 snapshot file").arg(title));

    auto *filePage = new QWidget(this);
    auto *fileRow = new QHBoxLayout(filePage);
    fileRow->setContentsMargins(0, 0, 0, 0);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_profile);
    m_stack->addWidget(filePage);
    m_stack->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    auto *row = new QHBoxLayout(this);
    row->addWidget(m_kind);
    row->addWidget(m_stack, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_stack->setCurrentIndex(index);
        emit changed();
    });
    connect(m_profile, &QComboBox::currentIndexChanged, this, &DiffSidePicker::changed);
    connect(m_path, &QLineEdit::textChanged, this, &DiffSidePicker::changed);
    connect(m_browse, &QPushButton::clicked, this, &DiffSidePicker::browse);
    if (m_profiles) connect(m_profiles, &ProfileManager::changed, this, &DiffSidePicker::reloadProfiles);
    reloadProfiles();
}

void DiffSidePicker::reloadProfiles()
{
    const QString current = m_profile->currentData().toString();
    const QSignalBlocker block(m_profile);
    m_profile->clear();
    if (m_profiles) {
        for (const ConnectionProfile &p : m_profiles->all())
            m_profile->addItem(tr("%1 (%2)").arg(p.name, p.displayTarget()), p.id);
    }
    const int at = m_profile->findData(current);
    m_profile->setCurrentIndex(at >= 0 ? at : (m_profile->count() ? 0 : -1));
    if (m_profile->currentData().toString() != current) emit changed();
}

void DiffSidePicker::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Schema Snapshot"), m_path->text(),
                                                      tr("Schema snapshots (*.json);;All files (*)"));
    if (!path.isEmpty()) m_path->setText(path);
}

DiffSide DiffSidePicker::side() const
{
    DiffSide side;
    side.kind = m_kind->currentIndex() == 1 ? DiffSide::Kind::Snapshot : DiffSide::Kind::Connection;
    side.profileId = m_profile->currentData().toString();
    side.path = m_path->text().trimmed();
    return side;
}

bool DiffSidePicker::isComplete() const
{
    const DiffSide s = side();
    return s.kind == DiffSide::Kind::Snapshot ? !s.path.isEmpty() : !s.profileId.isEmpty();
}

QString DiffSidePicker::describe() const
{
    const DiffSide s = side();
    return s.kind == DiffSide::Kind::Snapshot ? s.path : m_profile->currentText();
}

void DiffSidePicker::setConnection(const QString &profileId)
{
    reloadProfiles();
    m_kind->setCurrentIndex(0);
    m_profile->setCurrentIndex(m_profile->findData(profileId));
}

void DiffSidePicker::setSnapshotFile(const QString &path)
{
    m_kind->setCurrentIndex(1);
    m_path->setText(path);
}

} // namespace slipway
