package org.scholargate.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks that only the whole catalog can answer: unique ids, related ids that exist, and
 * names and aliases that each name one record.
 */
final class CrossRecordChecks {

	private CrossRecordChecks() {
	}

	static List<CatalogValidationException.Problem> check(List<MethodRecord> records, List<String> files) {
		List<CatalogValidationException.Problem> problems = new ArrayList<>();
		Map<String, String> fileOfId = new HashMap<>();
		for (int i = 0; i < records.size(); i++) {
			if (records.get(i).id() == null) {
				continue;
			}
			String previous = fileOfId.putIfAbsent(records.get(i).id(), files.get(i));
			if (previous != null) {
				problems.add(new CatalogValidationException.Problem(files.get(i), "id",
						"value '" + records.get(i).id() + "' is also the id of " + previous,
						"give each record its own id"));
			}
		}
		for (int i = 0; i < records.size(); i++) {
			checkRelated(records.get(i), files.get(i), fileOfId, problems);
		}
		checkNames(records, files, problems);
		return problems;
	}

	private static void checkRelated(MethodRecord record, String file, Map<String, String> fileOfId,
			List<CatalogValidationException.Problem> problems) {
		for (String related : record.related()) {
			if (related.equals(record.id())) {
				problems.add(new CatalogValidationException.Problem(file, "related",
						"lists the record's own id '" + related + "'", "remove it"));
			}
			else if (!fileOfId.containsKey(related)) {
				problems.add(new CatalogValidationException.Problem(file, "related",
						"value '" + related + "' is not the id of any record", "use an existing id or add the record"));
			}
		}
	}

	private static void checkNames(List<MethodRecord> records, List<String> files,
			List<CatalogValidationException.Problem> problems) {
		Map<String, Surface> owners = new HashMap<>();
		List<Surface> surfaces = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			MethodRecord record = records.get(i);
			if (record.name() != null) {
				surfaces.add(new Surface(record.name(), record.id(), files.get(i), false));
			}
			for (Alias alias : record.aliases()) {
				surfaces.add(new Surface(alias.text(), record.id(), files.get(i), true));
			}
		}
		for (Surface surface : surfaces) {
			String key = TextFolding.nameKey(surface.text());
			if (key.isEmpty()) {
				problems.add(new CatalogValidationException.Problem(surface.file(), surface.field(),
						"value '" + surface.text() + "' has no letter or digit", "remove it"));
				continue;
			}
			Surface owner = owners.putIfAbsent(key, surface);
			if (owner != null && !Objects.equals(owner.id(), surface.id())) {
				problems.add(collision(owner, surface));
			}
		}
	}

	/**
	 * Reports a name or alias that names two records, on the alias rather than the name
	 * when one side is a name.
	 */
	private static CatalogValidationException.Problem collision(Surface first, Surface second) {
		Surface blamed = (!second.alias() && first.alias()) ? first : second;
		Surface other = (blamed == first) ? second : first;
		return new CatalogValidationException.Problem(blamed.file(), blamed.field(),
				"value '" + blamed.text() + "' also names record '" + other.id() + "' (its " + other.field() + " '"
						+ other.text() + "', compared without case and accents)",
				"remove the alias from one of the two records");
	}

	private record Surface(String text, String id, String file, boolean alias) {

		String field() {
			return this.alias ? "aliases" : "name";
		}

	}

}
