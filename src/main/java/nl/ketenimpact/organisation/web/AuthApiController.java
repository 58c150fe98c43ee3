package nl.ketenimpact.organisation.web;

import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.ketenimpact.organisation.ApiTokens;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.PasswordLogin;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.organisation.SecondFactor;
import nl.ketenimpact.organisation.internal.PasswordReset;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Token issuing and "who am I" for API clients. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Authenticatie")
class AuthApiController {

	private final PasswordLogin login;

	private final ApiTokens tokens;

	private final MessageSource messages;

	private final SecondFactor secondFactor;

	private final PasswordReset resets;

	AuthApiController(PasswordLogin login, ApiTokens tokens, MessageSource messages, SecondFactor secondFactor, PasswordReset resets) {
		this.login = login;
		this.tokens = tokens;
		this.messages = messages;
		this.secondFactor = secondFactor;
		this.resets = resets;
	}

	record TokenRequest(@NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.size.max}") String username,
			@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.size.max}") String password,
			@Size(max = 40, message = "{validation.size.max}") String totp) {
	}

	record ResetRequest(@NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.size.max}") String email) {
	}

	record ResetConfirm(@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}") String token,
			@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}") String password) {
	}

	@PostMapping("/auth/password-reset")
	@Operation(summary = "Public: mails a reset link (valid 1 hour) when the address has an account; 202 whether it has or not")
	ResponseEntity<Void> requestReset(@Valid @RequestBody ResetRequest request, jakarta.servlet.http.HttpServletRequest http) {
		resets.request(request.email(), LocaleContextHolder.getLocale(), http.getRemoteAddr());
		return ResponseEntity.accepted().build();
	}

	@PostMapping("/auth/password-reset/confirm")
	@Operation(summary = "Public: a new password with the token from the reset mail; every session of the user ends")
	ResponseEntity<Void> confirmReset(@Valid @RequestBody ResetConfirm request) {
		resets.confirm(request.token(), request.password());
		return ResponseEntity.noContent().build();
	}

	record Me(UUID id, String username, String name, UUID organisationId, String organisationName, java.util.Set<Role> roles) {
	}

	@PostMapping("/auth/token")
	@Operation(summary = "Exchange username and password (and, for a user with a second factor, a TOTP code or recovery code as totp) for a bearer token (valid 30 days by default)")
	ResponseEntity<?> token(@Valid @RequestBody TokenRequest request, jakarta.servlet.http.HttpServletRequest http) {
		try {
			CurrentUser user = login.authenticate(request.username(), request.password(), http.getRemoteAddr());
			if (secondFactor.enrolled(user.id())) {
				if (request.totp() == null || request.totp().isBlank()) {
					return problem(HttpStatus.UNAUTHORIZED, "login.totpRequired");
				}
				if (!secondFactor.verify(user, request.totp())) {
					return problem(HttpStatus.UNAUTHORIZED, "login.totpWrong");
				}
			}
			else if (SecondFactor.required(user)) {
				return problem(HttpStatus.UNAUTHORIZED, "login.totpSetupFirst");
			}
			return ResponseEntity.ok(Map.of("token", tokens.issue(user, "API login")));
		}
		catch (PasswordLogin.Throttled ex) {
			return problem(HttpStatus.TOO_MANY_REQUESTS, "login.locked", ex.retryAfterSeconds());
		}
		catch (PasswordLogin.ProviderOnly ex) {
			return problem(HttpStatus.UNAUTHORIZED, "login.provider.apiPasswordsOff");
		}
		catch (nl.ketenimpact.shared.TooManyAttempts ex) {
			return problem(HttpStatus.TOO_MANY_REQUESTS, "login.locked", ex.retryAfterSeconds());
		}
		catch (AuthenticationException ex) {
			return problem(HttpStatus.UNAUTHORIZED, "login.failed");
		}
	}

	@GetMapping("/me")
	@Operation(summary = "The caller: user, organisation and roles")
	Me me(CurrentUser user) {
		return new Me(user.id(), user.username(), user.name(), user.organisationId(), user.organisationName(), user.roles());
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String key) {
		return problem(status, key, 0);
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String key, long retryAfterSeconds) {
		ResponseEntity.BodyBuilder response = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
		if (retryAfterSeconds > 0) {
			response.header("Retry-After", String.valueOf(retryAfterSeconds));
		}
		return response.body(ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, null, LocaleContextHolder.getLocale())));
	}
}
