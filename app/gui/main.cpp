#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("slipway"));
    QApplication::setApplicationVersion(QStringLiteral(SLIPWAY_VERSION));
    return 0;
}
