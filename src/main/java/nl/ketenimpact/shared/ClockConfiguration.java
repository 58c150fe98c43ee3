package nl.ketenimpact.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, in Dutch time, so rules on dates can be tested. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	@Bean
	Clock clock() {
		return Clock.system(AMSTERDAM);
	}
}
