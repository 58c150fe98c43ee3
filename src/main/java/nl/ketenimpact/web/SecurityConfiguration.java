package nl.ketenimpact.web;

import java.util.Collection;
import java.util.List;

import nl.ketenimpact.organisation.ApiTokens;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.PasswordLogin;
import nl.ketenimpact.organisation.SecondFactor;
import nl.ketenimpact.organisation.UserManagement;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Three filter chains: the API (stateless, bearer tokens), the API documentation, and the UI
 * (form login with CSRF). Authorisation of records is done by each module's scope, not here.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/** Swagger UI needs inline styles and its own initialiser script. */
	static final String DOCS_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
			+ "object-src 'none'; frame-ancestors 'none'";

	/** Signed in with a password, the second factor still to come: only the second-factor pages open (SecondFactorGate). */
	static final String FACTOR_PENDING = "FACTOR_PENDING";

	/** The second factor was given in this session (TOTP, a recovery code, or an identity provider that reports one). */
	static final String FACTOR_SECOND = "FACTOR_SECOND";

	@Bean
	AuthenticationProvider passwordLoginProvider(PasswordLogin login, SecondFactor secondFactor) {
		return new AuthenticationProvider() {
			@Override
			public Authentication authenticate(Authentication authentication) {
				String address = authentication.getDetails() instanceof org.springframework.security.web.authentication.WebAuthenticationDetails details
						? details.getRemoteAddress() : null;
				CurrentUser user = login.authenticate(authentication.getName(), String.valueOf(authentication.getCredentials()), address);
				boolean pending = SecondFactor.required(user) || secondFactor.enrolled(user.id());
				return authenticated(user, pending ? List.of(FACTOR_PENDING) : List.of());
			}

			@Override
			public boolean supports(Class<?> type) {
				return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
			}
		};
	}

	@Bean
	AuthenticationManager authenticationManager(AuthenticationProvider passwordLoginProvider) {
		return new ProviderManager(passwordLoginProvider);
	}

	static UsernamePasswordAuthenticationToken authenticated(CurrentUser user, Collection<String> factors) {
		return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities(user, factors));
	}

	static Collection<GrantedAuthority> authorities(CurrentUser user, Collection<String> factors) {
		List<GrantedAuthority> authorities = new java.util.ArrayList<>();
		user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
		factors.forEach(factor -> authorities.add(new SimpleGrantedAuthority(factor)));
		return authorities;
	}

	/** The factor marks of a signed-in authentication, kept when the user is reloaded. */
	static List<String> factors(Authentication authentication) {
		return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).filter(a -> a.startsWith("FACTOR_")).toList();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, ProblemWriter problems, java.time.Clock clock,
			org.springframework.jdbc.core.simple.JdbcClient jdbc, org.springframework.transaction.PlatformTransactionManager transactionManager,
			@org.springframework.beans.factory.annotation.Value("${ketenimpact.api.rate-limit-per-minute:600}") int rateLimit) throws Exception {
		// Metrics are scraped with an admin's API token, like any API call; never open.
		http.securityMatcher("/api/**", "/actuator/prometheus")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterAfter(new BearerTokenFilter(tokens, new RateLimiter(jdbc, new org.springframework.transaction.support.TransactionTemplate(transactionManager), rateLimit, clock), problems), SecurityContextHolderFilter.class)
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/api/v1/auth/token", "/api/v1/auth/password-reset", "/api/v1/auth/password-reset/confirm",
						"/api/v1/invitations/accept", "/api/v1/activate")
				.permitAll()
				.requestMatchers("/actuator/prometheus").hasRole("ADMIN")
				.anyRequest().authenticated())
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, ex) -> problems.write(request, response, 401, "problem.unauthorized"))
				.accessDeniedHandler((request, response, ex) -> problems.write(request, response, 403, "access.denied")))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain docsChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**", "/swagger-ui.html")
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(DOCS_CSP)));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain uiChain(HttpSecurity http, UserManagement users, SecondFactor secondFactor,
			nl.ketenimpact.organisation.ProviderSignIn providerSignIn, ProviderRegistrations registrations,
			org.springframework.beans.factory.ObjectProvider<MenuBadges> badges) throws Exception {
		AuthenticationFailureHandler failure = (request, response, ex) -> {
			// The password step comes back for the same address (kept in the session, not the URL).
			String username = request.getParameter("username");
			if (username != null && username.length() <= 120) {
				request.getSession().setAttribute(LoginController.EMAIL, username.strip());
			}
			if (ex instanceof PasswordLogin.ProviderOnly) {
				request.getSession().setAttribute(LoginController.PROBLEM, "login.provider.passwordsOff");
				response.sendRedirect(request.getContextPath() + "/login");
				return;
			}
			response.sendRedirect(request.getContextPath() + (ex instanceof LockedException ? "/login?locked" : "/login?error"));
		};
		http.authorizeHttpRequests(auth -> auth
				.requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/sw.js", "/manifest.webmanifest", "/error", "/actuator/health/**")
				.permitAll()
				.requestMatchers(PUBLIC_PAGES.toArray(String[]::new)).permitAll()
				.requestMatchers("/login/start", "/login/other").permitAll()
				.requestMatchers("/admin/**").hasRole("ADMIN")
				.requestMatchers("/actuator/**").hasRole("ADMIN")
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").failureHandler(failure).permitAll()
				.successHandler((request, response, authentication) -> {
					request.getSession().removeAttribute(LoginController.EMAIL);
					response.sendRedirect(request.getContextPath() + "/");
				}))
			.oauth2Login(oauth -> oauth.loginPage("/login").clientRegistrationRepository(registrations)
				.userInfoEndpoint(info -> info.oidcUserService(ProviderLogin.users(providerSignIn)))
				.successHandler(ProviderLogin.success(secondFactor))
				.failureHandler(ProviderLogin.failure()))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.addFilterAfter(new CurrentUserRefreshFilter(users, badges), SecurityContextHolderFilter.class)
			.addFilterAfter(new SecondFactorGate(), org.springframework.security.web.access.intercept.AuthorizationFilter.class)
			.servletApi(servletApi -> servletApi.disable())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.withObjectPostProcessor(new org.springframework.security.config.ObjectPostProcessor<org.springframework.security.web.header.HeaderWriterFilter>() {
					@Override
					public <O extends org.springframework.security.web.header.HeaderWriterFilter> O postProcess(O filter) {
						filter.setShouldWriteHeadersEagerly(true);
						return filter;
					}
				}));
		return http.build();
	}

	/** Pages for people who are not signed in: accepting an invitation, a forgotten password, a tenant's activation, unsubscribing from a mail. */
	static final List<String> PUBLIC_PAGES = List.of("/uitnodiging", "/wachtwoord-vergeten", "/wachtwoord-herstellen", "/activeren",
			"/berichten/afmelden", "/berichten/afmelden/ongedaan");

	static List<String> staticPrefixes() {
		return List.of("/css/", "/js/", "/webjars/", "/favicon.ico", "/sw.js", "/manifest.webmanifest");
	}
}
