// vmlab link impair as a use case, over the fake machine: the live setting in state.json first, then this host's senders changed live.
import { setLinkImpairment, type LinkImpairRequest } from '../../src/engine/link-impair.js';
import { readState } from '../../src/state/state-file.js';
import { planLab } from '../../src/engine/plan-lab.js';
import { fakeLab, type FakeLab } from '../helpers/fake-lab.js';

function request(t: FakeLab, more: Partial<LinkImpairRequest>): LinkImpairRequest {
  return {
    lab: t.lab(),
    specDir: t.specs,
    endpoint: 'sw1:Ethernet0',
    direction: 'both',
    setting: { delay_us: 20_000 },
    command: 'vmlab link impair',
    lockWaitMs: 1000,
    progress: t.reporter,
    machine: t.machine,
    ...more,
  };
}

const updates = (t: FakeLab) => t.machine.lab(t.lab().paths).log.filter((l) => l.startsWith('update'));
const planned = async (t: FakeLab) => (await planLab(t.specs, t.home, t.machine, { host: null })).plan;

test('both directions: each sender updated live with an impair step, and the settings recorded', async () => {
  const t = await fakeLab();
  const outcome = await setLinkImpairment(request(t, {}));
  expect(outcome.directions.map((d) => `${d.from} → ${d.to}: ${d.impairment} (${d.result})`)).toEqual([
    'sw1:Ethernet0 → sw2:Ethernet0: delay 20ms (set live)',
    'sw2:Ethernet0 → sw1:Ethernet0: delay 20ms (set live)',
  ]);
  expect(updates(t)).toEqual(['update sw1: impair', 'update sw2: impair']);
  expect(readState(t.lab().paths.state)!.link_impairments?.map((i) => [i.from, i.to, i.impairment])).toEqual([
    ['sw1:Ethernet0', 'sw2:Ethernet0', { delay_us: 20_000 }],
    ['sw2:Ethernet0', 'sw1:Ethernet0', { delay_us: 20_000 }],
  ]);
  // Already so: nothing more to do, and the plan agrees.
  const again = await setLinkImpairment(request(t, {}));
  expect(again.directions.map((d) => d.result)).toEqual(['unchanged', 'unchanged']);
  expect(updates(t)).toHaveLength(2);
  expect((await planned(t)).changes).toBe(false);
});

test('--direction in from sw2 is what sw1 sends; --clear then --declared put the wire back and drop the setting', async () => {
  const t = await fakeLab();
  const one = await setLinkImpairment(request(t, { endpoint: 'sw2:Ethernet0', direction: 'in', setting: { loss_pct: 5 } }));
  expect(one.directions.map((d) => d.sender)).toEqual(['sw1']);
  await setLinkImpairment(request(t, { endpoint: 'sw2:Ethernet0', direction: 'in', setting: null }));
  expect(updates(t)).toEqual(['update sw1: impair', 'update sw1: impair']);
  expect(readState(t.lab().paths.state)!.link_impairments?.map((i) => i.impairment)).toEqual([null]);
  await setLinkImpairment(request(t, { endpoint: 'sw2:Ethernet0', direction: 'in', setting: 'declared' }));
  expect(readState(t.lab().paths.state)!.link_impairments).toBeUndefined();
  expect((await planned(t)).changes).toBe(false);
});
