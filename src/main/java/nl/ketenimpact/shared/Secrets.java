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

	/** For signatures (links in mails): derived from the same secret, never the encryption key itself. */
	private final byte[] signingKey;

	Secrets(@Value("${ketenimpact.encryption.password:}") String password, @Value("${ketenimpact.encryption.salt:}") String salt) {
		if (password.isBlank() || salt.isBlank()) {
			throw new IllegalStateException("Set ketenimpact.encryption.password and ketenimpact.encryption.salt (hex), e.g. "
					+ "KETENIMPACT_ENCRYPTION_PASSWORD and KETENIMPACT_ENCRYPTION_SALT: they encrypt secrets at rest");
		}
		this.encryptor = Encryptors.delux(password, salt);
		try {
			this.signingKey = java.security.MessageDigest.getInstance("SHA-256")
				.digest(("ketenimpact-signing:" + password + ":" + salt).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** HMAC-SHA256 of the text, base64url without padding: a link that cannot be made up. */
	public String sign(String text) {
		try {
			javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
			mac.init(new javax.crypto.spec.SecretKeySpec(signingKey, "HmacSHA256"));
			return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Whether {@code signature} is {@link #sign}'s of the text, compared in constant time. */
	public boolean verify(String text, String signature) {
		return signature != null && java.security.MessageDigest.isEqual(sign(text).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
				signature.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
	}

	public String encrypt(String plain) {
		return encryptor.encrypt(plain);
	}

	public String decrypt(String encrypted) {
		return encryptor.decrypt(encrypted);
	}
}
