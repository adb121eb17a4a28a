/**
 * Resolves in a task of its own, so that the browser may paint and answer input before what follows. A message
 * rather than a timer: it is not held back by a fake clock (tests) nor clamped in a background tab.
 * @internal
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** When the work of the current task on a programme began (cleared once the next task runs). */
let taskStartedAt: number | undefined;

/**
 * Notes that this task's work on a programme begins now: the feed controller calls it when a feed was read and its
 * programme is about to render. Only the first call in a task counts, so `taskSpent()` gives the time since then.
 * @internal
 */
export function taskStart(): void {
  if (taskStartedAt !== undefined) return;
  taskStartedAt = performance.now();
  void nextTask().then(() => (taskStartedAt = undefined));
}

/** Milliseconds since `taskStart()` in this task; 0 when it was not called in this task. @internal */
export function taskSpent(): number {
  return taskStartedAt === undefined ? 0 : performance.now() - taskStartedAt;
}

/**
 * Whether this task has already spent so long on a programme (reading the feed, drawing the agenda) that the device
 * is slow: a desktop gets this far in about 15 ms, a mid-range phone in 60–90. What is left to draw then goes into
 * the following tasks, so that none blocks the page much past 100 ms.
 * @internal
 */
export function slowTask(): boolean {
  return taskSpent() > 40;
}
