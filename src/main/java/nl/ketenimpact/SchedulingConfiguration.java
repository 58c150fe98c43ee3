package nl.ketenimpact;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled jobs run unless switched off (the tests call the jobs themselves, with a moved clock). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "ketenimpact.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {
}
