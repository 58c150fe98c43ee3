package nl.ketenimpact.plan;

import java.io.IOException;
import java.io.UncheckedIOException;


import org.springframework.web.multipart.MultipartFile;

/** Turns a multipart file into an evidence upload; an absent or empty part becomes null. */
public final class Uploads {

	private Uploads() {
	}

	public static EvidenceStore.Upload of(String field, MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			return new EvidenceStore.Upload(field, file.getOriginalFilename(), file.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
