package nl.ketenimpact.signal.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.shared.Idempotency;
import nl.ketenimpact.shared.Page;
import nl.ketenimpact.signal.SignalInput;
import nl.ketenimpact.signal.SignalIntake;
import nl.ketenimpact.signal.SignalSettings;
import nl.ketenimpact.signal.SignalStatistics;
import nl.ketenimpact.signal.internal.SignalFollowUp;
import nl.ketenimpact.signal.internal.SignalReading;
import nl.ketenimpact.signal.internal.SignalViews;
import nl.ketenimpact.signal.internal.TransitionInput;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Zorgsignalen over the API, with exactly the visibility of the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Zorgsignalen", description = "Melden, opvolgen, doorverwijzen; elke inzage wordt gelogd")
class SignalApiController {

	private final SignalIntake intake;

	private final SignalFollowUp followUp;

	private final SignalReading reading;

	private final SignalStatistics statistics;

	SignalApiController(SignalIntake intake, SignalFollowUp followUp, SignalReading reading, SignalStatistics statistics) {
		this.intake = intake;
		this.followUp = followUp;
		this.reading = reading;
		this.statistics = statistics;
	}

	@PostMapping("/projects/{id}/signals")
	@Operation(summary = "A field worker registers a signal {dwellingId?, categories, urgency: NORMAL|URGENT|ACUTE, observation}; reads back only {id, status, createdAt}. "
			+ "With an Idempotency-Key header a retry answers the same signal (Idempotent-Replayed: true) and creates none; the key sent with another body is a 422")
	ResponseEntity<SignalViews.ReporterView> register(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody SignalInput input,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		Idempotency.Outcome signal = intake.register(user, id, input, idempotencyKey);
		return ResponseEntity.created(URI.create("/api/v1/signals/" + signal.id())).header("Idempotent-Replayed", String.valueOf(signal.replayed()))
			.body(reading.statusOf(user, signal.id()));
	}

	@GetMapping("/signals")
	@Operation(summary = "What the caller may see: own reported signals (status only), the social team's queue, referrals to the caller's institution")
	Map<String, Object> list(CurrentUser user, @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(defaultValue = "true") boolean open) {
		int p = Page.safePage(page);
		int s = Page.safeSize(size);
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("reported", reading.mine(user, p, s));
		if (reading.isSocialWorker(user)) {
			result.put("queue", reading.queue(user, open, p, s));
		}
		if (user.has(Role.CASE_WORKER)) {
			result.put("referrals", reading.referrals(user, p, s));
		}
		return result;
	}

	@GetMapping("/signals/{id}")
	@Operation(summary = "One signal as the caller may see it; reading a closed one needs the header X-Access-Reason")
	Object get(CurrentUser user, @PathVariable UUID id, @RequestHeader(name = "X-Access-Reason", required = false) String reason) {
		return reading.read(user, id, reason);
	}

	@PostMapping("/signals/{id}/transitions")
	@Operation(summary = "PICK_UP, RECORD_CONTACT {response, note}, CONTACT_ATTEMPT_FAILED {retryOn, note}, REFER {organisationId, lawfulBasis, consentDate|justification, explicitConsent}, WITHDRAW_CONSENT, CLOSE {outcome}, REPORT_BACK {referralOutcome, note}")
	Map<String, String> transition(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody TransitionInput input) {
		followUp.transition(user, id, input);
		return Map.of("action", input.action().name(), "result", "OK");
	}

	@GetMapping("/signals/log")
	@Operation(summary = "The access log of the caller's corporation (COORDINATOR)")
	Page<SignalViews.AccessEntry> log(CurrentUser user, @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return reading.accessLog(user, Page.safePage(page), Page.safeSize(size));
	}

	@GetMapping("/signals/stats")
	@Operation(summary = "Anonymous statistics of a project (projectId) or of the caller's corporation; small counts hidden outside the social team")
	SignalStatistics.Stats stats(CurrentUser user, @RequestParam(required = false) UUID projectId) {
		return projectId == null ? statistics.corporation(user) : statistics.project(user, projectId);
	}

	@GetMapping("/signal-settings")
	SignalSettings settings(CurrentUser user) {
		return intake.settings();
	}

	@PutMapping("/signal-settings")
	@Operation(summary = "ADMIN sets triage deadlines (working days) and the retention period (months)")
	SignalSettings updateSettings(CurrentUser user, @Valid @RequestBody SignalSettings settings) {
		intake.updateSettings(user, settings);
		return intake.settings();
	}
}
