// The chat page: sends each question to POST /api/chat as server-sent events, renders the streamed
// answer, its sources, comparison table and how-to-cite line, and opens record cards from
// /api/methods/{id}. Everything that comes from the service is written as text, never as HTML.
import { LANGUAGES, label } from './labels.js';
import { renderMarkdown, safeUrl } from './markdown.js';
import { readEvents } from './event-stream.js';

const state = {
	language: initialLanguage(),
	conversationId: null,
	busy: false,
	answers: 0,
};

// The element that opened the record card, which gets the focus back when the card closes.
let recordOpener = null;

const page = {
	form: document.getElementById('ask'),
	question: document.getElementById('question'),
	send: document.getElementById('send'),
	log: document.getElementById('log'),
	status: document.getElementById('status'),
	language: document.getElementById('language'),
	newConversation: document.getElementById('new-conversation'),
	dialog: document.getElementById('record'),
	dialogTitle: document.getElementById('record-title'),
	dialogBody: document.getElementById('record-body'),
	dialogClose: document.getElementById('record-close'),
};

function t(key, values) {
	return label(state.language, key, values);
}

function initialLanguage() {
	const stored = localStorage.getItem('scholargate.language');
	if (LANGUAGES.includes(stored)) {
		return stored;
	}
	const preferred = (navigator.language || 'en').slice(0, 2).toLowerCase();
	return LANGUAGES.includes(preferred) ? preferred : 'en';
}

// Binds an element's text or attribute to a label, so that switching the language rewrites it.
function bind(node, key, values = {}, attribute = 'text') {
	const bindings = node.dataset.i18n ? JSON.parse(node.dataset.i18n) : [];
	bindings.push([attribute, key, values]);
	node.dataset.i18n = JSON.stringify(bindings);
	write(node, attribute, t(key, values));
	return node;
}

function write(node, attribute, value) {
	if (attribute === 'text') {
		node.textContent = value;
	}
	else {
		node.setAttribute(attribute, value);
	}
}

function applyLanguage() {
	document.documentElement.lang = state.language;
	document.title = t('title');
	page.language.value = state.language;
	for (const node of document.querySelectorAll('[data-i18n]')) {
		for (const [attribute, key, values] of JSON.parse(node.dataset.i18n)) {
			write(node, attribute, t(key, values));
		}
	}
}

function create(name, className, text) {
	const node = document.createElement(name);
	if (className) {
		node.className = className;
	}
	if (text !== undefined) {
		node.textContent = text;
	}
	return node;
}

function announce(message) {
	page.status.textContent = message;
}

function externalLink(url, text) {
	const safe = safeUrl(url);
	if (safe === null) {
		return document.createTextNode(text);
	}
	const anchor = create('a', null, text);
	anchor.href = safe;
	anchor.target = '_blank';
	anchor.rel = 'noopener noreferrer';
	return anchor;
}

function methodButton(id, name) {
	const button = create('button', 'method-link', name);
	button.type = 'button';
	bind(button, 'openRecord', { name }, 'aria-label');
	button.addEventListener('click', () => openRecord(id, button));
	return button;
}

// One assistant answer as it streams in.
class AnswerView {
	constructor() {
		state.answers += 1;
		this.id = 'answer-' + state.answers;
		this.text = '';
		this.sources = new Map();
		this.renderPending = false;
		this.article = create('article', 'message assistant');
		this.article.setAttribute('aria-busy', 'true');
		this.article.append(bind(create('h3', 'speaker'), 'assistant'));
		this.notices = create('div', 'notices');
		this.body = create('div', 'answer-text');
		this.body.append(bind(create('p', 'thinking'), 'thinking'));
		this.tableBlock = create('div', 'answer-table');
		this.sourcesBlock = create('section', 'answer-sources');
		this.citeBlock = create('div', 'answer-cite');
		this.article.append(this.notices, this.body, this.tableBlock, this.sourcesBlock, this.citeBlock);
		page.log.append(this.article);
		this.article.scrollIntoView({ block: 'end' });
	}

	handle(event, data) {
		switch (event) {
			case 'meta':
				state.conversationId = data.conversationId;
				break;
			case 'sources':
				data.forEach((source) => this.sources.set(source.index, source));
				this.scheduleRender();
				this.renderSources();
				break;
			case 'delta':
				this.text += data.text;
				this.scheduleRender();
				break;
			case 'table':
				this.renderTable(data);
				break;
			case 'error':
				this.pendingError = data;
				break;
			case 'reset':
				this.text = '';
				this.pendingError = null;
				this.notice('modelFallback', {});
				this.scheduleRender();
				break;
			case 'done':
				this.done(data);
				break;
			default:
				break;
		}
	}

	scheduleRender() {
		if (!this.renderPending) {
			this.renderPending = true;
			requestAnimationFrame(() => {
				this.renderPending = false;
				this.renderText();
			});
		}
	}

	renderText() {
		const fragment = renderMarkdown(this.text, { citation: (n) => this.citation(n) });
		this.body.replaceChildren(fragment);
	}

	citation(n) {
		const source = this.sources.get(n);
		if (!source) {
			return null;
		}
		const url = safeUrl(source.url);
		const anchor = create('a', 'cite', '[' + n + ']');
		anchor.href = url ?? '#' + this.id + '-source-' + n;
		if (url !== null) {
			anchor.target = '_blank';
			anchor.rel = 'noopener noreferrer';
		}
		bind(anchor, 'source', { n, citation: source.citation }, 'title');
		return anchor;
	}

	renderSources() {
		const list = create('ol', 'sources');
		for (const source of [...this.sources.values()].sort((a, b) => a.index - b.index)) {
			const item = create('li');
			item.id = this.id + '-source-' + source.index;
			item.value = source.index;
			item.append(methodButton(source.methodId, source.methodName), ': ',
				externalLink(source.url, source.citation));
			list.append(item);
		}
		const heading = bind(create('h4'), 'sources');
		this.sourcesBlock.replaceChildren(heading, list);
	}

	renderTable(table) {
		const element = create('table', 'comparison');
		const caption = create('caption');
		caption.append(bind(create('span'), 'comparison'), ': ' + table.methods.map((m) => m.name).join(' · '));
		const headRow = create('tr');
		headRow.append(bind(create('th'), 'field'));
		headRow.firstChild.scope = 'col';
		for (const method of table.methods) {
			const cell = create('th');
			cell.scope = 'col';
			cell.append(methodButton(method.id, method.name));
			headRow.append(cell);
		}
		const head = create('thead');
		head.append(headRow);
		const body = create('tbody');
		for (const row of table.rows) {
			body.append(this.tableRow(row));
		}
		element.append(caption, head, body);

		const toggle = create('label', 'differences-toggle');
		const checkbox = create('input');
		checkbox.type = 'checkbox';
		checkbox.addEventListener('change', () => element.classList.toggle('only-differences', checkbox.checked));
		toggle.append(checkbox, ' ', bind(create('span'), 'onlyDifferences'));
		const scroller = create('div', 'table-scroll');
		scroller.append(element);
		this.tableBlock.replaceChildren(toggle, scroller);
	}

	tableRow(row) {
		const tr = create('tr', row.differs ? 'differs' : 'same');
		tr.dataset.field = row.field;
		const header = create('th', null, row.label);
		header.scope = 'row';
		if (row.differs) {
			header.append(' ', bind(create('span', 'differs-mark'), 'differs'));
		}
		tr.append(header);
		for (const cell of row.cells) {
			const td = create('td');
			const source = this.sources.get(cell.source);
			if (row.field === 'foundingSource' && source) {
				td.append(externalLink(source.url, cell.text));
			}
			else {
				td.append(document.createTextNode(cell.text));
			}
			const marker = this.citation(cell.source);
			if (marker !== null) {
				td.append(' ', marker);
			}
			tr.append(td);
		}
		return tr;
	}

	done(data) {
		this.renderText();
		if (this.pendingError) {
			this.fail(t('streamError', { detail: this.pendingError.message }));
		}
		for (const warning of data.warnings ?? []) {
			this.notices.append(create('p', 'notice', warning.message));
		}
		if (data.citeAs) {
			this.renderCiteAs(data.citeAs);
		}
		this.finish();
	}

	renderCiteAs(citeAs) {
		const text = create('span', 'cite-text', citeAs);
		const button = bind(create('button', 'copy'), 'copy');
		button.type = 'button';
		button.addEventListener('click', () => copy(citeAs, text));
		this.citeBlock.replaceChildren(bind(create('span', 'cite-label'), 'howToCite'), ' ', text, ' ', button);
	}

	notice(key, values) {
		this.notices.append(bind(create('p', 'notice'), key, values));
	}

	fail(message) {
		const alert = create('p', 'error', message);
		alert.setAttribute('role', 'alert');
		this.notices.append(alert);
		this.body.querySelector('.thinking')?.remove();
		this.finish();
	}

	finish() {
		this.article.setAttribute('aria-busy', 'false');
		announce(t('answerComplete'));
	}
}

async function copy(text, node) {
	try {
		await navigator.clipboard.writeText(text);
		announce(t('copied'));
	}
	catch {
		const range = document.createRange();
		range.selectNodeContents(node);
		const selection = window.getSelection();
		selection.removeAllRanges();
		selection.addRange(range);
		announce(document.execCommand('copy') ? t('copied') : t('copyFailed'));
	}
}

async function problemDetail(response) {
	try {
		const problem = await response.json();
		return problem.detail || problem.title || response.statusText;
	}
	catch {
		return response.status + ' ' + response.statusText;
	}
}

function appendQuestion(text) {
	const article = create('article', 'message user');
	article.append(bind(create('h3', 'speaker'), 'you'), create('p', 'question-text', text));
	page.log.append(article);
}

async function ask(question) {
	state.busy = true;
	page.send.disabled = true;
	appendQuestion(question);
	const view = new AnswerView();
	try {
		const body = { message: question };
		if (state.conversationId) {
			body.conversationId = state.conversationId;
		}
		const response = await fetch('/api/chat', {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
			body: JSON.stringify(body),
		});
		if (!response.ok) {
			if (response.status === 404) {
				state.conversationId = null;
			}
			view.fail(t('requestFailed', { detail: await problemDetail(response) }));
			return;
		}
		for await (const event of readEvents(response)) {
			view.handle(event.event, JSON.parse(event.data));
		}
	}
	catch {
		view.fail(t('networkError'));
	}
	finally {
		state.busy = false;
		page.send.disabled = false;
		page.question.focus();
	}
}

async function openRecord(id, opener) {
	page.dialogTitle.textContent = t('loading');
	page.dialogBody.replaceChildren();
	if (!page.dialog.open) {
		recordOpener = opener;
		page.dialog.showModal();
	}
	page.dialogClose.focus();
	try {
		const response = await fetch('/api/methods/' + encodeURIComponent(id), { headers: { Accept: 'application/json' } });
		if (!response.ok) {
			throw new Error(await problemDetail(response));
		}
		renderRecord(await response.json());
	}
	catch (error) {
		page.dialogTitle.textContent = '';
		page.dialogBody.replaceChildren(create('p', 'error', t('recordFailed', { detail: error.message })));
	}
}

function renderRecord(record) {
	page.dialogTitle.textContent = record.name;
	const translation = record.translations?.[state.language];
	const summary = create('p', 'record-summary', translation?.summary ?? record.summary);
	const fields = create('dl', 'record-fields');
	const add = (key, value) => {
		if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) {
			return;
		}
		const definition = create('dd');
		definition.append(...(Array.isArray(value) ? value : [value]).map((part) =>
			typeof part === 'string' ? document.createTextNode(part) : part));
		fields.append(bind(create('dt'), key), definition);
	};
	add('aliases', (record.aliases ?? []).map((alias) => alias.text + ' (' + alias.language + ')').join(', '));
	add('domain', record.domain);
	add('family', record.family);
	add('yearOfOrigin', String(record.yearOfOrigin ?? ''));
	add('originalAuthors', record.originalAuthors);
	add('type', translation?.type ?? record.type);
	if (record.foundingSource) {
		add('foundingSource', externalLink(record.foundingSource.url, record.foundingSource.citation));
	}
	const sources = create('ul');
	for (const source of record.sources ?? []) {
		const item = create('li');
		item.append(externalLink(source.url, source.citation));
		sources.append(item);
	}
	add('allSources', sources.childElementCount > 0 ? sources : null);
	const related = (record.related ?? []).flatMap((id, i) => (i > 0 ? [', ', methodButton(id, id)] : [methodButton(id, id)]));
	add('related', related);
	add('version', record.version);
	add('status', record.status);
	page.dialogBody.replaceChildren(summary, fields);
}

function start() {
	for (const node of document.querySelectorAll('[data-label]')) {
		node.textContent = '';
		bind(node, node.dataset.label);
	}
	for (const node of document.querySelectorAll('[data-label-placeholder]')) {
		bind(node, node.dataset.labelPlaceholder, {}, 'placeholder');
	}
	applyLanguage();
	page.language.addEventListener('change', () => {
		state.language = page.language.value;
		localStorage.setItem('scholargate.language', state.language);
		applyLanguage();
	});
	page.form.addEventListener('submit', (event) => {
		event.preventDefault();
		const question = page.question.value.trim();
		if (question === '' || state.busy) {
			return;
		}
		page.question.value = '';
		ask(question);
	});
	page.question.addEventListener('keydown', (event) => {
		if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
			event.preventDefault();
			page.form.requestSubmit();
		}
	});
	page.newConversation.addEventListener('click', () => {
		state.conversationId = null;
		page.log.querySelectorAll('article').forEach((node) => node.remove());
		page.question.focus();
	});
	page.dialogClose.addEventListener('click', () => page.dialog.close());
	page.dialog.addEventListener('close', () => recordOpener?.focus());
	page.question.focus();
}

start();
