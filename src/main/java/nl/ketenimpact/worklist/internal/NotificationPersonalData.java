package nl.ketenimpact.worklist.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.PersonalData;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Notifications in "Mijn gegevens": the person's choices per kind, and the notifications of the bell (the newest 200). */
@Component
class NotificationPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	NotificationPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Part> of(CurrentUser person) {
		List<Map<String, Object>> preferences = jdbc.sql("select kind, delivery from notification_preference where user_id = :u order by kind")
			.param("u", person.id()).query((rs, n) -> PersonalData.record("kind", rs.getString(1), "delivery", rs.getString(2))).list();
		List<Map<String, Object>> notifications = jdbc.sql("""
				select kind, place, created_at, read_at from notification where user_id = :u order by created_at desc limit 200""")
			.param("u", person.id())
			.query((rs, n) -> PersonalData.record("kind", rs.getString("kind"), "place", rs.getString("place"), "createdAt",
					rs.getObject("created_at", OffsetDateTime.class), "readAt", rs.getObject("read_at", OffsetDateTime.class)))
			.list();
		return List.of(new Part("NOTIFICATION_PREFERENCES", preferences), new Part("NOTIFICATIONS", notifications));
	}

	@Override
	@Transactional
	public void erase(CurrentUser person) {
		for (String table : List.of("notification", "notification_preference", "notification_subscriber")) {
			jdbc.sql("delete from " + table + " where user_id = :u").param("u", person.id()).update();
		}
	}
}
