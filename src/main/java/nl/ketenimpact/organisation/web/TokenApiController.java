package nl.ketenimpact.organisation.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.ketenimpact.organisation.ApiTokens;
import nl.ketenimpact.organisation.CurrentUser;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "Authenticatie")
class TokenApiController {

	private final ApiTokens tokens;

	TokenApiController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	record NewTokenRequest(String name, Integer validDays, Integer rateLimitPerMinute) {
	}

	@GetMapping
	@Operation(summary = "The caller's tokens (never the token values)")
	List<ApiTokens.TokenView> mine(CurrentUser user) {
		return tokens.mine(user);
	}

	@PostMapping
	@Operation(summary = "Create a named token {name, validDays?, rateLimitPerMinute?}; the value is returned once and stored only as a hash")
	ResponseEntity<ApiTokens.NewToken> create(CurrentUser user, @RequestBody NewTokenRequest request) {
		return ResponseEntity.status(201).body(tokens.create(user, request.name(), request.validDays(), request.rateLimitPerMinute()));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Revoke a token at once (own tokens; ADMIN any)")
	Map<String, String> revoke(CurrentUser user, @PathVariable UUID id) {
		tokens.revoke(user, id);
		return Map.of("status", "REVOKED");
	}
}
