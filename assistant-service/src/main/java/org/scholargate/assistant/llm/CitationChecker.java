package org.scholargate.assistant.llm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the citation markers of a model's text while it streams, and releases text as
 * soon as it is safe to send.
 * <ul>
 * <li>A marker is {@code [n]} with one or two digits. Its pieces may arrive in different
 * chunks; text that can still become a marker is held back only until a character shows
 * that it cannot, so {@code "[2024 report"} goes out at its third digit.</li>
 * <li>A marker whose number names no source is removed, with the white space before it on
 * its line.</li>
 * <li>A valid marker is held until its sentence ends. When the sentence then contains a
 * year that none of its markers' records state (year of origin, a source's year, or a
 * year in the record's note on the year), its markers are removed. A marker that opens a
 * sentence, right after the full stop of the previous one, is checked against the
 * previous sentence.</li>
 * </ul>
 * Every removal is listed in {@link #issues()}. A sentence ends at a line break or at
 * white space after {@code .}, {@code !} or {@code ?}. Not thread-safe: feed one chunk at
 * a time.
 */
final class CitationChecker {

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[5-9]\\d\\d|20\\d\\d)(?!\\d)");

	private final Map<Integer, CitedRecord> sources;

	private final StringBuilder released = new StringBuilder();

	private final StringBuilder candidate = new StringBuilder();

	private State state = State.NONE;

	private final StringBuilder held = new StringBuilder();

	private final List<HeldMarker> heldMarkers = new ArrayList<>();

	private final StringBuilder sentence = new StringBuilder();

	private boolean sentenceHasText;

	private char lastTextChar;

	private boolean hasPreviousSentence;

	private Set<Integer> previousYears = Set.of();

	private final Set<Integer> previousExplained = new HashSet<>();

	private final Set<ProseNotice> issues = new LinkedHashSet<>();

	private int keptMarkers;

	/**
	 * Creates a checker for one answer.
	 * @param sources the records that the answer's sources cite, by source index
	 */
	CitationChecker(Map<Integer, CitedRecord> sources) {
		this.sources = Map.copyOf(sources);
	}

	/**
	 * Checks one chunk of text.
	 * @return the text that can be sent now, possibly empty; never ends with the first
	 * half of a surrogate pair
	 */
	String accept(String chunk) {
		for (int i = 0; i < chunk.length(); i++) {
			step(chunk.charAt(i));
		}
		return drain(false);
	}

	/**
	 * Ends the text: a marker begun but not closed is plain text, and the last sentence
	 * is checked.
	 * @return the rest of the text
	 */
	String finish() {
		if (this.state != State.NONE) {
			flushCandidate();
		}
		endSentence();
		return drain(true);
	}

	/**
	 * Returns the markers removed so far.
	 */
	List<ProseNotice> issues() {
		return List.copyOf(this.issues);
	}

	/**
	 * Returns the number of markers sent so far that resolve to a source.
	 */
	int keptMarkers() {
		return this.keptMarkers;
	}

	private void step(char c) {
		switch (this.state) {
			case NONE -> startCandidate(c);
			case WHITESPACE -> {
				if (c == '[') {
					open();
				}
				else if (Character.isWhitespace(c)) {
					if (c == '\n') {
						endSentence();
					}
					this.candidate.append(c);
				}
				else {
					flushCandidate();
					step(c);
				}
			}
			case OPEN -> continueDigits(c, State.DIGIT);
			case DIGIT -> {
				if (c == ']') {
					this.candidate.append(c);
					completeMarker();
				}
				else {
					continueDigits(c, State.TWO_DIGITS);
				}
			}
			case TWO_DIGITS -> {
				if (c == ']') {
					this.candidate.append(c);
					completeMarker();
				}
				else {
					flushCandidate();
					step(c);
				}
			}
			default -> throw new IllegalStateException("Unknown state " + this.state);
		}
	}

	private void startCandidate(char c) {
		if (c == '[') {
			open();
		}
		else if (Character.isWhitespace(c)) {
			if (c == '\n' || isTerminator(this.lastTextChar)) {
				endSentence();
			}
			this.candidate.append(c);
			this.state = State.WHITESPACE;
		}
		else {
			emitText(String.valueOf(c));
		}
	}

	private void open() {
		this.candidate.append('[');
		this.state = State.OPEN;
	}

	private void continueDigits(char c, State next) {
		if (c >= '0' && c <= '9') {
			this.candidate.append(c);
			this.state = next;
		}
		else {
			flushCandidate();
			step(c);
		}
	}

	private static boolean isTerminator(char c) {
		return c == '.' || c == '!' || c == '?';
	}

	private void flushCandidate() {
		String text = this.candidate.toString();
		this.candidate.setLength(0);
		this.state = State.NONE;
		emitText(text);
	}

	private void emitText(String text) {
		target().append(text);
		this.sentence.append(text);
		for (int i = text.length() - 1; i >= 0; i--) {
			if (!Character.isWhitespace(text.charAt(i))) {
				this.lastTextChar = text.charAt(i);
				this.sentenceHasText = true;
				break;
			}
		}
	}

	private StringBuilder target() {
		return this.heldMarkers.isEmpty() ? this.released : this.held;
	}

	private void completeMarker() {
		String text = this.candidate.toString();
		this.candidate.setLength(0);
		this.state = State.NONE;
		int open = text.indexOf('[');
		int index = Integer.parseInt(text.substring(open + 1, text.length() - 1));
		int kept = text.lastIndexOf('\n', open) + 1;
		CitedRecord record = this.sources.get(index);
		if (record == null) {
			target().append(text, 0, kept);
			this.issues.add(ProseNotice.unknownSource(index));
			return;
		}
		if (!this.sentenceHasText && this.hasPreviousSentence) {
			attachToPreviousSentence(text, kept, index, record);
			return;
		}
		int start = this.held.length();
		this.held.append(text);
		this.heldMarkers.add(new HeldMarker(index, start + kept, this.held.length()));
	}

	private void attachToPreviousSentence(String text, int kept, int index, CitedRecord record) {
		Set<Integer> unexplained = new TreeSet<>(this.previousYears);
		unexplained.removeAll(this.previousExplained);
		unexplained.removeAll(record.years());
		if (!unexplained.isEmpty()) {
			target().append(text, 0, kept);
			this.issues.add(ProseNotice.yearMismatch(index, unexplained.iterator().next(), record.name()));
			return;
		}
		this.previousExplained.addAll(record.years());
		this.keptMarkers++;
		target().append(text);
	}

	private void endSentence() {
		Set<Integer> years = yearsIn(this.sentence);
		Set<Integer> explained = new HashSet<>();
		for (HeldMarker marker : this.heldMarkers) {
			explained.addAll(this.sources.get(marker.index()).years());
		}
		Set<Integer> unexplained = new TreeSet<>(years);
		unexplained.removeAll(explained);
		if (unexplained.isEmpty()) {
			this.keptMarkers += this.heldMarkers.size();
		}
		else {
			removeHeldMarkers(unexplained.iterator().next());
			explained.clear();
		}
		this.released.append(this.held);
		this.held.setLength(0);
		this.heldMarkers.clear();
		this.sentence.setLength(0);
		this.sentenceHasText = false;
		this.lastTextChar = 0;
		this.hasPreviousSentence = true;
		this.previousYears = years;
		this.previousExplained.clear();
		this.previousExplained.addAll(explained);
	}

	private void removeHeldMarkers(int year) {
		for (int i = this.heldMarkers.size() - 1; i >= 0; i--) {
			HeldMarker marker = this.heldMarkers.get(i);
			this.held.delete(marker.start(), marker.end());
			this.issues.add(ProseNotice.yearMismatch(marker.index(), year, this.sources.get(marker.index()).name()));
		}
	}

	/**
	 * Returns the years written in a text: four-digit numbers from 1500 to 2099.
	 */
	static Set<Integer> yearsIn(CharSequence text) {
		Set<Integer> years = new HashSet<>();
		Matcher matcher = YEAR.matcher(text);
		while (matcher.find()) {
			years.add(Integer.parseInt(matcher.group(1)));
		}
		return years;
	}

	private String drain(boolean all) {
		int end = this.released.length();
		if (!all && end > 0 && Character.isHighSurrogate(this.released.charAt(end - 1))) {
			end--;
		}
		String text = this.released.substring(0, end);
		this.released.delete(0, end);
		return text;
	}

	private enum State {

		NONE, WHITESPACE, OPEN, DIGIT, TWO_DIGITS

	}

	private record HeldMarker(int index, int start, int end) {

	}

	/**
	 * The record behind a source, as far as the checks need it.
	 *
	 * @param name the record's name
	 * @param years the years the record states
	 */
	record CitedRecord(String name, Set<Integer> years) {

		CitedRecord {
			years = Set.copyOf(years);
		}

	}

}
