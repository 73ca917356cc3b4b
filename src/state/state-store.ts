import { randomUUID } from 'node:crypto';
import { chmodSync, mkdirSync } from 'node:fs';
import { produce } from 'immer';
import type { LabPaths } from './paths.js';
import { writeState } from './state-file.js';
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
    makeLabDirectory(this.paths);
    writeState(this.paths.state, this.current);
    return this.current;
  }
}

/**
 * The lab directory, private to its owner (0700): it holds state.json with
 * the nodes' logins, console logs and QMP sockets that control the VMs.
 */
export function makeLabDirectory(paths: LabPaths): void {
  mkdirSync(paths.home, { recursive: true, mode: 0o700 });
  mkdirSync(paths.dir, { recursive: true, mode: 0o700 });
  chmodSync(paths.dir, 0o700);
}
