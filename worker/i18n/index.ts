/** The Worker's one i18n system: locales, formatters and the message catalogues (see ARCHITECTURE.md, "Texts and languages"). */
export { intlLocale, isLocale, LOCALE_NAMES, LOCALES, otherLocale, pickLocale, toLocale, writtenIn, type Locale } from './locale';
export { formatDate, formatDateTime, formatMoney, formatNumber } from './format';
export { messages, type AdminMessages, type DashboardMessages, type Messages } from './messages';
export type { ReasonParams, ReasonText, TextFormat } from './reason-format';
