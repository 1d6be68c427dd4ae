//! The web app's reducer, natively: edits, sorted events, branches, undo/redo.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use tierwise_app::state::{default_scenario, Action, Edit, NewEvent, State, Variant};
use tierwise_engine::{self as engine, scenario::Term};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
}

fn fresh() -> State {
    State::new(default_scenario(today()), today())
}

fn edit(s: &State, e: Edit) -> State {
    s.apply(Action::Edit(e))
}

#[test]
fn the_default_scenario_simulates_from_today() {
    let s = fresh();
    let o = engine::evaluate(s.scenario(), engine::Options::FULL).unwrap();
    assert_eq!(o.days[0].date, today());
    assert_eq!(s.scenario().account.start, "2026-01-01");
    assert_eq!(s.scenario().until, "2027-12-31");
}

#[test]
fn a_new_event_is_placed_by_its_date() {
    let s = edit(&fresh(), Edit::AddEvent(NewEvent::Import));
    assert_eq!(s.scenario().events[0].at.as_deref(), Some("2026-12-20"));
    let s = edit(&s, Edit::AddEvent(NewEvent::DailyGrowth));
    assert_eq!(
        s.scenario().events[0].from.as_deref(),
        Some("2026-11-26"),
        "a flow from today sorts first"
    );
    let s = edit(&s, Edit::RemoveEvent(0));
    assert_eq!(s.scenario().events.len(), 1);
}

/// A careless user's report: changing an import's date to after the next
/// event's, as a browser reports it (`input`, then `change` from the same
/// row), left two copies of the import and lost the other event; typing a
/// date with the keyboard moved the row under the cursor, so the next key
/// changed the other event. An edited event now stays where it is.
#[test]
fn an_event_dated_past_the_next_one_stays_in_its_row_and_loses_nothing() {
    let s = edit(&fresh(), Edit::AddEvent(NewEvent::Import));
    let s = edit(&s, Edit::AddEvent(NewEvent::SetNonMarketing));
    let mut later = s.scenario().events[1].clone();
    later.at = Some("2026-12-25".into());
    let s = edit(&s, Edit::Event(1, later.clone()));
    let mut import = s.scenario().events[0].clone();
    import.at = Some("2026-12-28".into());
    // The row's `input` and `change` handlers both report the new date for
    // row 0, from the same render.
    let s = edit(&s, Edit::Event(0, import.clone()));
    let s = edit(&s, Edit::Event(0, import.clone()));
    assert_eq!(s.scenario().events, vec![import.clone(), later.clone()]);
    // The next key in the same field still edits the import.
    import.at = Some("2026-12-29".into());
    let s = edit(&s, Edit::Event(0, import.clone()));
    assert_eq!(s.scenario().events, vec![import, later]);
    assert!(engine::evaluate(s.scenario(), engine::Options::FULL).is_ok());
}

/// A new downgrade request or tier change names a real tier next to the
/// one in force, so adding one never starts with an error ("0 is not a
/// tier in the price book. The nearest are and 2000.").
#[test]
fn a_new_tier_event_names_the_tier_next_to_the_one_in_force() {
    for (tier, down, up) in [
        (Some(7000), 2000, 12000),
        (None, 2000, 7000),
        (Some(2000), 2000, 7000),
    ] {
        let mut sc = default_scenario(today());
        sc.account.tier = tier;
        let s = State::new(sc, today());
        let s = edit(&s, Edit::AddEvent(NewEvent::Downgrade));
        let s = edit(&s, Edit::AddEvent(NewEvent::ChangeTier));
        let tiers: Vec<_> = s
            .scenario()
            .events
            .iter()
            .map(|e| (e.action, e.tier))
            .collect();
        assert!(
            tiers.contains(&(engine::scenario::Action::RequestDowngrade, Some(down))),
            "{tier:?}: {tiers:?}"
        );
        assert!(
            tiers.contains(&(engine::scenario::Action::ChangeTier, Some(up))),
            "{tier:?}: {tiers:?}"
        );
        assert!(
            engine::evaluate(s.scenario(), engine::Options::FULL).is_ok(),
            "{tier:?}"
        );
    }
}

/// Typing 2500 into a field, leaving it, then typing 4000 are two undo
/// steps: one Undo gives 2500 back, not the value before both.
#[test]
fn a_committed_field_is_an_undo_step_of_its_own() {
    let s = edit(&fresh(), Edit::Marketing(25));
    let s = edit(&s, Edit::Marketing(2500)).apply(Action::EndTyping);
    let s = edit(&s, Edit::Marketing(40));
    let s = edit(&s, Edit::Marketing(4000));
    let back = s.apply(Action::Undo);
    assert_eq!(back.scenario().contacts.marketing, 2500);
    let back = back.apply(Action::Undo);
    assert_eq!(back.scenario().contacts.marketing, 1800);
    assert!(!back.can_undo());
}

#[test]
fn the_import_path_of_the_issue_crosses_the_tier() {
    let s = edit(&fresh(), Edit::AddEvent(NewEvent::Import));
    let mut e = s.scenario().events[0].clone();
    e.count = Some(3000);
    let s = edit(&s, Edit::Event(0, e));
    let o = engine::evaluate(s.scenario(), engine::Options::FULL).unwrap();
    assert_eq!(o.upgrades[0].to_tier, 7000);
    assert_eq!(o.upgrades[0].charge_date.to_string(), "2026-12-21");
}

#[test]
fn undo_and_redo_restore_edits_and_typing_is_one_step() {
    let s = fresh();
    let typed = ["1", "19", "190", "1900"].iter().fold(s.clone(), |s, t| {
        edit(&s, Edit::Marketing(t.parse().unwrap()))
    });
    assert_eq!(typed.scenario().contacts.marketing, 1900);
    let s2 = edit(&typed, Edit::Term(Term::Monthly));
    let back = s2.apply(Action::Undo);
    assert_eq!(back.scenario().account.term, Term::Annual);
    assert_eq!(back.scenario().contacts.marketing, 1900);
    let back = back.apply(Action::Undo);
    assert_eq!(
        back.scenario().contacts.marketing,
        1800,
        "the four keystrokes were one edit"
    );
    assert!(!back.can_undo());
    let again = back.apply(Action::Redo).apply(Action::Redo);
    assert_eq!(again.scenario(), s2.scenario());
    assert!(!again.can_redo());
}

#[test]
fn an_edit_that_changes_nothing_is_not_an_undo_step() {
    let s = edit(&fresh(), Edit::Term(Term::Annual));
    assert!(!s.can_undo());
}

#[test]
fn branches_compare_terms_and_import_timing() {
    let s = edit(&fresh(), Edit::AddEvent(NewEvent::Import));
    let s = s.apply(Action::Branch(Variant::OtherTerm));
    assert_eq!(s.branches.len(), 2);
    assert_eq!(s.active, 1);
    assert_eq!(s.scenario().account.term, Term::Monthly);
    let s = s
        .apply(Action::Select(0))
        .apply(Action::Branch(Variant::ImportAfterUpdate));
    // Annual term: the next update date after Dec 20 is Jan 1, 00:00.
    assert_eq!(
        s.scenario().events[0].at.as_deref(),
        Some("2027-01-01T00:00")
    );
    let s = s.apply(Action::RemoveBranch(1));
    assert_eq!(s.branches.len(), 2);
    assert_eq!(s.active, 1);
    let s = s
        .apply(Action::RemoveBranch(0))
        .apply(Action::RemoveBranch(0));
    assert_eq!(s.branches.len(), 1, "the last branch stays");
}

/// Issue 24, item 6: a new scenario's tier is automatic, so typing 6,500
/// contacts digit by digit never stops at "below the tier": each step
/// simulates, in a larger tier when it needs one.
#[test]
fn a_new_scenario_chooses_its_tier_so_typing_a_larger_count_simulates() {
    let s = fresh();
    assert_eq!(s.scenario().account.tier, None);
    for typed in [6, 65, 650, 6500] {
        let s = edit(&s, Edit::Marketing(typed));
        let o = engine::evaluate(s.scenario(), engine::Options::FULL)
            .expect("every step on the way simulates");
        assert!(o.days[0].tier >= typed as u64);
    }
    // A tier chosen by hand stays a choice: below the count is an error.
    let s = edit(&edit(&s, Edit::Tier(Some(2000))), Edit::Marketing(6500));
    assert!(engine::evaluate(s.scenario(), engine::Options::FULL).is_err());
}

/// Issue 24, item 4: restored with a slip, the state keeps the last good
/// scenario, and Undo goes back to it.
#[test]
fn a_restored_slip_undoes_to_the_last_good_scenario() {
    let good = fresh().scenario().clone();
    let mut slipped = good.clone();
    slipped.contacts.marketing = -5;
    let s = State::restore(
        vec![slipped.clone()],
        0,
        Vec::new(),
        vec![Some(good.clone())],
        today(),
    );
    assert_eq!(*s.scenario(), slipped);
    assert_eq!(s.restored.len(), 1);
    assert!(s.can_undo());
    assert_eq!(*s.apply(Action::Undo).scenario(), good);
    // Nothing to go back to: nothing to undo.
    let plain = State::restore(vec![good], 0, Vec::new(), vec![None], today());
    assert!(!plain.can_undo());
}

#[test]
fn changing_edition_re_derives_the_tier() {
    let s = edit(
        &fresh(),
        Edit::Edition(tierwise_engine::scenario::Edition::Starter),
    );
    assert_eq!(s.scenario().account.tier, None);
    let o = engine::evaluate(s.scenario(), engine::Options::FULL).unwrap();
    assert_eq!(o.days[0].tier, 2000, "starter tiers are 1,000 apart");
}

#[test]
fn a_history_import_is_one_undo_step_and_frees_a_tier_below_its_count() {
    let s = edit(&fresh(), Edit::Tier(Some(2000)));
    assert_eq!(s.scenario().account.tier, Some(2000));
    let rows =
        engine::format::history_csv::parse("date,billed\n2026-11-01,2500\n2026-11-20,2600\n")
            .unwrap();
    let with = edit(&s, Edit::History(rows.clone()));
    assert_eq!(with.scenario().history, rows);
    // Tier 2,000 cannot hold the history's first 2,500: the tier is derived.
    assert_eq!(with.scenario().account.tier, None);
    let o = engine::evaluate(with.scenario(), engine::Options::FULL).unwrap();
    assert_eq!(o.days[0].date.to_string(), "2026-11-01");
    assert_eq!(o.days[0].tier, 7000);
    let back = with.apply(Action::Undo);
    assert!(back.scenario().history.is_empty());
    assert_eq!(back.scenario().account.tier, Some(2000));
}

#[test]
fn adopting_a_combination_sets_every_searched_assumption_at_once() {
    use engine::audit::Combination;
    use engine::scenario::{Lines, MonthEnd, Proration, Rounding};
    let c = Combination {
        processing_time: "12:00",
        proration: Proration::Seconds,
        rounding: Rounding::HalfEven,
        lines: Lines::CreditAndCharge,
        month_end: MonthEnd::Roll,
    };
    let s = edit(&fresh(), Edit::Combination(c));
    let sc = s.scenario();
    assert_eq!(sc.account.processing_time, "12:00");
    assert_eq!(sc.assumptions.proration, Proration::Seconds);
    assert_eq!(sc.assumptions.rounding, Rounding::HalfEven);
    assert_eq!(sc.assumptions.lines, Lines::CreditAndCharge);
    assert_eq!(sc.assumptions.month_end, MonthEnd::Roll);
    let back = s.apply(Action::Undo);
    assert_eq!(back.scenario().account.processing_time, "00:00");
}

/// The figures' next update date skips one at the simulation's very first
/// instant: a change made that day cannot meet it.
#[test]
fn the_next_update_date_is_after_the_first_instant() {
    use tierwise_app::text::next_update;
    let run = |processing: &str| {
        let v = serde_json::json!({ "version": 1,
            "account": { "edition": "professional", "term": "annual", "start": "2026-01-01",
                         "as_of": "2026-12-01", "processing_time": processing },
            "contacts": { "marketing": 1800 }, "until": "2027-03-31" });
        tierwise_engine::evaluate(
            &tierwise_engine::from_value(v).unwrap(),
            tierwise_engine::Options::FULL,
        )
        .unwrap()
    };
    let o = run("00:00");
    assert_eq!(o.update_dates[0].rfc3339(), "2026-12-01T00:00:00-05:00");
    assert_eq!(
        next_update(&o).unwrap().rfc3339(),
        "2027-01-01T00:00:00-05:00"
    );
    let o = run("12:00");
    assert_eq!(
        next_update(&o).unwrap().rfc3339(),
        "2026-12-01T12:00:00-05:00"
    );
}

/// Issue 18, item 1: what does not read is kept as a draft beside the
/// scenario, which keeps its last value; other edits keep it; undo, a new
/// file or another branch end it, as they replace the field's value.
#[test]
fn a_draft_stays_through_other_edits_and_ends_with_undo_or_a_new_scenario() {
    use tierwise_app::catalogue::T;
    use tierwise_app::state::Draft;
    let draft = Draft {
        label: "Event 1: Contacts".into(),
        text: "3O00".into(),
        error: Some(T::WholeNumber),
    };
    let s = edit(&fresh(), Edit::AddEvent(NewEvent::Import));
    let s = s.apply(Action::Draft("ev0-count".into(), Some(draft.clone())));
    assert_eq!(
        tierwise_app::state::draft_of(&s.drafts, "ev0-count"),
        Some(&draft)
    );
    let s = edit(&s, Edit::Name("Q1 plan".into()));
    assert_eq!(s.drafts.len(), 1, "another field's edit keeps the draft");
    assert_eq!(
        s.apply(Action::Draft("ev0-count".into(), None))
            .drafts
            .len(),
        0
    );
    assert!(s.apply(Action::Undo).drafts.is_empty());
    assert!(s.apply(Action::Branch(Variant::Copy)).drafts.is_empty());
    assert!(s
        .apply(Action::Open(Box::new(default_scenario(today()))))
        .drafts
        .is_empty());
}

/// Issue 18, item 9: the names the app gives (the default name, a branch's
/// name) are in the chosen language; a name the person typed is kept.
#[test]
fn the_names_the_app_gives_follow_the_language() {
    use tierwise_app::catalogue::Lang;
    let s = fresh().apply(Action::Lang(Lang::of("sv")));
    assert_eq!(s.scenario().name.as_deref(), Some("Mitt konto"));
    let s = s.apply(Action::Branch(Variant::OtherTerm));
    assert_eq!(
        s.scenario().name.as_deref(),
        Some("Mitt konto (månadsavtal)")
    );
    let s = s
        .apply(Action::Select(0))
        .apply(Action::Lang(Lang::of("pl")));
    assert_eq!(s.branches[0].scenario.name.as_deref(), Some("Moje konto"));
    assert_eq!(
        s.branches[1].scenario.name.as_deref(),
        Some("Mitt konto (månadsavtal)"),
        "a name with more than the default is the person's now"
    );
    let s = edit(&s, Edit::Name("Acme".into())).apply(Action::Lang(Lang::EN));
    assert_eq!(s.scenario().name.as_deref(), Some("Acme"));
    let s = s.apply(Action::Branch(Variant::Copy));
    assert_eq!(s.scenario().name.as_deref(), Some("Acme (copy)"));
}

/// Issue 19, item 4: a link or file of several branches opens them all,
/// the sender's active one active, and undo brings back what was there.
#[test]
fn opening_several_branches_keeps_their_order_and_the_active_one() {
    let s = fresh();
    let mut b = s.scenario().clone();
    b.name = Some("B".into());
    let mut c = b.clone();
    c.name = Some("C".into());
    let s = s.apply(Action::OpenAll(vec![s.scenario().clone(), b, c], 1));
    assert_eq!(s.branches.len(), 3);
    assert_eq!(s.active, 1);
    assert_eq!(s.scenario().name.as_deref(), Some("B"));
    let ids: std::collections::HashSet<u32> = s.branches.iter().map(|b| b.id).collect();
    assert_eq!(ids.len(), 3, "each branch has its own id");
    let more = s.apply(Action::Branch(Variant::Copy));
    let ids: std::collections::HashSet<u32> = more.branches.iter().map(|b| b.id).collect();
    assert_eq!(ids.len(), 4, "and a branch made after them has a new one");
    let s = s.apply(Action::Undo);
    assert_eq!(s.branches.len(), 1);
    let s = s.apply(Action::OpenAll(Vec::new(), 0));
    assert_eq!(s.branches.len(), 1, "nothing to open changes nothing");
}
