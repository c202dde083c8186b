#include "yamljson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <yaml.h>

namespace slipway {

namespace {

constexpr int kMaxDepth = 64; // aliases can nest a document deeper than it looks

struct Failure {
    YamlJson::Error error;
};

[[noreturn]] void fail(const yaml_mark_t &mark, const QString &message)
{
    throw Failure{{int(mark.line) + 1, int(mark.column) + 1, message}};
}

QString scalarText(const yaml_node_t *node)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(node->data.scalar.value),
                             qsizetype(node->data.scalar.length));
}

QJsonValue plainScalar(const QString &text)
{
    static const QRegularExpression number(QStringLiteral(R"(^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$)"));
    if (text.isEmpty() || text == QLatin1String("~") || text.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0)
        return QJsonValue::Null;
    if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return true;
    if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        return false;
    if (number.match(text).hasMatch())
        return text.toDouble();
    return text;
}

class Converter {
public:
    explicit Converter(yaml_document_t *document)
        : m_document(document)
    {
    }

    QJsonValue value(const yaml_node_t *node, int depth) const
    {
        if (depth > kMaxDepth)
            fail(node->start_mark, YamlJson::tr("nested deeper than %1 levels").arg(kMaxDepth));
        switch (node->type) {
        case YAML_SCALAR_NODE:
            return node->data.scalar.style == YAML_PLAIN_SCALAR_STYLE ? plainScalar(scalarText(node))
                                                                      : QJsonValue(scalarText(node));
        case YAML_SEQUENCE_NODE: {
            QJsonArray array;
            for (const yaml_node_item_t *item = node->data.sequence.items.start; item < node->data.sequence.items.top;
                 ++item)
                array.append(value(at(*item), depth + 1));
            return array;
        }
        case YAML_MAPPING_NODE: {
            QJsonObject object;
            for (const yaml_node_pair_t *pair = node->data.mapping.pairs.start; pair < node->data.mapping.pairs.top;
                 ++pair) {
                const yaml_node_t *key = at(pair->key);
                if (key->type != YAML_SCALAR_NODE)
                    fail(key->start_mark, YamlJson::tr("a key must be a plain name, not a list or a mapping"));
                const QString name = scalarText(key);
                if (object.contains(name))
                    fail(key->start_mark, YamlJson::tr("\"%1\" is given twice").arg(name));
                object.insert(name, value(at(pair->value), depth + 1));
            }
            return object;
        }
        case YAML_NO_NODE: break;
        }
        return QJsonValue::Null;
    }

private:
    const yaml_node_t *at(int index) const { return yaml_document_get_node(m_document, index); }

    yaml_document_t *m_document;
};

struct Parser {
    yaml_parser_t parser;
    Parser() { yaml_parser_initialize(&parser); }
    ~Parser() { yaml_parser_delete(&parser); }
    Parser(const Parser &) = delete;
    Parser &operator=(const Parser &) = delete;

    [[noreturn]] void failParsing()
    {
        QString message = QString::fromUtf8(parser.problem ? parser.problem : "unreadable YAML");
        if (parser.context)
            message = QString::fromUtf8(parser.context) + QStringLiteral(": ") + message;
        fail(parser.problem_mark, message);
    }
};

struct Document {
    yaml_document_t document{}; // zeroed: deleting it is safe also when loading failed
    ~Document() { yaml_document_delete(&document); }
};

} // namespace

std::optional<QJsonValue> YamlJson::read(const QByteArray &text, Error *error)
{
    try {
        Parser p;
        yaml_parser_set_input_string(&p.parser, reinterpret_cast<const unsigned char *>(text.constData()),
                                     size_t(text.size()));
        Document first;
        if (!yaml_parser_load(&p.parser, &first.document))
            p.failParsing();
        const yaml_node_t *root = yaml_document_get_root_node(&first.document);
        if (!root)
            fail(first.document.start_mark, tr("the file is empty"));
        const QJsonValue out = Converter(&first.document).value(root, 0);
        Document second;
        if (!yaml_parser_load(&p.parser, &second.document))
            p.failParsing();
        if (yaml_document_get_root_node(&second.document))
            fail(second.document.start_mark, tr("only one document is read; this file has another"));
        return out;
    } catch (const Failure &failure) {
        if (error)
            *error = failure.error;
        return std::nullopt;
    }
}

} // namespace slipway
