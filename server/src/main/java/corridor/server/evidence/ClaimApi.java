package corridor.server.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import corridor.api.claim.ArticleJson;
import corridor.api.claim.ArticleRequest;
import corridor.api.claim.ClaimJson;
import corridor.api.claim.ClaimRequest;
import corridor.api.near.NearJson;
import corridor.api.near.NearRequest;
import corridor.evidence.article.ArticleChecker;
import corridor.evidence.article.ArticleReport;
import corridor.evidence.article.ArticleText;
import corridor.evidence.check.CheckLimitException;
import corridor.evidence.check.ClaimCheck;
import corridor.evidence.check.ClaimChecker;
import corridor.evidence.proximity.NearbyItem;
import corridor.evidence.proximity.Proximity;
import corridor.model.InputException;
import corridor.server.dataset.Observatory;
import corridor.server.http.ApiError;
import corridor.server.http.BoundedBody;
import corridor.server.http.Endpoint;
import corridor.server.http.Params;
import corridor.server.http.RequestText;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

import java.util.List;
import java.util.function.Supplier;

/**
 * Claims checked against the data ({@code /api/check-claim}), whole articles ({@code POST
 * /api/check-article}) and what lies near the corridor ({@code /api/near}). Stateless; thread-safe.
 */
public final class ClaimApi {

    /** Largest article body accepted by {@code POST /api/check-article}, in bytes. */
    static final int MAX_ARTICLE_BYTES = 512 * 1024;

    private ClaimApi() {
    }

    /** Registers the endpoints, each answering from the observatory {@code current} gives for the request. */
    public static void register(JavalinConfig config, Supplier<Observatory> current) {
        Endpoint.CHECK_CLAIM.register(config, current, ClaimApi::checkClaim);
        Endpoint.CHECK_ARTICLE.register(config, current, ClaimApi::checkArticle);
        Endpoint.NEAR.register(config, current, ClaimApi::near);
    }

    private static void checkClaim(Context ctx, Observatory observatory) {
        Params params = Params.of(ctx, "text", "publisher");
        ClaimRequest request = ClaimRequest.read(params.text("text").orElse(null),
                params.text("publisher").orElse(null), ClaimRequest.Names.API);
        List<ClaimCheck> checks;
        try {
            checks = request.check(observatory.claims());
        } catch (CheckLimitException e) {
            throw tooMuch(e);
        }
        ctx.json(ClaimJson.answer(request, checks));
    }

    /**
     * {@code POST /api/check-article}: a JSON body {@code {"text": ..., "publisher": ..., "published":
     * "2025-08-25"}} (at most {@link #MAX_ARTICLE_BYTES}; text plain or HTML, at most
     * {@link ArticleText#MAX_CHARS} characters with at most {@link ClaimChecker#MAX_FIGURES} figures);
     * answers every figure of the article with its verdict, its offsets in the article's text and the
     * index of its sentence, each sentence quoted once. Over a bound: 413 (bytes, characters) or 422
     * (figures), naming the bound and its value.
     */
    private static void checkArticle(Context ctx, Observatory observatory) {
        Params.of(ctx);
        byte[] bytes = BoundedBody.read(ctx, MAX_ARTICLE_BYTES, "an article");
        JsonNode body = RequestText.jsonObject(bytes, "{\"text\": \"the article\", \"publisher\": \"China Daily\", "
                + "\"published\": \"2025-08-25\"}", List.of("text", "publisher", "published"));
        JsonNode text = body.get("text");
        if (text == null || !text.isTextual()) {
            throw new InputException("request body", "text", "required: the article's text, plain or HTML, as a string");
        }
        ArticleReport report;
        try {
            ArticleRequest request = ArticleRequest.read(optionalText(body, "publisher"),
                    optionalText(body, "published"), ArticleRequest.Names.API);
            ArticleText article = ArticleText.read(text.asText(), "text");
            report = request.check(new ArticleChecker(observatory.claims()), article);
        } catch (InputException e) {
            // a field of the body: the request's parameter, or the article's text (ArticleText names it as where)
            throw new InputException("request body", e.field().isEmpty() ? e.where() : e.field(), e.reason());
        } catch (CheckLimitException e) {
            throw tooMuch(e);
        }
        ctx.json(ArticleJson.report(report));
    }

    /** A bound of the checker exceeded: 413 for too many characters, 422 for too many figures. */
    private static ApiError tooMuch(CheckLimitException e) {
        return switch (e.limit()) {
            case CHARACTERS -> new ApiError(413, "too_many_characters", e.getMessage());
            case FIGURES -> new ApiError(422, "too_many_figures", e.getMessage());
        };
    }

    private static String optionalText(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new InputException("request body", field, "expected a string");
        }
        return node.asText().isBlank() ? null : node.asText();
    }

    private static void near(Context ctx, Observatory observatory) {
        Params params = Params.of(ctx, "layer", "withinKm", "of");
        NearRequest request = NearRequest.read(params.text("layer").orElse(null), params.text("withinKm").orElse(null),
                params.text("of").orElse(null), NearRequest.Names.API, observatory.dataset());
        List<NearbyItem> items = new Proximity(observatory.dataset()).near(request.layer(), request.withinKm(),
                request.linkIds());
        ctx.json(NearJson.answer(request, items));
    }
}
