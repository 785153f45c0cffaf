#!/usr/bin/env python3
"""Independent verifier of Pegboard's evidence log, written from the README's description only
(section "Audit trail (Merkle log)"): Python standard library (hashlib, base64, json) and psql.

    verify_log.py --db URL [--checkpoint FILE] [--psql PATH]

Reads every leaf's row with psql, rebuilds each report's content at insert from the old values its
audit rows recorded, encodes each leaf canonically, hashes with RFC 6962 and prints one JSON line:
{"size": N, "root": base64}. With --checkpoint it also checks that the checkpoint's tree is a
prefix of the recomputed one (root of the first `size` leaves) and exits 3 when it is not.
The Ed25519 signature is not checked here (the standard library has no Ed25519).
"""
import argparse
import base64
import hashlib
import json
import subprocess
import sys

ISSUE_FIELDS = ["id", "source", "external_id", "issue_type", "severity_level",
                "reported_timestamp", "resolved_timestamp", "network_conditions", "price_context",
                "protocol_state", "estimated_loss_usd", "actual_loss_usd", "resolution_category",
                "prevention_implemented", "related_tx_hashes", "affected_contracts",
                "reporter_address", "title", "body", "protocol", "symbol", "cluster_id",
                "acknowledged_by", "acknowledged_at", "received_at"]
LIST_FIELDS = {"related_tx_hashes", "affected_contracts"}
TS = "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'"


def ts(col):
    return f"to_char({col} AT TIME ZONE 'UTC', {TS})"


ISSUE_SQL = ", ".join([
    "i.id::text", "i.source", "i.external_id", "i.issue_type", "i.severity_level::text",
    ts("i.reported_timestamp"), ts("i.resolved_timestamp"),
    "i.network_conditions::text", "i.price_context::text", "i.protocol_state::text",
    "i.estimated_loss_usd::text", "i.actual_loss_usd::text", "i.resolution_category",
    "CASE WHEN i.prevention_implemented THEN 'true' WHEN NOT i.prevention_implemented THEN 'false' END",
    "array_to_json(i.related_tx_hashes)::text", "array_to_json(i.affected_contracts)::text",
    "i.reporter_address", "i.title", "i.body", "i.protocol", "i.symbol", "i.cluster_id::text",
    "i.acknowledged_by", ts("i.acknowledged_at"), ts("i.received_at")])
AUDIT_SQL = ", ".join(["a.id::text", ts("a.at"), "a.actor", "a.action", "a.issue_id::text",
                       "a.details::text"])
LEAF_SQL = (f"SELECT l.idx, CASE WHEN l.issue_id IS NOT NULL THEN 'issue' ELSE 'audit' END, "
            f"{ISSUE_SQL}, {AUDIT_SQL} FROM merkle_leaves l "
            "LEFT JOIN stablecoin_issues i ON i.id = l.issue_id "
            "LEFT JOIN audit_log a ON a.id = l.audit_id ORDER BY l.idx")
CHANGES_SQL = ("SELECT l.idx, a.issue_id::text, (a.details -> 'changes')::text FROM merkle_leaves l "
               "JOIN audit_log a ON a.id = l.audit_id WHERE a.issue_id IS NOT NULL "
               "AND jsonb_typeof(a.details -> 'changes') = 'object' ORDER BY l.idx")

ESCAPES = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}


def copy_rows(psql, url, sql):
    """Rows of COPY (sql) TO STDOUT in text format, NULL as None."""
    out = subprocess.run([psql, "-X", "-q", "-d", url, "-c", f"COPY ({sql}) TO STDOUT"],
                         check=True, capture_output=True).stdout.decode("utf-8")
    for line in out.split("\n"):
        if line == "":
            continue
        yield [None if f == "\\N" else unescape(f) for f in line.split("\t")]


def unescape(field):
    if "\\" not in field:
        return field
    out, i = [], 0
    while i < len(field):
        c = field[i]
        if c == "\\" and i + 1 < len(field):
            e = field[i + 1]
            if e in ESCAPES:
                out.append(ESCAPES[e]); i += 2; continue
            if e in "01234567":
                j = i + 1
                while j < len(field) and j < i + 4 and field[j] in "01234567":
                    j += 1
                out.append(chr(int(field[i + 1:j], 8))); i = j; continue
            out.append(e); i += 2; continue
        out.append(c); i += 1
    return "".join(out)


def field(value):
    """One field: 4-byte big-endian length and UTF-8 bytes; NULL is 0xFFFFFFFF."""
    if value is None:
        return b"\xff\xff\xff\xff"
    data = value.encode("utf-8")
    return len(data).to_bytes(4, "big") + data


def list_field(values):
    if values is None:
        return b"\xff\xff\xff\xff"
    return len(values).to_bytes(4, "big") + b"".join(field(v) for v in values)


def encode(kind, names, values):
    data = field("pegboard-leaf/1") + field(kind)
    for name, value in zip(names, values):
        data += list_field(value) if name in LIST_FIELDS else field(value)
    return data


def leaf_hash(data):
    return hashlib.sha256(b"\x00" + data).digest()


def root(hashes):
    if not hashes:
        return hashlib.sha256(b"").digest()
    level = list(hashes)
    while len(level) > 1:
        nxt = [hashlib.sha256(b"\x01" + level[i] + level[i + 1]).digest()
               for i in range(0, len(level) - 1, 2)]
        if len(level) % 2:
            nxt.append(level[-1])
        level = nxt
    return level[0]


def leaves(psql, url):
    changes = {}
    for idx, issue, text in copy_rows(psql, url, CHANGES_SQL):
        changes.setdefault(issue, []).append((int(idx), json.loads(text)))
    hashes = []
    n_issue = len(ISSUE_FIELDS)
    for row in copy_rows(psql, url, LEAF_SQL):
        idx, kind = int(row[0]), row[1]
        if idx != len(hashes):
            raise SystemExit(f"leaf {len(hashes)} is missing")
        if kind == "issue":
            values = row[2:2 + n_issue]
            if values[0] is None:
                raise SystemExit(f"leaf {idx}: the report is gone")
            for name in LIST_FIELDS:
                k = ISSUE_FIELDS.index(name)
                values[k] = None if values[k] is None else json.loads(values[k])
            # The value at insert is the "old" of the first recorded change after the leaf.
            seen = set()
            for change_idx, columns in changes.get(values[0], []):
                if change_idx <= idx:
                    continue
                for name, entry in columns.items():
                    if name in ISSUE_FIELDS and name not in seen:
                        seen.add(name)
                        values[ISSUE_FIELDS.index(name)] = entry.get("old")
            hashes.append(leaf_hash(encode("issue", ISSUE_FIELDS, values)))
        else:
            values = row[2 + n_issue:]
            if values[0] is None:
                raise SystemExit(f"leaf {idx}: the audit row is gone")
            hashes.append(leaf_hash(encode("audit", ["id", "at", "actor", "action", "issue_id", "details"],
                                           values)))
    return hashes


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--db", required=True)
    p.add_argument("--checkpoint")
    p.add_argument("--psql", default="psql")
    a = p.parse_args()
    hashes = leaves(a.psql, a.db)
    result = {"size": len(hashes), "root": base64.b64encode(root(hashes)).decode()}
    status = 0
    if a.checkpoint:
        lines = open(a.checkpoint, encoding="utf-8").read().split("\n")
        size, want = int(lines[1]), lines[2]
        got = base64.b64encode(root(hashes[:size])).decode() if size <= len(hashes) else None
        result["checkpoint_size"] = size
        result["consistent"] = got == want
        status = 0 if got == want else 3
    print(json.dumps(result))
    return status


if __name__ == "__main__":
    sys.exit(main())
