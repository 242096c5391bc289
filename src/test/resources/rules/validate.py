#!/usr/bin/env python3
"""Check the win-rules corpus against CORPUS-SCHEMA (see README.md) and print its shape.

Usage: python3 src/test/resources/rules/validate.py [DIR]
DIR defaults to the directory this script lives in. Exit status 1 when any line is wrong.
Standard library only.
"""
import json
import os
import sys
from collections import Counter

ROLES = ["backend", "frontend", "sre", "data", "mobile", "security", "management"]
COMPETENCIES = {"code-quality", "system-design", "problem-solving", "collaboration",
                "delivery", "continuous-improvement"}
DIMENSIONS = {"percent", "duration", "money", "bytes", "count", "ratio"}
DIRECTIONS = {"better", "worse", None}
PERIODS = {"second", "minute", "hour", "day", "week", "month", "quarter", "year", None}
BOUNDS = {"under", "over", None}
WIN_KEYS = {"id", "role", "text", "metrics", "competencies"}
METRIC_KEYS = {"subject", "terms", "before", "after", "delta", "value",
               "dimension", "direction", "period", "bound"}
SUBCOMMANDS = {"help", "list", "edit", "delete", "packet", "remind", "review", "export", "forget-me"}

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def read_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{os.path.basename(path)}:{n}", "blank line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{os.path.basename(path)}:{n}", f"not JSON: {e}")
                continue
            rows.append((n, obj))
    return rows


def check_metric(where, m, text):
    if not isinstance(m, dict):
        err(where, "metric is not an object")
        return
    keys = set(m)
    if keys != METRIC_KEYS:
        err(where, f"metric keys missing {sorted(METRIC_KEYS - keys)} extra {sorted(keys - METRIC_KEYS)}")
        return
    if not isinstance(m["subject"], str) or not m["subject"].strip():
        err(where, "subject must be a non-empty string")
    terms = m["terms"]
    if not (isinstance(terms, list) and 1 <= len(terms) <= 3
            and all(isinstance(t, str) and t and t == t.lower() for t in terms)):
        err(where, f"terms must be 1-3 non-empty lowercase strings: {terms!r}")
    else:
        low = text.lower()
        if not any(t in low for t in terms):
            err(where, f"no term of {terms} appears in the text")
        if not any(t in m["subject"].lower() for t in terms):
            err(where, f"no term of {terms} appears in the subject {m['subject']!r}")
    if m["dimension"] not in DIMENSIONS:
        err(where, f"dimension {m['dimension']!r}")
    if m["direction"] not in DIRECTIONS:
        err(where, f"direction {m['direction']!r}")
    if m["period"] not in PERIODS:
        err(where, f"period {m['period']!r}")
    if m["bound"] not in BOUNDS:
        err(where, f"bound {m['bound']!r}")
    for k in ("before", "after", "delta", "value"):
        if m[k] is not None and not is_num(m[k]):
            err(where, f"{k} must be a number or null: {m[k]!r}")
    b, a, d, v = (m[k] is not None for k in ("before", "after", "delta", "value"))
    if (b, a, d, v) == (True, True, False, False):
        shape = "from-to"
        if m["before"] == m["after"]:
            err(where, "before equals after")
    elif (b, a, d, v) == (False, False, True, False):
        shape = "delta"
        if m["delta"] == 0:
            err(where, "delta is zero")
    elif (b, a, d, v) == (False, False, False, True):
        shape = "value"
    else:
        err(where, "exactly one shape: before+after, or delta, or value")
        return None
    if m["bound"] is not None and shape != "value":
        err(where, "bound only goes with a plain value")
    if m["dimension"] == "ratio" and shape == "value" and is_num(m["value"]) and m["value"] <= 0:
        err(where, "ratio must be positive")
    # house convention (README): direction is set for changes, null for plain quantities
    if shape in ("from-to", "delta") and m["direction"] is None:
        err(where, "a change (from-to or delta) needs a direction")
    if shape == "value" and m["dimension"] != "ratio" and m["direction"] is not None:
        err(where, "a plain quantity has direction null (only ratios and changes carry one)")
    if shape == "value" and m["dimension"] == "ratio" and m["direction"] is None:
        err(where, "a ratio (a change as a multiplier) needs a direction")
    if m["dimension"] == "percent" and shape == "value" and is_num(m["value"]) and m["value"] > 100 \
            and m["bound"] is None:
        err(where, "percent value above 100 — should it be a ratio?")
    return shape


def check_wins(path, prefix, seen_ids, seen_texts):
    rows = read_jsonl(path)
    name = os.path.basename(path)
    out = []
    for n, w in rows:
        where = f"{name}:{n}"
        if not isinstance(w, dict):
            err(where, "line is not an object")
            continue
        if set(w) != WIN_KEYS:
            err(where, f"keys missing {sorted(WIN_KEYS - set(w))} extra {sorted(set(w) - WIN_KEYS)}")
            continue
        wid = w["id"]
        where = f"{name}:{n} ({wid})"
        if not (isinstance(wid, str) and wid.startswith(prefix) and wid[1:].isdigit() and len(wid) == 4):
            err(where, f"id must be {prefix}NNN")
        if wid in seen_ids:
            err(where, "duplicate id")
        seen_ids.add(wid)
        if w["role"] not in ROLES:
            err(where, f"role {w['role']!r}")
        text = w["text"]
        if not isinstance(text, str) or not text.strip():
            err(where, "text must be a non-empty string")
            continue
        key = " ".join(text.lower().split())
        if key in seen_texts:
            err(where, f"duplicate text (also {seen_texts[key]})")
        seen_texts[key] = wid
        comps = w["competencies"]
        if not (isinstance(comps, list) and 1 <= len(comps) <= 3 and all(c in COMPETENCIES for c in comps)
                and len(set(comps)) == len(comps)):
            err(where, f"competencies must be 1-3 distinct ids of {sorted(COMPETENCIES)}: {comps!r}")
        if not isinstance(w["metrics"], list):
            err(where, "metrics must be a list")
            continue
        shapes = [check_metric(f"{where} metric {i + 1}", m, text) for i, m in enumerate(w["metrics"])]
        out.append((w, shapes))
    return out


def check_commands(path):
    rows = read_jsonl(path)
    name = os.path.basename(path)
    texts = set()
    c = Counter()
    for n, obj in rows:
        where = f"{name}:{n}"
        if not isinstance(obj, dict):
            err(where, "line is not an object")
            continue
        expect = obj.get("expect")
        if expect == "win":
            if set(obj) != {"text", "expect"}:
                err(where, "a win line has exactly text and expect")
        elif expect == "suggest":
            if set(obj) != {"text", "expect", "command"}:
                err(where, "a suggest line has exactly text, expect and command")
            elif not isinstance(obj["command"], str) or obj["command"].split(" ")[0] not in SUBCOMMANDS:
                err(where, f"command must start with a subcommand: {obj.get('command')!r}")
        else:
            err(where, f"expect must be win or suggest: {expect!r}")
        t = obj.get("text")
        if not isinstance(t, str) or not t.strip():
            err(where, "text must be a non-empty string")
            continue
        if t in texts:
            err(where, "duplicate text")
        texts.add(t)
        c[expect] += 1
    return c, len(rows)


def report(label, wins):
    total = len(wins)
    if not total:
        print(f"{label}: no wins")
        return
    roles = Counter(w["role"] for w, _ in wins)
    with_m = [w for w, _ in wins if w["metrics"]]
    multi = [w for w in with_m if len(w["metrics"]) > 1]
    dims = Counter(m["dimension"] for w in with_m for m in w["metrics"])
    shapes = Counter(s for _, ss in wins for s in ss if s)
    periods = Counter(m["period"] for w in with_m for m in w["metrics"] if m["period"])
    bounds = Counter(m["bound"] for w in with_m for m in w["metrics"] if m["bound"])
    first = Counter(w["competencies"][0] for w, _ in wins)
    nmetrics = sum(len(w["metrics"]) for w in with_m)
    print(f"== {label}: {total} wins, {nmetrics} metrics")
    print("  roles:        " + ", ".join(f"{r} {roles[r]}" for r in ROLES))
    print(f"  with metric:  {len(with_m)} ({100 * len(with_m) / total:.1f}%), without {total - len(with_m)}")
    print(f"  multi-metric: {len(multi)} ({100 * len(multi) / max(1, len(with_m)):.1f}% of metric wins)")
    print("  dimensions:   " + ", ".join(f"{d} {n}" for d, n in dims.most_common()))
    print("  shapes:       " + ", ".join(f"{d} {n}" for d, n in shapes.most_common()))
    print("  periods:      " + ", ".join(f"{d} {n}" for d, n in periods.most_common()))
    print("  bounds:       " + ", ".join(f"{d} {n}" for d, n in bounds.most_common()))
    print("  best competency: " + ", ".join(f"{d} {n}" for d, n in first.most_common()))


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    seen_ids, seen_texts = set(), {}
    halves = {}
    for fname, prefix in (("wins-tuning.jsonl", "t"), ("wins-tuning-2.jsonl", "u"),
                          ("wins-tuning-3.jsonl", "v"), ("wins-tuning-4.jsonl", "y"),
                          ("wins-heldout.jsonl", "h"),
                          ("wins-fresh.jsonl", "x"), ("wins-fresh-2.jsonl", "z"),
                          ("wins-fresh-3.jsonl", "w"), ("wins-fresh-4.jsonl", "b"),
                          ("wins-fresh-5.jsonl", "c")):
        path = os.path.join(base, fname)
        if os.path.exists(path):
            halves[fname] = check_wins(path, prefix, seen_ids, seen_texts)
        else:
            print(f"(missing {fname})")
    for fname, wins in halves.items():
        report(fname, wins)
    if len(halves) > 1:
        report("all files", [x for ws in halves.values() for x in ws])
    cpath = os.path.join(base, "commands.jsonl")
    if os.path.exists(cpath):
        c, n = check_commands(cpath)
        print(f"== commands.jsonl: {n} lines, win {c['win']}, suggest {c['suggest']}")
    else:
        print("(missing commands.jsonl)")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
