//! Average-linkage grouping over a sparse graph of candidate pairs.
//!
//! Each article is scored against the articles that share a rare term with
//! it (an inverted index), within the time window, and keeps its best few
//! neighbours: a sparse graph of O(n·k) edges. Groups are then merged,
//! most similar first, while the *average* similarity between two groups
//! (a pair with no edge counts 0) reaches the threshold. Average linkage
//! does not chain: one article that resembles two incidents cannot pull
//! them together, which single linkage (or a union of pairs) would.

use super::terms::Term;
use super::Fingerprint;
use crate::config::StoryRules;
use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashMap};

/// Cosine of two unit vectors sorted by term id.
fn dot(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    let (mut i, mut j, mut s) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => {
                s += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    s
}

/// An article's view as a unit vector of TF-IDF weights
/// (`(1 + ln tf) · ln(N / df)`), sorted by term id.
fn weigh(v: &[(u32, f32)], df: &[u32], n: f32) -> Vec<(u32, f32)> {
    let mut out: Vec<(u32, f32)> = v
        .iter()
        .map(|&(t, tf)| {
            let d = df[t as usize].max(1) as f32;
            (t, (1.0 + tf.ln().max(0.0)) * (n / d).ln().max(0.0))
        })
        .filter(|p| p.1 > 0.0)
        .collect();
    let norm = out.iter().map(|p| p.1 * p.1).sum::<f32>().sqrt();
    if norm > 0.0 {
        for p in &mut out {
            p.1 /= norm;
        }
    }
    out
}

/// Whether two sorted lists share an item.
fn shares(a: &[Term], b: &[Term]) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => return true,
        }
    }
    false
}

/// How many of a term's most recent holders are read per article: enough
/// for every report of one incident, few enough to bound the work.
const SCAN: usize = 64;

/// A term held by at most this many articles (a victim's name, a street
/// block) finds candidates back to the follow-up horizon; commoner ones
/// only within the window.
const FOLLOW_UP_DF: u32 = 20;

/// A group's edges: (neighbour, summed score). A list, not a map: groups
/// have a few dozen neighbours, which a scan finds faster than a hash and
/// which sit together in memory.
///
/// The group's size sits beside its edges: a merge candidate reads both
/// sides' sizes and one side's edges, from memory anywhere in the batch.
#[derive(Debug, Clone)]
struct Adj(Vec<(u32, f32)>, u32);

impl Default for Adj {
    fn default() -> Self {
        Adj(Vec::new(), 1)
    }
}

impl Adj {
    /// The summed score with `c` (0 when none).
    fn get(&self, c: u32) -> f32 {
        self.0.iter().find(|e| e.0 == c).map_or(0.0, |e| e.1)
    }

    /// Adds `w` to the score with `c`; returns the new sum.
    fn add(&mut self, c: u32, w: f32) -> f32 {
        match self.0.iter_mut().find(|e| e.0 == c) {
            Some(e) => {
                e.1 += w;
                e.1
            }
            None => {
                self.0.push((c, w));
                w
            }
        }
    }

    /// Removes `c`; returns its score (0 when none).
    fn remove(&mut self, c: u32) -> f32 {
        match self.0.iter().position(|e| e.0 == c) {
            Some(i) => self.0.swap_remove(i).1,
            None => 0.0,
        }
    }
}

/// A candidate merge: two groups and their average similarity.
#[derive(Debug, PartialEq)]
struct Merge {
    avg: f32,
    a: u32,
    b: u32,
}

impl Eq for Merge {}

impl Ord for Merge {
    fn cmp(&self, o: &Self) -> Ordering {
        // Highest average first; ties by the smaller ids, so the result
        // never depends on hash order.
        self.avg
            .total_cmp(&o.avg)
            .then_with(|| o.a.cmp(&self.a))
            .then_with(|| o.b.cmp(&self.b))
    }
}

impl PartialOrd for Merge {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

/// Groups `fps` into stories (indices into `fps`, each story's in
/// ascending order, stories by their first article).
pub fn build(fps: &[Fingerprint], rules: &StoryRules) -> Vec<Vec<usize>> {
    let n = fps.len();
    if n == 0 {
        return Vec::new();
    }
    // Terms as dense ids (one hash look-up per term of each article): the
    // rest of the work indexes vectors, which stays fast when a hundred
    // thousand articles' terms no longer fit in the cache.
    let mut ids: HashMap<Term, u32> = HashMap::new();
    let mut df: Vec<u32> = Vec::new();
    let mut intern = |v: &[(Term, f32)]| -> Vec<(u32, f32)> {
        let mut out: Vec<(u32, f32)> = v
            .iter()
            .map(|&(t, tf)| {
                let next = ids.len() as u32;
                let id = *ids.entry(t).or_insert(next);
                if id as usize == df.len() {
                    df.push(0);
                }
                df[id as usize] += 1;
                (id, tf)
            })
            .collect();
        out.sort_unstable_by_key(|p| p.0);
        out
    };
    let raw_words: Vec<Vec<(u32, f32)>> = fps.iter().map(|f| intern(&f.words)).collect();
    let raw_names: Vec<Vec<(u32, f32)>> = fps.iter().map(|f| intern(&f.names)).collect();
    drop(ids);
    // IDF as if the batch held at least `background_articles` articles:
    // in a batch of three reports of one shooting, the victim's name is in
    // every one, and plain IDF would weigh it as nothing.
    let nf = n.max(rules.background_articles) as f32 + 1.0;
    let common = ((rules.common_share * n as f32).ceil() as u32).max(4);
    let words: Vec<Vec<(u32, f32)>> = raw_words.iter().map(|v| weigh(v, &df, nf)).collect();
    let names: Vec<Vec<(u32, f32)>> = raw_names.iter().map(|v| weigh(v, &df, nf)).collect();
    drop((raw_words, raw_names));

    // In event-time order (undated last), ties by id: postings then hold
    // the most recent articles last, and input order never matters.
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| {
        let (x, y) = (&fps[a], &fps[b]);
        (x.event.is_none(), x.event, &x.article).cmp(&(y.event.is_none(), y.event, &y.article))
    });
    // Groups are numbered by that order too: edges join articles close in
    // time, so the linkage below reads memory close together.
    let mut rank: Vec<u32> = vec![0; n];
    for (p, &i) in order.iter().enumerate() {
        rank[i] = p as u32;
    }
    let mut postings: Vec<Vec<u32>> = vec![Vec::new(); df.len()];
    // Shared rare weight per candidate article, and which were touched.
    let mut shared: Vec<f32> = vec![0.0; n];
    let mut touched: Vec<u32> = Vec::new();
    // Edges as adjacency lists of groups (one article each, at first).
    let mut adj: Vec<Adj> = vec![Adj::default(); n];
    for &i in &order {
        let f = &fps[i];
        for &(t, w) in words[i].iter().chain(&names[i]) {
            let d = df[t as usize];
            if d > common {
                continue;
            }
            // The most recent holders of the term, back to the window (to
            // the follow-up horizon for a name few articles share).
            let horizon = if d <= FOLLOW_UP_DF {
                rules.follow_up_days
            } else {
                rules.window_days
            };
            for &j in postings[t as usize].iter().rev().take(SCAN) {
                let gap = f
                    .event
                    .zip(fps[j as usize].event)
                    .map(|(a, b)| (a - b).num_days());
                if gap.is_some_and(|g| g > horizon) {
                    break;
                }
                if shared[j as usize] == 0.0 {
                    touched.push(j);
                }
                shared[j as usize] += w;
            }
        }
        let mut cands: Vec<(u32, f32)> = touched.iter().map(|&j| (j, shared[j as usize])).collect();
        for &j in &touched {
            shared[j as usize] = 0.0;
        }
        touched.clear();
        cands.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        cands.truncate(rules.candidates);
        for (j, _) in cands {
            let j = j as usize;
            let g = &fps[j];
            let ws = dot(&words[i], &words[j]);
            let ns = dot(&names[i], &names[j]);
            if let (Some(a), Some(b)) = (f.event, g.event) {
                let gap = (a - b).num_days().abs();
                // A follow-up (an arrest, a funeral, a trial) may come weeks
                // later: it names the same people. A new event in the same
                // place shares the street and the city, and seldom a person.
                let follow_up = gap <= rules.follow_up_days
                    && ns >= rules.follow_up_names
                    && shares(&f.persons, &g.persons);
                if gap > rules.window_days && !follow_up {
                    continue;
                }
            }
            let mut s = rules.words_weight * ws + rules.names_weight * ns;
            // Reports of one place on the same day or the next: the date
            // and place agree, which the words alone cannot say.
            let same_day = f
                .event
                .zip(g.event)
                .is_some_and(|(a, b)| (a - b).num_days().abs() <= 1);
            if same_day && f.place.is_some() && f.place == g.place {
                s += rules.same_day_bonus;
            }
            if s > 0.0 {
                let (ri, rj) = (rank[i], rank[j]);
                adj[ri as usize].add(rj, s);
                adj[rj as usize].add(ri, s);
            }
        }
        for &(t, _) in words[i].iter().chain(&names[i]) {
            if df[t as usize] <= common {
                postings[t as usize].push(i as u32);
            }
        }
    }

    // Average linkage: merge the pair of groups with the highest average
    // similarity while it reaches `join`. A heap entry holds the average
    // as it was when pushed; a group only grows, so an entry whose sums did
    // not change since is an upper bound of the true average, and is
    // recomputed (and pushed again if it still reaches `join`) when it comes
    // up. Only the neighbours of the smaller group, whose sums change on a
    // merge, are pushed anew: a large story absorbing reports one by one
    // does not re-read all its neighbours each time.
    let mut members: Vec<Vec<usize>> = order.iter().map(|&i| vec![i]).collect();
    let mut heap: BinaryHeap<Merge> = BinaryHeap::new();
    let push = |heap: &mut BinaryHeap<Merge>, x: usize, y: usize, avg: f32| {
        let (a, b) = if x < y { (x, y) } else { (y, x) };
        heap.push(Merge {
            avg,
            a: a as u32,
            b: b as u32,
        });
    };
    // The first candidates, every pair's own score, sorted once (a sorted
    // list is read in order, where a heap of this size would be read all
    // over); the heap holds only what merges push anew.
    let mut initial: Vec<Merge> = Vec::new();
    for (a, edges) in adj.iter().enumerate() {
        for &(b, w) in &edges.0 {
            if a < b as usize && w >= rules.join {
                initial.push(Merge {
                    avg: w,
                    a: a as u32,
                    b,
                });
            }
        }
    }
    initial.sort_unstable_by(|x, y| y.cmp(x));
    let mut initial = initial.into_iter().peekable();
    let mut next = |heap: &mut BinaryHeap<Merge>| -> Option<Merge> {
        match (initial.peek(), heap.peek()) {
            (Some(i), Some(h)) if h > i => heap.pop(),
            (Some(_), _) => initial.next(),
            (None, _) => heap.pop(),
        }
    };
    while let Some(m) = next(&mut heap) {
        let (a, b) = (m.a as usize, m.b as usize);
        // A group folded into another has size 0.
        if adj[a].1 == 0 || adj[b].1 == 0 {
            continue;
        }
        let w = adj[a].get(b as u32);
        let avg = w / (adj[a].1 as f32 * adj[b].1 as f32);
        if avg < m.avg - 1e-6 {
            if avg >= rules.join {
                push(&mut heap, a, b, avg);
            }
            continue;
        }
        // Keep the group with the larger adjacency; fold the other into it.
        let (keep, gone) = if adj[a].0.len() >= adj[b].0.len() {
            (a, b)
        } else {
            (b, a)
        };
        let moved = std::mem::take(&mut adj[gone].0);
        let folded = std::mem::take(&mut members[gone]);
        members[keep].extend(folded);
        adj[keep].1 += adj[gone].1;
        adj[gone].1 = 0;
        adj[keep].remove(gone as u32);
        for (c, w) in moved {
            if c as usize == keep {
                continue;
            }
            let sum = adj[keep].add(c, w);
            let e = adj[c as usize].remove(gone as u32);
            adj[c as usize].add(keep as u32, e);
            let avg = sum / (adj[keep].1 as f32 * adj[c as usize].1 as f32);
            if avg >= rules.join {
                push(&mut heap, keep, c as usize, avg);
            }
        }
    }
    let mut out: Vec<Vec<usize>> = members
        .into_iter()
        .zip(adj)
        .filter(|(_, g)| g.1 > 0)
        .map(|(mut m, _)| {
            m.sort_unstable();
            m
        })
        .collect();
    out.sort_by_key(|m| m[0]);
    out
}
