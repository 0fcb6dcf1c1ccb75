// The "From the warehouse" section: asks the demo server whether it computed
// the figures with DuckDB (scripts/demo-warehouse.mjs). If so, the cards get
// their `src`; if not, the section says why and how to get them.
const status = document.querySelector('[data-warehouse-status]');
const cards = document.querySelector('[data-warehouse-cards]');
const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

async function show() {
  if (!status || !cards) return;
  let info;
  try {
    const response = await fetch('/demo/warehouse/status.json');
    info = response.ok ? await response.json() : { available: false, reason: `the server answered ${response.status}` };
  } catch (error) {
    info = { available: false, reason: String(error) };
  }
  if (!info.available) {
    status.textContent =
      `Not available here: ${info.reason}. Install DuckDB (npm install @duckdb/node-api) ` +
      'and restart the demo with npm start to see these figures.';
    cards.remove();
    return;
  }
  status.textContent = `Computed by ${info.engine} when this server started, in ${info.ms} ms.`;
  for (const element of cards.querySelectorAll('[data-warehouse-src]')) {
    element.setAttribute('src', element.getAttribute('data-warehouse-src'));
  }
  // <nps-gauge> reads an object with a `score` as a survey answer, not as the
  // nps() result, so the gauge takes the result's three counts as attributes.
  const gauge = cards.querySelector('[data-warehouse-nps]');
  const result = await (await fetch(gauge.getAttribute('data-warehouse-nps'))).json();
  for (const key of ['promoters', 'passives', 'detractors']) gauge.setAttribute(key, String(result[key]));
  const body = cards.querySelector('[data-warehouse-movements] tbody');
  const rows = await (await fetch('/demo/warehouse/mrr-movements.json')).json();
  for (const row of rows.slice(-3)) {
    const tr = document.createElement('tr');
    for (const value of [row.month, money.format(row.new + row.reactivation), money.format(row.expansion), money.format(row.churn), money.format(row.endMrr)]) {
      const td = document.createElement('td');
      td.textContent = value;
      tr.append(td);
    }
    body?.append(tr);
  }
  cards.hidden = false;
}

show();
