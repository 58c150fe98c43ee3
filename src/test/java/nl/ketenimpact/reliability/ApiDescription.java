package nl.ketenimpact.reliability;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** The operations of {@code /v3/api-docs}: method, path template, parameters and the request body's schema. */
final class ApiDescription {

	record Parameter(String name, String in, boolean required, JsonNode schema) {
	}

	record Operation(String method, String path, List<Parameter> parameters, JsonNode body, String bodyType) {

		String key() {
			return method + " " + path;
		}

		boolean hasJsonBody() {
			return body != null && bodyType.equals("application/json");
		}
	}

	final JsonNode root;

	final List<Operation> operations = new ArrayList<>();

	ApiDescription(String json) {
		root = Client.JSON.readTree(json);
		for (var path : root.path("paths").properties()) {
			for (var method : path.getValue().properties()) {
				JsonNode operation = method.getValue();
				List<Parameter> parameters = new ArrayList<>();
				for (JsonNode parameter : operation.path("parameters")) {
					parameters.add(new Parameter(parameter.path("name").asString(), parameter.path("in").asString(),
							parameter.path("required").asBoolean(false), resolve(parameter.path("schema"))));
				}
				JsonNode body = null;
				String bodyType = null;
				for (var content : operation.path("requestBody").path("content").properties()) {
					bodyType = content.getKey();
					body = resolve(content.getValue().path("schema"));
					break;
				}
				operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), parameters, body, bodyType));
			}
		}
	}

	/** A schema with its {@code $ref} followed (one level; properties are resolved where they are used). */
	JsonNode resolve(JsonNode schema) {
		JsonNode current = schema;
		for (int depth = 0; depth < 10 && current.has("$ref"); depth++) {
			String ref = current.path("$ref").asString();
			current = root.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
		}
		return current;
	}
}
