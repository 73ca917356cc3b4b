import type { Argv } from 'yargs';
import { sshHosts } from '../../engine/guests/ssh-hosts.js';
import { findLab } from '../../state/lab-dir.js';
import { homeOf } from '../settings.js';
import type { CliIo } from '../io.js';
import { LAB_OPTION, specSources, specsArg, withSpecs } from '../options.js';
import { sshConfig } from '../render/ssh-config.js';

export function sshConfigCommand(io: CliIo, setCode: (code: number) => void) {
  return {
    command: 'ssh-config',
    describe: 'print an OpenSSH config block (a Host per node) for plain ssh, scp and Ansible',
    builder: (y: Argv) => withSpecs(y).option('lab', LAB_OPTION),
    handler: (argv: { specs?: string; lab?: string; platforms?: string; secrets?: string }) => {
      const sources = specSources(argv, io);
      const lab = findLab(homeOf(io), { lab: argv.lab, specs: specsArg(argv, io), sources });
      const entries = sshHosts(lab, specsArg(argv, io) ?? lab.state.spec_dir, sources);
      io.out(sshConfig(lab.state.name, entries));
      setCode(0);
    },
  };
}
