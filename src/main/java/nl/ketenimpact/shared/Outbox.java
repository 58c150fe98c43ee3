package nl.ketenimpact.shared;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * E-mail notifications. Every message is written to {@code mail_outbox} in the caller's transaction
 * (so it exists only if the action happened); when SMTP is configured ({@code spring.mail.host}) it is
 * sent after commit, otherwise the outbox page is where an admin reads it. Keep personal data out of bodies.
 */
@Component
public class Outbox {

	private static final Logger log = LoggerFactory.getLogger(Outbox.class);

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> mail;

	private final String from;

	Outbox(JdbcClient jdbc, ObjectProvider<JavaMailSender> mail, @Value("${ketenimpact.mail.from:noreply@ketenimpact.nl}") String from) {
		this.jdbc = jdbc;
		this.mail = mail;
		this.from = from;
	}

	public record Message(UUID id, String toAddress, String subject, String body, OffsetDateTime createdAt, OffsetDateTime sentAt) {
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void send(String to, String subject, String body) {
		if (to == null || to.isBlank()) {
			return;
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into mail_outbox (id, to_address, subject, body) values (:id, :to, :subject, :body)")
			.param("id", id).param("to", to).param("subject", subject).param("body", body).update();
		JavaMailSender sender = mail.getIfAvailable();
		if (sender != null) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					deliver(sender, id, to, subject, body);
				}
			});
		}
	}

	private void deliver(JavaMailSender sender, UUID id, String to, String subject, String body) {
		try {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(from);
			message.setTo(to);
			message.setSubject(subject);
			message.setText(body);
			sender.send(message);
			jdbc.sql("update mail_outbox set sent_at = now() where id = :id").param("id", id).update();
		}
		catch (RuntimeException ex) {
			log.warn("Mail {} could not be sent: {}", id, ex.getClass().getSimpleName());
			jdbc.sql("update mail_outbox set error = :e where id = :id").param("id", id).param("e", ex.getClass().getSimpleName()).update();
		}
	}

	@Transactional(readOnly = true)
	public Page<Message> list(int page, int size) {
		long total = jdbc.sql("select count(*) from mail_outbox").query(Long.class).single();
		List<Message> items = jdbc.sql("select id, to_address, subject, body, created_at, sent_at from mail_outbox order by created_at desc" + Page.window(page, size))
			.query(Message.class).list();
		return new Page<>(items, page, size, total);
	}
}
