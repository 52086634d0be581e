// The official openai Node client against POST /v1/chat/completions and GET /v1/models.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import OpenAI from 'openai';
import { BASE_URL, COMPARISON, FOUNDING_PAPERS } from './service.mjs';

const MODEL = 'scholargate-assistant';
const client = new OpenAI({ baseURL: BASE_URL + '/v1', apiKey: 'not-needed', maxRetries: 0, timeout: 30_000 });

function assertAnnotationsMatchMarkers(message) {
	assert.ok(message.annotations.length > 0, 'no url_citation annotations');
	for (const annotation of message.annotations) {
		assert.equal(annotation.type, 'url_citation');
		const { start_index: start, end_index: end, url } = annotation.url_citation;
		assert.match(message.content.slice(start, end), /^\[\d{1,2}\]$/, 'annotation does not span a marker');
		assert.match(url, /^https?:\/\//);
	}
}

test('strict stream helper accepts a streamed cited comparison', async () => {
	const stream = client.chat.completions.stream({
		model: MODEL,
		messages: [{ role: 'user', content: COMPARISON }],
		stream_options: { include_usage: true },
	});
	let chunks = 0;
	stream.on('chunk', () => {
		chunks += 1;
	});
	const completion = await stream.finalChatCompletion();
	const [choice] = completion.choices;
	assert.equal(completion.choices.length, 1);
	assert.equal(choice.finish_reason, 'stop');
	assert.equal(choice.message.role, 'assistant');
	assert.match(choice.message.content, /\[1\]/);
	assert.match(choice.message.content, /\[2\]/);
	assertAnnotationsMatchMarkers(choice.message);
	const cited = choice.message.annotations.map((annotation) => annotation.url_citation.url);
	for (const paper of FOUNDING_PAPERS) {
		assert.ok(cited.includes(paper), 'no annotation cites ' + paper);
	}
	assert.ok(completion.usage.total_tokens > 0, 'no usage');
	assert.equal(completion.scholargate.intent, 'compare');
	assert.equal(completion.scholargate.sources.length, 2);
	assert.ok(completion.scholargate.table.rows.some((row) => row.differs), 'no differing row');
	console.log(`openai stream: ${chunks} chunks, finish_reason ${choice.finish_reason}, `
		+ `${choice.message.annotations.length} url_citation annotations, usage ${completion.usage.total_tokens} tokens`);
});

test('non-streaming call answers with citations', async () => {
	const completion = await client.chat.completions.create({
		model: MODEL,
		messages: [{ role: 'user', content: 'What is LoRA?' }],
	});
	const [choice] = completion.choices;
	assert.equal(completion.object, 'chat.completion');
	assert.equal(choice.finish_reason, 'stop');
	assert.match(choice.message.content, /LoRA/);
	assert.match(choice.message.content, /\[1\]/);
	assertAnnotationsMatchMarkers(choice.message);
	console.log(`openai create: ${choice.message.content.length} characters, `
		+ `${choice.message.annotations.length} url_citation annotations`);
});

test('follow-up resolves from earlier user messages', async () => {
	const completion = await client.chat.completions.create({
		model: MODEL,
		messages: [
			{ role: 'user', content: 'What is LoRA?' },
			{ role: 'assistant', content: 'LoRA is a parameter-efficient fine-tuning method [1].' },
			{ role: 'user', content: 'Who proposed it?' },
		],
	});
	assert.match(completion.choices[0].message.content, /Hu, E\. J\./);
	assert.deepEqual(completion.scholargate.methods, ['lora']);
});

test('models list names the assistant model', async () => {
	const ids = [];
	for await (const model of client.models.list()) {
		ids.push(model.id);
	}
	assert.deepEqual(ids, [MODEL]);
});

test('unknown model raises a 404 API error', async () => {
	await assert.rejects(
		client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'What is LoRA?' }] }),
		(error) => {
			assert.ok(error instanceof OpenAI.NotFoundError, 'expected NotFoundError, got ' + error);
			assert.equal(error.code, 'model_not_found');
			assert.equal(error.param, 'model');
			return true;
		});
});
