# Tierwise's texts in Swedish.
#
# Each message has the id of its English one (locales/en.ftl). Numbers reach
# a message as numbers, so a selector can pick the form:
#   { $n -> [one] { $n } kontakt *[other] { $n } kontakter }
# Terms: marknadsföringskontakter, icke-marknadsföringskontakter, nivå (tier),
# uppdateringsdatum (update date), förnyelse (renewal).

# The code of the language this file is for (its name is locales/sv.ftl).
language-code = sv

page-title = Tierwise: simulator för fakturering av marknadsföringskontakter
tagline = Vad blir fakturan för dina marknadsföringskontakter, och när?
undo = ↶ Ångra
redo = ↷ Gör om
undo-title = Ångra (Ctrl+Z)
redo-title = Gör om (Ctrl+Skift+Z)
language = Språk
fix-inputs = Några fält behöver rättas.{ " " }
stale-figures = Tills dess gäller siffrorna nedan det senaste giltiga scenariot.
no-figures-yet = Tills dess finns det inga siffror för det här scenariot.
notes-warnings = Noteringar och varningar
footer = Körs helt i din webbläsare: inget du anger skickas någonstans. De inbyggda priserna är ett exempel, inte en officiell prislista. Reglerna följer HubSpots hjälpartikel ”Förstå fakturering av marknadsföringskontakter”.
dismiss = Stäng

## Account.

account-h = 1. Ditt konto
scenario-name = Scenariots namn
edition = Utgåva
starter = Starter
professional = Professional
enterprise = Enterprise
basic-legacy = Basic (äldre)
contract-term = Avtalsperiod
annual = Årlig
monthly = Månatlig
billed = Faktureras
as-the-term = Enligt avtalsperioden
annually = Årsvis
monthly-adverb = Månadsvis
annual-billed-monthly = Årsavtal, faktureras månadsvis
annual-billed-annually = Årsavtal, faktureras årsvis
monthly-contract = Månadsavtal
monthly-billed-annually = Månadsavtal, faktureras årsvis
billing-hint = antagande: som standard samma som avtalsperioden
purchase-date = Köpdatum
counts-as-of = Datum för antalen
not-sold = säljs inte
simulate-until = Simulera till
bought-through = Köpt via
region-hint = avgör tidszonen för bearbetning
region-north-america = Nordamerika
region-europe = Europa (irländskt bolag)
region-asia-pacific = Asien–Stillahavsområdet (singaporiskt bolag)
region-australia = Australien och Nya Zeeland
region-japan = Japan
region-latin-america = Latinamerika
region-other = Annan zon…
processing-zone = Tidszon för bearbetning
zone-not-supported = ”{ $zone }” är ingen tidszon som stöds för bearbetning. Välj en i listan.
processed-at = Ändringar bearbetas kl.
midnight = 00:00 (midnatt)
noon = 12:00 (mitt på dagen)
processing-hint = artikeln säger ”12:00”
marketing-contacts = Marknadsföringskontakter
non-marketing-contacts = Icke-marknadsföringskontakter
pending-contacts = Väntande icke-marknadsföringskontakter
pending-hint = angivna som icke-marknadsföring men faktureras fortfarande
current-tier = Nuvarande kontaktnivå
tier-auto = Automatisk: { $tier }
tier-auto-none = Automatisk
tier-auto-hint = Automatisk är den minsta nivån som rymmer antalet fakturerade kontakter (marknadsföring + väntande). Välj en nivå om du vill ange en egen.
cap = Tak för marknadsföringskontakter (valfritt)
no-cap = inget tak
cap-hint = stoppar nya marknadsföringskontakter över taket

## Inputs.

enter-number = Ange ett tal.
number-too-large = Talet är för stort.
whole-number = Ange ett heltal, till exempel 3000.
enter-date = Ange ett fullständigt datum.
enter-time = Ange en tid.
enter-price = Ange ett pris, till exempel 225,00.

## Timeline.

timeline-h = 2. Planera vad som händer
skip-links = Hoppa till
skip-to-events = Hoppa till planerade händelser
skip-to-chart = Hoppa till diagrammet
add-event = Lägg till en händelse
add-import = + Import
add-set-non-marketing = + Ange som icke-marknadsföring
add-delete = + Radera
add-daily-growth = + Daglig tillväxt
add-downgrade = + Begäran om nedgradering
add-tier-change = + Nivåbyte
no-events = Inga händelser än. Lägg till en import för att se vad den kostar.
kind-add-marketing = Importera som marknadsföring
kind-add-non-marketing = Importera som icke-marknadsföring
kind-set-marketing = Ange som marknadsföring
kind-set-non-marketing = Ange som icke-marknadsföring
kind-delete-marketing = Radera marknadsföringskontakter
kind-delete-non-marketing = Radera icke-marknadsföringskontakter
kind-request-downgrade = Begär nedgradering vid förnyelsen
kind-change-tier = Byt nivå nu (uppgradering)
what-happens = Vad händer
on = den
from = från
to = till
time-optional = tid (valfri)
remove-event = Ta bort händelse { $n }
tier = Nivå
per-day = Kontakter per dag
contacts = Kontakter
show-more = Visa fler händelser ({ $shown } av { $total } visas)
every-month = { " " }varje månad
through = { " " }till och med{ " " }

## Event effects.

eff-counts-at-once = räknas direkt
eff-not-billed = faktureras inte
eff-after-until = efter ”Simulera till” ({ $until }) och simuleras därför inte: flytta datumet eller simulera längre
eff-billed-until = faktureras fortfarande fram till { $at }
eff-billed-past-horizon = faktureras fortfarande fram till nästa uppdateringsdatum, som infaller efter den sista simulerade dagen
eff-frees = frigör utrymme direkt; nivån ligger kvar
eff-decided-at = avgörs vid förnyelsen den { $at }
eff-decided-past-horizon = avgörs vid nästa förnyelse, som infaller efter den sista simulerade dagen
eff-upgrades-at-once = uppgraderar direkt; proportionell debitering dagen efter
eff-upgrade = ; uppgradering till { $tier } den { $at }, { $amount } debiteras den { $date }
eff-accepted = ; godkänd
eff-refused = ; avslagen: antalet skulle inte rymmas

## Chart.

usage-h = Användning över tid
legend-billed = Fakturerade (marknadsföring + väntande)
legend-marketing = Aktiva marknadsföringskontakter
legend-band = { $list } % av nivån
legend-upgrade = Uppgradering
legend-notice = Avisering (inom 24–48 h)
legend-update = Uppdateringsdatum
legend-renewal = Förnyelse
chart-label = Användningsdiagram. Gå mellan dagarna med piltangenterna.
chart-aria = Fakturerade kontakter från { $from } till { $to }
chart-help = Peka på diagrammet, eller ge det fokus och använd piltangenterna, för att läsa av värdena för en dag.
readout = { $date }: fakturerade { $billed } (högst { $peak }), marknadsföring { $marketing }, väntande { $pending }, nivå { $tier }
read-upgrade = uppgradering { $from } → { $to }
read-exceeded = nivån överskriden
read-reached = { $p } % uppnått
tip-renewal = Förnyelse { $at }
tip-update = Uppdateringsdatum { $at }
tip-exceeded = Nivå { $tier } överskriden
tip-reached = { $p } % av nivå { $tier } uppnått
tip-window = { $what } — { $at }; aviseras mellan { $start } och { $end }
tip-upgrade = Uppgradering { $from } → { $to } den { $at }; { $amount } debiteras den { $date }

## Ledger.

cost-h = Kostnad över tid
cost-aria = Ackumulerad kostnad, totalt { $total }
invoice-lines = Fakturarader ({ $currency })
date = Datum
kind = Typ
amount = Belopp
explain = Förklara
hide = Dölj
ledger-show-all = { $n ->
        [one] Visa den enda raden
       *[other] Visa alla { $n } rader
    }
ledger-show-first = { $n ->
        [one] Visa bara den första raden
       *[other] Visa bara de första { $n } raderna
    }
ledger-lines-shown = { $shown } av { $total } rader visas.
# Den första skärmen innan appen har startat (www/first-screen.js visar
# dessa; $day är dagen sidan byggdes, som besökarens webbläsare skriver datum).
first-screen-starting = Kalkylatorn startar: om ett ögonblick kan du ändra siffrorna.
first-screen-starting-question = Startar: om ett ögonblick kan du ändra frågan.
first-screen-opening = Öppnar ditt scenario…
first-screen-other-day = Siffrorna gäller { $day }; uppdaterar till i dag…
first-screen-failed = Kalkylatorn kunde inte starta i den här webbläsaren (filerna laddades inte, eller så saknas WebAssembly). Siffrorna nedan är ett exempel för { $day }, inte aktuella. Ladda om sidan för att försöka igen.
line-recurring = Återkommande
line-proration = Proportionell uppgradering
line-credit = Kredit
line-charge = Uppgraderingsavgift
rule = Regel
formula = Formel
billing-period = Faktureringsperiod
assumptions-used = Antaganden som används
rule-recurring = återkommande avgifter faktureras i förskott i början av varje period; efter en uppgradering gäller den högre nivån på varje faktura (R9)
rule-proration = en uppgradering debiteras dagen efter, proportionellt över faktureringsperioden
period-range = { $from } till { $to }
total-horizon = Totalt för perioden
days = dagar
one-month = 1 månad
n-months = { $n ->
        [one] { $n } månad
       *[other] { $n } månader
    }
monthly-term = månadsavtal
annual-term = årsavtal
no-proration = ingen proportionering
conv-advance = Faktureras i förskott för perioden, { $rounding }
conv-daily = proportionering per dag
conv-seconds = proportionering per sekund
conv-none = ingen proportionering
round-half-up = avrundat med hälften uppåt
round-half-even = avrundat med hälften till jämnt tal
lines-net = en nettorad
lines-pair = kredit- och debiteringsrader

## Figures.

next-update = Nästa uppdateringsdatum
next-update-hint = Ange kontakter som icke-marknadsföring före detta datum, så slutar du betala för dem från och med då.
your-time = Din tid: { $at }
processing-at = bearbetning kl. { $time }
none-in-horizon = Inget under perioden
tier-today = Nivå i dag
tier-on = Nivå den { $date }
tier-on-first = Perioden börjar då; dagens datum ligger före den.
tier-on-last = Den sista simulerade dagen; dagens datum ligger efter den.
tier-on-history = Den sista dagen i din användningshistorik.
next-upgrade = Nästa uppgradering
last-upgrade = Senaste uppgradering
billed-headroom = { $billed ->
        [one] { $billed } fakturerad
       *[other] { $billed } fakturerade
    }, plats för { $headroom } till
first-upgrade = Första uppgradering
upgrade-summary = till { $tier }; { $amount } debiteras den { $date }
proration-note = { $proration }, { $rounding }
none = Ingen
stays-in-tier = Antalet håller sig inom nivån.
total-cost = Total kostnad
example-prices = exempelpriser

## Assumptions.

assumptions-h = 3. Antaganden
assumptions-hint = Där artikeln inte säger något är standardvalet den tolkning som ger en högre faktura. Ändra något av dem för att se vad som påverkas.
proration-label = Proportionering
proration-daily = Per dag: återstående dagar / dagar i perioden
proration-seconds = Per sekund
proration-none = Ingen: hela perioden
rounding-label = Avrundning
half-up = Hälften uppåt
half-even = Hälften till jämnt tal
lines-label = Uppgraderingsrader
one-net-line = En nettorad
credit-and-charge = Kredit och debitering
month-end-label = Köpt den 29–31
clamp = Sista dagen i korta månader
roll = Den 1:a i nästa månad
notify-label = Avisera vid % av nivån
percent = { $p } %
notify-hint = en överskriden nivå aviseras alltid
notify-error = Ange procentsatser åtskilda med kommatecken, till exempel 75, 90, 98.
price-book = Prislista{ " " }
example-badge = Exempelpriser, inte en officiell prislista
custom-prices = Egna priser
included = Kontakter som ingår
base-price = Grundpris
pack-price = Pris per paket
prices-per-month = Priserna gäller per månad, i { $currency }. En nivå består av de kontakter som ingår plus hela paket.
band-from = Paket från kontakt nr
band-price = kostar per paket
band-from-aria = { $edition }, prisintervall { $n }: paket från kontakt nr
band-price-aria = { $edition }, prisintervall { $n }: pris per paket
add-band = + Prisintervall
remove-band = Ta bort prisintervall { $n } för { $edition }
remove = Ta bort
tier-price = Nivåpris
quote-prices = Priser som används ({ $book })
quote-price-line = { $edition }: { $included ->
        [one] { $included } kontakt ingår
       *[other] { $included } kontakter ingår
    } för { $base } per månad; paket om { $size ->
        [one] { $size } kontakt
       *[other] { $size } kontakter
    } för { $pack } per månad och paket
quote-band-line = ; paket från kontakt nr { $from } och uppåt för { $pack } per månad och paket
quote-term-factor = Månadsavtal kostar { $factor }× dessa priser.
quote-stale = Ett fält innehåller ett fel: siffrorna kommer från det senaste scenariot som fungerade.
tier-price-text = Nivå { $tier }: { $parts } = { $total } per månad
tier-price-run = { $packs } × { $price } (kontakt nr { $first }–{ $last })
base-per-month = Grundpris / månad ({ $currency })
pack-size = Paketstorlek
pack-per-month = Paket / månad
term-factor = Månadsavtal kostar { $factor }× månadspriset.
back-to-example = Tillbaka till exempelpriserna

## Compare.

scenario-n = Scenario { $n }
remove-scenario = Ta bort scenariot
branch = Skapa variant
compare-terms = Jämför månadsavtal och årsavtal
compare-after = Jämför: importera efter uppdateringsdatumet
scenario = Scenario
term = Avtal
upgrades = Uppgraderingar
total = Totalt
difference = Skillnad

## Share and save.

share-link = Dela länk
save = Spara
export-json = Exportera JSON
import-json = Importera JSON
days-csv = Dagar (CSV)
ledger-csv = Fakturarader (CSV)
print-quote = Skriv ut offert
saved-scenarios = Sparade scenarier ({ $n })
new-name = Nytt namn
open = Öppna
rename = Byt namn
delete = Radera
link-copied = Länken är kopierad. Den som öppnar den ser det här scenariot och samma siffror.
link-copied-last-good = Länken är kopierad. Ett fält innehåller ett fel, så länken innehåller det senaste scenariot som fungerade: den som öppnar den ser siffrorna som visas här, inte din ofärdiga ändring.
link-nothing-yet = Inget att dela ännu: rätta först de rödmarkerade fälten, så att det finns siffror att skicka.
tools-h = Dela, spara och exportera
tools-menu = Dela, spara, exportera…
last-valid-file = senast-giltiga
link-failed = Länken kunde inte skapas i den här webbläsaren.
saved-as = Sparat som ”{ $name }” i den här webbläsaren.
cannot-save = Den här webbläsaren tillåter inte att du sparar (privat läge eller fullt lagringsutrymme). Exportera scenariot som en fil i stället.
untitled = Namnlöst scenario
opened-file = Öppnade { $name }. Med Ångra får du tillbaka det du hade.
not-a-scenario = { $name } är inget Tierwise-scenario: { $why }. Inget ändrades.
saved-corrupt = Dina sparade scenarier kunde inte läsas ({ $why }). De har lagts undan under ”{ $key }” i webbläsarens lagring, och listan börjar om tom.
last-corrupt = Din senaste session kunde inte återställas ({ $why }). Den har lagts undan under ”{ $key }” i webbläsarens lagring; standardscenariot visas.
opened-link = Öppnade ett delat scenario.{ $prices } Med Ångra får du tillbaka det du hade.
opened-quote = Öppnade ”{ $name }”, som har delats med dig.{ $prices } Med Ångra får du tillbaka det du hade.
opened-compare = Öppnade { $n ->
        [one] { $n } delat scenario
       *[other] { $n } delade scenarier
    } för jämförelse; ”{ $name }” visas.{ $prices } Med Ångra får du tillbaka det du hade.
sender-prices = { " " }Priserna är avsändarens egna ({ $book }), inte exempelpriserna.
link-long = Länken är kopierad, men den är { $n } tecken lång, och vissa e-postprogram klipper av länkar som är längre än cirka 2 000 tecken. Skicka filen i stället: mottagaren öppnar den med Importera JSON.
download-instead = Ladda ned filen
prices-of = priser: { $book }
price-book-name = Namn på dessa priser
link-broken = Länken är trasig eller ofullständig ({ $why }). Standardscenariot visas i stället.
link-newer = Länken skapades av en nyare version av Tierwise. Ladda om sidan eller be om en ny länk. Standardscenariot visas i stället.
link-scenario = Scenariot i länken har ett fel: { $why }. Standardscenariot visas i stället.

## Quote.

quote-h = Offert: { $name }
quote-date = Offertdatum: { $date }
quote-example = Exempelpriser: inte en officiell prislista.
account = Konto
assumptions = Antaganden
timeline = Tidslinje

## The advisor.

advisor-h = 4. Fråga rådgivaren
advisor-hint = Svar på de frågor som kunder ställer, framräknade genom att simulera scenariot med en ändring i taget.
event-date = Datum för händelse { $n }
event-from = Händelse { $n } börjar
event-to = Händelse { $n } slutar
event-through = Händelse { $n } upprepas till och med
event-field = Händelse { $n }: { $field }

## Engine errors, by code (English is the engine's message).

err-negative = Ange 0 eller mer (du skrev { $value }).
err-too-big = Ange högst { $max } (du skrev { $value }).
err-invalid-date = Ange ett fullständigt datum, till exempel 2026-12-01 (du skrev "{ $value }").
err-invalid-date-time = Ange ett fullständigt datum, till exempel 2026-12-01, och en tid om det behövs (du skrev "{ $value }").
err-invalid-time = Ange en tid, till exempel 09:00 (du skrev "{ $value }").
err-date-out-of-range = Välj en dag från { $min } till { $max } (du skrev { $value }).
err-unsupported-timezone = Välj en tidszon i listan; "{ $value }" finns inte där.
err-until-before-as-of = { $until } ligger före { $as_of }, dagen som dina antal gäller. Välj en senare dag.
err-as-of-before-start = { $as_of } ligger före köpdatumet, { $start }. Välj en senare dag.
err-horizon-too-long = Kalkylatorn räknar högst 50 år framåt. Välj en tidigare dag.
err-tier-not-in-book = { $tier } är ingen nivå i prislistan. De närmaste är { $below } och { $above }.
err-tier-below-smallest = { $tier } är ingen nivå i prislistan. Den minsta är { $above }.
err-tier-below-count = Nivån { $tier } rymmer färre än { $count ->
        [one] din { $count } fakturerade kontakt
       *[other] dina { $count } fakturerade kontakter
    }. Välj en större nivå.
err-tiers-not-growing = Ange 1 eller mer; med 0 växer nivåerna aldrig.
err-invalid-money = Ange ett belopp, till exempel 800,00 (du skrev "{ $value }").
err-amount-too-large = Priset för nivån { $tier } är för stort för att räknas ut exakt. Ange lägre priser.
err-edition-not-in-book = Prislistan saknar priser för { $edition }. Lägg till dem eller välj en annan utgåva.
err-sets-too-many-non-marketing = Här anges { $count ->
        [one] { $count } marknadsföringskontakt
       *[other] { $count } marknadsföringskontakter
    } som icke-marknadsföring den { $at }, men då finns det bara { $available ->
        [one] { $available } marknadsföringskontakt
       *[other] { $available } marknadsföringskontakter
    }. Ange { $available } eller färre.
err-deletes-too-many-marketing = Här raderas { $count ->
        [one] { $count } marknadsföringskontakt
       *[other] { $count } marknadsföringskontakter
    } den { $at }, men då finns det bara { $available ->
        [one] { $available } marknadsföringskontakt
       *[other] { $available } marknadsföringskontakter
    }. Ange { $available } eller färre.
err-sets-too-many-marketing = Här anges { $count ->
        [one] { $count } icke-marknadsföringskontakt
       *[other] { $count } icke-marknadsföringskontakter
    } som marknadsföring den { $at }, men då finns det bara { $available ->
        [one] { $available } icke-marknadsföringskontakt
       *[other] { $available } icke-marknadsföringskontakter
    }. Ange { $available } eller färre.
err-deletes-too-many-non-marketing = Här raderas { $count ->
        [one] { $count } icke-marknadsföringskontakt
       *[other] { $count } icke-marknadsföringskontakter
    } den { $at }, men då finns det bara { $available ->
        [one] { $available } icke-marknadsföringskontakt
       *[other] { $available } icke-marknadsföringskontakter
    }. Ange { $available } eller färre.
err-event-before-as-of = { $at } ligger före { $as_of }, dagen som dina antal gäller. Välj en senare dag.
err-end-before-start = { $end } ligger före { $start }. Välj ett senare slutdatum.
err-missing-field = Fyll i det här fältet.
# En fils eller länks form, som en bisats efter "x.json är inget
# Tierwise-scenario:" (fältets namn eller sökväg står före).
err-syntax = det är inte giltig JSON (rad { $line }, kolumn { $column })
err-too-large = den är för stor för den här sidan ({ $size } B; högst { $max } B)
err-newer-version = det gjordes av en nyare version av Tierwise (format { $version }); ladda om sidan för att få den nyaste versionen
err-bad-version = dess version, { $value }, kan den här sidan inte läsa (den läser format 1)
err-unknown-field = ”{ $field }” är inget fält här; kontrollera stavningen
err-duplicate-field = ”{ $field }” anges två gånger
err-wrong-type = här behövs { $expected ->
        [whole_number] ett heltal
        [number] ett tal
        [text] text inom citattecken
        [true_false] true eller false
        [list] en lista ([…])
        [object] ett objekt ({"{…}"})
       *[other] en annan sorts värde
    }, inte { $found }
err-not-a-choice = ”{ $value }” är inte ett av valen här ({ $choices })
err-not-an-object = ett scenario måste vara ett JSON-objekt ({"{…}"})
err-unexpected-field = ”{ $field }” hör inte till den här sortens händelse
err-bad-schedule = { $detail ->
        [per_day_with_at] ett dagligt flöde (per_day) hör ihop med from och to, inte med at
        [through_without_every] ”through” hör ihop med every: "month"
        [no_schedule] det behövs ett datum (at), eller from och to för ett dagligt flöde
        [mixed_schedule] det behövs antingen ett datum (at) eller from och to, inte båda
        [tier_action_daily] ett nivåbyte sker en gång: ge det ett datum (at), inte from och to
       *[other] datumen bildar inget schema
    }
err-invalid-threshold = Ange procentsatser från 1 till 99; { $value } är inte en sådan.
err-history-out-of-order = { $date } kommer inte efter { $previous }; raderna ska komma i stigande ordning, en per dag
err-not-csv = filen är ingen CSV-textfil (den innehåller binärdata); exportera användningen som CSV och försök igen
err-csv-header = rubriken är "{ $found }"; den ska vara date,billed eller date,billed,non_marketing
err-csv-columns = har { $found ->
        [one] { $found } cell
       *[other] { $found } celler
    }; rubriken har { $expected }
err-not-a-count = "{ $value }" är inget heltal
err-invoice-line = "{ $found }" är inte ett datum och ett belopp, till exempel "Dec 11, 2026, $123.45"
err-too-many = Här finns { $count }; högst { $max } är tillåtna.
err-too-long = Använd högst { $max } tecken (här finns { $length }).
err-invalid-currency = Ange en valutakod med tre bokstäver, till exempel USD.
err-bands-not-increasing = Varje prisintervall måste börja över det föregående ({ $from } ligger inte över { $previous }).
err-line = Rad { $n }
err-column = Rad { $n }, kolumn { $c }

## Warnings, in the person's words.

warn-who-event = Händelse { $n }
warn-who-history = Historikrad { $n }
warn-who-trial = Rådgivarens provimport
warn-example-prices = Priserna kommer från den inbyggda exempelprislistan, inte från en officiell prislista.
warn-term-not-sold = { $edition } säljs inte med { $term }, så en verklig faktura kan bli en annan.
warn-billing-longer-than-term = Årsvis fakturering på ett månadsavtal: en nedgradering vid en månadsförnyelse krediteras inte.
warn-cap-below-current = Taket { $cap } för marknadsföringskontakter är lägre än { $billed ->
        [one] den { $billed } kontakt
       *[other] de { $billed } kontakter
    } som faktureras den första dagen.
warn-cap-blocked = { $who }: taket { $cap } höll kvar { $blocked } av { $requested ->
        [one] { $requested } kontakt
       *[other] { $requested } kontakter
    } som icke-marknadsföring.
warn-downgrade-refused = { $who }: nedgraderingen till nivå { $tier } avslogs vid förnyelsen, eftersom { $billed ->
        [one] { $billed } kontakt faktureras
       *[other] { $billed } kontakter faktureras
    }.
warn-downgrade-not-lower = { $who }: nivå { $requested } är inte lägre än den nuvarande nivån { $tier }, så begäran ignorerades.
warn-downgrade-replaced = { $who }: begäran om nivå { $requested } ersätter den tidigare begäran om nivå { $previous }.
warn-change-tier-not-higher = { $who }: nivå { $requested } är inte högre än den nuvarande nivån { $tier }, så ändringen ignorerades; en lägre nivå kräver en begäran om nedgradering, som börjar gälla vid förnyelsen.
warn-event-after-until = { $who } infaller efter den sista simulerade dagen ({ $until }) och ingår därför inte i siffrorna.
warn-charge-after-until = En uppgradering debiteras med { $amount } den { $date }, efter den sista simulerade dagen; den ingår inte i totalen.
warn-advice-limited = { $computed ->
        [0] Sökningen avbröts innan någon besparing kunde beräknas för { $upgrades ->
            [one] uppgraderingen
           *[other] någon av de { $upgrades } uppgraderingarna
        }.
       *[other] Besparingarna beräknades bara för { $computed ->
            [one] den första
           *[other] de första { $computed }
        } av { $upgrades ->
            [one] { $upgrades } uppgradering
           *[other] { $upgrades } uppgraderingar
        }.
    }
scenarios-group = Scenarier
compare-scenarios = Jämför scenarier
you-typed = (du skrev "{ $text }")
advisor-loading = Läser in rådgivaren…
bill-check-loading = Läser in fakturakontrollen…
part-failed = ”{ $part }” kunde inte läsas in ({ $why }). Kontrollera anslutningen och försök igen; resten av sidan fungerar som vanligt.
try-again = Försök igen
language-failed = Texterna för språket { $language } kunde inte läsas in ({ $why }), så sidan behåller sitt språk. Kontrollera anslutningen och välj språket igen.

## Check a real bill.

rule-edition-label = Regler (hjälpartikelns utgåva)
rule-current = Nuvarande
rule2020 = 2020
rule-hint = 2020: väntande kontakter slutar räknas den 1:a i nästa månad eller vid förnyelsen, beroende på vilket som kommer först
audit-h = 5. Kontrollera en riktig faktura
audit-hint = Ta med din användningshistorik och debiteringarna på din faktura. Allt stannar i den här webbläsaren: inget laddas upp.
history-as-of = En användningshistorik med { $rows ->
        [one] { $rows } dagligt värde
       *[other] { $rows } dagliga värden
    } är inläst: simuleringen börjar på dess första datum, { $first }, med dess antal; antalen nedan gäller bara utan historiken.
explained-by = Förklaras av { $how }.
explained-or = { " " }eller{ " " }
no-explanation = Ingen annan kombination av antaganden förklarar det: kontrollera historiken, nivån och prislistan.
change-processing = bearbetning kl. { $time } i stället för { $was }
change-daily = proportionering per dag
change-seconds = proportionering per sekund
change-no-proration = ingen proportionering (hela perioden)
change-half-up = avrundning med hälften uppåt
change-half-even = avrundning med hälften till jämnt tal
change-net = en nettorad per uppgradering, avrundad en gång
change-per-line = proportionering avrundad per rad (en kredit och en debitering)
change-clamp = uppdateringsdatum den sista dagen i korta månader
change-roll = uppdateringsdatum flyttade till den 1:a efter korta månader
processing-time-short = bearbetning kl.
chart-history = historik
my-account = Mitt konto
name-copy = { $name } (kopia)
name-monthly = { $name } (månadsavtal)
name-annual = { $name } (årsavtal)
name-after-update = { $name } (importer efter uppdateringsdatumet)
desc-recurring = Nivå { $tier }, { $from } till { $to }
desc-upgrade = Uppgradering från nivå { $from } till { $to }: { $share } av prisskillnaden
desc-credit = Kredit för outnyttjad nivå { $from }: { $share }
desc-charge = Nivå { $to } för resten av perioden: { $share }
share-days = { $left }/{ $of ->
        [one] { $of } dag
       *[other] { $of } dagar
    }
share-seconds = { $fraction } av perioden
share-whole = hela perioden
edit-history = Ändringshistorik
results-region = Resultat
key-figures = Nyckeltal
history-imported = Importerade { $rows ->
        [one] { $rows } dagligt värde
       *[other] { $rows } dagliga värden
    } från { $name }. Med Ångra får du tillbaka det du hade.

## The advisor, the bill check and the embed's question.

ask-h = Vad kostar det mig?
ask-intro = Ange ditt konto som det står på fakturan, och vad du planerar.
ask-marketing = Marknadsföringskontakter i dag
ask-tier = Din kontaktnivå
ask-plan = Vad du planerar
ask-plan-import = Importera kontakter som marknadsföring
ask-plan-clean = Ange kontakter som icke-marknadsföring
ask-count = Hur många kontakter
ask-on = Den
ask-upgrade = Om du importerar { $n ->
        [one] { $n } kontakt
       *[other] { $n } kontakter
    } den { $on } får du { $billed ->
        [one] { $billed } fakturerad kontakt
       *[other] { $billed } fakturerade kontakter
    }, vilket är mer än din nivå { $tier } rymmer. Du flyttas genast upp till nivå { $to }, och { $amount } debiteras den { $charge }.
ask-until-renewal = Fram till förnyelsen den { $renewal } kostar det totalt { $cost }, och nivån sänks inte före dess.
ask-avoid = Du undviker det genom att importera { $fewer ->
        [one] { $fewer } kontakt färre eller ange { $fewer } kontakt
       *[other] { $fewer } kontakter färre eller ange { $fewer } kontakter
    } som icke-marknadsföring före { $deadline }.
ask-avoid-fewer = Du undviker det genom att importera { $fewer ->
        [one] { $fewer } kontakt färre
       *[other] { $fewer } kontakter färre
    }.
ask-fits = Om du importerar { $n ->
        [one] { $n } kontakt den { $on } ryms den
       *[other] { $n } kontakter den { $on } ryms de
    } i din nivå { $tier }: det kostar inget extra, och det finns plats för { $room } till.
ask-clean = Om du anger { $n ->
        [one] { $n } kontakt som icke-marknadsföring den { $on } slutar du betala för den från och med { $update }, nästa uppdateringsdatum därefter; fram till dess räknas den fortfarande.
       *[other] { $n } kontakter som icke-marknadsföring den { $on } slutar du betala för dem från och med { $update }, nästa uppdateringsdatum därefter; fram till dess räknas de fortfarande.
    }
ask-no-downgrade = Din nivå förblir { $tier } fram till förnyelsen den { $renewal }: en nivå sänks aldrig före förnyelsen, så be om en lägre nivå då.
ask-open-full = Öppna detta i den fullständiga kalkylatorn
ask-chart = Fakturerade kontakter och din nivå, dag för dag
ask-fix = Kontrollera det du skrev:
advisor-waiting = Rådgivaren svarar när scenariot inte längre har några fel.
advisor-updating = Uppdaterar svaren efter din senaste ändring…
adv-growth = Tillväxt
adv-growth-unit = Tillväxtenhet
adv-per-day = kontakter per dag
adv-percent = % per månad (med ränta på ränta)
adv-growth-hint = till exempel ett arbetsflöde som gör kontakter till marknadsföringskontakter
adv-import = Nästa import (kontakter)
adv-window-from = Importfönster från
adv-window-to = till
adv-cap = Tak att prova
adv-standing-h = Läget nu
adv-standing = Den { $now } har kontot nivå { $tier } med { $billed ->
        [one] { $billed } fakturerad kontakt
       *[other] { $billed } fakturerade kontakter
    }: det finns plats för { $headroom } till innan nivån överskrids.
adv-renewal = { " " }Nivån kan sänkas tidigast vid förnyelsen den { $at } (din tid: { $viewer }), aldrig före.
adv-stay-h = Stanna kvar i nivån
adv-no-upgrade = Det här scenariot orsakar ingen automatisk uppgradering.
adv-stay = Den { $at } når antalet fakturerade kontakter { $billed }, vilket är över nivån { $from }, så kontot flyttas genast till { $to } och debiteras { $charge } dagen efter.
adv-stay-plan = Om du gör alla dessa ändringar orsakar din plan ingen uppgradering till och med { $until }:
adv-change-import = { $event }: importera { $contacts ->
        [one] { $contacts } kontakt färre
       *[other] { $contacts } kontakter färre
    }.
adv-change-import-each = { $event }: importera { $contacts ->
        [one] { $contacts } kontakt färre
       *[other] { $contacts } kontakter färre
    } varje gång.
adv-change-daily = { $event }: lägg till { $contacts ->
        [one] { $contacts } kontakt färre
       *[other] { $contacts } kontakter färre
    } per dag.
adv-change-set-marketing = { $event }: ange { $contacts ->
        [one] { $contacts } kontakt färre
       *[other] { $contacts } kontakter färre
    } som marknadsföring.
adv-change-set-marketing-each = { $event }: ange { $contacts ->
        [one] { $contacts } kontakt färre
       *[other] { $contacts } kontakter färre
    } som marknadsföring varje gång.
adv-change-or = { " " }Eller ange { $contacts ->
        [one] { $contacts } kontakt
       *[other] { $contacts } kontakter
    } som icke-marknadsföring före { $deadline } (din tid: { $viewer }), då ändringar bearbetas nästa gång; vid själva bearbetningen är det för sent.
adv-change-no-processing = { " " }Att i stället ange kontakter som icke-marknadsföring hjälper inte: inget uppdateringsdatum infaller före, så de skulle fortfarande räknas.
adv-change-not-instead = { " " }Att i stället ange kontakter som icke-marknadsföring före uppdateringsdatumet skulle inte undvika den när de andra ändringarna är gjorda.
adv-stay-total = Tillsammans sparar de { $saving } under hela perioden.
adv-unavoidable-history = Den { $at } går din användningshistorik över nivån { $from } och kontot flyttas till { $to }. Det har redan hänt, så ingen ändring av planen kan undvika det.
adv-unavoidable-removals = Den { $at } skulle kontot flyttas från { $from } till { $to }. Att importera färre kontakter före dess hjälper inte: planen raderar eller ändrar senare fler kontakter än det då skulle finnas kvar.
adv-unavoidable-limit = Den { $at } skulle kontot flyttas från { $from } till { $to }. Planen har för många uppgraderingar för att råden ska kunna täcka även den här.
ev-import-on = Importen den { $date }
ev-monthly-import = Den månatliga importen från och med { $date }
ev-daily = De dagliga tilläggen från { $from } till { $to }
ev-set-marketing-on = Ändringen till marknadsföringskontakter den { $date }
ev-monthly-set-marketing = Den månatliga ändringen till marknadsföringskontakter från och med { $date }
ev-daily-set-marketing = Den dagliga ändringen till marknadsföringskontakter från { $from } till { $to }
adv-saving = { " " }Besparing: { $saving } under hela perioden.
adv-forecast-h = Prognos för när gränser passeras
adv-forecast-hint = Ange en tillväxttakt för att se när varje tröskel och nivå passeras, och vad varje passage kostar fram till förnyelsen.
adv-forecast-none = I den här takten passeras ingen tröskel och ingen nivå till och med { $through }; då faktureras { $billed ->
        [one] { $billed } kontakt
       *[other] { $billed } kontakter
    }.
adv-forecast-end = Till och med { $through }: { $billed ->
        [one] { $billed } fakturerad kontakt
       *[other] { $billed } fakturerade kontakter
    }. En uppgraderings kostnad fram till förnyelsen är dess proportionella debitering plus prisskillnaden för varje faktureringsperiod före förnyelsen.
adv-cross-threshold = { $p } % av { $tier } (aviseras inom 24–48 h)
adv-cross-tier = { $tier } överskriden: uppgradering till { $to }
adv-when = När
adv-what = Vad
adv-billed = Fakturerade
adv-cost-to-renewal = Kostnad fram till förnyelsen
adv-marginal-h = Marginalkostnad
adv-one = En marknadsföringskontakt till kostar nu { $today } i dag, { $renewal } fram till förnyelsen och { $horizon } under hela perioden.
adv-import-fits = En import på { $n ->
        [one] { $n } kontakt
       *[other] { $n } kontakter
    } ryms nu i nivån: { $today } i dag, { $renewal } fram till förnyelsen, { $horizon } under hela perioden.
adv-import-up = En import på { $n ->
        [one] { $n } kontakt
       *[other] { $n } kontakter
    } flyttar nu kontot till nivå { $tier }: { $today } debiteras i morgon, { $renewal } totalt fram till förnyelsen, { $horizon } under hela perioden.
adv-timing-h = Tidpunkt
adv-timing = Den billigaste dagen att importera { $n } mellan { $from } och { $to } är { $best }: { $cost }, { $saved } mindre än den { $worst }, den dyraste dagen.
adv-on-top-of-plan = { " " }(Utöver allt som din plan redan lägger till.)
adv-other-imports-as-planned = { " " }(Med dina övriga importer enligt planen.)
adv-timing-planned = Din planerade import av { $n } den { $day } höjer fakturan med { $cost }.
adv-timing-flat = Att importera { $n } kostar { $cost } vilken dag som helst mellan { $from } och { $to }.
adv-timing-free = Den billigaste dagen att importera { $n } mellan { $from } och { $to } är { $best }: det höjer inte fakturan till och med { $through }, eftersom din nivå då redan { $n ->
        [one] rymmer den eller inget uppdateringsdatum räknar den
       *[other] rymmer dem eller inget uppdateringsdatum räknar dem
    } före den dagen. Den { $worst }, den dyraste dagen, höjer det fakturan med { $saved }.
adv-timing-flat-free = Att importera { $n } vilken dag som helst mellan { $from } och { $to } höjer inte fakturan till och med { $through }: din nivå { $n ->
        [one] rymmer den då redan, eller inget uppdateringsdatum räknar den
       *[other] rymmer dem då redan, eller inget uppdateringsdatum räknar dem
    } före den dagen.
adv-timing-busy = Provar varje dag i fönstret…
adv-timing-through = Kostnaderna räknas till och med { $through }, dagen före förnyelsen efter fönstret, eftersom nivån inte kan sänkas före den. Importer sker kl. 00:00, efter dagens bearbetning.
adv-day = Dag
adv-import-cost = Importkostnad
note-cheapest = billigast
note-dearest = dyrast
note-window-start = fönstrets första dag
note-before-update = dagen före ett uppdateringsdatum
note-update = uppdateringsdatum: väntande kontakter har just slutat räknas
note-after-renewal = dagen efter en förnyelse
note-window-end = fönstrets sista dag
adv-terms-h = Val av avtal
adv-terms-hint = Samma användning med varje avtal. ”Kostnad för använda nivåer” summerar varje dags nivå till dess månadspris (månadsavtal × { $factor }), så att avtalen kan jämföras oavsett faktureringsdatum; ”fakturerat” är det som förfaller inom perioden (årsvis fakturering debiterar ett år i förskott).
adv-term-col = Avtal
adv-accrued = Kostnad för använda nivåer
adv-invoiced = Fakturerat
adv-not-sold = säljs inte för den här utgåvan
adv-current = ditt
adv-cap-h = Tak
adv-cap-text = Ett tak på { $cap ->
        [one] { $cap } marknadsföringskontakt
       *[other] { $cap } marknadsföringskontakter
    } skulle ha hållit kvar { $blocked ->
        [one] { $blocked } kontakt
       *[other] { $blocked } kontakter
    } som icke-marknadsföring, och fakturan för hela perioden skulle bli { $with } i stället för { $without }: { $diff } mindre, med { $up_with ->
        [one] { $up_with } uppgradering
       *[other] { $up_with } uppgraderingar
    } i stället för { $up_without }.
adv-cap-nothing = Ett tak på { $cap ->
        [one] { $cap } marknadsföringskontakt
       *[other] { $cap } marknadsföringskontakter
    } skulle inte stoppa något i det här scenariot: fakturan blir fortfarande { $without }.
history-h = Användningshistorik
history-drop = Släpp en CSV-fil med rubriken date,billed här, eller{ " " }
history-choose = välj en fil
history-hint = En rad per dag, i kontots tidszon, som användningssidan visar den. En dag som saknas behåller föregående antal. En valfri tredje kolumn, non_marketing, används om den finns.
history-summary = Historik: { $rows ->
        [one] { $rows } dagligt värde
       *[other] { $rows } dagliga värden
    } från { $first } till { $last }. Den ersätter kontakthändelserna på de datumen; planerade händelser efter { $last } utgår från dess sista antal.
history-remove = Ta bort historiken
history-rejected = { $name } importerades inte; inget ändrades. Rätta de här raderna och försök igen:
invoice-h = Debiteringar på fakturan
invoice-label = Klistra in debiteringarna från fakturan, en per rad: datum och belopp
invoice-check = Kontrollera fakturan
invoice-clear = Rensa fakturan
invoice-rejected = Debiteringarna kontrollerades inte; de tidigare behålls. Rätta de här raderna:
audit-matches = Fakturan stämmer med simuleringen: varje debitering är förklarad.
audit-summary = { $ok } av { $n ->
        [one] { $n } debitering
       *[other] { $n } debiteringar
    } stämmer.
audit-missing = { " " }{ $missing ->
        [one] { $missing } simulerad debitering
       *[other] { $missing } simulerade debiteringar
    } saknas på fakturan.
on-invoice = På fakturan
simulated = Simulerat
verdict = Bedömning
verdict-matches = Stämmer
verdict-differs = Skiljer sig med { $diff }
verdict-rounding = Skiljer sig med { $diff }: en avrundningsskillnad
verdict-not-simulated = Finns inte i simuleringen
verdict-missing = Saknas på fakturan
try-all = Prova alla antaganden
try-all-hint = Simulerar alla 48 kombinationer av bearbetningstid, proportionering, avrundning, rader och månadsslut.
try-all-found = { $n } av 48 kombinationer stämmer exakt med fakturan:
try-all-none = Ingen av de 48 kombinationerna stämmer exakt med fakturan. Kontrollera historiken, nivån och prislistan.
use-these = Använd dessa
