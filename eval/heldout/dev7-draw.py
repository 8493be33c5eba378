# Draws the tenth sample (dev7.jsonl): run from the repository root before
# dev7.jsonl exists (it excludes every sentence of the samples in eval/heldout).
# Prints the drawn sentences; see GUIDELINES.md, "Tenth sample".
import json,collections,re,glob
docs=[json.loads(l) for l in open('../shared/data/ecbplus/docs.jsonl')]
num=set(json.loads(l)['doc'] for l in open('../shared/data/ecbplus/numeric_subset.jsonl'))
used=set(); usedsent=set()
def norm(s): return ' '.join(s.split()).lower()
bydoc={d['doc']:d for d in docs}
for f in glob.glob('eval/heldout/*.jsonl'):
    if f.endswith('dev7.jsonl'): continue
    for l in open(f):
        g=json.loads(l); used.add(g['doc'])
        t=g.get('text') or bydoc.get(g['doc'],{}).get('text','')
        for s in t.split('\n'): usedsent.add(norm(s))
for d in docs:
    if d['doc'] in num:
        for s in d['text'].split('\n'): usedsent.add(norm(s))
NW=r'\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen)\b'
tot=collections.Counter(); uc=collections.Counter()
for d in docs:
    if d['doc'] in num: continue
    tot[d['topic']]+=1
    if d['doc'] in used: uc[d['topic']]+=1
topics=sorted(tot, key=lambda t:(uc[t]/tot[t], t))
topics=[t for t in topics if uc[t]/tot[t] <= 0.25]
seen=set(); out=[]
for t in topics:
    cand=sorted([d for d in docs if d['topic']==t and d['doc'] not in used and d['doc'] not in num], key=lambda d:d['doc'])
    k=0
    for d in cand:
        for i,s in enumerate(d['text'].split('\n')):
            n=norm(s)
            if len(s)<40 or n in usedsent or n in seen: continue
            if not (re.search(r'\d',s) or re.search(NW,s,re.I)): continue
            seen.add(n); out.append((t,d['doc'],i,s)); k+=1
            break
        if k==3: break
print(len(topics), topics, len(out))
json.dump(out, open('/tmp/dev7-drawn.json','w'))
for t,doc,i,s in out: print(t,doc,i,'|',s)
