#!/usr/bin/env python3
"""A ticket-tracker export in its own vocabulary (operations and finance words, ticket keys).

Background tickets draw their summaries from a few hundred words and carry the tracker's
boilerplate; planted causes are (1) a vault accounting bug whose tickets name one contract over
three days, (2) a failed settlement transaction reported by several teams under different types,
each ticket naming that transaction, and (3) a burst of keeper tickets by one reporter in their
own words. Context groups are present but unrelated to the causes. Python stdlib + psql.

usage: tracker_export_history.py --db URL --out DIR [--seed N]
writes DIR/truth.json: {"labels": {id: cause or null}, "causes": [...]}
"""
import argparse
import datetime as dt
import json
import os
import random
import subprocess
import uuid

START = dt.datetime(2025, 8, 4, tzinfo=dt.timezone.utc)
DAYS = 60
TYPES = ["peg_deviation", "oracle_failure", "arbitrage_failure", "rebalance_error",
         "liquidity_shortfall", "smart_contract_bug", "bridge_delay", "other"]
VERBS = ["investigate", "reconcile", "review", "triage", "verify", "audit", "escalate", "document",
         "follow", "close", "monitor", "assess", "patch", "rollback", "confirm", "trace"]
NOUNS = ["ledger", "invoice", "treasury", "custody", "payout", "withdrawal", "deposit", "fee",
         "spread", "quote", "pricing", "limit", "exposure", "hedge", "margin", "position", "report",
         "dashboard", "alert", "runbook", "webhook", "api", "latency", "timeout", "balance", "mint",
         "redeem", "allowance", "signer", "multisig", "relayer", "indexer", "snapshot", "epoch",
         "batch", "queue", "cron", "job", "export", "import", "sync", "drift", "mismatch", "gap"]
ADJ = ["stale", "missing", "delayed", "duplicate", "partial", "incorrect", "unexpected", "slow",
       "failed", "blocked", "pending", "high", "low", "intermittent", "manual", "weekly"]
BOILER = "Reporter: ops desk. Component: treasury-ops. Labels: needs-triage. Environment: mainnet."


def field(v):
    if v is None:
        return "\\N"
    return str(v).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def arr(items):
    return "{" + ",".join(items) + "}" if items else None


def hexs(rng, n):
    return "0x" + "".join(rng.choice("0123456789abcdef") for _ in range(n))


def ticket(rng, key, kind, at, summary, description, reporter, contracts=(), txs=()):
    network = {"gas_price_gwei": round(rng.uniform(8, 260), 1), "pending_tx_count": rng.randint(1e4, 3e5)}
    price = {"peg_deviation_bps": round(rng.uniform(-40, 40), 1), "volatility_index": round(rng.random() * 0.4, 3)}
    protocol = {"collateral_ratio": round(rng.uniform(1.0, 2.0), 3)}
    return [str(uuid.UUID(int=rng.getrandbits(128))), kind, rng.randint(1, 5),
            at.strftime("%Y-%m-%dT%H:%M:%SZ"), json.dumps(network), json.dumps(price), json.dumps(protocol),
            "tracker", key, "%s: %s" % (key, summary), description, arr(list(contracts)), arr(list(txs)),
            reporter, rng.choice(["USDC", "USDT", "DAI", None]), rng.choice(["aave", "curve", "maker", None])]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=99)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    reporters = [hexs(rng, 40) for _ in range(80)]
    rows, labels, causes = [], {}, []
    number = [1000]

    def key():
        number[0] += rng.randint(1, 3)
        return "OPS-%d" % number[0]

    for _ in range(5000):
        at = START + dt.timedelta(seconds=rng.randrange(DAYS * 86400))
        summary = "%s %s %s %s" % (rng.choice(VERBS), rng.choice(ADJ), rng.choice(NOUNS), rng.choice(NOUNS))
        description = "%s %s %s. %s" % (rng.choice(VERBS).capitalize(), rng.choice(NOUNS), rng.choice(ADJ), BOILER)
        r = ticket(rng, key(), rng.choice(TYPES), at, summary, description, rng.choice(reporters))
        rows.append(r)
        labels[r[0]] = None

    vault = hexs(rng, 40)
    causes.append("vault-bug")
    for k in range(14):
        at = START + dt.timedelta(days=12, hours=rng.uniform(0, 72))
        summary = "%s vault share accounting %s" % (rng.choice(VERBS), rng.choice(ADJ))
        r = ticket(rng, key(), "smart_contract_bug", at, summary, "Contract %s: %s" % (vault, BOILER),
                   rng.choice(reporters), contracts=[vault])
        rows.append(r)
        labels[r[0]] = "vault-bug"

    settlement = hexs(rng, 64)
    causes.append("failed-settlement")
    begin = START + dt.timedelta(days=30, hours=15)
    for k in range(9):
        at = begin + dt.timedelta(minutes=rng.uniform(0, 300))
        kind = ["arbitrage_failure", "liquidity_shortfall", "rebalance_error"][k % 3]
        summary = "%s %s %s" % (rng.choice(VERBS), rng.choice(NOUNS), rng.choice(ADJ))
        r = ticket(rng, key(), kind, at, summary, "See tx %s. %s" % (settlement, BOILER),
                   rng.choice(reporters), txs=[settlement])
        rows.append(r)
        labels[r[0]] = "failed-settlement"

    keeper = rng.choice(reporters)
    causes.append("keeper-burst")
    begin = START + dt.timedelta(days=45, hours=3)
    for k in range(30):
        at = begin + dt.timedelta(minutes=rng.uniform(0, 150))
        summary = "keeper harvest transaction underpriced, %s" % rng.choice(ADJ)
        r = ticket(rng, key(), "rebalance_error", at, summary,
                   "Keeper bot harvest underpriced against basefee. " + BOILER, keeper)
        rows.append(r)
        labels[r[0]] = "keeper-burst"

    os.makedirs(args.out, exist_ok=True)
    path = os.path.join(args.out, "tracker.tsv")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write("\t".join(field(v) for v in r) + "\n")
    columns = ("id, issue_type, severity_level, reported_timestamp, network_conditions, price_context, "
               "protocol_state, source, external_id, title, body, affected_contracts, related_tx_hashes, "
               "reporter_address, symbol, protocol")
    subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", args.db, "-c",
                    "\\copy stablecoin_issues (%s) from '%s'" % (columns, path)], check=True)
    with open(os.path.join(args.out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump({"labels": labels, "causes": causes}, f)


if __name__ == "__main__":
    main()
