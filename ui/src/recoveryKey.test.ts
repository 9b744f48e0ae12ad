import { expect, test } from "vitest";
import { recoveryKeyGroups, sameRecoveryKey } from "./recoveryKey";

const SHOWN = "7K3M-0QX1-ABCD-EFGH-JKMN-PQRS-TVWX-YZ01";

test("a key copied by hand matches despite case, spacing and look-alike letters", () => {
  expect(sameRecoveryKey("7k3m 0qx1 abcd efgh jkmn pqrs tvwx yz01", SHOWN)).toBe(true);
  expect(sameRecoveryKey("7K3MOQXI-ABCD-EFGH-JKMN-PQRS-TVWX-YZOL", SHOWN)).toBe(true);
});

test("a wrong, short or empty key does not match", () => {
  expect(sameRecoveryKey("7K3M-0QX1-ABCD-EFGH-JKMN-PQRS-TVWX-YZ02", SHOWN)).toBe(false);
  expect(sameRecoveryKey("7K3M-0QX1", SHOWN)).toBe(false);
  expect(sameRecoveryKey("", "")).toBe(false);
});

test("the key shows as eight groups", () => {
  expect(recoveryKeyGroups(SHOWN)).toHaveLength(8);
});
