// Where the renderer's main thread spent its time in a Chromium trace: self time per event name
// (Layout, Paint, FunctionCall, UpdateLayoutTree…), children subtracted from their parents.
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, where the trace has it. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

export interface SelfTime {
  name: string;
  /** Wall time: on a loaded machine, this includes time the thread waited for a CPU. */
  ms: number;
  /** Thread CPU time, where the event has it. */
  cpuMs: number;
  count: number;
}

export function mainThreadSelfTimes(events: readonly TraceEvent[]): SelfTime[] {
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return [];
  const complete = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const totals = new Map<string, SelfTime>();
  const open: { event: TraceEvent; children: number; childrenCpu: number }[] = [];
  const closeUpTo = (ts: number) => {
    for (let top = open.at(-1); top && top.event.ts + (top.event.dur ?? 0) <= ts; top = open.at(-1)) {
      open.pop();
      const total = totals.get(top.event.name) ?? { name: top.event.name, ms: 0, cpuMs: 0, count: 0 };
      total.ms += ((top.event.dur ?? 0) - top.children) / 1000;
      total.cpuMs += Math.max(0, (top.event.tdur ?? 0) - top.childrenCpu) / 1000;
      total.count++;
      totals.set(top.event.name, total);
      const parent = open.at(-1);
      if (parent) {
        parent.children += top.event.dur ?? 0;
        parent.childrenCpu += top.event.tdur ?? 0;
      }
    }
  };
  for (const event of complete) {
    closeUpTo(event.ts);
    open.push({ event, children: 0, childrenCpu: 0 });
  }
  closeUpTo(Infinity);
  return [...totals.values()].sort((a, b) => b.cpuMs - a.cpuMs || b.ms - a.ms);
}
