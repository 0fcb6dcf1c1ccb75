// Rows several element tests share, each a worked example whose results the
// tests check: change one and every test that uses it checks a new answer.

/**
 * Four customers from January: d leaves in February (1 of 4: 25 %), nobody in
 * March (0 %), b expands in April, the last month. ARPA at the end of April =
 * (100 + 120 + 140) ÷ 3 = 120; churn = mean(25 %, 0 %) = 12.5 % (January has
 * no customers at its start: skipped). CLV = 120 × 0.8 ÷ 0.125 = 768.
 */
export const CLV_CHANGES = [
  { customerId: 'a', date: '2026-01-05', mrr: 100 },
  { customerId: 'b', date: '2026-01-10', mrr: 100 },
  { customerId: 'c', date: '2026-01-15', mrr: 140 },
  { customerId: 'd', date: '2026-01-20', mrr: 50 },
  { customerId: 'd', date: '2026-02-10', mrr: 0 },
  { customerId: 'b', date: '2026-04-03', mrr: 120 },
];

/**
 * x orders in January (2) and February (1): 2 active months; y once in March: 1.
 * AOV = 200 ÷ 4 = 50; frequency = 4 orders ÷ 3 customer-months; lifespan = 1.5.
 */
export const ORDERS = [
  { customerId: 'x', date: '2026-01-03', amount: 40 },
  { customerId: 'x', date: '2026-01-20', amount: 60 },
  { customerId: 'x', date: '2026-02-11', amount: 50 },
  { customerId: 'y', date: '2026-03-01', amount: 50 },
];

/** Five customers over 15 months (2025-01 … 2026-03): enough history for NRR and GRR over 12 months. */
export const CARD_CHANGES = [
  { customerId: 'a', date: '2025-01-05', mrr: 100 },
  { customerId: 'b', date: '2025-01-10', mrr: 200 },
  { customerId: 'c', date: '2025-02-15', mrr: 150 },
  { customerId: 'd', date: '2025-04-20', mrr: 50 },
  { customerId: 'b', date: '2025-07-01', mrr: 250 },
  { customerId: 'c', date: '2025-09-03', mrr: 0 },
  { customerId: 'e', date: '2025-11-11', mrr: 300 },
  { customerId: 'a', date: '2026-02-02', mrr: 80 },
  { customerId: 'd', date: '2026-03-09', mrr: 0 },
  { customerId: 'e', date: '2026-03-20', mrr: 360 },
];
