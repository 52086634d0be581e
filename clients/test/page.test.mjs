// The chat page in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core).
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { BASE_URL, COMPARISON, FOUNDING_PAPERS } from './service.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname),
	'..', 'screenshots');

// Chromium reaches for Google's hosts at start-up unless background networking is off.
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
	'--disable-background-networking', '--disable-component-update', '--disable-sync'];

let userDataDir;
let context;
let page;
const foreignRequests = [];

before(async () => {
	userDataDir = await mkdtemp(path.join(tmpdir(), 'scholargate-chromium-'));
	// Playwright passes --user-data-dir itself, pointing at this new empty folder.
	context = await chromium.launchPersistentContext(userDataDir, {
		executablePath: CHROMIUM,
		headless: true,
		args: FLAGS,
		viewport: { width: 1280, height: 1000 },
		locale: 'en-US',
	});
	context.on('request', (request) => {
		if (!request.url().startsWith(BASE_URL + '/')) {
			foreignRequests.push(request.url());
		}
	});
	page = context.pages()[0] ?? await context.newPage();
});

after(async () => {
	await context?.close();
	if (userDataDir) {
		await rm(userDataDir, { recursive: true, force: true });
	}
});

async function ask(question) {
	const answers = await page.locator('article.assistant').count();
	await page.locator('#question').fill(question);
	await page.locator('#question').press('Enter');
	const answer = page.locator('article.assistant').nth(answers);
	await answer.locator('xpath=self::*[@aria-busy="false"]').waitFor({ timeout: 20_000 });
	return answer;
}

test('comparison renders a highlighted table with founding paper links', async () => {
	await page.goto(BASE_URL + '/');
	await assert.doesNotReject(page.locator('#question').waitFor());
	assert.equal(await page.evaluate(() => document.activeElement?.id), 'question');

	const answer = await ask(COMPARISON);
	const table = answer.locator('table.comparison');
	await table.waitFor();
	const differing = await table.locator('tbody tr.differs').count();
	const same = await table.locator('tbody tr.same').count();
	assert.ok(differing > 0, 'no highlighted row');
	assert.ok(same > 0, 'no equal row');
	const background = await table.locator('tbody tr.differs td').first()
		.evaluate((cell) => getComputedStyle(cell).backgroundColor);
	assert.notEqual(background, 'rgba(0, 0, 0, 0)', 'differing rows are not highlighted');
	for (const paper of FOUNDING_PAPERS) {
		assert.ok(await answer.locator(`a[href="${paper}"]`).count() > 0, 'no link to ' + paper);
	}
	assert.ok(await answer.locator('.answer-text a.cite').count() >= 2, 'markers are not links');
	assert.match(await answer.locator('.cite-text').textContent(), /Compare methods: Knowledge Distillation/);

	await mkdir(SCREENSHOTS, { recursive: true });
	const screenshot = path.join(SCREENSHOTS, 'comparison.png');
	await page.screenshot({ path: screenshot, fullPage: true });
	console.log(`page: ${differing} of ${differing + same} rows highlighted, founding papers linked; `
		+ `screenshot ${screenshot}`);

	await answer.locator('.differences-toggle input').check();
	assert.equal(await table.locator('tbody tr.same').first().isVisible(), false);
	assert.equal(await table.locator('tbody tr.differs').first().isVisible(), true);
});

test('method name opens its record card from the keyboard', async () => {
	const button = page.locator('table.comparison thead .method-link').first();
	await button.focus();
	await page.keyboard.press('Enter');
	const dialog = page.locator('dialog#record[open]');
	await dialog.waitFor();
	await dialog.locator('.record-fields').waitFor();
	assert.equal(await dialog.locator('#record-title').textContent(), 'Knowledge Distillation');
	assert.ok(await dialog.locator('a[href="https://arxiv.org/abs/1503.02531"]').count() > 0);
	await page.keyboard.press('Escape');
	assert.equal(await page.locator('dialog#record[open]').count(), 0);
	assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Knowledge Distillation');
});

test('interface language switches labels', async () => {
	await page.locator('#language').selectOption('fr');
	assert.equal(await page.locator('#send').textContent(), 'Envoyer');
	assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
	assert.equal(await page.locator('.differences-toggle span').first().textContent(),
		'Afficher seulement les différences');
	await page.locator('#language').selectOption('tr');
	assert.equal(await page.locator('#send').textContent(), 'Gönder');
	await page.locator('#language').selectOption('en');
});

test('markup from answers and questions never runs', async () => {
	await page.evaluate(() => {
		window.injected = 0;
	});
	const hostile = '<img src=x onerror="window.injected=1"> [click](javascript:window.injected=2) **bold**';
	const rendered = await page.evaluate(async (text) => {
		const { renderMarkdown } = await import('/assets/markdown.js');
		const host = document.createElement('div');
		host.append(renderMarkdown(text, {}));
		document.body.append(host);
		const result = { html: host.innerHTML, images: host.querySelectorAll('img').length,
			links: [...host.querySelectorAll('a')].map((a) => a.getAttribute('href')) };
		host.remove();
		return result;
	}, hostile);
	assert.equal(rendered.images, 0);
	assert.deepEqual(rendered.links, []);
	assert.match(rendered.html, /<strong>bold<\/strong>/);
	assert.match(rendered.html, /&lt;img/);

	const answer = await ask(hostile);
	assert.equal(await page.locator('article.user img').count(), 0);
	assert.equal(await answer.locator('img').count(), 0);
	assert.equal(await page.evaluate(() => window.injected), 0);
});

test('page makes no request to another host', () => {
	assert.deepEqual(foreignRequests, []);
});
