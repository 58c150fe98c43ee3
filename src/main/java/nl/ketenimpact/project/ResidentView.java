package nl.ketenimpact.project;

import java.util.UUID;

/** A resident household; contact fields and the linked account may be null. */
public record ResidentView(UUID id, UUID dwellingId, String name, String email, String phone, String preferredLanguage,
		String accountUsername) {
}
