#!/usr/bin/env python3
"""A history with ONLY the article's columns: no title, body, source, symbol or protocol.

What a team importing its existing stablecoin_issues table has. Independent of Pegboard's code:
Python stdlib + psql \\copy. Background reports are spread uniformly over the days with their own
random market context; three causes are planted as bursts of same-type reports within a couple
of hours whose gas, peg deviation and volatility are nearly identical (everything else random).

usage: articlecolumns_history.py --db URL --out DIR [--seed N] [--reports N] [--days D]
writes DIR/truth.json: {"labels": {id: cause or null}, "causes": [...]}
"""
import argparse
import datetime as dt
import json
import os
import random
import subprocess
import uuid

TYPES = ["peg_deviation", "oracle_failure", "arbitrage_failure", "rebalance_error",
         "liquidity_shortfall", "smart_contract_bug", "bridge_delay"]
START = dt.datetime(2025, 2, 3, tzinfo=dt.timezone.utc)


def stamp(t):
    return t.strftime("%Y-%m-%d %H:%M:%S+00")


def field(v):
    if v is None:
        return "\\N"
    return str(v).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def pg_array(items):
    return "{" + ",".join(items) + "}" if items else None


def hexstr(rng, n):
    return "0x" + "".join(rng.choice("0123456789abcdef") for _ in range(n))


def row(rng, kind, at, gas, peg, vol, reporters, contracts):
    congestion = "high" if gas > 120 else "medium" if gas > 45 else "low"
    network = {"gas_price_gwei": int(round(gas)), "pending_tx_count": rng.randint(40000, 250000),
               "network_congestion_level": congestion,
               "mev_bot_activity": rng.choice(["low", "normal", "elevated"])}
    price = {"peg_deviation_bps": round(peg, 1), "volume_24h_usd": rng.randint(500000, 40000000),
             "volatility_index": round(vol, 3),
             "arbitrage_opportunity_size": rng.randint(0, 90000)}
    protocol = {"collateral_ratio": round(rng.uniform(1.05, 1.9), 2),
                "reserve_balance_usd": rng.randint(1000000, 30000000),
                "oracle_last_update": (at - dt.timedelta(seconds=rng.randint(10, 3600))).strftime(
                    "%Y-%m-%dT%H:%M:%SZ"),
                "rebalance_threshold_reached": rng.random() < 0.1}
    resolved = at + dt.timedelta(minutes=rng.randint(20, 6000)) if rng.random() < 0.7 else None
    loss = round(rng.lognormvariate(8, 1.5), 2)
    return [str(uuid.UUID(int=rng.getrandbits(128))), kind, rng.randint(1, 5), stamp(at),
            stamp(resolved) if resolved else None, json.dumps(network), json.dumps(price),
            json.dumps(protocol), loss, round(loss * rng.uniform(0, 1.2), 2) if resolved else None,
            rng.choice(["config", "code_fix", "external", "monitoring"]) if resolved else None,
            "t" if rng.random() < 0.3 else "f",
            pg_array([hexstr(rng, 64)] if rng.random() < 0.4 else []),
            pg_array([rng.choice(contracts)] if rng.random() < 0.5 else []),
            rng.choice(reporters)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=41)
    ap.add_argument("--reports", type=int, default=5600)
    ap.add_argument("--days", type=int, default=120)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    reporters = [hexstr(rng, 40) for _ in range(60)]
    contracts = [hexstr(rng, 40) for _ in range(25)]
    rows, labels = [], {}
    causes = []
    for c in range(3):
        kind = TYPES[(c * 3 + 1) % len(TYPES)]
        begin = START + dt.timedelta(days=20 + 35 * c, hours=rng.randint(0, 20))
        gas, peg, vol = rng.uniform(30, 200), rng.uniform(-60, 60), rng.uniform(0.02, 0.3)
        name = "burst-%d-%s" % (c, kind)
        causes.append(name)
        for _ in range(60):
            at = begin + dt.timedelta(seconds=rng.randrange(int(2.5 * 3600)))
            r = row(rng, kind, at, gas * rng.uniform(0.98, 1.02), peg + rng.uniform(-1, 1),
                    vol * rng.uniform(0.98, 1.02), reporters, contracts)
            rows.append(r)
            labels[r[0]] = name
    for _ in range(args.reports - len(rows)):
        at = START + dt.timedelta(seconds=rng.randrange(args.days * 86400))
        r = row(rng, rng.choice(TYPES), at, rng.lognormvariate(3.9, 0.7), rng.gauss(0, 25),
                rng.uniform(0.01, 0.35), reporters, contracts)
        rows.append(r)
        labels[r[0]] = None
    rng.shuffle(rows)
    os.makedirs(args.out, exist_ok=True)
    path = os.path.join(args.out, "article_rows.tsv")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write("\t".join(field(v) for v in r) + "\n")
    columns = ("id, issue_type, severity_level, reported_timestamp, resolved_timestamp, "
               "network_conditions, price_context, protocol_state, estimated_loss_usd, actual_loss_usd, "
               "resolution_category, prevention_implemented, related_tx_hashes, affected_contracts, "
               "reporter_address")
    subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", args.db, "-c",
                    "\\copy stablecoin_issues (%s) from '%s'" % (columns, path)], check=True)
    with open(os.path.join(args.out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump({"labels": labels, "causes": causes}, f)


if __name__ == "__main__":
    main()
