//! The full result of a scenario: the simulation, the stay-in-tier advice
//! for each upgrade, and the bill check when an invoice is given.

use crate::engine::error::Error;
use crate::engine::outcome::{self, Outcome, Stamp, Warning, WarningKind};
use crate::engine::plan::Plan;
use crate::engine::scenario::{Edition, Scenario, Term};
use crate::engine::simulate::{self, Mode};
use crate::engine::timeline::Timeline;
use crate::engine::{advice, audit};

/// Simulates a scenario.
///
/// # Errors
/// The first problem with the scenario (see [`check`] for all of them), or an
/// event that removes more contacts than exist at that moment.
pub fn simulate(scenario: &Scenario) -> Result<Outcome, Error> {
    let plan = Plan::new(scenario).map_err(|mut e| e.swap_remove(0))?;
    simulate_plan(&plan)
}

/// Simulates a scenario as [`simulate`] does, but leaves its invoice
/// unaudited (`audit` is `None`): the web page's figures, whose bill check
/// is loaded on demand and audits for itself, so the page's bundle carries
/// no audit code.
///
/// # Errors
/// As [`simulate`].
pub fn simulate_unaudited(scenario: &Scenario) -> Result<Outcome, Error> {
    let plan = Plan::new(scenario).map_err(|mut e| e.swap_remove(0))?;
    outcome_of(&plan, false)
}

/// Every problem with a scenario, in document order; empty when it simulates.
pub fn check(scenario: &Scenario) -> Vec<Error> {
    match Plan::new(scenario) {
        Err(errors) => errors,
        // The audit never fails: what fails is the simulation.
        Ok(plan) => outcome_of(&plan, false).err().into_iter().collect(),
    }
}

/// "Try every assumption": each combination of the discrete assumptions under
/// which the simulation matches the scenario's `invoice` exactly (see
/// [`audit::search`]); empty when none does or there is no invoice.
///
/// # Errors
/// As [`simulate`].
pub fn try_every_assumption(scenario: &Scenario) -> Result<Vec<audit::Combination>, Error> {
    let plan = Plan::new(scenario).map_err(|mut e| e.swap_remove(0))?;
    // Only the run itself can fail; the search needs none of the full
    // result (day series, advice replays, the audit's own explanations).
    simulate::run(&plan, &Timeline::new(&plan), Mode::default())?;
    if plan.invoice.is_empty() {
        return Ok(Vec::new());
    }
    Ok(audit::search(&plan))
}

/// Simulates a checked plan.
///
/// # Errors
/// An event that removes more contacts than exist at that moment.
pub fn simulate_plan(plan: &Plan) -> Result<Outcome, Error> {
    outcome_of(plan, true)
}

/// The outcome of a checked plan, with the invoice's audit when asked.
fn outcome_of(plan: &Plan, audited: bool) -> Result<Outcome, Error> {
    let timeline = Timeline::new(plan);
    let run = simulate::run(
        plan,
        &timeline,
        Mode {
            days: true,
            ..Mode::default()
        },
    )?;
    let (stay_in_tier, advice_warning) = advice::stay_in_tier(plan, &timeline, &run);

    let mut warnings: Vec<Warning> = static_warnings(plan)
        .into_iter()
        .map(Warning::from)
        .collect();
    warnings.extend(timeline.warnings.iter().cloned().map(Warning::from));
    warnings.extend(run.warnings);
    warnings.extend(advice_warning.map(Warning::from));

    let audit = (audited && !plan.invoice.is_empty()).then(|| audit::audit(plan, &run.lines));
    let tz = plan.tz();
    Ok(Outcome {
        days: run.days,
        update_dates: timeline
            .update_dates
            .iter()
            .map(|&t| Stamp::new(tz, t))
            .collect(),
        renewals: timeline
            .renewals
            .iter()
            .map(|&t| Stamp::new(tz, t))
            .collect(),
        upgrades: run.upgrades,
        downgrades: run.downgrades,
        notifications: run.notifications,
        invoice_lines: run.lines,
        total: run.total,
        currency: plan.book.currency.clone(),
        warnings,
        advice: outcome::Advice { stay_in_tier },
        audit,
    })
}

/// Warnings that follow from the scenario alone.
fn static_warnings(plan: &Plan) -> Vec<WarningKind> {
    let mut w = Vec::new();
    if plan.book.example {
        w.push(WarningKind::ExamplePrices);
    }
    let sold = match plan.edition {
        Edition::Professional | Edition::Enterprise => plan.term == Term::Annual,
        Edition::Starter | Edition::Basic => true,
    };
    if !sold {
        w.push(WarningKind::TermNotSold {
            edition: plan.edition,
            term: plan.term,
        });
    }
    if plan.billing == Term::Annual && plan.term == Term::Monthly {
        w.push(WarningKind::BillingLongerThanTerm {
            billing: plan.billing,
            term: plan.term,
        });
    }
    if let Some(cap) = plan.max_marketing {
        let billed = plan.contacts.billed();
        if cap < billed {
            w.push(WarningKind::CapBelowCurrent { cap, billed });
        }
    }
    w
}
