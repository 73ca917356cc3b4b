import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { produce } from 'immer';
import type { LabPaths } from './paths.js';
import { writeState } from './store.js';
import type { LabState } from './types.js';

/**
 * The executor's view of state.json: every change goes through update(),
 * which produces the next state immutably (immer) and writes it at once,
 * atomically, so a vmlab killed at any moment leaves a state the next apply
 * can trust as far as it goes.
 */
export class StateStore {
  private current: LabState;

  constructor(
    private readonly paths: LabPaths,
    initial: LabState | null,
    fresh: { name: string; specDir: string; host: string | null },
  ) {
    this.current = initial ?? {
      format_version: 1,
      name: fresh.name,
      created: new Date().toISOString(),
      spec_dir: fresh.specDir,
      host: fresh.host,
      serial: 0,
      lineage: randomUUID(),
      nodes: {},
      links: [],
      profiles: {},
    };
  }

  get state(): LabState {
    return this.current;
  }

  update(recipe: (draft: LabState) => void): LabState {
    this.current = produce(this.current, (draft) => {
      recipe(draft);
      draft.serial += 1;
    });
    mkdirSync(this.paths.dir, { recursive: true });
    writeState(this.paths.state, this.current);
    return this.current;
  }
}
