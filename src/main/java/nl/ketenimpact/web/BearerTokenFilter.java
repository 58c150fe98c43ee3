package nl.ketenimpact.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.ketenimpact.organisation.ApiTokens;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer ki_…}; an unknown, expired or revoked token leaves the request anonymous (401). */
class BearerTokenFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;

	private final RateLimiter limiter;

	private final ProblemWriter problems;

	BearerTokenFilter(ApiTokens tokens, RateLimiter limiter, ProblemWriter problems) {
		this.tokens = tokens;
		this.limiter = limiter;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			String token = header.substring(7).strip();
			var user = tokens.authenticate(token);
			if (user.isPresent()) {
				long wait = limiter.check(token, () -> tokens.rateLimit(token).orElse(null));
				if (wait > 0) {
					response.setHeader("Retry-After", Long.toString(wait));
					problems.write(request, response, 429, "problem.rateLimited");
					return;
				}
				SecurityContextHolder.getContext().setAuthentication(SecurityConfiguration.authenticated(user.get(), java.util.List.of()));
			}
		}
		chain.doFilter(request, response);
	}
}
