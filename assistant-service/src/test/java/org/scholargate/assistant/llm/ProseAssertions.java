package org.scholargate.assistant.llm;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the shape of a model answer's event sequence.
 */
final class ProseAssertions {

	private ProseAssertions() {
	}

	static String text(List<ProseEvent> events) {
		StringBuilder text = new StringBuilder();
		for (ProseEvent event : events) {
			if (event instanceof ProseEvent.Text value) {
				text.append(value.text());
			}
		}
		return text.toString();
	}

	static ProseEvent.Finished finished(List<ProseEvent> events) {
		assertThat(events).isNotEmpty();
		assertThat(events.get(events.size() - 1)).isInstanceOf(ProseEvent.Finished.class);
		assertThat(events.stream().filter(ProseEvent.Finished.class::isInstance)).hasSize(1);
		return (ProseEvent.Finished) events.get(events.size() - 1);
	}

	/**
	 * Asserts a model answer that streamed whole: no error, no reset, mode llm.
	 */
	static void assertModelAnswer(List<ProseEvent> events, String expectedText) {
		assertThat(events)
			.noneMatch((event) -> event instanceof ProseEvent.Failed || event instanceof ProseEvent.Reset);
		ProseEvent.Finished finished = finished(events);
		assertThat(finished.mode()).isEqualTo("llm");
		assertThat(text(events)).isEqualTo(expectedText);
		assertThat(finished.text()).isEqualTo(expectedText);
	}

	/**
	 * Asserts a failure before any text: the grounded text streams alone.
	 */
	static void assertFallbackBeforeText(List<ProseEvent> events, ProseRequest request) {
		assertThat(events)
			.noneMatch((event) -> event instanceof ProseEvent.Failed || event instanceof ProseEvent.Reset);
		ProseEvent.Finished finished = finished(events);
		assertThat(finished.mode()).isEqualTo("fallback");
		assertThat(text(events)).isEqualTo(request.grounded().text());
		assertThat(finished.text()).isEqualTo(request.grounded().text());
		assertThat(finished.warnings()).extracting(ProseNotice::code).containsExactly("model_unavailable");
	}

	/**
	 * Asserts a failure after text: the model text sent once, then error, reset and the
	 * grounded text.
	 */
	static void assertFallbackAfterText(List<ProseEvent> events, ProseRequest request, String sentModelText) {
		int failed = indexOf(events, ProseEvent.Failed.class);
		assertThat(failed).as("error event").isPositive();
		assertThat(events.get(failed + 1)).isInstanceOf(ProseEvent.Reset.class);
		assertThat(text(events.subList(0, failed))).isEqualTo(sentModelText);
		assertThat(text(events.subList(failed + 2, events.size()))).isEqualTo(request.grounded().text());
		ProseEvent.Failed error = (ProseEvent.Failed) events.get(failed);
		assertThat(error.code()).isEqualTo("model_failed");
		assertThat(error.message()).doesNotContainIgnoringCase("exception").doesNotContain("{");
		ProseEvent.Finished finished = finished(events);
		assertThat(finished.mode()).isEqualTo("fallback");
		assertThat(finished.text()).isEqualTo(request.grounded().text());
		assertThat(events.stream().filter(ProseEvent.Reset.class::isInstance)).hasSize(1);
	}

	private static int indexOf(List<ProseEvent> events, Class<?> type) {
		for (int i = 0; i < events.size(); i++) {
			if (type.isInstance(events.get(i))) {
				return i;
			}
		}
		return -1;
	}

}
