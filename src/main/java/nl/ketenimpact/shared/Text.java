package nl.ketenimpact.shared;

/**
 * Which text the platform accepts from outside: no control characters but tab, line feed and carriage return
 * (PostgreSQL refuses NUL in text, and the others only hide content), no lone UTF-16 surrogates (they cannot be
 * stored as UTF-8) and no U+FFFD, which is what a decoder leaves of bytes that were not UTF-8.
 */
public final class Text {

	private Text() {
	}

	/** True for null and for text without a refused character. */
	public static boolean acceptable(CharSequence text) {
		if (text == null) {
			return true;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f || c == '\uFFFD') {
				return false;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return false;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

	/** The text without its refused characters (see {@link #acceptable}); null stays null. */
	public static String clean(String text) {
		if (text == null || acceptable(text)) {
			return text;
		}
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints().filter(c -> acceptable(Character.toString(c))).forEach(kept::appendCodePoint);
		return kept.toString();
	}

	/**
	 * A file name as a client gave it, made harmless for storing and showing: without directories (no path
	 * traversal), without refused characters, at most {@code max} characters; {@code fallback} when nothing is left.
	 */
	public static String fileName(String given, String fallback, int max) {
		if (given == null) {
			return fallback;
		}
		String name = given.replaceAll("^.*[/\\\\]", "");
		StringBuilder kept = new StringBuilder();
		name.codePoints().filter(c -> acceptable(Character.toString(c)) && c >= 0x20).forEach(kept::appendCodePoint);
		String result = kept.toString().strip();
		if (result.isEmpty() || result.chars().allMatch(c -> c == '.')) {
			return fallback;
		}
		return result.length() > max ? result.substring(0, max) : result;
	}
}
