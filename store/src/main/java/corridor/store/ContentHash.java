package corridor.store;

import corridor.model.Dataset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of a dataset's content, in hex: equal datasets give equal hashes. */
public final class ContentHash {

    private ContentHash() {
    }

    /** Hashes the canonical JSON of every record of {@code dataset}. */
    public static String of(Dataset dataset) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(RecordJson.write(dataset).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
