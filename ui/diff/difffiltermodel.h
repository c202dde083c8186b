#pragma once

#include <QSortFilterProxyModel>

namespace slipway {

// Narrows the diff tree to a state and a text; kind rows stay while any of
// their objects does.
class DiffFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    enum class Show { All, AllDifferences, Different, OnlyInSource, OnlyInTarget };

    explicit DiffFilterModel(QObject *parent = nullptr);

    void setShow(Show show);
    Show show() const { return m_show; }
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Show m_show = Show::All;
    QString m_text;
};

} // namespace slipway
