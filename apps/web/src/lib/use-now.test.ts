import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { useNow } from './use-now';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-06-15T12:00:00Z'));
});
afterEach(() => vi.useRealTimers());

it('moves on every interval, so "has started" and "overdue" change without a reload', () => {
  const { result, unmount } = renderHook(() => useNow(60_000));
  expect(result.current.toISOString()).toBe('2026-06-15T12:00:00.000Z');
  act(() => vi.advanceTimersByTime(59_000));
  expect(result.current.toISOString()).toBe('2026-06-15T12:00:00.000Z');
  act(() => vi.advanceTimersByTime(1_000));
  expect(result.current.toISOString()).toBe('2026-06-15T12:01:00.000Z');
  unmount();
  expect(vi.getTimerCount()).toBe(0); // the timer stops with the component
});
