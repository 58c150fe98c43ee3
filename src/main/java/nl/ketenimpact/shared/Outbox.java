package nl.ketenimpact.shared;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail. Every message is written to {@code mail_outbox} in the caller's transaction (so it exists only if the
 * action happened), with a {@link MailQueued} event in the JDBC event publication registry; this class listens to it
 * and hands the message to the mail server after commit, off the request's thread. A message the server does not take
 * is retried with a growing wait until it does ({@link #retryDue}); a delivery that did not even run (the instance
 * died) is resubmitted by the registry. Each delivery locks its row ({@code for update skip locked}), so with any number of
 * instances a message is sent once. Without a mail server ({@code spring.mail.host} unset) the outbox page is where
 * an admin reads the messages. Keep personal data out of bodies; a confidential message (a link that lets someone
 * in) is not shown there and loses its body once sent.
 */
@Component
public class Outbox {

	private static final Logger log = LoggerFactory.getLogger(Outbox.class);

	private static final Duration MAX_WAIT = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> mail;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	private final java.time.Clock clock;

	private final String from;

	private final String publicUrl;

	private final ApplicationEventPublisher events;

	Outbox(JdbcClient jdbc, ApplicationEventPublisher events, ObjectProvider<JavaMailSender> mail, MessageSource messages, org.springframework.transaction.PlatformTransactionManager transactionManager, java.time.Clock clock,
			@Value("${ketenimpact.mail.from:noreply@ketenimpact.nl}") String from,
			@Value("${ketenimpact.public-url:http://localhost:8080}") String publicUrl) {
		this.jdbc = jdbc;
		this.events = events;
		this.mail = mail;
		this.messages = messages;
		// A delivery runs in a transaction of its own: the row stays locked while the server is talked to, then the result is kept.
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.from = from;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	public record Message(UUID id, String toAddress, String subject, String body, OffsetDateTime createdAt, OffsetDateTime sentAt,
			boolean confidential, int attempts) {
	}

	/** The platform's public address followed by the path: the only base for links in mails. */
	public String link(String path) {
		return publicUrl + path;
	}

	/** A plain message, written as given. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void send(String to, String subject, String body) {
		write(to, subject, body, false);
	}

	/**
	 * A message from the templates {@code mail.<template>.subject} and {@code .body} in the recipient's language;
	 * confidential when it carries a link that lets someone in.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void send(String to, Locale locale, String template, boolean confidential, Object... arguments) {
		String subject = messages.getMessage("mail." + template + ".subject", arguments, locale);
		String body = messages.getMessage("mail." + template + ".body", arguments, locale)
				+ "\n\n" + messages.getMessage("mail.footer", new Object[] { publicUrl }, locale);
		write(to, subject, body, confidential);
	}

	private void write(String to, String subject, String body, boolean confidential) {
		if (to == null || to.isBlank()) {
			return;
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into mail_outbox (id, to_address, subject, body, confidential) values (:id, :to, :subject, :body, :confidential)")
			.param("id", id).param("to", to).param("subject", subject).param("body", body).param("confidential", confidential).update();
		events.publishEvent(new MailQueued(id));
	}

	/** Forgets the mails already sent to an address (its person's erasure); one still waiting is delivered first. */
	@Transactional(propagation = Propagation.MANDATORY)
	public int forgetSentTo(String address) {
		return jdbc.sql("delete from mail_outbox where lower(to_address) = lower(:a) and sent_at is not null").param("a", address).update();
	}

	/** Forgets the mails sent before the moment (the retention of sent mail); how many went. */
	@Transactional(propagation = Propagation.MANDATORY)
	public int purgeSentBefore(OffsetDateTime before) {
		return jdbc.sql("delete from mail_outbox where sent_at < :before").param("before", before).update();
	}

	/** Delivers a queued message once its transaction committed (asynchronously; the row lock keeps it sent once). */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	public void on(MailQueued queued) {
		deliver(queued.mailId());
	}

	/** Retries what is due, a batch at a time; the tests call it with a moved clock. */
	@Scheduled(fixedDelayString = "${ketenimpact.mail.retry-delay:PT30S}", initialDelayString = "${ketenimpact.mail.retry-delay:PT30S}")
	public int retryDue() {
		if (mail.getIfAvailable() == null) {
			return 0;
		}
		List<UUID> due = jdbc.sql("select id from mail_outbox where sent_at is null and next_attempt_at <= :now order by next_attempt_at limit 50")
			.param("now", now()).query(UUID.class).list();
		int sent = 0;
		for (UUID id : due) {
			if (deliver(id)) {
				sent++;
			}
		}
		return sent;
	}

	/** Sends one message if it is still unsent and no other instance holds it; true when the server took it. */
	private boolean deliver(UUID id) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			return false;
		}
		Boolean delivered = transactions.execute(status -> {
			Message message = jdbc.sql("""
					select id, to_address, subject, body, created_at, sent_at, confidential, attempts from mail_outbox
					where id = :id and sent_at is null for update skip locked""")
				.param("id", id).query(Message.class).optional().orElse(null);
			if (message == null) {
				return false;
			}
			try {
				SimpleMailMessage out = new SimpleMailMessage();
				out.setFrom(from);
				out.setTo(message.toAddress());
				out.setSubject(message.subject());
				out.setText(message.body());
				sender.send(out);
				jdbc.sql("update mail_outbox set sent_at = :now, attempts = attempts + 1, error = null, body = case when confidential then null else body end where id = :id")
					.param("id", id).param("now", now()).update();
				return true;
			}
			catch (RuntimeException ex) {
				int attempts = message.attempts() + 1;
				log.warn("Mail {} could not be sent (attempt {}): {}", id, attempts, ex.getClass().getSimpleName());
				jdbc.sql("update mail_outbox set attempts = :a, error = :e, next_attempt_at = :next where id = :id")
					.param("id", id).param("a", attempts).param("e", ex.getClass().getSimpleName())
					.param("next", now().plus(wait(attempts))).update();
				return false;
			}
		});
		return Boolean.TRUE.equals(delivered);
	}

	/** One minute after the first failure, doubling, at most an hour. */
	static Duration wait(int attempts) {
		Duration wait = Duration.ofMinutes(1).multipliedBy(1L << Math.min(attempts - 1, 10));
		return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

	@Transactional(readOnly = true)
	public Page<Message> list(int page, int size) {
		long total = jdbc.sql("select count(*) from mail_outbox").query(Long.class).single();
		List<Message> items = jdbc.sql("""
				select id, to_address, subject, case when confidential then null else body end as body, created_at, sent_at, confidential, attempts
				from mail_outbox order by created_at desc""" + Page.window(page, size))
			.query(Message.class).list();
		return new Page<>(items, page, size, total);
	}
}
