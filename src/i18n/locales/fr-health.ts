/** French words of <health-badge>: a chunk of its own, fetched when a French page shows that element. */
import type { health } from '../en/health.js';
import type { TranslationOf } from '../types.js';

export default {
  'health.name': 'santé du compte',
  'health.band.healthy': 'Sain',
  'health.band.at-risk': 'À risque',
  'health.band.critical': 'Critique',
  'health.band.healthy.spoken': 'sain',
  'health.band.at-risk.spoken': 'à risque',
  'health.band.critical.spoken': 'critique',
  'health.empty': 'Aucun indicateur du modèle de santé n’a encore de valeur pour {customer}.',
  'health.details': 'Ce qui compose le score',
  'health.trend': 'Tendance :',
  'health.up': 'en hausse de {points} par rapport à {previous}',
  'health.down': 'en baisse de {points} par rapport à {previous}',
  'health.steady': 'stable (auparavant {previous})',
  'health.weight': 'poids {share}',
  'health.no-data': 'aucune donnée ({weight})',
  'health.measure': '{value} → score {score} sur 100 ({weight})',
  'health.aria': 'Santé du compte : {words}',
  'health.aria.customer': 'Santé du compte {customer} : {words}',
} satisfies TranslationOf<typeof health>;
