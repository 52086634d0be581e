// Waits until a health URL returns {"status": "UP"}: node wait-for-health.mjs URL TIMEOUT_SECONDS.
// Exits 0 when healthy and 1 when the time runs out.
const [url, timeoutSeconds = '120'] = process.argv.slice(2);
const deadline = Date.now() + Number(timeoutSeconds) * 1000;
while (Date.now() < deadline) {
	try {
		const response = await fetch(url);
		if (response.ok && (await response.json()).status === 'UP') {
			process.exit(0);
		}
	}
	catch {
		// not listening yet
	}
	await new Promise((resolve) => setTimeout(resolve, 500));
}
console.error(`${url} was not healthy within ${timeoutSeconds} s`);
process.exit(1);
