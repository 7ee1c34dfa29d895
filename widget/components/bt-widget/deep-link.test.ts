import { describe, expect, it } from 'vitest';
import { linkedListing } from './deep-link';

describe('the listing a host page names (?bt-listing=)', () => {
  it('reads an id and refuses what cannot be one', () => {
    expect(linkedListing('?bt-listing=lst_001')).toBe('lst_001');
    expect(linkedListing('?page=2&bt-listing=lst-2&x=1')).toBe('lst-2');
    for (const search of ['', '?bt-listing=', '?bt-listing=%3Cscript%3E', `?bt-listing=${'a'.repeat(65)}`, '?listing=lst_001']) {
      expect(linkedListing(search), search).toBeUndefined();
    }
  });
});
