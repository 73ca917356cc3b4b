import { constants, lstatSync, openSync, closeSync, fstatSync, realpathSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { SpecError, type SpecIssue } from '../errors.js';
import type { LoadedLab } from '../specs/load.js';
import { fileKind } from '../specs/spec-file.js';

/**
 * What a controller ships to a server: exactly the files its own vmlab read
 * (topology.json, every profile, the platforms the lab uses, wherever they
 * were found), each as a regular file under the name the server reads it by,
 * plus two files made here: the placement and the secrets the lab refers to.
 * Nothing else of the spec directory goes (images, other tools' files), and
 * the server is told where the platforms and secrets are: it never looks
 * for them itself.
 */
export interface Shipment {
  /** Files copied from this machine: `name` in the tar, `path` the real file read. */
  files: { name: string; path: string }[];
  /** Files made here. */
  texts: { name: string; text: string; mode: number }[];
  /** Directories that go even if empty (a platforms/ directory of which the lab uses no platform). */
  dirs: string[];
  /** Where, relative to the unpacked tree, the server's vmlab finds each part (platforms: none found, none named). */
  layout: { specs: string; platforms?: string; secrets: string; placement: string };
}

/** Larger than any spec file a person writes; smaller than any disk image. */
export const SHIP_FILE_CAP = 16 * 1024 * 1024;

/**
 * The platforms and secrets go inside the spec directory, where a plain read
 * of it finds them first (platforms/ or platforms.json, secrets.json beside
 * topology.json): the server's later commands that read the specs from its
 * state (link, ssh, exec) see what plan and apply were told explicitly.
 */
const LAYOUT = { specs: 'specs', platforms: 'specs/platforms', secrets: 'specs/secrets.json', placement: 'placement.json' };

/**
 * The real file behind `path` (a file of the directory `root`), or an issue:
 * a symlink may point anywhere inside `root` (the file it points at is
 * shipped), not outside; only a regular file of at most SHIP_FILE_CAP is
 * shipped. Checked on an open descriptor (O_NONBLOCK: a FIFO does not block
 * the open) so that what is checked is what would be read.
 */
export function shippableFile(root: string, path: string, display: string): { real: string } | SpecIssue {
  const rootReal = realpathSync(root);
  let real: string;
  try {
    real = realpathSync(path);
  } catch (err) {
    return { file: display, path: '', message: `cannot be shipped: ${(err as NodeJS.ErrnoException).code ?? 'unreadable'} (a dangling symlink?)` };
  }
  if (real !== rootReal && !real.startsWith(rootReal + sep)) {
    return {
      file: display,
      path: '',
      message: `is a symlink to ${real}, outside ${rootReal}: a server is sent only what is inside the spec directory; copy the file in, or point the link inside`,
    };
  }
  let fd: number;
  try {
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (err) {
    const st = safeLstat(real);
    return {
      file: display,
      path: '',
      message:
        st && !st.isFile()
          ? `is ${fileKind(st)}: only regular files are shipped to servers`
          : `cannot be read: ${(err as NodeJS.ErrnoException).code ?? 'error'}`,
    };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { file: display, path: '', message: `is ${fileKind(st)}: only regular files are shipped to servers` };
    if (st.size > SHIP_FILE_CAP) {
      return {
        file: display,
        path: '',
        message: `is ${(st.size / 1048576).toFixed(1)} MiB; a spec file shipped to servers may be at most ${SHIP_FILE_CAP / 1048576} MiB (images are never shipped: each server finds its own where the platform says)`,
      };
    }
  } finally {
    closeSync(fd);
  }
  return { real };
}

function safeLstat(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

/**
 * The shipment of a loaded lab, checked: every file a regular file inside
 * its directory, within the cap; else a SpecError (exit 3) naming each file,
 * before anything is sent.
 */
export function shipmentOf(loaded: LoadedLab, placement: Record<string, string>): Shipment {
  const { specs } = loaded;
  const issues: SpecIssue[] = [];
  const files: Shipment['files'] = [];
  const add = (root: string, path: string, display: string, name: string) => {
    const checked = shippableFile(root, path, display);
    if ('real' in checked) files.push({ name, path: checked.real });
    else issues.push(checked);
  };
  const specDir = specs.dir;
  add(specDir, join(specDir, 'topology.json'), 'topology.json', `${LAYOUT.specs}/topology.json`);
  for (const profile of Object.values(specs.profiles)) add(specDir, join(specDir, profile.file), profile.file, `${LAYOUT.specs}/${profile.file}`);
  const layout: Shipment['layout'] = { specs: LAYOUT.specs, secrets: LAYOUT.secrets, placement: LAYOUT.placement };
  const dirs: string[] = [LAYOUT.specs];
  const where = specs.platformsPath;
  if (where !== undefined) {
    if (specs.platformNames !== undefined) {
      layout.platforms = LAYOUT.platforms;
      dirs.push(LAYOUT.platforms);
      // A platforms/ directory: the files of the platforms this lab uses, the only ones read.
      for (const name of Object.keys(specs.platforms).sort())
        add(where, join(where, `${name}.json`), relative(specDir, join(where, `${name}.json`)) || `${name}.json`, `${LAYOUT.platforms}/${name}.json`);
    } else {
      const own = where === join(specDir, 'platforms.json');
      add(own ? specDir : where, where, own ? 'platforms.json' : where, 'specs/platforms.json');
      layout.platforms = 'specs/platforms.json';
    }
  }
  if (issues.length > 0) throw new SpecError(issues);
  const secrets = specs.secrets?.referencedValues() ?? {};
  const texts = [
    { name: LAYOUT.placement, text: `${JSON.stringify(placement, null, 2)}\n`, mode: 0o600 },
    { name: LAYOUT.secrets, text: `${JSON.stringify(secrets, null, 2)}\n`, mode: 0o600 },
  ];
  return { files, texts, dirs, layout };
}
