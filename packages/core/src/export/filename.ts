// The download's base name: the quiz title made safe for every file system a teacher might save it on.

const MAX_LENGTH = 80;
// Bidi overrides and isolates would let "cod.exe" display as "exe.doc"; control characters break headers.
const INVISIBLE = /[\p{Cc}\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;
// Reserved on Windows (and `/` everywhere); a title like "Cells: 1/2" must not become a path.
const RESERVED = /[<>:"/\\|?*]/g;
const DEVICE_NAMES = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** `title` without path separators, reserved or invisible characters, at most 80 characters; "quiz" if nothing is left. */
export function baseFilename(title: string): string {
  const cleaned = title.normalize('NFC').replace(INVISIBLE, ' ').replace(RESERVED, ' ').replace(/\s+/g, ' ').trim();
  // Cut by code points so an emoji or a CJK character is never split in half.
  const short = Array.from(cleaned).slice(0, MAX_LENGTH).join('');
  // Windows drops trailing dots and spaces; a leading dot hides the file on Unix.
  const trimmed = short.replace(/^[.\s]+|[.\s]+$/g, '');
  if (!trimmed) return 'quiz';
  return DEVICE_NAMES.test(trimmed) ? `${trimmed}_` : trimmed;
}
