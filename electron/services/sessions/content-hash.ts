/** The content hash stored at finalize and after each amendment: SHA-256 (hex) of the canonical text. */
import { createHash } from 'node:crypto';

/** Hashes canonical content text with SHA-256, as lowercase hex. */
export function sha256Hex(canonical: string): string {
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
