// axe (WCAG 2.2 AA) on every shell screen in every language, plus the pseudo-locale and the largest text size.

import { expect, test } from './support/test';
import { expectNoAxeViolations, LANGUAGES, openApp } from './support/app';

for (const locale of LANGUAGES) {
  test(`home has no WCAG 2.2 AA violations in ${locale}`, async ({ page }) => {
    await openApp(page, { locale });
    await expectNoAxeViolations(page, `home (${locale})`);
  });

  test(`settings has no WCAG 2.2 AA violations in ${locale}`, async ({ page }) => {
    await openApp(page, { locale, hash: '#/?sheet=settings' });
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoAxeViolations(page, `settings (${locale})`);
  });
}

test('the largest text size keeps home and settings accessible', async ({ page }) => {
  await openApp(page, { locale: 'de', hash: '#/?sheet=settings' });
  await page.getByRole('dialog').getByRole('radio', { name: 'Sehr groß' }).check();
  await expectNoAxeViolations(page, 'settings, larger text (de)');
  await page.keyboard.press('Escape');
  await expectNoAxeViolations(page, 'home, larger text (de)');
});

test('the pseudo-locale replaces every visible text (nothing hard-coded)', async ({ page }) => {
  await openApp(page, { locale: 'pseudo', hash: '#/?sheet=settings' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-XA');
  // Every text node with letters must come from a translation (bracketed), except language names and version info.
  const unbracketed = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const found: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      if (!/\p{L}/u.test(text)) continue;
      const parent = node.parentElement;
      if (!parent || parent.closest('[lang]:not(html)') || parent.closest('script,style')) continue;
      if (!parent.closest('[data-untranslated]') && !isInsidePseudo(node)) found.push(text);
    }
    return found;

    function isInsidePseudo(textNode: Node): boolean {
      let element: Element | null = textNode.parentElement;
      while (element) {
        const content = element.textContent ?? '';
        if (content.includes('⟦') && content.includes('⟧')) return true;
        element = element.parentElement;
      }
      return false;
    }
  });
  expect(unbracketed).toEqual([]);
});
