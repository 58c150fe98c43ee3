package nl.ketenimpact.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.ketenimpact.shared.Conflict;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.shared.Refused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Failures of page controllers as an error page in the user's language: 400, 403, 404, 409 or 500. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class UiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(UiExceptionHandler.class);

	@ExceptionHandler(NotFound.class)
	String notFound(HttpServletResponse response, Model model) {
		return page(response, model, 404, "error.notFound");
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	String typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletResponse response, Model model) {
		// A malformed id in the path is a page that does not exist; a malformed form value is a bad request.
		boolean pathVariable = ex.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class);
		return pathVariable ? page(response, model, 404, "error.notFound") : page(response, model, 400, "error.badRequest");
	}

	@ExceptionHandler({ Refused.class, AccessDeniedException.class })
	String refused(Exception ex, HttpServletResponse response, Model model) {
		return page(response, model, 403, ex instanceof Refused refused ? refused.messageKey() : "access.denied");
	}

	@ExceptionHandler(nl.ketenimpact.shared.Gone.class)
	String gone(nl.ketenimpact.shared.Gone ex, HttpServletResponse response, Model model) {
		return page(response, model, 410, ex.messageKey());
	}

	@ExceptionHandler(nl.ketenimpact.shared.TooManyAttempts.class)
	String tooMany(nl.ketenimpact.shared.TooManyAttempts ex, HttpServletResponse response, Model model) {
		response.setHeader("Retry-After", String.valueOf(ex.retryAfterSeconds()));
		return page(response, model, 429, "problem.tooManyAttempts");
	}

	@ExceptionHandler(Conflict.class)
	String conflict(Conflict ex, HttpServletResponse response, Model model) {
		model.addAttribute("args", ex.args());
		return page(response, model, 409, ex.messageKey());
	}

	@ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletResponse response, Model model) {
		return page(response, model, 400, "evidence.file.tooLarge");
	}

	@ExceptionHandler(InvalidInput.class)
	String invalid(HttpServletResponse response, Model model) {
		return page(response, model, 400, "error.badRequest");
	}

	/** PostgreSQL cannot be reached: a 503 page to try again shortly (its layout needs no database). */
	@ExceptionHandler({ org.springframework.dao.DataAccessResourceFailureException.class,
			org.springframework.transaction.CannotCreateTransactionException.class })
	String unavailable(Exception ex, HttpServletResponse response, Model model) {
		log.warn("Database unavailable: {}", ex.getClass().getSimpleName());
		response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
		return page(response, model, 503, "error.unavailable");
	}

	@ExceptionHandler(Exception.class)
	String unexpected(Exception ex, HttpServletRequest request, HttpServletResponse response, Model model) {
		if (DatabaseUnavailable.is(ex)) {
			return unavailable(ex, response, model);
		}
		if (UploadLimits.exceeded(ex)) {
			return page(response, model, 400, "evidence.file.tooLarge");
		}
		if (UploadLimits.badFileName(ex)) {
			return page(response, model, 400, "upload.file.badName");
		}
		if (ex instanceof ErrorResponse known && known.getStatusCode().value() < 500) {
			int status = known.getStatusCode().value();
			return page(response, model, status, status == 404 ? "error.notFound" : "error.badRequest");
		}
		log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), ex);
		return page(response, model, 500, "error.unexpected");
	}

	private static String page(HttpServletResponse response, Model model, int status, String messageKey) {
		response.setStatus(status);
		model.addAttribute("status", status);
		model.addAttribute("messageKey", messageKey);
		return "error";
	}
}
