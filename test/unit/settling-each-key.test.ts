import DataLoader from 'dataloader';
import { describe, expect, it } from 'vitest';
import { ChimeError } from '../../src/chime/errors.ts';
import { getLoader } from '../../src/loaders/shared/get-loader.ts';
import { listOrGetBatch } from '../../src/loaders/shared/list-or-get.ts';

/** A read the test answers when it chooses: `answer` resolves it, `fail` rejects it. */
function pendingRead<T>() {
  let answer!: (value: T) => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<T>((resolve, reject) => {
    answer = resolve;
    fail = reject;
  });
  return { promise, answer, fail };
}

/** Whether `promise` has settled once the reads already answered have been taken. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  promise.then(
    () => {
      done = true;
    },
    () => {
      done = true;
    },
  );
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}

const notFound = () =>
  new ChimeError({
    operation: 'GetThing',
    code: 'NotFoundException',
    message: 'no such thing',
    status: 404,
    retryable: false,
    attempts: 1,
  });

describe('a batch settles each key as its own read answers', () => {
  it('a Get loader: a key whose call has answered does not wait for the batch', async () => {
    const reads = new Map([
      ['fast', pendingRead<string>()],
      ['slow', pendingRead<string>()],
    ]);
    const loader = getLoader(
      (key: string) => reads.get(key)!.promise,
      (key) => key,
    );
    const fast = loader.load('fast');
    const slow = loader.load('slow');
    reads.get('fast')!.answer('fast value');
    expect(await settled(fast)).toBe(true);
    expect(await settled(slow)).toBe(false);
    await expect(fast).resolves.toBe('fast value');
    reads.get('slow')!.fail(notFound());
    await expect(slow).resolves.toBeNull();
  });

  it('a Get loader: a failed call fails its own key only', async () => {
    const loader = getLoader(
      async (key: string) => {
        if (key === 'broken') throw new Error('upstream failed');
        return `${key} value`;
      },
      (key) => key,
    );
    const [good, broken] = await Promise.allSettled([loader.load('good'), loader.load('broken')]);
    expect(good).toEqual({ status: 'fulfilled', value: 'good value' });
    expect(broken).toMatchObject({ status: 'rejected', reason: { message: 'upstream failed' } });
  });

  it('list or Get: the keys the list answered settle before the Get for the one it missed', async () => {
    const missed = pendingRead<{ id: string }>();
    const gets: string[] = [];
    const { batch } = listOrGetBatch<string, { id: string }>({
      groupOf: () => 'group',
      idOf: (key) => key,
      idOfItem: (item) => item.id,
      readPage: async () => ({ items: [{ id: 'a' }, { id: 'b' }] }),
      get: (key) => {
        gets.push(key);
        return missed.promise;
      },
      prime: () => {},
    });
    const loader = new DataLoader<string, { id: string } | null>(batch);
    const [a, b, c] = ['a', 'b', 'c'].map((key) => loader.load(key)) as [
      Promise<unknown>,
      Promise<unknown>,
      Promise<unknown>,
    ];
    expect(await settled(a)).toBe(true);
    expect(await settled(b)).toBe(true);
    expect(await settled(c)).toBe(false);
    expect(gets).toEqual(['c']);
    await expect(a).resolves.toEqual({ id: 'a' });
    await expect(b).resolves.toEqual({ id: 'b' });
    missed.answer({ id: 'c' });
    await expect(c).resolves.toEqual({ id: 'c' });
  });
});
