/**
 * A readiness checklist item in words, from the group's side ("mindestens 3 Haushalte (Ihre
 * Gruppe: 2)"): the group's API answer and its manage page say the same.
 */
import { messages, type Locale } from '../i18n';
import type { ReadinessItem } from './readiness';

/**
 * @example
 * readinessItemText({ id: 'households', met: false, have: 2, need: 3 }, 'de'); // "mindestens 3 Haushalte (Ihre Gruppe: 2)"
 */
export function readinessItemText(item: ReadinessItem, locale: Locale): string {
  const t = messages(locale).groups.readinessItems;
  switch (item.id) {
    case 'households':
      return t.households(item.need, item.have);
    case 'unitsShare':
      return t.unitsShare(item.need, item.units, item.have);
    case 'custom':
      return (locale === 'en' ? item.criterion.label.en : undefined) || item.criterion.label.de;
    default:
      return t[item.id];
  }
}
