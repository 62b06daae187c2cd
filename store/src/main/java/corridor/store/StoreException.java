package corridor.store;

/** The database behind a store failed or could not be reached: not the user's input at fault. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
