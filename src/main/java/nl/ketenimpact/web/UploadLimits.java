package nl.ketenimpact.web;

import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Recognises an upload over the configured limit however the servlet container reports it (Spring's
 * exception, or Tomcat's size-limit exception when the multipart body is parsed lazily).
 */
final class UploadLimits {

	private UploadLimits() {
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
