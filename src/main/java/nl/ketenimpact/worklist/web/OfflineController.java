package nl.ketenimpact.worklist.web;

import java.util.Map;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.web.Navigation;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What the phone asks before it sends the reports it kept: who is signed in (the reference the reports carry, not the
 * user's id) and a fresh CSRF token of this session. Not signed in: the sign-in page, and the reports wait.
 */
@Controller
class OfflineController {

	@GetMapping(value = "/offline/state", produces = "application/json")
	ResponseEntity<Map<String, String>> state(CurrentUser user, CsrfToken csrf) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of("user", Navigation.ref(user), "csrf", csrf.getToken()));
	}
}
