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
