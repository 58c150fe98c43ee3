package nl.ketenimpact.plan.internal;

import java.util.Optional;

/** Recognises evidence files by their content (magic bytes), not by their name or the browser's claim. */
public final class FileTypes {

	public static final int MAX_BYTES = 10 * 1024 * 1024;

	private FileTypes() {
	}

	public static Optional<String> detect(byte[] content) {
		if (startsWith(content, new int[] { '%', 'P', 'D', 'F', '-' })) {
			return Optional.of("application/pdf");
		}
		if (startsWith(content, new int[] { 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A })) {
			return Optional.of("image/png");
		}
		if (startsWith(content, new int[] { 0xFF, 0xD8, 0xFF })) {
			return Optional.of("image/jpeg");
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] content, int[] magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((content[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}
}
