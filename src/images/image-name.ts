/** A stored image's name from its file name: "sonic-vs.img.gz" → "sonic-vs". */
export function defaultImageName(file: string): string {
  const base = file.split('/').pop() ?? file;
  return base.replace(/(\.(gz|xz))?$/, '').replace(/\.(qcow2|img|raw|bin)$/, '');
}
