// The sha256 of bytes in hand. The audit vouches for what a run wrote or read, so it hashes those
// bytes, never the file again: by then the file may be another run's.

import { createHash } from 'node:crypto';

/** Hex sha256; a string is hashed as UTF-8, as it is written. */
export function sha256Hex(bytes: string | Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Base64 sha256 of a string's UTF-8 bytes, as a Content-Security-Policy hash source wants it. */
export function sha256Base64(text: string): string {
  return createHash('sha256').update(text).digest('base64');
}
