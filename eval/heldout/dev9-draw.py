# Draws the twelfth sample (dev9.jsonl): run from the repository root before
# dev9.jsonl exists (it excludes every text and sentence of the samples in
# eval/heldout and of numeric_subset.jsonl). Prints the drawn paragraphs; see
# GUIDELINES.md, "Twelfth sample".
import json,re,glob,collections
docs=[json.loads(l) for l in open('../shared/data/ecbplus/docs.jsonl')]
num=set(json.loads(l)['doc'] for l in open('../shared/data/ecbplus/numeric_subset.jsonl'))
used=set(); usedsent=set()
def norm(s): return ' '.join(s.split()).lower()
bydoc={d['doc']:d for d in docs}
for f in glob.glob('eval/heldout/*.jsonl'):
    if f.endswith('dev9.jsonl'): continue
    for l in open(f):
        g=json.loads(l); doc=g['doc'].split('#')[0]; used.add(doc)
        t=g.get('text') or bydoc.get(doc,{}).get('text','')
        for s in t.split('\n'): usedsent.add(norm(s))
for d in docs:
    if d['doc'] in num:
        for s in d['text'].split('\n'): usedsent.add(norm(s))
NW=r'\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen)\b'
def numeric(s): return re.search(r'\d',s) or re.search(NW,s,re.I)
# Topics ranked by the share of their texts already taken (by an earlier
# sample or by numeric_subset.jsonl, on which the project was tuned), lowest
# first; ties by topic number. Topics with no free text drop out.
bytopic=collections.defaultdict(list)
for d in docs: bytopic[d['topic']].append(d)
rank=[]
for t,ds in bytopic.items():
    free=[d for d in ds if d['doc'] not in used and d['doc'] not in num]
    if not free: continue
    rank.append((1-len(free)/len(ds),t))
rank.sort()
seen=set(); out=[]
# In each topic, in that order, the first two texts (by doc id as a string)
# that hold a paragraph: the first line of at least 40 characters with an
# ASCII digit or a number word, and the three lines after it (fewer at the
# text's end), none of them a sentence of an earlier sample or already drawn,
# and at least two of the four with a digit or a number word.
for share,t in rank:
    cand=sorted([d for d in bytopic[t] if d['doc'] not in used and d['doc'] not in num], key=lambda d:d['doc'])
    k=0
    for d in cand:
        lines=d['text'].split('\n')
        for i,s in enumerate(lines):
            if len(s)<40 or not numeric(s): continue
            block=lines[i:i+4]
            ns=[norm(x) for x in block]
            if any(n in usedsent or n in seen for n in ns): continue
            if sum(1 for x in block if numeric(x))<2: continue
            seen.update(ns); out.append((t,round(share,2),d['doc'],i,i+len(block)-1,'\n'.join(block))); k+=1
            break
        if k==2: break
    if len(out)>=32: break
print(len(out))
json.dump(out, open('/tmp/dev9-drawn.json','w'))
for t,sh,doc,a,b,s in out: print('==',t,sh,doc,a,b,'\n'+s)
