/**
 * Repairs UTF-8 text that was once decoded as Latin-1 or Windows-1252 ("mojibake"): `Ã©` → `é`,
 * `â€œ` → `“`, `Â±` → `±`. A run is replaced only when its code points, read back as bytes, form
 * valid UTF-8 — real text essentially never does that by chance.
 */

/** Windows-1252 characters in 0x80–0x9F and the byte each stands for. */
const CP1252: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a,
  '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
  '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};
const CONT = '[\\u0080-\\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]';
/** A lead byte (0xC2–0xF4 as a Latin-1 character) followed by continuation bytes. */
const RUN = new RegExp(`(?:[\\u00C2-\\u00F4]${CONT}{1,3})+`, 'gu');
const QUICK = new RegExp(`[\\u00C2-\\u00F4]${CONT}`, 'u');
const utf8 = new TextDecoder('utf-8', { fatal: true });

function byteOf(ch: string): number | null {
  const c = ch.charCodeAt(0);
  if (c <= 0xff) return c;
  return CP1252[ch] ?? null;
}

export function repairMojibake(text: string): string {
  if (!QUICK.test(text)) return text;
  return text.replace(RUN, (run) => {
    const bytes = new Uint8Array(run.length);
    for (let i = 0; i < run.length; i++) {
      const b = byteOf(run[i]!);
      if (b === null) return run;
      bytes[i] = b;
    }
    try {
      return utf8.decode(bytes);
    } catch {
      return run;
    }
  });
}
