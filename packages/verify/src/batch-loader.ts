/**
 * Reads keyed values in batches: what callers ask for in one turn of the event loop is read
 * together, and each batch is filled up with keys announced ahead (`plan`), so a range's evidence
 * is read in as few calls as the batch size allows, whatever order its deploys are judged in.
 * Each key is read at most once; a key's failure is its own, a failed batch fails all of its keys.
 */
export class BatchLoader<K, V> {
  readonly #keyOf: (key: K) => string;
  readonly #load: (keys: K[]) => Promise<Array<V | Error>>;
  readonly #size: number;
  readonly #results = new Map<string, Promise<V>>();
  readonly #planned = new Map<string, K>();
  readonly #asked = new Map<string, { key: K; settle: Settle<V> }>();
  #flushing = false;

  constructor(options: { keyOf: (key: K) => string; load: (keys: K[]) => Promise<Array<V | Error>>; size: number }) {
    this.#keyOf = options.keyOf;
    this.#load = options.load;
    this.#size = options.size;
  }

  /** Keys that will be asked for: batches are filled with them. */
  plan(keys: Iterable<K>): void {
    for (const key of keys) {
      const id = this.#keyOf(key);
      if (!this.#results.has(id)) this.#planned.set(id, key);
    }
  }

  get(key: K): Promise<V> {
    const id = this.#keyOf(key);
    const known = this.#results.get(id);
    if (known) return known;
    const result = this.#pending(id, key);
    this.#planned.delete(id);
    if (!this.#flushing) {
      this.#flushing = true;
      setImmediate(() => this.#flush());
    }
    return result;
  }

  #pending(id: string, key: K): Promise<V> {
    let settle: Settle<V> | undefined;
    const result = new Promise<V>((resolve, reject) => {
      settle = { resolve, reject };
    });
    // A key nobody awaits yet (a planned one) must not fail as unhandled.
    result.catch(() => undefined);
    this.#results.set(id, result);
    this.#asked.set(id, { key, settle: settle as Settle<V> });
    return result;
  }

  /** Batches of what was asked, each topped up with planned keys. */
  #flush(): void {
    this.#flushing = false;
    while (this.#asked.size > 0) {
      const batch = [...this.#asked.entries()].slice(0, this.#size);
      for (const [id] of batch) this.#asked.delete(id);
      for (const [id, key] of this.#planned) {
        if (batch.length >= this.#size) break;
        this.#planned.delete(id);
        this.#pending(id, key);
        const entry = this.#asked.get(id);
        this.#asked.delete(id);
        if (entry) batch.push([id, entry]);
      }
      void this.#read(batch.map(([, entry]) => entry));
    }
  }

  async #read(batch: Array<{ key: K; settle: Settle<V> }>): Promise<void> {
    try {
      const values = await this.#load(batch.map((entry) => entry.key));
      batch.forEach(({ settle }, i) => {
        const value = values[i];
        if (value instanceof Error) settle.reject(value);
        else settle.resolve(value as V);
      });
    } catch (error) {
      for (const { settle } of batch) settle.reject(error);
    }
  }
}

interface Settle<V> {
  resolve: (value: V) => void;
  reject: (error: unknown) => void;
}
