package nl.ketenimpact.privacy.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.privacy.MyData;
import nl.ketenimpact.privacy.PrivacyRequests;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The AVG rights over the API: one's own data, requests to correct or erase, their decision, and the processing register. */
@RestController
@Tag(name = "Privacy", description = "Mijn gegevens, verzoeken om correctie of verwijdering, verwerkingsregister")
class PrivacyApiController {

	private final MyData data;

	private final PrivacyRequests requests;

	private final MyDataController myData;

	private final RegisterController register;

	PrivacyApiController(MyData data, PrivacyRequests requests, MyDataController myData, RegisterController register) {
		this.data = data;
		this.requests = requests;
		this.myData = myData;
		this.register = register;
	}

	record RequestIn(PrivacyRequests.Kind kind, String details) {
	}

	record DecisionIn(PrivacyRequests.Decision decision, String reason) {
	}

	@GetMapping("/api/v1/me/data")
	@Operation(summary = "Everything the platform holds on the caller, per part (account, household, consents, applications, placements, "
			+ "self-work, payments, votes, invitations, sign-ins of 12 months, who opened the household); Accept: application/pdf gives the PDF")
	ResponseEntity<?> data(CurrentUser user, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, Locale locale) {
		if (accept != null && accept.contains(MediaType.APPLICATION_PDF_VALUE) && !accept.contains(MediaType.APPLICATION_JSON_VALUE)) {
			return myData.pdfOf(data.of(user, true), locale);
		}
		return ResponseEntity.ok(data.of(user, true));
	}

	@PostMapping("/api/v1/me/requests")
	@Operation(summary = "File a request to correct (details: what is wrong) or erase one's data; answered within a month; 409 while one of the kind is open")
	ResponseEntity<PrivacyRequests.Request> file(CurrentUser user, @RequestBody RequestIn body) {
		PrivacyRequests.Request filed = requests.file(user, body.kind(), body.details());
		return ResponseEntity.created(URI.create("/api/v1/me/requests/" + filed.id())).body(filed);
	}

	@GetMapping("/api/v1/privacy/requests")
	@Operation(summary = "The requests the caller answers: the corporation's people's (COORDINATOR) or other accounts' (ADMIN), open ones first by deadline")
	List<PrivacyRequests.Request> handled(CurrentUser user) {
		return requests.handled(user);
	}

	@PostMapping("/api/v1/privacy/requests/{id}/decision")
	@Operation(summary = "Decide a request: DONE (an erasure is carried out now, payments kept under a pseudonym) or REFUSED with a reason")
	PrivacyRequests.Request decide(CurrentUser user, @PathVariable UUID id, @RequestBody DecisionIn body) {
		return requests.decide(user, id, body.decision(), body.reason());
	}

	@GetMapping("/api/v1/privacy/register")
	@Operation(summary = "The processing register (GDPR art. 30): per processing its personal data, purpose, lawful basis, retention and readers "
			+ "(COORDINATOR, ADMIN)")
	List<RegisterController.Entry> register(CurrentUser user, Locale locale) {
		return register.entries(user, locale);
	}
}
