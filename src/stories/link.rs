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

/// Cosine of two unit vectors sorted by term.
fn dot(a: &[(Term, f32)], b: &[(Term, f32)]) -> f32 {
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

/// An article's two views as unit vectors of TF-IDF weights
/// (`(1 + ln tf) · ln(N / df)`), sorted by term.
fn weigh(v: &[(Term, f32)], df: &HashMap<Term, u32>, n: f32) -> Vec<(Term, f32)> {
    let mut out: Vec<(Term, f32)> = v
        .iter()
        .map(|&(t, tf)| {
            let d = df.get(&t).copied().unwrap_or(1).max(1) as f32;
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
    let mut df: HashMap<Term, u32> = HashMap::new();
    for f in fps {
        for (t, _) in f.words.iter().chain(&f.names) {
            *df.entry(*t).or_insert(0) += 1;
        }
    }
    // IDF as if the batch held at least `background_articles` articles:
    // in a batch of three reports of one shooting, the victim's name is in
    // every one, and plain IDF would weigh it as nothing.
    let nf = n.max(rules.background_articles) as f32 + 1.0;
    let common = ((rules.common_share * n as f32).ceil() as u32).max(4);
    let words: Vec<Vec<(Term, f32)>> = fps.iter().map(|f| weigh(&f.words, &df, nf)).collect();
    let names: Vec<Vec<(Term, f32)>> = fps.iter().map(|f| weigh(&f.names, &df, nf)).collect();

    // In event-time order (undated last), ties by id: postings then hold
    // the most recent articles last, and input order never matters.
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| {
        let (x, y) = (&fps[a], &fps[b]);
        (x.event.is_none(), x.event, &x.article).cmp(&(y.event.is_none(), y.event, &y.article))
    });
    let mut postings: HashMap<Term, Vec<u32>> = HashMap::new();
    let mut shared: HashMap<u32, f32> = HashMap::new();
    // Edges as adjacency maps of groups (one article each, at first).
    let mut adj: Vec<HashMap<u32, f32>> = vec![HashMap::new(); n];
    for &i in &order {
        let f = &fps[i];
        shared.clear();
        for &(t, w) in words[i].iter().chain(&names[i]) {
            if df.get(&t).copied().unwrap_or(0) > common {
                continue;
            }
            if let Some(p) = postings.get(&t) {
                for &j in p.iter().rev().take(64) {
                    *shared.entry(j).or_insert(0.0) += w;
                }
            }
        }
        let mut cands: Vec<(u32, f32)> = shared.iter().map(|(&j, &w)| (j, w)).collect();
        cands.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        cands.truncate(rules.candidates);
        for (j, _) in cands {
            let j = j as usize;
            let g = &fps[j];
            let ws = dot(&words[i], &words[j]);
            let ns = dot(&names[i], &names[j]);
            if let (Some(a), Some(b)) = (f.event, g.event) {
                let gap = (a - b).num_days().abs();
                // The later of the two may be a follow-up (an arrest, a
                // funeral) when it names the same people and reports no
                // toll of a day of its own.
                let later = if a >= b { f } else { g };
                let follow_up = !later.event_stated
                    && gap <= rules.follow_up_days
                    && ns >= rules.follow_up_names;
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
                adj[i].insert(j as u32, s);
                adj[j].insert(i as u32, s);
            }
        }
        for &(t, _) in words[i].iter().chain(&names[i]) {
            if df.get(&t).copied().unwrap_or(0) <= common {
                postings.entry(t).or_default().push(i as u32);
            }
        }
    }

    // Average linkage: merge the pair of groups with the highest average
    // similarity while it reaches `join`. Stale heap entries (a group that
    // has since grown or been absorbed) are recognised by their size.
    let mut size: Vec<u32> = vec![1; n];
    let mut alive: Vec<bool> = vec![true; n];
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    let mut heap: BinaryHeap<(Merge, u32, u32)> = BinaryHeap::new();
    for a in 0..n {
        for (&b, &w) in &adj[a] {
            if (a as u32) < b && w >= rules.join {
                heap.push((
                    Merge {
                        avg: w,
                        a: a as u32,
                        b,
                    },
                    1,
                    1,
                ));
            }
        }
    }
    while let Some((m, sa, sb)) = heap.pop() {
        let (a, b) = (m.a as usize, m.b as usize);
        if !alive[a] || !alive[b] || size[a] != sa || size[b] != sb {
            continue;
        }
        // Keep the group with the larger adjacency; fold the other into it.
        let (keep, gone) = if adj[a].len() >= adj[b].len() {
            (a, b)
        } else {
            (b, a)
        };
        alive[gone] = false;
        let moved = std::mem::take(&mut adj[gone]);
        let folded = std::mem::take(&mut members[gone]);
        members[keep].extend(folded);
        size[keep] += size[gone];
        adj[keep].remove(&(gone as u32));
        for (c, w) in moved {
            if c as usize == keep {
                continue;
            }
            *adj[keep].entry(c).or_insert(0.0) += w;
            let e = adj[c as usize].remove(&(gone as u32)).unwrap_or(0.0);
            *adj[c as usize].entry(keep as u32).or_insert(0.0) += e;
        }
        let sk = size[keep];
        for (&c, &w) in &adj[keep] {
            let sc = size[c as usize];
            let avg = w / (sk as f32 * sc as f32);
            if avg >= rules.join {
                let (x, y, sx, sy) = if (keep as u32) < c {
                    (keep as u32, c, sk, sc)
                } else {
                    (c, keep as u32, sc, sk)
                };
                heap.push((Merge { avg, a: x, b: y }, sx, sy));
            }
        }
    }
    let mut out: Vec<Vec<usize>> = members
        .into_iter()
        .zip(alive)
        .filter(|(_, a)| *a)
        .map(|(mut m, _)| {
            m.sort_unstable();
            m
        })
        .collect();
    out.sort_by_key(|m| m[0]);
    out
}
