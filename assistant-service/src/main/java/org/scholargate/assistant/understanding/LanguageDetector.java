package org.scholargate.assistant.understanding;

import java.text.Normalizer;
import java.util.Set;

import org.scholargate.catalog.Language;
import org.scholargate.catalog.TextFolding;

/**
 * Tells English, French and Turkish apart in short questions, by letters only one of the
 * languages uses and by frequent function words. Ties and messages without any clue are
 * taken as English.
 */
public final class LanguageDetector {

	private static final Set<String> ENGLISH = Set.of("the", "is", "what", "who", "which", "how", "and", "of", "in",
			"with", "between", "does", "did", "was", "were", "tell", "me", "about", "explain", "list", "methods",
			"method", "paper", "year", "introduced", "proposed", "invented", "related", "vs", "versus", "difference",
			"hello", "thanks", "thank", "when", "it", "are", "to", "for", "by", "from", "one", "older", "add", "came",
			"up", "kind", "founding", "differ", "show", "describe", "an", "its", "come", "out", "first", "or", "newer",
			"recent");

	private static final Set<String> FRENCH = Set.of("le", "la", "les", "des", "du", "de", "un", "une", "et", "est",
			"qu", "que", "qui", "quel", "quelle", "quels", "quelles", "quoi", "comment", "pourquoi", "methode",
			"methodes", "comparer", "comparez", "avec", "entre", "sont", "pour", "dans", "par", "article", "fondateur",
			"invente", "annee", "liees", "ce", "cette", "ces", "moi", "expliquer", "explique", "decris", "bonjour",
			"merci", "deux", "ajoute", "ajoutez", "plus", "ancienne", "ancien", "l", "d", "auteurs", "auteur", "quand",
			"parle", "apparentees", "catalogue", "salut", "revoir", "beaucoup", "lesquelles", "laquelle", "elle", "sur",
			"aux", "au", "annees", "depuis", "avant", "apres", "famille", "domaine", "donne", "contre", "ou", "lequel",
			"choisir", "retire", "enleve", "papier", "introduit", "voisines", "noms", "sous", "connait", "deuxieme",
			"premier", "dernier", "son", "sa", "ses", "recente");

	private static final Set<String> TURKISH = Set.of("nedir", "ve", "ile", "bir", "hangi", "kim", "ne", "zaman",
			"yontem", "yontemi", "yontemleri", "yontemlerini", "yontemler", "karsilastir", "karsilastirin", "onerdi",
			"nasil", "mi", "mu", "icin", "arasindaki", "farki", "hakkinda", "anlat", "listele", "yilinda", "tarafindan",
			"ilgili", "benzer", "katalogdaki", "nelerdir", "icat", "etti", "kimdir", "ortaya", "hangisi", "daha",
			"eski", "makalesi", "kurucu", "merhaba", "tesekkurler", "ekle", "ikisini", "bunu", "onu", "tanitti",
			"buldu", "gelistirdi", "kimin", "sonrasi", "oncesi", "tesekkur", "ederim", "sag", "ol", "hosca", "kal",
			"gorusuruz", "kimsin", "yapabilirsin", "yillar", "turu", "alani", "ailesi", "cikar", "yeni", "hangisidir",
			"olmayan", "testler", "kaynak", "bagli", "baglantili", "peki", "misin", "ikincisi", "ikincisini", "ilki",
			"sonuncusu");

	/**
	 * A Turkish case suffix written after an apostrophe, as in "LoRA'yı" or "DBSCAN'in".
	 */
	private static final java.util.regex.Pattern TURKISH_SUFFIX = java.util.regex.Pattern
		.compile("\\p{L}['’](ı|i|u|ü|ın|in|un|ün|nın|nin|nun|nün|yı|yi|yu|yü|a|e|ya|ye|da|de|ta|te|dan|den|tan|ten"
				+ "|la|le|yla|yle)\\b");

	/**
	 * Returns the language a message is most likely written in.
	 */
	public Language detect(String message) {
		message = Normalizer.normalize(message, Normalizer.Form.NFC);
		int english = 0;
		int french = letterScore(message, "éèêëàâîïôûùœç", 2);
		int turkish = letterScore(message, "ıİğĞşŞ", 3);
		for (String word : TextFolding.fold(message).split("[^\\p{L}]+")) {
			english += ENGLISH.contains(word) ? 1 : 0;
			french += FRENCH.contains(word) ? 1 : 0;
			turkish += TURKISH.contains(word) ? 1 : 0;
		}
		turkish += 2 * (int) TURKISH_SUFFIX.matcher(message).results().count();
		if (turkish > english && turkish >= french) {
			return Language.TR;
		}
		if (french > english && french > turkish) {
			return Language.FR;
		}
		return Language.EN;
	}

	private static int letterScore(String message, String letters, int weight) {
		return (int) message.codePoints().filter((codePoint) -> letters.indexOf(codePoint) >= 0).distinct().count()
				* weight;
	}

}
