import { describe, expect, test } from "vitest";
import { estimateBits, rate } from "./passphrase";

describe("passphrase strength", () => {
  test("below the core's minimum is too short, whatever it contains", () => {
    expect(rate("Zq9!x", 8)).toBe("too-short");
    expect(rate("كلمة", 8)).toBe("too-short");
  });

  test("common passwords and obvious patterns are weak even when long enough", () => {
    for (const p of ["password", "12345678", "azertyuiop", "aaaaaaaaaaaa", "abcabcabcabc", "пароль12", "qwertyuiop123"]) {
      expect([p, rate(p, 8)]).toEqual([p, "weak"]);
    }
  });

  test("several ordinary words are strong, in any script", () => {
    for (const p of ["river stones remember rain", "la rivière se souvient", "النهر يتذكر المطر دائما", "река помнит дождь всегда"]) {
      expect([p, rate(p, 8)]).toEqual([p, "strong"]);
    }
  });

  test("a short mixed password sits in between", () => {
    expect(rate("Tr0mb0ne!", 8)).toBe("fair");
  });

  test("more characters never make it weaker", () => {
    const base = "mango tree";
    expect(estimateBits(base + " by the well")).toBeGreaterThan(estimateBits(base));
  });
});
