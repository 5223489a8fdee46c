import { fold, foldUnit } from './literals.ts';

// One pass over a paragraph finds which of the catalogue's required strings (`literals.ts`) it
// holds: an Aho–Corasick automaton over all of them, case-folded, as a table indexed by state and
// character class. A pattern then runs only where all its conditions hold, so adding a rule adds
// strings to the automaton, not a pass over the text.

export class LiteralIndex {
  private readonly strings: string[] = [];
  /** Per string, the conditions it satisfies. */
  private readonly conditionsOf: number[][] = [];
  private conditions = 0;
  private width = 1;
  private classes = new Map<number, number>();
  private delta: Uint16Array | Int32Array = new Uint16Array(0);
  /** Char code → class + 1 (0 = not yet classified); class 0 is "in no string". Filled as characters are met. */
  private readonly classOf = new Uint16Array(0x10000);
  /** Per state, the conditions its strings (including those ending through the failure links) satisfy. */
  private outputs: (number[] | undefined)[] = [];
  private marks = new Uint32Array(0);
  private stamp = 0;
  private built = false;

  /** A condition: at least one of `alternatives` (folded strings) occurs. Returns its id. */
  condition(alternatives: readonly string[]): number {
    const id = this.conditions++;
    for (const a of alternatives) {
      const s = fold(a);
      let k = this.strings.indexOf(s);
      if (k < 0) {
        k = this.strings.push(s) - 1;
        this.conditionsOf.push([]);
      }
      (this.conditionsOf[k] as number[]).push(id);
    }
    this.built = false;
    return id;
  }

  private build() {
    this.classes = new Map();
    for (const s of this.strings) for (let i = 0; i < s.length; i++) if (!this.classes.has(s.charCodeAt(i))) this.classes.set(s.charCodeAt(i), this.classes.size + 1);
    this.width = this.classes.size + 1;
    // The trie: goto[state * width + class], 0 = none (state 0 is the root, never a target).
    const goto: number[] = [];
    const ends: number[][] = [[]];
    let states = 1;
    const grow = () => {
      for (let c = 0; c < this.width; c++) goto.push(0);
      ends.push([]);
    };
    for (let c = 0; c < this.width; c++) goto.push(0);
    this.strings.forEach((s, k) => {
      let state = 0;
      for (let i = 0; i < s.length; i++) {
        const cls = this.classes.get(s.charCodeAt(i)) as number;
        let next = goto[state * this.width + cls] as number;
        if (!next) {
          next = states++;
          grow();
          goto[state * this.width + cls] = next;
        }
        state = next;
      }
      (ends[state] as number[]).push(...(this.conditionsOf[k] as number[]));
    });
    // Breadth first: failure links, and the full transition table (a DFA) from them.
    const delta = states < 0x10000 ? new Uint16Array(states * this.width) : new Int32Array(states * this.width);
    const fail = new Int32Array(states);
    const outputs: (number[] | undefined)[] = new Array(states);
    const queue: number[] = [];
    for (let c = 0; c < this.width; c++) {
      const next = goto[c] as number;
      delta[c] = next;
      if (next) queue.push(next);
    }
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q] as number;
      const own = [...(ends[state] as number[]), ...(outputs[fail[state] as number] ?? [])];
      outputs[state] = own.length ? [...new Set(own)] : undefined;
      for (let c = 0; c < this.width; c++) {
        const next = goto[state * this.width + c] as number;
        if (next) {
          fail[next] = delta[(fail[state] as number) * this.width + c] as number;
          delta[state * this.width + c] = next;
          queue.push(next);
        } else delta[state * this.width + c] = delta[(fail[state] as number) * this.width + c] as number;
      }
    }
    this.delta = delta;
    this.outputs = outputs;
    this.marks = new Uint32Array(this.conditions);
    this.built = true;
  }

  private classify(code: number): number {
    const cls = this.classes.get(foldUnit(code)) ?? 0;
    this.classOf[code] = cls + 1;
    return cls;
  }

  /** Marks the conditions that `text` satisfies; ask with `holds` until the next scan. */
  scan(text: string) {
    if (!this.built) {
      this.classOf.fill(0);
      this.build();
    }
    this.stamp = (this.stamp + 1) >>> 0;
    if (this.stamp === 0) {
      this.marks.fill(0);
      this.stamp = 1;
    }
    const { delta, width, outputs, marks, stamp, classOf } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const known = classOf[code] as number;
      state = delta[state * width + (known ? known - 1 : this.classify(code))] as number;
      const out = outputs[state];
      if (out) for (const id of out) marks[id] = stamp;
    }
  }

  holds(id: number): boolean {
    return this.marks[id] === this.stamp;
  }
}
