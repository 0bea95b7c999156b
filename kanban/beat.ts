/**
 * Signs of life from boardwright's worker threads. A thread working for another adds 1 to its
 * slot of a shared Int32Array as it goes (once as it starts, once per chunk it parses, and while
 * it waits on a thread of its own), so that the thread waiting on it can tell a slow thread from
 * a dead one: a worker that runs out of memory ends without a word, and a thread blocked in
 * Atomics.wait receives no event. On a thread that was given no slot, `beat` does nothing.
 */
let target: { beats: Int32Array; slot: number } | undefined;

/** Makes this thread's `beat` count in `beats[slot]`, and counts the first beat. */
export function beatInto(beats: Int32Array, slot: number): void {
  target = { beats, slot };
  beat();
}

/** One sign of life: adds 1 to this thread's slot, if it was given one (`beatInto`). */
export function beat(): void {
  if (target) Atomics.add(target.beats, target.slot, 1);
}
