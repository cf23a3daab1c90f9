package org.referout.referral;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.referout.practice.Secrets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Derives a link's token and verification code from a key that lives outside the database and the link's random
 * salt. The database keeps only hashes (like every other token in ReferOut), yet the letter PDF can be printed
 * again and the after-commit mailer can rebuild the link without the token ever being written to the event log.
 * The key: {@code referout.referral.link-key}, or a random one kept in the data directory.
 */
@Component
class LinkSecrets {

    private final byte[] key;

    LinkSecrets(@Value("${referout.referral.link-key:}") String configured,
            @Value("${referout.data-dir:./data}") String dataDir) {
        this.key = configured.isBlank() ? keyFile(Path.of(dataDir, "referral-link.key"))
                : configured.getBytes(StandardCharsets.UTF_8);
    }

    String token(String salt) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac("token|" + salt));
    }

    /** Eight digits a person can read out on the phone. */
    String code(String salt) {
        byte[] mac = mac("code|" + salt);
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (mac[i] & 0xff);
        }
        return String.format("%08d", Math.floorMod(value, 100_000_000L));
    }

    private byte[] mac(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        }
        catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static synchronized byte[] keyFile(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.createFile(file);
                try {
                    // owner-only: whoever reads it can mint working links to every referral
                    Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
                }
                catch (UnsupportedOperationException notPosix) {
                    // the folder's ACL applies
                }
                Files.writeString(file, Secrets.newToken());
            }
            return Files.readString(file).strip().getBytes(StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new IllegalStateException("Cannot read or create the referral link key " + file, e);
        }
    }
}
