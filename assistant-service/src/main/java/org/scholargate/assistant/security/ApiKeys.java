package org.scholargate.assistant.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The accepted API keys, kept only as SHA-256 digests. A presented key is hashed and
 * compared with every digest in constant time, so neither the keys nor the timing of a
 * comparison reveal them.
 */
final class ApiKeys {

	private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");

	private static final int CLIENT_ID_DIGITS = 16;

	private final List<byte[]> digests;

	private ApiKeys(List<byte[]> digests) {
		this.digests = digests;
	}

	/**
	 * Reads the configured digests, skipping blank entries.
	 * @throws IllegalArgumentException naming the entry that is not a SHA-256 digest
	 */
	static ApiKeys of(List<String> hexDigests) {
		List<byte[]> digests = new ArrayList<>();
		for (int i = 0; i < hexDigests.size(); i++) {
			String digest = hexDigests.get(i).strip().toLowerCase(Locale.ROOT);
			if (digest.isEmpty()) {
				continue;
			}
			if (!DIGEST.matcher(digest).matches()) {
				throw new IllegalArgumentException("assistant.security.api-keys[" + i + "] is not a SHA-256 digest "
						+ "of 64 hexadecimal digits; store the digest of each key, for example the output of "
						+ "printf %s \"$KEY\" | sha256sum, never the key itself");
			}
			digests.add(HexFormat.of().parseHex(digest));
		}
		return new ApiKeys(List.copyOf(digests));
	}

	boolean isEmpty() {
		return this.digests.isEmpty();
	}

	int size() {
		return this.digests.size();
	}

	/**
	 * Returns the client id of a presented key: {@code key:} and the first 16 digits of
	 * its digest, or empty when the key is not accepted.
	 */
	Optional<String> clientId(String presentedKey) {
		byte[] presented = sha256(presentedKey);
		boolean accepted = false;
		for (byte[] digest : this.digests) {
			accepted |= MessageDigest.isEqual(digest, presented);
		}
		return accepted ? Optional.of("key:" + HexFormat.of().formatHex(presented).substring(0, CLIENT_ID_DIGITS))
				: Optional.empty();
	}

	static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
