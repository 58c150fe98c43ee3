package nl.ketenimpact.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Component;

/**
 * Secrets at rest (TOTP secrets, activation codes, identity provider client secrets) are encrypted with AES-GCM
 * (Spring Security's {@code Encryptors.delux}: a random IV per value) under a key from the environment, so a
 * copy of the database alone does not give them away.
 */
@Component
public class Secrets {

	private final TextEncryptor encryptor;

	Secrets(@Value("${ketenimpact.encryption.password:}") String password, @Value("${ketenimpact.encryption.salt:}") String salt) {
		if (password.isBlank() || salt.isBlank()) {
			throw new IllegalStateException("Set ketenimpact.encryption.password and ketenimpact.encryption.salt (hex), e.g. "
					+ "KETENIMPACT_ENCRYPTION_PASSWORD and KETENIMPACT_ENCRYPTION_SALT: they encrypt secrets at rest");
		}
		this.encryptor = Encryptors.delux(password, salt);
	}

	public String encrypt(String plain) {
		return encryptor.encrypt(plain);
	}

	public String decrypt(String encrypted) {
		return encryptor.decrypt(encrypted);
	}
}
