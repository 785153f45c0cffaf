#!/usr/bin/env python3
"""A review bundle read without any Pegboard code: Python's own sqlite3 and hashlib only.

Recomputes every table's SHA-256 from the README's canonical row encoding ("pegboard-row/1") and
prints one JSON object: the manifest, each table's row count and recomputed hash, and a few plain
SQL answers a third-party tool would ask (reports per type, the window's worst USDC price).

usage: read_bundle.py FILE
"""
import hashlib
import json
import sqlite3
import sys

ORDER = {  # the canonical row order of each table (README, "Review bundles")
    "stablecoin_issues": "id",
    "feed_samples": "series, ts",
    "annotations": "id",
    "audit_log": "id",
}


def encode(value):
    if value is None:
        return b"N"
    if isinstance(value, int):
        return b"I%d;" % value
    if isinstance(value, float):
        return b"R" + ("%.17g" % value).encode() + b";"
    if isinstance(value, str):
        data = value.encode("utf-8")
        return b"T%d:" % len(data) + data
    return b"B%d:" % len(value) + bytes(value)


def table_hash(db, table):
    columns = [row[1] for row in db.execute("SELECT * FROM pragma_table_info(?) ORDER BY cid", (table,))]
    whole = hashlib.sha256()
    rows = 0
    for row in db.execute("SELECT %s FROM %s ORDER BY %s" % (", ".join(columns), table, ORDER[table])):
        whole.update(hashlib.sha256(b"".join(encode(v) for v in row)).digest())
        rows += 1
    return rows, whole.hexdigest(), columns


def main():
    db = sqlite3.connect("file:%s?mode=ro" % sys.argv[1], uri=True)
    manifest = dict(db.execute("SELECT key, value FROM manifest"))
    tables = {}
    for table in ORDER:
        rows, digest, columns = table_hash(db, table)
        tables[table] = {"rows": rows, "sha256": digest, "columns": columns}
    by_type = dict(db.execute("SELECT issue_type, count(*) FROM stablecoin_issues GROUP BY 1 ORDER BY 1"))
    worst = db.execute("SELECT min(value) FROM feed_samples WHERE series = 'price:USDC'").fetchone()[0]
    gas = db.execute("SELECT count(*) FROM stablecoin_issues "
                     "WHERE json_extract(network_conditions, '$.gas_price_gwei') > 150").fetchone()[0]
    reporters = db.execute("SELECT count(*) FROM stablecoin_issues WHERE reporter_address IS NOT NULL").fetchone()[0]
    print(json.dumps({"manifest": manifest, "tables": tables, "issues_by_type": by_type,
                      "min_usdc_price": worst, "issues_above_150_gwei": gas,
                      "issues_with_reporter": reporters,
                      "application_id": db.execute("PRAGMA application_id").fetchone()[0],
                      "page_size": db.execute("PRAGMA page_size").fetchone()[0]}, sort_keys=True))


if __name__ == "__main__":
    main()
