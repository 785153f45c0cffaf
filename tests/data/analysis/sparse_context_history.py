#!/usr/bin/env python3
"""Sparse, inconsistent JSON context: every key may be missing, whole groups may be NULL, some
numbers are strings, unknown keys come and go, and only a third of reports have a title.

Planted: two bursts of one type whose reports agree on whichever context keys they happen to
carry (gas and peg for some, volatility and collateral ratio for others), a repeated alert filed
word for word every few minutes, and background everywhere. Python stdlib + psql, no Pegboard code.

usage: sparse_context_history.py --db URL --out DIR [--seed N]
writes DIR/truth.json: {"labels": {id: cause or null}, "causes": [...]}
"""
import argparse
import datetime as dt
import json
import os
import random
import subprocess
import uuid

START = dt.datetime(2025, 10, 6, tzinfo=dt.timezone.utc)
DAYS = 75
TYPES = ["peg_deviation", "oracle_failure", "arbitrage_failure", "liquidity_shortfall", "bridge_delay",
         "custom_monitor_event"]
WORDS = ["node", "sync", "lag", "quote", "fill", "route", "vault", "feed", "round", "epoch", "queue",
         "bundle", "relay", "pool", "swap", "mint", "burn", "claim"]


def field(v):
    if v is None:
        return "\\N"
    return str(v).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def sparse(rng, values, keep):
    group = {}
    for k, v in values.items():
        if rng.random() < keep:
            group[k] = str(v) if rng.random() < 0.1 else v
    if rng.random() < 0.2:
        group["x_%s" % rng.choice(WORDS)] = rng.random()
    return json.dumps(group) if group or rng.random() < 0.5 else None


def report(rng, kind, at, gas, peg, vol, ratio, title, keep=0.5):
    net = sparse(rng, {"gas_price_gwei": round(gas, 1), "pending_tx_count": rng.randint(1000, 90000),
                       "network_congestion_level": rng.choice(["low", "medium", "high"])}, keep)
    price = sparse(rng, {"peg_deviation_bps": round(peg, 2), "volatility_index": round(vol, 4),
                         "volume_24h_usd": rng.randint(10**5, 10**8)}, keep)
    proto = sparse(rng, {"collateral_ratio": round(ratio, 3),
                         "oracle_last_update": (at - dt.timedelta(seconds=rng.randint(1, 4000))).strftime(
                             "%Y-%m-%dT%H:%M:%S+00:00")}, keep)
    return [str(uuid.UUID(int=rng.getrandbits(128))), kind, rng.randint(1, 5),
            at.strftime("%Y-%m-%d %H:%M:%S.%f+00"), net, price, proto, "sparse-import",
            "s-%x" % rng.getrandbits(64), title or "", ""]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=2718)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    rows, labels, causes = [], {}, []
    for _ in range(4500):
        at = START + dt.timedelta(seconds=rng.randrange(DAYS * 86400))
        title = " ".join(rng.sample(WORDS, 3)) if rng.random() < 0.33 else None
        r = report(rng, rng.choice(TYPES), at, rng.uniform(5, 300), rng.uniform(-80, 80), rng.uniform(0, 0.5),
                   rng.uniform(1.0, 2.5), title)
        rows.append(r)
        labels[r[0]] = None
    for c, (kind, day, size) in enumerate([("custom_monitor_event", 20, 50), ("bridge_delay", 50, 40)]):
        name = "sparse-burst-%d" % c
        causes.append(name)
        begin = START + dt.timedelta(days=day, hours=rng.randint(0, 20))
        gas, peg, vol, ratio = rng.uniform(5, 300), rng.uniform(-80, 80), rng.uniform(0, 0.5), rng.uniform(1, 2.5)
        for _ in range(size):
            at = begin + dt.timedelta(seconds=rng.randrange(2 * 3600))
            r = report(rng, kind, at, gas + rng.uniform(-0.5, 0.5), peg + rng.uniform(-0.3, 0.3),
                       vol + rng.uniform(-0.002, 0.002), ratio + rng.uniform(-0.002, 0.002), None)
            rows.append(r)
            labels[r[0]] = name
    causes.append("repeated-alert")
    begin = START + dt.timedelta(days=33, hours=16)
    for k in range(8):
        at = begin + dt.timedelta(minutes=3 * k)
        r = report(rng, "peg_deviation", at, rng.uniform(5, 300), rng.uniform(-80, 80), rng.uniform(0, 0.5),
                   rng.uniform(1.0, 2.5), "ALERT usdc/usd deviation over 200bps on feed 7")
        rows.append(r)
        labels[r[0]] = "repeated-alert"

    os.makedirs(args.out, exist_ok=True)
    path = os.path.join(args.out, "sparse.tsv")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write("\t".join(field(v) for v in r) + "\n")
    columns = ("id, issue_type, severity_level, reported_timestamp, network_conditions, price_context, "
               "protocol_state, source, external_id, title, body")
    subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", args.db, "-c",
                    "\\copy stablecoin_issues (%s) from '%s'" % (columns, path)], check=True)
    with open(os.path.join(args.out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump({"labels": labels, "causes": causes}, f)


if __name__ == "__main__":
    main()
