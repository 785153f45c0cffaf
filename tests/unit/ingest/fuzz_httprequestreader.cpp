// libFuzzer target for the collector's HTTP parser seam (HttpRequestReader over Boost.Beast): any
// byte stream, cut into any pieces, must end in complete requests within the limits or one
// refusal with a status and a reason — never a crash, a hang, or a request past a limit.
#include "ingest/httprequestreader.h"

#include <cstdlib>

using namespace pegboard;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte sets how the stream is cut into reads (1..256 bytes each).
    const size_t piece = size_t(data[0]) + 1;
    ++data;
    --size;
    HttpRequestReader::Limits limits;
    limits.maxHeaderBytes = 2048;
    limits.maxBodyBytes = 4096;
    HttpRequestReader reader(limits);
    QByteArray pending;
    size_t offset = 0;
    int requests = 0;
    while (reader.state() != HttpRequestReader::State::Refused) {
        if (reader.state() == HttpRequestReader::State::Complete) {
            const WebhookRequest request = reader.take();
            if (size_t(request.body.size()) > limits.maxBodyBytes || request.method.isEmpty() ||
                ++requests > 10000)
                std::abort();
            continue;
        }
        const size_t before = size_t(pending.size());
        const size_t used = reader.feed(pending.constData(), before);
        if (used > before)
            std::abort();
        pending.remove(0, qsizetype(used));
        if (reader.state() == HttpRequestReader::State::Complete ||
            reader.state() == HttpRequestReader::State::Refused)
            continue;
        if (offset >= size)
            break; // the stream ended mid-request
        const size_t n = std::min(piece, size - offset);
        pending.append(reinterpret_cast<const char *>(data + offset), qsizetype(n));
        offset += n;
        // A head can never be held beyond its limit (plus the last read).
        if (reader.state() == HttpRequestReader::State::Head &&
            size_t(pending.size()) > limits.maxHeaderBytes + 2 * piece + 4096)
            std::abort();
    }
    if (reader.state() == HttpRequestReader::State::Refused &&
        (reader.refusalStatus() < 400 || reader.refusalStatus() > 599 || reader.refusalReason().isEmpty()))
        std::abort();
    return 0;
}
