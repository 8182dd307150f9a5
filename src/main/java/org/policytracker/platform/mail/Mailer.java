package org.policytracker.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends e-mail through the SMTP server that configuration names ({@code policytracker.mail.*},
 * docs/operations.md). Without a host, mail is switched off and reminders stay in the application.
 */
@ApplicationScoped
public class Mailer {

    @Inject
    @ConfigProperty(name = "policytracker.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "policytracker.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "policytracker.mail.from", defaultValue = "policy-tracker@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "policytracker.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "policytracker.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "policytracker.mail.starttls", defaultValue = "false")
    boolean starttls;

    public boolean enabled() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /** Sends a plain-text UTF-8 message; throws when the server refuses it. */
    public void send(String to, String subject, String body) throws MessagingException {
        Properties p = new Properties();
        p.put("mail.smtp.host", host.orElseThrow());
        p.put("mail.smtp.port", String.valueOf(port));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "10000");
        p.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        Authenticator auth = null;
        if (username.filter(u -> !u.isBlank()).isPresent()) {
            p.put("mail.smtp.auth", "true");
            auth = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(username.get(), password.orElse(""));
                }
            };
        }
        MimeMessage m = new MimeMessage(Session.getInstance(p, auth));
        m.setFrom(new InternetAddress(from));
        m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        m.setSubject(subject, StandardCharsets.UTF_8.name());
        m.setText(body, StandardCharsets.UTF_8.name());
        m.setSentDate(new Date());
        Transport.send(m);
    }
}
