// The Node part of `npm run bench`: `nps` over 1 M survey responses and
// `mrrMovements` over 1 M MRR changes (validation included), each against
// `JSON.parse` of the same data and against the same metric in Arquero 7;
// `stickiness`, `productAdoption` and `engagement` over 1 M usage events and
// `cohortRetention` over the 1 M MRR changes, against `JSON.parse`.
//
//   node --expose-gc --import tsx scripts/bench-node.mjs [--rows N] [--runs N] [--warmup N]
//
// Data: scripts/sample-data.mjs (generateSurveyRows, generateMrrChanges),
// stringified once. Each run times JSON.parse, then ours, then Arquero on the
// freshly parsed array; a full GC (when --expose-gc) precedes each timed step
// so that one step does not pay for another's garbage. Reported: medians of
// the runs after the warm-up, and each ratio as the median of the per-run
// ratios (numerator and denominator always from the same run). Results go to
// stdout and to .tmp/bench-node.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import * as aq from 'arquero';
import { generateDataset, generateMrrChanges, generateSurveyRows, generateUsageEvents } from './sample-data.mjs';

const { op } = aq;

/** The targets from the performance issue. */
export const TARGETS = {
  npsVsParse: { max: 0.5, label: 'nps ÷ JSON.parse' },
  mrrVsParse: { max: 0.5, label: 'mrrMovements ÷ JSON.parse' },
  npsVsArquero: { min: 5, label: 'Arquero nps ÷ ours (speed-up)' },
  mrrVsArquero: { min: 5, label: 'Arquero mrrMovements ÷ ours (speed-up)' },
  stickinessVsParse: { max: 0.5, label: 'stickiness ÷ JSON.parse' },
  adoptionVsParse: { max: 0.5, label: 'productAdoption ÷ JSON.parse' },
  engagementVsParse: { max: 0.5, label: 'engagement ÷ JSON.parse' },
  cohortVsParse: { max: 0.5, label: 'cohortRetention ÷ JSON.parse (MRR)' },
};

// ---------------------------------------------------------------------------
// The engine: from source through tsx (the `bench` script loads it), else the build.

async function loadEngine() {
  try {
    const engine = await import('../src/engine/index.ts');
    return { engine, source: 'src/engine (TypeScript through tsx)' };
  } catch (error) {
    try {
      const engine = await import('../dist/engine.js');
      return { engine, source: 'dist/engine.js (build)' };
    } catch {
      throw new Error(
        `Cannot load the engine: run with \`node --import tsx\` (npm run bench) or build first.\n${error.message}`,
      );
    }
  }
}

// ---------------------------------------------------------------------------
// The same metrics in Arquero 7, as an analyst would write them. Each takes
// the parsed array of row objects (as ours does) and pays for building its
// table. Kind to Arquero: only the needed columns are loaded, and a month is
// the `YYYY-MM` prefix of the date (right for the date-only data used here;
// the engine parses each date in full, timestamps and offsets included).

/** NPS in Arquero: promoter/detractor flags, one rollup, the formulas on the counts. */
export function arqueroNps(rows) {
  const counts = aq
    .from(rows, ['score'])
    .derive({
      promoter: (d) => (d.score >= 9 ? 1 : 0),
      detractor: (d) => (d.score <= 6 ? 1 : 0),
    })
    .rollup({ promoters: op.sum('promoter'), detractors: op.sum('detractor'), total: op.count() })
    .object();
  const { promoters, detractors, total } = counts;
  if (total === 0) return { score: null, promoters: 0, passives: 0, detractors: 0, total: 0, marginOfError: null };
  const p = promoters / total;
  const d = detractors / total;
  return {
    score: (100 * (promoters - detractors)) / total,
    promoters,
    passives: total - promoters - detractors,
    detractors,
    total,
    marginOfError: 1.96 * 100 * Math.sqrt((p * (1 - p) + d * (1 - d) + 2 * p * d) / total),
  };
}

/**
 * MRR movements in Arquero: the value in force at each month's end per
 * customer (the last change of the month), the previous month-end value by
 * `lag`, whether the customer paid before by a rolling count, a classification,
 * a rollup per month and running sums for the end values. Months without any
 * change are filled in plain JS afterwards (a handful of rows).
 */
export function arqueroMrrMovements(rows) {
  const monthEnds = aq
    .from(rows, ['customerId', 'date', 'mrr'])
    .derive({ month: (d) => op.substring(d.date, 0, 7) })
    .orderby('customerId', aq.desc('date'))
    .dedupe('customerId', 'month'); // the last change of each customer-month

  const classified = monthEnds
    .groupby('customerId')
    .orderby('month')
    .derive({
      prev: op.lag('mrr', 1, 0),
      // Month ends with MRR > 0 so far, this one included (frames cannot end before the current row).
      paidMonths: aq.rolling((d) => op.sum(d.mrr > 0 ? 1 : 0)),
    })
    .ungroup()
    .derive({
      kind: (d) =>
        d.prev === 0 && d.mrr > 0
          ? d.paidMonths > 1
            ? 'reactivation'
            : 'new'
          : d.prev > 0 && d.mrr === 0
            ? 'churn'
            : d.mrr > d.prev
              ? 'expansion'
              : d.mrr < d.prev
                ? 'contraction'
                : 'none',
    });

  const months = classified
    .groupby('month')
    .rollup({
      new: (d) => op.sum(d.kind === 'new' ? d.mrr : 0),
      expansion: (d) => op.sum(d.kind === 'expansion' ? d.mrr - d.prev : 0),
      contraction: (d) => op.sum(d.kind === 'contraction' ? d.prev - d.mrr : 0),
      churn: (d) => op.sum(d.kind === 'churn' ? d.prev : 0),
      reactivation: (d) => op.sum(d.kind === 'reactivation' ? d.mrr : 0),
      newCustomers: (d) => op.sum(d.kind === 'new' ? 1 : 0),
      churnedCustomers: (d) => op.sum(d.kind === 'churn' ? 1 : 0),
      reactivatedCustomers: (d) => op.sum(d.kind === 'reactivation' ? 1 : 0),
    })
    .orderby('month')
    .derive({
      endMrr: aq.rolling((d) => op.sum(d.new + d.expansion + d.reactivation - d.contraction - d.churn)),
      customersEnd: aq.rolling((d) => op.sum(d.newCustomers + d.reactivatedCustomers - d.churnedCustomers)),
    })
    .derive({
      startMrr: (d) => d.endMrr - (d.new + d.expansion + d.reactivation - d.contraction - d.churn),
      customersStart: (d) => d.customersEnd - (d.newCustomers + d.reactivatedCustomers - d.churnedCustomers),
    })
    .objects();

  // One row a month, months without changes included.
  const out = [];
  const first = months[0];
  if (!first) return out;
  let [y, m] = first.month.split('-').map(Number);
  const last = months[months.length - 1].month;
  let i = 0;
  let previous = null;
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    const row = months[i]?.month === month ? months[i++] : null;
    const carried = previous === null ? 0 : previous.endMrr;
    const carriedCustomers = previous === null ? 0 : previous.customersEnd;
    const r = row ?? {
      new: 0, expansion: 0, contraction: 0, churn: 0, reactivation: 0,
      newCustomers: 0, churnedCustomers: 0, reactivatedCustomers: 0,
      startMrr: carried, endMrr: carried, customersStart: carriedCustomers, customersEnd: carriedCustomers,
    };
    previous = {
      month,
      startMrr: r.startMrr,
      new: r.new,
      expansion: r.expansion,
      contraction: r.contraction,
      churn: r.churn,
      reactivation: r.reactivation,
      endMrr: r.endMrr,
      customersStart: r.customersStart,
      customersEnd: r.customersEnd,
      newCustomers: r.newCustomers,
      churnedCustomers: r.churnedCustomers,
      reactivatedCustomers: r.reactivatedCustomers,
    };
    out.push(previous);
    if (month === last) break;
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Helpers

const gc = typeof globalThis.gc === 'function' ? globalThis.gc : () => {};

function time(fn) {
  gc();
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function summary(samples) {
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples), samples };
}

/** Where two month-by-month results differ (numbers compared to 1e-9 relative). */
function differences(ours, theirs, fields) {
  const found = [];
  if (ours.length !== theirs.length) found.push(`${ours.length} months vs ${theirs.length}`);
  for (let i = 0; i < Math.min(ours.length, theirs.length) && found.length < 5; i++) {
    for (const f of fields) {
      const a = ours[i][f];
      const b = theirs[i][f];
      const same = typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)) : a === b;
      if (!same) found.push(`${ours[i].month} ${f}: ours ${a}, Arquero ${b}`);
    }
  }
  return found;
}

const MOVEMENT_FIELDS = [
  'month', 'startMrr', 'new', 'expansion', 'contraction', 'churn', 'reactivation', 'endMrr',
  'customersStart', 'customersEnd', 'newCustomers', 'churnedCustomers', 'reactivatedCustomers',
];
const NPS_FIELDS = ['score', 'promoters', 'passives', 'detractors', 'total', 'marginOfError'];

/** Checks the Arquero versions against the engine before timing anything. */
export function checkArquero(engine, mrrRows, surveyRows) {
  const problems = [];
  const mrrSets = [
    ['sample dataset', mrrRows],
    ['60,000 generated changes', generateMrrChanges(60_000, 7)],
  ];
  for (const [name, rows] of mrrSets) {
    const d = differences(engine.mrrMovements(rows), arqueroMrrMovements(rows), MOVEMENT_FIELDS);
    if (d.length) problems.push(`mrrMovements on the ${name}: ${d.join('; ')}`);
  }
  for (const [name, rows] of [['sample dataset', surveyRows], ['50,000 generated responses', generateSurveyRows(50_000, 7)]]) {
    const d = differences([{ month: '-', ...engine.nps(rows) }], [{ month: '-', ...arqueroNps(rows) }], NPS_FIELDS);
    if (d.length) problems.push(`nps on the ${name}: ${d.join('; ')}`);
  }
  return problems;
}

const fmt = (n, digits = 1) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const mb = (s) => `${fmt(Buffer.byteLength(s) / 1e6)} MB`;

// ---------------------------------------------------------------------------
// The benchmark

/**
 * Runs the Node benchmark, prints it and writes .tmp/bench-node.json.
 * @returns the results, with `pass` false when a target is missed or Arquero disagrees.
 */
export async function runNodeBench({ rows = 1_000_000, runs = 5, warmup = 1, seed = 42, out = '.tmp/bench-node.json' } = {}) {
  const { engine, source } = await loadEngine();
  const cpus = os.cpus();
  const machine = {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    gcBetweenSteps: typeof globalThis.gc === 'function',
  };
  console.log(`cs-metrics bench (Node): ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, node ${machine.node}`);
  console.log(`engine: ${source}; Arquero ${aq.version ?? '7'}; ${machine.gcBetweenSteps ? 'full GC before each timed step' : 'no --expose-gc: GC may land in any step'}`);

  // Correctness first: a fast wrong answer is no answer.
  const small = generateDataset({ seed });
  const problems = checkArquero(engine, small.mrrChanges, small.npsResponses);
  console.log(problems.length ? `Arquero check: FAILED\n  ${problems.join('\n  ')}` : 'Arquero check: same results as the engine on 4 datasets');

  let started = performance.now();
  const surveyJson = JSON.stringify(generateSurveyRows(rows, seed));
  const mrrJson = JSON.stringify(generateMrrChanges(rows, seed));
  const usageJson = JSON.stringify(generateUsageEvents(rows, seed));
  const generatedMs = performance.now() - started;
  console.log(
    `data: ${fmt(rows, 0)} survey responses (${mb(surveyJson)} JSON), ${fmt(rows, 0)} MRR changes (${mb(mrrJson)} JSON), ${fmt(rows, 0)} usage events (${mb(usageJson)} JSON), generated in ${fmt(generatedMs / 1000, 2)} s`,
  );
  console.log(`runs: ${warmup} warm-up + ${runs} timed\n`);

  const steps = [
    'parseSurvey', 'nps', 'arqueroNps', 'parseMrr', 'mrrMovements', 'arqueroMrrMovements', 'cohortRetention',
    'parseUsage', 'stickiness', 'productAdoption', 'engagement',
  ];
  const samples = Object.fromEntries(steps.map((s) => [s, []]));
  const ratioSamples = Object.fromEntries(Object.keys(TARGETS).map((k) => [k, []]));
  const disagreements = [];
  started = performance.now();
  for (let run = 0; run < warmup + runs; run++) {
    const ms = {};
    let survey = time(() => JSON.parse(surveyJson));
    ms.parseSurvey = survey.ms;
    const ours = time(() => engine.nps(survey.value));
    ms.nps = ours.ms;
    const theirs = time(() => arqueroNps(survey.value));
    ms.arqueroNps = theirs.ms;
    survey = null;
    let changes = time(() => JSON.parse(mrrJson));
    ms.parseMrr = changes.ms;
    const oursMrr = time(() => engine.mrrMovements(changes.value));
    ms.mrrMovements = oursMrr.ms;
    // Before Arquero: after its ~10 s of allocation the same call measured
    // twice as slow (0.72 × JSON.parse, against 0.2–0.45 beside mrrMovements).
    ms.cohortRetention = time(() => engine.cohortRetention(changes.value)).ms;
    const theirsMrr = time(() => arqueroMrrMovements(changes.value));
    ms.arqueroMrrMovements = theirsMrr.ms;
    changes = null;
    let usage = time(() => JSON.parse(usageJson));
    ms.parseUsage = usage.ms;
    ms.stickiness = time(() => engine.stickiness(usage.value)).ms;
    ms.productAdoption = time(() => engine.productAdoption(usage.value, { feature: 'report' })).ms;
    ms.engagement = time(() => engine.engagement(usage.value)).ms;
    usage = null;
    if (run === 0) {
      const d = [
        ...differences([{ month: '-', ...ours.value }], [{ month: '-', ...theirs.value }], NPS_FIELDS).map((x) => `nps ${x}`),
        ...differences(oursMrr.value, theirsMrr.value, MOVEMENT_FIELDS).map((x) => `mrrMovements ${x}`),
      ];
      if (d.length) disagreements.push(...d);
    }
    const label = run < warmup ? 'warm-up' : `run ${run - warmup + 1}`;
    console.log(
      `  ${label.padEnd(8)} survey: parse ${fmt(ms.parseSurvey, 0)}, nps ${fmt(ms.nps)}, Arquero ${fmt(ms.arqueroNps, 0)}` +
        ` | MRR: parse ${fmt(ms.parseMrr, 0)}, mrrMovements ${fmt(ms.mrrMovements, 0)}, Arquero ${fmt(ms.arqueroMrrMovements, 0)}, cohorts ${fmt(ms.cohortRetention, 0)}` +
        ` | usage: parse ${fmt(ms.parseUsage, 0)}, stickiness ${fmt(ms.stickiness, 0)}, adoption ${fmt(ms.productAdoption, 0)}, engagement ${fmt(ms.engagement, 0)} (ms)`,
    );
    if (run < warmup) continue;
    for (const step of steps) samples[step].push(ms[step]);
    ratioSamples.npsVsParse.push(ms.nps / ms.parseSurvey);
    ratioSamples.mrrVsParse.push(ms.mrrMovements / ms.parseMrr);
    ratioSamples.npsVsArquero.push(ms.arqueroNps / ms.nps);
    ratioSamples.mrrVsArquero.push(ms.arqueroMrrMovements / ms.mrrMovements);
    ratioSamples.stickinessVsParse.push(ms.stickiness / ms.parseUsage);
    ratioSamples.adoptionVsParse.push(ms.productAdoption / ms.parseUsage);
    ratioSamples.engagementVsParse.push(ms.engagement / ms.parseUsage);
    ratioSamples.cohortVsParse.push(ms.cohortRetention / ms.parseMrr);
  }
  const totalS = (performance.now() - started) / 1000;

  const timings = Object.fromEntries(steps.map((s) => [s, summary(samples[s])]));
  const targets = {};
  for (const [key, target] of Object.entries(TARGETS)) {
    const value = median(ratioSamples[key]);
    const pass = target.max !== undefined ? value <= target.max : value >= target.min;
    targets[key] = { label: target.label, value, ...(target.max !== undefined ? { max: target.max } : { min: target.min }), pass, samples: ratioSamples[key] };
  }
  if (disagreements.length) problems.push(`on the 1 M rows: ${disagreements.slice(0, 5).join('; ')}`);

  // The table.
  const names = {
    parseSurvey: `JSON.parse, ${fmt(rows, 0)} survey responses`,
    nps: 'nps (validation included)',
    arqueroNps: 'Arquero 7: from + derive + rollup',
    parseMrr: `JSON.parse, ${fmt(rows, 0)} MRR changes`,
    mrrMovements: 'mrrMovements (validation included)',
    arqueroMrrMovements: 'Arquero 7: month ends, lag, rollup',
    cohortRetention: 'cohortRetention (validation included)',
    parseUsage: `JSON.parse, ${fmt(rows, 0)} usage events`,
    stickiness: 'stickiness (validation included)',
    productAdoption: 'productAdoption (validation included)',
    engagement: 'engagement (validation included)',
  };
  const w = Math.max(...Object.values(names).map((n) => n.length));
  console.log(`\n  ${`${runs} runs`.padEnd(w)}   median ms      min ms      max ms`);
  for (const step of steps) {
    const t = timings[step];
    console.log(`  ${names[step].padEnd(w)} ${fmt(t.median).padStart(11)} ${fmt(t.min).padStart(11)} ${fmt(t.max).padStart(11)}`);
  }
  const tw = Math.max(...Object.values(targets).map((t) => t.label.length));
  console.log(`\n  ${'target'.padEnd(tw)}     measured     target   result`);
  for (const t of Object.values(targets)) {
    const measured = t.max !== undefined ? fmt(t.value, 3) : `${fmt(t.value)}×`;
    const goal = t.max !== undefined ? `≤ ${t.max}` : `≥ ${t.min}×`;
    console.log(`  ${t.label.padEnd(tw)} ${measured.padStart(12)} ${goal.padStart(10)}   ${t.pass ? 'PASS' : 'FAIL'}`);
  }
  const correct = problems.length === 0;
  console.log(`  ${'Arquero and the engine agree'.padEnd(tw)} ${(correct ? 'yes' : 'no').padStart(12)} ${'yes'.padStart(10)}   ${correct ? 'PASS' : 'FAIL'}`);
  const pass = correct && Object.values(targets).every((t) => t.pass);
  console.log(`\n  Node bench: ${pass ? 'all targets met' : 'TARGETS MISSED'} (timed part ${fmt(totalS)} s)`);

  const result = {
    date: new Date().toISOString(),
    machine,
    engine: source,
    arquero: aq.version ?? '7',
    config: { rows, runs, warmup, seed, surveyJsonBytes: Buffer.byteLength(surveyJson), mrrJsonBytes: Buffer.byteLength(mrrJson), usageJsonBytes: Buffer.byteLength(usageJson) },
    generatedMs,
    timingsMs: timings,
    targets,
    problems,
    pass,
  };
  if (out) {
    mkdirSync(new URL('.', pathToFileURL(out)), { recursive: true });
    writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`  results: ${out}`);
  }
  return result;
}

// Run directly: node --expose-gc --import tsx scripts/bench-node.mjs [--rows N] [--runs N] [--warmup N]
export function benchOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: { rows: { type: 'string' }, runs: { type: 'string' }, warmup: { type: 'string' }, seed: { type: 'string' } },
    strict: false,
  });
  const num = (v, fallback, min) => {
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isSafeInteger(n) || n < min) throw new Error(`expected an integer ≥ ${min}, got ${v}`);
    return n;
  };
  return { rows: num(values.rows, 1_000_000, 1000), runs: num(values.runs, 5, 1), warmup: num(values.warmup, 1, 0), seed: num(values.seed, 42, 0) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await runNodeBench(benchOptions(process.argv.slice(2)));
  if (!result.pass) process.exitCode = 1;
}
