// A passage another screen asked the editor to show ("Show in the letter" on the Check step).
// The editor takes it when it opens; it lives only for this page, like a selection does.
let pending: { start: number; end: number } | null = null;

export function requestSelection(start: number, end: number) {
  pending = { start, end };
}

export function takeSelection(): { start: number; end: number } | null {
  const taken = pending;
  pending = null;
  return taken;
}
