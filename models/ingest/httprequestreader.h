#pragma once

#include "webhookrequest.h"

#include <QString>
#include <cstddef>
#include <memory>

namespace pegboard {

// The HTTP/1.1 request parser of the collector, with no socket: bytes in, a complete request or a
// refusal out. Boost.Beast's http::request_parser does the parsing (a well-kept parser instead of
// a hand-written one); this class adds the collector's rules on top of it:
//   - header and body limits (431 / 413, the body refused from Content-Length before it is read);
//   - Content-Length sent twice, as a list, or beside Transfer-Encoding: 400 (request smuggling);
//   - Transfer-Encoding other than "chunked": 400; chunked bodies are accepted, within the limit.
// One request at a time: after Complete, take() the request, then feed the rest of the stream.
// Separate from HttpConnection so the fuzzer can drive it without sockets.
class HttpRequestReader
{
public:
    struct Limits
    {
        std::size_t maxHeaderBytes = 16 * 1024;
        std::size_t maxBodyBytes = 1 << 20;
    };

    enum class State
    {
        Head,     // the request line and headers are not complete yet
        Body,     // headers done, body incomplete
        Complete, // a whole request is ready: take() it
        Refused,  // the stream is unusable; answer refusalStatus() and close
    };

    explicit HttpRequestReader(Limits limits);
    ~HttpRequestReader();
    HttpRequestReader(const HttpRequestReader &) = delete;
    HttpRequestReader &operator=(const HttpRequestReader &) = delete;

    // Parses what it can of data; returns the bytes consumed (the caller keeps the rest and passes
    // it again with more). Nothing is consumed in state Complete or Refused.
    std::size_t feed(const char *data, std::size_t size);

    State state() const { return m_state; }
    // Valid in Complete: the request; the reader then starts over for the next one.
    WebhookRequest take();
    // Whether the connection may carry another request after this one (HTTP/1.1 default, or
    // keep-alive asked for by 1.0); valid from Body on.
    bool keepAlive() const { return m_keepAlive; }
    // The client sent "Expect: 100-continue" and waits for an interim answer before the body.
    bool expectsContinue() const;
    int refusalStatus() const { return m_refusalStatus; }
    QString refusalReason() const { return m_refusalReason; }
    // For a 413 from Content-Length: the announced length (to read and drop before closing).
    std::uint64_t refusedBodyLength() const { return m_refusedBodyLength; }

private:
    struct Parser;
    void reset();
    void refuse(int status, QString reason);
    bool checkHeader();

    Limits m_limits;
    std::unique_ptr<Parser> m_parser;
    State m_state = State::Head;
    bool m_keepAlive = true;
    int m_refusalStatus = 0;
    QString m_refusalReason;
    std::uint64_t m_refusedBodyLength = 0;
};

} // namespace pegboard
