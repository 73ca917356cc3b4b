/**
 * Who a base image is, and when two sightings are the same image. Pure, so
 * the planner can compare images without reaching the file system; reading
 * an image's identity is read-image-identity.ts.
 */

/** Who a base image is: enough to notice that it was replaced or rewritten under running overlays. */
export interface ImageIdentity {
  size: number;
  mtime: string;
  /** sha256 of the size, the first and the last MiB: fast even for multi-GB images. */
  hash: string;
}

/** Same content as far as the identity can tell (a touched but unchanged file is the same image). */
export function sameImage(a: ImageIdentity, b: ImageIdentity): boolean {
  return a.size === b.size && a.hash === b.hash;
}
