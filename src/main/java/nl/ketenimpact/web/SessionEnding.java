package nl.ketenimpact.web;

import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import nl.ketenimpact.organisation.PasswordChanged;
import nl.ketenimpact.organisation.UserDeactivated;

import org.springframework.context.event.EventListener;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends sessions in PostgreSQL, on every instance at once: all of a deactivated user's, and all of a user whose
 * password was reset or set by the admin; a user who changed their own password keeps the session they did it in.
 * Runs in the transaction of the change, so the sessions end exactly when it commits.
 */
@Component
class SessionEnding {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SessionEnding(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	@EventListener
	void on(UserDeactivated event) {
		end(event.userId(), null);
	}

	@EventListener
	void on(PasswordChanged event) {
		end(event.userId(), event.byOwner() ? currentSessionId() : null);
	}

	private void end(UUID userId, String keep) {
		sessions.findByPrincipalName(userId.toString()).keySet().stream().filter(id -> !id.equals(keep)).forEach(sessions::deleteById);
	}

	private static String currentSessionId() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpSession session = attributes.getRequest().getSession(false);
			return session == null ? null : session.getId();
		}
		return null;
	}
}
