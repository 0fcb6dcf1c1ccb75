/** Spanish words of <health-badge>: a chunk of its own, fetched when a Spanish page shows that element. */
import type { health } from '../en/health.js';
import type { TranslationOf } from '../types.js';

export default {
  'health.name': 'salud de la cuenta',
  'health.band.healthy': 'Saludable',
  'health.band.at-risk': 'En riesgo',
  'health.band.critical': 'Crítico',
  'health.band.healthy.spoken': 'saludable',
  'health.band.at-risk.spoken': 'en riesgo',
  'health.band.critical.spoken': 'crítico',
  'health.empty': 'Ninguna medida del modelo de salud tiene aún un valor para {customer}.',
  'health.details': 'Qué compone la puntuación',
  'health.trend': 'Tendencia:',
  'health.up': 'sube {points} desde {previous}',
  'health.down': 'baja {points} desde {previous}',
  'health.steady': 'estable (antes {previous})',
  'health.weight': 'peso {share}',
  'health.no-data': 'sin datos ({weight})',
  'health.measure': '{value} → puntuación {score} de 100 ({weight})',
  'health.aria': 'Salud de la cuenta: {words}',
  'health.aria.customer': 'Salud de la cuenta de {customer}: {words}',
} satisfies TranslationOf<typeof health>;
