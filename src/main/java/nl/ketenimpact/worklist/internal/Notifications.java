package nl.ketenimpact.worklist.internal;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.UserManagement;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.shared.Outbox;
import nl.ketenimpact.shared.Page;
import nl.ketenimpact.shared.Secrets;
import nl.ketenimpact.worklist.Delivery;
import nl.ketenimpact.worklist.NotificationKind;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifications: the bell (every notification, read or not), the mail at once for the kinds a user wants that way
 * (the others wait for the daily digest, or are not mailed), the preferences per kind and the one-click unsubscribe
 * from a mail. A notification and its mail say only what kind of thing there is, where (a project or an
 * organisation) and the link: never the content of a signal, a referral or a household.
 */
@Service
public class Notifications {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Outbox outbox;

	private final UserManagement users;

	private final MessageSource messages;

	private final Secrets secrets;

	private final java.time.Clock clock;

	Notifications(JdbcClient jdbc, Outbox outbox, UserManagement users, MessageSource messages, Secrets secrets, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.users = users;
		this.messages = messages;
		this.secrets = secrets;
		this.clock = clock;
	}

	/** One notification as the bell lists it. */
	public record View(UUID id, NotificationKind kind, String place, String url, OffsetDateTime createdAt, boolean read) {
	}

	/**
	 * Tells the user of {@code source} (a record and what happened to it): the bell always, a mail now when they want
	 * this kind at once, the next digest when they want it daily. While they have not read it, the same source again (an
	 * event delivered twice) tells them nothing new; once read, it happening again (a report submitted again) does.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void tell(UUID userId, NotificationKind kind, String source, UUID projectId, String place, String url) {
		Delivery delivery = deliveryOf(userId, kind);
		int inserted = jdbc.sql("""
				insert into notification (id, user_id, kind, source, project_id, place, url, created_at, digest_pending)
				values (:id, :u, :kind, :source, :p, :place, :url, :now, :pending)
				on conflict (user_id, source) do update set created_at = excluded.created_at, read_at = null, digest_pending = excluded.digest_pending
				where notification.read_at is not null""")
			.param("id", UUID.randomUUID()).param("u", userId).param("kind", kind.name()).param("source", source).param("p", projectId)
			.param("place", place == null ? null : place.length() > 160 ? place.substring(0, 160) : place).param("url", url)
			.param("now", OffsetDateTime.now(clock)).param("pending", delivery == Delivery.DAILY).update();
		if (inserted == 1 && delivery == Delivery.IMMEDIATE) {
			users.usernameOf(userId).ifPresent(to -> {
				Locale locale = users.localeOf(userId);
				outbox.send(to, locale, "notification", false, kindText(kind, locale), place == null ? "Ketenimpact" : place, outbox.link(url),
						unsubscribeLink(userId, kind));
			});
		}
	}

	String kindText(NotificationKind kind, Locale locale) {
		return messages.getMessage("notification.kind." + kind.name(), null, locale);
	}

	Delivery deliveryOf(UUID userId, NotificationKind kind) {
		return jdbc.sql("select delivery from notification_preference where user_id = :u and kind = :k").param("u", userId).param("k", kind.name())
			.query(String.class).optional().map(Delivery::valueOf).orElse(kind.byDefault());
	}

	/** The user's choice for each kind of their roles (the default where they made none). */
	@Transactional(readOnly = true)
	public Map<NotificationKind, Delivery> preferences(CurrentUser user) {
		Map<NotificationKind, Delivery> chosen = new EnumMap<>(NotificationKind.class);
		for (NotificationKind kind : NotificationKind.of(user)) {
			chosen.put(kind, kind.byDefault());
		}
		jdbc.sql("select kind, delivery from notification_preference where user_id = :u").param("u", user.id())
			.query((rs, n) -> Map.entry(rs.getString("kind"), rs.getString("delivery"))).list().forEach(e -> {
				NotificationKind kind = NotificationKind.valueOf(e.getKey());
				if (chosen.containsKey(kind)) {
					chosen.put(kind, Delivery.valueOf(e.getValue()));
				}
			});
		return chosen;
	}

	/** Saves the choices; a kind the user's roles do not get is refused on its field and nothing is saved. */
	@Transactional
	public void choose(CurrentUser user, Map<NotificationKind, Delivery> choices) {
		List<NotificationKind> own = NotificationKind.of(user);
		for (NotificationKind kind : choices.keySet()) {
			if (!own.contains(kind)) {
				throw new InvalidInput(kind.name(), "notification.kind.notYours");
			}
		}
		choices.forEach((kind, delivery) -> save(user.id(), kind, delivery));
	}

	private void save(UUID userId, NotificationKind kind, Delivery delivery) {
		jdbc.sql("""
				insert into notification_preference (user_id, kind, delivery) values (:u, :k, :d)
				on conflict (user_id, kind) do update set delivery = excluded.delivery""")
			.param("u", userId).param("k", kind.name()).param("d", delivery.name()).update();
	}

	@Transactional(readOnly = true)
	public Page<View> page(CurrentUser user, int page, int size) {
		long total = jdbc.sql("select count(*) from notification where user_id = :u").param("u", user.id()).query(Long.class).single();
		List<View> items = jdbc.sql("select id, kind, place, url, created_at, read_at is not null as read from notification where user_id = :u"
				+ " order by created_at desc, id" + Page.window(page, size))
			.param("u", user.id()).query(View.class).list();
		return new Page<>(items, page, size, total);
	}

	@Transactional(readOnly = true)
	public long unread(CurrentUser user) {
		return jdbc.sql("select count(*) from notification where user_id = :u and read_at is null").param("u", user.id()).query(Long.class).single();
	}

	/** Marks one of the user's notifications read and answers where it points; another user's is not found. */
	@Transactional
	public String open(CurrentUser user, UUID id) {
		return jdbc.sql("update notification set read_at = coalesce(read_at, :now) where id = :id and user_id = :u returning url")
			.param("now", OffsetDateTime.now(clock)).param("id", id).param("u", user.id()).query(String.class).optional()
			.orElseThrow(() -> new NotFound("notification"));
	}

	@Transactional
	public int readAll(CurrentUser user) {
		return jdbc.sql("update notification set read_at = :now where user_id = :u and read_at is null").param("now", OffsetDateTime.now(clock))
			.param("u", user.id()).update();
	}

	// --- unsubscribing from a mail ---

	/** The one-click link in a mail: a random reference of the user (not their id), the kind, and a signature of both. */
	String unsubscribeLink(UUID userId, NotificationKind kind) {
		String key = mailKey(userId);
		return outbox.link("/berichten/afmelden?k=" + key + "&soort=" + kind.name() + "&s=" + secrets.sign(key + ":" + kind.name()));
	}

	private String mailKey(UUID userId) {
		jdbc.sql("insert into notification_subscriber (user_id, mail_key) values (:u, :k) on conflict (user_id) do nothing")
			.param("u", userId).param("k", HexFormat.of().formatHex(random16())).update();
		return jdbc.sql("select mail_key from notification_subscriber where user_id = :u").param("u", userId).query(String.class).single();
	}

	private static byte[] random16() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	/** Who a signed unsubscribe link is of, and for which kind; empty when it was changed or made up. */
	Optional<Map.Entry<UUID, NotificationKind>> subscriber(String key, String kind, String signature) {
		if (key == null || kind == null || !secrets.verify(key + ":" + kind, signature)) {
			return Optional.empty();
		}
		NotificationKind parsed;
		try {
			parsed = NotificationKind.valueOf(kind);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		return jdbc.sql("select user_id from notification_subscriber where mail_key = :k").param("k", key).query(UUID.class).optional()
			.map(user -> Map.entry(user, parsed));
	}

	/** The one click: no more mail of this kind (the bell keeps showing it). Empty for a link that is not valid. */
	@Transactional
	public Optional<NotificationKind> unsubscribe(String key, String kind, String signature) {
		return subscriber(key, kind, signature).map(who -> {
			save(who.getKey(), who.getValue(), Delivery.OFF);
			return who.getValue();
		});
	}

	/** Undoing it from the same link: mail again, as the kind's default. */
	@Transactional
	public Optional<NotificationKind> resubscribe(String key, String kind, String signature) {
		return subscriber(key, kind, signature).map(who -> {
			save(who.getKey(), who.getValue(), who.getValue().byDefault() == Delivery.OFF ? Delivery.DAILY : who.getValue().byDefault());
			return who.getValue();
		});
	}
}
