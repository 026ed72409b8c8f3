import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import type { TextCodec } from '../../../core/search';

/**
 * Document text kept compressed in the archive index (in memory and in the stored copy): about
 * half the bytes for notes and goals (some 60 MB less at 100,000 sessions), decompressed only for
 * the result rows shown. Quality 5 with a small window compresses a session's text in about 30 µs
 * and decompresses it in about 10 µs.
 */
export const BROTLI_TEXT: TextCodec = Object.freeze({
  id: 'brotli-q5',
  encode: (bytes: Uint8Array) =>
    brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 5,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
        // A 64 KB window: a session's text is a few KB, and the default 4 MB window made each
        // compression and decompression set up far more state than the text needs.
        [constants.BROTLI_PARAM_LGWIN]: 16,
      },
    }),
  decode: (bytes: Uint8Array) => brotliDecompressSync(bytes),
});
