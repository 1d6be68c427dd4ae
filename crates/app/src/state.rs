//! The app's whole state and its vocabulary of changes: one [`State`], one
//! [`Action`] enum, one pure [`State::apply`]. Plain Rust, tested natively;
//! the Yew layer only dispatches actions and renders.
//!
//! The state is a list of branches (scenarios compared side by side), the
//! active one, and undo/redo history. Consecutive edits of the same field
//! (typing a number digit by digit) make one undo step.

use std::rc::Rc;

use chrono::{Datelike, Duration, NaiveDate};

use crate::catalogue::{Lang, T};
use tierwise_engine::audit::Combination;
use tierwise_engine::scenario::{
    Account, Action as EventAction, Assumptions, Contacts, Edition, EventSpec, HistoryRow,
    InvoiceCharge, Lines, MonthEnd, PriceBookSpec, Proration, Rounding, RuleEdition, Scenario,
    Term, FORMAT_VERSION,
};
use tierwise_engine::{calendar, zone};

/// The most undo steps kept.
pub const HISTORY: usize = 200;
/// The most branches compared at once.
pub const MAX_BRANCHES: usize = 6;

/// One scenario being compared.
#[derive(Debug, Clone, PartialEq)]
pub struct Branch {
    /// Stable id (for keys in lists).
    pub id: u32,
    /// The scenario, shared: the undo history, the page's result cache and
    /// every panel hold the same copy, and an edit makes one new one.
    pub scenario: Rc<Scenario>,
}

/// The kinds of event the timeline offers to add.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewEvent {
    /// Import N contacts as marketing on a date.
    Import,
    /// Set N contacts to non-marketing.
    SetNonMarketing,
    /// Delete N marketing contacts.
    Delete,
    /// Daily growth from a workflow between two dates.
    DailyGrowth,
    /// Ask for a lower tier at the next renewal.
    Downgrade,
    /// Move to a higher tier by hand.
    ChangeTier,
}

/// A ready-made second scenario for comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Variant {
    /// An exact copy.
    Copy,
    /// The other contract term (monthly ↔ annual).
    OtherTerm,
    /// Imports moved to just after the next update date.
    ImportAfterUpdate,
}

/// A change to the state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Change the active scenario.
    Edit(Edit),
    /// Replace the active scenario.
    Load(Box<Scenario>),
    /// Replace every branch with one scenario (a shared link, a file, a saved one).
    Open(Box<Scenario>),
    /// Replace every branch with these (a link or file of several), the
    /// given one active.
    OpenAll(Vec<Scenario>, usize),
    /// Show a notice, or clear it.
    Notice(Option<Notice>),
    /// Switch the interface language.
    Lang(Lang),
    /// Add a branch made from the active scenario.
    Branch(Variant),
    /// Make a branch active.
    Select(usize),
    /// Remove a branch (the last one stays).
    RemoveBranch(usize),
    /// A field holds text that does not read (`Some`), or reads again
    /// (`None`); by the field's id.
    Draft(String, Option<Draft>),
    /// Undo the last change.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// A field's typing is over (it was committed or left): the next edit
    /// of the same field is an undo step of its own.
    EndTyping,
}

/// One edit of the active scenario.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Scenario name.
    Name(String),
    /// Edition (the tier is re-derived for the new book).
    Edition(Edition),
    /// Contract term.
    Term(Term),
    /// Billing frequency (`None`: same as the term).
    Billing(Option<Term>),
    /// Purchase date.
    Start(String),
    /// First simulated day.
    AsOf(String),
    /// Last simulated day.
    Until(String),
    /// Processing zone.
    Timezone(String),
    /// Processing time `HH:MM`.
    ProcessingTime(String),
    /// Current tier (`None`: derived from the count).
    Tier(Option<i64>),
    /// Maximum-marketing cap.
    MaxMarketing(Option<i64>),
    /// Marketing contacts at `as_of`.
    Marketing(i64),
    /// Non-marketing contacts at `as_of`.
    NonMarketing(i64),
    /// Pending contacts at `as_of`.
    Pending(i64),
    /// Add an event of a kind, with sensible defaults.
    AddEvent(NewEvent),
    /// Replace event `i`.
    Event(usize, EventSpec),
    /// Remove event `i`.
    RemoveEvent(usize),
    /// Proration convention.
    Proration(Proration),
    /// Rounding.
    Rounding(Rounding),
    /// Lines style.
    Lines(Lines),
    /// Month-end rule.
    MonthEnd(MonthEnd),
    /// Notification thresholds.
    NotifyAt(Vec<i64>),
    /// A custom price book, or `None` for the example book.
    Prices(Option<PriceBookSpec>),
    /// The edition of the rules (current or 2020).
    RuleEdition(RuleEdition),
    /// A usage history (empty: none); it replaces the contact events on its dates.
    History(Vec<HistoryRow>),
    /// Charges from a real invoice to audit (empty: none).
    Invoice(Vec<InvoiceCharge>),
    /// Adopt a combination of assumptions found by "try every assumption".
    Combination(Combination),
}

impl Edit {
    /// Edits with the same key replace each other in the undo history.
    fn key(&self) -> Option<String> {
        Some(match self {
            Edit::Name(_) => "name".into(),
            Edit::Start(_) => "start".into(),
            Edit::AsOf(_) => "as_of".into(),
            Edit::Until(_) => "until".into(),
            Edit::Tier(_) => "tier".into(),
            Edit::MaxMarketing(_) => "max".into(),
            Edit::Marketing(_) => "marketing".into(),
            Edit::NonMarketing(_) => "non_marketing".into(),
            Edit::Pending(_) => "pending".into(),
            Edit::ProcessingTime(_) => "processing_time".into(),
            Edit::Event(i, _) => format!("event {i}"),
            Edit::Prices(Some(_)) => "prices".into(),
            Edit::NotifyAt(_) => "notify_at".into(),
            _ => return None,
        })
    }
}

/// The branches and the active one before a change. Cheap to keep: each
/// branch's scenario is shared, not copied.
type Snapshot = (Vec<Branch>, usize);

/// A message for the person, shown above the figures. It keeps its key and
/// numbers, so it reads in whatever language is chosen when it is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// True for problems, false for confirmations.
    pub error: bool,
    /// The message.
    pub key: T,
    /// Its placeholders' values that are text.
    pub args: Vec<(String, String)>,
    /// Its placeholders' values that are counts (the message may choose
    /// its words by them).
    pub counts: Vec<(String, i64)>,
    /// A link to show for copying by hand.
    pub link: Option<String>,
    /// A file to offer for download instead (its name and text), when the
    /// link is too long to send.
    pub file: Option<(String, String)>,
    /// The name of the sender's own prices (empty when unnamed), said in
    /// the `{prices}` placeholder in the language of the moment.
    pub prices: Option<String>,
}

impl Notice {
    fn new(error: bool, key: T, args: &[(&str, &str)]) -> Option<Notice> {
        let args = args
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Some(Notice {
            error,
            key,
            args,
            counts: Vec::new(),
            link: None,
            file: None,
            prices: None,
        })
    }

    /// A confirmation.
    pub fn info(key: T, args: &[(&str, &str)]) -> Option<Notice> {
        Notice::new(false, key, args)
    }

    /// A problem.
    pub fn error(key: T, args: &[(&str, &str)]) -> Option<Notice> {
        Notice::new(true, key, args)
    }

    /// The same notice with a count for the placeholder `name`.
    pub fn with_count(mut self, name: &str, n: impl TryInto<i64>) -> Notice {
        self.counts
            .push((name.to_string(), n.try_into().unwrap_or(i64::MAX)));
        self
    }

    /// The text in a language.
    pub fn text(&self, lang: Lang) -> String {
        let prices = self.prices.as_deref().map_or_else(String::new, |name| {
            let name = if name.is_empty() {
                T::CustomPrices.text(lang)
            } else {
                name
            };
            crate::catalogue::tf(lang, T::SenderPrices, &[("book", name)])
        });
        use crate::catalogue::Arg;
        let mut args: Vec<(&str, Arg)> = self
            .args
            .iter()
            .map(|(k, v)| (k.as_str(), Arg::from(v)))
            .collect();
        args.extend(
            self.counts
                .iter()
                .map(|(k, n)| (k.as_str(), Arg::Count(*n))),
        );
        args.push(("prices", Arg::from(prices)));
        crate::catalogue::say(lang, self.key, &args)
    }
}

/// Everything the app shows is derived from this.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// Scenarios, at least one.
    pub branches: Vec<Branch>,
    /// Index of the one being edited.
    pub active: usize,
    /// Today's date in the viewer's calendar (defaults for new events).
    pub today: NaiveDate,
    /// A message for the person, if any.
    pub notice: Option<Notice>,
    /// The interface language.
    pub lang: Lang,
    /// Fields whose text does not read, by field id, in the order typed.
    pub drafts: Drafts,
    /// The last scenario that simulated, by branch id, for branches restored
    /// with one that does not (a reload with a slip in a field): their
    /// figures are shown, marked as not current, and Undo goes back to it.
    pub restored: Vec<(u32, Rc<Scenario>)>,
    undo: Vec<Snapshot>,
    redo: Vec<Snapshot>,
    last_key: Option<String>,
    next_id: u32,
}

/// What a person typed into a field that does not read yet ("3O00", half
/// a date): kept as typed, through a reload, while the figures say they are
/// not current and name the field to fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    /// The field's label, as the banner names it.
    pub label: String,
    /// The text as typed.
    pub text: String,
    /// Why it does not read; `None` for a draft restored from storage until
    /// its field has read it again (the field's parser says why, in the
    /// words of the version that opens it).
    pub error: Option<T>,
}

/// Drafts by field id: a few at most, so a list.
pub type Drafts = Vec<(String, Draft)>;

/// The draft of a field, if it has one.
pub fn draft_of<'a>(drafts: &'a Drafts, field: &str) -> Option<&'a Draft> {
    drafts.iter().find(|(f, _)| f == field).map(|(_, d)| d)
}

/// The scenario a new visitor sees: a Professional account bought on Jan 1,
/// today's counts close to its 2,000 tier (chosen automatically, as the
/// smallest tier that holds them), a horizon to the end of next year.
pub fn default_scenario(today: NaiveDate) -> Scenario {
    let jan1 = NaiveDate::from_ymd_opt(today.year(), 1, 1).unwrap_or(today);
    let until = NaiveDate::from_ymd_opt(today.year() + 1, 12, 31).unwrap_or(today);
    Scenario {
        version: FORMAT_VERSION,
        name: Some(T::MyAccount.text(Lang::EN).to_string()),
        account: Account {
            edition: Edition::Professional,
            term: Term::Annual,
            billing: Some(Term::Monthly),
            start: jan1.to_string(),
            as_of: Some(today.to_string()),
            timezone: zone::REGIONS[0].zone.to_string(),
            processing_time: "00:00".to_string(),
            // Automatic: typing a larger count moves the tier with it, rather
            // than stopping at "below the tier" on the way (issue 24, item 6).
            tier: None,
            max_marketing: None,
        },
        prices: None,
        contacts: Contacts {
            marketing: 1800,
            non_marketing: 12000,
            pending_non_marketing: 0,
        },
        events: Vec::new(),
        until: until.to_string(),
        assumptions: Assumptions::default(),
        history: Vec::new(),
        invoice: Vec::new(),
    }
}

fn parse(d: &str) -> Option<NaiveDate> {
    tierwise_engine::plan::parse_date(d, "").ok()
}

/// The date an event starts on (for sorting), if it parses.
pub fn event_date(e: &EventSpec) -> String {
    e.at.clone().or_else(|| e.from.clone()).unwrap_or_default()
}

impl State {
    /// A fresh state with one scenario.
    pub fn new(scenario: Scenario, today: NaiveDate) -> State {
        State::with_branches(vec![scenario], 0, today)
    }

    /// A state restored with several branches (the last working state).
    pub fn with_branches(scenarios: Vec<Scenario>, active: usize, today: NaiveDate) -> State {
        let branches: Vec<Branch> = scenarios
            .into_iter()
            .take(MAX_BRANCHES)
            .enumerate()
            .map(|(i, scenario)| Branch {
                id: i as u32 + 1,
                scenario: Rc::new(scenario),
            })
            .collect();
        let branches = if branches.is_empty() {
            vec![Branch {
                id: 1,
                scenario: Rc::new(default_scenario(today)),
            }]
        } else {
            branches
        };
        State {
            active: active.min(branches.len() - 1),
            next_id: branches.len() as u32 + 1,
            branches,
            today,
            notice: None,
            lang: Lang::EN,
            drafts: Default::default(),
            restored: Vec::new(),
            undo: Vec::new(),
            redo: Vec::new(),
            last_key: None,
        }
    }

    /// A state restored from the last working state: its branches, the
    /// drafts typed into them, and for each branch the last scenario that
    /// simulated (when the branch's own does not), which one Undo restores.
    pub fn restore(
        branches: Vec<Scenario>,
        active: usize,
        drafts: Drafts,
        good: Vec<Option<Scenario>>,
        today: NaiveDate,
    ) -> State {
        let mut s = State::with_branches(branches, active, today);
        s.drafts = drafts;
        s.restored = s
            .branches
            .iter()
            .zip(good)
            .filter_map(|(b, g)| Some((b.id, Rc::new(g?))))
            .collect();
        if !s.restored.is_empty() {
            let before: Vec<Branch> = s
                .branches
                .iter()
                .map(|b| Branch {
                    id: b.id,
                    scenario: s
                        .restored
                        .iter()
                        .find(|(id, _)| *id == b.id)
                        .map_or_else(|| b.scenario.clone(), |(_, g)| g.clone()),
                })
                .collect();
            s.undo.push((before, s.active));
        }
        s
    }

    /// The scenario being edited.
    pub fn scenario(&self) -> &Scenario {
        &self.branches[self.active].scenario
    }

    /// True when there is something to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// True while edits of one field are being gathered into one undo step
    /// (until [`Action::EndTyping`]).
    pub fn is_typing(&self) -> bool {
        self.last_key.is_some()
    }

    /// True when there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    fn remember(&mut self, key: Option<String>) {
        if key.is_some() && key == self.last_key {
            return;
        }
        self.undo.push((self.branches.clone(), self.active));
        if self.undo.len() > HISTORY {
            self.undo.remove(0);
        }
        self.redo.clear();
        self.last_key = key;
    }

    /// Applies an action, returning the new state.
    pub fn apply(&self, action: Action) -> State {
        let mut s = self.clone();
        // A draft belongs to the field as it was: anything that replaces
        // the scenario under it (undo, a file, another branch) ends it.
        if matches!(
            action,
            Action::Load(_)
                | Action::Open(_)
                | Action::OpenAll(..)
                | Action::Branch(_)
                | Action::Select(_)
                | Action::RemoveBranch(_)
                | Action::Undo
                | Action::Redo
        ) {
            s.drafts.clear();
        }
        match action {
            Action::Edit(edit) => {
                let key = edit.key();
                let mut next = s.scenario().clone();
                edit_scenario(&mut next, edit, s.today);
                if next != *s.scenario() {
                    s.remember(key);
                    let active = s.active;
                    s.branches[active].scenario = Rc::new(next);
                }
            }
            Action::Load(scenario) => {
                s.remember(None);
                let active = s.active;
                s.branches[active].scenario = Rc::from(scenario);
            }
            Action::Open(scenario) => {
                s.remember(None);
                s.branches = vec![Branch {
                    id: s.next_id,
                    scenario: Rc::from(scenario),
                }];
                s.next_id += 1;
                s.active = 0;
            }
            Action::OpenAll(scenarios, active) if !scenarios.is_empty() => {
                s.remember(None);
                s.branches = scenarios
                    .into_iter()
                    .take(MAX_BRANCHES)
                    .map(|scenario| {
                        let id = s.next_id;
                        s.next_id += 1;
                        Branch {
                            id,
                            scenario: Rc::new(scenario),
                        }
                    })
                    .collect();
                s.active = active.min(s.branches.len() - 1);
            }
            Action::OpenAll(..) => {}
            Action::Notice(notice) => s.notice = notice,
            Action::Draft(field, draft) => {
                s.drafts.retain(|(f, _)| *f != field);
                if let Some(d) = draft {
                    s.drafts.push((field, d));
                }
            }
            Action::Lang(lang) => {
                // The default name follows the language; a name the person
                // gave stays as it is.
                let was = [T::MyAccount.text(s.lang), T::MyAccount.text(Lang::EN)];
                for b in &mut s.branches {
                    if b.scenario.name.as_deref().is_some_and(|n| was.contains(&n)) {
                        Rc::make_mut(&mut b.scenario).name = Some(T::MyAccount.text(lang).into());
                    }
                }
                s.lang = lang;
            }
            Action::Branch(variant) => {
                if s.branches.len() < MAX_BRANCHES {
                    s.remember(None);
                    let mut scenario = s.scenario().clone();
                    apply_variant(&mut scenario, variant, s.lang);
                    s.branches.push(Branch {
                        id: s.next_id,
                        scenario: Rc::new(scenario),
                    });
                    s.next_id += 1;
                    s.active = s.branches.len() - 1;
                }
            }
            Action::Select(i) => {
                if i < s.branches.len() {
                    s.active = i;
                    s.last_key = None;
                }
            }
            Action::RemoveBranch(i) => {
                if s.branches.len() > 1 && i < s.branches.len() {
                    s.remember(None);
                    s.branches.remove(i);
                    if s.active >= s.branches.len() || s.active > i {
                        s.active = s.active.saturating_sub(1);
                    }
                }
            }
            Action::EndTyping => s.last_key = None,
            Action::Undo => {
                if let Some((branches, active)) = s.undo.pop() {
                    s.redo
                        .push((std::mem::replace(&mut s.branches, branches), s.active));
                    s.active = active.min(s.branches.len() - 1);
                    s.last_key = None;
                }
            }
            Action::Redo => {
                if let Some((branches, active)) = s.redo.pop() {
                    s.undo
                        .push((std::mem::replace(&mut s.branches, branches), s.active));
                    s.active = active.min(s.branches.len() - 1);
                    s.last_key = None;
                }
            }
        }
        s
    }
}

/// The next date on or after `from` that is the `day`-th of a month
/// (clamped at month end).
fn next_day_of_month(from: NaiveDate, day: u32) -> NaiveDate {
    let on = |y: i32, m: u32| NaiveDate::from_ymd_opt(y, m, day.min(calendar::days_in_month(y, m)));
    let this = on(from.year(), from.month()).unwrap_or(from);
    if this >= from {
        this
    } else {
        let next = calendar::anniversary(
            NaiveDate::from_ymd_opt(from.year(), from.month(), 1).unwrap_or(from),
            1,
            MonthEnd::Clamp,
        );
        on(next.year(), next.month()).unwrap_or(from)
    }
}

fn new_event(kind: NewEvent, s: &Scenario, today: NaiveDate) -> EventSpec {
    let as_of = s
        .account
        .as_of
        .as_deref()
        .and_then(parse)
        .or_else(|| parse(&s.account.start))
        .unwrap_or(today);
    let base = as_of.max(today.min(parse(&s.until).unwrap_or(today)));
    let on = next_day_of_month(base, 20).to_string();
    // A request names a tier next to the one in force: one down for a
    // downgrade, one up for a change, so a new event is a real one.
    let (down, up) = neighbouring_tiers(s).unwrap_or((0, 0));
    match kind {
        NewEvent::Import => EventSpec {
            at: Some(on),
            action: EventAction::AddMarketing,
            count: Some(1000),
            ..Default::default()
        },
        NewEvent::SetNonMarketing => EventSpec {
            at: Some(on),
            action: EventAction::SetNonMarketing,
            count: Some(500),
            ..Default::default()
        },
        NewEvent::Delete => EventSpec {
            at: Some(on),
            action: EventAction::DeleteMarketing,
            count: Some(500),
            ..Default::default()
        },
        NewEvent::DailyGrowth => EventSpec {
            from: Some(base.to_string()),
            to: Some((base + Duration::days(29)).to_string()),
            action: EventAction::AddMarketing,
            per_day: Some(20),
            ..Default::default()
        },
        NewEvent::Downgrade => EventSpec {
            at: Some(on),
            action: EventAction::RequestDowngrade,
            tier: Some(down as i64),
            ..Default::default()
        },
        NewEvent::ChangeTier => EventSpec {
            at: Some(on),
            action: EventAction::ChangeTier,
            tier: Some(up as i64),
            ..Default::default()
        },
    }
}

/// The tiers next to the one a scenario starts in (its own tier, else the
/// smallest that holds its billed count): the one below (the smallest tier
/// itself at the bottom) and the one above. `None` when its prices do not read.
fn neighbouring_tiers(s: &Scenario) -> Option<(u64, u64)> {
    let spec = s
        .prices
        .clone()
        .unwrap_or_else(tierwise_engine::price_book::example);
    let book = tierwise_engine::price_book::PriceBook::from_spec(&spec, "prices").ok()?;
    let p = book.editions.get(&s.account.edition)?;
    let billed = s.contacts.marketing.max(0) + s.contacts.pending_non_marketing.max(0);
    let tier = match s.account.tier {
        Some(t) if t >= 0 && p.is_tier(t as u64) => t as u64,
        _ => p.tier_for(billed as u64),
    };
    let below = tier.saturating_sub(p.pack_size).max(p.included);
    Some((below, tier.saturating_add(p.pack_size)))
}

/// Keeps events sorted by their first date; equal dates keep their order.
fn sort_events(s: &mut Scenario) {
    s.events.sort_by_key(event_date);
}

fn edit_scenario(s: &mut Scenario, edit: Edit, today: NaiveDate) {
    let a = &mut s.account;
    match edit {
        Edit::Name(n) => s.name = Some(n),
        Edit::Edition(e) => {
            a.edition = e;
            a.tier = None;
        }
        Edit::Term(t) => a.term = t,
        Edit::Billing(b) => a.billing = b,
        Edit::Start(d) => a.start = d,
        Edit::AsOf(d) => a.as_of = Some(d),
        Edit::Until(d) => s.until = d,
        Edit::Timezone(z) => a.timezone = z,
        Edit::ProcessingTime(t) => a.processing_time = t,
        Edit::Tier(t) => a.tier = t,
        Edit::MaxMarketing(m) => a.max_marketing = m,
        Edit::Marketing(n) => s.contacts.marketing = n,
        Edit::NonMarketing(n) => s.contacts.non_marketing = n,
        Edit::Pending(n) => s.contacts.pending_non_marketing = n,
        Edit::AddEvent(kind) => {
            let e = new_event(kind, s, today);
            s.events.push(e);
            sort_events(s);
        }
        // An edited event stays where it is, even when its new date comes
        // after the next one's: a row that moved while its date was being
        // typed would take the keyboard to another event, and a second
        // report of the same typing (`change` after `input`) would land on
        // whichever event took its place. Only a new event is placed by date.
        Edit::Event(i, e) => {
            if let Some(slot) = s.events.get_mut(i) {
                *slot = e;
            }
        }
        Edit::RemoveEvent(i) => {
            if i < s.events.len() {
                s.events.remove(i);
            }
        }
        Edit::Proration(p) => s.assumptions.proration = p,
        Edit::Rounding(r) => s.assumptions.rounding = r,
        Edit::Lines(l) => s.assumptions.lines = l,
        Edit::MonthEnd(m) => s.assumptions.month_end = m,
        Edit::NotifyAt(v) => s.assumptions.notify_at = v,
        Edit::Prices(p) => s.prices = p,
        Edit::RuleEdition(r) => s.assumptions.rule_edition = r,
        Edit::History(rows) => {
            // A tier given for as_of may be below the history's first count.
            if let (Some(t), Some(first)) = (s.account.tier, rows.first()) {
                if t < first.billed {
                    s.account.tier = None;
                }
            }
            s.history = rows;
        }
        Edit::Invoice(charges) => s.invoice = charges,
        Edit::Combination(c) => {
            s.account.processing_time = c.processing_time.to_string();
            s.assumptions.proration = c.proration;
            s.assumptions.rounding = c.rounding;
            s.assumptions.lines = c.lines;
            s.assumptions.month_end = c.month_end;
        }
    }
}

fn apply_variant(s: &mut Scenario, variant: Variant, lang: Lang) {
    let base = s.name.clone().unwrap_or_default();
    let named = |key: T| Some(crate::catalogue::tf(lang, key, &[("name", &base)]));
    match variant {
        Variant::Copy => s.name = named(T::NameCopy),
        Variant::OtherTerm => {
            let term = match s.account.term {
                Term::Monthly => Term::Annual,
                Term::Annual => Term::Monthly,
            };
            s.account.term = term;
            s.account.billing = Some(term);
            s.name = named(match term {
                Term::Monthly => T::NameMonthly,
                Term::Annual => T::NameAnnual,
            });
        }
        Variant::ImportAfterUpdate => {
            if let Ok(plan) = tierwise_engine::Plan::new(s) {
                for e in &mut s.events {
                    let importing = matches!(
                        e.action,
                        EventAction::AddMarketing | EventAction::SetMarketing
                    );
                    let Some(at) =
                        e.at.as_deref()
                            .and_then(|t| parse(t.get(..10).unwrap_or(t)))
                    else {
                        continue;
                    };
                    if importing && e.every.is_none() {
                        let next = plan
                            .calendar
                            .update_dates(plan.term, at, at + Duration::days(400))
                            .into_iter()
                            .map(|t| zone::local(plan.tz(), t))
                            .find(|t| {
                                t.date() > at
                                    || (t.date() == at && t.time() > chrono::NaiveTime::MIN)
                            });
                        if let Some(t) = next {
                            e.at = Some(tierwise_engine::plan::format_minute(t));
                        }
                    }
                }
                sort_events(s);
            }
            s.name = named(T::NameAfterUpdate);
        }
    }
}
