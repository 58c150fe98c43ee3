package nl.ketenimpact.web;

import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Recognises an upload over the configured limit however the servlet container reports it (Spring's
 * exception, or Tomcat's size-limit exception when the multipart body is parsed lazily), and a file name it refuses.
 */
final class UploadLimits {

	private UploadLimits() {
	}

	/** A file name the container refuses to hand over (a NUL in it): the upload is refused, not failed. */
	static boolean badFileName(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause.getClass().getSimpleName().equals("InvalidFileNameException")) {
				return true;
			}
		}
		return false;
	}

	static boolean exceeded(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof MaxUploadSizeExceededException || cause.getClass().getSimpleName().endsWith("SizeLimitExceededException")) {
				return true;
			}
		}
		return false;
	}
}
