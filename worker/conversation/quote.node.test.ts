import { describe, expect, it } from 'vitest';
import { newText } from './quote';

describe('newText', () => {
  it('keeps what was written above a German quote header and drops the quote', () => {
    const mail = 'Sehr gern, Samstag passt.\n\nViele Grüße\nErika\n\nAm 01.12.2026 um 10:00 schrieb Hof Lindenhain <reply+abc@reply.example>:\n> Wann passt es Ihnen?\n> Wir freuen uns.';
    expect(newText(mail)).toBe('Sehr gern, Samstag passt.\n\nViele Grüße\nErika');
  });

  it('drops an English quote header, inline quoted lines and a signature', () => {
    const mail = 'Thanks!\n> earlier line\nSee you then.\n-- \nErika Muster\nTel 0123\n\nOn Tue, Dec 1, 2026 at 10:00 AM Hof <x@y> wrote:\n> hi';
    expect(newText(mail)).toBe('Thanks!\nSee you then.');
  });

  it('stops at a forwarded or original message block and at a phone footer', () => {
    expect(newText('Ja.\n\n-----Ursprüngliche Nachricht-----\nVon: Hof\nText')).toBe('Ja.');
    expect(newText('Okay\r\n\r\nSent from my iPhone')).toBe('Okay');
    expect(newText('Gut\nVon: Hof <a@b>\nGesendet: Dienstag')).toBe('Gut');
  });

  it('leaves a mail without quotes as it is, and a mail of only quotes empty', () => {
    expect(newText('Eine Zeile\n\n\n\nund noch eine')).toBe('Eine Zeile\n\nund noch eine');
    expect(newText('> nur zitiert\n> sonst nichts')).toBe('');
  });
});
