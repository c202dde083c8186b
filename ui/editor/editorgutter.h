#pragma once

#include <QWidget>

namespace slipway {

class SqlEditor;

// The strip left of the SQL editor's text: lock marker, line number, finding
// icon. It paints and hit-tests through the editor, which knows the marks.
class EditorGutter : public QWidget {
    Q_OBJECT

public:
    explicit EditorGutter(SqlEditor *editor);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    SqlEditor *m_editor = nullptr;
};

} // namespace slipway
