import { VmlabError } from '../../errors.js';
import type { WirePlan } from '../../plan/wire.js';
import { shipSpecs, type Shipment } from '../../remote/ship.js';
import { remoteFailure, runVmlab, type SshClient } from '../../remote/ssh.js';
import type { Server } from './servers.js';

/** One server's share of the lab, planned there against its own state and QEMUs. */
export interface ServerPlan {
  server: Server;
  /** -S and friends, pointing at the copy of the specs shipped to that server. */
  specArgs: string[];
  /** Where that server saved the plan (apply runs exactly this plan). */
  planFile: string;
  /** As the server published it (plan/wire.ts). */
  plan: WirePlan;
}

/**
 * Ships the specs to every server and has each plan its own share, all at
 * once. Each server saves its plan beside the specs, so that apply later
 * runs the plan that was shown, or refuses (exit 4) if its lab changed since.
 */
export async function planOnServers(client: SshClient, servers: Server[], lab: string, shipment: Shipment): Promise<ServerPlan[]> {
  return Promise.all(
    servers.map(async (server) => {
      const shipped = await shipSpecs(client, server, lab, shipment);
      const planFile = `${shipped.dir}/plan.json`;
      const run = await runVmlab(client, server, ['plan', ...shipped.args, '--lab', lab, '--host', server.name, '--json', '--out', planFile], {
        timeoutMs: 120_000,
      });
      if (run.code !== 0) throw new VmlabError(`planning on ${remoteFailure(server, run)}`);
      let plan: WirePlan;
      try {
        plan = JSON.parse(run.stdout) as WirePlan;
      } catch {
        throw new VmlabError(`planning on ${server.name}: its vmlab printed no plan (${run.stdout.slice(0, 200)})`);
      }
      return { server, specArgs: shipped.args, planFile, plan };
    }),
  );
}
