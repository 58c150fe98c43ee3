package nl.ketenimpact.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.ketenimpact.shared.Text;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The edge for text that arrives as request parameters (query string and forms, the login form too): a parameter
 * Tomcat cannot decode (a lone surrogate, broken UTF-8), a control character such as NUL (PostgreSQL refuses it in
 * text) or a multipart body without a boundary is a 400 with the parameter named, before anything reads it.
 * JSON bodies are checked by {@link JsonTextConfiguration}, uploaded file names by {@code FileUpload}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestTextFilter extends OncePerRequestFilter {

	private static final String BODY = "body";

	private final ProblemWriter problems;

	RequestTextFilter(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String refused = refusedParameter(request);
		if (refused == null) {
			chain.doFilter(request, response);
			return;
		}
		String messageKey = BODY.equals(refused) ? "validation.multipartBoundary" : "validation.controlCharacter";
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			problems.writeInvalid(request, response, refused, messageKey);
		}
		else {
			request.setAttribute(ErrorPageController.MESSAGE_KEY, messageKey);
			response.sendError(400);
		}
	}

	/** The name of the first parameter that cannot be accepted, or null when all can. */
	private static String refusedParameter(HttpServletRequest request) {
		String type = request.getContentType();
		if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
			// (A request that arrives already parsed, as in MockMvc, has its parts and needs no boundary.)
			if (!type.toLowerCase(java.util.Locale.ROOT).contains("boundary=") && !(request instanceof org.springframework.web.multipart.MultipartRequest)) {
				return BODY;
			}
			// Parts are read lazily by the handler (large imports stream); only the query string is ours to check here.
			return refusedInQuery(request.getQueryString());
		}
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (RuntimeException undecodable) {
			// Tomcat's InvalidParameterException: a value it could not decode.
			return "query";
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (!Text.acceptable(parameter.getKey())) {
				return "query";
			}
			for (String value : parameter.getValue()) {
				if (!Text.acceptable(value)) {
					return parameter.getKey();
				}
			}
		}
		return null;
	}

	private static String refusedInQuery(String query) {
		if (query == null) {
			return null;
		}
		for (String pair : query.split("&")) {
			String[] nameValue = pair.split("=", 2);
			try {
				String name = URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8);
				String value = nameValue.length > 1 ? URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8) : "";
				if (!Text.acceptable(name) || !Text.acceptable(value)) {
					return Text.acceptable(name) ? name : "query";
				}
			}
			catch (IllegalArgumentException undecodable) {
				return "query";
			}
		}
		return null;
	}
}
