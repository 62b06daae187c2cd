package corridor.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.JsonNode;
import corridor.evidence.ArticleChecker;
import corridor.evidence.ArticleReport;
import corridor.evidence.ArticleText;
import corridor.evidence.CheckLimitException;
import corridor.evidence.ClaimCheck;
import corridor.evidence.ClaimChecker;
import corridor.evidence.EvidenceValue;
import corridor.evidence.NearLayer;
import corridor.evidence.NearbyItem;
import corridor.evidence.PlaceDistance;
import corridor.evidence.Proximity;
import corridor.model.InputException;
import corridor.model.Source;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * Claims checked against the data ({@code /api/check-claim}), whole articles ({@code POST
 * /api/check-article}) and what lies near the corridor ({@code /api/near}).
 */
final class ClaimApi {

    /** Largest article body accepted by {@code POST /api/check-article}, in bytes. */
    static final int MAX_ARTICLE_BYTES = 512 * 1024;

    /** Farthest search around the corridor, km: beyond it everything in the region is "near". */
    static final double MAX_WITHIN_KM = 1000;

    private final Supplier<Observatory> current;

    ClaimApi(Supplier<Observatory> current) {
        this.current = current;
    }

    void register(JavalinConfig config) {
        config.routes.get("/api/check-claim", this::checkClaim);
        config.routes.post("/api/check-article", this::checkArticle);
        config.routes.get("/api/near", this::near);
    }

    private void checkClaim(Context ctx) {
        Params params = Params.of(ctx, "text", "publisher");
        String text = params.required("text", "bilateral trade reached US$23.1 billion in 2024");
        String publisher = params.text("publisher").orElse("");
        List<ClaimCheck> checks;
        try {
            checks = new ClaimChecker(current.get().dataset()).check(text, publisher);
        } catch (InputException e) {
            // The parser names no parameter; the fix is in the text.
            throw InputException.ofParameter("text", e.reason());
        } catch (CheckLimitException e) {
            throw tooMuch(e);
        }
        ObjectNode body = Json.object();
        body.put("text", text);
        body.put("publisher", publisher.isEmpty() ? null : publisher);
        ArrayNode claims = body.putArray("claims");
        checks.forEach(check -> claims.add(check(check)));
        ctx.json(body);
    }

    /**
     * {@code POST /api/check-article}: a JSON body {@code {"text": ..., "publisher": ..., "published":
     * "2025-08-25"}} (at most {@link #MAX_ARTICLE_BYTES}; text plain or HTML, at most
     * {@link ArticleText#MAX_CHARS} characters with at most {@link ArticleChecker#MAX_FIGURES} figures);
     * answers every figure of the article with its verdict, its offsets in the article's text and the
     * index of its sentence, each sentence quoted once. Over a bound: 413 (bytes, characters) or 422
     * (figures), naming the bound and its value.
     */
    private void checkArticle(Context ctx) {
        Params.of(ctx);
        long declared = ctx.contentLength();
        if (declared > MAX_ARTICLE_BYTES) {
            // refused before the body is read
            ctx.header("Connection", "close");
            throw bodyTooLarge(declared);
        }
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length > MAX_ARTICLE_BYTES) {
            throw bodyTooLarge(bytes.length);
        }
        JsonNode body = RequestText.jsonObject(bytes, "{\"text\": \"the article\", \"publisher\": \"China Daily\", "
                + "\"published\": \"2025-08-25\"}");
        body.fieldNames().forEachRemaining(name -> {
            if (!List.of("text", "publisher", "published").contains(name)) {
                throw new InputException("request body", name, "unknown field; send text, publisher and published");
            }
        });
        JsonNode text = body.get("text");
        if (text == null || !text.isTextual()) {
            throw new InputException("request body", "text", "required: the article's text, plain or HTML, as a string");
        }
        String publisher = optionalText(body, "publisher");
        String published = optionalText(body, "published");
        ArticleReport report;
        try {
            LocalDate when = published == null ? null : ArticleText.date(published, "published");
            ArticleText article = ArticleText.read(text.asText(), "text");
            report = new ArticleChecker(new ClaimChecker(current.get().dataset())).check(article, publisher, when);
        } catch (InputException e) {
            throw new InputException("request body", e.where(), e.reason());
        } catch (CheckLimitException e) {
            throw tooMuch(e);
        }
        ctx.json(article(report));
    }

    private static ApiError bodyTooLarge(long bytes) {
        return new ApiError(413, "body_too_large", "request body: " + bytes + " bytes; an article may have at most "
                + MAX_ARTICLE_BYTES + " bytes (limit bytes = " + MAX_ARTICLE_BYTES + ")");
    }

    /** A bound of the checker exceeded: 413 for too many characters, 422 for too many figures. */
    private static ApiError tooMuch(CheckLimitException e) {
        return switch (e.limit()) {
            case CHARACTERS -> new ApiError(413, "too_many_characters", e.getMessage());
            case FIGURES -> new ApiError(422, "too_many_figures", e.getMessage());
        };
    }

    /** The article report: each sentence with figures once, each figure pointing to it by index. */
    private static ObjectNode article(ArticleReport report) {
        ObjectNode answer = Json.object();
        answer.put("publisher", report.publisher().isEmpty() ? null : report.publisher());
        answer.put("published", report.published() == null ? null : report.published().toString());
        answer.put("text", report.text());
        ObjectNode read = answer.putObject("read");
        read.put("characters", report.text().length());
        read.put("sentences", report.sentencesRead());
        read.put("figures", report.figures().size());
        ObjectNode limits = answer.putObject("limits");
        limits.put("characters", ArticleText.MAX_CHARS);
        limits.put("figures", ArticleChecker.MAX_FIGURES);
        limits.put("excerpt", ArticleChecker.MAX_EXCERPT_CHARS);
        ObjectNode counts = answer.putObject("counts");
        report.counts().forEach((v, n) -> counts.put(Features.lower(v), n));
        ArrayNode sentences = answer.putArray("sentences");
        for (ArticleReport.QuotedSentence s : report.sentences()) {
            ObjectNode node = sentences.addObject();
            node.put("start", s.start());
            node.put("end", s.end());
            node.put("excerpt", s.excerpt());
            node.put("cut", s.cut());
        }
        ArrayNode figures = answer.putArray("figures");
        for (ArticleReport.FigureCheck f : report.figures()) {
            ObjectNode node = Json.object();
            node.put("sentence", f.sentence());
            node.put("start", f.start());
            node.put("end", f.end());
            node.setAll(check(f.check()));
            figures.add(node);
        }
        return answer;
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

    private static ObjectNode check(ClaimCheck check) {
        ObjectNode node = Json.object();
        node.put("figure", check.claim().figureText());
        node.set("subjects", Json.MAPPER.valueToTree(check.claim().subjects()));
        node.put("kind", Features.lower(check.claim().kind()));
        node.set("measures", Json.MAPPER.valueToTree(check.claim().measures()));
        node.put("value", check.claim().value());
        node.put("unit", check.claim().unit());
        node.put("bound", Features.lower(check.claim().bound()));
        node.put("tolerance", check.claim().tolerance());
        node.put("period", check.claim().periodLabel());
        node.put("verdict", Features.lower(check.verdict()));
        node.put("only_own_publisher", check.onlyOwnPublisher());
        node.put("explanation", check.explanation());
        node.set("compared", values(check.compared()));
        node.set("related", values(check.related()));
        node.set("other_measures", values(check.otherMeasures()));
        return node;
    }

    private static ArrayNode values(List<EvidenceValue> values) {
        ArrayNode array = Json.array();
        for (EvidenceValue e : values) {
            ObjectNode node = array.addObject();
            node.put("reporter", e.reporter());
            node.put("measure", e.measure());
            node.put("period", e.period().label());
            node.put("value", e.value());
            node.put("unit", e.unit());
            node.put("fit", Features.lower(e.fit()));
            node.put("own_publisher", e.ownPublisher());
            node.put("derivation", e.derivation());
            node.set("indicators", Json.MAPPER.valueToTree(e.indicatorIds()));
            node.put("note", e.note());
            ArrayNode sources = node.putArray("sources");
            for (Source s : e.sources()) {
                sources.add(Features.source(s));
            }
        }
        return array;
    }

    private void near(Context ctx) {
        Params params = Params.of(ctx, "layer", "withinKm", "of");
        NearLayer layer = Params.parseEnum("layer", params.required("layer", "minerals"), NearLayer.class);
        double withinKm = withinKm(params);
        List<String> of = params.list("of");
        Observatory observatory = current.get();
        for (String id : of) {
            if (observatory.dataset().link(id).isEmpty()) {
                throw InputException.ofParameter("of", "unknown link '" + id + "'; give link ids from /api/links, "
                        + "separated by commas");
            }
        }
        List<NearbyItem> items = new Proximity(observatory.dataset()).near(layer, withinKm, of);
        ObjectNode body = Json.object();
        body.put("layer", Features.lower(layer));
        body.put("within_km", withinKm);
        body.set("of", Json.MAPPER.valueToTree(of));
        body.put("measured_from", of.isEmpty() ? "every link not superseded" : "the links given");
        ArrayNode found = body.putArray("items");
        items.forEach(item -> found.add(item(item)));
        ctx.json(body);
    }

    private static double withinKm(Params params) {
        String text = params.required("withinKm", "50");
        double km;
        try {
            km = Double.parseDouble(text.endsWith("km") ? text.substring(0, text.length() - 2).trim() : text);
        } catch (NumberFormatException e) {
            throw InputException.ofParameter("withinKm", "not a distance: '" + text + "'; give kilometres such as 50");
        }
        if (!Double.isFinite(km) || km < 0 || km > MAX_WITHIN_KM) {
            throw InputException.ofParameter("withinKm", "must be between 0 and " + (int) MAX_WITHIN_KM + " km; got " + text);
        }
        return km;
    }

    private static ObjectNode item(NearbyItem item) {
        ObjectNode node = Json.object();
        node.put("id", item.id());
        node.put("name", item.name());
        node.put("distance_km", item.distanceKm());
        node.put("nearest_link", item.nearestLinkId());
        node.put("longitude", item.location().longitude());
        node.put("latitude", item.location().latitude());
        item.port().ifPresent(p -> node.set("nearest_port", place(p)));
        item.railhead().ifPresent(p -> node.set("nearest_railhead", place(p)));
        return node;
    }

    private static ObjectNode place(PlaceDistance place) {
        ObjectNode node = Json.object();
        node.put("id", place.placeId());
        node.put("name", place.placeName());
        node.put("distance_km", place.distanceKm());
        return node;
    }
}
