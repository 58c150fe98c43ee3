package nl.ketenimpact.web;

import nl.ketenimpact.organisation.CurrentUser;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SingleIndexResolver;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC, tables of Flyway V14). Each session is indexed by the signed-in
 * user's id, not by the e-mail address, so a user's sessions can be listed and ended without storing the address again.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	static final String SECURITY_CONTEXT = "SPRING_SECURITY_CONTEXT";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> indexSessionsByUserId() {
		return repository -> repository.setIndexResolver(new SingleIndexResolver<Session>(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME) {
			@Override
			public String resolveIndexValueFor(Session session) {
				return userId(session);
			}
		});
	}

	/** The id of the user signed in to the session, or null. */
	static String userId(Session session) {
		Object context = session.getAttribute(SECURITY_CONTEXT);
		if (context instanceof SecurityContext security && security.getAuthentication() != null
				&& security.getAuthentication().getPrincipal() instanceof CurrentUser user) {
			return user.id().toString();
		}
		return null;
	}
}
