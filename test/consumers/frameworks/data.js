// The rows every framework app passes as a property (scripts/test-consumers.mjs
// computes the expected NPS from the same rows with the packed engine).
export const responses = [
  { score: 10, date: '2026-03-01' },
  { score: 9, date: '2026-03-02' },
  { score: 9, date: '2026-03-03' },
  { score: 7, date: '2026-03-04' },
  { score: 3, date: '2026-03-05' },
  { score: 0, date: '2026-03-06' },
  { score: 10, date: '2026-03-07' },
];

export const changes = [
  { customerId: 'a', date: '2026-01-05', mrr: 100 },
  { customerId: 'b', date: '2026-01-10', mrr: 50 },
  { customerId: 'c', date: '2026-02-03', mrr: 70 },
  { customerId: 'a', date: '2026-02-20', mrr: 150 },
  { customerId: 'b', date: '2026-03-01', mrr: 0 },
  { customerId: 'c', date: '2026-04-11', mrr: 30 },
  { customerId: 'd', date: '2026-04-15', mrr: 90 },
];
