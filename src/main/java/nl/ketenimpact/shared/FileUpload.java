package nl.ketenimpact.shared;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.web.multipart.MultipartFile;

/** A file as a client sent it, for the form or API field {@code field}; {@code filename} may be null. */
public record FileUpload(String field, String filename, byte[] content) {

	/** An absent or empty multipart part becomes null. */
	public static FileUpload of(String field, MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			return new FileUpload(field, file.getOriginalFilename(), file.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
