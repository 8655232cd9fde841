import { describe, expect, it } from 'vitest';
import { isOwnSender, parseTabMessage } from '@/utils/tab-messages';

describe('messages to a page', () => {
  it('are accepted only well-formed', () => {
    expect(parseTabMessage({ type: 'page-info' })).toEqual({ type: 'page-info' });
    expect(parseTabMessage({ type: 'command', command: 'next-mention' })).toEqual({ type: 'command', command: 'next-mention' });
    expect(parseTabMessage({ type: 'focus-entity', id: 'viktor-orban' })).toEqual({ type: 'focus-entity', id: 'viktor-orban' });
    for (const bad of [null, 'page-info', 42, {}, { type: 'eval', code: '1' }, { type: 'command', command: 'rm' }, { type: 'focus-entity', id: '<script>' }, { type: 'focus-entity', id: 7 }]) {
      expect(parseTabMessage(bad)).toBeNull();
    }
  });

  it('come only from the extension itself', () => {
    expect(isOwnSender({ id: 'abc' }, 'abc')).toBe(true);
    expect(isOwnSender({ id: 'evil' }, 'abc')).toBe(false);
    expect(isOwnSender({}, 'abc')).toBe(false);
    expect(isOwnSender(undefined, 'abc')).toBe(false);
  });
});
