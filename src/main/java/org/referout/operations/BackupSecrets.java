package org.referout.operations;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret files of a data directory that a restore needs besides the tables: today the referral link key
 * ({@code referral-link.key}; without it every link shown after a restore answers 404). In the backup they are
 * encrypted with the operator's passphrase (AES-256-GCM, key by PBKDF2-HMAC-SHA256, 310,000 rounds, random salt and
 * nonce), so a copied backup file hands out no working links. The database key is not carried: a restore target has
 * its own.
 */
final class BackupSecrets {

    static final List<String> FILES = List.of("referral-link.key");
    static final String ENTRY = "secrets.bin";
    private static final int ROUNDS = 310_000;

    private BackupSecrets() {
    }

    /** The secret files present in the data directory, by name. */
    static Map<String, byte[]> read(Path dataDir) throws IOException {
        Map<String, byte[]> found = new LinkedHashMap<>();
        for (String name : FILES) {
            Path file = dataDir.resolve(name);
            if (Files.isRegularFile(file)) {
                found.put(name, Files.readAllBytes(file));
            }
        }
        return found;
    }

    /** Writes each file owner-only ({@code 0600}), replacing what was there. */
    static void write(Path dataDir, Map<String, byte[]> secrets) throws IOException {
        EmbeddedDatabase.Private.directory(dataDir);
        for (var secret : secrets.entrySet()) {
            if (!FILES.contains(secret.getKey())) {
                throw new IOException("the backup carries an unknown secret " + secret.getKey());
            }
            Path file = dataDir.resolve(secret.getKey());
            Path pending = dataDir.resolve(secret.getKey() + ".restored");
            EmbeddedDatabase.Private.write(pending, "");
            Files.write(pending, secret.getValue());
            Files.move(pending, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
    }

    static byte[] seal(Map<String, byte[]> secrets, char[] passphrase) throws IOException {
        var plain = new java.io.ByteArrayOutputStream();
        var out = new java.io.DataOutputStream(plain);
        out.writeInt(secrets.size());
        for (var secret : secrets.entrySet()) {
            out.writeUTF(secret.getKey());
            out.writeInt(secret.getValue().length);
            out.write(secret.getValue());
        }
        byte[] salt = random(16);
        byte[] nonce = random(12);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(passphrase, salt), new GCMParameterSpec(128, nonce));
            cipher.updateAAD("referout-backup-secrets-1".getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plain.toByteArray());
            return ByteBuffer.allocate(16 + 12 + sealed.length).put(salt).put(nonce).put(sealed).array();
        }
        catch (GeneralSecurityException e) {
            throw new IOException("cannot encrypt the backup's secrets: " + e.getMessage(), e);
        }
    }

    static Map<String, byte[]> open(byte[] sealed, char[] passphrase) throws IOException {
        if (sealed.length < 16 + 12 + 16) {
            throw new IOException("the backup's secrets are damaged");
        }
        ByteBuffer in = ByteBuffer.wrap(sealed);
        byte[] salt = new byte[16];
        byte[] nonce = new byte[12];
        in.get(salt).get(nonce);
        byte[] body = new byte[in.remaining()];
        in.get(body);
        byte[] plain;
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(passphrase, salt), new GCMParameterSpec(128, nonce));
            cipher.updateAAD("referout-backup-secrets-1".getBytes(StandardCharsets.US_ASCII));
            plain = cipher.doFinal(body);
        }
        catch (javax.crypto.AEADBadTagException wrong) {
            throw new IOException("the passphrase does not open this backup's secrets (wrong passphrase?)");
        }
        catch (GeneralSecurityException e) {
            throw new IOException("cannot decrypt the backup's secrets: " + e.getMessage(), e);
        }
        var data = new java.io.DataInputStream(new java.io.ByteArrayInputStream(plain));
        Map<String, byte[]> secrets = new LinkedHashMap<>();
        int count = data.readInt();
        for (int i = 0; i < count; i++) {
            String name = data.readUTF();
            byte[] value = new byte[data.readInt()];
            data.readFully(value);
            secrets.put(name, value);
        }
        return secrets;
    }

    private static SecretKeySpec key(char[] passphrase, byte[] salt) throws GeneralSecurityException {
        var spec = new PBEKeySpec(passphrase, salt, ROUNDS, 256);
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        spec.clearPassword();
        return new SecretKeySpec(key, "AES");
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
