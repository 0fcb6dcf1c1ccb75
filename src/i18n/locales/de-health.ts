/** German words of <health-badge>: a chunk of its own, fetched when a German page shows that element. */
import type { health } from '../en/health.js';
import type { TranslationOf } from '../types.js';

export default {
  'health.name': 'Kundengesundheit',
  'health.band.healthy': 'Gesund',
  'health.band.at-risk': 'Gefährdet',
  'health.band.critical': 'Kritisch',
  'health.band.healthy.spoken': 'gesund',
  'health.band.at-risk.spoken': 'gefährdet',
  'health.band.critical.spoken': 'kritisch',
  'health.empty': 'Noch hat keine Kennzahl des Health-Modells einen Wert für {customer}.',
  'health.details': 'Woraus sich der Score zusammensetzt',
  'health.trend': 'Trend:',
  'health.up': '{points} höher als {previous}',
  'health.down': '{points} niedriger als {previous}',
  'health.steady': 'stabil (vorher {previous})',
  'health.weight': 'Gewicht {share}',
  'health.no-data': 'keine Daten ({weight})',
  'health.measure': '{value} → Score {score} von 100 ({weight})',
  'health.aria': 'Kundengesundheit: {words}',
  'health.aria.customer': 'Kundengesundheit von {customer}: {words}',
} satisfies TranslationOf<typeof health>;
