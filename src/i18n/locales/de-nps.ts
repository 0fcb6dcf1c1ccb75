/** German words of <nps-gauge>: a chunk of its own, fetched when a German page shows that element. */
import type { nps } from '../en/nps.js';
import type { TranslationOf } from '../types.js';

export default {
  'nps.title': 'Net Promoter Score',
  'nps.responses': { one: '{count} Antwort', other: '{count} Antworten' },
  'nps.promoters': '{share} Promotoren ({number})',
  'nps.passives': '{share} Passive ({number})',
  'nps.detractors': '{share} Kritiker ({number})',
  'nps.promoters.spoken': '{share} Promotoren',
  'nps.passives.spoken': '{share} Passive',
  'nps.detractors.spoken': '{share} Kritiker',
  'nps.change': '{change} ggü. vorher',
  'nps.change.none': 'unverändert ggü. vorher',
  'nps.target': 'Ziel {target}',
  'nps.target.met': 'Ziel {target} · erreicht',
  'nps.aria': '{title} {score}, {margin}, aus {responses}: {groups}',
  'nps.aria.up': '{text}; {points} höher als {previous}',
  'nps.aria.down': '{text}; {points} niedriger als {previous}',
  'nps.aria.flat': '{text}; unverändert gegenüber {previous}',
  'nps.aria.target': '{text}; Ziel {target}',
  'nps.aria.target.met': '{text}; Ziel {target}, erreicht',
} satisfies TranslationOf<typeof nps>;
