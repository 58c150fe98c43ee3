package nl.ketenimpact.web;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

import nl.ketenimpact.shared.Text;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every string in a JSON body passes {@link Text#acceptable}: a NUL or a lone surrogate (both legal JSON escapes)
 * is refused while reading, with the field's path, instead of failing in PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
class JsonTextConfiguration {

	@Bean
	SimpleModule acceptableTextModule() {
		return new SimpleModule("acceptable-text").addDeserializer(String.class, new AcceptableStringDeserializer());
	}

	static final class AcceptableStringDeserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			String value = super.deserialize(parser, context);
			if (!Text.acceptable(value)) {
				throw context.weirdStringException(value, String.class, "contains a character that is not accepted");
			}
			return value;
		}
	}
}
