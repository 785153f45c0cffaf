#include "httprequestreader.h"

#include <QCoreApplication>
#include <boost/asio/buffer.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>

namespace http = boost::beast::http;

namespace pegboard {

namespace {
QByteArray bytes(boost::beast::string_view s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}
} // namespace

struct HttpRequestReader::Parser
{
    http::request_parser<http::string_body> parser;
};

HttpRequestReader::HttpRequestReader(Limits limits)
    : m_limits(limits)
{
    reset();
}

HttpRequestReader::~HttpRequestReader() = default;

void HttpRequestReader::reset()
{
    m_parser = std::make_unique<Parser>();
    m_parser->parser.header_limit(std::uint32_t(std::min<std::size_t>(m_limits.maxHeaderBytes, UINT32_MAX)));
    m_parser->parser.body_limit(m_limits.maxBodyBytes);
    m_parser->parser.eager(true);
    m_state = State::Head;
    m_keepAlive = true;
}

void HttpRequestReader::refuse(int status, QString reason)
{
    m_state = State::Refused;
    m_refusalStatus = status;
    m_refusalReason = std::move(reason);
    m_keepAlive = false;
}

bool HttpRequestReader::checkHeader()
{
    const auto &request = m_parser->parser.get();
    if (request.version() != 10 && request.version() != 11) {
        refuse(505, QCoreApplication::translate("HttpRequestReader", "HTTP version %1.%2 is not supported")
                        .arg(request.version() / 10)
                        .arg(request.version() % 10));
        return false;
    }
    // Beast accepts a repeated Content-Length with the same value; a repeated length is how
    // request smuggling starts, so it is refused whatever the values.
    const auto lengths = request.equal_range(http::field::content_length);
    if (std::distance(lengths.first, lengths.second) > 1 ||
        (lengths.first != lengths.second &&
         lengths.first->value().find(',') != boost::beast::string_view::npos)) {
        refuse(400,
               QCoreApplication::translate("HttpRequestReader", "Content-Length is given more than once"));
        return false;
    }
    const auto encodings = request.equal_range(http::field::transfer_encoding);
    if (encodings.first != encodings.second) {
        const QByteArray value = bytes(encodings.first->value()).trimmed().toLower();
        if (std::distance(encodings.first, encodings.second) > 1 || value != "chunked") {
            refuse(400, QCoreApplication::translate(
                            "HttpRequestReader",
                            "Transfer-Encoding '%1' is not supported; send Content-Length or chunked")
                            .arg(QString::fromLatin1(value.left(64))));
            return false;
        }
    }
    m_keepAlive = m_parser->parser.keep_alive();
    return true;
}

std::size_t HttpRequestReader::feed(const char *data, std::size_t size)
{
    std::size_t used = 0;
    auto &parser = m_parser->parser;
    while (m_state == State::Head || m_state == State::Body) {
        boost::beast::error_code ec;
        const std::size_t n = parser.put(boost::asio::const_buffer(data + used, size - used), ec);
        used += n;
        if (ec == http::error::need_more)
            ec = {};
        if (ec) {
            switch (static_cast<http::error>(ec.value())) {
            case http::error::header_limit:
                refuse(431,
                       QCoreApplication::translate("HttpRequestReader", "request head larger than %1 bytes")
                           .arg(m_limits.maxHeaderBytes));
                break;
            case http::error::body_limit:
                m_refusedBodyLength = parser.content_length().value_or(0);
                refuse(413,
                       QCoreApplication::translate("HttpRequestReader", "body exceeds the limit of %1 bytes")
                           .arg(m_limits.maxBodyBytes));
                break;
            case http::error::bad_content_length:
                refuse(400, QCoreApplication::translate("HttpRequestReader",
                                                        "malformed or conflicting Content-Length"));
                break;
            case http::error::bad_transfer_encoding:
                refuse(400, QCoreApplication::translate(
                                "HttpRequestReader",
                                "Transfer-Encoding together with Content-Length, or given twice"));
                break;
            case http::error::bad_version:
                refuse(505, QCoreApplication::translate("HttpRequestReader",
                                                        "malformed or unsupported HTTP version"));
                break;
            default:
                refuse(400, QCoreApplication::translate("HttpRequestReader", "malformed request: %1")
                                .arg(QString::fromStdString(ec.message())));
            }
            return used;
        }
        if (m_state == State::Head && parser.is_header_done()) {
            if (!checkHeader())
                return used;
            m_state = State::Body;
        }
        if (parser.is_done()) {
            m_state = State::Complete;
            break;
        }
        if (n == 0 || used == size)
            break;
    }
    return used;
}

bool HttpRequestReader::expectsContinue() const
{
    if (m_state != State::Body)
        return false;
    const auto &request = m_parser->parser.get();
    const auto expect = request.find(http::field::expect);
    return expect != request.end() && bytes(expect->value()).trimmed().toLower() == "100-continue";
}

WebhookRequest HttpRequestReader::take()
{
    WebhookRequest out;
    if (m_state != State::Complete)
        return out;
    auto request = m_parser->parser.release();
    out.method = bytes(request.method_string());
    const QByteArray target = bytes(request.target());
    const qsizetype query = target.indexOf('?');
    out.path = query < 0 ? target : target.left(query);
    for (const auto &field : request) {
        const QByteArray name = bytes(field.name_string()).toLower();
        const QByteArray value = bytes(field.value());
        auto existing = out.headers.find(name);
        // Repeated fields combine as HTTP defines it; a doubled signature then fails to verify.
        if (existing == out.headers.end())
            out.headers.insert(name, value);
        else
            existing.value() += ", " + value;
    }
    out.body = QByteArray(request.body().data(), qsizetype(request.body().size()));
    out.receivedAt = QDateTime::currentDateTimeUtc();
    const bool keepAlive = m_keepAlive;
    reset();
    m_keepAlive = keepAlive; // of the request just taken, until the next one's head is read
    return out;
}

} // namespace pegboard
