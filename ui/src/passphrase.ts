/**
 * A rough, transparent estimate of how hard a passphrase is to guess, for
 * live feedback while a person chooses one. It is advice, not a rule: the
 * core refuses only passphrases shorter than its minimum
 * (`hearken::vault::MIN_PASSPHRASE_CHARS`).
 *
 * The estimate counts bits as length × log2(alphabet), after discounting
 * what guessers try first: runs of one character, keyboard or alphabet
 * sequences, a repeated chunk, and the most common passwords. Letters of any
 * script count (Arabic, Cyrillic...), so a passphrase in the person's own
 * language is judged like one in English.
 *
 * @module
 */

/** How a passphrase rates, from refused to strong. */
export type Strength = "too-short" | "weak" | "fair" | "strong";

/** Bits at or above which a passphrase rates `fair` and `strong`. */
const FAIR_BITS = 45;
const STRONG_BITS = 65;

/** Passwords tried first by every guesser, in the app's languages. */
const COMMON = new Set([
  "password", "passw0rd", "12345678", "123456789", "1234567890", "qwertyuiop", "azertyuiop",
  "iloveyou", "motdepasse", "contraseña", "contrasena", "пароль", "йцукенгш", "كلمةالسر", "11111111",
  "00000000", "abcdefgh", "qwerty123", "password1", "admin123", "welcome1", "letmein1",
]);

const SEQUENCES = [
  "abcdefghijklmnopqrstuvwxyz",
  "0123456789",
  "qwertyuiopasdfghjklzxcvbnm",
  "azertyuiopqsdfghjklmwxcvbn",
  "йцукенгшщзхъфывапролджэячсмитьбю",
  "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
];

function alphabetSize(chars: string[]): number {
  let size = 0;
  if (chars.some((c) => /[a-z]/.test(c))) size += 26;
  if (chars.some((c) => /[A-Z]/.test(c))) size += 26;
  if (chars.some((c) => /[0-9]/.test(c))) size += 10;
  if (chars.some((c) => /[\s\p{P}\p{S}]/u.test(c) && /[\x20-\x7e]/.test(c))) size += 33;
  // Letters beyond ASCII: a script's alphabet is roughly 30 to 40 letters.
  if (chars.some((c) => /\p{L}/u.test(c) && !/[A-Za-z]/.test(c))) size += 36;
  if (chars.some((c) => !/[\x20-\x7e]/.test(c) && !/\p{L}/u.test(c))) size += 20;
  return Math.max(size, 1);
}

/** How many characters a guesser effectively has to find. */
function effectiveLength(chars: string[]): number {
  const lower = chars.map((c) => c.toLowerCase());
  let length = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower[i]!;
    const prev = lower[i - 1];
    const prev2 = lower[i - 2];
    if (c === prev && c === prev2) continue; // third of a run: aaa
    if (prev !== undefined && SEQUENCES.some((s) => s.includes(prev + c) || s.includes(c + prev))) {
      length += 0.25; // next step of a sequence: abc, 123, qwe
      continue;
    }
    length += 1;
  }
  // A chunk typed twice (or more) is barely harder than once.
  const text = lower.join("");
  for (let size = 2; size <= text.length / 2; size++) {
    const chunk = text.slice(0, size);
    if (chunk.repeat(Math.ceil(text.length / size)).startsWith(text)) return Math.min(length, size + 1);
  }
  return length;
}

/** Estimated guessing entropy of `passphrase`, in bits. */
export function estimateBits(passphrase: string): number {
  const chars = Array.from(passphrase);
  if (chars.length === 0) return 0;
  if (COMMON.has(passphrase.toLowerCase().replace(/\s+/g, ""))) return 10;
  return effectiveLength(chars) * Math.log2(alphabetSize(chars));
}

/** Rates `passphrase`; `minChars` is the core's minimum length. */
export function rate(passphrase: string, minChars: number): Strength {
  if (Array.from(passphrase).length < minChars) return "too-short";
  const bits = estimateBits(passphrase);
  if (bits >= STRONG_BITS) return "strong";
  if (bits >= FAIR_BITS) return "fair";
  return "weak";
}
