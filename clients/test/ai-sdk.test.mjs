// The Vercel AI SDK's own parser, schema and reader against POST /api/chat/ui.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DefaultChatTransport, parseJsonEventStream, readUIMessageStream, uiMessageChunkSchema } from 'ai';
import { BASE_URL, COMPARISON, FOUNDING_PAPERS } from './service.mjs';

const API = BASE_URL + '/api/chat/ui';

function userMessage(id, text) {
	return { id, role: 'user', parts: [{ type: 'text', text }] };
}

async function post(messages) {
	return fetch(API, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ id: 'chat-1', messages, trigger: 'submit-message', messageId: undefined }),
	});
}

test('schema and reader accept the UI message stream', async () => {
	const response = await post([userMessage('m1', COMPARISON)]);
	assert.equal(response.status, 200);
	assert.match(response.headers.get('content-type'), /^text\/event-stream/);
	assert.equal(response.headers.get('x-vercel-ai-ui-message-stream'), 'v1');
	const [raw, parsed] = response.body.tee();
	const rawText = new Response(raw).text();

	const chunks = [];
	const invalid = [];
	const valid = parseJsonEventStream({ stream: parsed, schema: uiMessageChunkSchema }).pipeThrough(
		new TransformStream({
			transform(result, controller) {
				if (result.success) {
					chunks.push(result.value);
					controller.enqueue(result.value);
				}
				else {
					invalid.push(result.error);
				}
			},
		}));
	const errors = [];
	let message;
	for await (const snapshot of readUIMessageStream({ stream: valid, terminateOnError: true,
		onError: (error) => errors.push(error) })) {
		message = snapshot;
	}

	assert.equal(invalid.length, 0, 'invalid chunks: ' + invalid.map(String).join('; '));
	assert.deepEqual(errors, []);
	const types = chunks.map((chunk) => chunk.type);
	assert.equal(types[0], 'start');
	assert.equal(types.at(-1), 'finish');
	assert.equal(types.filter((type) => type === 'finish').length, 1);
	const textIds = new Set(chunks.filter((chunk) => chunk.type.startsWith('text-')).map((chunk) => chunk.id));
	assert.equal(textIds.size, 1, 'text parts use more than one id');
	assert.ok((await rawText).trimEnd().endsWith('data:[DONE]') || (await rawText).trimEnd().endsWith('data: [DONE]'));

	const text = message.parts.filter((part) => part.type === 'text').map((part) => part.text).join('');
	assert.match(text, /\[1\]/);
	assert.match(text, /\[2\]/);
	assert.ok(message.parts.filter((part) => part.type === 'text').every((part) => part.state === 'done'));
	const sources = message.parts.filter((part) => part.type === 'source-url');
	assert.deepEqual(sources.map((part) => part.sourceId), ['1', '2']);
	assert.deepEqual(sources.map((part) => part.url), FOUNDING_PAPERS);
	const table = message.parts.find((part) => part.type === 'data-table');
	assert.ok(table.data.rows.some((row) => row.differs), 'no differing row');
	assert.equal(message.metadata.intent, 'compare');
	assert.match(message.metadata.citeAs, /Compare methods/);
	console.log(`ai readUIMessageStream: ${chunks.length} chunks, ${invalid.length} invalid, `
		+ `${sources.length} source-url parts, text ${text.length} characters`);
});

test('DefaultChatTransport streams a stateless follow-up', async () => {
	const transport = new DefaultChatTransport({ api: API });
	const stream = await transport.sendMessages({
		chatId: 'chat-2',
		messages: [
			userMessage('m1', 'What is LoRA?'),
			{ id: 'a1', role: 'assistant', parts: [{ type: 'text', text: 'LoRA is a fine-tuning method [1].' }] },
			userMessage('m2', 'Who proposed it?'),
		],
		trigger: 'submit-message',
		messageId: undefined,
		abortSignal: undefined,
	});
	const chunks = [];
	for await (const chunk of stream) {
		chunks.push(chunk);
	}
	const text = chunks.filter((chunk) => chunk.type === 'text-delta').map((chunk) => chunk.delta).join('');
	assert.match(text, /Hu, E\. J\./);
	assert.equal(chunks.filter((chunk) => chunk.type === 'source-url').length, 1);
	console.log(`ai DefaultChatTransport: ${chunks.length} chunks, follow-up answered: ${JSON.stringify(text.slice(0, 60))}`);
});

test('invalid request is rejected before streaming', async () => {
	const response = await post([]);
	assert.equal(response.status, 400);
	assert.equal(response.headers.get('content-type'), 'application/problem+json');
});
