package corridor.server;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Write tokens for {@link ServerOptions}. */
public final class WriteTokens {

    private WriteTokens() {
    }

    /** A fresh random token: 128 bits in hex. */
    public static String random() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
