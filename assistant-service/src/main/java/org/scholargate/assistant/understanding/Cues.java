package org.scholargate.assistant.understanding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.scholargate.catalog.MethodField;

/**
 * Phrases that signal an intent or a field in English, French and Turkish. Every pattern
 * runs on text folded by {@link org.scholargate.catalog.TextFolding#fold}, so it is
 * written without case or accents.
 */
final class Cues {

	static final Pattern COMPARE = Pattern.compile("\\bcompar\\w*|\\bvs\\b|\\bversus\\b|\\bdifferences? (between|of)\\b"
			+ "|\\bdiffer\\w*|\\bcontrast\\b|\\bdistinguish\\b|\\bside[ -]by[ -]side\\b|\\btableau comparatif\\b"
			+ "|\\bdifferences? entre\\b" + "|\\bkarsilastir\\w*|\\bfark\\w*|\\bkiyasla\\w*|\\bmukayese\\w*");

	static final Pattern OLDER = Pattern.compile("\\bolder\\b|\\boldest\\b|\\bnewer\\b|\\bnewest\\b|\\bearlier\\b"
			+ "|\\bmore recent\\b|\\bmost recent\\b|\\bcame first\\b|\\bplus (ancien|recent|vieux|vieille)\\w*"
			+ "|\\bdaha (eski|yeni)\\b|\\ben (eski|yeni)\\b|\\bhangisi (once|sonra)\\b");

	static final Pattern ADD = Pattern.compile("\\btoo\\W*$|\\bas well\\b|\\baussi\\W*$|\\begalement\\b|"
			+ "^\\W*(and |also |now |et |puis )?(add|include|ajoute\\w*|inclu\\w*)\\b"
			+ "|\\b(add|ajoute\\w*)\\b.*\\b(too|as well|aussi|egalement)\\b|\\bekle\\w*");

	static final Pattern RELATED = Pattern.compile("\\brelated\\b|\\brelates?\\b|\\bsimilar (to|methods)\\b"
			+ "|\\bvariants?\\b|\\bsuccessors?\\b|\\bextensions? of\\b|\\bvariantes?\\b|\\bturev\\w*|\\bvaryant\\w*"
			+ "|\\bvoisine\\w*|\\bbaglantili\\w*|\\bbaglantisi\\w*"
			+ "|\\balternatives? (to|for)\\b|\\bconnected to\\b|\\blinked to\\b|\\blie(e)?s? a\\b|\\bliee?s\\b"
			+ "|\\bapparente\\w*|\\bsimilaires?\\b|\\bproches? de\\b|\\bilgili (yontem|teknik)\\w*"
			+ "|\\bbenzer (yontem|teknik)\\w*|\\biliskili\\w*|\\bbagli (yontem|teknik)\\w*");

	static final Pattern SEARCH = Pattern.compile("^\\W*(list|show|find|search|give me|name)\\b|\\blist (of|all|the)\\b"
			+ "|\\b(which|what|any|all) ([\\w'-]+ ){0,3}(methods|techniques|algorithms|approaches|models|tests"
			+ "|detectors" + "|estimators|architectures|optimizers)\\b"
			+ "|\\b(methods|techniques|algorithms|approaches) (in|from|of|by|introduced|published|proposed|before"
			+ "|after|since|between)\\b|\\bliste\\w*|\\bquel(le)?s (\\w+ ){0,3}(methodes|techniques|algorithmes)\\b"
			+ "|\\bmethodes (du|de|d'|en|par|avant|apres|depuis|entre|introduites|publiees)\\b"
			+ "|\\blistele\\w*|\\bhangi (\\w+ ){0,3}(yontemler|teknikler|algoritmalar)\\w*|\\bkatalogdaki\\b"
			+ "|\\b(yontemler|teknikler)\\w* (nelerdir|hangileri)");

	static final Pattern SMALLTALK_GREETING = Pattern.compile("^\\W*(hi|hello|hey|good (morning|afternoon|evening)"
			+ "|bonjour|bonsoir|salut|coucou|merhaba|selam|iyi gunler|gunaydin)\\b");

	static final Pattern SMALLTALK_THANKS = Pattern.compile("^\\W*(thanks|thank you|cheers|merci|tesekkur\\w*"
			+ "|sag ?ol\\w*|ok|okay|great|cool|super|parfait|d'accord|tamam|harika)\\b");

	static final Pattern SMALLTALK_FAREWELL = Pattern.compile("^\\W*(bye|goodbye|good bye|see you|au revoir"
			+ "|a bientot|a plus|hosca kal|hoscakal|gorusuruz|iyi gunler dilerim)\\b");

	static final Pattern SMALLTALK_HELP = Pattern.compile("^\\W*(help|aide|yardim)\\W*$|\\bwho are you\\b"
			+ "|\\bwhat (can|do) you (do|know)\\b|\\bhow (do|can) i use\\b|\\bqui (es-tu|etes-vous)\\b"
			+ "|\\bque (sais-tu|savez-vous|peux-tu|pouvez-vous) faire\\b|\\bsen kimsin\\b|\\bne yapabilirsin\\b"
			+ "|\\bnasil kullan\\w*");

	static final Pattern REMOVE = Pattern
		.compile("\\b(remove|drop|without|exclude|retire\\w*|enleve\\w*" + "|supprime\\w*|sans|cikar\\w*|haric)\\b");

	static final Pattern PRONOUN = Pattern.compile("\\b(it|its|this one|that one|this method|that method)\\b"
			+ "|\\bavec (elle|lui|celle-ci|celui-ci|cette methode)\\b|\\b(la|le|l') comparer\\b"
			+ "|\\b(bunu|onu|bununla|onunla|bunun|onun)\\b");

	static final Pattern BOTH = Pattern
		.compile("\\b(both|the two|these two|them|these|those|les deux|ces deux|ikisi\\w*|her ikisi\\w*)\\b");

	static final Pattern DESCRIBE = Pattern.compile("\\b(what|what's|whats) (is|are)\\b|\\bexplain\\b"
			+ "|\\btell me about\\b|\\bdescribe\\b|\\bdefine\\b|\\bqu'est-ce\\b|\\bc'est quoi\\b|\\bexplique\\w*"
			+ "|\\bdecri\\w*|\\bnedir\\b|\\bne demek\\b|\\banlat\\w*|\\bacikla\\w*");

	static final Pattern WHAT_ABOUT = Pattern.compile("^\\W*(and |then )?(what|how) about\\b|^\\W*and\\b"
			+ "|^\\W*et (pour|de|du|la|le|les)?\\b|^\\W*(peki|ya)\\b|\\b(peki|ya) \\S+ (icin|nasil)\\b");

	static final Pattern PLURAL_METHODS = Pattern.compile("\\b(methods|techniques|algorithms|approaches|tests|models"
			+ "|detectors|estimators|architectures|methodes|modeles|testler\\w*"
			+ "|algorithmes|yontemler\\w*|teknikler\\w*|algoritmalar\\w*)\\b");

	/** Words that ask for the older method only, as opposed to {@link #NEWER}. */
	static final Pattern OLDER_ONLY = Pattern.compile("\\bolder\\b|\\boldest\\b|\\bearlier\\b|\\bcame first\\b"
			+ "|\\bplus (ancien|vieux|vieille)\\w*|\\bdaha eski\\b|\\ben eski\\b|\\bhangisi once\\b");

	/**
	 * Ordinal references to the methods of the previous answer ("the second", "le
	 * deuxième", "ikincisi").
	 */
	static final Pattern ORDINAL = Pattern.compile("\\b(first|second|third|fourth|fifth|sixth|last)( one)?\\b"
			+ "|\\b(premiere?|deuxieme|second|seconde|troisieme|quatrieme|cinquieme|sixieme|derniere?)\\b"
			+ "|\\b(ilk|ilki\\w*|ikinci\\w*|ucuncu\\w*|dorduncu\\w*|besinci\\w*|altinci\\w*|sonuncu\\w*)\\b");

	static final Pattern NEWER = Pattern.compile("\\bnewer\\b|\\bnewest\\b|\\bmore recent\\b|\\bmost recent\\b"
			+ "|\\blater\\b|\\bplus recent\\w*|\\bdaha yeni\\b|\\ben yeni\\b");

	private static final Map<MethodField, Pattern> FIELDS = fields();

	private Cues() {
	}

	private static Map<MethodField, Pattern> fields() {
		Map<MethodField, Pattern> fields = new LinkedHashMap<>();
		fields.put(MethodField.ORIGINAL_AUTHORS, Pattern.compile("\\bwho\\b|\\bwhose\\b|\\bauthors?\\b|\\binventors?\\b"
				+ "|\\bcreators?\\b|\\boriginators?\\b|\\bcoined\\b|\\bby whom\\b|\\bpar qui\\b"
				+ "|\\b(by )?which (group|team|lab|laboratory|authors?|researchers?)\\b|\\bquelle equipe\\b"
				+ "|\\b(invented|proposed|introduced|developed|created) by\\b"
				+ "|\\bqui (a|ont|est|sont)\\b|\\bauteurs?\\b|\\binventeurs?\\b|\\bcreateurs?\\b"
				+ "|\\bqui l'a\\b|\\bqui les a\\b"
				+ "|\\bqui\\b.*\\b(invente|propose|introduit|cree|developpe|concu|decouvert)\\w*"
				+ "|\\bkim\\b|\\bkimdir\\b|\\bkimin\\b" + "|\\bkimler\\w*|\\byazar\\w*|\\bmucid\\w*|\\bmucit\\w*"));
		fields.put(MethodField.FOUNDING_SOURCE, Pattern.compile("\\b(founding|original|seminal|first|foundational"
				+ "|source|key|introducing) (paper|article|publication|reference|source)\\b|\\b(which|what) paper\\b"
				+ "|\\bpaper (that )?(introduc|propos)\\w*|\\bhow (do i|to|should i) cite\\b|\\bcitation\\b"
				+ "|\\barticle (fondateur|original|d'origine|fondamental|source)\\b"
				+ "|\\bpublication (fondatrice|originale)\\b"
				+ "|\\bsource fondatrice\\b|\\bquel article\\b|\\bkurucu (makale|kaynak)\\w*|\\bilk makale\\w*"
				+ "|\\bhangi makale\\w*|\\borijinal makale\\w*|\\bkaynak makale\\w*|\\bmakalesi\\b|\\bdoi\\b"
				+ "|\\bpublication (d'origine|originale|fondatrice)\\b|\\bpremiere publication\\b"
				+ "|\\breference publication\\b|\\bwhere (was|were|is|did) .*\\bpublish\\w*|\\b(which|what) journal\\b"
				+ "|\\bpublish\\w*\\b.*\\bwhere\\b"
				+ "|\\bvenue\\b|\\bou (a ete|fut) publie\\w*|\\bquelle revue\\b|\\bnerede yayim\\w*"
				+ "|\\b(which|what) (article|paper|publication|work) (introduced|proposed)\\b"
				+ "|\\b(article|paper|publication) (that|which) (introduced|proposed)\\b|\\bquel papier\\b"
				+ "|\\bkaynak makale\\w*"
				+ "|\\bcite\\b|\\breference (for|of|to)\\b|\\bpaper (for|of|behind|on)\\b|\\bla reference\\b"
				+ "|\\breference de\\b|\\bl'article (de|du|sur)\\b"));
		fields.put(MethodField.YEAR_OF_ORIGIN, Pattern.compile("\\b(what|which) year\\b|\\bwhen\\b|\\byear of\\b"
				+ "|\\bhow old\\b|\\bdate of\\b|\\b(come|came) out\\b|\\bquelle annee\\b|\\bquand\\b|\\ben quelle\\b"
				+ "|\\bdate de\\b|\\bne zaman\\b|\\bhangi yil\\w*|\\bkac yil\\w*|\\bhangi tarih\\w*|\\byear\\b"
				+ "|\\bl'annee\\b|\\bannee de\\b|\\bdate\\b|\\byili\\b|\\byilinda\\b"));
		fields.put(MethodField.ALIASES, Pattern.compile("\\baliases?\\b|\\bother names?\\b|\\balso (known|called)\\b"
				+ "|\\bsynonyms?\\b|\\bknown as\\b|\\balternative names?\\b|\\bautres? noms?\\b|\\bsynonymes?\\b"
				+ "|\\baussi (appele|connu)\\w*|\\bappelee? aussi\\b|\\bdiger (ad|isim)\\w*|\\btakma ad\\w*"
				+ "|\\besanlam\\w*|\\bbaska (ad|isim)\\w*|\\banother name\\b|\\bautre nom\\b|\\balias\\b"
				+ "|\\bquels noms\\b|\\bsous quels? noms?\\b|\\bconnait-on\\b|\\bwhat (else )?is it called\\b"
				+ "|\\bdiger adlar\\w*|\\bbaska adlar\\w*"));
		fields.put(MethodField.TYPE, Pattern.compile("\\b(what|which) (kind|type|sort)\\b|\\bkind of method\\b"
				+ "|\\btype of method\\b|\\bquel (type|genre)\\b|\\bquelle sorte\\b|\\bne tur\\b|\\bhangi tur\\w*"
				+ "|\\bne cesit\\w*|\\bturu nedir\\b|\\ble type de\\b|\\bde quel type\\b|\\bturu\\b"));
		fields.put(MethodField.DOMAIN,
				Pattern.compile("\\b(what|which) (domain|field|area|discipline)\\b"
						+ "|\\bdomain of\\b|\\bquel domaine\\b|\\bhangi alan\\w*|\\balani nedir\\b|\\ble domaine de\\b"
						+ "|\\bdomaine de\\b|\\balani\\b"));
		fields.put(MethodField.FAMILY,
				Pattern.compile("\\bwhich family\\b|\\bwhat family\\b|\\bfamily of\\b|\\bailesine\\b"
						+ "|\\bquelle famille\\b|\\bhangi aile\\w*|\\bla famille de\\b|\\bfamille de\\b|\\bailesi\\b"));
		fields.put(MethodField.SOURCES,
				Pattern.compile("\\b(all|its|the|what|which) (sources|references)\\b"
						+ "|\\bbibliograph\\w*|\\bquelles (sources|references)\\b|\\bkaynaklar\\w*|\\bkaynakca\\w*"
						+ "|\\bles sources\\b|\\bsources (sur|de|du|for|of)\\b"));
		fields.put(MethodField.SUMMARY, Pattern
			.compile("\\bsummar(y|ise|ize)\\b|\\bin (brief|short)\\b|\\bresume\\b" + "|\\ben bref\\b|\\bozet\\w*"));
		fields.put(MethodField.VERSION,
				Pattern.compile("\\brecord version\\b|\\bversion of the record\\b"
						+ "|\\bwhat version\\b|\\bwhich version\\b|\\bversion de la fiche\\b|\\bquelle version\\b"
						+ "|\\bkayit surum\\w*|\\bsurumu\\b"));
		fields.put(MethodField.STATUS, Pattern.compile("\\bstatus\\b|\\bstatut\\b|\\bkayit durum\\w*|\\bdurumu\\b"
				+ "|\\brecord (published|a draft)\\b|\\bis (it|the \\S+ record) (published|a draft)\\b"));
		return fields;
	}

	/**
	 * Returns the first field a folded message asks about, in order of precedence.
	 */
	static Optional<MethodField> field(String folded) {
		return FIELDS.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().matcher(folded).find())
			.map(Map.Entry::getKey)
			.findFirst();
	}

	/**
	 * Returns every field a folded message asks about, in order of precedence.
	 */
	static List<MethodField> fields(String folded) {
		return FIELDS.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().matcher(folded).find())
			.map(Map.Entry::getKey)
			.toList();
	}

	static boolean matches(Pattern pattern, String folded) {
		return pattern.matcher(folded).find();
	}

}
