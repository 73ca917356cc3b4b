/** A promise with its resolve handle, for "this step has started / finished" signals. */
export class Signal {
  readonly promise: Promise<boolean>;
  private settle!: (ok: boolean) => void;
  private settled = false;
  constructor() {
    this.promise = new Promise((resolve) => (this.settle = resolve));
  }
  fire(ok: boolean): void {
    if (this.settled) return;
    this.settled = true;
    this.settle(ok);
  }
}

/** Limits how many VMs boot at once: booting guests compete for the same cores. */
export class Semaphore {
  private waiting: (() => void)[] = [];
  constructor(private free: number) {}
  async acquire(): Promise<() => void> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.free++;
    };
  }
}
