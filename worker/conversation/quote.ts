/**
 * The new part of a mail answer: quoted text, the "On … wrote:" line above it and the signature go;
 * what the person wrote stays. Pure, so it is tested on its own (quote.node.test.ts).
 */

/** Lines that start the quoted mail in the common clients, German and English. */
const QUOTE_HEADERS = [
  /^on .{3,200} wrote:?$/i,
  /^am .{3,200} schrieb .{1,200}:?$/i,
  /^-{2,}\s*(original message|ursprüngliche nachricht|weitergeleitete nachricht|forwarded message)\s*-{2,}$/i,
  /^_{10,}$/,
  /^(from|von):\s.+$/i,
];

/** Lines after which only a signature or a client's footer follows. */
const SIGNATURE = [/^--\s?$/, /^(sent from|gesendet von|von meinem) .{1,80}$/i, /^get outlook for .+$/i];

/**
 * @example
 * newText('Gern!\n\nAm 1.12.2026 schrieb Hof <reply+…>:\n> Wann passt es?'); // 'Gern!'
 */
export function newText(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  for (const raw of lines) {
    const line = raw.trimEnd();
    const bare = line.trim();
    if (QUOTE_HEADERS.some((r) => r.test(bare)) || SIGNATURE.some((r) => r.test(line))) break;
    if (bare.startsWith('>')) continue;
    kept.push(line);
  }
  return kept.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
