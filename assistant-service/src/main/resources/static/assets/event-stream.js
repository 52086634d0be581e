// Reads server-sent events from a fetch response, because EventSource cannot send a POST body.

/**
 * Yields `{event, data}` for each event of the response body, following the SSE format: `event:` and
 * `data:` fields, an optional space after the colon, several `data:` lines joined by newlines, and
 * comment lines ignored.
 */
export async function* readEvents(response) {
	const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
	let buffer = '';
	for (;;) {
		const { value, done } = await reader.read();
		if (done) {
			break;
		}
		buffer += value;
		let boundary = /\r?\n\r?\n/.exec(buffer);
		while (boundary !== null) {
			const event = parseEvent(buffer.slice(0, boundary.index));
			buffer = buffer.slice(boundary.index + boundary[0].length);
			if (event !== null) {
				yield event;
			}
			boundary = /\r?\n\r?\n/.exec(buffer);
		}
	}
	const last = parseEvent(buffer);
	if (last !== null) {
		yield last;
	}
}

function parseEvent(block) {
	let event = 'message';
	const data = [];
	for (const line of block.split(/\r?\n/)) {
		if (line === '' || line.startsWith(':')) {
			continue;
		}
		const colon = line.indexOf(':');
		const field = colon < 0 ? line : line.slice(0, colon);
		let value = colon < 0 ? '' : line.slice(colon + 1);
		if (value.startsWith(' ')) {
			value = value.slice(1);
		}
		if (field === 'event') {
			event = value;
		}
		else if (field === 'data') {
			data.push(value);
		}
	}
	return data.length > 0 ? { event, data: data.join('\n') } : null;
}
