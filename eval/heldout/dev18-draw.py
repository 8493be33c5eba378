# Checks, for the twenty-first sample (dev18.jsonl), what ECB+ has left of the
# reporting it is weighted to: politics and government (budgets, votes, polls,
# election results, seats, bills) and markets and earnings. Run from the
# repository root before dev18.jsonl exists. It applies the twentieth sample's
# exclusions (dev17-draw.py): the texts of numeric_subset.jsonl, every text any
# file in eval/heldout, eval/casualties or eval/timeml holds (by doc), the
# texts of the subtopics eval/incidents scores, and every line that, spaces
# collapsed and lower-cased, is a line of any of those texts; then counts, per
# topic, the free lines of at least 40 characters with an ASCII digit or a
# number word (as dev17's rule). The election (11), riots (19), nomination
# (34) and acquisition (43, 44) topics have none left, and no ECB+ topic
# reports a budget, a poll or markets, so the sample is written by the
# project in those genres' styles (see GUIDELINES.md, "Twenty-first sample").
# It reads no line's text: it prints counts only.
import json,re,glob
from collections import Counter
docs=[json.loads(l) for l in open('../shared/data/ecbplus/docs.jsonl')]
num=set(json.loads(l)['doc'] for l in open('../shared/data/ecbplus/numeric_subset.jsonl'))
bydoc={d['doc']:d for d in docs}
def norm(s): return ' '.join(s.split()).lower()
taken=set(); usedsent=set(); subtopics=set()
for f in glob.glob('eval/heldout/*.jsonl')+glob.glob('eval/casualties/*.jsonl')+glob.glob('eval/timeml/*.jsonl'):
    if f.endswith('dev18.jsonl'): continue
    for l in open(f):
        g=json.loads(l); doc=g.get('doc')
        if not isinstance(doc,str): continue
        doc=doc.split('#')[0]; taken.add(doc)
        t=g.get('text') or bydoc.get(doc,{}).get('text','')
        for s in t.split('\n'): usedsent.add(norm(s))
for f in glob.glob('eval/incidents/*.jsonl'):
    for l in open(f):
        subtopics.add(json.loads(l).get('subtopic'))
for d in docs:
    if d['doc'] in num or d['doc'] in taken or d['subtopic'] in subtopics:
        for s in d['text'].split('\n'): usedsent.add(norm(s))
NW=r'\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen)\b'
def numeric(s): return re.search(r'\d',s) or re.search(NW,s,re.I)
texts=Counter(); lines=Counter()
for d in docs:
    if d['doc'] in num or d['doc'] in taken or d['subtopic'] in subtopics: continue
    texts[d['topic']]+=1
    for s in d['text'].split('\n'):
        if len(s)>=40 and numeric(s) and norm(s) not in usedsent: lines[d['topic']]+=1
# Topics of politics and government (11 an election, 19 riots after a police
# shooting, 34 a surgeon general's nomination) and of business (43, 44
# acquisitions); the rest of ECB+ for comparison.
for t in [11,19,34,43,44]:
    print('politics/business topic', t, 'free texts', texts[t], 'free lines', lines[t])
print('other topics with free lines:', {t:lines[t] for t in sorted(lines) if t not in (11,19,34,43,44) and lines[t]})
