#!/usr/bin/env python3
"""Recomputes the audit hash chain outside the audit service (docs/audit-chain.md).

    python3 scripts/verify-audit-chain.py postgresql://user@host:5432/ziba_audit

Reads audit_record in chain order through `psql` (one JSON object a line) and checks, for every
record: its prev_hash is the hash of the record before it (the genesis, 64 zeros, for the first),
its hash is sha256(prev_hash + "\\n" + canonical JSON of its content), and its indexed columns say
what its content says. Version 2 records are hashed over RFC 8785 (JCS); version 1 records, the
first ones, over the same text except that integer-like keys come first, in numeric order.

Exits 0 with "intact" when every record checks, 1 naming the first broken record, 2 when the
records could not be read. Python 3 standard library only.
"""

import argparse
import hashlib
import json
import math
import os
import re
import subprocess
import sys
from decimal import Decimal

GENESIS = "0" * 64

QUERY = """
select json_build_object(
  'seq', seq::text, 'event_id', event_id, 'action', action, 'entity_type', entity_type, 'entity_id', entity_id,
  'actor_id', actor_id, 'amount', amount::text, 'prev_hash', prev_hash, 'hash', hash, 'hash_version', hash_version,
  'data', data)
from audit_record order by seq
"""

# --- RFC 8785 -------------------------------------------------------------------------------

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def jcs_string(s: str) -> str:
    out = ['"']
    for ch in s:
        code = ord(ch)
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif code < 0x20:
            out.append("\\u%04x" % code)
        elif 0xD800 <= code <= 0xDFFF:
            raise ValueError("a string holds a lone surrogate")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def jcs_number(x: float) -> str:
    """ECMAScript's Number::toString: the shortest digits that read back as the same double."""
    if math.isnan(x) or math.isinf(x):
        raise ValueError(f"{x} has no JSON form")
    if x == 0:
        return "0"  # -0 too
    sign = "-" if x < 0 else ""
    # repr gives the shortest round-trip digits, as ECMAScript does; only the layout differs.
    _, digits, exponent = Decimal(repr(abs(x))).as_tuple()
    s = "".join(map(str, digits)).rstrip("0")
    exponent += len(digits) - len(s)
    k = len(s)
    n = exponent + k  # the value is 0.s × 10^n
    if k <= n <= 21:
        text = s + "0" * (n - k)
    elif 0 < n <= 21:
        text = s[:n] + "." + s[n:]
    elif -6 < n <= 0:
        text = "0." + "0" * (-n) + s
    else:
        e = n - 1
        text = (s if k == 1 else s[0] + "." + s[1:]) + "e" + ("+" if e >= 0 else "-") + str(abs(e))
    return sign + text


def utf16_order(key: str) -> bytes:
    return key.encode("utf-16-be", "surrogatepass")


_INDEX = re.compile(r"0|[1-9][0-9]*")


def v1_order(key: str):
    """Version 1: JavaScript's own key order, array-index keys first in numeric order."""
    if _INDEX.fullmatch(key) and int(key) < 2**32 - 1:
        return (0, int(key), b"")
    return (1, 0, utf16_order(key))


def canonical(value, key_order) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return jcs_number(float(value))  # JSON numbers are doubles, as JavaScript read them
    if isinstance(value, str):
        return jcs_string(value)
    if isinstance(value, list):
        return "[" + ",".join(canonical(v, key_order) for v in value) + "]"
    if isinstance(value, dict):
        keys = sorted(value, key=key_order)
        return "{" + ",".join(jcs_string(k) + ":" + canonical(value[k], key_order) for k in keys) + "}"
    raise ValueError(f"not JSON: {type(value).__name__}")


def jcs(value) -> str:
    return canonical(value, utf16_order)


CANONICAL = {1: lambda v: canonical(v, v1_order), 2: jcs}


def chain_hash(prev_hash: str, content, version: int) -> str:
    return hashlib.sha256((prev_hash + "\n" + CANONICAL[version](content)).encode("utf-8")).hexdigest()


# --- the chain ------------------------------------------------------------------------------


def records(database_url: str):
    """The records in chain order, streamed from psql a thousand at a time."""
    env = dict(os.environ, PGCLIENTENCODING="UTF8")
    command = ["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-v", "FETCH_COUNT=1000", "-d", database_url, "-c", QUERY]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, encoding="utf-8") as psql:
        for line in psql.stdout:
            if line.strip():
                yield json.loads(line)
        error = psql.stderr.read()
    if psql.returncode != 0:
        raise RuntimeError(f"psql failed ({psql.returncode}): {error.strip()}")


def check(r: dict, prev: str):
    """Why the record does not follow `prev`, or None."""
    if r["prev_hash"] != prev:
        return "the link to the previous record does not match"
    if r["hash_version"] not in CANONICAL:
        return f"unknown hash version {r['hash_version']}"
    try:
        if chain_hash(prev, r["data"], r["hash_version"]) != r["hash"]:
            return "the record does not match its hash"
    except ValueError as err:
        return f"the content has no canonical form: {err}"
    d = r["data"]
    columns = {"eventId": "event_id", "action": "action", "entityType": "entity_type", "entityId": "entity_id", "actorId": "actor_id", "amount": "amount"}
    for field, column in columns.items():
        if d.get(field) != r[column]:
            return f"the column {column} differs from the hashed content"
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description="Recomputes the audit hash chain (docs/audit-chain.md).")
    parser.add_argument("database_url", help="the audit database, e.g. postgresql://user@host:5432/ziba_audit")
    args = parser.parse_args()
    prev, count, versions = GENESIS, 0, {}
    try:
        for r in records(args.database_url):
            count += 1
            reason = check(r, prev)
            if reason:
                print(f"audit chain broken at record seq={r['seq']} (event {r['event_id']}): {reason}")
                return 1
            versions[r["hash_version"]] = versions.get(r["hash_version"], 0) + 1
            prev = r["hash"]
    except (RuntimeError, OSError, json.JSONDecodeError, KeyError) as err:
        print(f"cannot read the audit records: {err}", file=sys.stderr)
        return 2
    by_version = ", ".join(f"v{v}: {n}" for v, n in sorted(versions.items())) or "none"
    print(f"audit chain intact: {count} records ({by_version}), head {prev}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
