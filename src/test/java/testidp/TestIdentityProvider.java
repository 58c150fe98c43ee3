package testidp;

import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID provider for the tests: Spring Authorization Server (Boot's auto-configuration) on a random port,
 * in its own application context, outside the application's packages. Its users sign in with their e-mail address
 * and password {@value #PASSWORD}; the ID token carries that address as {@code email}, and {@code amr} contains
 * {@code mfa} for users whose address starts with "mfa.".
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({ org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration.class,
		org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration.class,
		org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration.class,
		org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration.class,
		org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration.class,
		org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration.class,
		org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration.class,
		org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration.class })
public class TestIdentityProvider {

	public static final String CLIENT_ID = "ketenimpact";

	public static final String CLIENT_SECRET = "geheim-van-de-test-idp";

	public static final String PASSWORD = "idp-wachtwoord";

	/** The provider's own people (its e-mail addresses), whatever Ketenimpact knows of them. */
	static final List<String> PEOPLE = List.of("sanne@wijk.idp.test", "mfa.joost@wijk.idp.test", "onbekend@wijk.idp.test", "iemand@elders.idp.test",
			"vreemd@wijk.idp.test");

	@Bean
	UserDetailsService people() {
		return new InMemoryUserDetailsManager(PEOPLE.stream().map(email -> User.withUsername(email).password("{noop}" + PASSWORD).roles("USER").build()).toList());
	}

	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims() {
		return context -> {
			if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
				String email = context.getPrincipal().getName();
				context.getClaims().claim("email", email).claim("email_verified", true).claim("name", "Persoon " + email.substring(0, email.indexOf('@')))
					.claim("amr", email.startsWith("mfa.") ? List.of("pwd", "mfa") : List.of("pwd"));
			}
		};
	}

	/** Starts the provider; {@code redirectUris} are the application's callback addresses it accepts. */
	public static ConfigurableApplicationContext start(List<String> redirectUris) {
		Map<String, Object> properties = new java.util.HashMap<>();
		properties.put("server.port", "0");
		properties.put("spring.main.banner-mode", "off");
		properties.put("spring.application.name", "test-idp");
		String client = "spring.security.oauth2.authorizationserver.client.ketenimpact.";
		properties.put(client + "registration.client-id", CLIENT_ID);
		properties.put(client + "registration.client-secret", "{noop}" + CLIENT_SECRET);
		properties.put(client + "registration.client-authentication-methods", "client_secret_basic");
		properties.put(client + "registration.authorization-grant-types", "authorization_code");
		properties.put(client + "registration.scopes", "openid,email,profile");
		properties.put(client + "registration.redirect-uris", String.join(",", redirectUris));
		properties.put(client + "require-authorization-consent", "false");
		return new SpringApplicationBuilder(TestIdentityProvider.class).properties(properties).run();
	}

	public static int port(ConfigurableApplicationContext context) {
		return ((org.springframework.boot.web.server.context.WebServerApplicationContext) context).getWebServer().getPort();
	}
}
