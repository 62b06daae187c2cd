package corridor.server.http;

/**
 * A request the API answers with a 4xx status other than 400 (which {@link corridor.model.InputException}
 * covers): something not found, a missing token, a body too large.
 */
public final class ApiError extends RuntimeException {

    private final int status;
    private final String code;

    public ApiError(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static ApiError notFound(String message) {
        return new ApiError(404, "not_found", message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
