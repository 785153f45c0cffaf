#!/usr/bin/env python3
"""Baseline for bench_audit_verify: recompute the leaf hashes and RFC 6962 root of the leaf encodings
in FILE (each a 4-byte big-endian length and the bytes) with hashlib. Prints {"seconds", "cpu_seconds",
"root"}; only the recomputation is timed, not reading the file."""
import base64, hashlib, json, sys, time

data = open(sys.argv[1], "rb").read()
leaves, i = [], 0
while i < len(data):
    n = int.from_bytes(data[i:i + 4], "big")
    leaves.append(data[i + 4:i + 4 + n])
    i += 4 + n
start, cpu = time.perf_counter(), time.process_time()
level = [hashlib.sha256(b"\x00" + leaf).digest() for leaf in leaves]
while len(level) > 1:
    nxt = [hashlib.sha256(b"\x01" + level[k] + level[k + 1]).digest() for k in range(0, len(level) - 1, 2)]
    if len(level) % 2:
        nxt.append(level[-1])
    level = nxt
root = level[0] if level else hashlib.sha256(b"").digest()
print(json.dumps({"seconds": time.perf_counter() - start, "cpu_seconds": time.process_time() - cpu,
                  "leaves": len(leaves),
                  "root": base64.b64encode(root).decode()}))
