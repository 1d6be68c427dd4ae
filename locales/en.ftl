# Tierwise's texts in English, the built-in language.
#
# One message a line: `id = text`. `{ $name }` is filled in by the app:
# numbers arrive as numbers (a plural selector can choose a form by them,
# and the app formats them as the page's language writes numbers), other
# values as text already written for the page (money, dates, names).
# Translators: see README.md, "Adding a language".

# The code of the language this file is for (its name is locales/en.ftl).
language-code = en

page-title = Tierwise: marketing-contacts billing simulator
tagline = What will your marketing-contacts bill be, and when?
undo = ↶ Undo
redo = ↷ Redo
undo-title = Undo (Ctrl+Z)
redo-title = Redo (Ctrl+Shift+Z)
language = Language
fix-inputs = Some inputs need fixing.{ " " }
stale-figures = The figures below are from the last valid scenario until then.
no-figures-yet = There are no figures for this scenario until then.
notes-warnings = Notes and warnings
footer = Runs entirely in your browser: nothing you enter is sent anywhere. The built-in prices are an example, not an official price list. Rules follow HubSpot's help article "Understand marketing contacts billing".
dismiss = Dismiss

## Account.

account-h = 1. Your account
scenario-name = Scenario name
edition = Edition
starter = Starter
professional = Professional
enterprise = Enterprise
basic-legacy = Basic (legacy)
contract-term = Contract term
annual = Annual
monthly = Monthly
billed = Billed
as-the-term = As the term
annually = Annually
monthly-adverb = Monthly
annual-billed-monthly = Annual, billed monthly
annual-billed-annually = Annual, billed annually
monthly-contract = Monthly
monthly-billed-annually = Monthly, billed annually
billing-hint = assumption: default = the term
purchase-date = Purchase date
counts-as-of = Counts as of
not-sold = not sold
simulate-until = Simulate until
bought-through = Bought through
region-hint = sets the processing zone
region-north-america = North America
region-europe = Europe (Ireland entity)
region-asia-pacific = Asia-Pacific (Singapore entity)
region-australia = Australia and New Zealand
region-japan = Japan
region-latin-america = Latin America
region-other = Other zone…
processing-zone = Processing time zone
zone-not-supported = "{ $zone }" is not a supported processing zone. Pick one from the list.
processed-at = Changes processed at
midnight = 00:00 (midnight)
noon = 12:00 (noon)
processing-hint = the article says "12:00"
marketing-contacts = Marketing contacts
non-marketing-contacts = Non-marketing contacts
pending-contacts = Pending non-marketing
pending-hint = set to non-marketing, still billed
current-tier = Current contact tier
tier-auto = Automatic: { $tier }
tier-auto-none = Automatic
tier-auto-hint = Automatic is the smallest tier that holds the billed count (marketing + pending). Choose a tier to set your own.
cap = Marketing cap (optional)
no-cap = no cap
cap-hint = blocks new marketing contacts above it

## Inputs.

enter-number = Enter a number.
number-too-large = That number is too large.
whole-number = Enter a whole number, such as 3000.
enter-date = Enter a whole date.
enter-time = Enter a time.
enter-price = Enter a price, such as 225.00.

## Timeline.

timeline-h = 2. Plan what happens
skip-links = Skip to
skip-to-events = Skip to planned events
skip-to-chart = Skip to the chart
add-event = Add an event
add-import = + Import
add-set-non-marketing = + Set to non-marketing
add-delete = + Delete
add-daily-growth = + Daily growth
add-downgrade = + Downgrade request
add-tier-change = + Tier change
no-events = No events yet. Add an import to see what it costs.
kind-add-marketing = Import as marketing
kind-add-non-marketing = Import as non-marketing
kind-set-marketing = Set to marketing
kind-set-non-marketing = Set to non-marketing
kind-delete-marketing = Delete marketing contacts
kind-delete-non-marketing = Delete non-marketing contacts
kind-request-downgrade = Request a downgrade at renewal
kind-change-tier = Change tier now (upgrade)
what-happens = What happens
on = on
from = from
to = to
time-optional = time (optional)
remove-event = Remove event { $n }
tier = Tier
per-day = Contacts per day
contacts = Contacts
show-more = Show more events ({ $shown } of { $total } shown)
every-month = { " " }every month
through = { " " }through{ " " }

## Event effects.

eff-counts-at-once = counts at once
eff-not-billed = not billed
eff-after-until = after “Simulate until” ({ $until }), so not simulated: move the date or simulate further
eff-billed-until = still billed until { $at }
eff-billed-past-horizon = still billed until the next update date, after the last simulated day
eff-frees = frees capacity at once; the tier stays
eff-decided-at = decided at the renewal on { $at }
eff-decided-past-horizon = decided at the next renewal, after the last simulated day
eff-upgrades-at-once = upgrades at once; prorated charge the next day
eff-upgrade = ; upgrade to { $tier } on { $at }, { $amount } charged { $date }
eff-accepted = ; accepted
eff-refused = ; refused: the count would not fit

## Chart.

usage-h = Usage over time
legend-billed = Billed (marketing + pending)
legend-marketing = Live marketing
legend-band = { $list }% of tier
legend-upgrade = Upgrade
legend-notice = Notification (24–48 h window)
legend-update = Update date
legend-renewal = Renewal
chart-label = Usage chart. Use the arrow keys to move through the days.
chart-aria = Billed contacts from { $from } to { $to }
chart-help = Point at the chart, or focus it and use the arrow keys, to read a day's values.
readout = { $date }: billed { $billed } (peak { $peak }), marketing { $marketing }, pending { $pending }, tier { $tier }
read-upgrade = upgrade { $from } → { $to }
read-exceeded = tier exceeded
read-reached = { $p }% reached
tip-renewal = Renewal { $at }
tip-update = Update date { $at }
tip-exceeded = Tier { $tier } exceeded
tip-reached = { $p }% of tier { $tier } reached
tip-window = { $what } — { $at }; delivered between { $start } and { $end }
tip-upgrade = Upgrade { $from } → { $to } at { $at }; { $amount } charged { $date }

## Ledger.

cost-h = Cost over time
cost-aria = Cumulative cost, reaching { $total }
invoice-lines = Invoice lines ({ $currency })
date = Date
kind = Kind
amount = Amount
explain = Explain
hide = Hide
ledger-show-all = { $n ->
        [one] Show the only line
       *[other] Show all { $n } lines
    }
ledger-show-first = { $n ->
        [one] Show only the first line
       *[other] Show only the first { $n } lines
    }
ledger-lines-shown = { $shown } of { $total } lines shown.
# The first screen, before the app has started (www/first-screen.js says
# these; $day is the build day, as the visitor's browser writes dates).
first-screen-starting = Starting the calculator: you can change the figures in a moment.
first-screen-starting-question = Starting: you can change the question in a moment.
first-screen-opening = Opening your scenario…
first-screen-other-day = These figures are for { $day }; updating to today…
first-screen-failed = The calculator could not start in this browser (its files did not load, or WebAssembly is not available). The figures below are an example for { $day }, not live. Reload the page to try again.
line-recurring = Recurring
line-proration = Prorated upgrade
line-credit = Credit
line-charge = Upgrade charge
rule = Rule
formula = Formula
billing-period = Billing period
assumptions-used = Assumptions used
rule-recurring = recurring charges are billed in advance at each period's start; after an upgrade every invoice uses the higher tier (R9)
rule-proration = an upgrade is charged the next day, prorated over the billing period
period-range = { $from } to { $to }
total-horizon = Total for the period
days = days
one-month = 1 month
n-months = { $n ->
        [one] { $n } month
       *[other] { $n } months
    }
monthly-term = monthly term
annual-term = annual term
no-proration = no proration
conv-advance = Billed in advance for the period, { $rounding }
conv-daily = daily proration
conv-seconds = proration by the second
conv-none = no proration
round-half-up = rounded half up
round-half-even = rounded half to even
lines-net = one net line
lines-pair = credit and charge lines

## Figures.

next-update = Next update date
next-update-hint = Set contacts to non-marketing before this to stop paying for them from then.
your-time = Your time: { $at }
processing-at = processing at { $time }
none-in-horizon = None in the period
tier-today = Tier today
tier-on = Tier on { $date }
tier-on-first = The period starts then; today is before it.
tier-on-last = The last day simulated; today is after it.
tier-on-history = The last day of your usage history.
next-upgrade = Next upgrade
last-upgrade = Last upgrade
billed-headroom = { $billed } billed, room for { $headroom } more
first-upgrade = First upgrade
upgrade-summary = to { $tier }; { $amount } charged { $date }
proration-note = { $proration }, { $rounding }
none = None
stays-in-tier = The count stays within the tier.
total-cost = Total cost
example-prices = example prices

## Assumptions.

assumptions-h = 3. Assumptions
assumptions-hint = Where the article is silent, the default is the reading that bills more. Change any of them to see what moves.
proration-label = Proration
proration-daily = Daily: days left / days in period
proration-seconds = By the second
proration-none = None: whole period
rounding-label = Rounding
half-up = Half up
half-even = Half to even
lines-label = Upgrade lines
one-net-line = One net line
credit-and-charge = Credit and charge
month-end-label = Bought on the 29th–31st
clamp = Last day of short months
roll = 1st of the next month
notify-label = Notify at % of tier
percent = { $p }%
notify-hint = exceeding the tier is always notified
notify-error = Enter percentages separated by commas, such as 75, 90, 98.
price-book = Price book{ " " }
example-badge = Example prices, not an official price list
custom-prices = Custom prices
included = Contacts included
base-price = Base price
pack-price = Price per pack
prices-per-month = Prices are per month, in { $currency }. A tier is the contacts included plus whole packs.
band-from = Packs from contact
band-price = cost per pack
band-from-aria = { $edition }, price band { $n }: packs from contact
band-price-aria = { $edition }, price band { $n }: price per pack
add-band = + Price band
remove-band = Remove price band { $n } of { $edition }
remove = Remove
tier-price = Tier price
quote-prices = Prices used ({ $book })
quote-price-line = { $edition }: { $included ->
        [one] { $included } contact
       *[other] { $included } contacts
    } included for { $base } a month; packs of { $size ->
        [one] { $size } contact
       *[other] { $size } contacts
    } at { $pack } a month each
quote-band-line = ; packs from contact { $from } on at { $pack } a month each
quote-term-factor = Monthly terms cost { $factor }× these prices.
quote-stale = An input has an error: these figures are from the last scenario that worked.
tier-price-text = Tier { $tier }: { $parts } = { $total } a month
tier-price-run = { $packs } × { $price } (contacts { $first }–{ $last })
base-per-month = Base / month ({ $currency })
pack-size = Pack size
pack-per-month = Pack / month
term-factor = Monthly terms cost { $factor }× the monthly price.
back-to-example = Back to example prices

## Compare.

scenario-n = Scenario { $n }
remove-scenario = Remove this scenario
branch = Branch
compare-terms = Compare monthly vs annual
compare-after = Compare: import after the update date
scenario = Scenario
term = Term
upgrades = Upgrades
total = Total
difference = Difference

## Share and save.

share-link = Share link
save = Save
export-json = Export JSON
import-json = Import JSON
days-csv = Days CSV
ledger-csv = Ledger CSV
print-quote = Print quote
saved-scenarios = Saved scenarios ({ $n })
new-name = New name
open = Open
rename = Rename
delete = Delete
link-copied = Link copied. Anyone who opens it sees this scenario and the same numbers.
link-copied-last-good = Link copied. An input has an error, so the link carries the last scenario that worked: whoever opens it sees the figures shown here, not your unfinished change.
link-nothing-yet = Nothing to share yet: fix the inputs marked in red first, so that there are figures to send.
tools-h = Share, save and export
tools-menu = Share, save, export…
last-valid-file = last-valid
link-failed = The link could not be made in this browser.
saved-as = Saved as "{ $name }" in this browser.
cannot-save = This browser does not allow saving (private mode or full storage). Export the scenario as a file instead.
untitled = Untitled scenario
opened-file = Opened { $name }. Undo brings back what you had.
not-a-scenario = { $name } is not a Tierwise scenario: { $why }. Nothing was changed.
saved-corrupt = Your saved scenarios could not be read ({ $why }). They were set aside under "{ $key }" in this browser's storage, and the list starts empty.
last-corrupt = Your last session could not be restored ({ $why }). It was set aside under "{ $key }" in this browser's storage; the default scenario is shown.
opened-link = Opened a shared scenario.{ $prices } Undo brings back what you had.
opened-quote = Opened “{ $name }”, shared with you.{ $prices } Undo brings back what you had.
opened-compare = Opened { $n ->
        [one] { $n } scenario
       *[other] { $n } scenarios
    } to compare, shared with you; “{ $name }” is shown.{ $prices } Undo brings back what you had.
sender-prices = { " " }Its prices are the sender's own ({ $book }), not the example prices.
link-long = The link is copied, but it is { $n ->
        [one] { $n } character
       *[other] { $n } characters
    } long, and some mail programs cut links longer than about 2,000. Send the file instead: the person opens it with Import JSON.
download-instead = Download the file
prices-of = prices: { $book }
price-book-name = Name of these prices
link-broken = This link is broken or incomplete ({ $why }). The default scenario is shown instead.
link-newer = This link was made by a newer version of Tierwise. Reload the page, or ask for a new link. The default scenario is shown instead.
link-scenario = The scenario in this link has a problem: { $why }. The default scenario is shown instead.

## Quote.

quote-h = Quote: { $name }
quote-date = Date of quote: { $date }
quote-example = Example prices: not an official price list.
account = Account
assumptions = Assumptions
timeline = Timeline

## The advisor.

advisor-h = 4. Ask the advisor
advisor-hint = Answers to the questions customers ask, worked out by simulating this scenario with one change at a time.
event-date = Date of event { $n }
event-from = Event { $n } starts
event-to = Event { $n } ends
event-through = Event { $n } repeats through
event-field = Event { $n }: { $field }

## Engine errors, by code (English is the engine's message).

err-negative = Enter 0 or more (you typed { $value }).
err-too-big = Enter at most { $max } (you typed { $value }).
err-invalid-date = Enter a whole date, such as 2026-12-01 (you typed "{ $value }").
err-invalid-date-time = Enter a whole date, such as 2026-12-01, and a time if you need one (you typed "{ $value }").
err-invalid-time = Enter a time such as 09:00 (you typed "{ $value }").
err-date-out-of-range = Pick a day from { $min } to { $max } (you typed { $value }).
err-unsupported-timezone = Pick a time zone from the list; "{ $value }" is not one.
err-until-before-as-of = { $until } is before { $as_of }, the day your counts are from. Pick a later day.
err-as-of-before-start = { $as_of } is before the purchase date, { $start }. Pick a later day.
err-horizon-too-long = The calculator looks at most 50 years ahead. Pick an earlier day.
err-tier-not-in-book = { $tier } is not a tier in the price book. The nearest are { $below } and { $above }.
err-tier-below-smallest = { $tier } is not a tier in the price book. The smallest is { $above }.
err-tier-below-count = A tier of { $tier } holds fewer than your { $count ->
        [one] { $count } billed contact
       *[other] { $count } billed contacts
    }. Pick a larger tier.
err-tiers-not-growing = Enter 1 or more; with 0 the tiers never grow.
err-invalid-money = Enter an amount such as 800.00 (you typed "{ $value }").
err-amount-too-large = The price of the { $tier } tier is too large to work out exactly. Enter smaller prices.
err-edition-not-in-book = The price book has no prices for { $edition }. Add them, or pick another edition.
err-sets-too-many-non-marketing = This sets { $count ->
        [one] { $count } marketing contact
       *[other] { $count } marketing contacts
    } to non-marketing on { $at }, but there { $available ->
        [one] is only { $available } marketing contact
       *[other] are only { $available } marketing contacts
    } then. Enter { $available } or fewer.
err-deletes-too-many-marketing = This deletes { $count ->
        [one] { $count } marketing contact
       *[other] { $count } marketing contacts
    } on { $at }, but there { $available ->
        [one] is only { $available } marketing contact
       *[other] are only { $available } marketing contacts
    } then. Enter { $available } or fewer.
err-sets-too-many-marketing = This sets { $count ->
        [one] { $count } non-marketing contact
       *[other] { $count } non-marketing contacts
    } to marketing on { $at }, but there { $available ->
        [one] is only { $available } non-marketing contact
       *[other] are only { $available } non-marketing contacts
    } then. Enter { $available } or fewer.
err-deletes-too-many-non-marketing = This deletes { $count ->
        [one] { $count } non-marketing contact
       *[other] { $count } non-marketing contacts
    } on { $at }, but there { $available ->
        [one] is only { $available } non-marketing contact
       *[other] are only { $available } non-marketing contacts
    } then. Enter { $available } or fewer.
err-event-before-as-of = { $at } is before { $as_of }, the day your counts are from. Pick a later day.
err-end-before-start = { $end } is before { $start }. Pick a later end.
err-missing-field = Fill this in.
# A file's or a link's shape, said as a clause after "x.json is not a
# Tierwise scenario:" (the field's name or path goes before it).
err-syntax = it is not valid JSON (line { $line }, column { $column })
err-too-large = it is too large for this page ({ $size } B; at most { $max } B)
err-newer-version = it was made by a newer version of Tierwise (format { $version }); reload the page to get the newest version
err-bad-version = its version, { $value }, is not one this page reads (it reads format 1)
err-unknown-field = “{ $field }” is not a field here; check its spelling
err-duplicate-field = “{ $field }” is given twice
err-wrong-type = { $expected ->
        [whole_number] a whole number is needed here
        [number] a number is needed here
        [text] text in quotes is needed here
        [true_false] true or false is needed here
        [list] a list ([…]) is needed here
        [object] an object ({"{…}"}) is needed here
       *[other] another kind of value is needed here
    }, not { $found }
err-not-a-choice = “{ $value }” is not one of the choices here ({ $choices })
err-not-an-object = a scenario must be a JSON object ({"{…}"})
err-unexpected-field = “{ $field }” does not belong to this kind of event
err-bad-schedule = { $detail ->
        [per_day_with_at] a daily flow (per_day) goes with from and to, not with at
        [through_without_every] “through” goes with every: "month"
        [no_schedule] it needs a date (at), or from and to for a daily flow
        [mixed_schedule] it needs either a date (at) or from and to, not both
        [tier_action_daily] a tier change happens once: give it a date (at), not from and to
       *[other] its dates do not make a schedule
    }
err-invalid-threshold = Enter percentages from 1 to 99; { $value } is not one.
err-history-out-of-order = { $date } does not come after { $previous }; rows go up, one a day
err-not-csv = the file is not a CSV text file (it holds binary data); export the usage as CSV and try again
err-csv-header = the header is "{ $found }"; it must be date,billed or date,billed,non_marketing
err-csv-columns = has { $found ->
        [one] { $found } cell
       *[other] { $found } cells
    }; the header has { $expected }
err-not-a-count = "{ $value }" is not a whole number
err-invoice-line = "{ $found }" is not a date and an amount, such as "Dec 11, 2026, $123.45"
err-too-many = There are { $count } here; the most is { $max }.
err-too-long = Use at most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    } (this has { $length }).
err-invalid-currency = Enter a three-letter currency code, such as USD.
err-bands-not-increasing = Each band must start above the one before ({ $from } is not above { $previous }).
err-line = Line { $n }
err-column = Line { $n }, column { $c }

## Warnings, in the person's words.

warn-who-event = Event { $n }
warn-who-history = History row { $n }
warn-who-trial = The advisor's trial import
warn-example-prices = Prices come from the built-in example price book, not an official price list.
warn-term-not-sold = { $edition } is not sold with a { $term }, so a real bill may differ.
warn-billing-longer-than-term = Billed annually on a monthly contract: a downgrade at a monthly renewal is not credited.
warn-cap-below-current = The marketing cap of { $cap } is below the { $billed ->
        [one] { $billed } contact
       *[other] { $billed } contacts
    } billed on the first day.
warn-cap-blocked = { $who }: the cap of { $cap } kept { $blocked } of { $requested ->
        [one] { $requested } contact
       *[other] { $requested } contacts
    } non-marketing.
warn-downgrade-refused = { $who }: the downgrade to tier { $tier } was refused at the renewal, as { $billed ->
        [one] { $billed } contact is billed
       *[other] { $billed } contacts are billed
    }.
warn-downgrade-not-lower = { $who }: tier { $requested } is not below the current tier { $tier }, so the request was ignored.
warn-downgrade-replaced = { $who }: the request for tier { $requested } replaces the earlier request for tier { $previous }.
warn-change-tier-not-higher = { $who }: tier { $requested } is not above the current tier { $tier }, so it was ignored; a lower tier needs a downgrade request, which takes effect at the renewal.
warn-event-after-until = { $who } falls after the last simulated day ({ $until }), so it is not in the figures.
warn-charge-after-until = An upgrade is charged { $amount } on { $date }, after the last simulated day; the total leaves it out.
warn-advice-limited = { $computed ->
        [0] The search stopped before it could work out a saving for { $upgrades ->
            [one] the upgrade
           *[other] any of the { $upgrades } upgrades
        }.
       *[other] Savings were worked out for the { $computed ->
            [one] first
           *[other] first { $computed }
        } of { $upgrades ->
            [one] { $upgrades } upgrade
           *[other] { $upgrades } upgrades
        } only.
    }
scenarios-group = Scenarios
compare-scenarios = Compare scenarios
you-typed = (you typed "{ $text }")
advisor-loading = Loading the advisor…
bill-check-loading = Loading the bill check…
part-failed = "{ $part }" could not load ({ $why }). Check your connection and try again; the rest of the page keeps working.
try-again = Try again
language-failed = The { $language } texts could not load ({ $why }), so the page keeps its language. Check your connection and choose the language again.

## Check a real bill.

rule-edition-label = Rules (help article edition)
rule-current = Current
rule2020 = 2020
rule-hint = 2020: pending contacts clear on the 1st of the next month or the renewal, whichever is earlier
audit-h = 5. Check a real bill
audit-hint = Bring your usage history and the charges on your invoice. Everything stays in this browser: nothing is uploaded.
history-as-of = A usage history of { $rows ->
        [one] { $rows } daily count
       *[other] { $rows } daily counts
    } is loaded: the simulation starts on its first date, { $first }, with its counts; the counts below apply only without it.
explained-by = Explained by { $how }.
explained-or = { " " }or{ " " }
no-explanation = No other combination of assumptions explains it: check the history, the tier and the price book.
change-processing = processing at { $time } instead of { $was }
change-daily = proration by days
change-seconds = proration by the second
change-no-proration = no proration (the whole period)
change-half-up = rounding half up
change-half-even = rounding half to even
change-net = one net line for each upgrade, rounded once
change-per-line = proration rounded per line (a credit and a charge)
change-clamp = update dates on the last day of short months
change-roll = update dates rolled to the 1st after short months
processing-time-short = processing at
chart-history = history
my-account = My account
name-copy = { $name } (copy)
name-monthly = { $name } (monthly term)
name-annual = { $name } (annual term)
name-after-update = { $name } (imports after the update date)
desc-recurring = Tier { $tier }, { $from } to { $to }
desc-upgrade = Upgrade from tier { $from } to { $to }: { $share } of the price difference
desc-credit = Credit for unused tier { $from }: { $share }
desc-charge = Tier { $to } for the rest of the period: { $share }
share-days = { $left }/{ $of ->
        [one] { $of } day
       *[other] { $of } days
    }
share-seconds = { $fraction } of the period
share-whole = the whole period
edit-history = Edit history
results-region = Results
key-figures = Key figures
history-imported = Imported { $rows ->
        [one] { $rows } daily count
       *[other] { $rows } daily counts
    } from { $name }. Undo brings back what you had.

## The advisor, the bill check and the embed's question.

ask-h = What does it cost me?
ask-intro = Enter your account as your bill shows it, and what you plan.
ask-marketing = Marketing contacts today
ask-tier = Your contact tier
ask-plan = What you plan
ask-plan-import = Import contacts as marketing
ask-plan-clean = Set contacts to non-marketing
ask-count = How many contacts
ask-on = On
ask-upgrade = Importing { $n ->
        [one] { $n } contact
       *[other] { $n } contacts
    } on { $on } takes you to { $billed ->
        [one] { $billed } billed contact
       *[other] { $billed } billed contacts
    }, over your { $tier } tier. You move up to the { $to } tier at once, and { $amount } is charged on { $charge }.
ask-until-renewal = Until your renewal on { $renewal } it costs { $cost } in all, and the tier does not come down before then.
ask-avoid = To avoid it, import { $fewer ->
        [one] { $fewer } fewer contact, or set { $fewer } contact
       *[other] { $fewer } fewer contacts, or set { $fewer } contacts
    } to non-marketing before { $deadline }.
ask-avoid-fewer = To avoid it, import { $fewer ->
        [one] { $fewer } fewer contact
       *[other] { $fewer } fewer contacts
    }.
ask-fits = Importing { $n ->
        [one] { $n } contact
       *[other] { $n } contacts
    } on { $on } fits in your { $tier } tier: it costs nothing more, and { $room } more would still fit.
ask-clean = If you set { $n ->
        [one] { $n } contact to non-marketing on { $on }, you stop paying for it from { $update }, the next update date after that; until then it still counts.
       *[other] { $n } contacts to non-marketing on { $on }, you stop paying for them from { $update }, the next update date after that; until then they still count.
    }
ask-no-downgrade = Your tier stays { $tier } until your renewal on { $renewal }: a tier never goes down before the renewal, so ask for a lower one then.
ask-open-full = Open this in the full calculator
ask-chart = Billed contacts and your tier, day by day
ask-fix = Check what you typed:
advisor-waiting = The advisor answers once the scenario has no errors.
advisor-updating = Updating the answers for your last change…
adv-growth = Growth
adv-growth-unit = Growth unit
adv-per-day = contacts per day
adv-percent = % per month (compounding)
adv-growth-hint = for example a workflow that flips contacts to marketing
adv-import = Next import (contacts)
adv-window-from = Import window from
adv-window-to = to
adv-cap = Cap to try
adv-standing-h = Where you stand
adv-standing = On { $now } the account is in tier { $tier } with { $billed ->
        [one] { $billed } billed contact
       *[other] { $billed } billed contacts
    }: room for { $headroom } more before the tier is exceeded.
adv-renewal = { " " }The tier can next come down at the renewal on { $at } (your time: { $viewer }); never before it.
adv-stay-h = Stay in tier
adv-no-upgrade = This scenario causes no automatic upgrade.
adv-stay = On { $at } the billed count reaches { $billed }, over the { $from } tier, so the account moves to { $to } at once and is charged { $charge } the next day.
adv-stay-plan = Made together, these changes keep your plan from causing any upgrade through { $until }:
adv-change-import = { $event }: import { $contacts ->
        [one] { $contacts } fewer contact
       *[other] { $contacts } fewer contacts
    }.
adv-change-import-each = { $event }: import { $contacts ->
        [one] { $contacts } fewer contact
       *[other] { $contacts } fewer contacts
    } each time.
adv-change-daily = { $event }: add { $contacts ->
        [one] { $contacts } fewer contact
       *[other] { $contacts } fewer contacts
    } a day.
adv-change-set-marketing = { $event }: set { $contacts ->
        [one] { $contacts } fewer contact
       *[other] { $contacts } fewer contacts
    } to marketing.
adv-change-set-marketing-each = { $event }: set { $contacts ->
        [one] { $contacts } fewer contact
       *[other] { $contacts } fewer contacts
    } to marketing each time.
adv-change-or = { " " }Or set { $contacts ->
        [one] { $contacts } contact
       *[other] { $contacts } contacts
    } to non-marketing before { $deadline } (your time: { $viewer }), when changes are next processed; at that moment it is too late.
adv-change-no-processing = { " " }Setting contacts to non-marketing instead would not help: no update date comes before it, so they would still count.
adv-change-not-instead = { " " }Setting contacts to non-marketing before the update date instead would not avoid it, with the other changes made.
adv-stay-total = Together they save { $saving } over the whole period.
adv-unavoidable-history = On { $at } your usage history goes over the { $from } tier and the account moves to { $to }. That has already happened, so no change to your plan avoids it.
adv-unavoidable-removals = On { $at } the account would move from { $from } to { $to }. Importing fewer contacts before then would not help: your plan later deletes or changes more contacts than would be left.
adv-unavoidable-limit = On { $at } the account would move from { $from } to { $to }. Your plan has too many upgrades for the advice to cover this one as well.
ev-import-on = The import on { $date }
ev-monthly-import = The monthly import from { $date }
ev-daily = The daily additions from { $from } to { $to }
ev-set-marketing-on = Setting contacts to marketing on { $date }
ev-monthly-set-marketing = Setting contacts to marketing each month from { $date }
ev-daily-set-marketing = Setting contacts to marketing daily from { $from } to { $to }
adv-saving = { " " }Saving: { $saving } over the whole period.
adv-forecast-h = Crossing forecast
adv-forecast-hint = Enter a growth rate to see when each threshold and tier is crossed, and what each crossing costs until renewal.
adv-forecast-none = At this rate no threshold or tier is crossed by { $through }; { $billed } billed then.
adv-forecast-end = By { $through }: { $billed } billed. An upgrade's cost until renewal is its prorated charge plus the price difference of each billing period before the renewal.
adv-cross-threshold = { $p }% of { $tier } (notified within 24–48 h)
adv-cross-tier = { $tier } exceeded: upgrade to { $to }
adv-when = When
adv-what = What
adv-billed = Billed
adv-cost-to-renewal = Cost until renewal
adv-marginal-h = Marginal cost
adv-one = One more marketing contact now costs { $today } today, { $renewal } until the renewal and { $horizon } over the whole period.
adv-import-fits = An import of { $n } now fits in the tier: { $today } today, { $renewal } until the renewal, { $horizon } over the whole period.
adv-import-up = An import of { $n } now moves the account to tier { $tier }: { $today } charged tomorrow, { $renewal } in all until the renewal, { $horizon } over the whole period.
adv-timing-h = Timing
adv-timing = The cheapest day to import { $n } between { $from } and { $to } is { $best }: { $cost }, { $saved } less than on { $worst }, the dearest.
adv-on-top-of-plan = { " " }(On top of everything your plan already adds.)
adv-other-imports-as-planned = { " " }(With your other imports as planned.)
adv-timing-planned = Your import of { $n } planned for { $day } adds { $cost } to the bill.
adv-timing-flat = Importing { $n } costs { $cost } on any day between { $from } and { $to }.
adv-timing-free = The cheapest day to import { $n } between { $from } and { $to } is { $best }: it adds nothing to the bill through { $through }, because your tier then already { $n ->
        [one] holds it or no update date counts it
       *[other] holds them or no update date counts them
    } before that day. On { $worst }, the dearest, it adds { $saved }.
adv-timing-flat-free = Importing { $n } on any day between { $from } and { $to } adds nothing to the bill through { $through }: your tier then already { $n ->
        [one] holds it, or no update date counts it
       *[other] holds them, or no update date counts them
    } before that day.
adv-timing-busy = Trying each day of the window…
adv-timing-through = Costs are counted through { $through }, the day before the renewal after the window, because the tier cannot come down before it. Imports land at 00:00, after that day's processing.
adv-day = Day
adv-import-cost = Import cost
note-cheapest = cheapest
note-dearest = dearest
note-window-start = first day of the window
note-before-update = day before an update date
note-update = update date: pending contacts have just cleared
note-after-renewal = day after a renewal
note-window-end = last day of the window
adv-terms-h = Term choice
adv-terms-hint = The same usage under each term. "Cost of tiers used" adds up each day's tier at its monthly price (monthly terms × { $factor }), so terms compare whatever the billing dates; "invoiced" is what falls due within the period (annual billing charges a year in advance).
adv-term-col = Contract
adv-accrued = Cost of tiers used
adv-invoiced = Invoiced
adv-not-sold = not sold for this edition
adv-current = yours
adv-cap-h = Cap
adv-cap-text = A cap of { $cap ->
        [one] { $cap } marketing contact
       *[other] { $cap } marketing contacts
    } would have kept { $blocked ->
        [one] { $blocked } contact
       *[other] { $blocked } contacts
    } non-marketing, and the bill for the whole period would be { $with } instead of { $without }: { $diff } less, with { $up_with ->
        [one] { $up_with } upgrade
       *[other] { $up_with } upgrades
    } instead of { $up_without }.
adv-cap-nothing = A cap of { $cap ->
        [one] { $cap } marketing contact
       *[other] { $cap } marketing contacts
    } would block nothing in this scenario: the bill stays { $without }.
history-h = Usage history
history-drop = Drop a CSV file with the header date,billed here, or{ " " }
history-choose = choose a file
history-hint = One row per day, in the account's time zone, as the usage page charts it. A missing day keeps the previous count. An optional third column, non_marketing, is used when present.
history-summary = History: { $rows ->
        [one] { $rows } daily count
       *[other] { $rows } daily counts
    } from { $first } to { $last }. It replaces the contact events on those dates; planned events after { $last } continue from its last count.
history-remove = Remove history
history-rejected = { $name } was not imported; nothing was changed. Fix these lines and try again:
invoice-h = Invoice charges
invoice-label = Paste the charges from your invoice, one a line: date and amount
invoice-check = Check invoice
invoice-clear = Clear invoice
invoice-rejected = These charges were not checked; the previous ones are kept. Fix these lines:
audit-matches = The invoice matches the simulation: every charge is accounted for.
audit-summary = { $ok } of { $n ->
        [one] { $n } charge
       *[other] { $n } charges
    } { $ok ->
        [one] matches
       *[other] match
    }.
audit-missing = { " " }{ $missing ->
        [one] { $missing } simulated charge is
       *[other] { $missing } simulated charges are
    } not on the invoice.
on-invoice = Invoice
simulated = Simulated
verdict = Verdict
verdict-matches = Matches
verdict-differs = Differs by { $diff }
verdict-rounding = Differs by { $diff }: a rounding difference
verdict-not-simulated = Not in the simulation
verdict-missing = Missing from the invoice
try-all = Try every assumption
try-all-hint = Simulates all 48 combinations of processing time, proration, rounding, lines and month end.
try-all-found = { $n } of 48 combinations { $n ->
        [one] matches
       *[other] match
    } this invoice exactly:
try-all-none = None of the 48 combinations matches this invoice exactly. Check the history, the tier and the price book.
use-these = Use these
