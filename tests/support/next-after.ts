// Stand-in for next/server in the auth tests (never imported by the app): after() runs work once
// the response is sent; here it runs at once, and settleAfterTasks() awaits it. A module of its
// own, because a vi.mock factory must not import the code that imports what it mocks.
const pending: Promise<unknown>[] = [];

export function after(task: (() => unknown) | Promise<unknown>): void {
  pending.push(Promise.resolve().then(() => (typeof task === "function" ? task() : task)));
}

export async function settleAfterTasks(): Promise<void> {
  await Promise.all(pending.splice(0));
}
