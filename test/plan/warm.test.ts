import { plan, why } from '../helpers/plan.js';
import type { WarmContext } from '../../src/plan/passes.js';
import type { BuildTemplateAction, FreshQemuAction, Plan } from '../../src/plan/types.js';
import { templateMac } from '../../src/model/template-nics.js';
import { graphOf, SWITCH, type LabSketch } from '../helpers/lab.js';
import { deployed, edit, empty } from '../helpers/observed.js';

/** Three switches in a line on a warm platform: sw2 needs two data NICs, sw1 and sw3 one each. */
const LINE: LabSketch = {
  devices: ['sw1', 'sw2', 'sw3'],
  links: [
    ['sw1:Ethernet0', 'sw2:Ethernet0'],
    ['sw2:Ethernet4', 'sw3:Ethernet0'],
  ],
  platforms: { switch: { ...SWITCH, vm_warm_start: true } },
};

const IMAGE = { size: 1000, mtime: '2026-01-01T00:00:00.000Z', hash: 'aaaa' };

/** This machine as the planner sees it: QEMU 10.0.2 under TCG, the base image, and these built templates. */
function machine(templates: WarmContext['facts']['templates'] = [], over: Partial<WarmContext['facts']> = {}): WarmContext {
  return {
    facts: { accel: 'tcg', qemuVersion: '10.0.2', images: { '/images/switch.qcow2': IMAGE }, templates, ...over },
    place: (i) => `pci.0/0x${(4 + i).toString(16)}`,
  };
}

const builds = (p: Plan) => p.actions.filter((a): a is BuildTemplateAction => a.action === 'build-template');
const creates = (p: Plan) => p.actions.filter((a): a is FreshQemuAction => a.action === 'create');

/** The plan of a fresh lab, and the template it builds (the test lab needs exactly one). */
function firstPlan(sketch: LabSketch, warm = machine()): { p: Plan; build: BuildTemplateAction } {
  const p = plan(graphOf(sketch), empty(), { host: null }, warm);
  expect(builds(p)).toHaveLength(1);
  return { p, build: builds(p)[0]! };
}

const built = firstPlan(LINE).build;
/** The home after the first apply: LINE's template is there. */
const afterFirstApply = machine([{ key: built.template.key, inputs: built.inputs, build_seconds: 10.7 }]);

describe('warm start, planned', () => {
  test('a fresh warm lab: one template build (a cold boot + save), every node a clone of it that waits for it', () => {
    const { p, build } = firstPlan(LINE);
    expect(p.actions.map((a) => a.id)).toEqual([
      build.id,
      'create:sw1',
      'create:sw2',
      'create:sw3',
      'patch-profile:sw1',
      'patch-profile:sw2',
      'patch-profile:sw3',
    ]);
    expect(why(build)).toEqual([
      {
        code: 'template-build',
        platform: 'switch',
        template: build.template.key,
        clones: ['sw1', 'sw2', 'sw3'],
        boot_timeout_s: 300,
        last_build_s: null,
        changed: [],
      },
    ]);
    for (const a of creates(p)) {
      expect(a.from_template).toEqual({ key: build.template.key, dir: `templates/${build.template.key}` });
      expect(a.depends_on).toContainEqual({ on: build.id, until: 'done' });
      expect(why(a)).toContainEqual({ code: 'warm-start', template: build.template.key });
    }
  });

  test('every node of a warm platform has the same NIC shape (fillers pad to the largest need), so one template serves them all', () => {
    const graph = graphOf(LINE);
    expect(graph.nodes.map((n) => n.nics.map((nic) => nic.kind))).toEqual([
      ['mgmt', 'link', 'filler'],
      ['mgmt', 'link', 'link'],
      ['mgmt', 'link', 'filler'],
    ]);
    // The management NIC keeps the template's MAC (restored device state); data NICs have the lab's own.
    expect(graph.nodes.map((n) => n.nics[0]!.mac)).toEqual([templateMac(0), templateMac(0), templateMac(0)]);
    expect(new Set(graph.nodes.flatMap((n) => n.nics.slice(1).map((nic) => nic.mac))).size).toBe(6);
  });

  test("the template boots with the clones' NIC shape, every data NIC an unwired filler with the fixed template MAC", () => {
    expect(built.desired.nics).toEqual([
      { index: 0, kind: 'mgmt', mac: templateMac(0) },
      { index: 1, kind: 'filler', mac: templateMac(1) },
      { index: 2, kind: 'filler', mac: templateMac(2) },
    ]);
    expect(built.desired.testHosts).toEqual([]);
    expect(built.inputs).toMatchObject({ nics: 3, nic_driver: 'e1000', memory_mb: 256, accel: 'tcg', qemu_version: '10.0.2', image_hash: 'aaaa' });
  });

  test('the build says which nodes start from it, in words too ("then sw1, sw2, sw3 start from it")', () => {
    const r = built.reasons[0] as unknown as { clones: string[]; message: string };
    expect(r.clones).toEqual(['sw1', 'sw2', 'sw3']);
    expect(r.message).toMatch(/, then sw1, sw2, sw3 start from it$/);
  });

  test('a second lab on the same platform, template built: clones only, no build', () => {
    const p = plan(graphOf({ ...LINE, vmlab: { name: 'other' } }), empty(), { host: null }, afterFirstApply);
    expect(builds(p)).toEqual([]);
    expect(creates(p).map((a) => a.from_template?.key)).toEqual([built.template.key, built.template.key, built.template.key]);
    expect(
      creates(p)
        .flatMap((a) => a.depends_on.map((d) => d.on))
        .filter((on) => on.startsWith('build-template')),
    ).toEqual([]);
  });

  /**
   * What a change does to the template: a new key (its template is built,
   * and the plan says what changed) or the same (clones of the one built).
   */
  const cases: { change: string; sketch: LabSketch; warm?: WarmContext; rebuilt: string[] | null }[] = [
    {
      change: 'base image rewritten',
      sketch: LINE,
      warm: machine(afterFirstApply.facts.templates, { images: { '/images/switch.qcow2': { ...IMAGE, size: 2000, hash: 'bbbb' } } }),
      rebuilt: ['image changed (size 1000 → 2000)'],
    },
    { change: 'memory', sketch: { ...LINE, platforms: { switch: { ...SWITCH, vm_warm_start: true, vm_memory: 512 } } }, rebuilt: ['memory: 256 → 512'] },
    {
      change: 'NIC driver',
      sketch: { ...LINE, platforms: { switch: { ...SWITCH, vm_warm_start: true, vm_nic_driver: 'virtio-net-pci' } } },
      rebuilt: ['NIC driver: e1000 → virtio-net-pci'],
    },
    {
      change: 'NIC shape (a node needs a third data NIC)',
      sketch: { ...LINE, links: [...LINE.links!, ['sw1:Ethernet8', 'sw3:Ethernet4']] },
      rebuilt: ['NIC count: 3 → 4'],
    },
    {
      change: 'QEMU version',
      sketch: LINE,
      warm: machine(afterFirstApply.facts.templates, { qemuVersion: '10.1.0' }),
      rebuilt: ['QEMU version: 10.0.2 → 10.1.0'],
    },
    {
      change: "a node's name",
      sketch: {
        ...LINE,
        devices: ['sw1', 'sw2', 'sw9'],
        links: [
          ['sw1:Ethernet0', 'sw2:Ethernet0'],
          ['sw2:Ethernet4', 'sw9:Ethernet0'],
        ],
      },
      rebuilt: null,
    },
    {
      change: 'ports (SSH, console and link bases)',
      sketch: { ...LINE, vmlab: { ssh_port_base: 50000, console_port_base: 51000, link_port_base: 52000 } },
      rebuilt: null,
    },
    {
      change: 'links (rewired, same NIC count)',
      sketch: {
        ...LINE,
        links: [
          ['sw1:Ethernet0', 'sw3:Ethernet4'],
          ['sw2:Ethernet4', 'sw3:Ethernet0'],
        ],
      },
      rebuilt: null,
    },
    { change: 'lab name', sketch: { ...LINE, vmlab: { name: 'another' } }, rebuilt: null },
  ];
  test.each(cases)('$change → template rebuilt: $rebuilt', ({ sketch, warm, rebuilt }) => {
    const p = plan(graphOf(sketch), empty(), { host: null }, warm ?? afterFirstApply);
    if (rebuilt === null) {
      expect(builds(p)).toEqual([]);
      expect(creates(p).every((a) => a.from_template?.key === built.template.key)).toBe(true);
    } else {
      expect(builds(p)).toHaveLength(1);
      expect(builds(p)[0]!.template.key).not.toBe(built.template.key);
      // What changed, and what the platform's last template took to build: the expected cost.
      expect(why(builds(p)[0]!)[0]).toMatchObject({ code: 'template-build', changed: rebuilt, last_build_s: 10.7 });
    }
  });

  test('no QEMU here: cold boot, and the plan says why not warm', () => {
    const p = plan(graphOf(LINE), empty(), { host: null }, machine([], { qemuVersion: null }));
    expect(builds(p)).toEqual([]);
    for (const a of creates(p)) {
      expect(a.from_template).toBeUndefined();
      expect(why(a)).toContainEqual({ code: 'cold-boot', why: 'no QEMU found here to build or restore a template with' });
    }
  });

  test('a stopped warm node that starts again boots its own disk (cold), and says so', () => {
    const graph = graphOf(LINE);
    const observed = edit(deployed(graph), (o) => {
      o.nodes.sw1!.process = 'exited';
    });
    const p = plan(graph, observed, { host: null }, afterFirstApply);
    const start = p.actions.find((a) => a.id === 'start:sw1') as FreshQemuAction;
    expect(start.from_template).toBeUndefined();
    expect(why(start)).toContainEqual({ code: 'cold-boot', why: 'it keeps its own disk, which a template cannot give it: a restart boots that disk' });
  });

  test('warm start off (the default): no template, no warm reasons, NICs as before', () => {
    const cold: LabSketch = { ...LINE, platforms: { switch: SWITCH } };
    const p = plan(graphOf(cold), empty(), { host: null }, machine());
    expect(builds(p)).toEqual([]);
    expect(p.actions.flatMap((a) => a.reasons.map((r) => r.code))).not.toContain('cold-boot');
    expect(graphOf(cold).nodes[0]!.nics).toHaveLength(2);
  });

  test("vmlab.warm_start turns it on lab-wide; a platform's vm_warm_start: false keeps it off there", () => {
    expect(graphOf({ ...LINE, platforms: { switch: SWITCH }, vmlab: { warm_start: true } }).nodes.every((n) => n.warm)).toBe(true);
    expect(graphOf({ ...LINE, platforms: { switch: { ...SWITCH, vm_warm_start: false } }, vmlab: { warm_start: true } }).nodes.some((n) => n.warm)).toBe(false);
  });

  test('same specs, same machine → the same plan', () => {
    expect(plan(graphOf(LINE), empty(), { host: null }, machine())).toEqual(plan(graphOf(LINE), empty(), { host: null }, machine()));
  });
});
