package corridor.server;

/**
 * A request the API answers with a 4xx status other than 400 (which {@link corridor.model.InputException}
 * covers): something not found, a missing token, a body too large.
 */
final class ApiError extends RuntimeException {

    private final int status;
    private final String code;

    ApiError(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static ApiError notFound(String message) {
        return new ApiError(404, "not_found", message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
