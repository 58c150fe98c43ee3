package nl.ketenimpact.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.UserManagement;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reloads the signed-in user on every page request (one indexed query), so that a deactivation
 * ends the session at once and role changes apply without logging in again.
 */
class CurrentUserRefreshFilter extends OncePerRequestFilter {

	private final UserManagement users;

	private final org.springframework.beans.factory.ObjectProvider<MenuBadges> badges;

	CurrentUserRefreshFilter(UserManagement users, org.springframework.beans.factory.ObjectProvider<MenuBadges> badges) {
		this.users = users;
		this.badges = badges;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return SecurityConfiguration.staticPrefixes().stream().anyMatch(path::startsWith);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser signedIn) {
			Optional<CurrentUser> fresh = users.currentUser(signedIn.id());
			if (fresh.isEmpty()) {
				SecurityContextHolder.clearContext();
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
				response.sendRedirect(request.getContextPath() + "/login?deactivated");
				return;
			}
			SecurityContextHolder.getContext().setAuthentication(SecurityConfiguration.authenticated(fresh.get(), SecurityConfiguration.factors(authentication)));
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			// What the user just changed shows in the menu's numbers on the next page.
			String method = request.getMethod();
			Authentication after = SecurityContextHolder.getContext().getAuthentication();
			if (!"GET".equals(method) && !"HEAD".equals(method) && after != null && after.getPrincipal() instanceof CurrentUser user) {
				badges.ifAvailable(b -> b.changed(user));
			}
		}
	}
}
