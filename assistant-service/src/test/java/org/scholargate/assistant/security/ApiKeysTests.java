package org.scholargate.assistant.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ApiKeysTests {

	private static final String SECRET_DIGEST = "2bb80d537b1da3e38bd30361aa855686bde0eacd7162fef6a25fe97bf527a25b";

	@Test
	void acceptedKeyNamesClientByDigestPrefix() {
		ApiKeys keys = ApiKeys.of(List.of(SECRET_DIGEST));
		assertThat(keys.clientId("secret")).contains("key:2bb80d537b1da3e3");
	}

	@Test
	void unknownKeyIsNotAccepted() {
		ApiKeys keys = ApiKeys.of(List.of(SECRET_DIGEST));
		assertThat(keys.clientId("Secret")).isEmpty();
		assertThat(keys.clientId(SECRET_DIGEST)).isEmpty();
	}

	@Test
	void blankEntriesAreSkipped() {
		assertThat(ApiKeys.of(List.of("", "  ")).isEmpty()).isTrue();
	}

	@Test
	void plainKeyInSettingsIsRejectedWithoutEchoingIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> ApiKeys.of(List.of(SECRET_DIGEST, "my-plain-key")))
			.withMessageContaining("assistant.security.api-keys[1]")
			.withMessageContaining("sha256sum")
			.withMessageNotContaining("my-plain-key");
	}

}
