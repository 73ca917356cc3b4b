import { templateMac } from '../model/template-nics.js';
import type { DesiredNode } from '../model/types.js';
import { withoutLogin } from './logins.js';
import { reason } from './reasons.js';
import { templateChanges, templateInputs, templateKey, type PciPlacer, type WarmFacts } from './template-key.js';
import { editLifecycle, type PassOutput, type PlanInput, type PlanSoFar } from './passes.js';
import { isFreshQemu, type Action, type BuildTemplateAction, type FreshQemuAction, type TemplateInputs } from './types.js';

/** Pass: warm starts; the template builds they need are actions of their own. */
export function warmPass(input: PlanInput, sofar: PlanSoFar): PassOutput {
  let builds: BuildTemplateAction[] = [];
  const output = editLifecycle(sofar, (byNode) => {
    builds = addWarmStarts(byNode, input.warm?.facts, input.warm?.place ?? (() => ''));
  });
  return { ...output, put: [...builds, ...(output.put ?? [])] };
}

/**
 * Warm start, planned: every new QEMU of a warm node (create, replace) is a
 * clone of its platform's template when one can be had; a template that is
 * not built yet gets a build-template action, once per key, that its clones
 * wait for. A start or restart keeps the node's own disk and boots it. The
 * node's reasons say which (and why not warm). Changes `actions` in place.
 */
function addWarmStarts(actions: Map<string, Action>, facts: WarmFacts | undefined, place: PciPlacer): BuildTemplateAction[] {
  const builds = new Map<string, BuildTemplateAction>();
  for (const a of actions.values()) {
    if (!isFreshQemu(a) || !a.desired.warm) continue;
    const why = coldReason(a, facts);
    const inputs = why === null ? templateInputs(a.desired, facts!, place) : { why };
    if ('why' in inputs) {
      a.reasons.push(reason('cold-boot', { why: inputs.why }));
      continue;
    }
    const key = templateKey(inputs);
    const ref = { key, dir: `templates/${key}` };
    a.from_template = ref;
    a.reasons.push(reason('warm-start', { template: key }));
    if (facts!.templates.some((t) => t.key === key)) continue;
    let build = builds.get(key);
    if (!build) {
      const same = facts!.templates.filter((t) => t.inputs.platform === a.desired.platform && t.build_seconds !== undefined);
      const last = same.length === 0 ? null : Math.max(...same.map((t) => t.build_seconds!));
      build = buildAction(
        a.desired,
        ref,
        inputs,
        templateChanges(
          inputs,
          facts!.templates.map((t) => t.inputs),
        ),
        last,
      );
      builds.set(key, build);
    }
    a.depends_on.push({ on: build.id, until: 'done' });
    const r = build.reasons[0];
    // Made again from its values (not its old sentence, which a spread would keep), so the words name the clones too.
    if (r?.code === 'template-build') {
      const { code: _code, message: _message, ...values } = r;
      build.reasons[0] = reason('template-build', { ...values, clones: [...values.clones, a.node] });
    }
  }
  return [...builds.values()];
}

/** Why a warm node's new QEMU boots cold before any template is looked at; null: it may be warm. */
function coldReason(a: FreshQemuAction, facts: WarmFacts | undefined): string | null {
  if (a.paused) return 'it is started paused, for a snapshot to be loaded into it';
  if (!a.fresh_overlay) return 'it keeps its own disk, which a template cannot give it: a restart boots that disk';
  if (facts === undefined) return 'no template store was looked at';
  return null;
}

/**
 * The template's QEMU: the first clone's settings and ports, every data NIC
 * an unwired filler, every NIC with the template's fixed MAC, no test hosts.
 */
export function templateNode(first: DesiredNode): DesiredNode {
  return {
    ...withoutLogin(first),
    nics: first.nics.map((n) => ({ index: n.index, kind: n.index === 0 ? 'mgmt' : 'filler', mac: templateMac(n.index) })),
    testHosts: [],
  };
}

function buildAction(
  first: DesiredNode,
  template: { key: string; dir: string },
  inputs: TemplateInputs,
  changed: string[],
  lastBuildS: number | null,
): BuildTemplateAction {
  const desired = templateNode(first);
  return {
    id: `build-template:${template.key}`,
    action: 'build-template',
    node: first.name,
    host: first.host,
    reasons: [
      reason('template-build', {
        platform: first.platform,
        template: template.key,
        clones: [],
        boot_timeout_s: first.bootTimeoutS,
        last_build_s: lastBuildS,
        changed,
      }),
    ],
    depends_on: [],
    template,
    desired,
    inputs,
  };
}
