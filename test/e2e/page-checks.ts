import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface Watched {
  __cspViolations?: string[];
}

/** Page errors seen so far, per page. */
const pageErrors = new WeakMap<Page, string[]>();

/**
 * Records every Content-Security-Policy violation and page error from the first script on:
 * the app must run under its strict CSP without tripping it. (A string, not a function: tsx
 * would wrap a function's inner names in a helper the page does not have.)
 */
export async function watchPage(page: Page): Promise<void> {
  await page.addInitScript(`
    document.addEventListener('securitypolicyviolation', (event) => {
      (window.__cspViolations = window.__cspViolations || []).push(
        event.violatedDirective + ' ' + event.blockedURI + ' ' + event.sourceFile + ':' + event.lineNumber,
      );
    });
  `);
  const errors: string[] = [];
  pageErrors.set(page, errors);
  page.on('pageerror', (error) => errors.push(error.message));
}

export async function expectNoCspViolations(page: Page): Promise<void> {
  const violations = await page.evaluate(
    () => (window as unknown as Watched).__cspViolations ?? [],
  );
  assert.deepEqual(violations, [], 'Content-Security-Policy violations');
  assert.deepEqual(pageErrors.get(page) ?? [], [], 'errors in the page');
}

/**
 * Runs axe-core in the page (evaluated through the DevTools protocol, which the page's CSP does
 * not govern) and fails on serious or critical violations, naming them.
 */
export async function checkAccessibility(page: Page, where: string): Promise<void> {
  await expectNoCspViolations(page);
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{
            violations: {
              id: string;
              impact: string;
              help: string;
              nodes: { target: string[] }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) =>
          `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
            .slice(0, 3)
            .map((node) => node.target.join(' '))
            .join(', ')}`,
      );
  });
  assert.deepEqual(violations, [], `accessibility of ${where}`);
}
