#!/usr/bin/env python3
"""Findings of `crosscheck check` on a local sample, with whether each compares different gold incidents.
usage: python3 eval/findings.py SAMPLE [--show]   (from the repository root, after
`cargo build --release`; SAMPLE names eval/local/SAMPLE-articles.jsonl; never --show on
a blind sample). Counts `crosscheck check`'s findings by type and those whose claims
come from different gold incidents (`subtopic`)."""
import json, subprocess, sys, tempfile, os, collections
s = sys.argv[1]; show = '--show' in sys.argv
arts = [json.loads(l) for l in open(f'eval/local/{s}-articles.jsonl') if l.strip()]
tmp = tempfile.NamedTemporaryFile('w', suffix='.jsonl', delete=False)
for a in arts:
    a = dict(a); a['id'] = a['doc']; tmp.write(json.dumps(a) + '\n')
tmp.close()
ev = {a['doc']: a.get('subtopic') for a in arts}
out = subprocess.run(['target/release/crosscheck', 'check', tmp.name, '--format', 'json'], capture_output=True, text=True).stdout
os.unlink(tmp.name)
rep = json.loads(out)
fs = rep.get('findings', [])
cnt = collections.Counter(); cross = collections.Counter()
for f in fs:
    t = f.get('type'); cnt[t] += 1
    arts_ = set()
    def walk(o):
        if isinstance(o, dict):
            if 'article' in o and isinstance(o['article'], str): arts_.add(o['article'])
            for v in o.values(): walk(v)
        elif isinstance(o, list):
            for v in o: walk(v)
    walk(f)
    evs = {ev.get(a) for a in arts_}
    if len(evs) > 1: cross[t] += 1
    if show and t in ('conflict', 'superseded'):
        print(t, 'CROSS' if len(evs) > 1 else 'same', f.get('message', '')[:200])
print(s, dict(cnt), 'across incidents:', dict(cross))
