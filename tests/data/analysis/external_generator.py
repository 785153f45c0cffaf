#!/usr/bin/env python3
"""A store filler written without any Pegboard code, to check Pegboard's analysis from outside.

Plants, over eight weeks of background reports and one-minute feed samples:
  * a pattern: oracle failures concentrated on Wednesdays 14-16 UTC with gas above 150 gwei;
  * root causes: bursts of similar reports sharing one cause, labelled in the truth file;
  * oracle stalls in the feeds, each followed by oracle-failure reports (for the predictor).
Loads everything with psql \\copy and writes truth.json next to the data files.

usage: external_generator.py --db URL --out DIR [--seed N]
"""
import argparse
import datetime as dt
import json
import math
import os
import random
import subprocess
import uuid

START = dt.datetime(2025, 3, 3, tzinfo=dt.timezone.utc)  # a Monday
WEEKS = 8
TYPES = ["peg_deviation", "oracle_failure", "arbitrage_failure", "rebalance_error",
         "liquidity_shortfall", "smart_contract_bug", "bridge_delay", "other"]
WORDS = ["alert", "check", "ticket", "review", "incident", "latency", "spike", "report",
         "pending", "warning", "monitor", "followup", "queue", "retry", "timeout", "degraded"]
CAUSES = [  # (type, words only this cause uses)
    ("peg_deviation", "curve tricrypto pool drained imbalance"),
    ("bridge_delay", "wormhole guardian signatures quorum lagging"),
    ("rebalance_error", "keeper bot underpriced transaction dropped"),
    ("liquidity_shortfall", "aave reserve utilisation ceiling reached"),
    ("smart_contract_bug", "vault rounding withdraw shares mismatch"),
    ("arbitrage_failure", "flashloan route reverted sandwich frontrun"),
]


def iso(t):
    return t.isoformat().replace("+00:00", "Z")


def copy_text(value):
    if value is None:
        return "\\N"
    s = str(value)
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def issue(rng, itype, at, gas, title, body, peg=None, staleness=None, symbol="USDC"):
    network = {"gas_price_gwei": round(gas, 2), "pending_tx_count": rng.randint(50000, 200000),
               "network_congestion_level": "high" if gas > 150 else ("medium" if gas > 60 else "low"),
               "mev_bot_activity": rng.choice(["low", "medium", "high"])}
    price = {"peg_deviation_bps": round(peg if peg is not None else rng.uniform(-30, 30), 2),
             "volume_24h_usd": rng.randint(1_000_000, 9_000_000),
             "volatility_index": round(rng.uniform(0.01, 0.25), 4)}
    age = staleness if staleness is not None else rng.uniform(5, 600)
    protocol = {"collateral_ratio": round(rng.uniform(1.1, 1.6), 3),
                "oracle_last_update": iso(at - dt.timedelta(seconds=age))}
    return [str(uuid.UUID(int=rng.getrandbits(128))), itype, rng.randint(1, 5), iso(at), None,
            json.dumps(network), json.dumps(price), json.dumps(protocol),
            round(rng.uniform(0, 50000), 2), None, "external", "ext-%d" % rng.getrandbits(48),
            title, body, rng.choice(["curve", "aave", "maker", "uniswap"]), symbol]


def generic_title(rng):
    return " ".join(rng.choice(WORDS) for _ in range(3))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=20250303)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    minutes = WEEKS * 7 * 24 * 60
    rows, truth_clusters = [], {}

    # Background: every type, uniformly in time, gas mostly moderate.
    for _ in range(6000):
        at = START + dt.timedelta(seconds=rng.randrange(minutes * 60))
        rows.append(issue(rng, rng.choice(TYPES), at, rng.lognormvariate(4.0, 0.6),
                          generic_title(rng), "seen by " + rng.choice(WORDS),
                          symbol=rng.choice(["USDC", "DAI", "USDT", "FRAX"])))

    # The pattern: oracle failures on Wednesdays 14:00-16:00 UTC under gas above 150 gwei.
    for _ in range(220):
        week = rng.randrange(WEEKS)
        at = START + dt.timedelta(days=7 * week + 2, hours=14, seconds=rng.randrange(7200))
        rows.append(issue(rng, "oracle_failure", at, rng.uniform(155, 320), generic_title(rng),
                          "oracle " + rng.choice(WORDS), symbol="DAI"))

    # Root causes: a burst of alike reports within two hours, never on Wednesday afternoons.
    for label, (itype, words) in enumerate(CAUSES):
        day = 7 * (label % WEEKS) + [0, 1, 3, 4, 5, 6][label % 6]
        burst = START + dt.timedelta(days=day, hours=rng.choice([3, 8, 19]))
        gas = rng.uniform(20, 250)
        peg = rng.uniform(-80, 80)
        for k in range(25):
            at = burst + dt.timedelta(seconds=rng.randrange(7200))
            title = "%s %s" % (words, rng.choice(WORDS))
            body = "%s observed again on node %d" % (words, rng.randrange(1000))
            row = issue(rng, itype, at, gas + rng.uniform(-8, 8), title, body, peg=peg + rng.uniform(-3, 3))
            rows.append(row)
            truth_clusters[row[0]] = label

    # Feeds at one-minute resolution; the USDC oracle stalls now and then, and failures follow.
    feeds = []
    log_gas, last_update, stall = 4.0, START.timestamp(), 0
    for m in range(minutes):
        t = START + dt.timedelta(minutes=m)
        ts = iso(t)
        # Mean-reverting in log space around the background's typical gas (about 55 gwei).
        log_gas = log_gas + 0.05 * (4.0 - log_gas) + rng.gauss(0, 0.1)
        gas = math.exp(log_gas)
        if stall == 0 and rng.randrange(400) == 0:
            stall = rng.randint(15, 45)
        if stall > 0:
            stall -= 1
        else:
            last_update = t.timestamp()
        age = t.timestamp() - last_update
        feeds += [("network:gas_gwei", ts, round(gas, 3)),
                  ("network:congestion", ts, round(rng.random(), 3)),
                  ("network:mev_activity", ts, round(rng.random(), 3)),
                  ("price:USDC", ts, round(1 + rng.uniform(-0.001, 0.001), 6)),
                  ("volume:USDC", ts, rng.randint(1_000_000, 1_100_000)),
                  ("oracle:USDC:updated_at", ts, last_update)]
        if age > 600 and rng.randrange(8) == 0:
            at = t + dt.timedelta(seconds=rng.randrange(60))
            rows.append(issue(rng, "oracle_failure", at, gas, "oracle answer stale",
                              "heartbeat missed", staleness=age))

    os.makedirs(args.out, exist_ok=True)
    issues_path = os.path.join(args.out, "issues.tsv")
    feeds_path = os.path.join(args.out, "feed_samples.tsv")
    with open(issues_path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write("\t".join(copy_text(v) for v in r) + "\n")
    with open(feeds_path, "w", encoding="utf-8") as f:
        for series, ts, value in feeds:
            f.write("%s\t%s\t%r\tf\n" % (series, ts, value))
    columns = ("id, issue_type, severity_level, reported_timestamp, resolved_timestamp, "
               "network_conditions, price_context, protocol_state, estimated_loss_usd, "
               "actual_loss_usd, source, external_id, title, body, protocol, symbol")
    for command in ("\\copy stablecoin_issues (%s) from '%s'" % (columns, issues_path),
                    "\\copy feed_samples (series, ts, value, stale) from '%s'" % feeds_path):
        subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", args.db, "-c", command], check=True)

    truth = {"pattern": {"type": "oracle_failure", "weekday": "Wednesday", "hour_from": 14,
                         "hour_to": 16, "gas_above_gwei": 150},
             "clusters": truth_clusters,
             "issues": len(rows), "feed_samples": len(feeds),
             "first": iso(START), "last": iso(START + dt.timedelta(minutes=minutes))}
    with open(os.path.join(args.out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f)


if __name__ == "__main__":
    main()
