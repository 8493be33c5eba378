#!/usr/bin/env python3
"""Moves each topic's reports (a local sample's city stretch) by whole weeks
so that every topic starts in the week of 2026-11-02, and writes them to
stdout: all the samples' cities then report in the same days, as a monitoring
desk's batch of many cities does. Weekdays stay right; a date written as a
date ("Oct. 4") no longer matches its report's publication, so recall falls;
what the batch measures is stories that mix cities.

    python3 eval/local/one-week.py eval/local/dev*-articles.jsonl > batch.jsonl
"""
import datetime
import json
import sys

rows = []
for path in sys.argv[1:]:
    with open(path) as f:
        rows += [json.loads(line) for line in f if line.strip()]
first = {}
for r in rows:
    first[r["topic"]] = min(first.get(r["topic"], r["published"]), r["published"])
target = datetime.date(2026, 11, 2)
for r in rows:
    d0 = datetime.date.fromisoformat(first[r["topic"]])
    shift = datetime.timedelta(days=round((target - d0).days / 7) * 7)
    r["published"] = (datetime.date.fromisoformat(r["published"]) + shift).isoformat()
    print(json.dumps(r))
