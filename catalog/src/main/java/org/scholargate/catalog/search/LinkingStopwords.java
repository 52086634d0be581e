package org.scholargate.catalog.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * Words that never name a method on their own: Lucene's English, French and Turkish stop
 * words plus the words people use to ask about methods ("who introduced", "qui a
 * inventé", "kim önerdi"), analyzed like the index.
 */
final class LinkingStopwords {

	private static final List<String> QUESTION_WORDS = List.of(
			// English
			"what", "which", "who", "whom", "whose", "when", "where", "why", "how", "does", "do", "did", "was", "were",
			"has", "have", "had", "can", "could", "would", "should", "me", "my", "i", "you", "your", "we", "our",
			"about", "tell", "explain", "describe", "compare", "comparison", "versus", "vs", "difference", "between",
			"differ", "different", "method", "technique", "algorithm", "approach", "model", "architecture", "paper",
			"founding", "original", "introduced", "invented", "proposed", "created", "developed", "came", "come", "up",
			"out", "year", "first", "list", "show", "give", "related", "similar", "other", "name", "alias", "called",
			"known", "also", "type", "kind", "sort", "domain", "family", "field", "catalog", "catalogue", "please",
			"source", "reference", "author", "inventor", "define", "definition", "mean", "work", "use", "used", "one",
			"both", "two", "three", "older", "newer", "oldest", "newest", "before", "after", "since", "until", "from",
			"its", "them", "add", "published", "demonstrated", "released", "appeared", "all", "any", "some", "summary",
			"version", "status", "wrote", "made", "behind", "introduce", "propose", "invent", "thank", "hello", "hi",
			"hey", "tool", "procedure", "estimator", "design",
			// French
			"qu", "est", "ce", "que", "quoi", "quel", "quelle", "quels", "quelles", "qui", "quand", "comment",
			"pourquoi", "methode", "algorithme", "modele", "article", "fondateur", "fondatrice", "invente", "propose",
			"cree", "introduit", "developpe", "annee", "comparer", "comparez", "compare", "comparaison", "difference",
			"explique", "expliquer", "decris", "decrire", "parle", "moi", "liste", "lister", "lie", "liee", "apparente",
			"similaire", "autre", "nom", "aussi", "appele", "genre", "domaine", "famille", "auteur", "deux", "ajoute",
			"ajouter", "plus", "ancien", "ancienne", "recent", "recente", "avant", "apres", "depuis", "sont", "ete",
			"entre", "celle", "celui", "laquelle", "lequel", "merci", "bonjour", "publie", "resume",
			// Turkish
			"nedir", "ne", "kim", "kimin", "hangi", "hangisi", "zaman", "nasil", "neden", "ile", "veya", "bir", "bu",
			"su", "yontem", "yontemi", "yontemler", "yontemleri", "yontemlerini", "yontemin", "teknik", "teknigi",
			"algoritma", "algoritmasi", "modeli", "makale", "makalesi", "kurucu", "onerdi", "onerildi", "buldu",
			"gelistirdi", "tanitti", "tanitildi", "icat", "yil", "yili", "yilinda", "karsilastir", "karsilastirin",
			"karsilastirma", "fark", "farki", "arasindaki", "anlat", "acikla", "listele", "ilgili", "benzer", "diger",
			"adlari", "isimleri", "tur", "turu", "alan", "alani", "aile", "kaynak", "kaynaklar", "yazar", "yazarlari",
			"iki", "ekle", "daha", "eski", "yeni", "once", "sonra", "beri", "katalog", "katalogdaki", "var", "mi", "mu",
			"nelerdir", "hakkinda", "merhaba", "tesekkur", "ortaya", "koydu", "yayimlandi",
			// Comparatives and fillers that follow-up questions use
			"earlier", "later", "latest", "recent", "briefly", "detail", "more", "most", "variant", "exist", "there",
			"available", "variante", "existe", "recente", "sonrasi", "oncesi", "cikar", "retire", "enleve", "supprime",
			"remove", "drop", "without", "instead", "also", "too", "well", "again", "now", "both", "them", "two",
			"deux", "ikisi", "ikisini", "ikisinin", "her", "peki", "ya", "misin", "misiniz", "musun", "musunuz",
			"karsilastirir", "karsilastirabilir", "lutfen", "son", "sa", "ses", "its", "first", "second", "third",
			"last", "premier", "premiere", "deuxieme", "troisieme", "dernier", "derniere", "ilki", "ilkini", "ikincisi",
			"ikincisini", "ucuncusu", "ucuncusunu", "sonuncusu", "sonuncusunu", "ok", "okay", "tamam", "accord",
			"choisir", "lequel", "laquelle", "voisine", "baglantili", "hangisidir", "olmayan", "term", "terme", "terim",
			"group", "team", "survey", "writing", "working", "need", "want", "please", "could", "would", "like",
			"know");

	private LinkingStopwords() {
	}

	static Set<String> build(FoldingAnalyzer analyzer) {
		Set<String> words = new HashSet<>();
		addAll(words, analyzer, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
		addAll(words, analyzer, FrenchAnalyzer.getDefaultStopSet());
		addAll(words, analyzer, TurkishAnalyzer.getDefaultStopSet());
		QUESTION_WORDS.forEach((word) -> words.addAll(analyzer.tokens(word)));
		return Set.copyOf(words);
	}

	private static void addAll(Set<String> words, FoldingAnalyzer analyzer, CharArraySet set) {
		for (Object word : set) {
			String text = (word instanceof char[] chars) ? new String(chars) : String.valueOf(word);
			words.addAll(analyzer.tokens(text));
		}
	}

}
