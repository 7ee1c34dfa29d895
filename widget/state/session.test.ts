import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyProgress } from './questionnaire';
import { loadSession } from './resume';
import { clearSession, hasSession, saveSession, type Session } from './session';

/** The widget reads `window.sessionStorage`; Node has neither, so a small in-memory one stands in. */
class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.items.set(k, v);
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
}

const g = globalThis as { window?: unknown };
let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  g.window = { sessionStorage: storage };
});
afterEach(() => {
  delete g.window;
});

const saved: Session = {
  v: 1,
  catalogueVersion: 'v1',
  view: 'detail',
  step: 3,
  detail: 'listing-1',
  progress: { values: { 'who.pets': 'dog' }, texts: { 'who.adults': '2' }, importance: { 'who.pets': 2 } },
  statsOptOut: true,
  submission: { body: '{"key":"pk_demo"}', idempotencyKey: 'bt_abc' },
};

describe('the session of one publishable key', () => {
  it('comes back as it was saved, per key, and is gone after clearing', () => {
    saveSession('pk_a', saved);
    expect(loadSession('pk_a')).toEqual(saved);
    expect(loadSession('pk_b')).toBeUndefined();
    expect([...storage.items.keys()]).toEqual(['bring-together:pk_a']);
    expect([hasSession('pk_a'), hasSession('pk_b')]).toEqual([true, false]);
    clearSession('pk_a');
    expect(loadSession('pk_a')).toBeUndefined();
    expect(hasSession('pk_a')).toBe(false);
  });

  it('ignores what it cannot trust and repairs what it can', () => {
    storage.setItem('bring-together:broken', '{not json');
    storage.setItem('bring-together:old', JSON.stringify({ ...saved, v: 0 }));
    storage.setItem(
      'bring-together:odd',
      JSON.stringify({ v: 1, catalogueVersion: 'v1', view: 'contact', step: 1.5, progress: { values: [], texts: 'x' }, submission: { body: 1 } }),
    );
    expect(loadSession('broken')).toBeUndefined();
    expect(loadSession('old')).toBeUndefined();
    expect(loadSession('odd')).toEqual({ v: 1, catalogueVersion: 'v1', view: 'intro', step: 0, progress: emptyProgress(), statsOptOut: false });
  });

  it('keeps working in memory when storage is unavailable', () => {
    g.window = {
      get sessionStorage(): Storage {
        throw new Error('SecurityError');
      },
    };
    expect(() => saveSession('pk_a', saved)).not.toThrow();
    expect(loadSession('pk_a')).toBeUndefined();
    expect(hasSession('pk_a')).toBe(false);
    expect(() => clearSession('pk_a')).not.toThrow();
  });
});
