import { cpSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { execa } from 'execa';
import { VmlabError } from '../errors.js';
import type { SpecSources } from '../spec/types.js';
import { remoteFailure, runVmlab, type RemoteHost, type SshClient } from './ssh.js';

/** Where a server unpacked the specs, and the arguments that point vmlab there. */
export interface ShippedSpecs {
  /** Where the server unpacked them. */
  dir: string;
  /** The spec arguments for vmlab on that server (-S, and --platforms/--secrets when the specs drew on files outside their directory). */
  args: string[];
}

/**
 * A tar of what the specs are read from: the spec directory as `specs/`,
 * and the platforms and secrets named by --platforms/--secrets (or the
 * environment) beside it. Images are not shipped: each server finds them
 * where the platform says.
 */
export async function specsTarball(specDir: string, sources: SpecSources, placement: Record<string, string>): Promise<{ tar: Buffer; layout: { platforms?: string; secrets?: string; placement: string } }> {
  const stage = mkdtempSync(join(tmpdir(), 'vmlab-ship-'));
  try {
    cpSync(specDir, join(stage, 'specs'), { recursive: true });
    // Where the controller put the nodes the specs leave unplaced: every server must agree.
    writeFileSync(join(stage, 'placement.json'), `${JSON.stringify(placement, null, 2)}\n`);
    const layout: { platforms?: string; secrets?: string; placement: string } = { placement: 'placement.json' };
    if (sources.platforms !== undefined) {
      const name = statSync(sources.platforms).isDirectory() ? 'platforms' : basename(sources.platforms);
      cpSync(sources.platforms, join(stage, 'sources', name), { recursive: true });
      layout.platforms = `sources/${name}`;
    }
    if (sources.secrets !== undefined) {
      cpSync(sources.secrets, join(stage, 'sources', 'secrets.json'));
      layout.secrets = 'sources/secrets.json';
    }
    const { stdout } = await execa('tar', ['-c', '-f', '-', '-C', stage, '.'], { encoding: 'buffer' });
    return { tar: Buffer.from(stdout), layout };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/** Sends the tarball to a server's `vmlab receive-specs`; returns the spec arguments that point at what it unpacked. */
export async function shipSpecs(client: SshClient, host: RemoteHost, lab: string, bundle: Awaited<ReturnType<typeof specsTarball>>): Promise<ShippedSpecs> {
  const run = await runVmlab(client, host, ['receive-specs', '--lab', lab, '--host', host.name], { input: bundle.tar, timeoutMs: 120_000 });
  if (run.code !== 0) throw new VmlabError(`shipping the specs to ${remoteFailure(host, run)}`);
  let dir: string;
  try {
    dir = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '').dir;
  } catch {
    throw new VmlabError(`shipping the specs to ${host.name}: its vmlab answered ${JSON.stringify(run.stdout.slice(0, 200))}, not where it put them`);
  }
  const args = ['-S', `${dir}/specs`];
  if (bundle.layout.platforms) args.push('--platforms', `${dir}/${bundle.layout.platforms}`);
  if (bundle.layout.secrets) args.push('--secrets', `${dir}/${bundle.layout.secrets}`);
  args.push('--placement', `${dir}/${bundle.layout.placement}`);
  return { dir, args };
}
