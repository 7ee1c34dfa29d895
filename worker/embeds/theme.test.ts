import { describe, expect, it } from 'vitest';
import { contrastOnWhite, publicTheme } from './theme';

describe("an embed's theme as the widget gets it", () => {
  it('keeps an accent with at least 4.5:1 on white, a length and a font stack, normalised', () => {
    expect(publicTheme({ accent: ' #1F5C7A ', radius: '4px', font: 'Georgia, serif' })).toEqual({ accent: '#1f5c7a', radius: '4px', font: 'Georgia, serif' });
  });

  it('drops what the widget could not apply as it is, keeping the rest', () => {
    // Yellow on white: white text on it would fail WCAG AA.
    expect(contrastOnWhite('#ffcc00')).toBeLessThan(4.5);
    expect(publicTheme({ accent: '#ffcc00', radius: '4px' })).toEqual({ radius: '4px' });
    expect(publicTheme({ accent: 'red', radius: '4px;}body{x:y', font: 'x;}' })).toEqual({});
    expect(publicTheme({ accent: '#abc' })).toEqual({});
    expect(publicTheme({})).toEqual({});
  });

  it('measures contrast as WCAG 2.1 does', () => {
    expect(contrastOnWhite('#000000')).toBeCloseTo(21, 5);
    expect(contrastOnWhite('#ffffff')).toBeCloseTo(1, 5);
    expect(contrastOnWhite('#767676')).toBeCloseTo(4.54, 2);
  });
});
