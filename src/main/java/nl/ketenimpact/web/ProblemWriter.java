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
import org.springframework.web.servlet.support.RequestContextUtils;

/** Writes an RFC 9457 problem from filters, where no controller advice runs (401/403 of the API chain). */
@Component
class ProblemWriter {

	private final MessageSource messages;

	private final JsonMapper json;

	ProblemWriter(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	void write(HttpServletRequest request, HttpServletResponse response, int status, String messageKey) throws IOException {
		write(request.getRequestURI(), request, response, status, messageKey);
	}

	void write(String path, HttpServletRequest request, HttpServletResponse response, int status, String messageKey) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status),
				messages.getMessage(messageKey, null, RequestContextUtils.getLocale(request)));
		problem.setInstance(URI.create(path));
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}
}
