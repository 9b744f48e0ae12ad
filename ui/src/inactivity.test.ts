import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { watchInactivity } from "./inactivity";

describe("auto-lock timer", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test("fires once after the idle time", () => {
    const onIdle = vi.fn();
    watchInactivity(new EventTarget(), 60_000, onIdle);
    vi.advanceTimersByTime(59_999);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(600_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  test("any key or pointer activity restarts the count", () => {
    const target = new EventTarget();
    const onIdle = vi.fn();
    watchInactivity(target, 60_000, onIdle);
    for (const type of ["keydown", "pointermove", "wheel"]) {
      vi.advanceTimersByTime(50_000);
      target.dispatchEvent(new Event(type));
    }
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  test("stopping cancels the lock", () => {
    const onIdle = vi.fn();
    const stop = watchInactivity(new EventTarget(), 1_000, onIdle);
    stop();
    vi.advanceTimersByTime(5_000);
    expect(onIdle).not.toHaveBeenCalled();
  });
});
