# Draws the eleventh sample (dev8.jsonl): run from the repository root before
# dev8.jsonl exists (it excludes every text and sentence of the samples in
# eval/heldout). Prints the drawn sentences; see GUIDELINES.md, "Eleventh sample".
import json,re,glob
docs=[json.loads(l) for l in open('../shared/data/ecbplus/docs.jsonl')]
num=set(json.loads(l)['doc'] for l in open('../shared/data/ecbplus/numeric_subset.jsonl'))
used=set(); usedsent=set()
def norm(s): return ' '.join(s.split()).lower()
bydoc={d['doc']:d for d in docs}
for f in glob.glob('eval/heldout/*.jsonl'):
    if f.endswith('dev8.jsonl'): continue
    for l in open(f):
        g=json.loads(l); doc=g['doc'].split('#')[0]; used.add(doc)
        t=g.get('text') or bydoc.get(doc,{}).get('text','')
        for s in t.split('\n'): usedsent.add(norm(s))
for d in docs:
    if d['doc'] in num:
        for s in d['text'].split('\n'): usedsent.add(norm(s))
NW=r'\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen)\b'
# The third blind sample's business, technology and sport topics.
topics=[5,7,10,25,29,31,35,27,30,40,42,43,44]
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
        if k==5: break
print(len(out))
json.dump(out, open('/tmp/dev8-drawn.json','w'))
for t,doc,i,s in out: print(t,doc,i,'|',s)
