package nl.ketenimpact.web;


import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.ProviderSignIn;
import nl.ketenimpact.organisation.SecondFactor;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Sign-in through an organisation's identity provider (OpenID Connect, Spring Security's OAuth2 client): the ID
 * token is verified by Spring Security, then {@link ProviderSignIn} decides who it is. The session then holds the
 * same {@link CurrentUser} as after a password; an ID token whose {@code amr} contains {@code mfa} counts as the
 * second factor, otherwise TOTP applies as after a password.
 */
final class ProviderLogin {

	private ProviderLogin() {
	}

	/** The provider's user together with the Ketenimpact user it was matched to. */
	static final class MatchedUser extends DefaultOidcUser {

		private static final long serialVersionUID = 1L;

		private final CurrentUser user;

		private final boolean secondFactor;

		MatchedUser(OidcUser oidc, CurrentUser user, boolean secondFactor) {
			super(oidc.getAuthorities(), oidc.getIdToken(), oidc.getUserInfo());
			this.user = user;
			this.secondFactor = secondFactor;
		}
	}

	static OAuth2UserService<OidcUserRequest, OidcUser> users(ProviderSignIn signIn) {
		OidcUserService standard = new OidcUserService();
		return request -> {
			OidcUser oidc = standard.loadUser(request);
			List<String> amr = oidc.getIdToken().getClaimAsStringList("amr");
			boolean mfa = amr != null && amr.contains("mfa");
			try {
				UUID organisation = UUID.fromString(request.getClientRegistration().getRegistrationId());
				CurrentUser user = signIn.signIn(organisation, oidc.getEmail(), oidc.getEmailVerified(), oidc.getFullName(), mfa);
				return new MatchedUser(oidc, user, mfa);
			}
			catch (ProviderSignIn.Refusal refusal) {
				throw new OAuth2AuthenticationException(new OAuth2Error("access_denied", refusal.messageKey(), null), refusal.messageKey());
			}
		};
	}

	static AuthenticationSuccessHandler success(SecondFactor secondFactor) {
		HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
		return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
			MatchedUser matched = (MatchedUser) authentication.getPrincipal();
			List<String> factors = new ArrayList<>();
			if (matched.secondFactor) {
				factors.add(SecurityConfiguration.FACTOR_SECOND);
			}
			else if (SecondFactor.required(matched.user) || secondFactor.enrolled(matched.user.id())) {
				factors.add(SecurityConfiguration.FACTOR_PENDING);
			}
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(SecurityConfiguration.authenticated(matched.user, factors));
			SecurityContextHolder.setContext(context);
			contexts.saveContext(context, request, response);
			request.getSession().removeAttribute(LoginController.EMAIL);
			response.sendRedirect(request.getContextPath() + "/");
		};
	}

	static AuthenticationFailureHandler failure() {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
			String key = exception instanceof OAuth2AuthenticationException oauth && oauth.getError().getDescription() != null
					&& oauth.getError().getDescription().startsWith("login.") ? oauth.getError().getDescription() : "login.provider.failed";
			request.getSession().setAttribute(LoginController.PROBLEM, key);
			response.sendRedirect(request.getContextPath() + "/login");
		};
	}

}
