// A sales tool using the API: quote an import, and show errors as values.
import init, { simulate, validate, supportedZones, examplePrices, tryEveryAssumption, parseHistoryCsv, parseInvoice, advise } from './tierwise.js';

await init();
const scenario = {
  version: 1,
  account: { edition: 'professional', term: 'annual', billing: 'monthly', start: '2026-01-01',
             as_of: '2026-11-26', tier: 7000 },
  contacts: { marketing: 5200, non_marketing: 20000 },
  events: [{ at: '2026-12-20', action: 'add_marketing', count: 3000 }],
  until: '2027-12-31',
};
const r = simulate(scenario);
const out = document.getElementById('result');
if (r.ok) {
  const u = r.result.upgrades[0];
  out.textContent = `upgrade ${u.from_tier} → ${u.to_tier}, ${u.amount} ${r.result.currency} on ${u.charge_date}; total ${r.result.total}`;
} else {
  out.textContent = r.errors.map((e) => e.message).join('\n');
}
// For tests and the console.
window.tierwise = { simulate, validate, supportedZones, examplePrices, tryEveryAssumption, parseHistoryCsv, parseInvoice, advise };
