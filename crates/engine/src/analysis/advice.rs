//! Advice: how to stay in the tier (SPEC §4, `advice.stay_in_tier`, revised
//! 2026-12-07).
//!
//! The advice is a set of changes to the plan that, **applied together**,
//! avoid every automatic upgrade the plan causes through `until`: each change
//! makes one planned import (or `set_marketing`) smaller by a count per
//! occurrence. The changes name the fewest contacts in all, counted as the
//! contacts not added over the horizon (a daily flow made 5 smaller over 28
//! days is 140 contacts).
//!
//! # How it is found
//! Every step is a real replay of the plan with the counts lowered
//! ([`Mode::withhold`]), so caps, pools, renewals, requested downgrades and
//! processing instants apply exactly as in the result. Finding the fewest
//! contacts is an integer program whose pieces are not all monotone (a
//! smaller import can let a requested downgrade through, and the lower tier
//! then costs more to stay in), so the search is a bounded one:
//! 1. **Cover each crossing, in time order, and branch.** At the first
//!    moment the count would exceed the tier, the planned events that
//!    happened by then and can still shrink are the ways to cover it: for
//!    each, the fewest contacts per occurrence that keep that moment within
//!    the tier (the count the excess alone asks for first, then more if a cap
//!    or a pool makes the replay need it), or, when even all of it does not,
//!    all of it. The ways are tried best first (fewest contacts given up per
//!    contact of excess; then one that clears it, the event that caused it,
//!    the latest), depth first, a few at each crossing, and a branch that
//!    already gives up as many contacts as the best answer is cut. The first
//!    answer is the greedy one; the rest of the budget looks for a better.
//! 2. **Take back what is not needed.** At each answer, every change is
//!    lowered to the least that still avoids every upgrade with the others as
//!    they are, so one contact less on any change brings an upgrade back.
//! 3. **Improve.** A change made smaller, the crossings that brings back
//!    covered again by the other events, and all taken back: kept when it
//!    gives up fewer contacts.
//! 4. **Say what it saves.** The changes are ordered by the first crossing
//!    each covers (where the plan with every other change would first
//!    upgrade); entry *i*'s saving is the total minus the total with changes
//!    1..=i applied.
//!
//! `tests/advice.rs` applies the advice to the scenario itself and checks
//! all of this, and compares it with a brute-force search over every way to
//! shrink up to three events, on 1,000 random plans.
//!
//! An upgrade caused by a row of the usage history is the past: no change to
//! the plan avoids it, and its entry says so; as does one that only a smaller
//! import avoids when the plan later removes the contacts it would not have.
//! The search replays the plan at most [`MAX_REPLAYS`] times, fewer for a plan
//! so long that as many replays would take seconds (see [`search_budget`]);
//! one that stops
//! before every crossing is covered says so in its entries and in an
//! `advice_limited` warning.
//!
//! A one-off change also gets a `deadline` when setting the same number of
//! contacts to non-marketing before the last processing instant before the
//! event does the same with the other changes applied: replayed too.

use std::cmp::Reverse;
use std::collections::HashSet;

use crate::outcome::{NoDeadline, Stamp, StayInTier, Unavoidable, WarningKind};
use crate::plan::{EventRef, Plan, PlannedEvent, When};
use crate::scenario::Action;
use crate::simulate::{self, Mode, Run, Trigger};
use crate::timeline::{Kind, Timeline};
use crate::zone;

/// The most replays one scenario's advice may take.
pub const MAX_REPLAYS: usize = 600;

/// The most ways to cover one crossing the search tries (and the most
/// events whose cover it works out there).
const BRANCHES: usize = 3;
const CANDIDATES: usize = 6;

/// The most replays one recovery in step 3 may take.
const RECOVERY: usize = 60;

/// Replays kept for the last taking back and the entries.
const RESERVE: usize = 100;

/// The replay work the search may do, counted as replays times the timeline's
/// items and days: the full budget for a plan of up to about 5,000 items and
/// days (10 years of a thousand events), less for longer ones, so that
/// 100,000 events get their advice in a fraction of a second, not seconds (a
/// search stopped by it says so, in an `advice_limited` warning).
const SEARCH_WORK: usize = 2_500_000;

/// The fewest replays the search may take, however long the plan.
const MIN_SEARCH: usize = 12;

/// The replays the search may take for this timeline (the reserve comes on
/// top): [`MAX_REPLAYS`] − [`RESERVE`] for most plans, fewer for very long
/// ones.
fn search_budget(timeline: &Timeline) -> usize {
    let work = timeline.items.len() + timeline.dates.len();
    (SEARCH_WORK / work.max(1)).clamp(MIN_SEARCH, MAX_REPLAYS - RESERVE)
}

/// The stay-in-tier advice for a plan whose strict run is `run`, and a
/// warning when the search stopped at [`MAX_REPLAYS`].
pub fn stay_in_tier(
    plan: &Plan,
    timeline: &Timeline,
    run: &Run,
) -> (Vec<StayInTier>, Option<WarningKind>) {
    if run.triggers.is_empty() {
        return (Vec::new(), None);
    }
    let mut search = Search::new(plan, timeline);
    let found = search.cover(run);
    let mut out = search.entries(run, &found);
    let warning = found.limited.then(|| WarningKind::AdviceLimited {
        upgrades: run.triggers.len(),
        computed: run.triggers.len().saturating_sub(
            out.iter()
                .filter(|e| e.unavoidable == Some(Unavoidable::SearchLimit))
                .count(),
        ),
    });
    out.sort_by_key(|e| (e.unavoidable.is_some(), e.upgrade_at));
    (out, warning)
}

/// An upgrade accepted as unavoidable: its instant, and the tiers it moves
/// between.
type Key = (i64, u64, u64);

/// A crossing: the first moment the count exceeds the tier in a replay.
#[derive(Debug, Clone, Copy)]
struct Crossing {
    at: Stamp,
    item: usize,
    from_tier: u64,
    to_tier: u64,
}

/// What the search found.
#[derive(Debug, Default, Clone)]
struct Found {
    /// Contacts withheld per occurrence, by event index.
    withhold: Vec<u64>,
    /// Upgrades no change avoids, with why.
    unavoidable: Vec<(Crossing, Unavoidable)>,
    /// True when the replay budget ran out before every crossing was covered.
    limited: bool,
}

/// One event that may shrink.
#[derive(Debug, Clone)]
struct Adjustable {
    /// Index into the scenario's `events`.
    index: usize,
    /// Contacts per occurrence.
    amount: u64,
    /// Its occurrences' positions in the timeline, in order.
    items: Vec<usize>,
}

/// A replay judged at one crossing.
enum Judged {
    /// Nothing crosses there or before.
    Clears(Run),
    /// It still crosses there, with this billed count.
    Still(u64),
    /// It crosses earlier now (a requested downgrade went through, say):
    /// shrinking more may still clear both.
    Earlier,
    /// It does not simulate: a later removal needs the contacts, and
    /// shrinking more only makes that worse.
    No,
}

/// What shrinking one event does for a crossing.
enum Cover {
    /// This many per occurrence clear it (with that replay).
    Clears(u64, Run),
    /// All that is left of it (this many per occurrence) lowers the count
    /// there by this much, not enough.
    Lowers(u64, u64),
}

/// How good a way to cover a crossing is: fewest contacts given up per
/// contact of excess removed, then one that clears it, then the event that
/// caused it, then the latest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Rank {
    cost: u64,
    removed: u64,
    partial: bool,
    other: bool,
    first: Reverse<usize>,
}

impl Ord for Rank {
    fn cmp(&self, o: &Self) -> std::cmp::Ordering {
        let per = u128::from(self.cost) * u128::from(o.removed);
        let theirs = u128::from(o.cost) * u128::from(self.removed);
        per.cmp(&theirs)
            .then(self.partial.cmp(&o.partial))
            .then(self.other.cmp(&o.other))
            .then(self.first.cmp(&o.first))
    }
}

impl PartialOrd for Rank {
    fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}

/// A way to cover a crossing: the event (index into `Search::events`), how
/// many per occurrence it shrinks by on top of what it does already, and the
/// replay when that is known.
struct Way {
    event: usize,
    more: u64,
    run: Option<Run>,
}

struct Search<'a> {
    plan: &'a Plan,
    timeline: &'a Timeline,
    events: Vec<Adjustable>,
    /// Occurrences over the horizon, by the event's index in the scenario
    /// (0 for an event that cannot shrink).
    occurrences: Vec<u64>,
    slots: usize,
    replays: usize,
    /// Where the search stops; [`RESERVE`] more replays are kept for the
    /// last taking back and the entries.
    limit: usize,
}

impl<'a> Search<'a> {
    fn new(plan: &'a Plan, timeline: &'a Timeline) -> Search<'a> {
        let slots = plan
            .events
            .iter()
            .filter_map(|e| e.index.event())
            .max()
            .map_or(0, |i| i + 1);
        let mut events: Vec<Adjustable> = plan
            .events
            .iter()
            .filter(|e| matches!(e.action, Action::AddMarketing | Action::SetMarketing))
            .filter_map(|e| {
                Some(Adjustable {
                    index: e.index.event()?,
                    amount: e.amount,
                    items: Vec::new(),
                })
            })
            .filter(|e| e.amount > 0)
            .collect();
        // Each event's place in `events`, by its index in the scenario: a
        // lookup per timeline item, not a search (a plan of 100,000 events
        // took seconds here).
        let mut at = vec![None; slots];
        for (k, e) in events.iter().enumerate() {
            at[e.index] = Some(k);
        }
        for (n, item) in timeline.items.iter().enumerate() {
            if let Kind::Event {
                index: EventRef::Event(i),
                ..
            } = item.kind
            {
                if let Some(k) = at.get(i).copied().flatten() {
                    events[k].items.push(n);
                }
            }
        }
        events.retain(|e| !e.items.is_empty());
        let mut occurrences = vec![0; slots];
        for e in &events {
            occurrences[e.index] = e.items.len() as u64;
        }
        Search {
            plan,
            timeline,
            events,
            occurrences,
            slots,
            replays: 0,
            limit: search_budget(timeline),
        }
    }

    fn budget_left(&self) -> bool {
        self.replays < self.limit
    }

    /// The plan run with `withhold`, strictly: a replay in which a later
    /// removal would take more contacts than the smaller plan leaves is no
    /// answer (the advice would not work when followed).
    fn replay(&mut self, withhold: &[u64]) -> Option<Run> {
        self.replays += 1;
        let mode = Mode {
            withhold,
            ..Mode::default()
        };
        simulate::run(self.plan, self.timeline, mode).ok()
    }

    fn crossing(&self, run: &Run, t: &Trigger) -> Crossing {
        let u = &run.upgrades[t.upgrade];
        Crossing {
            at: u.at,
            item: t.item,
            from_tier: u.from_tier,
            to_tier: u.to_tier,
        }
    }

    /// What an upgrade is, for the ones accepted as unavoidable: its
    /// instant and tiers. The same upgrade caused by another event at the
    /// same instant is the same charge.
    fn key(run: &Run, t: &Trigger) -> Key {
        let u = &run.upgrades[t.upgrade];
        (u.at.unix, u.from_tier, u.to_tier)
    }

    /// The first automatic upgrade of `run` not in `accepted`.
    fn first_open<'r>(run: &'r Run, accepted: &[Key]) -> Option<&'r Trigger> {
        run.triggers
            .iter()
            .find(|t| !accepted.contains(&Self::key(run, t)))
    }

    /// True when a replay of `withhold` upgrades only where `accepted` says.
    fn avoids_all(&mut self, withhold: &[u64], accepted: &[Key]) -> bool {
        self.replay(withhold)
            .is_some_and(|r| Self::first_open(&r, accepted).is_none())
    }

    /// A change's cost: the contacts it gives up over the horizon.
    fn cost(&self, slot: usize, per_occurrence: u64) -> u64 {
        per_occurrence.saturating_mul(self.occurrences.get(slot).copied().unwrap_or(0))
    }

    /// The contacts a set of changes gives up over the horizon.
    fn total_cost(&self, withhold: &[u64]) -> u64 {
        (0..self.slots)
            .map(|s| self.cost(s, withhold[s]))
            .fold(0, u64::saturating_add)
    }

    /// A replay of `withhold`, judged at the crossing at `item`.
    fn judge(&mut self, withhold: &[u64], item: usize, accepted: &[Key]) -> Judged {
        let Some(run) = self.replay(withhold) else {
            return Judged::No;
        };
        match Self::first_open(&run, accepted) {
            Some(t) if t.item < item => Judged::Earlier,
            Some(t) if t.item == item => Judged::Still(t.wanted),
            _ => Judged::Clears(run),
        }
    }

    /// What shrinking `events[e]`, on top of `withhold`, does for the
    /// crossing `t`: the fewest contacts per occurrence that clear it, with
    /// that replay; or, when even all of it does not, how much all of it
    /// lowers the count there.
    fn fewest(
        &mut self,
        withhold: &[u64],
        e: usize,
        t: &Trigger,
        tier: u64,
        accepted: &[Key],
    ) -> Option<Cover> {
        let ev = &self.events[e];
        let (slot, room) = (ev.index, ev.amount - withhold[ev.index]);
        let occurred = ev.items.partition_point(|&i| i <= t.item) as u64;
        if room == 0 || occurred == 0 {
            return None;
        }
        // Measured before the cap: a smaller import under a full cap leaves
        // the billed count at the cap, but fewer contacts blocked.
        let (item, billed) = (t.item, t.wanted);
        let mut trial = withhold.to_vec();
        let mut at = |this: &mut Self, d: u64| {
            trial[slot] = withhold[slot] + d;
            this.judge(&trial, item, accepted)
        };
        // What the excess alone asks for is a lower bound: a cap or a pool
        // can only make a smaller import lower the count by less.
        let mut low = (billed - tier).div_ceil(occurred).min(room);
        let mut still = match at(self, low) {
            Judged::Clears(run) => return Some(Cover::Clears(low, run)),
            Judged::Still(b) => b,
            Judged::Earlier => billed,
            Judged::No => return None,
        };
        // Gallop up, then halve back down.
        let mut high = low;
        let mut found = loop {
            if high == room || !self.budget_left() {
                return (still < billed).then_some(Cover::Lowers(room, billed - still));
            }
            low = high;
            high = high.saturating_mul(2).min(room);
            match at(self, high) {
                Judged::Clears(run) => break run,
                Judged::Still(b) => still = b,
                Judged::Earlier => {}
                Judged::No => return None,
            }
        };
        while high - low > 1 && self.budget_left() {
            let mid = low + (high - low) / 2;
            match at(self, mid) {
                Judged::Clears(run) => {
                    high = mid;
                    found = run;
                }
                _ => low = mid,
            }
        }
        Some(Cover::Clears(high, found))
    }

    /// The ways to cover the crossing `t` from `withhold`, best first. Only
    /// the [`CANDIDATES`] events likeliest to be cheap are worked out: by
    /// the contacts each gives up per contact of excess if every occurrence
    /// so far lowered the count one for one (1 for a one-off import), and
    /// the event that caused the crossing always.
    fn ways(
        &mut self,
        withhold: &[u64],
        t: &Trigger,
        tier: u64,
        frozen: Option<usize>,
        accepted: &[Key],
    ) -> Vec<Way> {
        let mut likely: Vec<(u128, bool, Reverse<usize>, usize)> = self
            .events
            .iter()
            .enumerate()
            .filter(|(_, ev)| Some(ev.index) != frozen && withhold[ev.index] < ev.amount)
            .filter_map(|(e, ev)| {
                let occurred = ev.items.partition_point(|&i| i <= t.item) as u128;
                // Per contact of excess: occurrences in all / occurrences so far.
                let per = (ev.items.len() as u128) * 1_000_000 / occurred.max(1);
                (occurred > 0).then_some((
                    per,
                    t.index != EventRef::Event(ev.index),
                    Reverse(ev.items[0]),
                    e,
                ))
            })
            .collect();
        likely.sort();
        let causing = likely.iter().position(|l| !l.1);
        let mut picked: Vec<usize> = likely.iter().take(CANDIDATES).map(|l| l.3).collect();
        if let Some(c) = causing.filter(|&c| c >= CANDIDATES) {
            picked.push(likely[c].3);
        }
        let mut ranked: Vec<(Rank, Way)> = Vec::new();
        for e in picked {
            if !self.budget_left() {
                break;
            }
            let Some(cover) = self.fewest(withhold, e, t, tier, accepted) else {
                continue;
            };
            let ev = &self.events[e];
            let (more, removed, run) = match cover {
                Cover::Clears(d, run) => (d, t.wanted - tier, Some(run)),
                Cover::Lowers(d, removed) => (d, removed, None),
            };
            let rank = Rank {
                cost: self.cost(ev.index, more),
                removed,
                partial: run.is_none(),
                other: t.index != EventRef::Event(ev.index),
                first: Reverse(ev.items[0]),
            };
            ranked.push((
                rank,
                Way {
                    event: e,
                    more,
                    run,
                },
            ));
        }
        ranked.sort_by_key(|a| a.0);
        ranked.into_iter().map(|(_, w)| w).collect()
    }

    /// Steps 1 to 3: the changes, and the upgrades no change avoids.
    fn cover(&mut self, base: &Run) -> Found {
        let mut tree = Tree::new(None, self.limit * 2 / 3);
        self.branch(&mut tree, vec![0; self.slots], base.clone(), Vec::new());
        let Some((_, mut withhold, accepted)) = tree.best else {
            // The budget ran out before any answer: say how far it got.
            let (withhold, run, accepted) = tree.limited.unwrap_or_default();
            let mut found = Found {
                withhold,
                limited: true,
                ..Found::default()
            };
            for t in &run.triggers {
                let why = match (accepted.contains(&Self::key(&run, t)), t.index) {
                    (false, _) => Unavoidable::SearchLimit,
                    (true, EventRef::Event(_)) => Unavoidable::Removals,
                    (true, _) => Unavoidable::History,
                };
                found.unavoidable.push((self.crossing(&run, t), why));
            }
            return found;
        };
        while self.budget_left() && self.improve(&mut withhold, &accepted) {}
        // The reserve makes sure the answer is taken back in full.
        self.limit += RESERVE;
        self.take_back(&mut withhold, &accepted);
        // What the changes leave is what no change avoids: an accepted
        // crossing that later changes also cleared is not one.
        let unavoidable = match self.replay(&withhold) {
            Some(run) => run
                .triggers
                .iter()
                .map(|t| {
                    let why = match t.index {
                        EventRef::Event(_) => Unavoidable::Removals,
                        _ => Unavoidable::History,
                    };
                    (self.crossing(&run, t), why)
                })
                .collect(),
            None => Vec::new(),
        };
        Found {
            withhold,
            unavoidable,
            limited: false,
        }
    }

    /// Step 1 and 2 from `withhold`, whose replay is `run`, depth first.
    fn branch(&mut self, tree: &mut Tree, withhold: Vec<u64>, run: Run, mut accepted: Vec<Key>) {
        if !tree.seen.insert((withhold.clone(), accepted.clone())) {
            return;
        }
        let cost = self.total_cost(&withhold);
        let key = (accepted.len(), cost);
        if tree.best.as_ref().is_some_and(|b| key >= b.0) {
            return;
        }
        // Crossings a history row causes are the past: accepted as they come.
        let open = loop {
            match Self::first_open(&run, &accepted).copied() {
                Some(t) if !matches!(t.index, EventRef::Event(_)) => {
                    accepted.push(Self::key(&run, &t))
                }
                other => break other,
            }
        };
        let Some(t) = open else {
            let mut w = withhold;
            self.take_back(&mut w, &accepted);
            let key = (accepted.len(), self.total_cost(&w));
            if tree.best.as_ref().is_none_or(|b| key < b.0) {
                tree.best = Some((key, w, accepted));
            }
            return;
        };
        if self.replays >= tree.stop || !self.budget_left() {
            if tree.limited.is_none() {
                tree.limited = Some((withhold, run, accepted));
            }
            return;
        }
        let tier = self.crossing(&run, &t).from_tier;
        let ways = self.ways(&withhold, &t, tier, tree.frozen, &accepted);
        let mut children = Vec::new();
        for way in ways.into_iter().take(BRANCHES) {
            let slot = self.events[way.event].index;
            let mut next = withhold.clone();
            next[slot] += way.more;
            let run = match way.run {
                Some(r) => Some(r),
                None => self.replay(&next),
            };
            children.extend(run.map(|r| (next, r)));
        }
        if children.is_empty() {
            // Shrinking any event leaves a later removal more than exists.
            accepted.push(Self::key(&run, &t));
            self.branch(tree, withhold, run, accepted);
            return;
        }
        for (next, run) in children {
            self.branch(tree, next, run, accepted.clone());
        }
    }

    /// Step 2: each change lowered to the least that still avoids every
    /// upgrade, latest first, until none moves.
    fn take_back(&mut self, withhold: &mut [u64], accepted: &[Key]) {
        let mut order: Vec<(Reverse<usize>, usize)> = self
            .events
            .iter()
            .filter(|e| withhold[e.index] > 0)
            .map(|e| (Reverse(e.items[0]), e.index))
            .collect();
        order.sort();
        loop {
            let mut moved = false;
            for &(_, slot) in &order {
                let mut trial = withhold.to_vec();
                let least = self.least(&mut trial, slot, 0, accepted);
                if least < withhold[slot] {
                    withhold[slot] = least;
                    moved = true;
                }
            }
            if !moved || !self.budget_left() {
                break;
            }
        }
    }

    /// The least value of `trial[slot]`, from `floor` up to its value now,
    /// that avoids every upgrade; `trial[slot]` itself must. Gallops down
    /// from the top, then halves.
    fn least(&mut self, trial: &mut [u64], slot: usize, floor: u64, accepted: &[Key]) -> u64 {
        let (mut low, mut high) = (floor, trial[slot]);
        // Invariant: `high` avoids all; `low` does not, or is untried.
        let mut step = 1u64;
        while high > low && self.budget_left() {
            let probe = high.saturating_sub(step).max(low);
            trial[slot] = probe;
            if self.avoids_all(trial, accepted) {
                high = probe;
                step = step.saturating_mul(2);
            } else {
                low = probe;
                break;
            }
        }
        while high > low + 1 && self.budget_left() {
            let mid = low + (high - low) / 2;
            trial[slot] = mid;
            if self.avoids_all(trial, accepted) {
                high = mid;
            } else {
                low = mid;
            }
        }
        trial[slot] = high;
        high
    }

    /// Step 3, once: a change made smaller (by each count up to 16; beyond,
    /// all of it, one less, then halves), the crossings that brings back
    /// covered again by the other events, and every change taken back. The
    /// cheapest result that gives up fewer contacts than now replaces
    /// `withhold`; says whether one did.
    fn improve(&mut self, withhold: &mut Vec<u64>, accepted: &[Key]) -> bool {
        let now = (accepted.len(), self.total_cost(withhold));
        let mut best: Option<((usize, u64), Vec<u64>)> = None;
        let changed: Vec<usize> = (0..self.slots).filter(|&s| withhold[s] > 0).collect();
        for &e in &changed {
            for t in steps(withhold[e]) {
                if !self.budget_left() {
                    break;
                }
                let mut base = withhold.clone();
                base[e] -= t;
                let Some(run) = self.replay(&base) else {
                    continue;
                };
                let stop = (self.replays + RECOVERY).min(self.limit);
                let mut tree = Tree::new(Some(e), stop);
                self.branch(&mut tree, base, run, accepted.to_vec());
                if let Some((key, next, _)) = tree.best {
                    if key < now && best.as_ref().is_none_or(|b| key < b.0) {
                        best = Some((key, next));
                    }
                }
            }
        }
        match best {
            Some((_, next)) => {
                *withhold = next;
                true
            }
            None => false,
        }
    }

    /// Step 4: the entries, with their savings and deadlines. A change's
    /// first crossing is where the plan, with every other change made but
    /// not this one, would first upgrade.
    fn entries(&mut self, base: &Run, found: &Found) -> Vec<StayInTier> {
        let accepted: Vec<Key> = found
            .unavoidable
            .iter()
            .map(|(c, _)| (c.at.unix, c.from_tier, c.to_tier))
            .collect();
        let mut changes: Vec<(usize, Crossing)> = Vec::new();
        for slot in (0..self.slots).filter(|&s| found.withhold[s] > 0) {
            let mut without = found.withhold.clone();
            without[slot] = 0;
            let first = self
                .replay(&without)
                .and_then(|r| Self::first_open(&r, &accepted).map(|t| self.crossing(&r, t)));
            let at = first.unwrap_or_else(|| self.crossing(base, &base.triggers[0]));
            changes.push((slot, at));
        }
        changes.sort_by_key(|(s, c)| (c.item, *s));
        let mut applied = vec![0u64; self.slots];
        let mut out = Vec::with_capacity(changes.len() + found.unavoidable.len());
        for &(slot, c) in &changes {
            applied[slot] = found.withhold[slot];
            let saving = if found.limited {
                None
            } else {
                self.replay(&applied).map(|r| base.total - r.total)
            };
            out.push(StayInTier {
                upgrade_at: c.at,
                from_tier: c.from_tier,
                to_tier: c.to_tier,
                event: Some(EventRef::Event(slot)),
                contacts: found.withhold[slot],
                deadline: None,
                no_deadline: None,
                saving,
                unavoidable: None,
            });
        }
        for entry in &mut out {
            let reply = if found.limited {
                Err(Some(NoDeadline::NotTried))
            } else {
                self.deadline(found, entry, &accepted)
            };
            match reply {
                Ok(at) => entry.deadline = Some(at),
                Err(why) => entry.no_deadline = why,
            }
        }
        out.extend(found.unavoidable.iter().map(|&(c, why)| StayInTier {
            upgrade_at: c.at,
            from_tier: c.from_tier,
            to_tier: c.to_tier,
            event: None,
            contacts: 0,
            deadline: None,
            no_deadline: None,
            saving: None,
            unavoidable: Some(why),
        }));
        out
    }

    /// For a one-off change: the last processing instant at or before the
    /// event, when setting the same count to non-marketing a minute before
    /// it, instead of shrinking the event, still avoids every upgrade; else
    /// why not (`None` for a flow or a monthly event, which has no deadline).
    fn deadline(
        &mut self,
        found: &Found,
        entry: &StayInTier,
        accepted: &[Key],
    ) -> Result<Stamp, Option<NoDeadline>> {
        let slot = entry.event.and_then(|e| e.event()).ok_or(None)?;
        let planned = self
            .plan
            .events
            .iter()
            .find(|e| e.index == EventRef::Event(slot))
            .ok_or(None)?;
        let When::At(local) = planned.when else {
            return Err(None);
        };
        let tz = self.plan.tz();
        let at = zone::instant(tz, local);
        let start = self.timeline.day_starts[0];
        let processing = *self
            .timeline
            .update_dates
            .iter()
            .take_while(|&&p| p <= at)
            .last()
            .filter(|&&p| p > start)
            .ok_or(Some(NoDeadline::NoUpdateDate))?;
        if !self.budget_left() {
            return Err(Some(NoDeadline::NotTried));
        }
        let mut plan = self.plan.clone();
        plan.events.push(PlannedEvent {
            index: EventRef::Alternative,
            when: When::At(zone::local(tz, processing - 60)),
            action: Action::SetNonMarketing,
            amount: entry.contacts,
        });
        let timeline = Timeline::new(&plan);
        let mut withhold = found.withhold.clone();
        withhold[slot] = 0;
        self.replays += 1;
        let mode = Mode {
            withhold: &withhold,
            ..Mode::default()
        };
        let does_not = Some(NoDeadline::DoesNotAvoid);
        let run = simulate::run(&plan, &timeline, mode).map_err(|_| does_not)?;
        // Only the upgrades no change avoids may remain (the timeline
        // gained an item, so they are known by their cause, not their place).
        let open = run.triggers.len() != accepted.len()
            || run
                .triggers
                .iter()
                .any(|t| matches!(t.index, EventRef::Event(_)));
        if open {
            Err(does_not)
        } else {
            Ok(Stamp::new(tz, processing))
        }
    }
}

/// The counts to try taking off a change of `k`: each from 1 to `k` when
/// `k` is small, else `k`, `k − 1`, and `k` halved down to 1.
fn steps(k: u64) -> Vec<u64> {
    if k <= 16 {
        return (1..=k).rev().collect();
    }
    let mut out = vec![k, k - 1];
    let mut t = k / 2;
    while t > 0 {
        out.push(t);
        t /= 2;
    }
    out
}

/// The search tree's state: the best answer so far (with its key: the
/// crossings accepted, then the cost), the nodes seen, where the budget ran
/// out before any answer, a change held as it is, and the budget.
struct Tree {
    #[allow(clippy::type_complexity)]
    best: Option<((usize, u64), Vec<u64>, Vec<Key>)>,
    seen: HashSet<(Vec<u64>, Vec<Key>)>,
    limited: Option<(Vec<u64>, Run, Vec<Key>)>,
    /// A change that may not grow.
    frozen: Option<usize>,
    /// The replay count at which this search stops.
    stop: usize,
}

impl Tree {
    fn new(frozen: Option<usize>, stop: usize) -> Tree {
        Tree {
            best: None,
            seen: HashSet::new(),
            limited: None,
            frozen,
            stop,
        }
    }
}
