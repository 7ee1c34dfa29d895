/** The events `<bring-together-widget>` fires: `CustomEvent`s that bubble and are composed. */
import type { Locale } from '../../locales';

export interface BtReadyDetail {
  key: string;
  locale: Locale;
}
export interface BtStepDetail {
  /** Step id from the catalogue, e.g. `where`. */
  step: string;
  /** 0-based position among the steps shown to this seeker. */
  index: number;
  total: number;
}
export interface BtResultsDetail {
  /** Matching listings in total (the widget shows at most the API's `limit`). */
  count: number;
  shown: number;
}
export interface BtErrorDetail {
  /** `unknown_key`, `key_revoked`, `origin_not_allowed`, `missing_key`, `network`, `timeout`, `http_500`, … */
  code: string;
  status: number;
  stage: 'config' | 'matches' | 'detail' | 'contact' | 'notify' | 'browse' | 'groups';
}
export interface BtContactSentDetail {
  /** Id of the stored contact request. */
  id: string;
  listingId: string;
  /** Score (0–100) stored with the request. */
  score: number;
  confirmationEmail: 'sent' | 'failed';
}

export interface BtEventDetails {
  'bt-ready': BtReadyDetail;
  'bt-step': BtStepDetail;
  'bt-results': BtResultsDetail;
  'bt-error': BtErrorDetail;
  'bt-contact-sent': BtContactSentDetail;
}

declare global {
  interface HTMLElementEventMap {
    'bt-ready': CustomEvent<BtReadyDetail>;
    'bt-step': CustomEvent<BtStepDetail>;
    'bt-results': CustomEvent<BtResultsDetail>;
    'bt-error': CustomEvent<BtErrorDetail>;
    'bt-contact-sent': CustomEvent<BtContactSentDetail>;
  }
}
