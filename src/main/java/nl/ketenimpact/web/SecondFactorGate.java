package nl.ketenimpact.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.SecondFactor;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until the second factor is given, a signed-in user reaches only the second-factor pages, "Mijn account"'s
 * sign-out and the static files: after a password when they have one set up, and always for the roles that must have
 * one (admin, social team, case workers; DOMAIN_RULES §8) — also when such a role is given during a session.
 */
class SecondFactorGate extends OncePerRequestFilter {

	static final String VERIFY = "/tweede-stap";

	private static final List<String> OPEN = List.of(VERIFY, "/logout", "/error", "/css/", "/js/", "/webjars/", "/favicon.ico");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user && needsFactor(user, authentication)) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (OPEN.stream().noneMatch(path::startsWith)) {
				response.sendRedirect(request.getContextPath() + VERIFY);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	static boolean needsFactor(CurrentUser user, Authentication authentication) {
		List<String> factors = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
		if (factors.contains(SecurityConfiguration.FACTOR_SECOND)) {
			return false;
		}
		return factors.contains(SecurityConfiguration.FACTOR_PENDING) || SecondFactor.required(user);
	}
}
