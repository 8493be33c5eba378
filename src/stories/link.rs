//! Average-linkage grouping over a sparse graph of candidate pairs.
//!
//! Each article is scored against the articles that share a rare term with
//! it (an inverted index), within the time window, and keeps its best few
//! neighbours: a sparse graph of O(n·k) edges. Groups are then merged,
//! most similar first, while the *average* similarity between two groups
//! (a pair with no edge counts 0) reaches the threshold. Average linkage
//! does not chain: one article that resembles two incidents cannot pull
//! them together, which single linkage (or a union of pairs) would.
//!
//! Both steps read memory close together, so that ten times the articles
//! take about ten times the time: articles are numbered by event time and
//! what the scoring reads of them is stored in that order (a candidate is
//! a recent article), and the merging follows chains of nearest neighbours
//! (see [`link`]) rather than popping a global heap all over memory.

use super::terms::Term;
use super::Fingerprint;
use crate::config::StoryRules;
use chrono::Datelike;
use std::cmp::Ordering;
use std::collections::HashMap;

/// Cosine of two unit vectors sorted by term id.
fn dot(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    dot_except(a, b, &[])
}

/// [`dot`] without the terms of `skip` (sorted).
fn dot_except(a: &[(u32, f32)], b: &[(u32, f32)], skip: &[u32]) -> f32 {
    let (mut i, mut j, mut s) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => {
                if skip.binary_search(&a[i].0).is_err() {
                    s += a[i].1 * b[j].1;
                }
                i += 1;
                j += 1;
            }
        }
    }
    s
}

/// An article's view as a unit vector of TF-IDF weights
/// (`(1 + ln tf) · ln(N / df)`), sorted by term id, pushed to `out`.
fn weigh(v: &[(u32, f32)], df: &[u32], n: f32, out: &mut Vec<(u32, f32)>) {
    let from = out.len();
    out.extend(
        v.iter()
            .map(|&(t, tf)| {
                let d = df[t as usize].max(1) as f32;
                (t, (1.0 + tf.ln().max(0.0)) * (n / d).ln().max(0.0))
            })
            .filter(|p| p.1 > 0.0),
    );
    let out = &mut out[from..];
    let norm = out.iter().map(|p| p.1 * p.1).sum::<f32>().sqrt();
    if norm > 0.0 {
        for p in out {
            p.1 /= norm;
        }
    }
}

/// Whether two groups' record numbers (each with its source, sorted)
/// tell different incidents: a source both give numbers of, none the
/// same. A department numbers each incident once; another agency (the
/// fire department beside the police) numbers it its own way.
fn other_cases(a: &[(Term, Term)], b: &[(Term, Term)]) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    a.iter().any(|&(source, _)| {
        let theirs = b.iter().filter(|x| x.0 == source);
        let mut any = false;
        for x in theirs {
            any = true;
            if a.binary_search(x).is_ok() {
                return false;
            }
        }
        any
    })
}

/// Whether two regions of datelines, lower-case letters only, are one:
/// the same, or one an abbreviation of the other, its letters in order
/// from the same first letter ("ky" and "kentucky", "calif" and
/// "california", "wa" and "washington"). Two that only look alike so
/// ("mo" and "montana") count as one: the rule keeps groups apart only
/// where it is sure.
fn same_region(a: &str, b: &str) -> bool {
    let abbreviates = |short: &str, long: &str| {
        let mut rest = long.chars();
        short.chars().next() == long.chars().next() && short.chars().all(|c| rest.any(|l| l == c))
    };
    a == b || abbreviates(a, b) || abbreviates(b, a)
}

/// Whether two sorted lists share an item (a term, a block address of
/// street and number).
fn shares<T: Ord>(a: &[T], b: &[T]) -> bool {
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

/// No group: the end of a chain, a neighbour not found.
const NONE: u32 = u32::MAX;

/// Average linkage over a sparse graph, by nearest-neighbour chains.
///
/// `adj[g]` lists group `g`'s neighbours and summed scores, sorted by
/// neighbour and symmetric (the score of `a` with `b` is the score of `b`
/// with `a`, to the bit). The average similarity of two groups is their
/// summed score over the product of their sizes (a pair with no edge counts
/// 0). Returns, for each article, the article that names its group.
///
/// Why chains rather than a heap of all pairs: the result is the same, and
/// the work stays where the last merge was. Average linkage is *reducible*
/// (the average of `k` with `i ∪ j` is the size-weighted mean of its
/// averages with `i` and with `j`, never above the larger), so two groups
/// that are each other's nearest neighbour merge in the greedy order too,
/// whatever else merges first: following nearest neighbours from any group
/// until two point at each other, merging them, and going on from the
/// chain's rest builds the same groups as always merging the globally most
/// similar pair (ties aside, which both break towards the smaller group
/// number). A heap of every pair is read all over memory, one cache miss a
/// pop; a chain walks neighbours, which were numbered by event time and
/// sit together. A group whose best average is below `join` is *settled*:
/// by the same mean, no merge elsewhere can lift any of its averages to
/// `join`, so it is never looked at again.
///
/// `apart` says which groups never merge, whatever their scores (see
/// [`Apart`]: two groups that each cite towns' police, none the same, for
/// one): after each merge the new group's edges to such groups are
/// dropped. That keeps the
/// chains sound, since dropping an edge only lowers an average (as a merge
/// does), so a chain's earlier links still point at their nearest.
fn link(mut adj: Vec<Vec<(u32, f32)>>, join: f32, mut apart: Apart) -> Vec<u32> {
    let n = adj.len();
    for g in 0..n {
        apart.drop_edges(&mut adj, g);
    }
    let mut size = vec![1u32; n];
    // A folded group points at the group it was folded into.
    let mut into: Vec<u32> = (0..n as u32).collect();
    let mut settled = vec![false; n];
    let mut chain: Vec<u32> = Vec::new();
    let mut on_chain = vec![false; n];
    // Groups made by a merge while a chain was still being followed: they
    // may have neighbours to merge with, so they start a chain later.
    let mut restart: Vec<u32> = Vec::new();
    let mut next = 0usize;
    loop {
        let x = match chain.last() {
            Some(&x) => x as usize,
            None => {
                let open = |g: usize| size[g] > 0 && !settled[g];
                let mut start = None;
                while let Some(g) = restart.pop() {
                    if open(g as usize) {
                        start = Some(g as usize);
                        break;
                    }
                }
                if start.is_none() {
                    while next < n && !open(next) {
                        next += 1;
                    }
                    if next == n {
                        break;
                    }
                    start = Some(next);
                }
                let g = start.unwrap_or(next);
                chain.push(g as u32);
                on_chain[g] = true;
                g
            }
        };
        let prev = if chain.len() >= 2 {
            chain[chain.len() - 2]
        } else {
            NONE
        };
        // The nearest neighbour: the highest average; on a tie the group
        // the chain came from (so a chain never circles), else the smaller
        // number (the list is sorted, and only a higher average replaces).
        let sx = size[x] as f32;
        let (mut best, mut nearest) = (f32::NEG_INFINITY, NONE);
        for &(c, w) in &adj[x] {
            // A settled group cannot reach `join` (see above); skipping it
            // also means every step settles, merges or grows the chain by a
            // group not on it, so the loop ends whatever the scores.
            if settled[c as usize] {
                continue;
            }
            let avg = w / (sx * size[c as usize] as f32);
            if avg > best || (avg == best && c == prev) {
                best = avg;
                nearest = c;
            }
        }
        if nearest == NONE || best < join {
            settled[x] = true;
            on_chain[x] = false;
            chain.pop();
        } else if nearest == prev || on_chain[nearest as usize] {
            // Two groups that are each other's nearest: merge them. (A
            // neighbour further down the chain could only be met if scores
            // were not symmetric, which `fold` keeps them; merging it too,
            // a pair above `join`, keeps a chain from circling for ever.)
            while let Some(g) = chain.pop() {
                on_chain[g as usize] = false;
                if g == nearest {
                    break;
                }
            }
            let y = nearest as usize;
            // Fold the group with the shorter list into the other: fewer
            // neighbours' lists to rewrite.
            let (keep, gone) = if adj[x].len() >= adj[y].len() {
                (x, y)
            } else {
                (y, x)
            };
            fold(&mut adj, keep as u32, gone as u32);
            apart.fold(keep, gone);
            apart.drop_edges(&mut adj, keep);
            size[keep] += size[gone];
            size[gone] = 0;
            into[gone] = keep as u32;
            settled[keep] = false;
            restart.push(keep as u32);
        } else {
            chain.push(nearest);
            on_chain[nearest as usize] = true;
        }
    }
    // Each article's group: follow the folds (halving the paths as we go).
    for i in 0..n {
        let mut g = i;
        while into[g] as usize != g {
            let up = into[g] as usize;
            into[g] = into[up];
            g = up;
        }
        into[i] = g as u32;
    }
    into
}

/// What keeps two groups apart whatever their scores, each when both
/// groups give it: the towns whose police their articles cite, none the
/// same; the victims they describe, none the same; block addresses, none
/// within `near_blocks` of one of the other's on one street; the kinds of
/// incident their leads tell of, none the same; the sexes of the people
/// their reports count first, none the same; or the days their articles'
/// own dates place their events, more than `span` apart, with no person
/// named in both.
struct Apart {
    /// Per group, the towns its articles cite (sorted).
    towns: Vec<Vec<Term>>,
    /// Per group, the first and last day its articles' own dates place
    /// their events (days from the common era).
    days: Vec<Option<(i32, i32)>>,
    /// Per group, the persons its articles name (sorted).
    persons: Vec<Vec<Term>>,
    /// Per group, the surnames of the victims its articles name (sorted).
    victims: Vec<Vec<Term>>,
    /// Per group, the block addresses its articles give (sorted).
    blocks: Vec<Vec<(Term, u32)>>,
    /// The kinds of incident its leads tell of, sorted.
    kinds: Vec<Vec<Term>>,
    /// The sexes of the people its reports count first, sorted.
    sexes: Vec<Vec<Term>>,
    /// Per group, the record numbers its articles give, each with its
    /// article's source (sorted).
    cases: Vec<Vec<(Term, Term)>>,
    /// Per group, the regions its reports' datelines name (sorted).
    regions: Vec<Vec<String>>,
    /// Per group, its reports' own counts of the killed and hurt (sorted).
    tolls: Vec<Vec<Term>>,
    /// Per group, the tolls of other incidents its reports recall (see
    /// `Fingerprint::recalls`).
    recalls: Vec<Vec<Vec<Term>>>,
    /// Per group, the days its reports tell another incident happened on
    /// (see `Fingerprint::recalled_days`), sorted.
    recalled_days: Vec<Vec<i32>>,
    /// Per group, the days its reports' own dates place their events on,
    /// sorted.
    stated: Vec<Vec<i32>>,
    /// How near two blocks of one street must be for one incident.
    near_blocks: u32,
    /// The widest span of those days one group may hold (0: no limit).
    span: i32,
}

/// Sorted union of two sorted lists, into `into`.
fn union<T: Ord>(into: &mut Vec<T>, more: Vec<T>) {
    if !more.is_empty() {
        into.extend(more);
        into.sort_unstable();
        into.dedup();
    }
}

/// Whether two groups both give block addresses, none of one within
/// `near` of one of the other's on the same street: a shooting at the
/// 5400 block and a drive-by at the 7200 block of one avenue, the same
/// day, are two incidents, and so are a party shooting at a block of one
/// street and a carjacking at a block of another (a release gives the
/// block of its scene); one scene, chase or search spans a few blocks
/// ("the 12000 block", then "the 12500 block" of one street).
fn far_blocks(a: &[(Term, u32)], b: &[(Term, u32)], near: u32) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    for &(sa, na) in a {
        for &(sb, nb) in b {
            if sa == sb && na.abs_diff(nb) <= near {
                return false;
            }
        }
    }
    true
}

/// Whether a toll one group's reports recall of another incident (each
/// figure of its sentence) is counted as their own by the other group's
/// reports (`tolls`, sorted): that group is the recalled incident.
fn recalled(recalls: &[Vec<Term>], tolls: &[Term]) -> bool {
    !tolls.is_empty()
        && recalls
            .iter()
            .any(|r| r.iter().all(|t| tolls.binary_search(t).is_ok()))
}

impl Apart {
    /// No constraint on `n` groups.
    #[cfg(test)]
    fn none(n: usize) -> Self {
        Apart {
            towns: vec![Vec::new(); n],
            days: vec![None; n],
            persons: vec![Vec::new(); n],
            victims: vec![Vec::new(); n],
            blocks: vec![Vec::new(); n],
            kinds: vec![Vec::new(); n],
            sexes: vec![Vec::new(); n],
            cases: vec![Vec::new(); n],
            regions: vec![Vec::new(); n],
            tolls: vec![Vec::new(); n],
            recalls: vec![Vec::new(); n],
            recalled_days: vec![Vec::new(); n],
            stated: vec![Vec::new(); n],
            near_blocks: 0,
            span: 0,
        }
    }

    /// Whether groups `a` and `b` may never merge.
    fn kept(&self, a: usize, b: usize) -> bool {
        let (ta, tb) = (&self.towns[a], &self.towns[b]);
        if !ta.is_empty() && !tb.is_empty() && !shares(ta, tb) {
            return true;
        }
        let (va, vb) = (&self.victims[a], &self.victims[b]);
        if !va.is_empty() && !vb.is_empty() && !shares(va, vb) {
            return true;
        }
        if far_blocks(&self.blocks[a], &self.blocks[b], self.near_blocks) {
            return true;
        }
        let (ka, kb) = (&self.kinds[a], &self.kinds[b]);
        if !ka.is_empty() && !kb.is_empty() && !shares(ka, kb) {
            return true;
        }
        let (ka, kb) = (&self.sexes[a], &self.sexes[b]);
        if !ka.is_empty() && !kb.is_empty() && !shares(ka, kb) {
            return true;
        }
        if other_cases(&self.cases[a], &self.cases[b]) {
            return true;
        }
        let (ra, rb) = (&self.regions[a], &self.regions[b]);
        if !ra.is_empty()
            && !rb.is_empty()
            && !ra.iter().any(|x| rb.iter().any(|y| same_region(x, y)))
        {
            return true;
        }
        if recalled(&self.recalls[a], &self.tolls[b]) || recalled(&self.recalls[b], &self.tolls[a])
        {
            return true;
        }
        // A group one of whose reports' own dates place its event on a
        // day the other's reports tell another incident happened on holds
        // that incident.
        let on = |days: &[i32], g: usize| shares(days, &self.stated[g]);
        if on(&self.recalled_days[a], b) || on(&self.recalled_days[b], a) {
            return true;
        }
        match (self.days[a], self.days[b]) {
            (Some((a0, a1)), Some((b0, b1))) if self.span > 0 => {
                a1.max(b1) - a0.min(b0) > self.span && !shares(&self.persons[a], &self.persons[b])
            }
            _ => false,
        }
    }

    /// Group `gone` joins group `keep`.
    fn fold(&mut self, keep: usize, gone: usize) {
        let towns = std::mem::take(&mut self.towns[gone]);
        union(&mut self.towns[keep], towns);
        let persons = std::mem::take(&mut self.persons[gone]);
        union(&mut self.persons[keep], persons);
        let victims = std::mem::take(&mut self.victims[gone]);
        union(&mut self.victims[keep], victims);
        let blocks = std::mem::take(&mut self.blocks[gone]);
        union(&mut self.blocks[keep], blocks);
        let kinds = std::mem::take(&mut self.kinds[gone]);
        union(&mut self.kinds[keep], kinds);
        let sexes = std::mem::take(&mut self.sexes[gone]);
        union(&mut self.sexes[keep], sexes);
        let cases = std::mem::take(&mut self.cases[gone]);
        union(&mut self.cases[keep], cases);
        let regions = std::mem::take(&mut self.regions[gone]);
        union(&mut self.regions[keep], regions);
        let tolls = std::mem::take(&mut self.tolls[gone]);
        union(&mut self.tolls[keep], tolls);
        let recalls = std::mem::take(&mut self.recalls[gone]);
        union(&mut self.recalls[keep], recalls);
        let days = std::mem::take(&mut self.recalled_days[gone]);
        union(&mut self.recalled_days[keep], days);
        let stated = std::mem::take(&mut self.stated[gone]);
        union(&mut self.stated[keep], stated);
        self.days[keep] = match (self.days[keep], self.days[gone].take()) {
            (Some((a0, a1)), Some((b0, b1))) => Some((a0.min(b0), a1.max(b1))),
            (a, b) => a.or(b),
        };
    }

    /// Drops group `g`'s edges, both ways, to groups it is kept apart from.
    /// Dropping an edge only lowers an average, as a merge may, so the
    /// nearest-neighbour chains stay sound.
    fn drop_edges(&self, adj: &mut [Vec<(u32, f32)>], g: usize) {
        if self.towns[g].is_empty()
            && self.days[g].is_none()
            && self.victims[g].is_empty()
            && self.blocks[g].is_empty()
            && self.kinds[g].is_empty()
            && self.sexes[g].is_empty()
            && self.cases[g].is_empty()
            && self.regions[g].is_empty()
            && self.recalls[g].is_empty()
            && self.recalled_days[g].is_empty()
            && self.tolls[g].is_empty()
        {
            return;
        }
        let gone: Vec<u32> = adj[g]
            .iter()
            .map(|e| e.0)
            .filter(|&c| self.kept(g, c as usize))
            .collect();
        if gone.is_empty() {
            return;
        }
        adj[g].retain(|e| !gone.contains(&e.0));
        for c in gone {
            adj[c as usize].retain(|e| e.0 as usize != g);
        }
    }
}

/// Folds group `gone` into group `keep` in the adjacency lists: `keep`'s
/// list becomes the sum of both (without the two groups themselves), and
/// each of `gone`'s neighbours counts its score with `gone` towards `keep`.
///
/// Both sides of a pair add the same two numbers, so the scores stay
/// symmetric to the bit, which the chains rely on to meet.
fn fold(adj: &mut [Vec<(u32, f32)>], keep: u32, gone: u32) {
    let moved = std::mem::take(&mut adj[gone as usize]);
    let old = std::mem::take(&mut adj[keep as usize]);
    let mut sum = Vec::with_capacity(old.len() + moved.len());
    let (mut i, mut j) = (0, 0);
    while i < old.len() || j < moved.len() {
        let a = old.get(i).map_or(NONE, |e| e.0);
        let b = moved.get(j).map_or(NONE, |e| e.0);
        match a.cmp(&b) {
            Ordering::Less => {
                if a != gone {
                    sum.push(old[i]);
                }
                i += 1;
            }
            Ordering::Greater => {
                if b != keep {
                    sum.push(moved[j]);
                }
                j += 1;
            }
            Ordering::Equal => {
                sum.push((a, old[i].1 + moved[j].1));
                i += 1;
                j += 1;
            }
        }
    }
    adj[keep as usize] = sum;
    for &(c, _) in &moved {
        if c == keep {
            continue;
        }
        let list = &mut adj[c as usize];
        let Ok(g) = list.binary_search_by_key(&gone, |e| e.0) else {
            continue;
        };
        match list.binary_search_by_key(&keep, |e| e.0) {
            Ok(k) => {
                list[k].1 += list[g].1;
                list.remove(g);
            }
            // No edge with `keep` yet: `gone`'s entry becomes it, moved to
            // its place in the order.
            Err(k) if k > g => {
                list[g..k].rotate_left(1);
                list[k - 1].0 = keep;
            }
            Err(k) => {
                list[k..=g].rotate_right(1);
                list[k].0 = keep;
            }
        }
    }
}

/// Term vectors of all articles, one after another: a hundred thousand
/// articles' vectors in two allocations, and in the order they are stored
/// (by event time) neighbours in time sit together in memory.
struct Vectors {
    /// Where each article's vector starts, and one past the last.
    at: Vec<u32>,
    /// (term, weight) pairs, each article's sorted by term.
    terms: Vec<(u32, f32)>,
}

impl Vectors {
    /// Room for `n` articles' vectors of `terms` pairs in all (sized
    /// once: doubling a list this long would hold two copies at once).
    fn with_capacity(n: usize, terms: usize) -> Self {
        let mut at = Vec::with_capacity(n + 1);
        at.push(0);
        Vectors {
            at,
            terms: Vec::with_capacity(terms),
        }
    }

    /// Ends the vector being pushed to `terms`.
    fn close(&mut self) {
        self.at.push(self.terms.len() as u32);
    }

    fn get(&self, i: usize) -> &[(u32, f32)] {
        &self.terms[self.at[i] as usize..self.at[i + 1] as usize]
    }
}

/// Each article's source template: for an article of a source with at
/// least `rules.template_articles` articles in the batch, the terms (of
/// both views, as ids) that at least `rules.template_share` of that
/// source's articles hold, sorted; empty for the others. A department's
/// releases share their header, their headings ("Homicide
/// investigation") and their phrasing ("officers responded", "located an
/// adult male") whatever the incident, so those terms say nothing of
/// which incident a release reports. What one event's reports share is
/// not in most of a busy source's articles, which tell many incidents.
fn templates(
    fps: &[Fingerprint],
    views: [&Vectors; 2],
    rules: &StoryRules,
) -> Vec<std::rc::Rc<[u32]>> {
    let none: std::rc::Rc<[u32]> = std::rc::Rc::from(Vec::new());
    let mut out = vec![none; fps.len()];
    if rules.template_articles == 0 {
        return out;
    }
    let mut by_source: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, f) in fps.iter().enumerate() {
        if let Some(s) = f.source.as_deref() {
            by_source.entry(s).or_default().push(i);
        }
    }
    for members in by_source.values() {
        if members.len() < rules.template_articles {
            continue;
        }
        let mut held: HashMap<u32, usize> = HashMap::new();
        for &i in members {
            for v in views {
                for &(t, _) in v.get(i) {
                    *held.entry(t).or_insert(0) += 1;
                }
            }
        }
        let need = (rules.template_share * members.len() as f32)
            .ceil()
            .max(2.0) as usize;
        let mut common: Vec<u32> = held
            .into_iter()
            .filter(|&(_, k)| k >= need)
            .map(|(t, _)| t)
            .collect();
        if common.is_empty() {
            continue;
        }
        common.sort_unstable();
        let common: std::rc::Rc<[u32]> = std::rc::Rc::from(common);
        for &i in members {
            out[i] = common.clone();
        }
    }
    out
}

/// Groups `fps` into stories (indices into `fps`, each story's in
/// ascending order, stories by their first article).
pub fn build(fps: &[Fingerprint], rules: &StoryRules) -> Vec<Vec<usize>> {
    let n = fps.len();
    if n == 0 {
        return Vec::new();
    }
    // In event-time order (undated last), ties by id: postings then hold
    // the most recent articles last, and input order never matters.
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| {
        let (x, y) = (&fps[a], &fps[b]);
        (x.event.is_none(), x.event, &x.article).cmp(&(y.event.is_none(), y.event, &y.article))
    });
    // From here on an article is named by its rank in that order, and what
    // the scoring reads of it is stored by rank: candidates are recent
    // articles, so their vectors, dates and places are a few pages back
    // rather than anywhere in a batch of a hundred thousand.
    //
    // Terms as dense ids (one hash look-up per term of each article), given
    // in input order as they always were: a term's id fixes the order in
    // which weights are summed, and so the scores to the last bit.
    let mut ids: HashMap<Term, u32> = HashMap::new();
    let mut df: Vec<u32> = Vec::new();
    let mut intern = |v: &[(Term, f32)], out: &mut Vectors| {
        let from = out.terms.len();
        out.terms.extend(v.iter().map(|&(t, tf)| {
            let next = ids.len() as u32;
            let id = *ids.entry(t).or_insert(next);
            if id as usize == df.len() {
                df.push(0);
            }
            df[id as usize] += 1;
            (id, tf)
        }));
        out.terms[from..].sort_unstable_by_key(|p| p.0);
        out.close();
    };
    let mut raw_words = Vectors::with_capacity(n, fps.iter().map(|f| f.words.len()).sum());
    let mut raw_names = Vectors::with_capacity(n, fps.iter().map(|f| f.names.len()).sum());
    for f in fps {
        intern(&f.words, &mut raw_words);
    }
    for f in fps {
        intern(&f.names, &mut raw_names);
    }
    drop(ids);
    // IDF as if the batch held at least `background_articles` articles:
    // in a batch of three reports of one shooting, the victim's name is in
    // every one, and plain IDF would weigh it as nothing.
    let nf = n.max(rules.background_articles) as f32 + 1.0;
    let common = ((rules.common_share * n as f32).ceil() as u32).max(4);
    let mut words = Vectors::with_capacity(n, raw_words.terms.len());
    let mut names = Vectors::with_capacity(n, raw_names.terms.len());
    let template = templates(fps, [&raw_words, &raw_names], rules);
    let template: Vec<std::rc::Rc<[u32]>> = order.iter().map(|&i| template[i].clone()).collect();
    for &i in &order {
        weigh(raw_words.get(i), &df, nf, &mut words.terms);
        words.close();
        weigh(raw_names.get(i), &df, nf, &mut names.terms);
        names.close();
    }
    drop((raw_words, raw_names));
    // Event days (days from the common era) and places (as numbers, 0 for
    // none) by rank; read from the fingerprints in input order, where they
    // sit one after another.
    let mut place_ids: HashMap<std::borrow::Cow<str>, u32> = HashMap::new();
    let by_input: Vec<(Option<i32>, u32)> = fps
        .iter()
        .map(|f| {
            let place = f
                .place
                .as_deref()
                .map(super::terms::place_street_key)
                .map_or(0, |p| {
                    let next = place_ids.len() as u32 + 1;
                    *place_ids.entry(p).or_insert(next)
                });
            (f.event.map(|d| d.num_days_from_ce()), place)
        })
        .collect();
    drop(place_ids);
    let day: Vec<Option<i32>> = order.iter().map(|&i| by_input[i].0).collect();
    let place: Vec<u32> = order.iter().map(|&i| by_input[i].1).collect();
    drop(by_input);

    let mut postings: Vec<Vec<u32>> = vec![Vec::new(); df.len()];
    // Shared rare weight per candidate article, and which were touched.
    let mut shared: Vec<f32> = vec![0.0; n];
    let mut touched: Vec<u32> = Vec::new();
    let mut cands: Vec<(u32, f32)> = Vec::new();
    // Edges as adjacency lists by rank. Each pair is scored once, when the
    // later of its two articles is read, so the lists are only pushed to.
    let mut adj: Vec<Vec<(u32, f32)>> = vec![Vec::new(); n];
    for r in 0..n {
        let (wr, nr) = (words.get(r), names.get(r));
        for &(t, w) in wr.iter().chain(nr) {
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
                let gap = day[r].zip(day[j as usize]).map(|(a, b)| i64::from(a - b));
                if gap.is_some_and(|g| g > horizon) {
                    break;
                }
                if shared[j as usize] == 0.0 {
                    touched.push(j);
                }
                shared[j as usize] += w;
            }
        }
        cands.clear();
        cands.extend(touched.iter().map(|&j| (j, shared[j as usize])));
        for &j in &touched {
            shared[j as usize] = 0.0;
        }
        touched.clear();
        // Ties by input position, as before ranks named articles.
        cands.sort_by(|a, b| {
            b.1.total_cmp(&a.1)
                .then(order[a.0 as usize].cmp(&order[b.0 as usize]))
        });
        cands.truncate(rules.candidates);
        for &(j, _) in &cands {
            let j = j as usize;
            // Two articles of one source with a template (see
            // [`templates`]) share its terms whatever their incidents: those
            // say nothing of whether they report one.
            let tpl = &template[r];
            let (ws, ns) = if !tpl.is_empty() && std::rc::Rc::ptr_eq(tpl, &template[j]) {
                (
                    dot_except(wr, words.get(j), tpl),
                    dot_except(nr, names.get(j), tpl),
                )
            } else {
                (dot(wr, words.get(j)), dot(nr, names.get(j)))
            };
            let gap = day[r].zip(day[j]).map(|(a, b)| i64::from(a - b).abs());
            if let Some(gap) = gap {
                // A follow-up (an arrest, a funeral, a trial) may come weeks
                // later: it names the same people. A new event in the same
                // place shares the street and the city, and seldom a person.
                let follow_up = gap <= rules.follow_up_days
                    && ns >= rules.follow_up_names
                    && shares(&fps[order[r]].persons, &fps[order[j]].persons);
                if gap > rules.window_days && !follow_up {
                    continue;
                }
            }
            let mut s = rules.words_weight * ws + rules.names_weight * ns;
            // Reports of one place on the same day or the next: the date
            // and place agree, which the words alone cannot say.
            if gap.is_some_and(|g| g <= 1) && place[r] != 0 && place[r] == place[j] {
                s += rules.same_day_bonus;
            }
            // One block address: one scene.
            if shares(&fps[order[r]].blocks, &fps[order[j]].blocks) {
                s += rules.same_block_bonus;
            }
            if s > 0.0 {
                adj[r].push((j as u32, s));
                adj[j].push((r as u32, s));
            }
        }
        for &(t, _) in wr.iter().chain(nr) {
            if df[t as usize] <= common {
                postings[t as usize].push(r as u32);
            }
        }
    }

    // An article's list holds its earlier neighbours in score order, then
    // its later ones in rank order: sort once for the merges' look-ups.
    for list in &mut adj {
        list.sort_unstable_by_key(|e| e.0);
    }
    let apart = Apart {
        towns: order.iter().map(|&i| fps[i].localities.clone()).collect(),
        days: order
            .iter()
            .map(|&i| {
                fps[i]
                    .stated
                    .map(|d| (d.num_days_from_ce(), d.num_days_from_ce()))
            })
            .collect(),
        persons: order.iter().map(|&i| fps[i].persons.clone()).collect(),
        victims: order.iter().map(|&i| fps[i].victims.clone()).collect(),
        blocks: order.iter().map(|&i| fps[i].blocks.clone()).collect(),
        kinds: order.iter().map(|&i| fps[i].kinds.clone()).collect(),
        sexes: order.iter().map(|&i| fps[i].sexes.clone()).collect(),
        cases: order
            .iter()
            .map(|&i| {
                let source = super::terms::term(b's', fps[i].source.as_deref().unwrap_or(""));
                let mut v: Vec<(Term, Term)> = fps[i].cases.iter().map(|&c| (source, c)).collect();
                v.sort_unstable();
                v
            })
            .collect(),
        regions: order.iter().map(|&i| fps[i].regions.clone()).collect(),
        tolls: order.iter().map(|&i| fps[i].tolls.clone()).collect(),
        recalls: order.iter().map(|&i| fps[i].recalls.clone()).collect(),
        recalled_days: order
            .iter()
            .map(|&i| {
                fps[i]
                    .recalled_days
                    .iter()
                    .map(|d| d.num_days_from_ce())
                    .collect()
            })
            .collect(),
        stated: order
            .iter()
            .map(|&i| fps[i].stated.iter().map(|d| d.num_days_from_ce()).collect())
            .collect(),
        near_blocks: rules.near_blocks,
        span: rules.event_days_apart.clamp(0, i64::from(i32::MAX)) as i32,
    };
    let group = link(adj, rules.join, apart);
    // Each group's articles, by the rank that names the group.
    let mut slot: Vec<u32> = vec![NONE; n];
    let mut out: Vec<Vec<usize>> = Vec::new();
    for (r, &g) in group.iter().enumerate() {
        let g = g as usize;
        if slot[g] == NONE {
            slot[g] = out.len() as u32;
            out.push(Vec::new());
        }
        out[slot[g] as usize].push(order[r]);
    }
    for m in &mut out {
        m.sort_unstable();
    }
    out.sort_by_key(|m| m[0]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_most_of_a_busy_sources_articles_hold_are_its_template() {
        let rules = StoryRules {
            template_articles: 3,
            template_share: 0.6,
            ..StoryRules::default()
        };
        // Three releases of one department and a paper's report.
        let fps: Vec<Fingerprint> = ["pd", "pd", "pd", "paper"]
            .iter()
            .map(|s| Fingerprint {
                source: Some(s.to_string()),
                ..Fingerprint::default()
            })
            .collect();
        // Term 1 opens every release (its heading), term 2 is one
        // release's street, term 3 one release's and the paper's.
        let mut words = Vectors::with_capacity(4, 8);
        for v in [
            vec![(1, 1.0), (2, 1.0)],
            vec![(1, 1.0)],
            vec![(1, 1.0), (3, 1.0)],
            vec![(1, 1.0), (3, 1.0)],
        ] {
            words.terms.extend(v);
            words.close();
        }
        let mut names = Vectors::with_capacity(4, 0);
        for _ in 0..4 {
            names.close();
        }
        let t = templates(&fps, [&words, &names], &rules);
        assert_eq!(&*t[0], &[1]);
        assert!(std::rc::Rc::ptr_eq(&t[0], &t[2]));
        assert!(t[3].is_empty());
        // Between two releases the heading counts for nothing.
        let (a, b) = ([(1, 0.6), (2, 0.8)], [(1, 0.6), (2, 0.8)]);
        assert!((dot_except(&a, &b, &t[0]) - 0.64).abs() < 1e-6);
        assert!((dot(&a, &b) - 1.0).abs() < 1e-6);
        // Too few releases: no template.
        let rules = StoryRules {
            template_articles: 4,
            ..rules
        };
        assert!(templates(&fps, [&words, &names], &rules)[0].is_empty());
    }

    #[test]
    fn a_region_and_its_abbreviation_are_one() {
        assert!(same_region("ky", "kentucky"));
        assert!(same_region("calif", "california"));
        assert!(same_region("washington", "wa"));
        assert!(same_region("ohio", "ohio"));
        assert!(!same_region("wash", "ky"));
        assert!(!same_region("kan", "mo"));
        assert!(!same_region("nm", "ny"));
    }

    #[test]
    fn one_block_address_is_one_scene() {
        let elm = super::super::terms::term(super::super::terms::BLOCK_STREET, "elm");
        assert!(shares(&[(elm, 400)], &[(elm, 300), (elm, 400)]));
        assert!(!shares(&[(elm, 400)], &[(elm, 600)]));
        assert!(!shares(&[], &[(elm, 600)]));
    }

    #[test]
    fn one_sources_record_numbers_none_the_same_keep_groups_apart() {
        let (pd, fire) = (1, 2);
        assert!(other_cases(&[(pd, 10)], &[(pd, 11)]));
        assert!(!other_cases(&[(pd, 10)], &[(pd, 10), (pd, 11)]));
        // Another agency numbers the same incident its own way.
        assert!(!other_cases(&[(pd, 10)], &[(fire, 77)]));
        assert!(!other_cases(&[], &[(pd, 11)]));
    }

    #[test]
    fn a_group_dated_on_a_day_another_report_recalls_is_that_incident() {
        // Saturday's killing and Tuesday's, at one complex: Tuesday's
        // report tells of "another man killed there three days before".
        let day = |d| chrono::NaiveDate::from_ymd_opt(2026, 5, d);
        let mut apart = Apart::none(3);
        apart.stated = vec![
            vec![day(9).unwrap().num_days_from_ce()],
            Vec::new(),
            Vec::new(),
        ];
        apart.recalled_days = vec![
            Vec::new(),
            vec![day(9).unwrap().num_days_from_ce()],
            Vec::new(),
        ];
        assert!(apart.kept(0, 1) && apart.kept(1, 0));
        // A report recalling nothing, or an undated one, is not kept apart.
        assert!(!apart.kept(0, 2) && !apart.kept(1, 2));
    }

    #[test]
    fn a_group_counting_a_recalled_toll_as_its_own_is_that_incident() {
        // Terms as numbers, each list sorted.
        let (killed1, hurt3, hurt1) = (1, 2, 3);
        // "Early Saturday, four people were shot, one fatally": the party's
        // reports count 1 killed and 3 hurt of their own.
        let recalls = vec![vec![killed1, hurt3]];
        assert!(recalled(&recalls, &[killed1, hurt3, hurt1]));
        // One dead alone is no toll of the party.
        assert!(!recalled(&recalls, &[killed1, hurt1]));
        assert!(!recalled(&recalls, &[]));
        assert!(!recalled(&[], &[killed1, hurt3]));
        let mut apart = Apart::none(2);
        apart.recalls[0] = recalls;
        apart.tolls[1] = vec![killed1, hurt3];
        assert!(apart.kept(0, 1) && apart.kept(1, 0));
    }

    /// Average linkage by its definition: merge the two groups with the
    /// highest average score while it reaches `join` (every pair of groups
    /// read each time; fine for a few dozen articles).
    fn greedy(n: usize, edges: &[(usize, usize, f64)], join: f64) -> Vec<Vec<usize>> {
        let mut w = vec![vec![0.0; n]; n];
        for &(a, b, s) in edges {
            w[a][b] += s;
            w[b][a] += s;
        }
        let mut groups: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
        loop {
            let mut best = (f64::NEG_INFINITY, 0, 0);
            for i in 0..groups.len() {
                for j in i + 1..groups.len() {
                    let sum: f64 = groups[i]
                        .iter()
                        .flat_map(|&a| groups[j].iter().map(move |&b| (a, b)))
                        .map(|(a, b)| w[a][b])
                        .sum();
                    let avg = sum / (groups[i].len() * groups[j].len()) as f64;
                    if avg > best.0 {
                        best = (avg, i, j);
                    }
                }
            }
            if best.0 < join {
                break;
            }
            let moved = groups.remove(best.2);
            groups[best.1].extend(moved);
        }
        normal(groups)
    }

    fn normal(mut groups: Vec<Vec<usize>>) -> Vec<Vec<usize>> {
        for g in &mut groups {
            g.sort_unstable();
        }
        groups.sort();
        groups
    }

    /// A small seeded generator: `rand(m)` is below `m`.
    fn xorshift(mut x: u64) -> impl FnMut(u64) -> u64 {
        move |m| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x % m
        }
    }

    #[test]
    fn chains_group_as_merging_the_most_similar_pair_first() {
        // Random sparse graphs with scores in 0..1, dense enough to chain
        // (some averages cross `join` only after merges): the chains must
        // find exactly the groups of the plain definition.
        let mut rand = xorshift(0x2545_f491_4f6c_dd1d);
        let mut merged = 0;
        for _ in 0..400 {
            let n = 2 + rand(30) as usize;
            let mut seen = std::collections::HashSet::new();
            let mut edges = Vec::new();
            for _ in 0..rand(4 * n as u64) {
                let (a, b) = (rand(n as u64) as usize, rand(n as u64) as usize);
                if a != b && seen.insert((a.min(b), a.max(b))) {
                    edges.push((a, b, (1 + rand(1_000_000)) as f64 / 1e6));
                }
            }
            let mut adj: Vec<Vec<(u32, f32)>> = vec![Vec::new(); n];
            for &(a, b, s) in &edges {
                adj[a].push((b as u32, s as f32));
                adj[b].push((a as u32, s as f32));
            }
            for list in &mut adj {
                list.sort_unstable_by_key(|e| e.0);
            }
            let group = link(adj, 0.3, Apart::none(n));
            let mut by: HashMap<u32, Vec<usize>> = HashMap::new();
            for (i, &g) in group.iter().enumerate() {
                by.entry(g).or_default().push(i);
            }
            let chains = normal(by.into_values().collect());
            merged += n - chains.len();
            assert_eq!(chains, greedy(n, &edges, 0.3), "edges {edges:?}");
        }
        // The graphs did merge, and not only pairs.
        assert!(merged > 1000, "{merged}");
    }

    #[test]
    fn groups_never_hold_two_towns_police() {
        // Dense random graphs where a third of the articles cite one of
        // three towns' police: whatever the scores, no group holds
        // articles citing two different towns, and groups still merge.
        let mut rand = xorshift(0x9e37_79b9_7f4a_7c15);
        let mut merged = 0;
        for _ in 0..300 {
            let n = 2 + rand(30) as usize;
            let mut adj: Vec<Vec<(u32, f32)>> = vec![Vec::new(); n];
            for a in 0..n {
                for b in a + 1..n {
                    if rand(3) > 0 {
                        let s = (1 + rand(1_000_000)) as f32 / 1e6;
                        adj[a].push((b as u32, s));
                        adj[b].push((a as u32, s));
                    }
                }
            }
            for list in &mut adj {
                list.sort_unstable_by_key(|e| e.0);
            }
            let towns: Vec<Vec<Term>> = (0..n)
                .map(|_| match rand(6) {
                    t @ 0..=2 => vec![t],
                    _ => Vec::new(),
                })
                .collect();
            let mut apart = Apart::none(n);
            apart.towns = towns.clone();
            let group = link(adj, 0.3, apart);
            let mut by: HashMap<u32, std::collections::BTreeSet<Term>> = HashMap::new();
            for (i, &g) in group.iter().enumerate() {
                by.entry(g).or_default().extend(towns[i].iter().copied());
            }
            assert!(by.values().all(|t| t.len() <= 1), "{towns:?} {group:?}");
            merged += n - group.iter().collect::<std::collections::HashSet<_>>().len();
        }
        assert!(merged > 1000, "{merged}");
    }
}
