package nl.ketenimpact.project.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.project.internal.ActivationCodes;
import nl.ketenimpact.project.internal.ActivationLetters;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Tenants' activation codes over the API: make them, print the letters, and the public registration. */
@RestController
@Tag(name = "Activatiecodes")
class ActivationApiController {

	private final ActivationCodes codes;

	private final ActivationLetters letters;

	ActivationApiController(ActivationCodes codes, ActivationLetters letters) {
		this.codes = codes;
		this.letters = letters;
	}

	record ActivateRequest(@NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.size.max}") String code,
			@NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.size.max}") String email,
			@NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.size.max}") String name,
			@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}") String password) {
	}

	record Activated(UUID userId) {
	}

		@PostMapping("/api/v1/projects/{id}/activation-codes")
	@Operation(summary = "A code for every dwelling of the project that has none open (PROJECT_LEAD); repeating makes nothing new")
	ResponseEntity<ActivationCodes.Generated> generateApi(CurrentUser user, @PathVariable UUID id) {
		return ResponseEntity.status(HttpStatus.CREATED).body(codes.generate(user, id));
	}

	@GetMapping(value = "/api/v1/projects/{id}/activation-letters", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "One PDF with a letter per dwelling with an open code: address, code, where to register (PROJECT_LEAD)")
	ResponseEntity<byte[]> lettersApi(CurrentUser user, @PathVariable UUID id) {
		return ActivationController.pdf(letters.letters(user, id));
	}

	@PostMapping("/api/v1/activate")
	@Operation(summary = "Public: a tenant registers with the code from the letter and becomes the RESIDENT of that dwelling; "
			+ "400 for a wrong code, 410 for a used, revoked or expired one, 429 after 10 wrong codes per client address per hour")
	ResponseEntity<Activated> activateApi(@Valid @RequestBody ActivateRequest request, HttpServletRequest http) {
		UUID user = codes.activate(request.code(), request.email(), request.name(), request.password(), http.getRemoteAddr(),
				LocaleContextHolder.getLocale());
		return ResponseEntity.status(HttpStatus.CREATED).body(new Activated(user));
	}

}
