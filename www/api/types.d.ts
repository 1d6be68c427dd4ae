// Generated from the Rust types by tests/typescript.rs. Do not edit.
// Money is a decimal string ("1234.50"); instants are RFC 3339 with offset.

export type Scenario = { 
/**
 * Format version; see [`FORMAT_VERSION`].
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
prices: PriceBookSpec | null, 
/**
 * The contact counts at `account.as_of`.
 */
contacts: Contacts, 
/**
 * Planned events.
 */
events: Array<EventSpec>, 
/**
 * The last simulated day, `YYYY-MM-DD`.
 */
until: string, 
/**
 * The readings chosen where the source article is silent.
 */
assumptions: Assumptions, 
/**
 * A usage history of daily billed counts (issue 9). When present, it
 * replaces the contact events on its own dates; see [`crate::engine::history`].
 */
history?: Array<HistoryRow>, 
/**
 * Charges copied from a real invoice, to audit against the simulation;
 * see [`crate::engine::audit`].
 */
invoice?: Array<InvoiceCharge>, };

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
timezone: string, 
/**
 * Processing time of day `HH:MM` (assumption R5); default `00:00`.
 */
processing_time: string, 
/**
 * Contact tier at `as_of`; default: the smallest tier holding the billed count.
 */
tier: bigint | null, 
/**
 * Optional cap on the billed count (R12).
 */
max_marketing: bigint | null, };

export type Contacts = { 
/**
 * Live marketing contacts.
 */
marketing: bigint, 
/**
 * Plain non-marketing contacts.
 */
non_marketing: bigint, 
/**
 * Set to non-marketing, still counted until the next processing instant.
 */
pending_non_marketing?: bigint, };

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
count?: bigint | null, 
/**
 * How many contacts each day, for a daily flow.
 */
per_day?: bigint | null, 
/**
 * The tier, for `request_downgrade` and `change_tier`.
 */
tier?: bigint | null, 
/**
 * Repeat on the same day of each month.
 */
every?: Every | null, 
/**
 * Last date of a monthly repeat, inclusive.
 */
through?: string | null, };

export type Assumptions = { 
/**
 * Proration fraction.
 */
proration: Proration, 
/**
 * Rounding of each line.
 */
rounding: Rounding, 
/**
 * Net line or credit-and-charge pair.
 */
lines: Lines, 
/**
 * Notification thresholds in percent of the tier (exceeding is always notified).
 */
notify_at: Array<bigint>, 
/**
 * Month-end rule for update dates, renewals and billing periods.
 */
month_end: MonthEnd, 
/**
 * Which edition of the help article's rules (issue 9); default: current.
 */
rule_edition?: RuleEdition, };

export type PriceBookSpec = { 
/**
 * A label such as "Quote 2026-11".
 */
name?: string | null, 
/**
 * ISO 4217 code; default `USD`.
 */
currency: string, 
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
editions: { [key in Edition]?: EditionPricesSpec }, };

export type EditionPricesSpec = { 
/**
 * Contacts in the base tier.
 */
included: bigint, 
/**
 * Monthly price of the base tier.
 */
base: string, 
/**
 * Contacts per pack.
 */
pack_size: bigint, 
/**
 * Monthly price of one pack.
 */
pack_price: string, 
/**
 * Volume bands: packs starting at or beyond `from` cost the band's price.
 */
bands?: Array<BandSpec>, };

export type BandSpec = { 
/**
 * The first contact number the band applies from.
 */
from: bigint, 
/**
 * Monthly price of a pack in this band.
 */
pack_price: string, };

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
billed: bigint, 
/**
 * Non-marketing contacts at the end of that day, when known.
 */
non_marketing?: bigint | null, };

export type InvoiceCharge = { 
/**
 * The charge's date `YYYY-MM-DD`.
 */
date: string, 
/**
 * The amount as a decimal string; credits are negative.
 */
amount: string, };

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
audit?: Audit, };

export type Day = { 
/**
 * Local date.
 */
date: string, 
/**
 * Live marketing contacts.
 */
marketing: bigint, 
/**
 * Pending non-marketing contacts (still billed).
 */
pending_non_marketing: bigint, 
/**
 * Non-marketing contacts.
 */
non_marketing: bigint, 
/**
 * Billed count: marketing + pending.
 */
billed: bigint, 
/**
 * Highest billed count at any moment of the day.
 */
peak_billed: bigint, 
/**
 * Tier at the end of the day.
 */
tier: bigint, };

export type Upgrade = { 
/**
 * When it happened.
 */
at: string, 
/**
 * Tier before.
 */
from_tier: bigint, 
/**
 * Tier after.
 */
to_tier: bigint, 
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
billed: bigint, 
/**
 * Index of the event that caused it.
 */
event: number | string, };

export type UpgradeCause = "automatic" | "manual";

export type Downgrade = { 
/**
 * The renewal instant.
 */
at: string, 
/**
 * Tier before.
 */
from_tier: bigint, 
/**
 * Tier after.
 */
to_tier: bigint, 
/**
 * Billed count at that instant.
 */
billed: bigint, 
/**
 * Index of the requesting event.
 */
event: number | string, };

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
tier: bigint, 
/**
 * The billed count.
 */
billed: bigint, };

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
explain: Explain, };

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
tier: bigint, 
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
unrounded: string, };

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
from_tier: bigint, 
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
days_left: bigint, 
/**
 * Days in the billing period.
 */
days_in_period: bigint, 
/**
 * Seconds from the upgrade to the period end.
 */
seconds_left: bigint, 
/**
 * Seconds in the billing period.
 */
seconds_in_period: bigint, 
/**
 * The fraction applied, as a decimal string (up to 10 decimals).
 */
fraction: string, };

export type Advice = { 
/**
 * One entry per automatic upgrade.
 */
stay_in_tier: Array<StayInTier>, };

export type StayInTier = { 
/**
 * When the upgrade happens.
 */
upgrade_at: string, 
/**
 * Tier before.
 */
from_tier: bigint, 
/**
 * Tier after.
 */
to_tier: bigint, 
/**
 * The fewest contacts to set to non-marketing, or not to add.
 */
contacts: bigint, 
/**
 * The processing instant before which they must be set to non-marketing,
 * or `null` when only not adding them helps.
 */
deadline: string | null, 
/**
 * Money saved over the horizon, or `null` past the advice limit.
 */
saving: string | null, };

export type Warning = { 
/**
 * English text.
 */
message: string, } & ({ "code": "example_prices" } | { "code": "term_not_sold", 
/**
 * Edition.
 */
edition: Edition, 
/**
 * Term.
 */
term: Term, } | { "code": "billing_longer_than_term", 
/**
 * Billing frequency.
 */
billing: Term, 
/**
 * Term.
 */
term: Term, } | { "code": "cap_below_current", 
/**
 * The cap.
 */
cap: bigint, 
/**
 * Billed count at `as_of`.
 */
billed: bigint, } | { "code": "cap_blocked", 
/**
 * Event index.
 */
event: number | string, 
/**
 * The first instant the cap blocked this event.
 */
at: string, 
/**
 * Contacts asked for by the occurrences that were blocked.
 */
requested: bigint, 
/**
 * Contacts kept non-marketing.
 */
blocked: bigint, 
/**
 * The cap.
 */
cap: bigint, } | { "code": "downgrade_refused", 
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
requested_tier: bigint, 
/**
 * Billed count then.
 */
billed: bigint, } | { "code": "downgrade_not_lower", 
/**
 * Event index.
 */
event: number | string, 
/**
 * Tier asked for.
 */
requested_tier: bigint, 
/**
 * Tier in force.
 */
tier: bigint, } | { "code": "downgrade_replaced", 
/**
 * Event index of the new request.
 */
event: number | string, 
/**
 * Tier of the replaced request.
 */
previous_tier: bigint, 
/**
 * Tier asked for now.
 */
requested_tier: bigint, } | { "code": "change_tier_not_higher", 
/**
 * Event index.
 */
event: number | string, 
/**
 * Tier asked for.
 */
requested_tier: bigint, 
/**
 * Tier in force.
 */
tier: bigint, } | { "code": "event_after_until", 
/**
 * Event index.
 */
event: number | string, 
/**
 * The last simulated day.
 */
until: string, } | { "code": "charge_after_until", 
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
amount: string, } | { "code": "advice_limited", 
/**
 * Automatic upgrades in the result.
 */
upgrades: number, 
/**
 * Upgrades whose saving was computed.
 */
computed: number, });

export type WarningKind = { "code": "example_prices" } | { "code": "term_not_sold", 
/**
 * Edition.
 */
edition: Edition, 
/**
 * Term.
 */
term: Term, } | { "code": "billing_longer_than_term", 
/**
 * Billing frequency.
 */
billing: Term, 
/**
 * Term.
 */
term: Term, } | { "code": "cap_below_current", 
/**
 * The cap.
 */
cap: bigint, 
/**
 * Billed count at `as_of`.
 */
billed: bigint, } | { "code": "cap_blocked", 
/**
 * Event index.
 */
event: number | string, 
/**
 * The first instant the cap blocked this event.
 */
at: string, 
/**
 * Contacts asked for by the occurrences that were blocked.
 */
requested: bigint, 
/**
 * Contacts kept non-marketing.
 */
blocked: bigint, 
/**
 * The cap.
 */
cap: bigint, } | { "code": "downgrade_refused", 
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
requested_tier: bigint, 
/**
 * Billed count then.
 */
billed: bigint, } | { "code": "downgrade_not_lower", 
/**
 * Event index.
 */
event: number | string, 
/**
 * Tier asked for.
 */
requested_tier: bigint, 
/**
 * Tier in force.
 */
tier: bigint, } | { "code": "downgrade_replaced", 
/**
 * Event index of the new request.
 */
event: number | string, 
/**
 * Tier of the replaced request.
 */
previous_tier: bigint, 
/**
 * Tier asked for now.
 */
requested_tier: bigint, } | { "code": "change_tier_not_higher", 
/**
 * Event index.
 */
event: number | string, 
/**
 * Tier asked for.
 */
requested_tier: bigint, 
/**
 * Tier in force.
 */
tier: bigint, } | { "code": "event_after_until", 
/**
 * Event index.
 */
event: number | string, 
/**
 * The last simulated day.
 */
until: string, } | { "code": "charge_after_until", 
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
amount: string, } | { "code": "advice_limited", 
/**
 * Automatic upgrades in the result.
 */
upgrades: number, 
/**
 * Upgrades whose saving was computed.
 */
computed: number, };

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
matches: boolean, };

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
explained_by: Array<Array<Change>>, };

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
kind: LineKind, };

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
month_end: MonthEnd, };

export type Questions = { 
/**
 * Growth in marketing contacts per day (linear), for the forecast.
 */
growth_per_day: bigint | null, 
/**
 * Growth in percent per month, compounding monthly, as a decimal string.
 */
growth_percent_per_month: string | null, 
/**
 * The size of the next import (default: the scenario's next planned
 * import of marketing contacts, or 1,000 when it plans none).
 */
import: bigint | null, 
/**
 * First day of the timing window (default: now).
 */
window_from: string | null, 
/**
 * Last day of the timing window (default: 60 days after its first).
 */
window_to: string | null, 
/**
 * The cap to try (default: the current tier).
 */
cap: bigint | null, };

export type Advisor = { 
/**
 * The day the answers start from.
 */
now: string, 
/**
 * The tier now.
 */
tier: bigint, 
/**
 * The billed count now.
 */
billed: bigint, 
/**
 * Contacts that fit before the tier is exceeded.
 */
headroom: bigint, 
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
cap: CapAnswer | null, };

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
horizon: string, };

export type StayAnswer = { 
/**
 * When the upgrade happens.
 */
upgrade_at: string, 
/**
 * Tier before and after.
 */
from_tier: bigint, 
/**
 * Tier after.
 */
to_tier: bigint, 
/**
 * The billed count that exceeded the tier.
 */
billed: bigint, 
/**
 * The event that caused it: its index in `events`, or the path of a
 * history row (`"history[5]"`).
 */
event: number | string, 
/**
 * The fewest contacts to set to non-marketing, or not to add.
 */
contacts: bigint, 
/**
 * The processing instant before which to set them non-marketing
 * (R2: at it is too late), or `null` when only not adding them helps.
 */
deadline: string | null, 
/**
 * Money saved over the horizon.
 */
saving: string | null, 
/**
 * The prorated charge avoided (R8).
 */
charge: string, };

export type Forecast = { 
/**
 * Contacts per day, when the rate is linear.
 */
per_day: bigint | null, 
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
billed_at_end: bigint, };

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
tier: bigint, 
/**
 * The tier after an upgrade (threshold 100 only).
 */
to_tier: bigint | null, 
/**
 * The billed count then.
 */
billed: bigint, 
/**
 * An upgrade's cost until the renewal after it: its prorated charge plus
 * the price difference of each later billing period before then.
 */
cost_until_renewal: string | null, 
/**
 * That renewal.
 */
renewal: string | null, };

export type Marginal = { 
/**
 * One more marketing contact now.
 */
one: Cost, 
/**
 * The import's size.
 */
import: bigint, 
/**
 * An import of that size now.
 */
import_cost: Cost, 
/**
 * The tier the import would move to, if it exceeds the current one.
 */
import_tier: bigint | null, };

export type Timing = { 
/**
 * The import's size.
 */
import: bigint, 
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
days: Array<DayCost>, };

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
note: DayNote, };

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
final_tier: bigint, 
/**
 * False when the edition is not sold on this term (R13).
 */
sold: boolean, };

export type CapAnswer = { 
/**
 * The cap tried.
 */
cap: bigint, 
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
blocked: bigint, };

export type Error = { 
/**
 * The field path, such as `events[3].count`; empty for the whole document.
 */
path: string, 
/**
 * What went wrong.
 */
code: ErrorCode, 
/**
 * A complete English sentence that starts with the path.
 */
message: string, 
/**
 * The values the message is built from, for translated messages.
 */
params: { [key in string]: string }, };

export type ErrorCode = "syntax" | "too_large" | "missing_field" | "unknown_field" | "invalid_value" | "newer_version" | "bad_version" | "invalid_date" | "invalid_date_time" | "invalid_time" | "date_out_of_range" | "negative" | "too_big" | "unsupported_timezone" | "until_before_as_of" | "as_of_before_start" | "horizon_too_long" | "tier_not_in_book" | "tier_below_count" | "tiers_not_growing" | "invalid_money" | "bands_not_increasing" | "invalid_currency" | "amount_too_large" | "edition_not_in_book" | "removes_too_many" | "bad_schedule" | "unexpected_field" | "event_before_as_of" | "end_before_start" | "too_many_events" | "invalid_threshold" | "too_long" | "history_out_of_order" | "csv_header" | "not_csv" | "csv_columns" | "not_a_count" | "invoice_line";

export type SimulateResult = { ok: true; result: Outcome } | { ok: false; errors: Array<Error> };

export type ValidateResult = { ok: boolean; errors: Array<Error> };

export type SearchResult = { ok: true; result: Array<Combination> } | { ok: false; errors: Array<Error> };

export type HistoryResult = { ok: true; result: Array<HistoryRow> } | { ok: false; errors: Array<Error> };

export type AdviseResult = { ok: true; result: Advisor } | { ok: false; errors: Array<Error> };

export type InvoiceResult = { ok: true; result: Array<InvoiceCharge> } | { ok: false; errors: Array<Error> };
