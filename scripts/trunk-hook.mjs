// What the trunk post-build hooks share: the folder trunk is building into.
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
