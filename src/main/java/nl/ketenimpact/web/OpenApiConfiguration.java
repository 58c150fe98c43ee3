package nl.ketenimpact.web;

import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import nl.ketenimpact.organisation.CurrentUser;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API description: bearer authentication and the problem+json error format on every operation. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static {
		// The signed-in user is resolved from the token, never sent by the client.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
	}

	private static final String PROBLEM = "Problem";

	@Bean
	OpenAPI ketenimpactOpenApi() {
		Schema<?> fieldError = new ObjectSchema().addProperty("field", new StringSchema().example("postcode"))
			.addProperty("message", new StringSchema().example("Een postcode bestaat uit 4 cijfers (niet beginnend met 0) en 2 letters, bijvoorbeeld 3512 AB."));
		Schema<?> problem = new ObjectSchema().description("RFC 9457 problem details")
			.addProperty("type", new StringSchema().example("about:blank"))
			.addProperty("title", new StringSchema().example("Ongeldige invoer"))
			.addProperty("status", new IntegerSchema().example(400))
			.addProperty("detail", new StringSchema().example("De invoer klopt niet; zie de velden in errors."))
			.addProperty("instance", new StringSchema())
			.addProperty("errors", new ArraySchema().items(fieldError).description("Only for validation failures (400)"));
		return new OpenAPI()
			.info(new Info().title("Ketenimpact API").version("v1")
				.description("Chain MVO in renovation projects. Authenticate with POST /api/v1/auth/token, then send "
						+ "'Authorization: Bearer <token>'. The same scoping as the UI applies: records of other organisations are 404."))
			.components(new Components().addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"))
				.addSchemas(PROBLEM, problem))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

	@Bean
	OpenApiCustomizer problemResponses() {
		Map<String, String> failures = Map.of("400", "Invalid input: errors lists {field, message} per field", "401",
				"Not signed in or token invalid", "403", "Signed in, but not allowed to do this", "404",
				"Not found, or not visible to the caller");
		return api -> api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
			failures.forEach((status, description) -> {
				if (operation.getResponses().get(status) == null) {
					operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
						.content(new Content().addMediaType("application/problem+json",
								new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
				}
			});
		}));
	}
}
