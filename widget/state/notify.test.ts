import { describe, expect, it } from 'vitest';
import { notifyProblemsOf, validateNotify } from './notify';

describe('"notify me"', () => {
  it('needs a valid address and the consent', () => {
    expect(validateNotify('', false)).toEqual(
      new Map([
        ['email', 'required'],
        ['consent', 'consent'],
      ]),
    );
    expect(validateNotify('keine-adresse', true)).toEqual(new Map([['email', 'email']]));
    expect(validateNotify(' ada@example.org ', true).size).toBe(0);
  });

  it('shows a refused address or spam check at its field, other failures not', () => {
    expect(notifyProblemsOf({ code: 'validation_failed', fieldErrors: [{ field: 'email', message: 'Invalid' }] })).toEqual(new Map([['email', 'email']]));
    expect(notifyProblemsOf({ code: 'turnstile_failed', fieldErrors: [] })).toEqual(new Map([['turnstile', 'turnstile']]));
    expect(notifyProblemsOf({ code: 'validation_failed', fieldErrors: [{ field: 'turnstileToken', message: 'Required' }] })).toEqual(new Map([['turnstile', 'turnstile']]));
    expect(notifyProblemsOf({ code: 'http_500', fieldErrors: [] })).toBeUndefined();
  });
});
