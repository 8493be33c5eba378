# Checks, for the twenty-second sample (dev19.jsonl), what ECB+ has left of the
# reporting it is weighted to: sport (scores, records, fees, contracts, times,
# league tables) and technology and product news (specifications, prices,
# shipments), with some business (acquisitions). It applies the twentieth
# sample's exclusions as dev18-draw.py does (dev18.jsonl is now among the
# files read, and dev19.jsonl is skipped), then counts, per topic, the free
# lines of at least 40 characters with an ASCII digit or a number word. The
# sport topics (5, 7, 10, 25, 29, 31: basketball, boxing, baseball and
# American football), the technology topics (27, 40, 42: software, computers,
# phones) and the acquisitions (43, 44) have none left (topic 5 one free text,
# with no such line), so the sample is written by the
# project in those genres' styles (see GUIDELINES.md, "Twenty-second
# sample"). It reads no line's text: it prints counts only.
import json,re,glob
from collections import Counter
docs=[json.loads(l) for l in open('../shared/data/ecbplus/docs.jsonl')]
num=set(json.loads(l)['doc'] for l in open('../shared/data/ecbplus/numeric_subset.jsonl'))
bydoc={d['doc']:d for d in docs}
def norm(s): return ' '.join(s.split()).lower()
taken=set(); usedsent=set(); subtopics=set()
for f in glob.glob('eval/heldout/*.jsonl')+glob.glob('eval/casualties/*.jsonl')+glob.glob('eval/timeml/*.jsonl'):
    if f.endswith('dev19.jsonl'): continue
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
SPORT=[5,7,10,25,29,31]; TECH=[27,40,42]; BUSINESS=[43,44]
for t in SPORT: print('sport topic', t, 'free texts', texts[t], 'free lines', lines[t])
for t in TECH: print('technology topic', t, 'free texts', texts[t], 'free lines', lines[t])
for t in BUSINESS: print('business topic', t, 'free texts', texts[t], 'free lines', lines[t])
print('other topics with free lines:', {t:lines[t] for t in sorted(lines) if t not in SPORT+TECH+BUSINESS and lines[t]})
