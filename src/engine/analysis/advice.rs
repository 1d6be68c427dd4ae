//! Advice: how each automatic upgrade could have been avoided (SPEC §4,
//! `advice.stay_in_tier`).
//!
//! For an upgrade caused by an event that took the billed count `b` over the
//! tier `t`:
//! - `contacts` = `b − t`, the fewest contacts that keep the count within the
//!   tier at that moment;
//! - `deadline` = the last processing instant before the upgrade, if there
//!   were at least that many live marketing contacts just before it: setting
//!   them to non-marketing *before* that instant makes them stop counting at
//!   it (R2). An action at the instant itself comes too late (SPEC §3).
//!   Otherwise `null`: only not adding them helps;
//! - `saving` = the total minus the total of a replay in which that event adds
//!   `contacts` fewer (a real re-simulation, so later upgrades, renewals and
//!   notifications follow from it).

use crate::engine::outcome::{Stamp, StayInTier, WarningKind};
use crate::engine::plan::Plan;
use crate::engine::simulate::{self, Mode, Run, Withhold};
use crate::engine::timeline::Timeline;

/// The most upgrades whose saving is worked out by a replay.
pub const MAX_REPLAYS: usize = 100;

/// One entry per automatic upgrade of `run`, and a warning when the replay
/// limit cut the savings short.
pub fn stay_in_tier(
    plan: &Plan,
    timeline: &Timeline,
    run: &Run,
) -> (Vec<StayInTier>, Option<WarningKind>) {
    let mut out = Vec::with_capacity(run.triggers.len());
    for (k, trigger) in run.triggers.iter().enumerate() {
        let upgrade = &run.upgrades[trigger.upgrade];
        let contacts = trigger.billed - upgrade.from_tier;
        let deadline = trigger
            .last_processing
            .filter(|&(_, marketing)| marketing >= contacts)
            .map(|(at, _)| Stamp::new(plan.tz(), at));
        let saving = (k < MAX_REPLAYS)
            .then(|| {
                let mode = Mode {
                    lenient: true,
                    withhold: Some(Withhold {
                        index: trigger.index,
                        occurrence: trigger.occurrence,
                        contacts,
                    }),
                    days: false,
                };
                simulate::run(plan, timeline, mode)
                    .ok()
                    .map(|replay| run.total - replay.total)
            })
            .flatten();
        out.push(StayInTier {
            upgrade_at: upgrade.at,
            from_tier: upgrade.from_tier,
            to_tier: upgrade.to_tier,
            contacts,
            deadline,
            saving,
        });
    }
    let warning = (run.triggers.len() > MAX_REPLAYS).then_some(WarningKind::AdviceLimited {
        upgrades: run.triggers.len(),
        computed: MAX_REPLAYS,
    });
    (out, warning)
}
