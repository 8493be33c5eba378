#!/usr/bin/env bash
# Every score of the casualty, incident, story and held-out quantity samples
# in one listing, to diff a change against main:
#   bash eval/all.sh > after.txt; diff before.txt after.txt
# Run from the repository's root. Blind samples' lines are scores only.
set -u
cargo build --release --quiet --bin crosscheck --example incidents --example stories --example casualties --example heldout 2>/dev/null
E=target/release/examples
for s in dev dev2 dev3 dev4 dev5 dev6 dev7 dev8 dev9 dev10 dev11 dev12 dev13 blind blind2 blind3 blind4 blind5 blind6; do
  echo "== local $s incidents"; $E/incidents eval/local/$s.jsonl --docs eval/local/$s-articles.jsonl 2>&1 | tail -6
  echo "== local $s stories"; $E/stories eval/local/$s-articles.jsonl 2>&1 | grep -iE "precision|recall|F1|across" | head -6
done
for g in dev5local dev7local dev8local dev9local dev10local dev11local dev12local dev13local blind2 blind3 blind4 blind5 blind6; do
  d=${g%local}; echo "== casualties $g"; $E/casualties eval/casualties/$g.jsonl --docs eval/local/$d-articles.jsonl 2>&1 | tail -8
done
for g in dev dev2 dev3 dev4 blind; do echo "== casualties ecb $g"; $E/casualties eval/casualties/$g.jsonl 2>&1 | tail -8; done
for g in dev blind; do echo "== incidents ecb $g"; $E/incidents eval/incidents/$g.jsonl 2>&1 | tail -6; done
echo "== stories ecb"; $E/stories 2>&1 | grep -iE "precision|recall|F1|across" | head -6
for h in blind blind2 blind3 dev13 dev14 dev15 dev16 dev17 dev18 dev19; do echo "== heldout $h"; bash eval/heldout-cli.sh eval/heldout/$h.jsonl 2>&1 | grep "| cli claims: value"; bash eval/heldout-cli.sh --written eval/heldout/$h.jsonl 2>&1 | grep "| cli claims: value"; done
# Samples of the eighteenth (dev14, blind7), twentieth (dev15, blind8),
# twenty-first (dev16, blind9), twenty-second (dev17, blind10) and
# twenty-fourth (dev19) sessions.
for s in dev14 blind7 dev15 blind8 dev16 blind9 dev17 blind10 dev19; do
  echo "== local $s incidents"; $E/incidents eval/local/$s.jsonl --docs eval/local/$s-articles.jsonl 2>&1 | tail -4
  echo "== local $s stories"; $E/stories eval/local/$s-articles.jsonl 2>&1 | grep -iE "precision|recall|F1|across" | head -6
  g=eval/casualties/${s}local.jsonl; [ -f $g ] || g=eval/casualties/$s.jsonl
  echo "== casualties $s"; $E/casualties $g --docs eval/local/$s-articles.jsonl 2>&1 | tail -5
done
# The snippet banks (nineteenth session; bank2, weighted to the hurt, twentieth),
# casualties only; the blind halves are scores only.
for g in banklocal bankblind bank2local bank2blind; do
  d=${g%local}; echo "== casualties $g"; $E/casualties eval/casualties/$g.jsonl --docs eval/local/$d-articles.jsonl 2>&1 | tail -6
done
# Every dev sample as one batch, and every blind sample as another (scores
# only). The held-out test checks hundreds of incidents at once: in a batch
# of three hundred a neighbourhood's name is a rare term that finds
# candidates and weighs more than in a batch of forty, so stories mix
# incidents that their own sample keeps apart (twenty-second session).
T=$(mktemp -d)
for k in dev blind; do
  for g in eval/local/$k.jsonl eval/local/$k[0-9]*.jsonl; do
    case $g in *-articles.jsonl) continue;; esac
    cat $g >> $T/$k.jsonl; cat ${g%.jsonl}-articles.jsonl >> $T/$k-articles.jsonl
  done
  echo "== local all-$k as one batch: incidents"; $E/incidents $T/$k.jsonl --docs $T/$k-articles.jsonl 2>&1 | tail -4 | sed "s#$T/##"
  echo "== local all-$k as one batch: stories"; $E/stories $T/$k-articles.jsonl 2>&1 | grep -iE "precision|recall|F1|across" | head -6
  # The same reports moved by whole weeks so that every city's stretch
  # falls in one week: stories across topics mix two cities.
  python3 eval/local/one-week.py $T/$k-articles.jsonl > $T/$k-week-articles.jsonl
  echo "== local all-$k in one week: stories"; $E/stories $T/$k-week-articles.jsonl 2>&1 | grep -iE "precision|recall|F1|across" | head -6
done
rm -rf $T
