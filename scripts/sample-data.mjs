// A seedable generator of a realistic SaaS dataset in the record shapes of
// SPEC 2.1, for the demo, the stories, the tests and the benchmarks.
//
// Pure ES module: no Node imports, no `Math.random`, no `Date.now`, no
// `Date` at all. The same arguments give the same output, byte for byte,
// in Node and in a browser. Dates are whole days counted from 1970-01-01
// (UTC) and formatted by hand.
//
// The story the data tells (defaults: 3,000 customers over 30 months ending
// 2026-10). The company starts selling in the first month; acquisition grows
// ~4 % a month. Plans are Starter 49, Growth 99 (SMB), Pro 299 (Mid-market)
// and Enterprise 999 a month. Most SMB customers pay monthly and may leave in
// any month (~3–4 % a month); annual contracts (most Mid-market, all
// Enterprise) can only leave at a renewal (~88 % renew). Overall monthly logo
// churn lands around 2–3 %. Customers expand (add-ons, upgrades) and contract;
// about one churned customer in five comes back a few months later (fewer are
// seen back inside the window); a few join and leave within one month; a few
// change twice in a month so that the changes net out. Each customer has a
// hidden sentiment (0..1) that makes churn, scores, tickets and usage agree
// with each other.
//
// Every record has exactly the fields of its SPEC 2.1 shape:
//   mrrChanges   MrrChange      { customerId, date, mrr }
//   customers    Customer       { id, start, end? }  one row a customer: `start`
//                               = first paid day, `end` = last churn day when the
//                               customer is gone at the end (a customer who left
//                               and came back counts as continuously active here;
//                               use `mrrChanges` for the exact history)
//   npsResponses SurveyResponse { score 0–10, date, customerId, comment?, segment }
//   csatResponses               { score 1–5, … } after resolved tickets
//   cesResponses                { score 1–7, … } after resolved tickets
//   orders       Order          { customerId, date, amount } one-off purchases
//                               (add-on packs, services), not subscription invoices
//   tickets      Ticket         { id, createdAt, firstResponseAt?, resolvedAt?,
//                               contacts? } full UTC timestamps; open tickets at the
//                               end of the window have no `resolvedAt`
//   trials       Trial          { id, trialStart, convertedAt? } ~20 % convert
//   renewals     Renewal        { customerId, dueDate, renewed } annual contracts
//   health       HealthInput    { customerId, date, usage, nps?, openTickets,
//                               seatsUsed } at three quarter-ends; `usage` is 0–100,
//                               `nps` is the customer's latest NPS answer on the
//                               0–10 scale (absent when it never answered),
//                               `openTickets` counts its tickets open on that date.
//   usageEvents  UsageEvent     { customerId, date, userId, feature,
//                               durationSeconds? } the last six months, full
//                               UTC timestamps, 1–6 users an account; `first-report`
//                               is the time-to-value milestone

// ---------------------------------------------------------------------------
// Randomness

/** mulberry32: a small, fast, well-mixed 32-bit PRNG. Returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t = (t + Math.imul(t ^ (t >>> 7), t | 61)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed for an independent stream: one per dataset, so that changing one does not shift the others. */
function streamSeed(seed, stream) {
  let h = Math.imul((seed >>> 0) ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(stream + 1, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

function tools(rng) {
  const int = (lo, hi) => lo + Math.floor(rng() * (hi - lo + 1)); // inclusive
  const pick = (list) => list[Math.floor(rng() * list.length)];
  /** Index into `weights` (need not sum to 1). */
  const weighted = (weights) => {
    let total = 0;
    for (const w of weights) total += w;
    let u = rng() * total;
    for (let i = 0; i < weights.length; i++) {
      u -= weights[i];
      if (u < 0) return i;
    }
    return weights.length - 1;
  };
  const normal = () => {
    const u = 1 - rng();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
  };
  /** Log-normal with the given median and log-space spread. */
  const lognormal = (median, sigma) => median * Math.exp(sigma * normal());
  const poisson = (lambda) => {
    const limit = Math.exp(-lambda);
    let k = 0;
    let p = rng();
    while (p > limit) {
      k++;
      p *= rng();
    }
    return k;
  };
  return { rng, int, pick, weighted, normal, lognormal, poisson };
}

// ---------------------------------------------------------------------------
// Calendar (days since 1970-01-01, months as year * 12 + month - 1, UTC)

function daysFromCivil(y, m, d) {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days) {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

const monthFirstDay = (month) => daysFromCivil(Math.floor(month / 12), (month % 12) + 1, 1);
const monthLastDay = (month) => monthFirstDay(month + 1) - 1;
const monthOfDay = (day) => {
  const { y, m } = civilFromDays(day);
  return y * 12 + m - 1;
};
const pad2 = (n) => (n < 10 ? '0' : '') + n;

const dayStrings = new Map();
/** `YYYY-MM-DD` of a day number (cached: the same few thousand days recur). */
export function dayString(day) {
  let s = dayStrings.get(day);
  if (s === undefined) {
    const { y, m, d } = civilFromDays(day);
    s = `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
    dayStrings.set(day, s);
  }
  return s;
}

/** `YYYY-MM-DDTHH:MM:SSZ` of a time in seconds since the epoch. */
function timestampString(seconds) {
  const day = Math.floor(seconds / 86400);
  let rest = seconds - day * 86400;
  const hh = Math.floor(rest / 3600);
  rest -= hh * 3600;
  const mm = Math.floor(rest / 60);
  return `${dayString(day)}T${pad2(hh)}:${pad2(mm)}:${pad2(rest - mm * 60)}Z`;
}

/** The same day of the month `n` months later, clamped to the month's end (Jan 31 + 1 → Feb 28). */
function addMonths(day, n) {
  const { y, m, d } = civilFromDays(day);
  const month = y * 12 + m - 1 + n;
  return Math.min(monthFirstDay(month) + d - 1, monthLastDay(month));
}

function parseEndMonth(end) {
  const match = /^(\d{4})-(\d{2})$/.exec(String(end));
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) {
    throw new RangeError(`end: expected a month as YYYY-MM, got ${JSON.stringify(end)}`);
  }
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

function positiveInt(name, value) {
  if (!Number.isSafeInteger(value) || value < 1) throw new RangeError(`${name}: expected a positive integer, got ${value}`);
  return value;
}

const clamp = (v, lo, hi) => (v < lo ? lo : v > hi ? hi : v);
const idOf = (prefix, n, width) => prefix + String(n).padStart(width, '0');

// ---------------------------------------------------------------------------
// The business

/** The plans on sale; a customer's segment is the size of its company, fixed at sign-up. */
export const PLANS = [
  { name: 'Starter', price: 49, segment: 'SMB', share: 0.42 },
  { name: 'Growth', price: 99, segment: 'SMB', share: 0.33 },
  { name: 'Pro', price: 299, segment: 'Mid-market', share: 0.18 },
  { name: 'Enterprise', price: 999, segment: 'Enterprise', share: 0.07 },
];
export const SEGMENTS = ['SMB', 'Mid-market', 'Enterprise'];

const SEGMENT = {
  SMB: { annualShare: 0.2, monthlyChurn: 0.043, tickets: 0.16, orders: 0.05, npsRate: 0.28, orderPrices: [19, 29, 49, 79, 149] },
  'Mid-market': { annualShare: 0.6, monthlyChurn: 0.027, tickets: 0.45, orders: 0.12, npsRate: 0.35, orderPrices: [149, 299, 499, 750] },
  Enterprise: { annualShare: 1, monthlyChurn: 0.01, tickets: 1.1, orders: 0.2, npsRate: 0.45, orderPrices: [500, 1200, 2500, 4800] },
};

/**
 * Comment banks. Some have quotes, commas, line breaks and non-ASCII text, and
 * one looks like HTML: comments are data and must always be shown as text.
 */
export const COMMENTS = {
  promoter: [
    'Love the new dashboard, saves me hours every week.',
    'Support is "amazing": fast, friendly, and they actually fix things.',
    'Très bon produit, l’équipe est réactive.',
    'Super einfach einzurichten – großartig!',
    'The <b>great</b> reporting is why we renewed.',
    '素晴らしいサービスです。',
    'Onboarding was smooth, and the API docs are clear.',
    'Best customer-success tool we have used 🚀',
    'Exports to CSV, Slack alerts, weekly digest: all we need.',
    'Our CSM, Zoë, is fantastic.',
  ],
  passive: [
    'Good overall, but the mobile app lags.',
    'Does the job. Pricing is a bit steep for a team of 5.',
    'Would be a 10 if SSO were on the Growth plan.',
    'Fine.\nReports could load faster.',
    'Solid, though the "health score" is a black box to us.',
    'Bien, mais il manque des intégrations.',
  ],
  detractor: [
    'Too expensive for what we use.',
    'Billing charged us twice; support took 3 days to answer.',
    'Missing integrations (HubSpot, Pipedrive), so we export by hand.',
    'Le support ne répond pas, déçu.',
    'Dashboard keeps timing out; "retry" never works.',
    'We are moving to a cheaper tool next quarter.',
    'Setup took weeks,\nand the docs are outdated.',
  ],
  csatGood: ['Quick fix, thanks!', 'Résolu en 10 minutes 👍', 'Clear answer, with screenshots.', 'Thanks, Łukasz was great.'],
  csatBad: ['Took far too long.', 'I had to explain the issue "three" times.', 'Not solved, just closed.'],
  cesEasy: ['Easy.', 'One email and done.', 'Self-serve docs, then a quick chat.'],
  cesHard: ['Had to contact you twice, then call.', 'Transferred between teams, again.'],
};

// Score distributions inside each NPS category, and the CSAT/CES scales.
const DETRACTOR_WEIGHTS = [0.04, 0.03, 0.05, 0.08, 0.12, 0.25, 0.43]; // scores 0..6
const CSAT_WEIGHTS = [0.05, 0.06, 0.12, 0.35, 0.42]; // 1..5
const CES_WEIGHTS = [0.03, 0.05, 0.08, 0.14, 0.25, 0.27, 0.18]; // 1..7

/** An NPS answer for a customer whose sentiment is `s` (0..1): mean NPS ≈ +28 at s = 0.5. */
function npsScore(t, s) {
  const promoter = 0.22 + 0.5 * s;
  const detractor = Math.max(0.03, 0.38 - 0.36 * s);
  const u = t.rng();
  if (u < promoter) return t.rng() < 0.55 ? 10 : 9;
  if (u < promoter + detractor) return t.weighted(DETRACTOR_WEIGHTS);
  return t.rng() < 0.5 ? 8 : 7;
}

// ---------------------------------------------------------------------------
// The dataset

/**
 * Generates the whole dataset.
 * @param {{ seed?: number, customers?: number, months?: number, end?: string }} [options]
 *   `customers`: how many customers ever sign up; `months`: the window's length,
 *   ending with month `end` (`YYYY-MM`, inclusive).
 */
export function generateDataset({ seed = 42, customers = 3000, months = 30, end = '2026-10' } = {}) {
  positiveInt('customers', customers);
  positiveInt('months', months);
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed: expected an integer, got ${seed}`);
  const lastMonth = parseEndMonth(end);
  const firstMonth = lastMonth - months + 1;
  const lastDay = monthLastDay(lastMonth);
  const cutoffSeconds = (lastDay + 1) * 86400; // the export runs at the end of the window
  const width = Math.max(5, String(customers).length);

  // -- Who signs up, when: growing ~4 % a month, exact total.
  const t = tools(mulberry32(streamSeed(seed, 1)));
  const growth = [];
  for (let i = 0; i < months; i++) growth.push(1.04 ** i);
  const totalGrowth = growth.reduce((a, b) => a + b, 0);
  const perMonth = growth.map((g) => Math.floor((customers * g) / totalGrowth));
  for (let left = customers - perMonth.reduce((a, b) => a + b, 0), i = months - 1; left > 0; left--, i = (i - 1 + months) % months) {
    perMonth[i]++;
  }

  const accounts = [];
  for (let i = 0; i < months; i++) {
    for (let k = 0; k < perMonth[i]; k++) {
      const plan = t.weighted(PLANS.map((p) => p.share));
      const segment = PLANS[plan].segment;
      accounts.push({
        index: accounts.length + 1,
        id: idOf('cus_', accounts.length + 1, width),
        segment,
        plan,
        startMonth: firstMonth + i,
        sentiment: (t.rng() + t.rng()) / 2,
        annual: t.rng() < SEGMENT[segment].annualShare,
        changes: [], // { day, mrr }
        periods: [], // { from, to } paid days, `to` exclusive (null: still active)
      });
    }
  }

  // -- MRR history and renewals, one customer at a time.
  const renewalRows = [];
  for (const a of accounts) simulateAccount(t, a, lastMonth, renewalRows);

  const mrrChanges = [];
  for (const a of accounts) for (const c of a.changes) mrrChanges.push({ day: c.day, index: a.index, row: { customerId: a.id, date: dayString(c.day), mrr: c.mrr } });
  const customerRows = accounts.map((a) => {
    const row = { id: a.id, start: dayString(a.periods[0].from) };
    const lastPeriod = a.periods[a.periods.length - 1];
    if (lastPeriod.to !== null) row.end = dayString(lastPeriod.to);
    return row;
  });

  // -- Tickets (and the CSAT/CES answers that follow resolved ones).
  const tt = tools(mulberry32(streamSeed(seed, 2)));
  const ticketDrafts = [];
  for (const a of accounts) {
    const lambda = SEGMENT[a.segment].tickets * (1.5 - a.sentiment);
    forEachActiveMonth(a, lastMonth, (from, to) => {
      const n = tt.poisson(lambda * ((to - from + 1) / 30));
      for (let k = 0; k < n; k++) {
        const day = tt.int(from, to);
        // Mostly office hours, UTC.
        const hour = tt.rng() < 0.8 ? tt.int(7, 17) : tt.int(0, 23);
        const created = day * 86400 + hour * 3600 + tt.int(0, 3599);
        ticketDrafts.push({ account: a, created, ...ticketTimes(tt, created, cutoffSeconds) });
      }
    });
  }
  ticketDrafts.sort((x, y) => x.created - y.created || x.account.index - y.account.index);
  const ticketWidth = Math.max(6, String(ticketDrafts.length).length);
  const tickets = ticketDrafts.map((d, i) => {
    const row = { id: idOf('tkt_', i + 1, ticketWidth), createdAt: timestampString(d.created) };
    if (d.firstResponse !== null) row.firstResponseAt = timestampString(d.firstResponse);
    if (d.resolved !== null) row.resolvedAt = timestampString(d.resolved);
    if (d.contacts !== null) row.contacts = d.contacts;
    return row;
  });

  const st = tools(mulberry32(streamSeed(seed, 3)));
  const csatResponses = [];
  const cesResponses = [];
  for (const d of ticketDrafts) {
    if (d.resolved === null) continue;
    const a = d.account;
    const date = dayString(Math.floor(d.resolved / 86400));
    const slow = d.resolved - d.created > 72 * 3600;
    if (st.rng() < 0.3) {
      // Shift the scale by sentiment and speed: slow fixes and unhappy customers score lower.
      const shift = (a.sentiment - 0.5) * 1.2 - (slow ? 0.8 : 0);
      const score = clamp(st.weighted(CSAT_WEIGHTS) + 1 + Math.round(shift * st.rng()), 1, 5);
      const row = { score, date, customerId: a.id };
      if (st.rng() < 0.25) row.comment = st.pick(score >= 4 ? COMMENTS.csatGood : COMMENTS.csatBad);
      row.segment = a.segment;
      csatResponses.push(row);
    }
    if (st.rng() < 0.2) {
      const shift = (d.contacts ?? 1) > 2 ? -1.5 : 0.3;
      const score = clamp(st.weighted(CES_WEIGHTS) + 1 + Math.round(shift * st.rng()), 1, 7);
      const row = { score, date, customerId: a.id };
      if (st.rng() < 0.2) row.comment = st.pick(score >= 5 ? COMMENTS.cesEasy : COMMENTS.cesHard);
      row.segment = a.segment;
      cesResponses.push(row);
    }
  }
  const byDate = (x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0);
  csatResponses.sort(byDate);
  cesResponses.sort(byDate);

  // -- Relationship NPS: a survey wave every quarter to the customers active then.
  const nt = tools(mulberry32(streamSeed(seed, 4)));
  const npsDrafts = [];
  for (let m = firstMonth + 2; m <= lastMonth; m += 3) {
    for (const a of accounts) {
      if (a.startMonth > m) continue;
      const day = nt.int(monthFirstDay(m), monthLastDay(m));
      if (!activeOn(a, day) || nt.rng() >= SEGMENT[a.segment].npsRate) continue;
      // Customers about to leave answer like unhappy ones.
      const s = churnsWithin(a, day, 90) ? a.sentiment * 0.5 : a.sentiment;
      const score = npsScore(nt, s);
      const row = { score, date: dayString(day), customerId: a.id };
      if (nt.rng() < 0.35) row.comment = nt.pick(score >= 9 ? COMMENTS.promoter : score >= 7 ? COMMENTS.passive : COMMENTS.detractor);
      row.segment = a.segment;
      npsDrafts.push({ day, index: a.index, row });
    }
  }
  npsDrafts.sort((x, y) => x.day - y.day || x.index - y.index);
  const npsResponses = npsDrafts.map((d) => d.row);

  // -- One-off orders: add-on packs and services.
  const ot = tools(mulberry32(streamSeed(seed, 5)));
  const orderDrafts = [];
  for (const a of accounts) {
    const { orders: rate, orderPrices } = SEGMENT[a.segment];
    forEachActiveMonth(a, lastMonth, (from, to) => {
      const n = ot.poisson(rate * (0.5 + a.sentiment) * ((to - from + 1) / 30));
      for (let k = 0; k < n; k++) {
        const day = ot.int(from, to);
        const quantity = ot.rng() < 0.8 ? 1 : ot.int(2, 3);
        orderDrafts.push({ day, index: a.index, row: { customerId: a.id, date: dayString(day), amount: ot.pick(orderPrices) * quantity } });
      }
    });
  }
  orderDrafts.sort((x, y) => x.day - y.day || x.index - y.index);

  // -- Trials: most SMB and half the Mid-market customers came through one; ~20 % convert.
  const rt = tools(mulberry32(streamSeed(seed, 6)));
  const trialDrafts = [];
  const convertedPerMonth = new Map();
  for (const a of accounts) {
    if (a.segment === 'Enterprise' || (a.segment === 'Mid-market' && rt.rng() < 0.5)) continue;
    const converted = a.periods[0].from;
    trialDrafts.push({ start: converted - rt.int(3, 14), converted });
    convertedPerMonth.set(a.startMonth, (convertedPerMonth.get(a.startMonth) ?? 0) + 1);
  }
  for (let m = firstMonth; m <= lastMonth; m++) {
    const conversion = 0.17 + 0.06 * rt.rng();
    const others = Math.round((convertedPerMonth.get(m) ?? 0) * (1 / conversion - 1));
    for (let k = 0; k < others; k++) trialDrafts.push({ start: rt.int(monthFirstDay(m), monthLastDay(m)), converted: null });
  }
  trialDrafts.sort((x, y) => x.start - y.start || (x.converted ?? Infinity) - (y.converted ?? Infinity));
  const trialWidth = Math.max(6, String(trialDrafts.length).length);
  const trials = trialDrafts.map((d, i) => {
    const row = { id: idOf('trl_', i + 1, trialWidth), trialStart: dayString(d.start) };
    if (d.converted !== null) row.convertedAt = dayString(d.converted);
    return row;
  });

  renewalRows.sort((x, y) => x.day - y.day || x.index - y.index);

  // -- Health inputs at the last three quarter-ends, for the customers active then.
  const ht = tools(mulberry32(streamSeed(seed, 7)));
  const healthDates = [lastMonth - 6, lastMonth - 3, lastMonth].filter((m) => m >= firstMonth).map(monthLastDay);
  const ticketsByAccount = new Map();
  for (const d of ticketDrafts) {
    const list = ticketsByAccount.get(d.account) ?? [];
    list.push(d);
    ticketsByAccount.set(d.account, list);
  }
  const lastNpsByAccount = new Map();
  for (const d of npsDrafts) {
    const list = lastNpsByAccount.get(d.index) ?? [];
    list.push(d);
    lastNpsByAccount.set(d.index, list);
  }
  const health = [];
  for (const day of healthDates) {
    const endOfDay = (day + 1) * 86400;
    for (const a of accounts) {
      if (!activeOn(a, day)) continue;
      const leaving = churnsWithin(a, day, 90);
      const usage = Math.round(clamp(25 + 65 * a.sentiment + 6 * ht.normal() - (leaving ? 25 : 0), 0, 100));
      let openTickets = 0;
      for (const d of ticketsByAccount.get(a) ?? []) {
        if (d.created < endOfDay && (d.resolved === null || d.resolved >= endOfDay)) openTickets++;
      }
      let lastNps;
      for (const d of lastNpsByAccount.get(a.index) ?? []) if (d.day <= day) lastNps = d.row.score;
      const seats = Math.max(1, Math.round(mrrOn(a, day) / 10));
      const seatsUsed = clamp(Math.round(seats * (usage / 100) * (0.85 + 0.3 * ht.rng())), 0, seats);
      const row = { customerId: a.id, date: dayString(day), usage };
      if (lastNps !== undefined) row.nps = lastNps;
      row.openTickets = openTickets;
      row.seatsUsed = seatsUsed;
      health.push(row);
    }
  }

  // -- Product usage in the last six months: each user of a paying account has
  // sessions on some days (more with a happier customer), each session one to
  // three feature uses; the last event of a session carries its length. A new
  // account's first report (`first-report`, the time-to-value milestone) comes
  // a few days after its first paid day, when that falls inside the usage window.
  const ut = tools(mulberry32(streamSeed(seed, 8)));
  const usageFirstDay = monthFirstDay(Math.max(firstMonth, lastMonth - 5));
  const usageDrafts = [];
  const USERS = { SMB: [1, 2], 'Mid-market': [2, 4], Enterprise: [3, 6] };
  for (const a of accounts) {
    const [lo, hi] = USERS[a.segment];
    const users = ut.int(lo, hi);
    const firstReport = a.periods[0].from + Math.round(ut.lognormal(4, 0.9));
    if (firstReport >= usageFirstDay && firstReport <= lastDay && activeOn(a, firstReport)) {
      const at = firstReport * 86400 + ut.int(8 * 3600, 18 * 3600);
      usageDrafts.push({ at, index: a.index, row: { customerId: a.id, userId: `${a.id}-u1`, date: timestampString(at), feature: 'first-report' } });
    }
    for (let u = 1; u <= users; u++) {
      const p = 0.012 + 0.05 * a.sentiment * (u === 1 ? 1.5 : 1);
      for (let day = usageFirstDay; day <= lastDay; day++) {
        if (ut.rng() >= p || !activeOn(a, day)) continue;
        let at = day * 86400 + (ut.rng() < 0.85 ? ut.int(7 * 3600, 18 * 3600) : ut.int(0, 86399 - 3600));
        const uses = ut.int(1, 3);
        const minutes = ut.lognormal(8 + 10 * a.sentiment, 0.7);
        for (let k = 0; k < uses; k++) {
          const row = { customerId: a.id, userId: `${a.id}-u${u}`, date: timestampString(at), feature: FEATURES[ut.weighted([5, 3, 2, 1, 1])] };
          if (k === uses - 1) row.durationSeconds = Math.max(30, Math.round(60 * minutes));
          usageDrafts.push({ at, index: a.index, row });
          at += ut.int(30, 600);
        }
      }
    }
  }
  usageDrafts.sort((x, y) => x.at - y.at || x.index - y.index);

  mrrChanges.sort((x, y) => x.day - y.day || x.index - y.index);
  return {
    mrrChanges: mrrChanges.map((d) => d.row),
    customers: customerRows,
    npsResponses,
    csatResponses,
    cesResponses,
    orders: orderDrafts.map((d) => d.row),
    tickets,
    trials,
    renewals: renewalRows.map((d) => d.row),
    health,
    usageEvents: usageDrafts.map((d) => d.row),
    meta: { seed, customers, months, from: monthString(firstMonth), to: monthString(lastMonth), healthDates: healthDates.map(dayString) },
  };
}

function monthString(month) {
  return `${String(Math.floor(month / 12)).padStart(4, '0')}-${pad2((month % 12) + 1)}`;
}

/** The day a change can happen in `month`, after `afterDay`; null when the month has no room left. */
function dayIn(t, month, afterDay) {
  const lo = Math.max(monthFirstDay(month), afterDay + 1);
  const hi = monthLastDay(month);
  return lo > hi ? null : t.int(lo, hi);
}

/** Walks one customer month by month: sign-up, renewals, expansion, contraction, churn, comebacks. */
function simulateAccount(t, a, lastMonth, renewals) {
  const seg = SEGMENT[a.segment];
  let plan = a.plan;
  let mrr = PLANS[plan].price;
  if (a.segment === 'Enterprise') mrr *= t.int(1, 3); // negotiated seat bands
  let last = -Infinity; // the day of the latest change: dates per customer are distinct
  const change = (day, value) => {
    a.changes.push({ day, mrr: value });
    last = day;
  };
  const joinAndLeave = a.segment === 'SMB' && !a.annual && t.rng() < 0.006;
  let startDay = t.int(monthFirstDay(a.startMonth), monthLastDay(a.startMonth) - (joinAndLeave ? 3 : 0));
  change(startDay, mrr);
  let active = true;
  let nextDue = a.annual ? addMonths(startDay, 12) : null;
  let comeback = null; // the month a churned customer returns in
  const churn = (day) => {
    change(day, 0);
    a.periods.push({ from: startDay, to: day });
    active = false;
    nextDue = null;
    const p = 0.22 * (0.6 + a.sentiment);
    comeback = t.rng() < p ? monthOfDay(day) + t.int(2, 9) : null;
  };
  if (joinAndLeave) churn(t.int(startDay + 2, monthLastDay(a.startMonth)));

  for (let m = a.startMonth + 1; m <= lastMonth; m++) {
    if (!active) {
      if (comeback !== m) continue;
      const day = dayIn(t, m, last);
      if (day === null) continue;
      plan = Math.min(plan, 1 + (a.segment === 'SMB' ? 0 : 1));
      mrr = PLANS[plan].price;
      change(day, mrr);
      startDay = day;
      active = true;
      a.annual = false; // comebacks pay monthly
      continue;
    }
    if (nextDue !== null && monthOfDay(nextDue) === m) {
      const renewed = t.rng() < 0.8 + 0.16 * a.sentiment;
      renewals.push({ day: nextDue, index: a.index, row: { customerId: a.id, dueDate: dayString(nextDue), renewed } });
      if (!renewed) {
        churn(nextDue);
        continue;
      }
      const u = t.rng();
      if (u < 0.3) change(nextDue, (mrr = Math.round(mrr * (1.05 + 0.15 * t.rng())))); // uplift at renewal
      else if (u < 0.38) change(nextDue, (mrr = Math.max(1, Math.round(mrr * (0.65 + 0.25 * t.rng()))))); // fewer seats
      nextDue = addMonths(nextDue, 12);
      continue;
    }
    const risk = 1.6 - 1.2 * a.sentiment;
    if (!a.annual && t.rng() < seg.monthlyChurn * risk) {
      const day = dayIn(t, m, last);
      if (day !== null) churn(day);
      continue;
    }
    const u = t.rng();
    if (u < 0.035 * (0.5 + a.sentiment)) {
      const day = dayIn(t, m, last);
      if (day === null) continue;
      if (plan === 0 && t.rng() < 0.4) {
        // Starter outgrows itself: an upgrade to Growth.
        plan++;
        mrr = Math.max(mrr + 1, PLANS[plan].price);
      } else {
        mrr += Math.max(1, Math.round(mrr * (0.1 + 0.4 * t.rng()))); // add-ons, seats
      }
      change(day, mrr);
      // Now and then a customer tries an add-on and drops it within the month: the month nets out.
      if (t.rng() < 0.08) {
        const back = dayIn(t, m, day);
        if (back !== null) change(back, (mrr = a.changes[a.changes.length - 2].mrr));
      }
    } else if (!a.annual && u < 0.035 * (0.5 + a.sentiment) + 0.025 * (1.5 - a.sentiment)) {
      const day = dayIn(t, m, last);
      if (day === null) continue;
      const lower = Math.max(1, Math.round(mrr * (0.6 + 0.3 * t.rng())));
      if (lower < mrr) change(day, (mrr = lower));
    }
  }
  if (active) a.periods.push({ from: startDay, to: null });
}

/** Calls `fn(fromDay, toDay)` for each month part in which the customer was paying. */
function forEachActiveMonth(a, lastMonth, fn) {
  for (const p of a.periods) {
    const endDay = p.to === null ? monthLastDay(lastMonth) : p.to - 1;
    if (endDay < p.from) continue;
    for (let m = monthOfDay(p.from); m <= monthOfDay(endDay); m++) {
      fn(Math.max(p.from, monthFirstDay(m)), Math.min(endDay, monthLastDay(m)));
    }
  }
}

function activeOn(a, day) {
  for (const p of a.periods) if (p.from <= day && (p.to === null || day < p.to)) return true;
  return false;
}

function churnsWithin(a, day, days) {
  for (const p of a.periods) if (p.to !== null && p.to > day && p.to <= day + days && p.from <= day) return true;
  return false;
}

function mrrOn(a, day) {
  let value = 0;
  for (const c of a.changes) if (c.day <= day) value = c.mrr;
  return value;
}

/** First response, resolution and contacts of a ticket created at `created` (seconds). */
function ticketTimes(t, created, cutoff) {
  const contacts = t.rng() < 0.55 ? 1 : t.int(2, 5);
  let firstResponse = created + Math.round(3600 * t.lognormal(2.5, 1.1));
  let resolved = firstResponse + Math.round(3600 * t.lognormal(contacts === 1 ? 6 : 30, 1.1) * (contacts === 1 ? 1 : contacts / 2));
  if (t.rng() < 0.03) resolved = null; // stuck
  if (firstResponse >= cutoff) return { firstResponse: null, resolved: null, contacts: null };
  if (resolved !== null && resolved >= cutoff) {
    // Still open at the export: count the contacts so far.
    return { firstResponse, resolved: null, contacts: t.int(1, contacts) };
  }
  return { firstResponse, resolved, contacts: resolved === null ? t.int(1, contacts) : contacts };
}

// ---------------------------------------------------------------------------
// Columns: CSV headers are the SPEC field names, in the SPEC's order.

export const DATASET_COLUMNS = {
  mrrChanges: ['customerId', 'date', 'mrr'],
  customers: ['id', 'start', 'end'],
  npsResponses: ['score', 'date', 'customerId', 'comment', 'segment'],
  csatResponses: ['score', 'date', 'customerId', 'comment', 'segment'],
  cesResponses: ['score', 'date', 'customerId', 'comment', 'segment'],
  orders: ['customerId', 'date', 'amount'],
  tickets: ['id', 'createdAt', 'firstResponseAt', 'resolvedAt', 'contacts'],
  trials: ['id', 'trialStart', 'convertedAt'],
  renewals: ['customerId', 'dueDate', 'renewed'],
  health: ['customerId', 'date', 'usage', 'nps', 'openTickets', 'seatsUsed'],
  usageEvents: ['customerId', 'date', 'userId', 'feature', 'durationSeconds'],
};
export const DATASET_NAMES = Object.keys(DATASET_COLUMNS);

// ---------------------------------------------------------------------------
// Large inputs for the benchmarks: the same distributions, millions of rows fast.

/** The `days` day strings from `firstDay` on, computed once. */
function dayTable(firstDay, days) {
  const out = new Array(days);
  for (let i = 0; i < days; i++) out[i] = dayString(firstDay + i);
  return out;
}

/**
 * `n` NPS responses (`{ score, date, customerId, comment?, segment }`) from
 * ~n/4 customers over the 24 months ending `end`, answers growing with the
 * customer base; ~30 % carry a comment. 1 M rows in well under a second.
 */
export function generateSurveyRows(n, seed = 42, { end = '2026-10', months = 24 } = {}) {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`n: expected a count, got ${n}`);
  const rng = mulberry32(streamSeed(seed, 11));
  const lastMonth = parseEndMonth(end);
  const firstDay = monthFirstDay(lastMonth - months + 1);
  const days = dayTable(firstDay, monthLastDay(lastMonth) - firstDay + 1);
  const nCustomers = Math.max(1, Math.round(n / 4));
  const width = Math.max(5, String(nCustomers).length);
  const ids = new Array(nCustomers);
  const sentiment = new Float64Array(nCustomers);
  const segment = new Array(nCustomers);
  for (let i = 0; i < nCustomers; i++) {
    ids[i] = idOf('cus_', i + 1, width);
    sentiment[i] = (rng() + rng()) / 2;
    const u = rng();
    segment[i] = u < 0.75 ? 'SMB' : u < 0.93 ? 'Mid-market' : 'Enterprise';
  }
  const { promoter, passive, detractor } = COMMENTS;
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    const c = Math.floor(rng() * nCustomers);
    const s = sentiment[c];
    const u = rng();
    const p = 0.22 + 0.5 * s;
    const d = 0.38 - 0.36 * s;
    let score;
    let bank;
    if (u < p) {
      score = rng() < 0.55 ? 10 : 9;
      bank = promoter;
    } else if (u < p + d) {
      const v = rng();
      score = v < 0.43 ? 6 : v < 0.68 ? 5 : v < 0.8 ? 4 : v < 0.88 ? 3 : v < 0.93 ? 2 : v < 0.96 ? 1 : 0;
      bank = detractor;
    } else {
      score = rng() < 0.5 ? 8 : 7;
      bank = passive;
    }
    // sqrt: more answers later, as the customer base grows.
    const date = days[Math.floor(Math.sqrt(rng()) * days.length)];
    out[i] =
      rng() < 0.3
        ? { score, date, customerId: ids[c], comment: bank[Math.floor(rng() * bank.length)], segment: segment[c] }
        : { score, date, customerId: ids[c], segment: segment[c] };
  }
  return out;
}

/**
 * `n` MRR changes (`{ customerId, date, mrr }`) from ~n/25 customers, each
 * with 20–30 changes (sign-up, expansions, contractions, churn, comebacks, a
 * few netting out inside a month) over the 60 months ending `end`, sorted by
 * date like an export. 1 M rows in about a second.
 */
export function generateMrrChanges(n, seed = 42, { end = '2026-10', months = 60 } = {}) {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`n: expected a count, got ${n}`);
  const rng = mulberry32(streamSeed(seed, 12));
  const lastMonth = parseEndMonth(end);
  const firstMonth = lastMonth - months + 1;
  const firstDay = monthFirstDay(firstMonth);
  const nDays = monthLastDay(lastMonth) - firstDay + 1;
  const days = dayTable(firstDay, nDays);
  const monthStartOffset = new Int32Array(months + 1);
  for (let m = 0; m <= months; m++) monthStartOffset[m] = monthFirstDay(firstMonth + m) - firstDay;

  const custOf = new Int32Array(n);
  const dayOf = new Int32Array(n);
  const mrrOf = new Float64Array(n);
  const prices = PLANS.map((p) => p.price);
  let count = 0;
  let customer = 0;
  const dayInMonth = (m, after) => {
    const lo = Math.max(monthStartOffset[m], after + 1);
    const hi = monthStartOffset[m + 1] - 1;
    return lo > hi ? -1 : lo + Math.floor(rng() * (hi - lo + 1));
  };
  while (count < n) {
    const target = 20 + Math.floor(rng() * 11);
    const span = Math.ceil(target * 1.7);
    let m = Math.floor(rng() * Math.max(1, months - span));
    let mrr = prices[Math.floor(rng() * rng() * prices.length)] * (1 + Math.floor(rng() * rng() * 4));
    let last = dayInMonth(m, -1);
    const emit = (day, value) => {
      custOf[count] = customer;
      dayOf[count] = day;
      mrrOf[count] = value;
      count++;
      last = day;
    };
    emit(last, mrr);
    let before = mrr; // the value before the latest change, for netting out
    for (let k = 1; k < target && count < n; ) {
      const sameMonth = rng() < 0.05;
      if (!sameMonth) m += rng() < 0.35 ? 2 : 1;
      if (m >= months) break;
      const day = dayInMonth(m, last);
      if (day < 0) continue;
      let next;
      if (mrr === 0) {
        m += Math.floor(rng() * 4); // comebacks after a pause
        if (m >= months) break;
        const back = dayInMonth(m, last);
        if (back < 0) continue;
        next = prices[Math.floor(rng() * 2)];
        before = mrr;
        emit(back, (mrr = next));
        k++;
        continue;
      }
      const u = rng();
      if (sameMonth && before !== mrr && u < 0.5) next = before; // netting out
      else if (u < 0.08) next = 0; // churn
      else if (u < 0.55 || mrr < 20) next = mrr + Math.max(1, Math.round(mrr * (0.05 + 0.35 * rng())));
      else next = Math.max(1, Math.round(mrr * (0.6 + 0.35 * rng())));
      if (next > 50000) next = Math.round(mrr * 0.8);
      if (next === mrr) continue;
      before = mrr;
      emit(day, (mrr = next));
      k++;
    }
    customer++;
  }

  // Counting sort by day: an export in date order, customers interleaved.
  const starts = new Int32Array(nDays + 1);
  for (let i = 0; i < n; i++) starts[dayOf[i] + 1]++;
  for (let d = 0; d < nDays; d++) starts[d + 1] += starts[d];
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[starts[dayOf[i]]++] = i;
  const width = Math.max(7, String(customer).length);
  const ids = new Array(customer);
  for (let c = 0; c < customer; c++) ids[c] = idOf('cus_', c + 1, width);
  const out = new Array(n);
  for (let j = 0; j < n; j++) {
    const i = order[j];
    out[j] = { customerId: ids[custOf[i]], date: days[dayOf[i]], mrr: mrrOf[i] };
  }
  return out;
}

/** Feature names of the usage events; `first-report` is the milestone of time to value. */
export const FEATURES = ['dashboard', 'report', 'export', 'alerts', 'integrations', 'first-report'];

/**
 * `n` usage events (`{ customerId, userId, date, feature, durationSeconds? }`)
 * from ~n/200 customers with 1–8 users each, over the 12 months ending `end`,
 * in time order like an export (full UTC timestamps); about a third close a
 * session and carry its length. 1 M rows in about a second.
 */
export function generateUsageEvents(n, seed = 42, { end = '2026-10', months = 12 } = {}) {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`n: expected a count, got ${n}`);
  const rng = mulberry32(streamSeed(seed, 13));
  const lastMonth = parseEndMonth(end);
  const firstDay = monthFirstDay(lastMonth - months + 1);
  const nDays = monthLastDay(lastMonth) - firstDay + 1;
  const days = dayTable(firstDay, nDays);
  const nCustomers = Math.max(1, Math.round(n / 200));
  const width = Math.max(5, String(nCustomers).length);
  const ids = new Array(nCustomers);
  const users = new Int32Array(nCustomers);
  const cumulative = new Float64Array(nCustomers); // activity weights, for picking a customer
  let total = 0;
  for (let i = 0; i < nCustomers; i++) {
    ids[i] = idOf('cus_', i + 1, width);
    users[i] = 1 + Math.floor(rng() * rng() * 8);
    total += users[i] * (0.2 + rng());
    cumulative[i] = total;
  }
  // Events a day, growing over the window; exact total.
  const perDay = new Int32Array(nDays);
  let weightSum = 0;
  for (let d = 0; d < nDays; d++) weightSum += 1 + d / nDays;
  let assigned = 0;
  for (let d = 0; d < nDays; d++) assigned += perDay[d] = Math.floor((n * (1 + d / nDays)) / weightSum);
  for (let d = nDays - 1; assigned < n; d = (d - 1 + nDays) % nDays, assigned++) perDay[d]++;
  const out = new Array(n);
  let k = 0;
  for (let d = 0; d < nDays; d++) {
    const count = perDay[d];
    const seconds = new Float64Array(count);
    for (let j = 0; j < count; j++) seconds[j] = Math.floor(rng() * 86400);
    seconds.sort();
    for (let j = 0; j < count; j++) {
      // Binary search of the activity weights.
      const u = rng() * total;
      let lo = 0;
      let hi = nCustomers - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid] <= u) lo = mid + 1;
        else hi = mid;
      }
      const s = seconds[j];
      const hh = Math.floor(s / 3600);
      const mm = Math.floor((s - hh * 3600) / 60);
      const date = `${days[d]}T${pad2(hh)}:${pad2(mm)}:${pad2(s - hh * 3600 - mm * 60)}Z`;
      const row = { customerId: ids[lo], userId: `${ids[lo]}-u${1 + Math.floor(rng() * users[lo])}`, date, feature: FEATURES[Math.floor(rng() * rng() * 5)] };
      if (rng() < 0.35) row.durationSeconds = Math.round(60 * lognormalOf(rng, 12, 0.8));
      out[k++] = row;
    }
  }
  return out;
}

function lognormalOf(rng, median, sigma) {
  const u = 1 - rng();
  return median * Math.exp(sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng()));
}
