import { describe, expect, test } from "vitest";
import { clockText, segmentClock } from "./agendaTimer";

describe("the agenda timer", () => {
  test("counts a segment down to zero, then counts how far over it runs", () => {
    expect(segmentClock(10, 0)).toEqual({ remaining: 600, over: 0, ended: false });
    expect(segmentClock(10, 599_999)).toEqual({ remaining: 1, over: 0, ended: false });
    expect(segmentClock(10, 600_000)).toEqual({ remaining: 0, over: 0, ended: true });
    expect(segmentClock(10, 672_500)).toEqual({ remaining: 0, over: 72, ended: true });
  });

  test("shows minutes and two-digit seconds", () => {
    expect(clockText(600)).toBe("10:00");
    expect(clockText(61)).toBe("1:01");
    expect(clockText(0)).toBe("0:00");
  });
});
