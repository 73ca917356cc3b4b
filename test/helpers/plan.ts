import { isDeepStrictEqual } from 'node:util';
import { Ajv } from 'ajv';
import { PLAN_SCHEMA } from '../../src/plan/plan-schema.js';
import { plan as makePlan } from '../../src/plan/plan.js';
import type { Plan, Reason } from '../../src/plan/types.js';
import { fromWirePlan, toWirePlan } from '../../src/plan/wire.js';

/**
 * The planner as the tests use it: every plan it makes is checked against
 * the plan's JSON Schema (the contract of `plan --json` and saved plans), so
 * a field the schema does not know fails the test that made it.
 */
const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(PLAN_SCHEMA);

export function checkPlan<P extends Plan>(p: P): P {
  // Published, and through JSON, as a plan is read back: undefined fields vanish, as they would in the file.
  if (!validate(JSON.parse(JSON.stringify(toWirePlan(p)))))
    throw new Error(`the plan does not match its JSON Schema: ${ajv.errorsText(validate.errors, { separator: '\n' })}`);
  return p;
}

/**
 * Also read back from what it publishes, with the graph it was made of, it
 * is the same plan: what `apply PLANFILE` runs is what was planned.
 */
export const plan: typeof makePlan = (...args) => {
  const made = checkPlan(makePlan(...args));
  const readBack = fromWirePlan(JSON.parse(JSON.stringify(toWirePlan(made))), args[0]);
  if (!isDeepStrictEqual(readBack, JSON.parse(JSON.stringify(made))))
    throw new Error(
      `the plan read back from plan --json is not the plan made:\n${JSON.stringify(readBack.actions, null, 1).slice(0, 3000)}\n---\n${JSON.stringify(made.actions, null, 1).slice(0, 3000)}`,
    );
  return made;
};

/** An action's reasons as code and values, without the sentences (tests assert what the plan means, not its wording). */
export function why(a: { reasons: Reason[] }): Record<string, unknown>[] {
  return a.reasons.map(({ message: _message, ...rest }) => rest);
}
