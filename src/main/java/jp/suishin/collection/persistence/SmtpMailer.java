package jp.suishin.collection.persistence;

import java.util.List;

import jp.suishin.collection.Mailer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends reminders through the SMTP server configured with {@code spring.mail.host}.
 * Without one, reminders still appear on the departments' dashboards and nothing is
 * mailed.
 */
@Component
class SmtpMailer implements Mailer {

	private static final Logger log = LoggerFactory.getLogger(SmtpMailer.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final String from;

	SmtpMailer(ObjectProvider<JavaMailSender> sender, @Value("${suishin.mail.from:suishin@localhost}") String from) {
		this.sender = sender;
		this.from = from;
	}

	@Override
	public boolean send(List<String> to, String subject, String body) {
		JavaMailSender mail = sender.getIfAvailable();
		if (mail == null) {
			log.info("no mail server configured (spring.mail.host); {} reminder(s) not mailed", to.size());
			return false;
		}
		SimpleMailMessage[] messages = to.stream().map(address -> {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(from);
			message.setTo(address);
			message.setSubject(subject);
			message.setText(body);
			return message;
		}).toArray(SimpleMailMessage[]::new);
		try {
			mail.send(messages);
			return true;
		}
		catch (MailException ex) {
			log.warn("reminder mail failed: {}", ex.getMessage());
			return false;
		}
	}

}
