package org.scholargate.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
		Map<String, String> ownerOfKey = new HashMap<>();
		for (int i = 0; i < records.size(); i++) {
			MethodRecord record = records.get(i);
			List<String> surfaces = new ArrayList<>();
			if (record.name() != null) {
				surfaces.add(record.name());
			}
			record.aliases().forEach((alias) -> surfaces.add(alias.text()));
			for (String surface : surfaces) {
				String key = TextFolding.nameKey(surface);
				String owner = ownerOfKey.putIfAbsent(key, record.id());
				if (key.isEmpty()) {
					problems.add(new CatalogValidationException.Problem(files.get(i), "aliases",
							"value '" + surface + "' has no letter or digit", "remove it"));
				}
				else if (owner != null && !owner.equals(record.id())) {
					problems.add(new CatalogValidationException.Problem(files.get(i), "aliases",
							"value '" + surface + "' also names record '" + owner
									+ "' (compared without case and accents)",
							"remove the alias from one of the two records"));
				}
			}
		}
	}

}
