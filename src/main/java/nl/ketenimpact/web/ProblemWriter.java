package nl.ketenimpact.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Writes an RFC 9457 problem from filters, where no controller advice runs (401/403 of the API chain). */
@Component
class ProblemWriter {

	private final MessageSource messages;

	private final JsonMapper json;

	private final org.springframework.web.servlet.LocaleResolver locales;

	ProblemWriter(MessageSource messages, JsonMapper json, org.springframework.web.servlet.LocaleResolver locales) {
		this.messages = messages;
		this.json = json;
		this.locales = locales;
	}

	/** The request's language by the application's own rule (filters run before the DispatcherServlet sets it). */
	private java.util.Locale locale(HttpServletRequest request) {
		return locales.resolveLocale(request);
	}

	void write(HttpServletRequest request, HttpServletResponse response, int status, String messageKey) throws IOException {
		write(request.getRequestURI(), request, response, status, messageKey);
	}

	void write(String path, HttpServletRequest request, HttpServletResponse response, int status, String messageKey) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status),
				messages.getMessage(messageKey, null, locale(request)));
		problem.setInstance(URI.create(path));
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

	/** A 400 with one field message, in the shape of the API's validation failures ({@code errors: [{field, message}]}). */
	void writeInvalid(HttpServletRequest request, HttpServletResponse response, String field, String messageKey) throws IOException {
		java.util.Locale locale = locale(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.getMessage("problem.validation", null, locale));
		problem.setTitle(messages.getMessage("problem.validation.title", null, locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("errors", java.util.List.of(java.util.Map.of("field", field, "message", messages.getMessage(messageKey, null, locale))));
		response.setStatus(400);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}
}
