import { de, type Messages } from './de';
import { en } from './en';

export type { Messages };
export type DashboardLocale = 'de' | 'en';

/** German by default; English for `en`. */
export const messages = (locale: string | undefined): Messages => (locale === 'en' ? en : de);
