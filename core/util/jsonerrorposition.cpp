#include "jsonerrorposition.h"

namespace slipway {

JsonErrorPosition JsonErrorPosition::at(const QByteArray &data, int offset)
{
    JsonErrorPosition position;
    for (int i = 0; i < offset && i < data.size(); ++i) {
        if (data.at(i) == '\n') {
            ++position.line;
            position.column = 1;
        } else if ((data.at(i) & 0xC0) != 0x80) { // a UTF-8 continuation byte is not a column of its own
            ++position.column;
        }
    }
    return position;
}

} // namespace slipway
