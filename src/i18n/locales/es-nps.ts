/** Spanish words of <nps-gauge>: a chunk of its own, fetched when a Spanish page shows that element. */
import type { nps } from '../en/nps.js';
import type { TranslationOf } from '../types.js';

export default {
  'nps.title': 'Net Promoter Score',
  'nps.responses': { one: '{count} respuesta', other: '{count} respuestas' },
  'nps.promoters': '{share} promotores ({number})',
  'nps.passives': '{share} pasivos ({number})',
  'nps.detractors': '{share} detractores ({number})',
  'nps.promoters.spoken': '{share} promotores',
  'nps.passives.spoken': '{share} pasivos',
  'nps.detractors.spoken': '{share} detractores',
  'nps.change': '{change} respecto al anterior',
  'nps.change.none': 'sin cambios respecto al anterior',
  'nps.target': 'Objetivo {target}',
  'nps.target.met': 'Objetivo {target} · cumplido',
  'nps.aria': '{title} {score}, {margin}, de {responses}: {groups}',
  'nps.aria.up': '{text}; sube {points} desde {previous}',
  'nps.aria.down': '{text}; baja {points} desde {previous}',
  'nps.aria.flat': '{text}; sin cambios desde {previous}',
  'nps.aria.target': '{text}; objetivo {target}',
  'nps.aria.target.met': '{text}; objetivo {target}, cumplido',
} satisfies TranslationOf<typeof nps>;
