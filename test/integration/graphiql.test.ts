import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { EXAMPLE_QUERY, EXAMPLE_VARIABLES } from '../../src/http/example-query.ts';
import { type RunningGateway, startGateway } from '../../src/http/server.ts';
import type { GraphQLResponse } from '../support/gateway.ts';

/** The system's Chromium (Debian's `chromium` package); the suite never downloads a browser. */
const CHROMIUM = '/usr/bin/chromium';
/** Headless, and quiet: no first-run pages, updates, sync or background traffic of its own. */
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);
/** How long the page may take to show something, within the test's own 30 s. */
const UI_TIMEOUT = 20_000;

let gateway: RunningGateway;
let profile: string;
let browser: BrowserContext;
let page: Page;
/** Requests the page tried to send off this machine (all refused). */
const blocked: string[] = [];
/** Uncaught exceptions in the page. */
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`the browser suite needs Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  // The gateway as `npm start` builds it from an empty environment: embedded chime-local, demo data.
  gateway = await startGateway(loadConfig({ PORT: '0', METRICS_PORT: '0' }), pino({ level: 'silent' }));
  profile = await mkdtemp(join(tmpdir(), 'graphiql-chromium-'));
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1400, height: 900 },
  });
  // GraphiQL must work offline: anything bound for another host is refused and recorded.
  await browser.route('**/*', (route) => {
    const url = route.request().url();
    if (LOCAL_HOSTS.has(new URL(url).hostname)) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  page = browser.pages()[0] ?? (await browser.newPage());
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
  await gateway?.close();
});

/**
 * The text a Monaco editor shows, line by line from the top. Monaco renders only the
 * lines in view and may reuse their elements out of order, so lines are sorted by position.
 */
function editorText(editor: Locator): Promise<string> {
  return editor.evaluate((element) =>
    [...element.querySelectorAll<HTMLElement>('.view-line')]
      .map((line) => ({ top: Number.parseFloat(line.style.top), text: line.textContent ?? '' }))
      .sort((a, b) => a.top - b.top)
      .map((line) => line.text.replaceAll('\u00a0', ' '))
      .join('\n'),
  );
}

describe('GraphiQL in a browser with no internet', () => {
  it('loads from the gateway alone and opens on the example query with its variables', async () => {
    const response = await page.goto(`${gateway.url}/graphql`, { timeout: UI_TIMEOUT });
    expect(response?.status()).toBe(200);
    expect(await page.title()).toBe('Chime GraphQL gateway');

    const queryEditor = page.locator('.graphiql-query-editor');
    await expect.poll(() => editorText(queryEditor), { timeout: UI_TIMEOUT }).toContain('query Dashboard(');
    const shown = await editorText(queryEditor);
    expect(shown.split('\n').length).toBeGreaterThanOrEqual(5);
    expect(EXAMPLE_QUERY.startsWith(shown)).toBe(true);

    const variablesEditor = page.locator('.graphiql-editor-tool .graphiql-editor').first();
    expect(JSON.parse(await editorText(variablesEditor))).toEqual(EXAMPLE_VARIABLES);
  });

  it('answers the first Run with data and no errors, shown in the result pane', async () => {
    const [answer] = await Promise.all([
      page.waitForResponse(
        (response) =>
          response.url().endsWith('/graphql') &&
          response.request().postDataJSON()?.operationName === 'Dashboard',
        { timeout: UI_TIMEOUT },
      ),
      page.locator('.graphiql-execute-button').click({ timeout: UI_TIMEOUT }),
    ]);
    const result = (await answer.json()) as GraphQLResponse;
    expect(result.errors).toBeUndefined();
    expect(result.data?.accounts.nodes.length).toBeGreaterThan(0);

    const resultPane = page.locator('.graphiql-response');
    await expect.poll(() => editorText(resultPane), { timeout: UI_TIMEOUT }).toContain('"data": {');
    const pane = await editorText(resultPane);
    expect(pane).not.toContain('"errors"');
    expect(pane).toContain(`"name": "${result.data?.accounts.nodes[0].name}"`);
  });

  it('sent nothing off this machine and threw nothing', () => {
    expect(blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
