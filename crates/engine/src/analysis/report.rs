//! The full result of a scenario, in one evaluation: the simulation, the
//! stay-in-tier advice, and the bill check when an invoice is given.

use crate::error::Error;
use crate::outcome::{self, Outcome, Stamp, Warning, WarningKind};
use crate::plan::Plan;
use crate::scenario::{Edition, Scenario, Term};
use crate::simulate::{self, Mode};
use crate::timeline::Timeline;
use crate::{advice, audit};

/// What an evaluation works out besides the day series and the invoice
/// lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// The stay-in-tier advice (`advice.stay_in_tier`), which replays the
    /// plan: the most work, and only the advisor and the result JSON need it.
    pub advice: bool,
    /// The audit of the scenario's `invoice`, when it has one.
    pub audit: bool,
}

impl Options {
    /// Everything: the result JSON of the CLI and the JavaScript API.
    pub const FULL: Options = Options {
        advice: true,
        audit: true,
    };
    /// The figures a page shows on every edit: no advice.
    pub const FIGURES: Options = Options {
        advice: false,
        audit: true,
    };
}

/// Checks and simulates a scenario, in one evaluation: the outcome, or
/// every problem at once.
///
/// # Errors
/// Every problem with the scenario, in document order; or, for a scenario
/// that checks, the first event that removes more contacts than exist at
/// that moment.
pub fn evaluate(scenario: &Scenario, options: Options) -> Result<Outcome, Vec<Error>> {
    let plan = Plan::new(scenario)?;
    evaluate_plan(&plan, options).map_err(|e| vec![e])
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

/// Simulates a checked plan (the advisor's variants of a scenario).
///
/// # Errors
/// An event that removes more contacts than exist at that moment.
pub fn evaluate_plan(plan: &Plan, options: Options) -> Result<Outcome, Error> {
    let timeline = Timeline::new(plan);
    let run = simulate::run(
        plan,
        &timeline,
        Mode {
            days: true,
            ..Mode::default()
        },
    )?;
    let (stay_in_tier, advice_warning) = if options.advice {
        advice::stay_in_tier(plan, &timeline, &run)
    } else {
        (Vec::new(), None)
    };

    let mut warnings: Vec<Warning> = static_warnings(plan)
        .into_iter()
        .map(Warning::from)
        .collect();
    warnings.extend(timeline.warnings.iter().cloned().map(Warning::from));
    warnings.extend(run.warnings);
    warnings.extend(advice_warning.map(Warning::from));

    let audit = (options.audit && !plan.invoice.is_empty()).then(|| audit::audit(plan, &run.lines));
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
