import { ConflictError, UsageError } from '../errors.js';
import type { Plan } from '../plan/types.js';
import type { DesiredGraph } from '../model/types.js';
import { fromWirePlan, PLAN_FORMAT_VERSION, toWirePlan, type WirePlan } from '../plan/wire.js';
import { planIssues } from '../plan/plan-validate.js';
import type { PlanBasis } from './plan-lab.js';

/** A plan saved by `vmlab plan --out`: the plan, and what it was based on. */
export interface SavedPlan {
  format_version: typeof PLAN_FORMAT_VERSION;
  based_on: PlanBasis;
  plan: WirePlan;
}

/** What `plan --out` writes: the published plan (plan/wire.ts; it holds no logins: see plan/logins.ts). */
export function savedPlan(basis: PlanBasis, plan: Plan): SavedPlan {
  return { format_version: PLAN_FORMAT_VERSION, based_on: basis, plan: toWirePlan(plan) };
}

/**
 * Reads a saved plan and checks that it still applies: made from these
 * specs, for this host, against the state as it is now (same lineage, same
 * serial: nothing was applied since) and the same desired lab. Then it is
 * the plan itself that runs, not planned again: its actions get their nodes
 * from `graph`, the graph these specs compile to, which the desired hash
 * shows to be the one the plan was made of (the logins the caller gives
 * back from it too).
 */
export async function readSavedPlan(planFile: string, text: string, basis: PlanBasis, host: string | null, graph: DesiredGraph): Promise<Plan> {
  let saved: Partial<SavedPlan> & { format_version?: unknown };
  try {
    saved = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`${planFile}: not a saved plan (${(err as Error).message})`);
  }
  if (typeof saved !== 'object' || saved === null || !saved.plan || !saved.based_on)
    throw new UsageError(`${planFile}: not a saved plan (no "plan" and "based_on")`);
  // Format 2 (before vmlab 0.1's plan wire format) carried each node twice, in the model's own shape: not read back.
  if (saved.format_version !== PLAN_FORMAT_VERSION) {
    throw new UsageError(
      `${planFile}: a saved plan of format ${JSON.stringify(saved.format_version)}, this vmlab applies format ${PLAN_FORMAT_VERSION}; make a new one with "vmlab plan -S ${basis.spec_dir} --out ${planFile}"`,
    );
  }
  const issues = await planIssues(saved.plan);
  if (issues.length > 0) throw new UsageError(`${planFile}: not a saved plan of this vmlab (${issues.slice(0, 3).join('; ')})`);
  const was = saved.based_on;
  const same =
    was.spec_dir === basis.spec_dir &&
    was.lineage === basis.lineage &&
    was.serial === basis.serial &&
    was.desired_hash === basis.desired_hash &&
    saved.plan.host === host;
  if (!same) {
    throw new ConflictError(
      `saved plan ${planFile} is stale: the specs or the lab changed since it was made; make a new one with "vmlab plan -S ${basis.spec_dir} --out ${planFile}"`,
    );
  }
  return fromWirePlan(saved.plan, graph);
}
