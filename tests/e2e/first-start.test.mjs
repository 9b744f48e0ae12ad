// A person opens Hearken for the first time: it speaks the system's
// language, starts on creating the vault, every screen is reachable by
// keyboard and accessible, and the page cannot load anything the content
// security policy does not allow.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  appSession,
  inspectScreen,
  interactiveControls,
  openScreen,
  tabOrder,
} from "./harness.mjs";

describe("first start on a French system", () => {
  const app = appSession({ locale: "fr_FR.UTF-8" });

  test("the interface follows the system language and the window title is fixed", async () => {
    assert.equal(await app.browser.execute(() => document.documentElement.lang), "fr");
    assert.equal(await app.browser.execute(() => document.documentElement.dir), "ltr");
    assert.equal(await (await app.browser.$("h1")).getText(), "Créez votre coffre-fort");
    assert.equal(await app.browser.getTitle(), "Hearken");
    await openScreen(app.browser, "about");
    assert.equal(await (await app.browser.$("h1")).getText(), "À propos de Hearken");
    await inspectScreen(app.browser, "about-fr");
  });

  test("every control of every screen is reachable with Tab and shows a focus ring", async () => {
    for (const id of ["vault", "about", "settings"]) {
      await openScreen(app.browser, id);
      const { reached, noRing } = await tabOrder(app.browser);
      const missing = (await interactiveControls(app.browser)).filter((c) => !reached.includes(c));
      assert.deepEqual(missing, [], `${id}: not reachable by keyboard (tab order: ${reached.join(", ")})`);
      assert.equal(reached[0], ".skip-link", `${id}: the skip link comes first`);
      assert.deepEqual(noRing, [], `${id}: focused without a visible ring`);
    }
    // The ring as a person sees it, on the language picker.
    await app.browser.execute(() => document.activeElement?.blur());
    for (let i = 0; i < 20 && !(await app.browser.execute(() => document.activeElement?.id === "settings-language")); i++) {
      await app.browser.keys("Tab");
    }
    assert.equal(await app.browser.execute(() => document.activeElement?.id), "settings-language");
    await inspectScreen(app.browser, "settings-fr-focus");
  });

  test("the keyboard alone opens a screen and lands on its heading", async () => {
    await openScreen(app.browser, "about");
    const nav = await app.browser.$("[data-nav=settings]");
    await app.browser.execute((el) => el.focus(), nav);
    await app.browser.keys("Enter");
    await (await app.browser.$('main[data-screen="settings"]')).waitForExist({ timeout: 5000 });
    await app.browser.waitUntil(() => app.browser.execute(() => document.activeElement?.id === "settings-heading"), {
      timeout: 3000,
      timeoutMsg: "focus did not move to the new screen's heading",
    });
    await inspectScreen(app.browser, "settings-fr");
  });

  test("the content security policy refuses inline scripts, eval and remote content", async () => {
    const outcome = await app.browser.execute(
      () =>
        new Promise((resolve) => {
          const blocked = [];
          document.addEventListener("securitypolicyviolation", (e) => blocked.push(e.effectiveDirective));
          const script = document.createElement("script");
          script.textContent = "window.__inlineRan = true";
          document.head.append(script);
          let evalRan = false;
          try {
            evalRan = eval("true");
          } catch {
            evalRan = false;
          }
          const img = document.createElement("img");
          img.src = "https://example.org/tracker.png";
          img.alt = "";
          document.body.append(img);
          setTimeout(() => {
            img.remove();
            resolve({ inline: window.__inlineRan === true, evalRan, blocked: [...new Set(blocked)].sort() });
          }, 300);
        }),
    );
    assert.deepEqual(outcome, { inline: false, evalRan: false, blocked: ["img-src", "script-src", "script-src-elem"] });
  });
});
