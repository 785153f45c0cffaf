#include "reporttext.h"

#include "reportplanner.h"
#include "simrandom.h"

#include <cstring>
#include <vector>

namespace pegboard {

namespace {
using Phrases = std::vector<const char *>;

// What a person says about each type (ReportPlanner::Type order).
const std::vector<Phrases> &humanPhrases()
{
    static const std::vector<Phrases> p = {
        {"{coin} trading at {price} on {protocol}, {dev} bps off peg",
         "{coin} peg slipping: {price} and widening",
         "Peg deviation on {coin} ({dev} bps) while gas sits at {gas} gwei",
         "{coin}/USD below peg for the last hour, {protocol} pool imbalanced",
         "Seeing {coin} at {price} across venues, arb not closing the gap"},
        {"{coin}/USD oracle hasn't updated in {age} min, gas is at {gas} gwei",
         "Chainlink {coin} feed stale on {protocol} ({age} min behind)",
         "Oracle round for {coin} stuck pending, tx {tx} not mined at {gas} gwei",
         "Price feed delay on {protocol}: {coin} answer {answer} vs market {price}",
         "{protocol} reading a stale {coin} price again ({age} min old)"},
        {"Arb bot failed to close {coin} spread, tx reverted at {gas} gwei",
         "Arbitrage on {coin} unprofitable after gas: {dev} bps spread, {gas} gwei",
         "Our {coin} arb tx {tx} got outbid by MEV bots",
         "Arbitrage route {coin} via {protocol} failing: slippage exceeds spread"},
        {"Scheduled rebalance on {protocol} failed, {coin} leg reverted",
         "Rebalance tx {tx} ran out of gas at {gas} gwei",
         "Weekly {protocol} rebalancing stuck: {coin} allocation off target",
         "Rebalancer retried 3x on {protocol}, gas {gas} gwei, still pending"},
        {"{protocol} {coin} pool can't cover redemptions, reserves dropping",
         "Liquidity shortfall on {protocol}: {coin} withdrawals queued",
         "{coin} liquidity thin on {protocol}, {loss} at risk",
         "Redemption queue growing on {protocol} ({coin}), {pending} pending txs"},
        {"Rounding error in {protocol} {coin} vault share math (contract {addr})",
         "Reentrancy guard missing on {protocol} withdraw path ({addr})",
         "{protocol} contract {addr} emits wrong event on {coin} liquidation",
         "Overflow in fee accrual for {coin} on {protocol} ({addr})"},
        {"Bridge transfer of {coin} delayed, relayer waiting at {gas} gwei",
         "{coin} bridge withdrawal pending for {age} min", "Bridged {coin} not credited yet, tx {tx}",
         "Relayer backlog on {coin} bridge, {pending} txs in mempool"},
        {"Dashboard shows wrong {coin} TVL for {protocol}", "Alert noise: {coin} monitor flapping",
         "Docs link for {protocol} {coin} integration is broken",
         "Question about {coin} fee tier on {protocol}"},
    };
    return p;
}

// What a monitor says (Datadog notification title, after "[Triggered]").
const std::vector<Phrases> &alertPhrases()
{
    static const std::vector<Phrases> p = {
        {"peg.deviation_bps{{coin}} below -{absdev} on {protocol}", "{coin} price {price} outside peg band"},
        {"oracle.age_seconds{feed:{coin}/usd} > 900 ({agesec}s)",
         "Chainlink {coin}/USD heartbeat missed on {protocol}"},
        {"arb.tx_failed{pair:{coin}-usd} > 3 in 5m", "arbitrage executor reverts on {coin} ({gas} gwei)"},
        {"rebalance.job_failed{protocol:{protocol}}", "rebalancer tx pending > 10m on {protocol}"},
        {"reserves.coverage{protocol:{protocol},asset:{coin}} < 1.0",
         "{protocol} {coin} withdrawal queue > threshold"},
        {"contract.revert_rate{address:{addr}} > 5%", "unexpected event signature from {addr}"},
        {"bridge.pending_minutes{asset:{coin}} > 30", "relayer lag on {coin} bridge"},
        {"synthetic check failed: {protocol} dashboard", "log anomaly in {coin} indexer"},
    };
    return p;
}

// What an on-chain watcher emits.
const std::vector<Phrases> &chainPhrases()
{
    static const std::vector<Phrases> p = {
        {"Swap imbalance on {protocol}: {coin} at {price}"},
        {"AnswerUpdated gap on {coin}/USD: {agesec} s since last round"},
        {"Reverted arbitrage tx on {coin} route ({gas} gwei)"},
        {"Rebalance() reverted on {protocol}"},
        {"Withdrawal queue event on {protocol} {coin} pool"},
        {"Unexpected revert pattern at {addr}"},
        {"Bridge message for {coin} not relayed after {age} min"},
        {"Unclassified event on {protocol}"},
    };
    return p;
}

const Phrases &chatOpeners()
{
    static const Phrases p = {"",     "hey team, ", "heads up: ", "anyone else seeing this? ",
                              "fyi ", "urgent: ",   "ok so ",     "not sure if known but "};
    return p;
}

const Phrases &chatClosers()
{
    static const Phrases p = {"",
                              "",
                              " looking into it",
                              " can someone from {protocol} check?",
                              " tx: {tx}",
                              " cc @oncall",
                              " this is the second time this week",
                              " screenshots in thread"};
    return p;
}

const char *pick(const Phrases &p, SimRandom &rng)
{
    return p[size_t(rng.range(0, int(p.size()) - 1))];
}

QString capitalized(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

QString lowerFirst(QString s)
{
    if (s.size() > 1 && s[1].isLower())
        s[0] = s[0].toLower();
    return s;
}

QString shortTitle(const QString &body)
{
    const QString line = body.section(QLatin1Char('\n'), 0, 0);
    return line.size() <= 90 ? line : line.left(87) + QStringLiteral("...");
}
} // namespace

QString ReportText::fill(const char *templ, const Fields &fields)
{
    static const char *const names[FieldCount] = {"coin",    "protocol", "gas",      "dev",  "price", "age",
                                                  "agesec",  "answer",   "tx",       "addr", "block", "loss",
                                                  "pending", "vol",      "severity", "row"};
    QString out;
    out.reserve(int(std::strlen(templ)) + 64);
    for (const char *p = templ; *p; ++p) {
        if (*p == '{') {
            const char *end = std::strchr(p, '}');
            if (end) {
                const std::string key(p + 1, end);
                int f = -1;
                for (int i = 0; i < FieldCount; ++i) {
                    if (key == names[i])
                        f = i;
                }
                if (key == "absdev") {
                    out +=
                        fields[DevBps].startsWith(QLatin1Char('-')) ? fields[DevBps].mid(1) : fields[DevBps];
                    p = end;
                    continue;
                }
                if (f >= 0) {
                    out += fields[size_t(f)];
                    p = end;
                    continue;
                }
            }
        }
        // Literal text up to the next placeholder in one append.
        const char *next = std::strchr(p + 1, '{');
        const qsizetype run = next ? next - p : qsizetype(std::strlen(p));
        out += QLatin1String(p, run);
        p += run - 1;
    }
    return out;
}

ReportText::Text ReportText::compose(int type, int source, const Fields &f, SimRandom &rng)
{
    Text t;
    const QString human = fill(pick(humanPhrases()[size_t(type)], rng), f);
    switch (source) {
    case ReportPlanner::GitHub: {
        t.title = capitalized(human);
        t.body =
            fill("### What happened\n", f) + capitalized(human) +
            fill(".\n\n### Context at report time\n- {coin}: {price} ({dev} bps from peg), volatility {vol}\n"
                 "- gas: {gas} gwei, {pending} pending txs\n- oracle: last answer {answer}, {age} min ago\n"
                 "- tx: {tx}\n- contract: {addr} ({protocol})\n\n### Impact\nEstimated exposure {loss}. ",
                 f) +
            fill(rng.chance(0.5) ? "Happened before, see the linked incidents." : "First time we see this.",
                 f);
        break;
    }
    case ReportPlanner::Datadog: {
        const QString alert = fill(pick(alertPhrases()[size_t(type)], rng), f);
        t.title = (rng.chance(0.8) ? QStringLiteral("[Triggered] ")
                                   : QStringLiteral("[P%1] ").arg(6 - f[Severity].toInt())) +
                  alert;
        t.body = QStringLiteral("%%%\n") + alert +
                 fill("\n\nMonitor evaluated at block {block}. Gas {gas} gwei, {coin} {price} ({dev} bps).\n"
                      "Notify: @pagerduty-stablecoin-oncall @slack-peg-alerts\n%%%",
                      f);
        break;
    }
    case ReportPlanner::Slack:
    case ReportPlanner::Discord: {
        QString msg = QString::fromUtf8(pick(chatOpeners(), rng));
        msg += msg.isEmpty() ? human : lowerFirst(human);
        msg += fill(pick(chatClosers(), rng), f);
        if (source == ReportPlanner::Discord && rng.chance(0.4))
            msg += rng.chance(0.5) ? QStringLiteral(" ??") : QStringLiteral(" 👀");
        t.body = msg;
        t.title = shortTitle(msg);
        break;
    }
    case ReportPlanner::OnChain: {
        t.title = fill(pick(chainPhrases()[size_t(type)], rng), f);
        t.body = fill("block: {block}\ntx: {tx}\ncontract: {addr}\nprotocol: {protocol}\n"
                      "gas: {gas} gwei\n{coin}: {price} ({dev} bps), oracle {answer} ({agesec} s old)",
                      f);
        break;
    }
    default: {
        t.title = QStringLiteral("[imported] ") + capitalized(human);
        t.body = fill("Imported from legacy tracker, row {row}.\nseverity: {severity}\nprotocol: {protocol}\n"
                      "asset: {coin}\n\n",
                      f) +
                 capitalized(human) + QLatin1Char('.');
        break;
    }
    }
    return t;
}

} // namespace pegboard
