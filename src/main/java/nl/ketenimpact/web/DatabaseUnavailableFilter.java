package nl.ketenimpact.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * The outermost filter: when PostgreSQL cannot be reached while a request is handled — also in the filters before the
 * controllers (the session, the signed-in user) — the answer is a 503 with {@code Retry-After}, problem+json for the
 * API and a short page for people, never a 500. Nothing was written: the request's transaction never began.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private final ProblemWriter problems;

	private final MessageSource messages;

	private final LocaleResolver locales;

	DatabaseUnavailableFilter(ProblemWriter problems, MessageSource messages, LocaleResolver locales) {
		this.problems = problems;
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (!DatabaseUnavailable.is(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), ex.getClass().getSimpleName());
			unavailable(request, response, problems, messages, locales);
		}
	}

	/** The 503 for an API client (problem+json) or a person (a page without anything that needs the database). */
	static void unavailable(HttpServletRequest request, HttpServletResponse response, ProblemWriter problems, MessageSource messages,
			LocaleResolver locales) throws IOException {
		// The reset drops the security headers written so far; this answer loads nothing and may be framed by no one.
		response.reset();
		response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
		response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
		response.setHeader("X-Content-Type-Options", "nosniff");
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/") || request.getRequestURI().contains("/actuator/")) {
			problems.write(request, response, 503, "problem.unavailable");
			return;
		}
		java.util.Locale locale = locales.resolveLocale(request);
		response.setStatus(503);
		response.setContentType("text/html;charset=UTF-8");
		String title = HtmlUtils.htmlEscape(messages.getMessage("error.unavailable.title", null, locale));
		String text = HtmlUtils.htmlEscape(messages.getMessage("error.unavailable", null, locale));
		response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title + "</title></head><body><main><h1>"
				+ title + "</h1><p>" + text + "</p></main></body></html>");
	}
}
