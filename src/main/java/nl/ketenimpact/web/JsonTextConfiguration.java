package nl.ketenimpact.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

import nl.ketenimpact.shared.Text;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every string in a JSON body passes {@link Text#acceptable}: a NUL or a lone surrogate (both legal JSON escapes)
 * is refused while reading, with the field's path, instead of failing in PostgreSQL. A date is a {@code yyyy-mm-dd}
 * string between 1900 and 2999: the default reader also takes a number of days since 1970, and one far enough out
 * became PostgreSQL's {@code -infinity}, which every later figure of the project failed on (found by the fuzzer).
 */
@Configuration(proxyBeanMethods = false)
class JsonTextConfiguration {

	@Bean
	SimpleModule acceptableTextModule() {
		return new SimpleModule("acceptable-text").addDeserializer(String.class, new AcceptableStringDeserializer())
			.addDeserializer(LocalDate.class, new PlainDateDeserializer());
	}

	static final class PlainDateDeserializer extends ValueDeserializer<LocalDate> {

		private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

		@Override
		public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			if (!parser.hasToken(JsonToken.VALUE_STRING)) {
				return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
			}
			String text = parser.getString().trim();
			try {
				LocalDate date = DATE.matcher(text).matches() ? LocalDate.parse(text) : null;
				if (date != null && date.getYear() >= 1900 && date.getYear() <= 2999) {
					return date;
				}
			}
			catch (DateTimeParseException notADate) {
				// refused below, like any other text that is no date
			}
			return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a date between 1900-01-01 and 2999-12-31");
		}
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
