import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RenderLoop, type RenderTurn } from '../../../client/src/preview/renderLoop';

/** A request the test answers when it likes: what it rendered, and the answer's "render again". */
interface Request {
  target: string;
  turn: RenderTurn;
  answer(again?: boolean): void;
}

/** A loop over a target the test sets, whose requests wait for the test; `events` is what the preview did, in order. */
function previewOf(initial: string) {
  let target = initial;
  const events: string[] = [];
  const requests: Request[] = [];
  const waiters: (() => void)[] = [];
  const loop = new RenderLoop(
    () => target,
    (asked, turn) =>
      new Promise<boolean>((resolve) => {
        events.push(`asked ${asked}`);
        turn.signal.addEventListener('abort', () => events.push(`cancelled ${asked}`));
        requests.push({
          target: asked,
          turn,
          answer: (again = false) => {
            // What the panel does with an answer: show it only while its turn is current.
            events.push(turn.isCurrent() ? `shown ${asked}` : `dropped ${asked}`);
            resolve(again);
          },
        });
        waiters.splice(0).forEach((wake) => wake());
      }),
  );
  return {
    loop,
    events,
    show(next: string) {
      target = next;
      loop.schedule();
    },
    /** The `count`th request, once it is asked for. */
    async request(count: number): Promise<Request> {
      while (requests.length < count) await new Promise<void>((wake) => waiters.push(wake));
      return requests[count - 1];
    },
  };
}

/** Lets the loop's timers and the settled requests run. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("the preview's renders", () => {
  it('ask for another post at once, cancel the request in flight, and never show its answer', async () => {
    const preview = previewOf('a.md');
    preview.loop.schedule();
    const a = await preview.request(1);
    preview.show('b.md');
    const b = await preview.request(2);
    assert.equal(b.target, 'b.md');
    assert.ok(a.turn.signal.aborted, "the old post's request is cancelled");
    a.answer();
    b.answer();
    await settled();
    assert.deepEqual(preview.events, ['asked a.md', 'cancelled a.md', 'asked b.md', 'dropped a.md', 'shown b.md']);
  });

  it('ask again for the same post once its answer is in, for the changes made meanwhile, coalesced', async () => {
    const preview = previewOf('a.md');
    preview.loop.schedule();
    const first = await preview.request(1);
    preview.loop.schedule();
    preview.loop.schedule();
    await settled();
    assert.deepEqual(preview.events, ['asked a.md'], 'nothing more is asked while a request for the post is in flight');
    first.answer();
    (await preview.request(2)).answer();
    await settled();
    assert.deepEqual(preview.events, ['asked a.md', 'shown a.md', 'asked a.md', 'shown a.md']);
  });

  it("ask for the rest of a post whose answer was its first screen, and not for an abandoned post's", async () => {
    const preview = previewOf('a.md');
    preview.loop.schedule();
    (await preview.request(1)).answer(true);
    const rest = await preview.request(2);
    preview.show('b.md');
    const b = await preview.request(3);
    rest.answer(true);
    b.answer();
    await settled();
    assert.deepEqual(preview.events, [
      'asked a.md',
      'shown a.md',
      'asked a.md',
      'cancelled a.md',
      'asked b.md',
      'dropped a.md',
      'shown b.md',
    ]);
  });

  it('stop with the panel: the request in flight is cancelled, nothing more is asked', async () => {
    const preview = previewOf('a.md');
    preview.loop.schedule();
    const a = await preview.request(1);
    preview.loop.schedule();
    preview.loop.dispose();
    a.answer(true);
    await settled();
    assert.deepEqual(preview.events, ['asked a.md', 'cancelled a.md', 'dropped a.md']);
  });
});
