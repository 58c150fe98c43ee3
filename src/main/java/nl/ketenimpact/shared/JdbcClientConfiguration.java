package nl.ketenimpact.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Spring's JdbcClient with the faster record mapping of {@link RecordRowMapper}; Boot's own then steps back. */
@Configuration(proxyBeanMethods = false)
class JdbcClientConfiguration {

	@Bean
	JdbcClient jdbcClient(NamedParameterJdbcTemplate template) {
		return new MappingJdbcClient(JdbcClient.create(template));
	}
}
