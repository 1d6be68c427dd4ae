# Tierwise's texts in Polish.
#
# Each message has the id of its English one (locales/en.ftl). Numbers reach
# a message as numbers, so a selector can pick the CLDR plural form:
#   { $n -> [one] { $n } kontakt [few] { $n } kontakty *[many] { $n } kontaktów }
# (one: 1; few: 2–4, 22–24, …, not 12–14; many: 0, 5–21, 25–31, …).
# Terms: kontakty marketingowe, kontakty niemarketingowe, poziom (tier),
# data aktualizacji (update date), odnowienie (renewal).

# The code of the language this file is for (its name is locales/pl.ftl).
language-code = pl

page-title = Tierwise: symulator rozliczeń za kontakty marketingowe
tagline = Ile wyniesie rachunek za kontakty marketingowe i kiedy?
undo = ↶ Cofnij
redo = ↷ Ponów
undo-title = Cofnij (Ctrl+Z)
redo-title = Ponów (Ctrl+Shift+Z)
language = Język
fix-inputs = Niektóre pola wymagają poprawienia.{ " " }
stale-figures = Do tego czasu poniższe wyniki dotyczą ostatniego poprawnego scenariusza.
no-figures-yet = Do tego czasu ten scenariusz nie ma wyników.
notes-warnings = Uwagi i ostrzeżenia
footer = Działa w całości w przeglądarce: nic, co wpiszesz, nie jest nigdzie wysyłane. Wbudowane ceny są przykładowe i nie stanowią oficjalnego cennika. Zasady są zgodne z artykułem pomocy HubSpot „Rozliczanie kontaktów marketingowych”.
dismiss = Zamknij

## Account.

account-h = 1. Twoje konto
scenario-name = Nazwa scenariusza
edition = Wersja
starter = Starter
professional = Professional
enterprise = Enterprise
basic-legacy = Basic (starsza wersja)
contract-term = Okres umowy
annual = Roczny
monthly = Miesięczny
billed = Rozliczany
as-the-term = Jak okres umowy
annually = Rocznie
monthly-adverb = Miesięcznie
annual-billed-monthly = Umowa roczna, rozliczana miesięcznie
annual-billed-annually = Umowa roczna, rozliczana rocznie
monthly-contract = Umowa miesięczna
monthly-billed-annually = Umowa miesięczna, rozliczana rocznie
billing-hint = założenie: domyślnie tak jak okres umowy
purchase-date = Data zakupu
counts-as-of = Stan na dzień
not-sold = poza ofertą
simulate-until = Symuluj do
bought-through = Kupione przez
region-hint = określa strefę przetwarzania
region-north-america = Ameryka Północna
region-europe = Europa (spółka irlandzka)
region-asia-pacific = Azja i Pacyfik (spółka singapurska)
region-australia = Australia i Nowa Zelandia
region-japan = Japonia
region-latin-america = Ameryka Łacińska
region-other = Inna strefa…
processing-zone = Strefa czasowa przetwarzania
zone-not-supported = „{ $zone }” nie jest obsługiwaną strefą przetwarzania. Wybierz strefę z listy.
processed-at = Zmiany przetwarzane o
midnight = 00:00 (północ)
noon = 12:00 (południe)
processing-hint = artykuł podaje „12:00”
marketing-contacts = Kontakty marketingowe
non-marketing-contacts = Kontakty niemarketingowe
pending-contacts = Oczekujące niemarketingowe
pending-hint = ustawione jako niemarketingowe, ale nadal rozliczane
current-tier = Obecny poziom kontaktów
tier-auto = Automatyczny: { $tier }
tier-auto-none = Automatyczny
tier-auto-hint = Automatyczny to najmniejszy poziom, który mieści liczbę rozliczanych kontaktów (marketingowe + oczekujące). Wybierz poziom, aby ustawić własny.
cap = Limit kontaktów marketingowych (opcjonalnie)
no-cap = bez limitu
cap-hint = blokuje nowe kontakty marketingowe powyżej limitu

## Inputs.

enter-number = Wpisz liczbę.
number-too-large = Ta liczba jest za duża.
whole-number = Wpisz liczbę całkowitą, np. 3000.
enter-date = Wpisz pełną datę.
enter-time = Wpisz godzinę.
enter-price = Wpisz cenę, np. 225,00.

## Timeline.

timeline-h = 2. Zaplanuj zdarzenia
skip-links = Przejdź do
skip-to-events = Przejdź do zaplanowanych zdarzeń
skip-to-chart = Przejdź do wykresu
add-event = Dodaj zdarzenie
add-import = + Import
add-set-non-marketing = + Ustaw jako niemarketingowe
add-delete = + Usuń
add-daily-growth = + Dzienny przyrost
add-downgrade = + Prośba o obniżenie
add-tier-change = + Zmiana poziomu
no-events = Nie ma jeszcze zdarzeń. Dodaj import, aby zobaczyć, ile kosztuje.
kind-add-marketing = Importuj jako marketingowe
kind-add-non-marketing = Importuj jako niemarketingowe
kind-set-marketing = Ustaw jako marketingowe
kind-set-non-marketing = Ustaw jako niemarketingowe
kind-delete-marketing = Usuń kontakty marketingowe
kind-delete-non-marketing = Usuń kontakty niemarketingowe
kind-request-downgrade = Poproś o obniżenie przy odnowieniu
kind-change-tier = Zmień poziom teraz (podwyższenie)
what-happens = Co się dzieje
on = dnia
from = od
to = do
time-optional = godzina (opcjonalnie)
remove-event = Usuń zdarzenie { $n }
tier = Poziom
per-day = Kontakty dziennie
contacts = Kontakty
show-more = Pokaż więcej zdarzeń (pokazano { $shown } z { $total })
every-month = { " " }co miesiąc
through = { " " }do{ " " }

## Event effects.

eff-counts-at-once = liczą się od razu
eff-not-billed = nierozliczane
eff-after-until = po dniu „Symuluj do” ({ $until }), więc poza symulacją: przesuń datę albo wydłuż symulację
eff-billed-until = nadal rozliczane do { $at }
eff-billed-past-horizon = nadal rozliczane do następnej daty aktualizacji, która wypada po ostatnim symulowanym dniu
eff-frees = od razu zwalnia miejsce; poziom się nie zmienia
eff-decided-at = decyzja przy odnowieniu { $at }
eff-decided-past-horizon = decyzja przy następnym odnowieniu, które wypada po ostatnim symulowanym dniu
eff-upgrades-at-once = od razu podwyższa poziom; opłata proporcjonalna następnego dnia
eff-upgrade = ; podwyższenie do { $tier } dnia { $at }, opłata { $amount } naliczona dnia { $date }
eff-accepted = ; przyjęta
eff-refused = ; odrzucona: liczba kontaktów by się nie zmieściła

## Chart.

usage-h = Wykorzystanie w czasie
legend-billed = Rozliczane (marketingowe + oczekujące)
legend-marketing = Aktywne marketingowe
legend-band = { $list }% poziomu
legend-upgrade = Podwyższenie
legend-notice = Powiadomienie (w ciągu 24–48 h)
legend-update = Data aktualizacji
legend-renewal = Odnowienie
chart-label = Wykres wykorzystania. Między dniami możesz przechodzić strzałkami.
chart-aria = Rozliczane kontakty od { $from } do { $to }
chart-help = Wskaż wykres albo ustaw na nim fokus i użyj strzałek, aby odczytać wartości z danego dnia.
readout = { $date }: rozliczane { $billed } (szczyt { $peak }), marketingowe { $marketing }, oczekujące { $pending }, poziom { $tier }
read-upgrade = podwyższenie { $from } → { $to }
read-exceeded = poziom przekroczony
read-reached = osiągnięto { $p }%
tip-renewal = Odnowienie { $at }
tip-update = Data aktualizacji { $at }
tip-exceeded = Przekroczono poziom { $tier }
tip-reached = Osiągnięto { $p }% poziomu { $tier }
tip-window = { $what } — { $at }; powiadomienie między { $start } a { $end }
tip-upgrade = Podwyższenie { $from } → { $to } dnia { $at }; opłata { $amount } naliczona dnia { $date }

## Ledger.

cost-h = Koszt w czasie
cost-aria = Koszt narastająco, łącznie { $total }
invoice-lines = Pozycje faktury ({ $currency })
date = Data
kind = Rodzaj
amount = Kwota
explain = Wyjaśnij
hide = Ukryj
ledger-show-all = { $n ->
        [one] Pokaż jedyną pozycję
        [few] Pokaż wszystkie { $n } pozycje
       *[many] Pokaż wszystkie { $n } pozycji
    }
ledger-show-first = Pokaż tylko { $n ->
        [one] pierwszą pozycję
        [few] pierwsze { $n } pozycje
       *[many] pierwszych { $n } pozycji
    }
ledger-lines-shown = Pokazano { $shown } z { $total } pozycji.
# Pierwszy ekran, zanim aplikacja wystartuje (pokazuje je www/first-screen.js;
# $day to dzień zbudowania strony, zapisany tak, jak przeglądarka zapisuje daty).
first-screen-starting = Kalkulator się uruchamia: za chwilę będzie można zmieniać liczby.
first-screen-starting-question = Uruchamianie: za chwilę będzie można zmienić pytanie.
first-screen-opening = Otwieranie Twojego scenariusza…
first-screen-other-day = Te liczby dotyczą dnia { $day }; aktualizacja do dzisiaj…
first-screen-failed = Kalkulator nie mógł się uruchomić w tej przeglądarce (jego pliki się nie wczytały albo brak obsługi WebAssembly). Poniższe liczby to przykład z dnia { $day }, a nie aktualne dane. Odśwież stronę, aby spróbować ponownie.
line-recurring = Cykliczna
line-proration = Proporcjonalne podwyższenie
line-credit = Uznanie
line-charge = Opłata za podwyższenie
rule = Zasada
formula = Wzór
billing-period = Okres rozliczeniowy
assumptions-used = Przyjęte założenia
rule-recurring = opłaty cykliczne są pobierane z góry na początku każdego okresu; po podwyższeniu każda faktura uwzględnia wyższy poziom (R9)
rule-proration = podwyższenie jest naliczane następnego dnia, proporcjonalnie do okresu rozliczeniowego
period-range = od { $from } do { $to }
total-horizon = Razem za okres
days = dni
one-month = 1 miesiąc
n-months = { $n ->
        [one] { $n } miesiąc
        [few] { $n } miesiące
       *[many] { $n } miesięcy
    }
monthly-term = umowa miesięczna
annual-term = umowa roczna
no-proration = bez naliczania proporcjonalnego
conv-advance = Pobierane z góry za okres, { $rounding }
conv-daily = naliczanie proporcjonalne dzienne
conv-seconds = naliczanie proporcjonalne co do sekundy
conv-none = bez naliczania proporcjonalnego
round-half-up = zaokrąglenie połówek w górę
round-half-even = zaokrąglenie połówek do parzystej
lines-net = jedna pozycja netto
lines-pair = pozycje uznania i obciążenia

## Figures.

next-update = Następna data aktualizacji
next-update-hint = Ustaw kontakty jako niemarketingowe przed tym terminem, aby od tej daty przestać za nie płacić.
your-time = Twój czas: { $at }
processing-at = przetwarzanie o { $time }
none-in-horizon = Brak w okresie
tier-today = Poziom dziś
tier-on = Poziom w dniu { $date }
tier-on-first = Okres zaczyna się tego dnia; dzisiejsza data jest wcześniejsza.
tier-on-last = Ostatni symulowany dzień; dzisiejsza data jest późniejsza.
tier-on-history = Ostatni dzień Twojej historii użycia.
next-upgrade = Następne podwyższenie
last-upgrade = Ostatnie podwyższenie
billed-headroom = { $billed ->
        [one] { $billed } rozliczany kontakt
        [few] { $billed } rozliczane kontakty
       *[many] { $billed } rozliczanych kontaktów
    }, miejsce na jeszcze { $headroom }
first-upgrade = Pierwsze podwyższenie
upgrade-summary = do { $tier }; opłata { $amount } naliczona dnia { $date }
proration-note = { $proration }, { $rounding }
none = Brak
stays-in-tier = Liczba kontaktów mieści się w poziomie.
total-cost = Koszt całkowity
example-prices = ceny przykładowe

## Assumptions.

assumptions-h = 3. Założenia
assumptions-hint = Tam, gdzie artykuł milczy, domyślnie przyjęto interpretację, która daje wyższy rachunek. Zmień dowolne z nich, aby zobaczyć, co się zmieni.
proration-label = Naliczanie proporcjonalne
proration-daily = Dzienne: pozostałe dni / dni w okresie
proration-seconds = Co do sekundy
proration-none = Brak: cały okres
rounding-label = Zaokrąglanie
half-up = Połówki w górę
half-even = Połówki do parzystej
lines-label = Pozycje podwyższenia
one-net-line = Jedna pozycja netto
credit-and-charge = Uznanie i obciążenie
month-end-label = Zakup 29.–31. dnia miesiąca
clamp = Ostatni dzień krótkich miesięcy
roll = 1. dzień następnego miesiąca
notify-label = Powiadamiaj przy % poziomu
percent = { $p }%
notify-hint = o przekroczeniu poziomu powiadomienie przychodzi zawsze
notify-error = Wpisz wartości procentowe oddzielone przecinkami, np. 75, 90, 98.
price-book = Cennik{ " " }
example-badge = Ceny przykładowe, a nie oficjalny cennik
custom-prices = Własne ceny
included = Kontakty w cenie
base-price = Cena podstawowa
pack-price = Cena za pakiet
prices-per-month = Ceny są miesięczne, w { $currency }. Poziom to kontakty w cenie plus pełne pakiety.
band-from = Pakiety od kontaktu nr
band-price = kosztują za pakiet
band-from-aria = { $edition }, przedział cenowy { $n }: pakiety od kontaktu nr
band-price-aria = { $edition }, przedział cenowy { $n }: cena za pakiet
add-band = + Przedział cenowy
remove-band = Usuń przedział cenowy { $n } wersji { $edition }
remove = Usuń
tier-price = Cena poziomu
quote-prices = Użyte ceny ({ $book })
quote-price-line = { $edition }: { $included ->
        [one] { $included } kontakt
        [few] { $included } kontakty
       *[many] { $included } kontaktów
    } w cenie { $base } miesięcznie; pakiety po { $size ->
        [one] { $size } kontakcie
        [few] { $size } kontakty
       *[many] { $size } kontaktów
    }, każdy za { $pack } miesięcznie
quote-band-line = ; pakiety od kontaktu nr { $from } wzwyż: { $pack } miesięcznie za każdy
quote-term-factor = Umowy miesięczne kosztują { $factor }× te ceny.
quote-stale = Jedno z pól zawiera błąd: te wyniki pochodzą z ostatniego działającego scenariusza.
tier-price-text = Poziom { $tier }: { $parts } = { $total } miesięcznie
tier-price-run = { $packs } × { $price } (kontakty { $first }–{ $last })
base-per-month = Cena podstawowa / miesiąc ({ $currency })
pack-size = Wielkość pakietu
pack-per-month = Pakiet / miesiąc
term-factor = Umowy miesięczne kosztują { $factor }× cenę miesięczną.
back-to-example = Wróć do cen przykładowych

## Compare.

scenario-n = Scenariusz { $n }
remove-scenario = Usuń ten scenariusz
branch = Utwórz wariant
compare-terms = Porównaj umowę miesięczną i roczną
compare-after = Porównaj: import po dacie aktualizacji
scenario = Scenariusz
term = Umowa
upgrades = Podwyższenia
total = Razem
difference = Różnica

## Share and save.

share-link = Udostępnij link
save = Zapisz
export-json = Eksportuj JSON
import-json = Importuj JSON
days-csv = Dni (CSV)
ledger-csv = Pozycje faktury (CSV)
print-quote = Drukuj ofertę
saved-scenarios = Zapisane scenariusze ({ $n })
new-name = Nowa nazwa
open = Otwórz
rename = Zmień nazwę
delete = Usuń
link-copied = Skopiowano link. Każdy, kto go otworzy, zobaczy ten scenariusz i te same wyniki.
link-copied-last-good = Skopiowano link. Jedno z pól zawiera błąd, więc link zawiera ostatni działający scenariusz: kto go otworzy, zobaczy wyniki widoczne tutaj, a nie Twoją niedokończoną zmianę.
link-nothing-yet = Nie ma jeszcze czego udostępnić: najpierw popraw pola zaznaczone na czerwono, aby powstały wyniki do wysłania.
tools-h = Udostępnij, zapisz i eksportuj
tools-menu = Udostępnij, zapisz, eksportuj…
last-valid-file = ostatni-poprawny
link-failed = Nie udało się utworzyć linku w tej przeglądarce.
saved-as = Zapisano jako „{ $name }” w tej przeglądarce.
cannot-save = Ta przeglądarka nie pozwala zapisywać (tryb prywatny lub brak miejsca). Zamiast tego wyeksportuj scenariusz do pliku.
untitled = Scenariusz bez nazwy
opened-file = Otwarto { $name }. „Cofnij” przywraca poprzedni stan.
not-a-scenario = { $name } nie jest scenariuszem Tierwise: { $why }. Niczego nie zmieniono.
saved-corrupt = Nie udało się odczytać zapisanych scenariuszy ({ $why }). Odłożono je pod kluczem „{ $key }” w pamięci przeglądarki, a lista zaczyna się od nowa.
last-corrupt = Nie udało się przywrócić ostatniej sesji ({ $why }). Odłożono ją pod kluczem „{ $key }” w pamięci przeglądarki; wyświetlono scenariusz domyślny.
opened-link = Otwarto udostępniony scenariusz.{ $prices } „Cofnij” przywraca poprzedni stan.
opened-quote = Otwarto udostępniony Ci scenariusz „{ $name }”.{ $prices } „Cofnij” przywraca poprzedni stan.
opened-compare = Otwarto { $n ->
        [one] { $n } udostępniony Ci scenariusz
        [few] { $n } udostępnione Ci scenariusze
       *[many] { $n } udostępnionych Ci scenariuszy
    } do porównania; wyświetlono „{ $name }”.{ $prices } „Cofnij” przywraca poprzedni stan.
sender-prices = { " " }Ceny pochodzą od nadawcy ({ $book }), a nie z cennika przykładowego.
link-long = Skopiowano link, ale ma on { $n ->
        [one] { $n } znak
        [few] { $n } znaki
       *[many] { $n } znaków
    }, a niektóre programy pocztowe obcinają linki dłuższe niż ok. 2000 znaków. Wyślij zamiast tego plik: odbiorca otworzy go przyciskiem Importuj JSON.
download-instead = Pobierz plik
prices-of = ceny: { $book }
price-book-name = Nazwa tych cen
link-broken = Ten link jest uszkodzony lub niepełny ({ $why }). Zamiast niego wyświetlono scenariusz domyślny.
link-newer = Ten link utworzyła nowsza wersja Tierwise. Odśwież stronę lub poproś o nowy link. Zamiast niego wyświetlono scenariusz domyślny.
link-scenario = Scenariusz w tym linku zawiera błąd: { $why }. Zamiast niego wyświetlono scenariusz domyślny.

## Quote.

quote-h = Oferta: { $name }
quote-date = Data oferty: { $date }
quote-example = Ceny przykładowe, a nie oficjalny cennik.
account = Konto
assumptions = Założenia
timeline = Oś czasu

## The advisor.

advisor-h = 4. Zapytaj doradcę
advisor-hint = Odpowiedzi na pytania, które zadają klienci, wyliczone przez symulację tego scenariusza z jedną zmianą naraz.
event-date = Data zdarzenia { $n }
event-from = Początek zdarzenia { $n }
event-to = Koniec zdarzenia { $n }
event-through = Zdarzenie { $n } powtarza się do
event-field = Zdarzenie { $n }: { $field }

## Engine errors, by code (English is the engine's message).

err-negative = Wpisz 0 lub więcej (wpisano { $value }).
err-too-big = Wpisz najwyżej { $max } (wpisano { $value }).
err-invalid-date = Wpisz pełną datę, np. 2026-12-01 (wpisano "{ $value }").
err-invalid-date-time = Wpisz pełną datę, np. 2026-12-01, i w razie potrzeby godzinę (wpisano "{ $value }").
err-invalid-time = Wpisz godzinę, np. 09:00 (wpisano "{ $value }").
err-date-out-of-range = Wybierz dzień od { $min } do { $max } (wpisano { $value }).
err-unsupported-timezone = Wybierz strefę czasową z listy; "{ $value }" na niej nie ma.
err-until-before-as-of = { $until } wypada przed { $as_of }, dniem, na który podano liczby kontaktów. Wybierz późniejszy dzień.
err-as-of-before-start = { $as_of } wypada przed datą zakupu ({ $start }). Wybierz późniejszy dzień.
err-horizon-too-long = Kalkulator sięga najwyżej 50 lat naprzód. Wybierz wcześniejszy dzień.
err-tier-not-in-book = { $tier } nie jest poziomem z cennika. Najbliższe to { $below } i { $above }.
err-tier-below-smallest = { $tier } nie jest poziomem z cennika. Najmniejszy to { $above }.
err-tier-below-count = Masz { $count ->
        [one] { $count } rozliczany kontakt
        [few] { $count } rozliczane kontakty
       *[many] { $count } rozliczanych kontaktów
    }, a poziom { $tier } mieści mniej. Wybierz większy poziom.
err-tiers-not-growing = Wpisz 1 lub więcej; przy 0 poziomy nigdy nie rosną.
err-invalid-money = Wpisz kwotę, np. 800,00 (wpisano "{ $value }").
err-amount-too-large = Cena poziomu { $tier } jest zbyt duża, by dokładnie ją obliczyć. Wpisz niższe ceny.
err-edition-not-in-book = W cenniku nie ma cen dla wersji { $edition }. Dodaj je albo wybierz inną wersję.
err-sets-too-many-non-marketing = To zdarzenie ustawia { $count ->
        [one] { $count } kontakt marketingowy jako niemarketingowy
        [few] { $count } kontakty marketingowe jako niemarketingowe
       *[many] { $count } kontaktów marketingowych jako niemarketingowe
    } dnia { $at }, ale masz wtedy tylko { $available ->
        [one] { $available } kontakt marketingowy
        [few] { $available } kontakty marketingowe
       *[many] { $available } kontaktów marketingowych
    }. Wpisz { $available } lub mniej.
err-deletes-too-many-marketing = To zdarzenie usuwa { $count ->
        [one] { $count } kontakt marketingowy
        [few] { $count } kontakty marketingowe
       *[many] { $count } kontaktów marketingowych
    } dnia { $at }, ale masz wtedy tylko { $available ->
        [one] { $available } kontakt marketingowy
        [few] { $available } kontakty marketingowe
       *[many] { $available } kontaktów marketingowych
    }. Wpisz { $available } lub mniej.
err-sets-too-many-marketing = To zdarzenie ustawia { $count ->
        [one] { $count } kontakt niemarketingowy jako marketingowy
        [few] { $count } kontakty niemarketingowe jako marketingowe
       *[many] { $count } kontaktów niemarketingowych jako marketingowe
    } dnia { $at }, ale masz wtedy tylko { $available ->
        [one] { $available } kontakt niemarketingowy
        [few] { $available } kontakty niemarketingowe
       *[many] { $available } kontaktów niemarketingowych
    }. Wpisz { $available } lub mniej.
err-deletes-too-many-non-marketing = To zdarzenie usuwa { $count ->
        [one] { $count } kontakt niemarketingowy
        [few] { $count } kontakty niemarketingowe
       *[many] { $count } kontaktów niemarketingowych
    } dnia { $at }, ale masz wtedy tylko { $available ->
        [one] { $available } kontakt niemarketingowy
        [few] { $available } kontakty niemarketingowe
       *[many] { $available } kontaktów niemarketingowych
    }. Wpisz { $available } lub mniej.
err-event-before-as-of = { $at } wypada przed { $as_of }, dniem, na który podano liczby kontaktów. Wybierz późniejszy dzień.
err-end-before-start = { $end } wypada przed { $start }. Wybierz późniejszą datę końcową.
err-missing-field = Uzupełnij to pole.
# Kształt pliku lub linku, jako zdanie po "x.json nie jest scenariuszem
# Tierwise:" (nazwa pola lub ścieżka stoi przed nim).
err-syntax = to nie jest poprawny JSON (wiersz { $line }, kolumna { $column })
err-too-large = jest za duży dla tej strony ({ $size } B; najwyżej { $max } B)
err-newer-version = utworzyła go nowsza wersja Tierwise (format { $version }); odśwież stronę, aby pobrać najnowszą wersję
err-bad-version = tej wersji ({ $value }) ta strona nie odczyta (odczytuje format 1)
err-unknown-field = „{ $field }” nie jest tu polem; sprawdź pisownię
err-duplicate-field = „{ $field }” podano dwa razy
err-wrong-type = tu trzeba podać { $expected ->
        [whole_number] liczbę całkowitą
        [number] liczbę
        [text] tekst w cudzysłowie
        [true_false] wartość true lub false
        [list] listę ([…])
        [object] obiekt ({"{…}"})
       *[other] wartość innego rodzaju
    }, a nie { $found }
err-not-a-choice = „{ $value }” nie jest jedną z możliwości ({ $choices })
err-not-an-object = scenariusz musi być obiektem JSON ({"{…}"})
err-unexpected-field = „{ $field }” nie pasuje do tego rodzaju zdarzenia
err-bad-schedule = { $detail ->
        [per_day_with_at] dzienny przyrost (per_day) wymaga from i to, a nie at
        [through_without_every] „through” wymaga every: "month"
        [no_schedule] potrzebna jest data (at) albo from i to dla dziennego przyrostu
        [mixed_schedule] potrzebna jest albo data (at), albo from i to, nie oba naraz
        [tier_action_daily] zmiana poziomu następuje raz: podaj datę (at), a nie from i to
       *[other] podane daty nie tworzą harmonogramu
    }
err-invalid-threshold = Wpisz wartości procentowe od 1 do 99; { $value } do nich nie należy.
err-history-out-of-order = { $date } nie następuje po { $previous }; wiersze muszą być w kolejności rosnącej, po jednym na dzień
err-not-csv = plik nie jest plikiem tekstowym CSV (zawiera dane binarne); wyeksportuj użycie jako CSV i spróbuj ponownie
err-csv-header = nagłówek to "{ $found }"; musi brzmieć date,billed lub date,billed,non_marketing
err-csv-columns = ma { $found ->
        [one] { $found } komórkę
        [few] { $found } komórki
       *[many] { $found } komórek
    }; nagłówek ma { $expected }
err-not-a-count = "{ $value }" nie jest liczbą całkowitą
err-invoice-line = "{ $found }" nie jest datą i kwotą, np. "Dec 11, 2026, $123.45"
err-too-many = Liczba: { $count }, a dozwolone maksimum to { $max }.
err-too-long = Wpisz najwyżej { $max ->
        [one] { $max } znak
        [few] { $max } znaki
       *[many] { $max } znaków
    } (obecnie: { $length }).
err-invalid-currency = Wpisz trzyliterowy kod waluty, np. USD.
err-bands-not-increasing = Każdy przedział cenowy musi zaczynać się powyżej poprzedniego ({ $from } nie jest powyżej { $previous }).
err-line = Wiersz { $n }
err-column = Wiersz { $n }, kolumna { $c }

## Warnings, in the person's words.

warn-who-event = Zdarzenie { $n }
warn-who-history = Wiersz historii { $n }
warn-who-trial = Próbny import doradcy
warn-example-prices = Ceny pochodzą z wbudowanego cennika przykładowego, a nie z oficjalnego cennika.
warn-term-not-sold = Wersja { $edition } nie jest sprzedawana w opcji „{ $term }”, więc rzeczywisty rachunek może być inny.
warn-billing-longer-than-term = Rozliczenie roczne przy umowie miesięcznej: obniżenie poziomu przy miesięcznym odnowieniu nie daje uznania na rachunku.
warn-cap-below-current = Limit { $cap ->
        [one] { $cap } kontaktu marketingowego
        [few] { $cap } kontaktów marketingowych
       *[many] { $cap } kontaktów marketingowych
    } jest niższy niż { $billed ->
        [one] { $billed } kontakt rozliczany
        [few] { $billed } kontakty rozliczane
       *[many] { $billed } kontaktów rozliczanych
    } pierwszego dnia.
warn-cap-blocked = { $who }: limit { $cap } pozostawił { $blocked } z { $requested ->
        [one] { $requested } kontaktu
        [few] { $requested } kontaktów
       *[many] { $requested } kontaktów
    } jako { $blocked ->
        [one] niemarketingowy
        [few] niemarketingowe
       *[many] niemarketingowe
    }.
warn-downgrade-refused = { $who }: przy odnowieniu odrzucono obniżenie do poziomu { $tier }, ponieważ { $billed ->
        [one] rozliczany jest { $billed } kontakt
        [few] rozliczane są { $billed } kontakty
       *[many] rozliczanych jest { $billed } kontaktów
    }.
warn-downgrade-not-lower = { $who }: poziom { $requested } nie jest niższy niż obecny poziom { $tier }, więc prośbę pominięto.
warn-downgrade-replaced = { $who }: prośba o poziom { $requested } zastępuje wcześniejszą prośbę o poziom { $previous }.
warn-change-tier-not-higher = { $who }: poziom { $requested } nie jest wyższy niż obecny poziom { $tier }, więc zmianę pominięto; niższy poziom wymaga prośby o obniżenie, która zaczyna obowiązywać przy odnowieniu.
warn-event-after-until = { $who } wypada po ostatnim symulowanym dniu ({ $until }), więc wyniki go nie obejmują.
warn-charge-after-until = Opłata { $amount } za podwyższenie zostanie naliczona dnia { $date }, po ostatnim symulowanym dniu; suma jej nie obejmuje.
warn-advice-limited = { $computed ->
        [0] Wyszukiwanie przerwano, zanim udało się obliczyć oszczędność dla { $upgrades ->
            [one] tego podwyższenia
            [few] któregokolwiek z { $upgrades } podwyższeń
           *[many] któregokolwiek z { $upgrades } podwyższeń
        }.
       *[other] Oszczędności obliczono tylko dla { $computed ->
            [one] pierwszego
            [few] pierwszych { $computed }
           *[many] pierwszych { $computed }
        } z { $upgrades ->
            [one] { $upgrades } podwyższenia
            [few] { $upgrades } podwyższeń
           *[many] { $upgrades } podwyższeń
        }.
    }
scenarios-group = Scenariusze
compare-scenarios = Porównaj scenariusze
you-typed = (wpisano "{ $text }")
advisor-loading = Wczytywanie doradcy…
bill-check-loading = Wczytywanie sprawdzania faktury…
part-failed = Nie udało się wczytać sekcji „{ $part }” ({ $why }). Sprawdź połączenie i spróbuj ponownie; reszta strony działa normalnie.
try-again = Spróbuj ponownie
language-failed = Nie udało się wczytać tekstów w wersji językowej „{ $language }” ({ $why }), więc strona pozostaje w obecnym języku. Sprawdź połączenie i wybierz język ponownie.

## Check a real bill.

rule-edition-label = Zasady (wydanie artykułu pomocy)
rule-current = Obecne
rule2020 = 2020
rule-hint = 2020: oczekujące kontakty przestają się liczyć 1. dnia następnego miesiąca lub przy odnowieniu, zależnie od tego, co nastąpi wcześniej
audit-h = 5. Sprawdź prawdziwą fakturę
audit-hint = Dodaj historię użycia i opłaty z faktury. Wszystko zostaje w tej przeglądarce: nic nie jest wysyłane.
history-as-of = Wczytano historię użycia zawierającą { $rows ->
        [one] { $rows } wartość dzienną
        [few] { $rows } wartości dzienne
       *[many] { $rows } wartości dziennych
    }: symulacja zaczyna się od jej pierwszej daty, { $first }, i jej liczb; liczby poniżej obowiązują tylko bez historii.
explained-by = Wyjaśnienie: { $how }.
explained-or = { " " }lub{ " " }
no-explanation = Żadna inna kombinacja założeń tego nie wyjaśnia: sprawdź historię, poziom i cennik.
change-processing = przetwarzanie o { $time } zamiast { $was }
change-daily = naliczanie proporcjonalne według dni
change-seconds = naliczanie proporcjonalne co do sekundy
change-no-proration = bez naliczania proporcjonalnego (cały okres)
change-half-up = zaokrąglanie połówek w górę
change-half-even = zaokrąglanie połówek do parzystej
change-net = jedna pozycja netto na każde podwyższenie, zaokrąglona raz
change-per-line = naliczanie proporcjonalne zaokrąglane w każdej pozycji (uznanie i obciążenie)
change-clamp = daty aktualizacji w ostatnim dniu krótkich miesięcy
change-roll = daty aktualizacji przesunięte na 1. dzień po krótkich miesiącach
processing-time-short = przetwarzanie o
chart-history = historia
my-account = Moje konto
name-copy = { $name } (kopia)
name-monthly = { $name } (umowa miesięczna)
name-annual = { $name } (umowa roczna)
name-after-update = { $name } (import po dacie aktualizacji)
desc-recurring = Poziom { $tier }, od { $from } do { $to }
desc-upgrade = Podwyższenie z poziomu { $from } do { $to }: { $share } różnicy cen
desc-credit = Uznanie za niewykorzystany poziom { $from }: { $share }
desc-charge = Poziom { $to } na resztę okresu: { $share }
share-days = { $left }/{ $of ->
        [one] { $of } dzień
        [few] { $of } dni
       *[many] { $of } dni
    }
share-seconds = { $fraction } okresu
share-whole = cały okres
edit-history = Historia edycji
results-region = Wyniki
key-figures = Najważniejsze wyniki
history-imported = Zaimportowano { $rows ->
        [one] { $rows } wartość dzienną
        [few] { $rows } wartości dzienne
       *[many] { $rows } wartości dziennych
    } z pliku { $name }. „Cofnij” przywraca poprzedni stan.

## The advisor, the bill check and the embed's question.

ask-h = Ile mnie to będzie kosztować?
ask-intro = Wpisz dane konta tak, jak widnieją na rachunku, i to, co planujesz.
ask-marketing = Kontakty marketingowe dziś
ask-tier = Twój poziom kontaktów
ask-plan = Co planujesz
ask-plan-import = Import kontaktów jako marketingowych
ask-plan-clean = Ustawienie kontaktów jako niemarketingowych
ask-count = Ile kontaktów
ask-on = Dnia
ask-upgrade = Jeśli dnia { $on } zaimportujesz { $n ->
        [one] { $n } kontakt
        [few] { $n } kontakty
       *[many] { $n } kontaktów
    }, będziesz mieć { $billed ->
        [one] { $billed } rozliczany kontakt
        [few] { $billed } rozliczane kontakty
       *[many] { $billed } rozliczanych kontaktów
    }, czyli więcej, niż mieści Twój poziom { $tier }. Od razu przejdziesz na poziom { $to }, a dnia { $charge } zostanie naliczona opłata { $amount }.
ask-until-renewal = Do odnowienia dnia { $renewal } kosztuje to łącznie { $cost }, a poziom nie zostanie wcześniej obniżony.
ask-avoid = Aby tego uniknąć, zaimportuj o { $fewer ->
        [one] { $fewer } kontakt mniej albo ustaw { $fewer } kontakt jako niemarketingowy
        [few] { $fewer } kontakty mniej albo ustaw { $fewer } kontakty jako niemarketingowe
       *[many] { $fewer } kontaktów mniej albo ustaw { $fewer } kontaktów jako niemarketingowe
    } przed { $deadline }.
ask-avoid-fewer = Aby tego uniknąć, zaimportuj o { $fewer ->
        [one] { $fewer } kontakt
        [few] { $fewer } kontakty
       *[many] { $fewer } kontaktów
    } mniej.
ask-fits = Jeśli dnia { $on } zaimportujesz { $n ->
        [one] { $n } kontakt
        [few] { $n } kontakty
       *[many] { $n } kontaktów
    }, pozostaniesz na swoim poziomie { $tier }: nie zapłacisz nic więcej, a { $room ->
        [one] zmieściłby się jeszcze { $room } kontakt
        [few] zmieściłyby się jeszcze { $room } kontakty
       *[many] zmieściłoby się jeszcze { $room } kontaktów
    }.
ask-clean = Jeśli dnia { $on } ustawisz { $n ->
        [one] { $n } kontakt jako niemarketingowy, przestaniesz za niego płacić od { $update }, najbliższej daty aktualizacji po tym dniu; do tego czasu nadal się liczy.
        [few] { $n } kontakty jako niemarketingowe, przestaniesz za nie płacić od { $update }, najbliższej daty aktualizacji po tym dniu; do tego czasu nadal się liczą.
       *[many] { $n } kontaktów jako niemarketingowe, przestaniesz za nie płacić od { $update }, najbliższej daty aktualizacji po tym dniu; do tego czasu nadal się liczą.
    }
ask-no-downgrade = Twój poziom pozostanie { $tier } do odnowienia dnia { $renewal }: poziom nigdy nie spada przed odnowieniem, więc wtedy poproś o niższy.
ask-open-full = Otwórz to w pełnym kalkulatorze
ask-chart = Rozliczane kontakty i Twój poziom, dzień po dniu
ask-fix = Sprawdź, co wpisano:
advisor-waiting = Doradca odpowie, gdy scenariusz nie będzie zawierał błędów.
advisor-updating = Aktualizuję odpowiedzi po Twojej ostatniej zmianie…
adv-growth = Wzrost
adv-growth-unit = Jednostka wzrostu
adv-per-day = kontakty dziennie
adv-percent = % miesięcznie (procent składany)
adv-growth-hint = np. przepływ pracy, który zmienia kontakty na marketingowe
adv-import = Następny import (kontakty)
adv-window-from = Okno importu od
adv-window-to = do
adv-cap = Limit do sprawdzenia
adv-standing-h = Stan obecny
adv-standing = Dnia { $now } konto ma poziom { $tier } i { $billed ->
        [one] { $billed } rozliczany kontakt
        [few] { $billed } rozliczane kontakty
       *[many] { $billed } rozliczanych kontaktów
    }: jest miejsce na jeszcze { $headroom ->
        [one] { $headroom } kontakt
        [few] { $headroom } kontakty
       *[many] { $headroom } kontaktów
    }, zanim poziom zostanie przekroczony.
adv-renewal = { " " }Poziom może spaść najwcześniej przy odnowieniu { $at } (Twój czas: { $viewer }); nigdy wcześniej.
adv-stay-h = Utrzymanie poziomu
adv-no-upgrade = Ten scenariusz nie powoduje automatycznego podwyższenia.
adv-stay = Dnia { $at } liczba rozliczanych kontaktów osiąga { $billed }, czyli przekracza poziom { $from }, więc konto od razu przechodzi na poziom { $to }, a następnego dnia zostaje naliczona opłata { $charge }.
adv-stay-plan = Wprowadzone razem, te zmiany sprawiają, że Twój plan nie spowoduje żadnego podwyższenia do { $until }:
adv-change-import = { $event }: zaimportuj o { $contacts ->
        [one] { $contacts } kontakt
        [few] { $contacts } kontakty
       *[many] { $contacts } kontaktów
    } mniej.
adv-change-import-each = { $event }: za każdym razem importuj o { $contacts ->
        [one] { $contacts } kontakt
        [few] { $contacts } kontakty
       *[many] { $contacts } kontaktów
    } mniej.
adv-change-daily = { $event }: dodawaj dziennie o { $contacts ->
        [one] { $contacts } kontakt
        [few] { $contacts } kontakty
       *[many] { $contacts } kontaktów
    } mniej.
adv-change-set-marketing = { $event }: ustaw jako marketingowe o { $contacts ->
        [one] { $contacts } kontakt
        [few] { $contacts } kontakty
       *[many] { $contacts } kontaktów
    } mniej.
adv-change-set-marketing-each = { $event }: za każdym razem ustawiaj jako marketingowe o { $contacts ->
        [one] { $contacts } kontakt
        [few] { $contacts } kontakty
       *[many] { $contacts } kontaktów
    } mniej.
adv-change-or = { " " }Albo ustaw { $contacts ->
        [one] { $contacts } kontakt jako niemarketingowy
        [few] { $contacts } kontakty jako niemarketingowe
       *[many] { $contacts } kontaktów jako niemarketingowe
    } przed { $deadline } (Twój czas: { $viewer }), czyli przed najbliższym przetwarzaniem zmian; w chwili przetwarzania będzie już za późno.
adv-change-no-processing = { " " }Ustawienie kontaktów jako niemarketingowe nic by tu nie dało: wcześniej nie ma żadnej daty aktualizacji, więc nadal by się liczyły.
adv-change-not-instead = { " " }Ustawienie kontaktów jako niemarketingowe przed datą aktualizacji nie pozwoliłoby uniknąć podwyższenia po wprowadzeniu pozostałych zmian.
adv-stay-total = Razem oszczędzają { $saving } w całym okresie.
adv-unavoidable-history = Dnia { $at } historia użycia przekracza poziom { $from } i konto przechodzi na { $to }. To już się stało, więc żadna zmiana planu tego nie zmieni.
adv-unavoidable-removals = Dnia { $at } konto przeszłoby z { $from } na { $to }. Mniejszy import przed tym dniem nic nie da: plan później usuwa lub zmienia więcej kontaktów, niż by wtedy zostało.
adv-unavoidable-limit = Dnia { $at } konto przeszłoby z { $from } na { $to }. Plan ma zbyt wiele podwyższeń, by porady mogły objąć także to.
ev-import-on = Import z dnia { $date }
ev-monthly-import = Comiesięczny import od { $date }
ev-daily = Codzienne dodawanie od { $from } do { $to }
ev-set-marketing-on = Ustawienie kontaktów jako marketingowe dnia { $date }
ev-monthly-set-marketing = Comiesięczne ustawianie kontaktów jako marketingowe od { $date }
ev-daily-set-marketing = Codzienne ustawianie kontaktów jako marketingowe od { $from } do { $to }
adv-saving = { " " }Oszczędność: { $saving } w całym okresie.
adv-forecast-h = Prognoza przekroczeń
adv-forecast-hint = Podaj tempo wzrostu, aby zobaczyć, kiedy zostanie przekroczony każdy próg i poziom oraz ile każde przekroczenie będzie kosztować do odnowienia.
adv-forecast-none = W tym tempie do { $through } nie zostanie przekroczony żaden próg ani poziom; { $billed ->
        [one] rozliczany będzie wtedy { $billed } kontakt
        [few] rozliczane będą wtedy { $billed } kontakty
       *[many] rozliczanych będzie wtedy { $billed } kontaktów
    }.
adv-forecast-end = Do { $through }: { $billed ->
        [one] { $billed } rozliczany kontakt
        [few] { $billed } rozliczane kontakty
       *[many] { $billed } rozliczanych kontaktów
    }. Koszt podwyższenia do odnowienia to jego opłata proporcjonalna plus różnica cen za każdy okres rozliczeniowy przed odnowieniem.
adv-cross-threshold = { $p }% z { $tier } (powiadomienie w ciągu 24–48 h)
adv-cross-tier = { $tier } przekroczony: podwyższenie do { $to }
adv-when = Kiedy
adv-what = Co
adv-billed = Rozliczane
adv-cost-to-renewal = Koszt do odnowienia
adv-marginal-h = Koszt krańcowy
adv-one = Jeden kontakt marketingowy więcej kosztuje teraz { $today } dziś, { $renewal } do odnowienia i { $horizon } w całym okresie.
adv-import-fits = { $n ->
        [one] { $n } kontakt zaimportowany teraz mieści się
        [few] { $n } kontakty zaimportowane teraz mieszczą się
       *[many] { $n } kontaktów zaimportowanych teraz mieści się
    } w poziomie: { $today } dziś, { $renewal } do odnowienia, { $horizon } w całym okresie.
adv-import-up = Jeśli zaimportujesz teraz { $n ->
        [one] { $n } kontakt
        [few] { $n } kontakty
       *[many] { $n } kontaktów
    }, konto przejdzie na poziom { $tier }: { $today } naliczone jutro, łącznie { $renewal } do odnowienia, { $horizon } w całym okresie.
adv-timing-h = Termin
adv-timing = Najtańszym dniem, by zaimportować { $n ->
        [one] { $n } kontakt
        [few] { $n } kontakty
       *[many] { $n } kontaktów
    } między { $from } a { $to }, jest { $best }: { $cost }, czyli o { $saved } mniej niż w najdroższym dniu, { $worst }.
adv-on-top-of-plan = { " " }(Ponad wszystko, co plan już dodaje.)
adv-other-imports-as-planned = { " " }(Pozostałe importy zgodnie z planem.)
adv-timing-planned = Zaplanowany na { $day } import ({ $n ->
        [one] { $n } kontakt
        [few] { $n } kontakty
       *[many] { $n } kontaktów
    }) zwiększa rachunek o { $cost }.
adv-timing-flat = Jeśli zaimportujesz { $n ->
        [one] { $n } kontakt
        [few] { $n } kontakty
       *[many] { $n } kontaktów
    } w dowolnym dniu między { $from } a { $to }, zapłacisz { $cost }.
adv-timing-free = Najtańszym dniem, by zaimportować { $n ->
        [one] { $n } kontakt
        [few] { $n } kontakty
       *[many] { $n } kontaktów
    } między { $from } a { $to }, jest { $best }: do { $through } nie zwiększa to rachunku, bo Twój poziom już wtedy { $n ->
        [one] go mieści albo żadna data aktualizacji nie liczy go
        [few] je mieści albo żadna data aktualizacji nie liczy ich
       *[many] je mieści albo żadna data aktualizacji nie liczy ich
    } przed tym dniem. W najdroższym dniu, { $worst }, rachunek wzrasta o { $saved }.
adv-timing-flat-free = Jeśli zaimportujesz { $n ->
        [one] { $n } kontakt
        [few] { $n } kontakty
       *[many] { $n } kontaktów
    } w dowolnym dniu między { $from } a { $to }, do { $through } nie zwiększy to rachunku: Twój poziom już wtedy { $n ->
        [one] go mieści albo żadna data aktualizacji nie liczy go
        [few] je mieści albo żadna data aktualizacji nie liczy ich
       *[many] je mieści albo żadna data aktualizacji nie liczy ich
    } przed tym dniem.
adv-timing-busy = Sprawdzam każdy dzień okna…
adv-timing-through = Koszty są liczone do { $through }, dnia przed odnowieniem następującym po oknie, bo poziom nie może spaść wcześniej. Importy następują o 00:00, po przetworzeniu zmian z tego dnia.
adv-day = Dzień
adv-import-cost = Koszt importu
note-cheapest = najtańszy
note-dearest = najdroższy
note-window-start = pierwszy dzień okna
note-before-update = dzień przed datą aktualizacji
note-update = data aktualizacji: oczekujące kontakty właśnie przestały się liczyć
note-after-renewal = dzień po odnowieniu
note-window-end = ostatni dzień okna
adv-terms-h = Wybór umowy
adv-terms-hint = To samo wykorzystanie przy każdej umowie. „Koszt wykorzystanych poziomów” sumuje poziom z każdego dnia według jego ceny miesięcznej (umowy miesięczne × { $factor }), więc umowy można porównać niezależnie od dat rozliczeń; „zafakturowano” to kwoty wymagalne w okresie (przy rozliczeniu rocznym pobiera się opłatę za rok z góry).
adv-term-col = Umowa
adv-accrued = Koszt wykorzystanych poziomów
adv-invoiced = Zafakturowano
adv-not-sold = poza ofertą dla tej wersji
adv-current = Twoja
adv-cap-h = Limit
adv-cap-text = Limit { $cap ->
        [one] { $cap } kontaktu marketingowego
        [few] { $cap } kontaktów marketingowych
       *[many] { $cap } kontaktów marketingowych
    } zatrzymałby { $blocked ->
        [one] { $blocked } kontakt jako niemarketingowy
        [few] { $blocked } kontakty jako niemarketingowe
       *[many] { $blocked } kontaktów jako niemarketingowe
    }, a rachunek za cały okres wyniósłby { $with } zamiast { $without }: o { $diff } mniej, z { $up_with ->
        [one] { $up_with } podwyższeniem
        [few] { $up_with } podwyższeniami
       *[many] { $up_with } podwyższeniami
    } zamiast { $up_without }.
adv-cap-nothing = Limit { $cap ->
        [one] { $cap } kontaktu marketingowego
        [few] { $cap } kontaktów marketingowych
       *[many] { $cap } kontaktów marketingowych
    } niczego by w tym scenariuszu nie zablokował: rachunek nadal wynosi { $without }.
history-h = Historia użycia
history-drop = Upuść tutaj plik CSV z nagłówkiem date,billed albo{ " " }
history-choose = wybierz plik
history-hint = Jeden wiersz na dzień, w strefie czasowej konta, tak jak na wykresie na stronie użycia. Brakujący dzień zachowuje poprzednią liczbę. Opcjonalna trzecia kolumna, non_marketing, jest używana, jeśli istnieje.
history-summary = Historia: { $rows ->
        [one] { $rows } wartość dzienna
        [few] { $rows } wartości dzienne
       *[many] { $rows } wartości dziennych
    } od { $first } do { $last }. Zastępuje zdarzenia kontaktów w tych dniach; zaplanowane zdarzenia po { $last } zaczynają od jej ostatniej liczby.
history-remove = Usuń historię
history-rejected = Nie zaimportowano { $name }; niczego nie zmieniono. Popraw te wiersze i spróbuj ponownie:
invoice-h = Opłaty z faktury
invoice-label = Wklej opłaty z faktury, po jednej w wierszu: data i kwota
invoice-check = Sprawdź fakturę
invoice-clear = Wyczyść fakturę
invoice-rejected = Tych opłat nie sprawdzono; poprzednie pozostają. Popraw te wiersze:
audit-matches = Faktura zgadza się z symulacją: każda opłata jest wyjaśniona.
audit-summary = { $ok } z { $n ->
        [one] { $n } opłaty
        [few] { $n } opłat
       *[many] { $n } opłat
    } { $ok ->
        [one] zgadza się
        [few] zgadzają się
       *[many] zgadza się
    }.
audit-missing = { " " }{ $missing ->
        [one] { $missing } symulowana opłata nie występuje
        [few] { $missing } symulowane opłaty nie występują
       *[many] { $missing } symulowanych opłat nie występuje
    } na fakturze.
on-invoice = Na fakturze
simulated = W symulacji
verdict = Ocena
verdict-matches = Zgadza się
verdict-differs = Różni się o { $diff }
verdict-rounding = Różni się o { $diff }: różnica z zaokrąglenia
verdict-not-simulated = Brak w symulacji
verdict-missing = Brak na fakturze
try-all = Wypróbuj wszystkie założenia
try-all-hint = Symuluje wszystkie 48 kombinacji godziny przetwarzania, naliczania proporcjonalnego, zaokrąglania, pozycji i końca miesiąca.
try-all-found = { $n } z 48 kombinacji { $n ->
        [one] zgadza się
        [few] zgadzają się
       *[many] zgadza się
    } dokładnie z fakturą:
try-all-none = Żadna z 48 kombinacji nie zgadza się dokładnie z fakturą. Sprawdź historię, poziom i cennik.
use-these = Użyj tych ustawień
