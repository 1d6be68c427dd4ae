// Generated from the Rust types by crates/js/tests/typescript.rs. Do not edit.
// Money is a decimal string ("1234.50"); instants are RFC 3339 with offset.

export type Scenario = {
/**
 * Format version: 1.
 */
version: number,
/**
 * A label for people; it changes nothing in the result.
 */
name?: string | null,
/**
 * The subscription.
 */
account: Account,
/**
 * A custom price book, or `null` for the built-in example book.
 */
prices?: PriceBookSpec | null,
/**
 * The contact counts at `account.as_of`.
 */
contacts: Contacts,
/**
 * Planned events.
 */
events?: Array<EventSpec>,
/**
 * The last simulated day, `YYYY-MM-DD`.
 */
until: string,
/**
 * The readings chosen where the source article is silent.
 */
assumptions?: Assumptions,
/**
 * A usage history of daily billed counts. When present, it replaces the
 * contact events on its own dates.
 */
history?: Array<HistoryRow>,
/**
 * Charges copied from a real invoice, to audit against the simulation.
 */
invoice?: Array<InvoiceCharge>,
};

export type Account = {
/**
 * Which edition.
 */
edition: Edition,
/**
 * Contract term: when the tier may come down, and (for monthly) the update dates.
 */
term: Term,
/**
 * Billing frequency; default: the term (assumption `account.billing`).
 */
billing?: Term | null,
/**
 * Purchase date `YYYY-MM-DD`: fixes update dates, renewals and billing periods.
 */
start: string,
/**
 * The day the simulation begins (00:00 local); default: `start`.
 */
as_of?: string | null,
/**
 * The IANA zone of the vendor subsidiary; default `America/New_York`.
 */
timezone?: string,
/**
 * Processing time of day `HH:MM` (assumption R5); default `00:00`.
 */
processing_time?: string,
/**
 * Contact tier at `as_of`; default: the smallest tier holding the billed count.
 */
tier?: number | null,
/**
 * Optional cap on the billed count (R12).
 */
max_marketing?: number | null,
};

export type Contacts = {
/**
 * Live marketing contacts.
 */
marketing: number,
/**
 * Plain non-marketing contacts.
 */
non_marketing?: number,
/**
 * Set to non-marketing, still counted until the next processing instant.
 */
pending_non_marketing?: number,
};

export type EventSpec = {
/**
 * Local date `YYYY-MM-DD` (00:00) or date-time `YYYY-MM-DDTHH:MM`.
 */
at?: string | null,
/**
 * First day of a daily flow.
 */
from?: string | null,
/**
 * Last day (inclusive) of a daily flow.
 */
to?: string | null,
/**
 * What happens.
 */
action: Action,
/**
 * How many contacts, for a one-off or monthly event.
 */
count?: number | null,
/**
 * How many contacts each day, for a daily flow.
 */
per_day?: number | null,
/**
 * The tier, for `request_downgrade` and `change_tier`.
 */
tier?: number | null,
/**
 * Repeat on the same day of each month.
 */
every?: Every | null,
/**
 * Last date of a monthly repeat, inclusive.
 */
through?: string | null,
};

export type Assumptions = {
/**
 * Proration fraction.
 */
proration?: Proration,
/**
 * Rounding of each line.
 */
rounding?: Rounding,
/**
 * Net line or credit-and-charge pair.
 */
lines?: Lines,
/**
 * Notification thresholds in percent of the tier (exceeding is always notified).
 */
notify_at?: Array<number>,
/**
 * Month-end rule for update dates, renewals and billing periods.
 */
month_end?: MonthEnd,
/**
 * Which edition of the help article's rules; default: current.
 */
rule_edition?: RuleEdition,
};

export type PriceBookSpec = {
/**
 * A label such as "Quote 2026-11".
 */
name?: string | null,
/**
 * ISO 4217 code; default `USD`.
 */
currency?: string,
/**
 * Multiplier for monthly terms; default `"1"`.
 */
monthly_term_factor?: string | null,
/**
 * True when these are example prices, not a real quote.
 */
example?: boolean,
/**
 * Prices per edition; an edition named twice is an error.
 */
editions: { [key in Edition]?: EditionPricesSpec },
};

export type EditionPricesSpec = {
/**
 * Contacts in the base tier.
 */
included: number,
/**
 * Monthly price of the base tier.
 */
base: string,
/**
 * Contacts per pack.
 */
pack_size: number,
/**
 * Monthly price of one pack.
 */
pack_price: string,
/**
 * Volume bands: packs starting at or beyond `from` cost the band's price.
 */
bands?: Array<BandSpec>,
};

export type BandSpec = {
/**
 * The first contact number the band applies from.
 */
from: number,
/**
 * Monthly price of a pack in this band.
 */
pack_price: string,
};

export type Edition = "starter" | "professional" | "enterprise" | "basic";

export type Term = "monthly" | "annual";

export type Action = "add_marketing" | "add_non_marketing" | "set_marketing" | "set_non_marketing" | "delete_marketing" | "delete_non_marketing" | "request_downgrade" | "change_tier";

export type Every = "month";

export type Proration = "daily" | "seconds" | "none";

export type Rounding = "half_up" | "half_even";

export type Lines = "net" | "credit_and_charge";

export type MonthEnd = "clamp" | "roll";

export type RuleEdition = "current" | "2020";

export type HistoryRow = {
/**
 * Local date `YYYY-MM-DD` in the account's zone.
 */
date: string,
/**
 * Billed marketing contacts (marketing + pending) at the end of that day.
 */
billed: number,
/**
 * Non-marketing contacts at the end of that day, when known.
 */
non_marketing?: number | null,
};

export type InvoiceCharge = {
/**
 * The charge's date `YYYY-MM-DD`.
 */
date: string,
/**
 * The amount as a decimal string; credits are negative.
 */
amount: string,
};

export type Outcome = {
/**
 * One entry per local date from `as_of` to `until` (R11).
 */
days: Array<Day>,
/**
 * Processing instants in the horizon (R4, R5).
 */
update_dates: string[],
/**
 * Renewal instants in the horizon (R9).
 */
renewals: string[],
/**
 * Tier upgrades, automatic (R7) and manual.
 */
upgrades: Array<Upgrade>,
/**
 * Requested downgrades that took effect at a renewal (R9).
 */
downgrades: Array<Downgrade>,
/**
 * Threshold notifications (R10).
 */
notifications: Array<Notification>,
/**
 * Invoice lines dated from `as_of` to `until`.
 */
invoice_lines: Array<InvoiceLine>,
/**
 * Sum of the invoice lines.
 */
total: string,
/**
 * ISO 4217 code of every amount.
 */
currency: string,
/**
 * Things a person should know, with their numbers.
 */
warnings: Array<Warning>,
/**
 * Ways to pay less.
 */
advice: Advice,
/**
 * The audit of the scenario's `invoice`, when it has one.
 */
audit?: Audit,
};

export type Day = {
/**
 * Local date.
 */
date: string,
/**
 * Live marketing contacts.
 */
marketing: number,
/**
 * Pending non-marketing contacts (still billed).
 */
pending_non_marketing: number,
/**
 * Non-marketing contacts.
 */
non_marketing: number,
/**
 * Billed count: marketing + pending.
 */
billed: number,
/**
 * Highest billed count at any moment of the day.
 */
peak_billed: number,
/**
 * Tier at the end of the day.
 */
tier: number,
};

export type Upgrade = {
/**
 * When it happened.
 */
at: string,
/**
 * Tier before.
 */
from_tier: number,
/**
 * Tier after.
 */
to_tier: number,
/**
 * The following local day, when the prorated charge is dated.
 */
charge_date: string,
/**
 * The prorated amount (net of any credit).
 */
amount: string,
/**
 * Automatic or manual.
 */
cause: UpgradeCause,
/**
 * Billed count at that moment.
 */
billed: number,
/**
 * Index of the event that caused it.
 */
event: number | string,
};

export type UpgradeCause = "automatic" | "manual";

export type Downgrade = {
/**
 * The renewal instant.
 */
at: string,
/**
 * Tier before.
 */
from_tier: number,
/**
 * Tier after.
 */
to_tier: number,
/**
 * Billed count at that instant.
 */
billed: number,
/**
 * Index of the requesting event.
 */
event: number | string,
};

export type Notification = {
/**
 * Percent of the tier; 100 means the tier was exceeded.
 */
threshold: number,
/**
 * When the count reached it.
 */
reached_at: string,
/**
 * Earliest delivery: reached + 24 h.
 */
window_start: string,
/**
 * Latest delivery: reached + 48 h.
 */
window_end: string,
/**
 * The tier in force.
 */
tier: number,
/**
 * The billed count.
 */
billed: number,
};

export type InvoiceLine = {
/**
 * Date on the invoice.
 */
date: string,
/**
 * Kind.
 */
kind: LineKind,
/**
 * Amount, rounded to the currency's minor unit.
 */
amount: string,
/**
 * English description.
 */
description: string,
/**
 * The numbers behind the amount.
 */
explain: Explain,
};

export type LineKind = "recurring" | "proration" | "credit" | "charge";

export type Explain = {
/**
 * The SPEC rule (`"R8"`).
 */
rule: string,
/**
 * Billing frequency.
 */
billing: Term,
/**
 * Rounding assumption used.
 */
rounding: Rounding,
/**
 * Tier billed (recurring) or the new tier (proration).
 */
tier: number,
/**
 * The billing period.
 */
period_start: string,
/**
 * The next period's first day.
 */
period_end: string,
/**
 * Monthly list price of `tier`.
 */
monthly_price: string,
/**
 * Months in the billing period.
 */
months: number,
/**
 * Monthly-term factor applied (1 for annual terms).
 */
term_factor: string,
/**
 * Details of a proration (`explain.proration`); absent for recurring lines.
 */
proration: ProrationExplain | null,
/**
 * The amount before rounding.
 */
unrounded: string,
};

export type ProrationExplain = {
/**
 * Fraction convention.
 */
convention: Proration,
/**
 * Lines style.
 */
lines: Lines,
/**
 * Tier before the upgrade.
 */
from_tier: number,
/**
 * Period price of the old tier.
 */
old_price: string,
/**
 * Period price of the new tier.
 */
new_price: string,
/**
 * The price this line prorates: new − old (net), old (credit) or new (charge).
 */
prorated_price: string,
/**
 * Days from the upgrade's local date to the period end (`daily`).
 */
days_left: number,
/**
 * Days in the billing period.
 */
days_in_period: number,
/**
 * Seconds from the upgrade to the period end.
 */
seconds_left: number,
/**
 * Seconds in the billing period.
 */
seconds_in_period: number,
/**
 * The fraction applied, as a decimal string (up to 10 decimals).
 */
fraction: string,
};

export type Advice = {
/**
 * Changes that, applied together, avoid every automatic upgrade the
 * plan causes through `until` (SPEC §4, revised 2026-12-07), in the
 * order of the first upgrade each helps avoid; then one entry for each
 * upgrade no change to the plan avoids, saying why.
 */
stay_in_tier: Array<StayInTier>,
};

export type StayInTier = {
/**
 * The first moment this change keeps the count within the tier: the
 * instant an upgrade would happen without it.
 */
upgrade_at: string,
/**
 * The tier then.
 */
from_tier: number,
/**
 * The tier the account would move to then.
 */
to_tier: number,
/**
 * The planned event to shrink (its index in `events`), or `null` when
 * no planned event is involved (an unavoidable upgrade).
 */
event: number | null,
/**
 * How many contacts fewer the event adds (or sets to marketing), per
 * occurrence for a recurring or daily event; 0 for an unavoidable
 * upgrade. The entries together name the fewest contacts in all.
 */
contacts: number,
/**
 * For a one-off event: the processing instant before which setting
 * `contacts` contacts to non-marketing does the same (R2: at the instant
 * is too late), or `null` when only not adding them helps.
 */
deadline: string | null,
/**
 * For a one-off change without a `deadline`: why setting the contacts
 * to non-marketing is no way to make it; absent otherwise.
 */
no_deadline?: NoDeadline,
/**
 * What applying this entry and every entry before it saves over the
 * horizon, so the last change's saving is the whole plan's; `null`
 * for an unavoidable upgrade, and for a change whose earlier changes,
 * without the later ones, leave a later removal more contacts than
 * exist (a `set_marketing` made smaller leaves more non-marketing
 * contacts for a later removal, and the reverse).
 */
saving: string | null,
/**
 * Why no change to the plan avoids this upgrade, for an entry that is
 * not a change; absent otherwise.
 */
unavoidable?: Unavoidable,
};

export type Unavoidable = "history" | "removals" | "search_limit";

export type NoDeadline = "no_update_date" | "does_not_avoid" | "not_tried";

export type Warning = {
/**
 * English text.
 */
message: string,
} & ({ "code": "example_prices" } | {
"code": "term_not_sold",
/**
 * Edition.
 */
edition: Edition,
/**
 * Term.
 */
term: Term,
} | {
"code": "billing_longer_than_term",
/**
 * Billing frequency.
 */
billing: Term,
/**
 * Term.
 */
term: Term,
} | {
"code": "cap_below_current",
/**
 * The cap.
 */
cap: number,
/**
 * Billed count at `as_of`.
 */
billed: number,
} | {
"code": "cap_blocked",
/**
 * Event index.
 */
event: number | string,
/**
 * The first instant the cap blocked this event.
 */
at: string,
/**
 * Contacts the event asked for over the horizon, blocked or not.
 */
requested: number,
/**
 * Contacts kept non-marketing.
 */
blocked: number,
/**
 * The cap.
 */
cap: number,
} | {
"code": "downgrade_refused",
/**
 * Event index.
 */
event: number | string,
/**
 * The renewal instant.
 */
at: string,
/**
 * Tier asked for.
 */
requested_tier: number,
/**
 * Billed count then.
 */
billed: number,
} | {
"code": "downgrade_not_lower",
/**
 * Event index.
 */
event: number | string,
/**
 * Tier asked for.
 */
requested_tier: number,
/**
 * Tier in force.
 */
tier: number,
} | {
"code": "downgrade_replaced",
/**
 * Event index of the new request.
 */
event: number | string,
/**
 * Tier of the replaced request.
 */
previous_tier: number,
/**
 * Tier asked for now.
 */
requested_tier: number,
} | {
"code": "change_tier_not_higher",
/**
 * Event index.
 */
event: number | string,
/**
 * Tier asked for.
 */
requested_tier: number,
/**
 * Tier in force.
 */
tier: number,
} | {
"code": "event_after_until",
/**
 * Event index.
 */
event: number | string,
/**
 * The last simulated day.
 */
until: string,
} | {
"code": "charge_after_until",
/**
 * The upgrade.
 */
upgrade_at: string,
/**
 * The charge date.
 */
charge_date: string,
/**
 * The amount left out of the total.
 */
amount: string,
} | {
"code": "advice_limited",
/**
 * Automatic upgrades in the result.
 */
upgrades: number,
/**
 * Upgrades whose saving was computed.
 */
computed: number,
});

export type WarningKind = { "code": "example_prices" } | {
"code": "term_not_sold",
/**
 * Edition.
 */
edition: Edition,
/**
 * Term.
 */
term: Term,
} | {
"code": "billing_longer_than_term",
/**
 * Billing frequency.
 */
billing: Term,
/**
 * Term.
 */
term: Term,
} | {
"code": "cap_below_current",
/**
 * The cap.
 */
cap: number,
/**
 * Billed count at `as_of`.
 */
billed: number,
} | {
"code": "cap_blocked",
/**
 * Event index.
 */
event: number | string,
/**
 * The first instant the cap blocked this event.
 */
at: string,
/**
 * Contacts the event asked for over the horizon, blocked or not.
 */
requested: number,
/**
 * Contacts kept non-marketing.
 */
blocked: number,
/**
 * The cap.
 */
cap: number,
} | {
"code": "downgrade_refused",
/**
 * Event index.
 */
event: number | string,
/**
 * The renewal instant.
 */
at: string,
/**
 * Tier asked for.
 */
requested_tier: number,
/**
 * Billed count then.
 */
billed: number,
} | {
"code": "downgrade_not_lower",
/**
 * Event index.
 */
event: number | string,
/**
 * Tier asked for.
 */
requested_tier: number,
/**
 * Tier in force.
 */
tier: number,
} | {
"code": "downgrade_replaced",
/**
 * Event index of the new request.
 */
event: number | string,
/**
 * Tier of the replaced request.
 */
previous_tier: number,
/**
 * Tier asked for now.
 */
requested_tier: number,
} | {
"code": "change_tier_not_higher",
/**
 * Event index.
 */
event: number | string,
/**
 * Tier asked for.
 */
requested_tier: number,
/**
 * Tier in force.
 */
tier: number,
} | {
"code": "event_after_until",
/**
 * Event index.
 */
event: number | string,
/**
 * The last simulated day.
 */
until: string,
} | {
"code": "charge_after_until",
/**
 * The upgrade.
 */
upgrade_at: string,
/**
 * The charge date.
 */
charge_date: string,
/**
 * The amount left out of the total.
 */
amount: string,
} | {
"code": "advice_limited",
/**
 * Automatic upgrades in the result.
 */
upgrades: number,
/**
 * Upgrades whose saving was computed.
 */
computed: number,
};

export type Audit = {
/**
 * One entry per invoice charge, in the order given.
 */
charges: Array<AuditedCharge>,
/**
 * Simulated lines within the invoice's dates that no charge accounts for.
 */
missing: Array<MissingLine>,
/**
 * True when every charge matches and nothing is missing.
 */
matches: boolean,
};

export type ChargeStatus = "matches" | "differs" | "not_simulated";

export type AuditedCharge = {
/**
 * Date on the invoice.
 */
date: string,
/**
 * Amount on the invoice.
 */
amount: string,
/**
 * The verdict.
 */
status: ChargeStatus,
/**
 * Indexes into `invoice_lines` of the simulated lines it was paired with.
 */
lines: Array<number>,
/**
 * The simulated amount, when paired.
 */
simulated: string | null,
/**
 * Invoice minus simulation, when paired.
 */
difference: string | null,
/**
 * Sets of changed assumptions under which this charge would match, the
 * fewest changes first; empty when it matches or nothing explains it.
 */
explained_by: Array<Array<Change>>,
};

export type MissingLine = {
/**
 * Index into `invoice_lines`.
 */
line: number,
/**
 * Its date.
 */
date: string,
/**
 * Its amount.
 */
amount: string,
/**
 * Its kind.
 */
kind: LineKind,
};

export type Change = { "setting": "processing_time", "value": string } | { "setting": "proration", "value": Proration } | { "setting": "rounding", "value": Rounding } | { "setting": "lines", "value": Lines } | { "setting": "month_end", "value": MonthEnd };

export type Combination = {
/**
 * `"00:00"` or `"12:00"`.
 */
processing_time: string,
/**
 * Proration fraction.
 */
proration: Proration,
/**
 * Rounding.
 */
rounding: Rounding,
/**
 * Net line or credit and charge.
 */
lines: Lines,
/**
 * Month-end rule.
 */
month_end: MonthEnd,
};

export type Questions = {
/**
 * Growth in marketing contacts per day (linear), for the forecast.
 */
growth_per_day?: number | null,
/**
 * Growth in percent per month, compounding monthly, as a decimal string.
 */
growth_percent_per_month?: string | null,
/**
 * The size of the next import (default: the scenario's next planned
 * import of marketing contacts, or 1,000 when it plans none).
 */
import?: number | null,
/**
 * First day of the timing window (default: now).
 */
window_from?: string | null,
/**
 * Last day of the timing window (default: 60 days after its first).
 */
window_to?: string | null,
/**
 * The cap to try (default: the current tier).
 */
cap?: number | null,
};

export type Advisor = {
/**
 * The day the answers start from.
 */
now: string,
/**
 * The tier now.
 */
tier: number,
/**
 * The billed count now.
 */
billed: number,
/**
 * Contacts that fit before the tier is exceeded.
 */
headroom: number,
/**
 * The first renewal after now, when the tier may come down (R9).
 */
next_renewal: string | null,
/**
 * How each automatic upgrade could be avoided.
 */
stay_in_tier: Array<StayAnswer>,
/**
 * Crossings under the growth rate, when one was given.
 */
forecast: Forecast | null,
/**
 * What one more contact, and the next import, cost.
 */
marginal: Marginal | null,
/**
 * The cheapest day for the import within the window.
 */
timing: Timing | null,
/**
 * The same usage under each term and billing frequency.
 */
terms: Array<TermOption>,
/**
 * What a cap would change.
 */
cap: CapAnswer | null,
};

export type Cost = {
/**
 * Charged today or tomorrow: the prorated charge is dated the next day (R7).
 */
today: string,
/**
 * Charged until the day before the next renewal.
 */
until_renewal: string,
/**
 * Charged from now to `until`.
 */
horizon: string,
};

export type StayAnswer = {
/**
 * The first moment this change keeps the count within the tier.
 */
upgrade_at: string,
/**
 * The tier then.
 */
from_tier: number,
/**
 * The tier the account would move to then.
 */
to_tier: number,
/**
 * The billed count of the plan's own upgrade at that moment, when the
 * plan as it is upgrades then.
 */
billed: number | null,
/**
 * The planned event to shrink (index in `events`), or `null` for an
 * upgrade no change to the plan avoids.
 */
event: number | null,
/**
 * Contacts fewer per occurrence of the event.
 */
contacts: number,
/**
 * For a one-off event: the processing instant before which setting as
 * many contacts to non-marketing does the same, or `null`.
 */
deadline: string | null,
/**
 * For a one-off change without a deadline: why not.
 */
no_deadline: NoDeadline | null,
/**
 * What this change and every one before it save over the horizon.
 */
saving: string | null,
/**
 * The prorated charge of the plan's own upgrade at that moment (R8),
 * when the plan as it is upgrades then.
 */
charge: string | null,
/**
 * Why no change to the plan avoids this upgrade, for such an entry.
 */
unavoidable: Unavoidable | null,
};

export type Forecast = {
/**
 * Contacts per day, when the rate is linear.
 */
per_day: number | null,
/**
 * Percent per month, when it compounds.
 */
percent_per_month: string | null,
/**
 * The last day forecast.
 */
through: string,
/**
 * Threshold and tier crossings, in time order.
 */
crossings: Array<Crossing>,
/**
 * The billed count on the last day.
 */
billed_at_end: number,
};

export type Crossing = {
/**
 * When the count reaches it.
 */
at: string,
/**
 * Percent of `tier` (75, 90, 98), or 100 when the tier is exceeded.
 */
threshold: number,
/**
 * The tier in force.
 */
tier: number,
/**
 * The tier after an upgrade (threshold 100 only).
 */
to_tier: number | null,
/**
 * The billed count then.
 */
billed: number,
/**
 * An upgrade's cost until the renewal after it: its prorated charge plus
 * the price difference of each later billing period before then.
 */
cost_until_renewal: string | null,
/**
 * That renewal.
 */
renewal: string | null,
};

export type Marginal = {
/**
 * One more marketing contact now.
 */
one: Cost,
/**
 * The import's size.
 */
import: number,
/**
 * An import of that size now.
 */
import_cost: Cost,
/**
 * The tier the import would move to, if it exceeds the current one.
 */
import_tier: number | null,
};

export type Timing = {
/**
 * The import's size.
 */
import: number,
/**
 * The window's first day.
 */
from: string,
/**
 * The window's last day.
 */
to: string,
/**
 * Costs are counted through this day: the day before the first renewal
 * after the window, or `until` if later.
 */
through: string,
/**
 * The day the scenario plans this import, when the search is about
 * moving it (each day's cost is then instead of that day's); `None`
 * for an import on top of the plan.
 */
planned: string | null,
/**
 * The cheapest day (the earliest of equals) and its cost.
 */
cheapest: DayCost,
/**
 * The dearest day and its cost.
 */
dearest: DayCost,
/**
 * The window's first day, update dates and the days either side, and
 * the days after renewals.
 */
notable: Array<DayCost>,
/**
 * Every day of the window.
 */
days: Array<DayCost>,
};

export type DayCost = {
/**
 * The day (the import at 00:00 local).
 */
date: string,
/**
 * What the import adds to the bill.
 */
cost: string,
/**
 * Why the day is notable.
 */
note: DayNote,
};

export type DayNote = "none" | "window_start" | "before_update" | "update_date" | "after_renewal" | "window_end";

export type TermOption = {
/**
 * Contract term.
 */
term: Term,
/**
 * Billing frequency.
 */
billing: Term,
/**
 * True for the scenario's own.
 */
current: boolean,
/**
 * Total invoiced over the horizon, or `null` when it does not simulate.
 * Annual billing charges a year in advance, so this depends on where
 * the horizon falls.
 */
total: string | null,
/**
 * The cost of the tiers used over the horizon, day by day: each day's
 * tier at its monthly price (× the monthly-term factor) over the days
 * in that month. Comparable across terms whatever the billing dates.
 */
accrued: string | null,
/**
 * Automatic and manual upgrades.
 */
upgrades: number,
/**
 * Tier on the last day.
 */
final_tier: number,
/**
 * False when the edition is not sold on this term (R13).
 */
sold: boolean,
};

export type CapAnswer = {
/**
 * The cap tried.
 */
cap: number,
/**
 * Total without it (the scenario as it is).
 */
total_without: string,
/**
 * Total with it.
 */
total_with: string,
/**
 * Upgrades without and with it.
 */
upgrades_without: number,
/**
 * Upgrades with it.
 */
upgrades_with: number,
/**
 * Contacts the cap kept non-marketing.
 */
blocked: number,
};

export type Error = {
/**
 * The field path.
 */
path: string,
/**
 * What went wrong.
 */
code: ErrorCode,
/**
 * The English sentence.
 */
message: string,
/**
 * The values behind it: counts as numbers, the rest as strings.
 */
params: { [name: string]: number | string },
};

export type ErrorCode = "syntax" | "too_large" | "missing_field" | "unknown_field" | "invalid_value" | "newer_version" | "bad_version" | "invalid_date" | "invalid_date_time" | "invalid_time" | "date_out_of_range" | "negative" | "too_big" | "unsupported_timezone" | "until_before_as_of" | "as_of_before_start" | "horizon_too_long" | "tier_not_in_book" | "tier_below_count" | "tiers_not_growing" | "invalid_money" | "bands_not_increasing" | "invalid_currency" | "amount_too_large" | "edition_not_in_book" | "removes_too_many" | "bad_schedule" | "unexpected_field" | "event_before_as_of" | "end_before_start" | "too_many_events" | "invalid_threshold" | "too_long" | "history_out_of_order" | "csv_header" | "not_csv" | "csv_columns" | "not_a_count" | "invoice_line";

/**
 * What `simulate` leaves out: with `days: false` the result's `days` is
 * empty (everything else is the same), for a caller that needs the invoice
 * lines and the total, not a row for every day.
 */
export type SimulateOptions = { days?: boolean };

export type SimulateResult = { ok: true; result: Outcome } | { ok: false; errors: Array<Error> };

export type ValidateResult = { ok: boolean; errors: Array<Error> };

export type SearchResult = { ok: true; result: Array<Combination> } | { ok: false; errors: Array<Error> };

export type HistoryResult = { ok: true; result: Array<HistoryRow> } | { ok: false; errors: Array<Error> };

export type AdviseResult = { ok: true; result: Advisor } | { ok: false; errors: Array<Error> };

export type InvoiceResult = { ok: true; result: Array<InvoiceCharge> } | { ok: false; errors: Array<Error> };
