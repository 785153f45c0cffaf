// libFuzzer target for one normalizer (chosen at compile time, see CMakeLists.txt): any bytes as
// a request body must give a refusal or a well-formed Issue, never a crash, hang or exception.
#include NORMALIZER_HEADER

#include "domain/issuetype.h"
#include "ingest/storelimits.h"

#include <cstdlib>

using namespace pegboard;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const NORMALIZER normalizer({}, QByteArrayLiteral("fuzz-secret"));
    static const QByteArray events[] = {"issues", "issue_comment", "ping", "push"};
    WebhookRequest request;
    // The first byte picks the GitHub event header; the rest is the body.
    if (size > 0) {
        request.headers.insert("x-github-event", events[data[0] % 4]);
        ++data;
        --size;
    }
    request.headers.insert("x-github-delivery", "fuzz-delivery");
    request.body = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    request.receivedAt = QDateTime::fromSecsSinceEpoch(1763992921, Qt::UTC);
    const NormalizeOutcome outcome = normalizer.normalize(request);
    if (outcome.isAccepted()) {
        const Issue &issue = outcome.issue;
        if (issue.externalId.isEmpty() || issue.source.isEmpty() || !Severity::isValid(issue.severityLevel) ||
            issue.issueType.isEmpty() || issue.id.isNull())
            std::abort();
        // After the door's checks nothing may be left that the store refuses.
        Issue checked = issue;
        if (StoreLimits::apply(checked)) {
            const QChar nul(0);
            if (checked.title.contains(nul) || checked.body.contains(nul) ||
                checked.reporterAddress.contains(nul) || checked.symbol.contains(nul) ||
                checked.protocol.contains(nul) ||
                StoreLimits::characters(checked.reporterAddress) > StoreLimits::ReporterChars ||
                StoreLimits::characters(checked.issueType) > StoreLimits::IssueTypeChars)
                std::abort();
        }
    } else if (outcome.kind == NormalizeOutcome::Kind::BadRequest && outcome.reason.isEmpty()) {
        std::abort(); // every 400 must say why
    }
    return 0;
}
