// What the trunk post-build hooks share: the folder trunk is building into, and the hashes
// that name files by their content and pin them in index.html.
import { createHash } from 'node:crypto';
import { join } from 'node:path';

/** The staging folder of the build that runs this hook, and its index.html; exits if none. */
export function staging(hook) {
  const dir = process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error(`${hook}: TRUNK_STAGING_DIR is not set (run as a trunk hook)`);
    process.exit(1);
  }
  return { dir, page: join(dir, 'index.html') };
}

/** `stem-<first 16 hex digits of the content's SHA-256>.ext`: a name that changes with the file. */
export function hashedName(stem, ext, body) {
  return `${stem}-${createHash('sha256').update(body).digest('hex').slice(0, 16)}.${ext}`;
}

/** The Subresource Integrity value of `text` (SHA-384), as index.html pins a script with it. */
export function integrity(text) {
  return `sha384-${createHash('sha384').update(text).digest('base64')}`;
}
