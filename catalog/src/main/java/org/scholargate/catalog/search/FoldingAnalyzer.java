package org.scholargate.catalog.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tr.ApostropheFilter;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.scholargate.catalog.TextFolding;

/**
 * Analyzes text in English, French and Turkish alike: folds case, accents and dashes,
 * drops French elisions ({@code l'article}) and Turkish suffixes after an apostrophe
 * ({@code LoRA'yı}), and reduces English plurals. Indexing and querying use the same
 * analyzer, so every variant of a name yields the same tokens.
 */
public final class FoldingAnalyzer extends Analyzer {

	private static final CharArraySet ELISIONS = new CharArraySet(
			List.of("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"), true);

	/**
	 * "A*" would otherwise fold to the article "a"; it becomes the single token
	 * {@code astar}.
	 */
	private static final Pattern A_STAR = Pattern.compile("(?<![\\p{L}\\p{N}])a ?\\*");

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		StandardTokenizer tokenizer = new StandardTokenizer();
		TokenStream stream = new ElisionFilter(tokenizer, ELISIONS);
		stream = new ApostropheFilter(stream);
		stream = new ASCIIFoldingFilter(stream);
		stream = new EnglishMinimalStemFilter(stream);
		return new TokenStreamComponents(tokenizer, stream);
	}

	@Override
	protected Reader initReader(String fieldName, Reader reader) {
		try {
			StringBuilder text = new StringBuilder();
			char[] buffer = new char[1024];
			int read;
			while ((read = reader.read(buffer)) != -1) {
				text.append(buffer, 0, read);
			}
			return new StringReader(A_STAR.matcher(TextFolding.fold(text.toString())).replaceAll(" astar "));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Returns the tokens of a text in order.
	 */
	public List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	/**
	 * Returns the key a name or alias is looked up by: its tokens joined by single
	 * spaces.
	 */
	public String key(String text) {
		return String.join(" ", tokens(text));
	}

}
