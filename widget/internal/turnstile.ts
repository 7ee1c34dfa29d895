/**
 * Cloudflare Turnstile for the widget's writes (contact request, saved search).
 *
 * - With Cloudflare's test site key (`1x00000000000000000000AA`, used locally and in tests) nothing
 *   is loaded: the documented dummy token is sent, which the API accepts offline in development.
 * - Otherwise Turnstile's script is loaded on demand (once per page) and the challenge is rendered
 *   into a light-DOM container appended to the widget's host element and slotted into the form —
 *   Turnstile cannot render inside a shadow root. `dispose()` removes the container again.
 */
export const TEST_SITEKEY = '1x00000000000000000000AA';
export const DUMMY_TOKEN = 'XXXX.DUMMY.TOKEN.XXXX';
const SCRIPT_URL = 'https://challenges.cloudflare.com/turnstile/v0/api.js?render=explicit';

interface TurnstileApi {
  render(el: HTMLElement, options: Record<string, unknown>): string | undefined;
  reset(id?: string): void;
  remove(id?: string): void;
}

let loading: Promise<TurnstileApi> | undefined;

function loadApi(): Promise<TurnstileApi> {
  const w = window as unknown as { turnstile?: TurnstileApi };
  if (w.turnstile) return Promise.resolve(w.turnstile);
  loading ??= new Promise<TurnstileApi>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = SCRIPT_URL;
    script.async = true;
    script.onload = () => (w.turnstile ? resolve(w.turnstile) : reject(new Error('Turnstile did not load.')));
    script.onerror = () => {
      loading = undefined;
      script.remove();
      reject(new Error('Turnstile could not be loaded.'));
    };
    document.head.appendChild(script);
  });
  return loading;
}

export type ChallengeState = 'idle' | 'waiting' | 'solved' | 'failed';

/** One challenge for one form. */
export class Challenge {
  private container: HTMLElement | undefined;
  private widgetId: string | undefined;
  private current: string | undefined;
  private waiters: ((token: string | undefined) => void)[] = [];
  state: ChallengeState = 'idle';

  constructor(
    private readonly host: HTMLElement,
    private readonly sitekey: string,
    /** Name of the `<slot>` in the form that shows the challenge. */
    private readonly slot: string,
    private readonly onChange: () => void,
  ) {}

  /** False for the test key: no script, no challenge, the dummy token. */
  get interactive(): boolean {
    return Boolean(this.sitekey) && this.sitekey !== TEST_SITEKEY;
  }

  /** Shows the challenge (real site keys only); safe to call again. */
  async mount(locale: string): Promise<void> {
    if (!this.interactive || this.container?.isConnected) return;
    const container = document.createElement('div');
    container.setAttribute('slot', this.slot);
    container.setAttribute('data-bring-together', 'turnstile');
    this.host.appendChild(container);
    this.container = container;
    this.state = 'waiting';
    this.onChange();
    try {
      const api = await loadApi();
      if (this.container !== container || !container.isConnected) return;
      this.widgetId = api.render(container, {
        sitekey: this.sitekey,
        language: locale,
        callback: (token: string) => this.settle(token, 'solved'),
        'expired-callback': () => {
          this.current = undefined;
          this.state = 'waiting';
          this.onChange();
        },
        'error-callback': () => this.settle(undefined, 'failed'),
      });
    } catch {
      this.settle(undefined, 'failed');
    }
  }

  /** A token for the next submission: the dummy one, or the challenge's once it is solved. */
  token(): Promise<string | undefined> {
    if (!this.interactive) return Promise.resolve(DUMMY_TOKEN);
    if (this.current) return Promise.resolve(this.current);
    if (this.state === 'failed') return Promise.resolve(undefined);
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** After the API refused a token (used or expired): ask for a new one. */
  reset(): void {
    this.current = undefined;
    if (!this.interactive) return;
    const w = window as unknown as { turnstile?: TurnstileApi };
    if (this.state === 'failed' || !this.widgetId) {
      this.dispose();
      return;
    }
    this.state = 'waiting';
    w.turnstile?.reset(this.widgetId);
    this.onChange();
  }

  dispose(): void {
    const w = window as unknown as { turnstile?: TurnstileApi };
    if (this.widgetId) {
      try {
        w.turnstile?.remove(this.widgetId);
      } catch {
        // already gone
      }
    }
    this.widgetId = undefined;
    this.container?.remove();
    this.container = undefined;
    this.current = undefined;
    this.state = 'idle';
    for (const w of this.waiters.splice(0)) w(undefined);
  }

  private settle(token: string | undefined, state: ChallengeState): void {
    this.current = token;
    this.state = state;
    for (const w of this.waiters.splice(0)) w(token);
    this.onChange();
  }
}
