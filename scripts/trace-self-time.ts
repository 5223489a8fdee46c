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

export interface LongTask {
  /** Milliseconds after the first task of the trace. */
  at: number;
  /** Wall time of the task. On a loaded machine this includes time the thread waited for a CPU. */
  ms: number;
  /** Thread CPU time of the task: what the page itself spent. */
  cpuMs: number;
  /** The task's biggest parts by self time (event name, or the function for a script call), CPU ms. */
  parts: string[];
}

const isTask = (e: TraceEvent) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask';

/** A name that says which code ran: the function and file for a script call or a timer, the event name otherwise. */
function label(e: TraceEvent): string {
  const data = (e.args as { data?: { functionName?: string; url?: string; type?: string } } | undefined)?.data;
  if (data?.functionName || data?.url) return `${e.name} ${data.functionName || '(anonymous)'} ${data.url?.split('/').pop() ?? ''}`.trim();
  if (data?.type) return `${e.name} ${data.type}`;
  return e.name;
}

/**
 * Every main-thread task longer than `thresholdMs` (wall) or `cpuThresholdMs` (CPU), with its CPU time and what it spent it
 * on: the attribution a PerformanceObserver 'longtask' entry does not give. A task far longer in
 * wall than in CPU time waited for a core (the machine's load), not for the page.
 */
export function longTasks(events: readonly TraceEvent[], thresholdMs = 50, cpuThresholdMs = Infinity): LongTask[] {
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return [];
  const complete = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const origin = complete[0]?.ts ?? 0;
  const out: LongTask[] = [];
  const tasks = complete.filter((e) => isTask(e) && ((e.dur ?? 0) / 1000 > thresholdMs || (e.tdur ?? 0) / 1000 > cpuThresholdMs));
  // A task runs inside another's trace event (ThreadControllerImpl::RunTask around RunTask): count the outer one only.
  const outer = tasks.filter((t) => !tasks.some((o) => o !== t && o.ts <= t.ts && o.ts + (o.dur ?? 0) >= t.ts + (t.dur ?? 0) && (o.ts < t.ts || (o.dur ?? 0) > (t.dur ?? 0) || tasks.indexOf(o) < tasks.indexOf(t))));
  for (const task of outer) {
    const end = task.ts + (task.dur ?? 0);
    const inside = complete.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end && !isTask(e));
    // Self CPU time of each event inside the task: its own minus its direct children's.
    const self = new Map<string, number>();
    const open: { event: TraceEvent; childrenCpu: number }[] = [];
    const close = (ts: number) => {
      for (let top = open.at(-1); top && top.event.ts + (top.event.dur ?? 0) <= ts; top = open.at(-1)) {
        open.pop();
        const name = label(top.event);
        self.set(name, (self.get(name) ?? 0) + Math.max(0, (top.event.tdur ?? top.event.dur ?? 0) - top.childrenCpu) / 1000);
        const parent = open.at(-1);
        if (parent) parent.childrenCpu += top.event.tdur ?? top.event.dur ?? 0;
      }
    };
    for (const e of inside) {
      close(e.ts);
      open.push({ event: e, childrenCpu: 0 });
    }
    close(Infinity);
    const parts = [...self].sort((a, b) => b[1] - a[1]).filter(([, ms]) => ms >= 1).slice(0, 6).map(([name, ms]) => `${ms.toFixed(1)} ${name}`);
    out.push({ at: Math.round((task.ts - origin) / 1000), ms: Math.round((task.dur ?? 0) / 1000), cpuMs: Math.round((task.tdur ?? 0) / 1000), parts });
  }
  return out;
}

/** The most CPU time any one main-thread task took: what the page itself cost at worst, whatever the machine's load. */
export function longestTaskCpuMs(events: readonly TraceEvent[]): number {
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return 0;
  let longest = 0;
  for (const e of events) if (e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && isTask(e)) longest = Math.max(longest, (e.tdur ?? 0) / 1000);
  return Math.round(longest * 10) / 10;
}
