import { existsSync } from 'node:fs';
import type { Argv } from 'yargs';
import { findLab, recordedPlacement } from '../../state/lab-dir.js';
import { compile, NODES_ONLY } from '../../model/compile.js';
import { homeOf } from '../settings.js';
import { loadLab } from '../../specs/load.js';
import { Secrets } from '../../specs/secrets.js';
import type { CliIo } from '../io.js';
import { LAB_OPTION, specSources, specsArg, withSpecs } from '../options.js';
import { sshConfig, type SshHostEntry } from '../render/ssh-config.js';

export function sshConfigCommand(io: CliIo, setCode: (code: number) => void) {
  return {
    command: 'ssh-config',
    describe: 'print an OpenSSH config block (a Host per node) for plain ssh, scp and Ansible',
    builder: (y: Argv) => withSpecs(y).option('lab', LAB_OPTION),
    handler: (argv: { specs?: string; lab?: string; platforms?: string; secrets?: string }) => {
      const sources = specSources(argv, io);
      const { state, paths } = findLab(homeOf(io), { lab: argv.lab, specs: specsArg(argv, io), sources });
      const key = paths.sshKey;
      const identityFile = existsSync(key) ? key : null;
      // Nodes on this machine from its state; a multi-host lab's others from the specs.
      const entries: SshHostEntry[] = Object.entries(state.nodes).map(([node, r]) => ({
        node,
        address: r.bind_address,
        port: r.ssh_port,
        user: r.credentials.user,
        identityFile,
      }));
      try {
        for (const n of compile(loadLab(specsArg(argv, io) ?? state.spec_dir, sources, () => recordedPlacement(state)).lab, NODES_ONLY).nodes) {
          if (!state.nodes[n.name]) entries.push({ node: n.name, address: n.bindAddress, port: n.sshPort, user: n.credentials.user, identityFile: null });
        }
      } catch {
        // specs gone: the local nodes are still worth printing
      }
      // A login user that is a ${secret:KEY} goes into the config as itself: the config is for logging in.
      const secrets = Secrets.of(specsArg(argv, io) ?? state.spec_dir, sources);
      for (const entry of entries) entry.user = secrets.reveal(entry.user, `the login user of ${entry.node}`);
      entries.sort((a, b) => (a.node < b.node ? -1 : 1));
      io.out(sshConfig(state.name, entries));
      setCode(0);
    },
  };
}
