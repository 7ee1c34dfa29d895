/**
 * The dashboard's texts for a `lang` value: English for `en`, else German. The texts themselves
 * are the dashboard area of the one catalogue (worker/i18n/{de,en}/dashboard.ts).
 */
import { messages as catalogue, toLocale, type DashboardMessages } from '../i18n';

export type Messages = DashboardMessages;

export const messages = (locale: string | undefined): Messages => catalogue(toLocale(locale)).dashboard;
