#!/usr/bin/env python3
"""An on-call log export: every report written from one template in a small vocabulary.

"Observed by on-call (name): <type phrase> on <coin> via <protocol>, <two of 24 words>". Template
words and the small vocabulary make any two reports of a type share words; only the planted causes
share what matters: their own phrase, coin and protocol, minutes apart (context is random for
everyone). Also plants one alert that is filed again and again, word for word, for an hour.
Python stdlib + psql \\copy, no Pegboard code.

usage: oncall_template_history.py --db URL --out DIR [--seed N]
writes DIR/truth.json: {"labels": {id: cause or null}, "causes": [...]}
"""
import argparse
import datetime as dt
import json
import os
import random
import subprocess
import uuid

START = dt.datetime(2025, 5, 5, tzinfo=dt.timezone.utc)
DAYS = 90
PHRASES = {"oracle_failure": "price feed late", "peg_deviation": "peg slipping",
           "arbitrage_failure": "arb leg failed", "liquidity_shortfall": "pool thin",
           "bridge_delay": "bridge slow", "rebalance_error": "rebalance stuck"}
SMALL = ["checked", "again", "still", "seen", "monitoring", "paged", "looking", "escalated",
         "noted", "waiting", "retry", "confirmed", "flapping", "minor", "major", "alerting",
         "dashboard", "graph", "spike", "dip", "queue", "node", "rpc", "restart"]
ONCALL = ["alex", "sam", "kim", "jo", "lee", "max"]
COINS = ["USDC", "USDT", "DAI", "FRAX"]
PROTOCOLS = ["aave", "curve", "maker", "uniswap", "compound"]


def field(v):
    if v is None:
        return "\\N"
    return str(v).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def context(rng, at):
    gas = rng.lognormvariate(3.8, 0.8)
    return (json.dumps({"gas_price_gwei": round(gas, 1), "network_congestion_level":
                        rng.choice(["low", "medium", "high"])}),
            json.dumps({"peg_deviation_bps": round(rng.gauss(0, 15), 1),
                        "volatility_index": round(rng.uniform(0.01, 0.3), 3)}),
            json.dumps({"oracle_last_update": (at - dt.timedelta(seconds=rng.randint(5, 1800)))
                        .strftime("%Y-%m-%dT%H:%M:%SZ")}))


def report(rng, kind, at, title, body, coin, protocol):
    net, price, proto = context(rng, at)
    return [str(uuid.UUID(int=rng.getrandbits(128))), kind, rng.randint(1, 4),
            at.strftime("%Y-%m-%d %H:%M:%S+00"), net, price, proto, "oncall-log",
            "log-%d" % rng.getrandbits(60), title, body, protocol, coin]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--background", type=int, default=6000)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    rows, labels, causes = [], {}, []

    def templated(kind, coin, protocol, extra):
        who = rng.choice(ONCALL)
        title = "Observed by on-call %s: %s on %s" % (who, PHRASES[kind], coin)
        body = "Observed by on-call %s via %s, %s. %s" % (
            who, protocol, " ".join(rng.sample(SMALL, 2)), extra)
        return title, body

    for _ in range(args.background):
        kind = rng.choice(list(PHRASES))
        coin, protocol = rng.choice(COINS), rng.choice(PROTOCOLS)
        at = START + dt.timedelta(seconds=rng.randrange(DAYS * 86400))
        title, body = templated(kind, coin, protocol, "")
        r = report(rng, kind, at, title, body, coin, protocol)
        rows.append(r)
        labels[r[0]] = None

    planted = [("oracle_failure", "DAI", "maker", "medianizer poke reverted out of gas", 45, 3),
               ("liquidity_shortfall", "USDC", "curve", "3pool withdraw queue backing up", 35, 2),
               ("bridge_delay", "USDT", "compound", "relayer nonce gap stuck at 8812", 30, 4)]
    for c, (kind, coin, protocol, words, size, hours) in enumerate(planted):
        name = "cause-%d-%s" % (c, kind)
        causes.append(name)
        begin = START + dt.timedelta(days=15 + 25 * c, hours=rng.randint(0, 18))
        for _ in range(size):
            at = begin + dt.timedelta(seconds=rng.randrange(hours * 3600))
            title, body = templated(kind, coin, protocol, words)
            r = report(rng, kind, at, title, body, coin, protocol)
            rows.append(r)
            labels[r[0]] = name

    # One alert filed again every few minutes for an hour, word for word.
    name = "repeated-alert"
    causes.append(name)
    begin = START + dt.timedelta(days=70, hours=9)
    for k in range(12):
        at = begin + dt.timedelta(minutes=5 * k, seconds=rng.randrange(60))
        r = report(rng, "peg_deviation", at, "INCIDENT: USDC at 0.9747, liquidations starting on Aave",
                   "Full incident declared. War room open.", "USDC", "aave")
        rows.append(r)
        labels[r[0]] = name

    os.makedirs(args.out, exist_ok=True)
    path = os.path.join(args.out, "oncall.tsv")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write("\t".join(field(v) for v in r) + "\n")
    columns = ("id, issue_type, severity_level, reported_timestamp, network_conditions, price_context, "
               "protocol_state, source, external_id, title, body, protocol, symbol")
    subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", args.db, "-c",
                    "\\copy stablecoin_issues (%s) from '%s'" % (columns, path)], check=True)
    with open(os.path.join(args.out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump({"labels": labels, "causes": causes}, f)


if __name__ == "__main__":
    main()
