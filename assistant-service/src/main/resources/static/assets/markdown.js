// Renders the small Markdown subset that answers use (paragraphs, line breaks, bullet and numbered
// lists, headings, bold, italics, inline code, links and citation markers) into DOM nodes. Every piece
// of text is set with textContent and never parsed as HTML, so markup in records or model output shows
// as text; a link becomes a link only when its address is absolute http or https.

const SAFE_PROTOCOLS = new Set(['http:', 'https:']);

/**
 * Returns the normalized address when `href` is an absolute http(s) URL, otherwise null, so
 * `javascript:`, `data:` and relative addresses never become links.
 */
export function safeUrl(href) {
	if (typeof href !== 'string') {
		return null;
	}
	try {
		const url = new URL(href.trim());
		return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
	}
	catch {
		return null;
	}
}

/**
 * Renders `text` into a DocumentFragment. `options.citation(n)` returns the node for the marker
 * `[n]`, or null to keep the marker as plain text.
 */
export function renderMarkdown(text, options = {}) {
	const fragment = document.createDocumentFragment();
	let paragraph = [];
	let list = null;
	const flushParagraph = () => {
		if (paragraph.length > 0) {
			const element = document.createElement('p');
			paragraph.forEach((line, i) => {
				if (i > 0) {
					element.append(document.createElement('br'));
				}
				appendInline(element, line, options);
			});
			fragment.append(element);
			paragraph = [];
		}
	};
	for (const line of String(text).replace(/\r\n?/g, '\n').split('\n')) {
		const bullet = /^\s*[-*+]\s+(.*)$/.exec(line);
		const numbered = /^\s*(\d{1,3})[.)]\s+(.*)$/.exec(line);
		const heading = /^(#{1,6})\s+(.*)$/.exec(line);
		if (line.trim() === '') {
			flushParagraph();
			list = null;
		}
		else if (heading) {
			flushParagraph();
			list = null;
			const element = document.createElement('h' + Math.min(6, heading[1].length + 2));
			appendInline(element, heading[2], options);
			fragment.append(element);
		}
		else if (bullet || numbered) {
			flushParagraph();
			const ordered = !bullet;
			if (list === null || list.ordered !== ordered) {
				list = { ordered, element: document.createElement(ordered ? 'ol' : 'ul') };
				if (ordered && numbered[1] !== '1') {
					list.element.start = Number(numbered[1]);
				}
				fragment.append(list.element);
			}
			const item = document.createElement('li');
			appendInline(item, bullet ? bullet[1] : numbered[2], options);
			list.element.append(item);
		}
		else {
			list = null;
			paragraph.push(line);
		}
	}
	flushParagraph();
	return fragment;
}

const INLINE_RULES = [
	{ pattern: /\\([\\`*_[\]()<>#+\-.!])/y, render: (match) => document.createTextNode(match[1]) },
	{ pattern: /`([^`\n]+)`/y, render: (match) => element('code', match[1]) },
	{ pattern: /\*\*(?=\S)(.*?\S)\*\*/y, render: (match, options) => nested('strong', match[1], options) },
	{ pattern: /\*(?=[^\s*])([^*]*?[^\s*])\*/y, render: (match, options) => nested('em', match[1], options) },
	{
		pattern: /_(?=[^\s_])([^_]*?[^\s_])_(?![\p{L}\p{N}])/uy,
		wordStart: true,
		render: (match, options) => nested('em', match[1], options),
	},
	{ pattern: /\[(\d{1,2})\]/y, render: (match, options) => options.citation?.(Number(match[1])) ?? null },
	{ pattern: /\[([^\]\n]+)\]\(([^()\s]+)\)/y, render: (match) => link(match[1], match[2]) },
	{ pattern: /<([a-zA-Z][a-zA-Z0-9+.-]*:[^<>\s]+)>/y, render: (match) => link(match[1], match[1], true) },
];

function appendInline(parent, text, options) {
	let plain = '';
	let position = 0;
	while (position < text.length) {
		const matched = matchRule(text, position, options);
		if (matched === null) {
			plain += text[position];
			position += 1;
			continue;
		}
		if (plain !== '') {
			parent.append(document.createTextNode(plain));
			plain = '';
		}
		parent.append(matched.node);
		position = matched.end;
	}
	if (plain !== '') {
		parent.append(document.createTextNode(plain));
	}
}

function matchRule(text, position, options) {
	for (const rule of INLINE_RULES) {
		if (rule.wordStart && position > 0 && /[\p{L}\p{N}]/u.test(text[position - 1])) {
			continue;
		}
		rule.pattern.lastIndex = position;
		const match = rule.pattern.exec(text);
		if (match !== null) {
			// Rendering nested text reuses these patterns, so the end is taken from the match itself.
			const end = match.index + match[0].length;
			const node = rule.render(match, options);
			if (node !== null) {
				return { node, end };
			}
		}
	}
	return null;
}

function element(name, text) {
	const node = document.createElement(name);
	node.textContent = text;
	return node;
}

function nested(name, text, options) {
	const node = document.createElement(name);
	appendInline(node, text, options);
	return node;
}

function link(label, href, literal = false) {
	const url = safeUrl(href);
	if (url === null) {
		return document.createTextNode(literal ? '<' + label + '>' : label);
	}
	const anchor = document.createElement('a');
	anchor.href = url;
	anchor.target = '_blank';
	anchor.rel = 'noopener noreferrer';
	if (literal) {
		anchor.textContent = label;
	}
	else {
		appendInline(anchor, label, {});
	}
	return anchor;
}
