package nl.ketenimpact.importer.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.ketenimpact.importer.internal.ImportManagement.Problem;
import nl.ketenimpact.project.DwellingInput;
import nl.ketenimpact.project.DwellingUpserts;
import nl.ketenimpact.project.ProjectAccess;
import nl.ketenimpact.shared.FieldMessage;
import nl.ketenimpact.shared.InvalidInput;

import org.springframework.stereotype.Component;

/**
 * Reads a dwelling file and hands it to the project module's upsert in batches: invalid rows and a second occurrence
 * of a code or BAG id become problems, the rest is written (or in a dry run only classified).
 */
@Component
class ImportProcessing {

	private final DwellingUpserts upserts;

	ImportProcessing(DwellingUpserts upserts) {
		this.upserts = upserts;
	}

	static final class Tally {
		long total;
		int created;
		int changed;
		int unchanged;
		final List<Problem> problems = new ArrayList<>();
		/** The invalid rows as the file had them, by line. */
		final java.util.SortedMap<Long, Map<String, String>> invalid = new java.util.TreeMap<>();

		void refuse(DwellingFileReader.Row row, String field, String messageKey) {
			problems.add(new Problem(row.line(), field, messageKey, row.originalValue(field)));
			invalid.put(row.line(), row.original());
		}

		ImportJobRepository.Tallied stored() {
			return new ImportJobRepository.Tallied(total, created, changed, unchanged, invalid.size(), ImportFiles.problems(problems),
					ImportFiles.invalidRows(invalid));
		}
	}

	/** Reads the file and upserts (or in a dry run classifies) it batch by batch; {@code afterBatch} gets the rows read so far. */
	Tally process(ProjectAccess access, InputStream content, boolean dryRun, java.util.function.LongConsumer afterBatch) {
		Tally tally = new Tally();
		Set<String> seen = new HashSet<>();
		List<DwellingFileReader.Row> pending = new ArrayList<>();
		try {
			DwellingFileReader.read(content, row -> {
				tally.total++;
				collect(row, seen, pending, tally);
				if (pending.size() >= ImportManagement.BATCH) {
					flush(access, pending, tally, dryRun);
					afterBatch.accept(tally.total);
				}
			});
		}
		catch (DwellingFileReader.Unreadable unreadable) {
			throw new InvalidInput("file", unreadable.messageKey());
		}
		flush(access, pending, tally, dryRun);
		return tally;
	}

	/** Invalid rows and a second occurrence of a code or BAG id in the same file become problems; the rest waits for the next batch. */
	private static void collect(DwellingFileReader.Row row, Set<String> seen, List<DwellingFileReader.Row> pending, Tally tally) {
		if (!row.valid()) {
			row.errors().forEach(e -> tally.refuse(row, e.field(), e.messageKey()));
			return;
		}
		DwellingInput d = row.dwelling();
		boolean duplicate = (d.code() != null && !seen.add("c:" + d.code().toLowerCase(Locale.ROOT))) | !seen.add("b:" + d.bagIdentificatie());
		if (duplicate) {
			tally.refuse(row, d.code() != null ? "code" : "bagIdentificatie", "import.duplicateInFile");
			return;
		}
		pending.add(row);
	}

	/** Writes (or in a dry run only classifies) the pending rows; in a dry run nothing is committed. */
	private void flush(ProjectAccess access, List<DwellingFileReader.Row> pending, Tally tally, boolean dryRun) {
		if (pending.isEmpty()) {
			return;
		}
		List<DwellingInput> inputs = pending.stream().map(DwellingFileReader.Row::dwelling).toList();
		DwellingUpserts.Result result = upserts.upsert(access, inputs, dryRun);
		tally.created += result.created();
		tally.changed += result.changed();
		tally.unchanged += result.unchanged();
		for (DwellingUpserts.Problem problem : result.problems()) {
			FieldMessage message = problem.message();
			tally.refuse(pending.get(problem.index()), message.field(), message.messageKey());
		}
		pending.clear();
	}
}
