// A sales tool's use of the `tierwise` package, in TypeScript: compiled with
// `tsc --strict` against the package's own types, then run in Node and in
// a browser (tests/e2e/api_package.test.mjs). It fails on the first check
// that does not hold, naming it.
import init, {
  advise,
  examplePrices,
  parseHistoryCsv,
  parseInvoice,
  simulate,
  supportedZones,
  tryEveryAssumption,
  validate,
} from 'tierwise';
import type { Error as ApiError, Outcome, Questions, Scenario } from 'tierwise';

function check(holds: boolean, what: string): void {
  if (!holds) throw new Error(`client: ${what}`);
}

function equal<T>(got: T, want: T, what: string): void {
  check(got === want, `${what}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
}

/** The quote from the README: 3,000 contacts imported on Dec 20. */
const quote: Scenario = {
  version: 1,
  account: {
    edition: 'professional',
    term: 'annual',
    billing: 'monthly',
    start: '2026-01-01',
    as_of: '2026-11-26',
    tier: 7000,
  },
  contacts: { marketing: 5200, non_marketing: 20000 },
  events: [{ at: '2026-12-20', action: 'add_marketing', count: 3000 }],
  until: '2027-12-31',
};

/** Every check; resolves when they all hold. */
export async function run(): Promise<string> {
  await init();

  // Figures: counts are numbers, money is a decimal string.
  const r = simulate(quote);
  check(r.ok, 'the quote simulates');
  if (!r.ok) return 'unreachable';
  const outcome: Outcome = r.result;
  const up = outcome.upgrades[0];
  equal(typeof up.from_tier, 'number', 'a tier is a number');
  equal(up.from_tier + 0, 7000, 'the tier before');
  equal(up.to_tier, 12000, 'the tier after');
  equal(up.amount, '87.10', 'the prorated charge');
  equal(up.charge_date, '2026-12-21', 'the charge is dated the next day');
  equal(outcome.total, '16112.10', 'the total');
  equal(outcome.currency, 'USD', 'the currency');
  check(outcome.days.every((d) => d.billed === d.marketing + d.pending_non_marketing), 'billed = marketing + pending');
  check(outcome.advice.stay_in_tier.length === 1, 'one way to stay in the tier');

  // Without the day series: the same figures, no row per day.
  const quick = simulate(quote, { days: false });
  check(quick.ok && quick.result.days.length === 0 && quick.result.total === outcome.total, 'days: false leaves out only the days');
  check(quick.ok && quick.result.invoice_lines.length === outcome.invoice_lines.length, 'the same invoice lines');
  for (const notPlain of [[false], new Map([['days', false]]), new Date()]) {
    const r = simulate(quote, notPlain as never);
    check(!r.ok && r.errors[0].path === 'options', `options must be a plain object, not ${String(notPlain)}`);
  }
  const misspelt = simulate(quote, { day: false } as never);
  check(!misspelt.ok && misspelt.errors[0].path === 'options.day', 'an unknown option is refused at its path');

  // The same scenario as JSON text gives the same figures.
  const again = simulate(JSON.stringify(quote));
  check(again.ok && again.result.total === outcome.total, 'JSON text gives the same total');

  // Errors are values with a path, a code and numbers as numbers.
  const bad = simulate({ ...quote, contacts: { marketing: -5 } });
  check(!bad.ok, 'a negative count is refused');
  if (bad.ok) return 'unreachable';
  const first: ApiError = bad.errors[0];
  equal(first.path, 'contacts.marketing', 'the error names the field');
  equal(first.code, 'negative', 'the error code');
  check(first.message.length > 0, 'the error has an English message');
  const all = validate({ ...quote, until: 'soon', account: { ...quote.account, start: '2026-13-01' } });
  check(!all.ok && all.errors.length === 2, 'validate lists every problem');
  const big = validate({ ...quote, contacts: { marketing: 5_000_000_000 } });
  const tooBig = big.errors.find((e) => e.code === 'too_big');
  check(tooBig !== undefined && tooBig.params.max === 1_000_000_000, 'a limit is a number in params');

  // Optional fields may be left out; the advisor's questions too.
  const minimal: Scenario = {
    version: 1,
    account: { edition: 'starter', term: 'monthly', start: '2026-03-15' },
    contacts: { marketing: 900 },
    until: '2026-12-31',
  };
  check(validate(minimal).ok, 'a minimal scenario is valid');
  const questions: Questions = { import: 500 };
  const a = advise(minimal, questions);
  check(a.ok, 'the advisor answers');
  if (!a.ok) return 'unreachable';
  equal(a.result.marginal?.import, 500, 'the import asked about');
  check(advise(minimal).ok, 'the questions are optional');

  // Checking a real bill.
  const history = parseHistoryCsv('date,billed\n2026-03-01,1800\n2026-03-24,2100\n');
  const invoice = parseInvoice('2026-03-01, $800.00\n2026-03-25, 58.07');
  check(history.ok && invoice.ok, 'the history and the invoice read');
  if (!history.ok || !invoice.ok) return 'unreachable';
  const bill: Scenario = {
    version: 1,
    account: { edition: 'professional', term: 'annual', billing: 'monthly', start: '2026-01-01', tier: 2000 },
    contacts: { marketing: 1800 },
    until: '2026-03-31',
    history: history.result,
    invoice: invoice.result,
  };
  const audited = simulate(bill);
  check(audited.ok && audited.result.audit?.charges[1].difference === '0.01', 'the audit finds the cent');
  const found = tryEveryAssumption(bill);
  check(found.ok && found.result.length === 8, 'eight assumption sets explain the bill');
  const badCsv = parseHistoryCsv('date,billed\n2026-03-01,lots\n');
  check(!badCsv.ok && badCsv.errors[0].path === 'line 2, column 2 (billed)', 'a bad CSV names its line');

  check(supportedZones().includes('Europe/Stockholm'), 'zones are listed');
  check(examplePrices().example === true, 'the example prices say so');
  return 'ok';
}
