/**
 * Who a base image is, and when two sightings are the same image. Pure, so
 * the planner can compare images without reaching the file system; reading
 * an image's identity (and its cache) is read-image-identity.ts.
 */

/** How a content hash begins; a record written before content hashes holds a bare hex hash of the size, first and last MiB. */
export const CONTENT_HASH = 'sha256:';

/** Who a base image is: enough to notice that any block of it was rewritten under running overlays or templates. */
export interface ImageIdentity {
  size: number;
  /** For messages ("modified …"): a touched but unchanged image is the same image. */
  mtime: string;
  /** `sha256:` and the sha256 of the whole file (bare hex in records of older vmlab versions). */
  hash: string;
}

/** Same content (a touched but unchanged file is the same image). */
export function sameImage(a: ImageIdentity, b: ImageIdentity): boolean {
  return a.size === b.size && a.hash === b.hash;
}
