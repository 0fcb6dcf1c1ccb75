/** Spanish words of <feedback-list>: a chunk of its own, fetched when a Spanish page shows that element. */
import type { feedback } from '../en/feedback.js';
import type { TranslationOf } from '../types.js';

export default {
  'feedback.name': 'comentarios',
  'feedback.empty': 'Aún no hay comentarios.',
  'feedback.filters': 'Mostrar comentarios de',
  'feedback.filter': '{name} ({number})',
  'feedback.all': 'Todos',
  'feedback.promoters': 'Promotores',
  'feedback.passives': 'Pasivos',
  'feedback.detractors': 'Detractores',
  'feedback.promoter': 'promotor',
  'feedback.passive': 'pasivo',
  'feedback.detractor': 'detractor',
  'feedback.none.all': 'No hay comentarios.',
  'feedback.none.promoter': 'No hay comentarios de promotores.',
  'feedback.none.passive': 'No hay comentarios de pasivos.',
  'feedback.none.detractor': 'No hay comentarios de detractores.',
  'feedback.showing': { one: 'Mostrando {shown} de {count} comentario', other: 'Mostrando {shown} de {count} comentarios' },
  'feedback.more': 'Mostrar más',
} satisfies TranslationOf<typeof feedback>;
