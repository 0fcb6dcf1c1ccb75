// Writes stories/fixtures/* from stories/sample.ts (run after changing the generators):
//   node --import tsx stories/write-fixtures.ts
import { writeFileSync, mkdirSync } from 'node:fs';
import { customers, healthInputs, mrrChanges, surveyResponses, toCsv } from './sample.js';

const dir = new URL('./fixtures/', import.meta.url);
mkdirSync(dir, { recursive: true });
const json = (value: unknown) => JSON.stringify(value, null, 1) + '\n';
const write = (name: string, text: string) => writeFileSync(new URL(name, dir), text);

write('survey.json', json(surveyResponses()));
write('survey.csv', toCsv(surveyResponses()));
write('mrr-changes.json', json(mrrChanges()));
write('customers.csv', toCsv(customers()));
write('health.json', json(healthInputs()));
// Deliberately bad: row 2 scores 11 on a 0–10 scale, row 4 has no score at all.
const bad: unknown[] = surveyResponses(6);
bad[2] = { ...(bad[2] as object), score: 11 };
bad[4] = { date: '2026-09-12', customerId: 'acc-09' };
write('survey-invalid.json', json(bad));
// Deliberately cut off mid-file: a parse error.
write('survey-truncated.json', json(surveyResponses(3)).slice(0, 60));
console.log('fixtures written');
