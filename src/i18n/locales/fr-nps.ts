/** French words of <nps-gauge>: a chunk of its own, fetched when a French page shows that element. */
import type { nps } from '../en/nps.js';
import type { TranslationOf } from '../types.js';

export default {
  'nps.title': 'Net Promoter Score',
  'nps.responses': { one: '{count} réponse', other: '{count} réponses' },
  'nps.promoters': '{share} promoteurs ({number})',
  'nps.passives': '{share} passifs ({number})',
  'nps.detractors': '{share} détracteurs ({number})',
  'nps.promoters.spoken': '{share} promoteurs',
  'nps.passives.spoken': '{share} passifs',
  'nps.detractors.spoken': '{share} détracteurs',
  'nps.change': '{change} par rapport au précédent',
  'nps.change.none': 'inchangé par rapport au précédent',
  'nps.target': 'Objectif {target}',
  'nps.target.met': 'Objectif {target} · atteint',
  'nps.aria': '{title} {score}, {margin}, sur {responses} : {groups}',
  'nps.aria.up': '{text} ; en hausse de {points} par rapport à {previous}',
  'nps.aria.down': '{text} ; en baisse de {points} par rapport à {previous}',
  'nps.aria.flat': '{text} ; inchangé par rapport à {previous}',
  'nps.aria.target': '{text} ; objectif {target}',
  'nps.aria.target.met': '{text} ; objectif {target}, atteint',
} satisfies TranslationOf<typeof nps>;
