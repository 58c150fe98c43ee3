package nl.ketenimpact.shared;

import java.time.Duration;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Wires the optional read replica ({@link ReadReplica}): with {@code ketenimpact.datasource.replica.url} set, the
 * application's DataSource becomes a {@link ReplicaRoutingDataSource} over the primary and a read-only pool on the
 * replica, and the transaction manager routes labelled read-only work. Without it nothing changes.
 */
@Configuration(proxyBeanMethods = false)
class ReplicaConfiguration {

	/** Health component and detail: FALLBACK (reads on the primary) does not make the instance unhealthy. */
	static final Status FALLBACK = new Status("FALLBACK", "read-only work runs on the primary");

	@Bean
	static BeanPostProcessor replicaRouting(Environment environment) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				String url = environment.getProperty("ketenimpact.datasource.replica.url");
				if (!"dataSource".equals(name) || !(bean instanceof DataSource primary) || bean instanceof ReplicaRoutingDataSource
						|| url == null || url.isBlank()) {
					return bean;
				}
				HikariDataSource replica = new HikariDataSource();
				replica.setJdbcUrl(url);
				replica.setUsername(environment.getProperty("ketenimpact.datasource.replica.username"));
				replica.setPassword(environment.getProperty("ketenimpact.datasource.replica.password"));
				replica.setReadOnly(true);
				replica.setMaximumPoolSize(environment.getProperty("ketenimpact.datasource.replica.pool-size", Integer.class, 10));
				replica.setConnectionTimeout(1000);
				// Start when the replica is down: reads then run on the primary until it answers.
				replica.setInitializationFailTimeout(-1);
				replica.setPoolName("ketenimpact-replica");
				return new ReplicaRoutingDataSource(primary, replica);
			}
		};
	}

	@Bean(destroyMethod = "stop")
	ReadReplica readReplica(DataSource dataSource, Environment environment, MeterRegistry meters) {
		return new ReadReplica(dataSource, environment.getProperty("ketenimpact.datasource.replica.max-lag", Duration.class, Duration.ofSeconds(30)),
				environment.getProperty("ketenimpact.datasource.replica.check-interval", Duration.class, Duration.ofSeconds(5)), meters);
	}

	@Bean
	PlatformTransactionManager transactionManager(DataSource dataSource, ReadReplica replica) {
		return new ReplicaTransactionManager(dataSource, replica);
	}

	/**
	 * Component {@code db} is the primary alone: without a replica, as Boot's own would be; with one, Boot's would also
	 * report the replica and turn the whole instance DOWN when only the replica is, while every request still works.
	 */
	@Bean
	HealthIndicator dbHealthContributor(DataSource dataSource) {
		return new DataSourceHealthIndicator(dataSource instanceof ReplicaRoutingDataSource routing ? routing.primary() : dataSource);
	}

	@Bean
	HealthIndicator replicaHealthIndicator(ReadReplica replica) {
		return () -> {
			ReadReplica.State state = replica.state();
			if (!state.configured()) {
				return Health.up().withDetail("configured", false).build();
			}
			Health.Builder health = state.usable() ? Health.up().withDetail("readsOn", "replica")
					: Health.status(FALLBACK).withDetail("readsOn", "primary").withDetail("reason", state.reason());
			if (state.lag() != null) {
				health.withDetail("lagSeconds", state.lag().toMillis() / 1000.0);
			}
			return health.build();
		};
	}
}
