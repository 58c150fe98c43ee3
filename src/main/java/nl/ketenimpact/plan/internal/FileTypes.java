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

	/** Names in a PDF that make it run something when opened: scripts, launched programs, forms that submit, embedded files. */
	private static final java.util.Set<String> ACTIVE = java.util.Set.of("JavaScript", "JS", "Launch", "SubmitForm", "ImportData", "EmbeddedFile",
			"RichMedia");

	/**
	 * Whether a PDF carries active content ({@link #ACTIVE}); such evidence is refused, since staff open it on their own
	 * machines. Every object is read, also those in compressed object streams; a PDF the parser cannot read is judged
	 * by its bytes.
	 */
	public static boolean activePdf(byte[] pdf) {
		try {
			com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
			try {
				for (int i = 1; i < reader.getXrefSize(); i++) {
					if (active(com.lowagie.text.pdf.PdfReader.getPdfObjectRelease(reader.getPdfObjectRelease(i)))) {
						return true;
					}
				}
				return false;
			}
			finally {
				reader.close();
			}
		}
		catch (java.io.IOException | RuntimeException unreadable) {
			String text = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
			return ACTIVE.stream().anyMatch(name -> java.util.regex.Pattern.compile("/" + name + "(?![A-Za-z])").matcher(text).find());
		}
	}

	private static boolean active(com.lowagie.text.pdf.PdfObject object) {
		if (object instanceof com.lowagie.text.pdf.PdfDictionary dictionary) {
			for (com.lowagie.text.pdf.PdfName key : dictionary.getKeys()) {
				if (ACTIVE.contains(name(key))) {
					return true;
				}
			}
			com.lowagie.text.pdf.PdfObject kind = dictionary.get(com.lowagie.text.pdf.PdfName.S);
			return kind instanceof com.lowagie.text.pdf.PdfName action && ACTIVE.contains(name(action));
		}
		return false;
	}

	private static String name(com.lowagie.text.pdf.PdfName name) {
		String text = name.toString();
		return text.startsWith("/") ? text.substring(1) : text;
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
