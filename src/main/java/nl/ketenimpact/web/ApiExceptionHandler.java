package nl.ketenimpact.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.DatabindException;

import nl.ketenimpact.shared.Conflict;
import nl.ketenimpact.shared.FieldMessage;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.shared.Refused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every failure of an {@code /api} controller as {@code application/problem+json}, validation
 * failures with an {@code errors} list of {@code {field, message}} in the caller's language.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	record FieldError(String field, String message) {
	}

	@ExceptionHandler(InvalidInput.class)
	ResponseEntity<ProblemDetail> invalid(InvalidInput ex) {
		return validation(ex.errors().stream().map(this::resolve).toList());
	}

	/** PostgreSQL cannot be reached: try again shortly (nothing was written). */
	@ExceptionHandler({ org.springframework.dao.DataAccessResourceFailureException.class,
			org.springframework.transaction.CannotCreateTransactionException.class })
	ResponseEntity<ProblemDetail> unavailable(Exception ex) {
		log.warn("Database unavailable: {}", ex.getClass().getSimpleName());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, text("problem.unavailable")));
	}

	@ExceptionHandler(NotFound.class)
	ResponseEntity<ProblemDetail> notFound(NotFound ex) {
		return problem(HttpStatus.NOT_FOUND, text("problem.notFound"));
	}

	@ExceptionHandler(Refused.class)
	ResponseEntity<ProblemDetail> refused(Refused ex) {
		return problem(HttpStatus.FORBIDDEN, text(ex.messageKey()));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, text("access.denied"));
	}

	@ExceptionHandler(nl.ketenimpact.shared.Gone.class)
	ResponseEntity<ProblemDetail> gone(nl.ketenimpact.shared.Gone ex) {
		return problem(HttpStatus.GONE, text(ex.messageKey()));
	}

	@ExceptionHandler(nl.ketenimpact.shared.TooManyAttempts.class)
	ResponseEntity<ProblemDetail> tooMany(nl.ketenimpact.shared.TooManyAttempts ex) {
		ResponseEntity<ProblemDetail> problem = problem(HttpStatus.TOO_MANY_REQUESTS, text("problem.tooManyAttempts"));
		return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders())
			.header("Retry-After", String.valueOf(ex.retryAfterSeconds())).body(problem.getBody());
	}

	/** The same Idempotency-Key with another request: 422, as the IETF draft on the header asks. */
	@ExceptionHandler(nl.ketenimpact.shared.IdempotencyKeyReused.class)
	ResponseEntity<ProblemDetail> keyReused(nl.ketenimpact.shared.IdempotencyKeyReused ex) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, messages.getMessage(ex.messageKey(), ex.args(), locale()));
	}

	@ExceptionHandler(Conflict.class)
	ResponseEntity<ProblemDetail> conflict(Conflict ex) {
		return problem(HttpStatus.CONFLICT, messages.getMessage(ex.messageKey(), ex.args(), locale()));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		return validation(List.of(new FieldError(ex.getName(), text("validation.typeMismatch"))));
	}

	/** A file above the 10 MB limit never reaches the controller's own check. */
	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(org.springframework.web.multipart.MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(validationBody(List.of(new FieldError("file", text("evidence.file.tooLarge")))));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
		if (DatabaseUnavailable.is(ex)) {
			return unavailable(ex);
		}
		if (UploadLimits.exceeded(ex)) {
			return validation(List.of(new FieldError("file", text("evidence.file.tooLarge"))));
		}
		if (UploadLimits.badFileName(ex)) {
			return validation(List.of(new FieldError("file", text("upload.file.badName"))));
		}
		log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, text("problem.unexpected"));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> new FieldError(error.getField(), messages.getMessage(error, locale())))
			.toList();
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(validationBody(errors));
	}

	/** Unreadable JSON or a value of the wrong type (an unknown enum, text for a number): name the field when we can. */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = "body";
		if (ex.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			field = databind.getPath()
				.stream()
				.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : String.valueOf(ref.getIndex()))
				.reduce((a, b) -> a + "." + b)
				.orElse("body");
		}
		String message = "body".equals(field) ? text("validation.unreadable") : text("validation.typeMismatch");
		if (ex.getCause() instanceof tools.jackson.databind.exc.InvalidFormatException format && format.getValue() instanceof String value
				&& !nl.ketenimpact.shared.Text.acceptable(value)) {
			message = text("validation.controlCharacter");
		}
		return ResponseEntity.badRequest()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(validationBody(List.of(new FieldError(field, message))));
	}

	private ResponseEntity<ProblemDetail> validation(List<FieldError> errors) {
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(validationBody(errors));
	}

	private ProblemDetail validationBody(List<FieldError> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("problem.validation"));
		problem.setTitle(text("problem.validation.title"));
		problem.setProperties(Map.of("errors", errors));
		return problem;
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(ProblemDetail.forStatusAndDetail(status, detail));
	}

	private FieldError resolve(FieldMessage message) {
		return new FieldError(message.field(), messages.getMessage(message.messageKey(), message.args(), locale()));
	}

	private String text(String key) {
		return messages.getMessage(key, null, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
